import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit, auditJson, readDataset } from './audit.js';
import { inventedData } from './grounding.js';
import { fileOrder } from './split.js';

const words = (seed: string, n: number) => Array.from({ length: n }, (_, i) => `${seed}${i}`).join(' ');
const base = `Hold your goal split on every rep and log it. ${words('w', 60)}.`;
const ex = (user: string, answer: string) => ({
  messages: [
    { role: 'system', content: 'You are Coach K.' },
    { role: 'user', content: user },
    { role: 'assistant', content: answer },
  ],
});

function writeDataset(rows: { id: string; provenance: string; split: 'train' | 'eval'; line: object }[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hx-audit-'));
  mkdirSync(path.join(dir, 'combined'));
  for (const split of ['train', 'eval'] as const) {
    const xs = rows.filter((r) => r.split === split).sort((a, b) => fileOrder(a.id, b.id));
    writeFileSync(path.join(dir, 'combined', `${split}.jsonl`), xs.map((r) => JSON.stringify(r.line)).join('\n') + '\n');
  }
  writeFileSync(path.join(dir, 'provenance.jsonl'), rows.map(({ id, provenance, split }) => JSON.stringify({ id, provenance, split })).join('\n'));
  return dir;
}

describe('audit', () => {
  const dir = writeDataset([
    { id: 'g1', provenance: 'gold', split: 'train', line: ex('How do I pace?', base) },
    { id: 'e1', provenance: 'engine', split: 'eval', line: ex('How should I pace?', `${base} One more line.`) },
    { id: 'g2', provenance: 'gold', split: 'train', line: ex('Is my load ok?', `Your ACWR is 1.42, so hold the volume. ${words('x', 60)}.`) },
    {
      id: 't1',
      provenance: 'teacher',
      split: 'train',
      line: ex('Open Women, 5K in 24:00. Goal?', `For Open Women a 1:30:00 is a fair start. ${words('y', 60)}.`),
    },
  ]);
  const report = audit(readDataset(dir));

  it('maps every line back to its provenance and counts the written share', () => {
    expect(report.examples).toBe(4);
    expect(report.written_share).toBe(0.75);
  });

  it('finds the near-duplicate pair, counts it as an eval leak, and measures shared openings', () => {
    expect(report.near_duplicate_share).toBe(0.5);
    expect(report.largest_cluster).toBe(2);
    expect(report.eval_leaks).toBe(1);
    expect(report.shared_openings).toBe(0.5);
  });

  it('counts an ACWR and a finish time that nothing in the example gave, and not a division the user gave', () => {
    expect(report.invented_examples.map((x) => x.id).sort()).toEqual(['g2', 't1']);
    expect(report.invented_data_hits).toBe(2);
  });

  it('prints exactly the documented JSON keys', () => {
    expect(Object.keys(auditJson(report))).toEqual([
      'examples',
      'written_share',
      'shared_openings',
      'near_duplicate_share',
      'max_sentence_repeats',
      'invented_data_hits',
      'eval_leaks',
    ]);
  });

  it('takes the same deterministic sample every time', () => {
    expect(readDataset(dir, 2).map((r) => r.id)).toEqual(readDataset(dir, 2).map((r) => r.id));
    expect(readDataset(dir, 2)).toHaveLength(2);
  });
});

describe('inventedData', () => {
  it('accepts figures a tool call computed and a division the athlete block names', () => {
    const messages = [
      { role: 'system', content: '<athlete>\nDivision: Pro Men\n</athlete>' },
      { role: 'user', content: 'How is my load?' },
      { role: 'assistant', content: null, tool_calls: [{ function: { name: 'compute_load', arguments: '{}' } }] },
      { role: 'tool', content: '{"acwr":1.18,"weeklyLoad":2450}' },
      { role: 'assistant', content: 'As a Pro Men racer your ACWR is 1.18 and the week came to 2,450 AU.' },
    ];
    expect(inventedData(messages)).toEqual([]);
  });

  it('accepts a logged-session count the athlete gave in words', () => {
    expect(
      inventedData([
        { role: 'user', content: 'I trained eleven times this month, am I doing too much?' },
        { role: 'assistant', content: "You've logged 11 sessions this month." },
      ]),
    ).toEqual([]);
  });

  it('flags a logged-session count and a single division the user never gave', () => {
    expect(
      inventedData([
        { role: 'user', content: 'Am I doing too much?' },
        { role: 'assistant', content: "You've logged 6 sessions, fine for Open Men." },
      ]),
    ).toHaveLength(2);
  });
});
