import { contentWords } from '../domain/text.js';

/**
 * Word vectors learned from the corpus itself (pure, deterministic, no downloads): positive
 * pointwise mutual information over a ±WINDOW co-occurrence window (Levy, Goldberg & Dagan 2015:
 * context smoothing α = 0.75), reduced to `dims` by a seeded random projection of each PPMI row
 * (Johnson–Lindenstrauss: cosines between rows are kept), mean-centred and normalised. Words that
 * appear in the same company ("taper" and "race week", "DOMS" and "soreness") end up close even
 * when a question and a passage share no word.
 */
export interface WordModel {
  words: string[];
  /** Number of texts containing each word (for IDF). */
  df: number[];
  /** Number of texts learned from. */
  docs: number;
  dims: number;
  /** words.length × dims, row-major, each row unit length. */
  vectors: Float32Array;
}

const WINDOW = 6;
const ALPHA = 0.75;
const MAX_VOCAB = 20_000;
/** Share of the passage (topical) contexts against the window contexts. */
const TOPICAL = 1;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}

/** The fixed random ±1 direction of a context word (seeded by the word, so stable across corpora). */
function contextDirection(word: string, dims: number, out: Float32Array): void {
  let s = fnv1a(word) || 1;
  for (let k = 0; k < dims; k++) {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    out[k] = s & 1 ? 1 : -1;
  }
}

export function learnWordModel(texts: string[], dims = 256): WordModel {
  const docsTokens = texts.map((t) => contentWords(t));
  const freq = new Map<string, number>();
  for (const toks of docsTokens) for (const w of toks) freq.set(w, (freq.get(w) ?? 0) + 1);
  const words = [...freq.entries()]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_VOCAB)
    .map(([w]) => w);
  const index = new Map(words.map((w, i) => [w, i]));
  const V = words.length;
  const df = new Array<number>(V).fill(0);
  const cooc = new Map<number, number>();
  for (const toks of docsTokens) {
    const ids = toks.map((w) => index.get(w) ?? -1);
    for (const i of new Set(ids)) if (i >= 0) df[i]! += 1;
    for (let p = 0; p < ids.length; p++) {
      const i = ids[p]!;
      if (i < 0) continue;
      for (let d = 1; d <= WINDOW && p + d < ids.length; d++) {
        const j = ids[p + d]!;
        if (j < 0 || j === i) continue;
        const wgt = 1 / d;
        cooc.set(i * V + j, (cooc.get(i * V + j) ?? 0) + wgt);
        cooc.set(j * V + i, (cooc.get(j * V + i) ?? 0) + wgt);
      }
    }
  }
  const row = new Float64Array(V);
  const col = new Float64Array(V);
  for (const [key, c] of cooc) {
    row[Math.floor(key / V)]! += c;
    col[key % V]! += c;
  }
  let colTotal = 0;
  for (let j = 0; j < V; j++) colTotal += col[j]! ** ALPHA;
  const dirs = new Float32Array(V * dims);
  const tmp = new Float32Array(dims);
  for (let j = 0; j < V; j++) {
    contextDirection(words[j]!, dims, tmp);
    dirs.set(tmp, j * dims);
  }
  const vectors = new Float32Array(V * dims);
  for (const [key, c] of cooc) {
    const i = Math.floor(key / V);
    const j = key % V;
    const pmi = Math.log((c * colTotal) / (row[i]! * col[j]! ** ALPHA));
    if (pmi <= 0) continue;
    const vi = i * dims;
    const dj = j * dims;
    for (let k = 0; k < dims; k++) vectors[vi + k]! += pmi * dirs[dj + k]!;
  }
  normaliseRows(vectors, dims);
  // Topical contexts (as in LSA): each text is a context of the words in it, so words used in the
  // same passages meet even when they never stand side by side.
  const topical = new Float32Array(V * dims);
  let totalTokens = 0;
  for (const toks of docsTokens) totalTokens += toks.length;
  docsTokens.forEach((toks, d) => {
    const counts = new Map<number, number>();
    for (const w of toks) {
      const i = index.get(w);
      if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    contextDirection(`doc:${d}`, dims, tmp);
    for (const [i, n] of counts) {
      const pmi = Math.log((n * totalTokens) / (freq.get(words[i]!)! * Math.max(1, toks.length)));
      if (pmi <= 0) continue;
      for (let k = 0; k < dims; k++) topical[i * dims + k]! += pmi * tmp[k]!;
    }
  });
  normaliseRows(topical, dims);
  for (let x = 0; x < vectors.length; x++) vectors[x] = (1 - TOPICAL) * vectors[x]! + TOPICAL * topical[x]!;
  normaliseRows(vectors, dims);
  // Mean-centring removes the direction every word shares, which otherwise inflates all cosines.
  const mean = new Float32Array(dims);
  for (let i = 0; i < V; i++) for (let k = 0; k < dims; k++) mean[k]! += vectors[i * dims + k]! / Math.max(1, V);
  for (let i = 0; i < V; i++) for (let k = 0; k < dims; k++) vectors[i * dims + k]! -= mean[k]!;
  normaliseRows(vectors, dims);
  return { words, df, docs: texts.length, dims, vectors };
}

export function normaliseRows(m: Float32Array, dims: number): void {
  for (let r = 0; r < m.length / dims; r++) {
    let n = 0;
    for (let k = 0; k < dims; k++) n += m[r * dims + k]! ** 2;
    n = Math.sqrt(n);
    if (n > 0) for (let k = 0; k < dims; k++) m[r * dims + k]! /= n;
  }
}
