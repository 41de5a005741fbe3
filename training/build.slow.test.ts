import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset, DATASET_FLOOR } from './build.js';
import { CATEGORIES } from './example.js';
import { loadGold } from './gold.js';
import { validateJsonl } from './validate.js';

describe('buildDataset', () => {
  it('writes at least 700 examples that all pass the validator, 15–20 % RAG-augmented, every category, deterministically', async () => {
    const build = (out: string) => buildDataset({ root: process.cwd(), outDir: out, epochs: 3, pricePerMTok: 2.8 });
    const a = await build(mkdtempSync(path.join(os.tmpdir(), 'hx-ds-')));
    const outB = mkdtempSync(path.join(os.tmpdir(), 'hx-ds-'));
    const b = await build(outB);
    expect(a.kept.length).toBeGreaterThanOrEqual(DATASET_FLOOR);
    expect(b.datasetHash).toBe(a.datasetHash);
    const rag = a.kept.filter((e) => e.category === 'rag_augmented').length / a.kept.length;
    expect(rag).toBeGreaterThanOrEqual(0.15);
    expect(rag).toBeLessThanOrEqual(0.2);
    // Every curated gold example survives the filters and the balancing.
    expect(a.kept.filter((e) => e.provenance === 'gold').map((e) => e.id).sort()).toEqual(loadGold('training/gold').map((e) => e.id).sort());
    for (const c of CATEGORIES) expect({ c, n: a.kept.filter((e) => e.category === c).length > 0 }).toEqual({ c, n: true });
    const train = readFileSync(path.join(outB, 'combined/train.jsonl'), 'utf8');
    expect(validateJsonl(train).failures).toEqual([]);
    expect(train.split('\n').filter(Boolean)).toHaveLength(b.train.length);
    const stats = readFileSync(path.join(outB, 'stats.md'), 'utf8');
    expect(stats).toMatch(/training cost: .* × 3 epochs .* \$2\.80\/M/);
    expect(stats).toMatch(/\| near_duplicate \| \d+ \|/);
  }, 180_000);
});
