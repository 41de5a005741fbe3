import { createHash } from 'node:crypto';
import { answerText, clusters, nearDuplicatePairs } from './diversity.js';
import type { Example } from './example.js';

const h = (id: string) => createHash('sha256').update(id).digest('hex');

/** The order of examples inside train.jsonl and eval.jsonl (the audit maps lines back to ids with it). */
export function fileOrder(a: string, b: string): number {
  return h(`order:${a}`).localeCompare(h(`order:${b}`));
}

/**
 * Deterministic, category-stratified split by near-duplicate cluster: examples whose answers are
 * near-duplicates (5-gram Jaccard > 0.6) form one cluster and go to the same side, so no eval
 * example has a near-duplicate in train. Within each category (of a cluster's first member by
 * hash), clusters are ordered by a hash of that member's id and taken into eval until
 * round(n × evalShare) examples are there (at least 1 when n ≥ 2).
 */
export function splitExamples(examples: Example[], evalShare = 0.1): { train: Example[]; eval: Example[] } {
  const root = clusters(examples.length, nearDuplicatePairs(examples.map((e) => answerText(e.messages))));
  const groups = new Map<number, Example[]>();
  examples.forEach((e, i) => groups.set(root[i]!, [...(groups.get(root[i]!) ?? []), e]));
  const byCategory = new Map<string, Example[][]>();
  for (const g of groups.values()) {
    g.sort((a, b) => h(a.id).localeCompare(h(b.id)));
    const c = g[0]!.category;
    byCategory.set(c, [...(byCategory.get(c) ?? []), g]);
  }
  const train: Example[] = [];
  const evalSet: Example[] = [];
  for (const [, gs] of [...byCategory.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const n = gs.reduce((k, g) => k + g.length, 0);
    const k = n >= 2 ? Math.max(1, Math.round(n * evalShare)) : 0;
    let taken = 0;
    for (const g of gs.sort((a, b) => h(a[0]!.id).localeCompare(h(b[0]!.id)))) {
      if (taken < k && g.length < n) {
        evalSet.push(...g);
        taken += g.length;
      } else train.push(...g);
    }
  }
  const order = (xs: Example[]) => xs.sort((a, b) => fileOrder(a.id, b.id));
  return { train: order(train), eval: order(evalSet) };
}
