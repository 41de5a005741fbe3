import { describe, expect, it } from 'vitest';
import { formatReport } from './report.js';

describe('formatReport', () => {
  it('prints per document the chunk count and token min/median/p95/max, and its asked questions, then each skip with file, section and why', () => {
    const chunk = (doc: string, t: number, asked: string[] = []) =>
      ({ source_doc: doc, section: 'S', token_count: t, id: `${doc}-${t}`, asked }) as never;
    const text = formatReport({
      documents: ['a.md', 'b.md'],
      passages: [],
      chunks: [chunk('a.md', 100, ['q1', 'q2']), chunk('a.md', 300, ['q1', 'q2']), chunk('a.md', 200), chunk('b.md', 50)],
      skipped: [{ file: 'b.md', section: 'Prompt', reason: 'prompt transcript (4 speaker lines)' }],
    });
    expect(text).toContain('| a.md | 3 | 100 | 200 | 300 | 300 | 0 | 2 |');
    expect(text).toContain('| b.md | 1 | 50 | 50 | 50 | 50 | 1 | 0 |');
    expect(text).toContain('Every chunk is within 40–800 tokens.');
    expect(text).toContain('skipped b.md › Prompt: prompt transcript (4 speaker lines)');
  });
});
