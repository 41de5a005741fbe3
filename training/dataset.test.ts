import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COACH_K_SYSTEM_PROMPT } from '../src/coach/prompt.js';
import { audit, readDataset } from './audit.js';
import { DATASET_FLOOR } from './build.js';
import { opening } from './diversity.js';
import type { Category } from './example.js';
import { loadHeldOut } from './held-out.js';
import { LIMITS, validateJsonl } from './validate.js';

/**
 * The committed dataset (docs/training-data/, what `npm run train -- start` uploads), checked as
 * it stands without rebuilding it; training/build.slow.test.ts builds a sample the same way.
 */
const DIR = 'docs/training-data';
/** Every rule of the validator runs on one line in SAMPLE (token counting makes the whole set slow); the cheap checks run on every line. */
const SAMPLE = 16;

const rows = readDataset(DIR);
const provenance = new Map(
  readFileSync(`${DIR}/provenance.jsonl`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; category: Category; provenance: string })
    .map((p) => [p.id, p]),
);
const files = (['train', 'eval'] as const).map((split) => {
  const lines = readFileSync(`${DIR}/combined/${split}.jsonl`, 'utf8').split('\n').filter(Boolean);
  const ids = rows.filter((r) => r.split === split).map((r) => r.id);
  return { split, lines, ids };
});
const parsed = files.flatMap((f) =>
  f.lines.map((l) => JSON.parse(l) as { messages: { role: string; content?: string; tool_calls?: unknown[] }[]; tools: unknown[] }),
);

describe('the committed dataset (docs/training-data/)', () => {
  it('holds at least the target number of examples, every one a written answer listed in provenance.jsonl', () => {
    expect(rows.length).toBeGreaterThanOrEqual(DATASET_FLOOR);
    expect(files.every((f) => f.lines.length === f.ids.length && f.lines.length > 0)).toBe(true);
    expect(provenance.size).toBe(rows.length);
    expect(rows.filter((r) => !provenance.has(r.id))).toEqual([]);
    expect([...provenance.values()].filter((p) => !['gold', 'teacher', 'rated'].includes(p.provenance))).toEqual([]);
  });

  it('is in the inference shape: the Coach K prompt with knowledge and athlete blocks, and the tools', () => {
    for (const [i, l] of parsed.entries()) {
      const system = l.messages[0]!.content ?? '';
      const shape = {
        prompt: system.startsWith(COACH_K_SYSTEM_PROMPT),
        knowledge: system.includes('<knowledge>'),
        athlete: system.includes('<athlete>'),
        tools: l.tools.length > 0,
      };
      expect({ line: i, ...shape }).toEqual({ line: i, prompt: true, knowledge: true, athlete: true, tools: true });
    }
    expect(parsed.some((l) => l.messages.some((m) => m.role === 'tool'))).toBe(true);
  });

  it('passes every rule of the validator, with its categories and the evaluation set held out', () => {
    const heldOut = loadHeldOut('.');
    for (const f of files) {
      const picked = f.lines.map((line, i) => ({ line, id: f.ids[i]! })).filter((_, i) => i % SAMPLE === 0);
      const { failures } = validateJsonl(
        picked.map((p) => p.line).join('\n'),
        picked.map((p) => provenance.get(p.id)?.category),
        { heldOut },
      );
      expect({ split: f.split, checked: picked.length, failures }).toEqual({ split: f.split, checked: picked.length, failures: [] });
    }
  });

  it('has no near-duplicates, no eval leak, no invented data, and no sentence or question family over its cap, across every line', () => {
    const report = audit(rows);
    expect({ leaks: report.eval_leaks, invented: report.invented_data_hits, near: report.near_duplicate_share }).toEqual({
      leaks: 0,
      invented: 0,
      near: 0,
    });
    expect(report.max_sentence_repeats).toBeLessThanOrEqual(LIMITS.sentenceAnswers);
    const families = new Map<string, number>();
    for (const r of rows) {
      const family = opening(r.messages.find((m) => m.role === 'user')?.content ?? '', true);
      families.set(family, (families.get(family) ?? 0) + 1);
    }
    expect([...families].filter(([, n]) => n > LIMITS.familyCap)).toEqual([]);
  });
});
