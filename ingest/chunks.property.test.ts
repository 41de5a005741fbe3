import { describe, expect, it } from 'vitest';
import { chunkDocument } from './chunks.js';
import { CHUNK_CAP, CHUNK_FLOOR } from './limits.js';
import { splitSections } from './sections.js';

/** Seeded PRNG (mulberry32): the same seed gives the same documents on every run. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const WORDS =
  'sled push pull row ski erg wall ball lunge burpee carry run pace km heart rate threshold zone taper deload protein sleep grip split station roxzone 1000m 4:30 RPE 7/10 {"k": 1} https://x.io/a'.split(
    ' ',
  );

function randomMarkdown(r: () => number): string {
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: T[]) => xs[int(0, xs.length - 1)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = () => `${words(int(1, 40))}${pick(['.', '.', '!', '?', '', ';'])}`;
  const block = (): string => {
    switch (int(0, 6)) {
      case 0:
        return `\`\`\`${pick(['', 'js', 'python', 'yaml'])}\n${Array.from({ length: int(1, 150) }, () => (r() < 0.02 ? words(int(500, 1200)) : words(int(0, 14)))).join('\n')}\n\`\`\``;
      case 1:
        return `| a | b |\n|---|---|\n${Array.from({ length: int(1, 120) }, () => `| ${words(int(1, 6))} | ${words(int(1, r() < 0.03 ? 900 : 8))} |`).join('\n')}`;
      case 2:
        return Array.from({ length: int(1, 80) }, () => `${pick(['-', '*', '1.'])} ${words(int(1, 30))}`).join('\n');
      case 3:
        return pick(['---', 'Output length: 12 words', 'ok', words(int(1, 3))]);
      case 4:
        return words(int(300, 1200));
      default:
        return Array.from({ length: int(1, 50) }, sentence).join(' ');
    }
  };
  const parts = [`# Doc ${int(1, 999)}`];
  const sections = int(1, 5);
  for (let s = 0; s < sections; s++) {
    parts.push(`${s > 0 && r() < 0.3 ? '###' : '##'} ${words(int(1, 4))} ${s}`);
    for (let b = int(1, 3); b > 0; b--) parts.push(block());
  }
  return `${parts.join('\n\n')}\n`;
}

describe('chunkDocument on random Markdown', () => {
  it(`never emits a chunk over ${CHUNK_CAP} or under ${CHUNK_FLOOR} tokens`, () => {
    const r = prng(20261129);
    let total = 0;
    for (let d = 0; d < 24; d++) {
      const chunks = chunkDocument(`random-${d}.md`, splitSections(randomMarkdown(r)));
      for (const c of chunks) {
        expect(c.token_count, `${c.id} in random-${d}.md`).toBeLessThanOrEqual(CHUNK_CAP);
        expect(c.token_count, `${c.id} in random-${d}.md`).toBeGreaterThanOrEqual(CHUNK_FLOOR);
      }
      total += chunks.length;
    }
    expect(total).toBeGreaterThan(60);
  }, 60_000);
});
