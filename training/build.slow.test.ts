import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit, readDataset } from './audit.js';
import { buildDataset, loadChunks, shapeAll } from './build.js';
import { toLine } from './example.js';
import { loadGold } from './gold.js';
import { PassageIndex } from './passages.js';
import { RULES, validateJsonl } from './validate.js';

const ROOT = process.cwd();
/** The build runs on one written example in SAMPLE of each gold file (the committed full build is checked in dataset.test.ts). */
const SAMPLE = 8;

/**
 * A project root whose training/gold holds every SAMPLE-th line of each gold file; the knowledge
 * base, its chunks and the evaluation set are the project's own (linked).
 */
function sampledRoot(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'hx-build-root-'));
  for (const dir of ['docs', 'research', 'eval']) symlinkSync(path.join(ROOT, dir), path.join(root, dir));
  mkdirSync(path.join(root, 'training/gold'), { recursive: true });
  for (const f of readdirSync(path.join(ROOT, 'training/gold')).filter((x) => x.endsWith('.jsonl'))) {
    const lines = readFileSync(path.join(ROOT, 'training/gold', f), 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    writeFileSync(path.join(root, 'training/gold', f), `${lines.filter((_, i) => i % SAMPLE === 0).join('\n')}\n`);
  }
  return root;
}

describe('buildDataset', () => {
  it('ships only written answers, every one in the inference shape and passing every rule, split with no eval leak', async () => {
    const root = sampledRoot();
    const gold = loadGold(path.join(root, 'training/gold'));
    expect(gold.length).toBeGreaterThan(100);
    const out = mkdtempSync(path.join(os.tmpdir(), 'hx-ds-'));
    const r = await buildDataset({ root, outDir: out, epochs: 3, pricePerMTok: 2.8 });
    expect(r.candidates).toBe(gold.length);
    expect(r.kept.length).toBeGreaterThan(gold.length / 2);
    expect(r.eval.length).toBeGreaterThan(0);
    expect(r.kept.filter((e) => e.provenance === 'engine')).toEqual([]);
    const train = readFileSync(path.join(out, 'combined/train.jsonl'), 'utf8');
    expect(validateJsonl(train).failures).toEqual([]);
    const lines = train
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { messages: { role: string; content?: string; tool_calls?: unknown[] }[]; tools: unknown[] });
    expect(lines).toHaveLength(r.train.length);
    for (const l of lines) {
      expect(l.messages[0]!.content).toContain('<knowledge>');
      expect(l.messages[0]!.content).toContain('<athlete>');
      expect(l.tools.length).toBeGreaterThan(0);
    }
    expect(lines.some((l) => l.messages.some((m) => m.role === 'tool'))).toBe(true);
    const report = audit(readDataset(out));
    expect({ leaks: report.eval_leaks, invented: report.invented_data_hits, near: report.near_duplicate_share }).toEqual({
      leaks: 0,
      invented: 0,
      near: 0,
    });
    expect(report.max_sentence_repeats).toBeLessThanOrEqual(5);
    // Every gold example is either kept or listed, with its rule, among the rejected in stats.md.
    const stats = readFileSync(path.join(out, 'stats.md'), 'utf8');
    const kept = new Set(r.kept.map((e) => e.id));
    for (const g of gold) expect({ id: g.id, accounted: kept.has(g.id) || stats.includes(`- ${g.id}: `) }).toEqual({ id: g.id, accounted: true });
    for (const rule of RULES) expect(stats).toMatch(new RegExp(`\\| ${rule} \\| \\d+ \\| \\d+ \\|`));
    expect(stats).toMatch(/training cost: .* × 3 epochs .* \$2\.80\/M/);
  }, 180_000);

  it('shapes the same written example the same way every time', () => {
    const index = new PassageIndex(loadChunks(ROOT));
    const some = loadGold('training/gold').filter((_, i) => i % 60 === 0);
    expect(shapeAll(some, index).map(toLine)).toEqual(shapeAll(some, index).map(toLine));
  });
});
