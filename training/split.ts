import { createHash } from 'node:crypto';
import type { Example } from './example.js';

const h = (id: string) => createHash('sha256').update(id).digest('hex');

/** The order of examples inside train.jsonl and eval.jsonl (the audit maps lines back to ids with it). */
export function fileOrder(a: string, b: string): number {
  return h(`order:${a}`).localeCompare(h(`order:${b}`));
}

/**
 * Deterministic, category-stratified split: within each category, examples are ordered by a
 * hash of their id and the first round(n × evalShare) go to eval (at least 1 when n ≥ 2).
 */
export function splitExamples(examples: Example[], evalShare = 0.1): { train: Example[]; eval: Example[] } {
  const byCategory = new Map<string, Example[]>();
  for (const e of examples) byCategory.set(e.category, [...(byCategory.get(e.category) ?? []), e]);
  const train: Example[] = [];
  const evalSet: Example[] = [];
  for (const [, group] of [...byCategory.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...group].sort((a, b) => h(a.id).localeCompare(h(b.id)));
    const k = group.length >= 2 ? Math.max(1, Math.round(group.length * evalShare)) : 0;
    evalSet.push(...sorted.slice(0, k));
    train.push(...sorted.slice(k));
  }
  const order = (xs: Example[]) => xs.sort((a, b) => fileOrder(a.id, b.id));
  return { train: order(train), eval: order(evalSet) };
}
