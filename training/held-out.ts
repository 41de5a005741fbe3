import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentWords } from '../src/domain/text.js';

/**
 * The coach evaluation's questions are held out of the fine-tuning data: a model trained on them
 * would pass `npm run eval:coach -- --llm` by memory, and the instrument would stop measuring.
 * A written example is held back when one of its questions shares a run of six words (three of
 * them content words) with an evaluation question, or matches one closely in content words (cosine of idf-weighted word
 * counts at 0.7 or more), or matches one loosely (0.45 or more) and carries its figures too ("my gym's sled weighs
 * about 40kg empty" against "my gym sled weighs 40 kg empty"): a paraphrase counts, a question on the same topic does not.
 */
export const HELD_OUT_FILE = 'eval/coach-questions.jsonl';
const RUN = 6;
const MAX_COSINE = 0.7;
/** A looser match that also shares a figure of the evaluation question is the same situation retold. */
const FIGURE_COSINE = 0.45;
/** A figure in more evaluation questions than this ("1:30", "5 k") is common currency, not a retold situation. */
const MAX_FIGURE_CASES = 2;
/** Content words a shared run must carry to count. */
const MIN_CONTENT = 3;

export interface HeldOut {
  /** The case each held-out question comes from (a case's history questions count too). */
  questions: string[];
  idf: Map<string, number>;
  /** Each run of words → the case it comes from; each word → the questions that hold it, with its weight there. */
  byRun: Map<string, string>;
  byWord: Map<string, { at: number; weight: number }[]>;
  /** Each held-out question's distinctive figures ("40 kg", "24"), by the same index as `questions`. */
  figures: Set<string>[];
}

/** The figures of a text: numbers of two or more digits, or a digit with its unit ("8 hours", "4:30"). */
function figuresOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/\b(\d+(?:[.:]\d+)?)\s*(h|hours?|hrs?|min|minutes?|kg|km|k|m|weeks?|days?|x)?\b/g)) {
    const [, n, unit] = m;
    if (n!.length >= 2 || unit) out.add(`${n}${unit ? ` ${unit.replace(/s$/, '')}` : ''}`.replace(/ (hour|hr)$/, ' h'));
  }
  return out;
}

const words = (t: string) =>
  t
    .toLowerCase()
    .replace(/[’']/g, '')
    .match(/[a-z0-9]+/g) ?? [];

const contentWord = new Map<string, boolean>();
const isContent = (w: string) => {
  let c = contentWord.get(w);
  if (c === undefined) contentWord.set(w, (c = contentWords(w).length > 0));
  return c;
};

function runsOf(text: string): Set<string> {
  const w = words(text);
  const content = w.map(isContent);
  const out = new Set<string>();
  for (let i = 0; i + RUN <= w.length; i++) {
    // A run of filler ("and how do i fix it") is how people talk, not a copied question.
    if (content.slice(i, i + RUN).filter(Boolean).length >= MIN_CONTENT) out.add(w.slice(i, i + RUN).join(' '));
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
  const questions: string[] = [];
  const figures: Set<string>[] = [];
  const byRun = new Map<string, string>();
  const byWord = new Map<string, { at: number; weight: number }[]>();
  for (const c of cases)
    for (const q of c.questions) {
      const at = questions.push(c.id) - 1;
      figures.push(figuresOf(q));
      for (const r of runsOf(q)) if (!byRun.has(r)) byRun.set(r, c.id);
      for (const [w, weight] of vectorOf(q, idf)) byWord.set(w, [...(byWord.get(w) ?? []), { at, weight }]);
    }
  const figureCases = new Map<string, number>();
  for (const f of figures) for (const x of f) figureCases.set(x, (figureCases.get(x) ?? 0) + 1);
  const distinct = figures.map((f) => new Set([...f].filter((x) => figureCases.get(x)! <= MAX_FIGURE_CASES)));
  return { questions, idf, byRun, byWord, figures: distinct };
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
  for (const r of runsOf(question)) {
    const id = held.byRun.get(r);
    if (id) return { id, why: `shares "${r}"` };
  }
  // Cosine against every held-out question at once, through the words they share.
  const dot = new Map<number, number>();
  for (const [w, x] of vectorOf(question, held.idf))
    for (const { at, weight } of held.byWord.get(w) ?? []) dot.set(at, (dot.get(at) ?? 0) + x * weight);
  for (const [at, cos] of dot) if (cos >= MAX_COSINE) return { id: held.questions[at]!, why: `matches it at cosine ${cos.toFixed(2)}` };
  const own = figuresOf(question);
  for (const [at, cos] of dot) {
    const shared = [...held.figures[at]!].find((f) => own.has(f));
    if (cos >= FIGURE_COSINE && shared) return { id: held.questions[at]!, why: `matches it at cosine ${cos.toFixed(2)} with its figure ${shared}` };
  }
  return undefined;
}
