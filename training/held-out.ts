import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentWords } from '../src/domain/text.js';

/**
 * The coach evaluation's questions are held out of the fine-tuning data: a model trained on them
 * would pass `npm run eval:coach -- --llm` by memory, and the instrument would stop measuring.
 * A written example is held back when one of its questions shares a run of six words (three of
 * them content words) with an evaluation question, or matches one closely in content words (cosine of idf-weighted word
 * counts at 0.7 or more): a paraphrase counts, a question on the same topic does not.
 */
export const HELD_OUT_FILE = 'eval/coach-questions.jsonl';
const RUN = 6;
const MAX_COSINE = 0.7;
/** Content words a shared run must carry to count. */
const MIN_CONTENT = 3;

export interface HeldOut {
  questions: { id: string; runs: Set<string>; vector: Map<string, number> }[];
  idf: Map<string, number>;
}

const words = (t: string) =>
  t
    .toLowerCase()
    .replace(/[’']/g, '')
    .match(/[a-z0-9]+/g) ?? [];

function runsOf(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + RUN <= w.length; i++) {
    const run = w.slice(i, i + RUN).join(' ');
    // A run of filler ("and how do i fix it") is how people talk, not a copied question.
    if (contentWords(run).length >= MIN_CONTENT) out.add(run);
  }
  return out;
}

function vectorOf(text: string, idf: Map<string, number>): Map<string, number> {
  const tf = new Map<string, number>();
  for (const w of contentWords(text)) tf.set(w, (tf.get(w) ?? 0) + 1);
  const v = new Map<string, number>();
  let norm = 0;
  for (const [w, c] of tf) {
    const x = (1 + Math.log(c)) * (idf.get(w) ?? Math.log(2));
    v.set(w, x);
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [w, x] of v) v.set(w, x / norm);
  return v;
}

/** The held-out questions: each case's question and the questions of its history. */
export function heldOutFrom(cases: { id: string; questions: string[] }[]): HeldOut {
  const texts = cases.flatMap((c) => c.questions);
  const df = new Map<string, number>();
  for (const t of texts) for (const w of new Set(contentWords(t))) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = new Map([...df].map(([w, n]) => [w, Math.log((texts.length + 1) / (n + 0.5))]));
  return {
    idf,
    questions: cases.flatMap((c) => c.questions.map((q) => ({ id: c.id, runs: runsOf(q), vector: vectorOf(q, idf) }))),
  };
}

/** Reads the evaluation set of a project root; an empty set when the project has none. */
export function loadHeldOut(root: string): HeldOut {
  const file = path.join(root, HELD_OUT_FILE);
  if (!existsSync(file)) return heldOutFrom([]);
  const cases = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; question: string; history?: { question: string }[] })
    .map((c) => ({ id: c.id, questions: [c.question, ...(c.history ?? []).map((h) => h.question)] }));
  return heldOutFrom(cases);
}

/** The evaluation case a member question repeats, if any. */
export function heldOutMatch(question: string, held: HeldOut): { id: string; why: string } | undefined {
  const runs = runsOf(question);
  const vector = vectorOf(question, held.idf);
  for (const h of held.questions) {
    const shared = [...runs].find((r) => h.runs.has(r));
    if (shared) return { id: h.id, why: `shares "${shared}"` };
    let cos = 0;
    for (const [w, x] of vector) cos += x * (h.vector.get(w) ?? 0);
    if (cos >= MAX_COSINE) return { id: h.id, why: `matches it at cosine ${cos.toFixed(2)}` };
  }
  return undefined;
}
