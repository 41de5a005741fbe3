import { describe, expect, it } from 'vitest';
import { jaccard, NEAR_DUPLICATE, shingles, ShingleIndex } from './diversity.js';

/** A deterministic pseudo-random generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('ShingleIndex', () => {
  it('finds the earliest set at or over the threshold, as a scan over every earlier set does', () => {
    const rand = random(16);
    // Variants of a few bases (near-duplicates are common), some exact copies of an earlier set, a few empty sets.
    const bases = Array.from({ length: 6 }, () => Array.from({ length: 40 }, () => `w${Math.floor(rand() * 200)}`));
    const sets: Set<string>[] = [];
    for (let i = 0; i < 300; i++) {
      const base = bases[Math.floor(rand() * bases.length)]!;
      const words = base
        .filter(() => rand() > rand() * 0.6)
        .concat(Array.from({ length: Math.floor(rand() * 15) }, () => `x${Math.floor(rand() * 400)}`));
      const r = rand();
      sets.push(r < 0.03 ? new Set() : r < 0.1 && i > 0 ? new Set(sets[Math.floor(rand() * i)]) : new Set(words));
    }
    for (const threshold of [NEAR_DUPLICATE, 0.3, 0.9, 1]) {
      const index = new ShingleIndex<number>();
      const seen: { item: number; sh: Set<string> }[] = [];
      let hits = 0;
      sets.forEach((sh, i) => {
        const scanned = seen.find((s) => jaccard(s.sh, sh) >= threshold);
        const found = index.firstNear(sh, threshold);
        expect({ i, threshold, found: found?.item }).toEqual({ i, threshold, found: scanned?.item });
        if (found) hits += 1;
        else {
          index.add(i, sh);
          seen.push({ item: i, sh });
        }
      });
      expect({ threshold, some: hits > 0 }).toEqual({ threshold, some: true });
    }
  });

  it('never matches an empty answer', () => {
    const index = new ShingleIndex<string>();
    index.add('empty', shingles(''));
    index.add('short', shingles('too short'));
    expect(index.firstNear(shingles(''), NEAR_DUPLICATE)).toBeUndefined();
    expect(index.firstNear(shingles('one two three four five six'), NEAR_DUPLICATE)).toBeUndefined();
  });
});
