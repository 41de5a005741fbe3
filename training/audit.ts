import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { answerText, clusters, nearDuplicatePairs, repeatedWordShare, sentenceCounts, sharedOpeningShare } from './diversity.js';
import { inventedData, type AnyMsg } from './grounding.js';
import { fileOrder } from './split.js';

/** One example of the built dataset as the audit reads it back from docs/training-data/. */
export interface AuditRow {
  id: string;
  provenance: string;
  split: 'train' | 'eval';
  messages: AnyMsg[];
}

export interface AuditReport {
  examples: number;
  written_share: number;
  shared_openings: number;
  shared_openings_masked: number;
  near_duplicate_pairs: number;
  near_duplicate_share: number;
  largest_cluster: number;
  max_sentence_repeats: number;
  repeated_word_share: number;
  invented_data_hits: number;
  invented_examples: { id: string; hits: string[] }[];
  eval_leaks: number;
}

const WRITTEN = new Set(['gold', 'teacher', 'rated']);

/**
 * Reads combined/{train,eval}.jsonl and provenance.jsonl; lines map back to ids through the
 * split's file order. `sample` keeps a deterministic subset (ordered by a hash of the id).
 */
export function readDataset(dir: string, sample?: number): AuditRow[] {
  const prov = existsSync(path.join(dir, 'provenance.jsonl'))
    ? readFileSync(path.join(dir, 'provenance.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { id: string; provenance: string; split: 'train' | 'eval' })
    : [];
  const rows: AuditRow[] = [];
  for (const split of ['train', 'eval'] as const) {
    const file = path.join(dir, 'combined', `${split}.jsonl`);
    if (!existsSync(file)) continue;
    const ids = prov.filter((p) => p.split === split).sort((a, b) => fileOrder(a.id, b.id));
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .forEach((line, i) => {
        const p = ids[i];
        rows.push({
          id: p?.id ?? `${split}-${i + 1}`,
          provenance: p?.provenance ?? 'unknown',
          split,
          messages: (JSON.parse(line) as { messages: AnyMsg[] }).messages,
        });
      });
  }
  if (!sample || sample >= rows.length) return rows;
  const h = (id: string) => createHash('sha256').update(`audit:${id}`).digest('hex');
  return [...rows].sort((a, b) => h(a.id).localeCompare(h(b.id))).slice(0, sample);
}

/** The diversity and grounding figures of a dataset (issue 17's audit, as one function). */
export function audit(rows: AuditRow[]): AuditReport {
  const answers = rows.map((r) => answerText(r.messages));
  const pairs = nearDuplicatePairs(answers);
  const withPair = new Set(pairs.flat());
  const cluster = clusters(answers.length, pairs);
  const sizes = new Map<number, number>();
  for (const c of cluster) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const leaks = new Set<number>();
  for (const [a, b] of pairs) {
    if (rows[a]!.split === 'eval' && rows[b]!.split === 'train') leaks.add(a);
    if (rows[b]!.split === 'eval' && rows[a]!.split === 'train') leaks.add(b);
  }
  const invented = rows.map((r) => ({ id: r.id, hits: inventedData(r.messages) })).filter((x) => x.hits.length > 0);
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  return {
    examples: rows.length,
    written_share: round(rows.filter((r) => WRITTEN.has(r.provenance)).length / Math.max(1, rows.length)),
    shared_openings: round(sharedOpeningShare(answers)),
    shared_openings_masked: round(sharedOpeningShare(answers, true)),
    near_duplicate_pairs: pairs.length,
    near_duplicate_share: round(withPair.size / Math.max(1, answers.length)),
    largest_cluster: Math.max(0, ...[...sizes.values()].filter((n) => n > 1)),
    max_sentence_repeats: Math.max(0, ...sentenceCounts(answers).values()),
    repeated_word_share: round(repeatedWordShare(answers)),
    invented_data_hits: invented.reduce((n, x) => n + x.hits.length, 0),
    invented_examples: invented,
    eval_leaks: leaks.size,
  };
}

/** The `--json` shape (kept stable for scripts). */
export function auditJson(r: AuditReport) {
  const { examples, written_share, shared_openings, near_duplicate_share, max_sentence_repeats, invented_data_hits, eval_leaks } = r;
  return { examples, written_share, shared_openings, near_duplicate_share, max_sentence_repeats, invented_data_hits, eval_leaks };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

export function auditText(r: AuditReport): string {
  return [
    `examples: ${r.examples} (written answers ${pct(r.written_share)})`,
    `shared first-8-word openings: ${pct(r.shared_openings)} raw, ${pct(r.shared_openings_masked)} with numbers masked`,
    `near-duplicate answers (5-gram Jaccard > 0.6): ${r.near_duplicate_pairs} pairs, ${pct(r.near_duplicate_share)} of answers have one, largest cluster ${r.largest_cluster}`,
    `repeated sentences: most repeated in ${r.max_sentence_repeats} answers; ${pct(r.repeated_word_share)} of words in sentences repeated in 10+ answers`,
    `invented data: ${r.invented_data_hits} hits in ${r.invented_examples.length} examples`,
    ...r.invented_examples.slice(0, 5).map((x) => `  ${x.id}: ${x.hits[0]}`),
    `eval leaks (eval examples with a near-duplicate in train): ${r.eval_leaks}`,
  ].join('\n');
}
