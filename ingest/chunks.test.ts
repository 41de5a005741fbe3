import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countTokens } from '../src/domain/text.js';
import { CHUNK_LIMITS, chunkDocument, packSection } from './chunks.js';
import { splitSections } from './sections.js';

const fixture = (name: string) => readFileSync(new URL(`../tests/fixtures/research/${name}`, import.meta.url), 'utf8');
const sentence = (i: number) => `Sentence number ${i} explains one more detail about sled push leg drive and hip angle.`;

describe('chunkDocument', () => {
  it('gives each chunk the build plan fields, tags from the vocabulary and a stable id', () => {
    const chunks = chunkDocument('pacing.md', splitSections(fixture('pacing.md')));
    const run = chunks.find((c) => c.section === 'Run pacing')!;
    expect(run.id).toBe('pacing--run-pacing--0');
    expect(run.source_doc).toBe('pacing.md');
    expect(run.topic_tags).toContain('run_pacing');
    expect(run.token_count).toBe(countTokens(run.content));
    expect(run.word_count).toBe(run.content.split(/\s+/).length);
    expect(run.content_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(chunks.map((c) => c.chunk_index)).toEqual(chunks.map((_, i) => i));
  });
  it('merges a tiny section into its neighbour under the same H2 instead of emitting a fragment', () => {
    const chunks = chunkDocument('pacing.md', splitSections(fixture('pacing.md')));
    const rox = chunks.filter((c) => c.section.startsWith('Roxzone'));
    expect(rox).toHaveLength(1);
    expect(rox[0]!.content).toContain('52 s per transition');
    expect(rox[0]!.content).toContain('two minutes');
  });
  it('keeps ids of one section when another section changes', () => {
    const before = chunkDocument('pacing.md', splitSections(fixture('pacing.md')));
    const edited = fixture('pacing.md').replace('Run each 1 km', 'Run every 1 km');
    const after = chunkDocument('pacing.md', splitSections(edited));
    expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
    const changed = after.filter((c, i) => c.content_hash !== before[i]!.content_hash).map((c) => c.section);
    expect(changed).toEqual(['Run pacing']);
  });
  describe('when a section is far over the limit (10,000 words)', () => {
    it('splits at paragraph and sentence boundaries, each chunk within 800 tokens, with 50–100 tokens of overlap', () => {
      const paragraphs = Array.from({ length: 112 }, (_, p) => Array.from({ length: 6 }, (_, s) => sentence(p * 6 + s)).join(' '));
      const md = `# Big\n\n## Huge section\n\n${paragraphs.join('\n\n')}\n`;
      expect(md.split(/\s+/).length).toBeGreaterThan(10000);
      const chunks = chunkDocument('big.md', splitSections(md));
      expect(chunks.length).toBeGreaterThan(10);
      for (const c of chunks) expect(c.token_count).toBeLessThanOrEqual(CHUNK_LIMITS.maxTokens);
      for (let i = 1; i < chunks.length; i++) {
        const prevEnd = chunks[i - 1]!.content.slice(-200);
        const overlap = chunks[i]!.content.split('\n\n')[0]!;
        expect(prevEnd).toContain(overlap.slice(-60));
        const t = countTokens(overlap);
        expect(t).toBeGreaterThanOrEqual(CHUNK_LIMITS.overlapMin);
        expect(t).toBeLessThanOrEqual(CHUNK_LIMITS.overlapMax);
      }
      expect(new Set(chunks.map((c) => c.id)).size).toBe(chunks.length);
    });
  });
  it('never splits inside a table, even when the section must be split', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `| row ${i} | ${i * 3} kg | ${i} reps |`).join('\n');
    const table = `| a | b | c |\n|---|---|---|\n${rows}`;
    const filler = Array.from({ length: 60 }, (_, i) => sentence(i)).join(' ');
    const parts = packSection([
      { kind: 'paragraph', text: filler },
      { kind: 'table', text: table },
      { kind: 'paragraph', text: filler },
    ]);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.filter((p) => p.includes('| row 0 |') && p.includes('| row 39 |'))).toHaveLength(1);
    expect(parts.filter((p) => p.includes('| row 20 |'))).toHaveLength(1);
  });
});
