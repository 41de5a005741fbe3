import { contentWords } from '../domain/text.js';

/**
 * Word vectors learned from the corpus itself (pure, deterministic, no downloads): positive
 * pointwise mutual information over a ±WINDOW co-occurrence window (Levy, Goldberg & Dagan 2015:
 * context smoothing α = 0.75), reduced to `dims` by a truncated SVD of the sparse PPMI matrix
 * (rows U·Σ^0.5; randomized and seeded, so the same corpus gives the same vectors), mean-centred
 * and normalised. Unlike a random projection, the SVD generalises: words whose contexts overlap
 * share dimensions even when they never occur together. Words that
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
/** Eigenvalue weighting of the SVD (U·Σ^p): 0.5 does better than U·Σ on similarity tasks (Levy et al. 2015). */
const EIGEN_POWER = 0.5;

/**
 * Learns from `texts` (the passages: their words' document frequencies and count are the model's
 * df and docs, for IDF) and from `contexts`, extra word sequences that add to the vocabulary and
 * the co-occurrence counts only (ingest passes each asked question beside its section heading, so
 * a member's words keep the company of the research's words without changing any word's IDF).
 * Without contexts the model is exactly the one learned from the texts alone.
 */
export function learnWordModel(texts: string[], dims = 256, contexts: string[] = []): WordModel {
  const docsTokens = texts.map((t) => contentWords(t));
  const contextTokens = contexts.map((t) => contentWords(t));
  const freq = new Map<string, number>();
  for (const toks of [...docsTokens, ...contextTokens]) for (const w of toks) freq.set(w, (freq.get(w) ?? 0) + 1);
  const words = [...freq.entries()]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_VOCAB)
    .map(([w]) => w);
  const index = new Map(words.map((w, i) => [w, i]));
  const V = words.length;
  const df = new Array<number>(V).fill(0);
  const cooc = new Map<number, number>();
  for (const [n, toks] of [...docsTokens, ...contextTokens].entries()) {
    const ids = toks.map((w) => index.get(w) ?? -1);
    if (n < docsTokens.length) for (const i of new Set(ids)) if (i >= 0) df[i]! += 1;
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
  const ppmi: [number, number][][] = Array.from({ length: V }, () => []);
  for (const [key, c] of cooc) {
    const i = Math.floor(key / V);
    const j = key % V;
    const pmi = Math.log((c * colTotal) / (row[i]! * col[j]! ** ALPHA));
    if (pmi > 0) ppmi[i]!.push([j, pmi]);
  }
  const sparse = ppmi.map((r) => {
    r.sort((a, b) => a[0] - b[0]);
    return { idx: Int32Array.from(r, ([j]) => j), val: Float64Array.from(r, ([, v]) => v) };
  });
  const vectors = truncatedSvd(sparse, V, Math.min(dims, V), EIGEN_POWER);
  const out = new Float32Array(V * dims);
  const k = Math.min(dims, V);
  for (let i = 0; i < V; i++) for (let j = 0; j < k; j++) out[i * dims + j] = vectors[i * k + j]!;
  normaliseRows(out, dims);
  // Mean-centring removes the direction every word shares, which otherwise inflates all cosines.
  const mean = new Float32Array(dims);
  for (let i = 0; i < V; i++) for (let j = 0; j < dims; j++) mean[j]! += out[i * dims + j]! / Math.max(1, V);
  for (let i = 0; i < V; i++) for (let j = 0; j < dims; j++) out[i * dims + j]! -= mean[j]!;
  normaliseRows(out, dims);
  return { words, df, docs: texts.length, dims, vectors: out };
}

export function normaliseRows(m: Float32Array, dims: number): void {
  for (let r = 0; r < m.length / dims; r++) {
    let n = 0;
    for (let k = 0; k < dims; k++) n += m[r * dims + k]! ** 2;
    n = Math.sqrt(n);
    if (n > 0) for (let k = 0; k < dims; k++) m[r * dims + k]! /= n;
  }
}

interface SparseRow {
  idx: Int32Array;
  val: Float64Array;
}

/** Seeded xorshift32 in [-1, 1). */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 2 ** 31 - 1;
  };
}

/**
 * Orthonormalises the l columns of an n × l row-major matrix in place (modified Gram–Schmidt). The
 * columns are copied out to be contiguous (a column of a row-major matrix is strided, which is slow
 * to walk), with the same arithmetic in the same order, so the result is bit for bit the same.
 */
function orthonormalise(m: Float64Array, n: number, l: number): void {
  const cols = new Float64Array(n * l);
  for (let r = 0; r < n; r++) for (let j = 0; j < l; j++) cols[j * n + r] = m[r * l + j]!;
  for (let j = 0; j < l; j++) {
    const cj = cols.subarray(j * n, (j + 1) * n);
    for (let p = 0; p < j; p++) {
      const cp = cols.subarray(p * n, (p + 1) * n);
      let d = 0;
      for (let r = 0; r < n; r++) d += cj[r]! * cp[r]!;
      for (let r = 0; r < n; r++) cj[r]! -= d * cp[r]!;
    }
    let norm = 0;
    for (let r = 0; r < n; r++) norm += cj[r]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < n; r++) cj[r]! /= norm;
  }
  for (let r = 0; r < n; r++) for (let j = 0; j < l; j++) m[r * l + j] = cols[j * n + r]!;
}

/** A · X for sparse A (rows × cols) and dense X (cols × l). */
function mulA(a: SparseRow[], x: Float64Array, l: number): Float64Array {
  const out = new Float64Array(a.length * l);
  a.forEach((r, i) => {
    for (let t = 0; t < r.idx.length; t++) {
      const c = r.idx[t]! * l;
      const v = r.val[t]!;
      for (let j = 0; j < l; j++) out[i * l + j]! += v * x[c + j]!;
    }
  });
  return out;
}

/** Aᵀ · Y for sparse A (rows × cols) and dense Y (rows × l). */
function mulAt(a: SparseRow[], cols: number, y: Float64Array, l: number): Float64Array {
  const out = new Float64Array(cols * l);
  a.forEach((r, i) => {
    for (let t = 0; t < r.idx.length; t++) {
      const c = r.idx[t]! * l;
      const v = r.val[t]!;
      for (let j = 0; j < l; j++) out[c + j]! += v * y[i * l + j]!;
    }
  });
  return out;
}

/** Eigen-decomposition of a symmetric l × l matrix (cyclic Jacobi): eigenvalues and column eigenvectors. */
function symmetricEigen(g: Float64Array, l: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(g);
  const v = new Float64Array(l * l);
  for (let i = 0; i < l; i++) v[i * l + i] = 1;
  for (let sweep = 0; sweep < 30; sweep++) {
    let off = 0;
    for (let p = 0; p < l; p++) for (let q = p + 1; q < l; q++) off += a[p * l + q]! ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < l; p++) {
      for (let q = p + 1; q < l; q++) {
        const apq = a[p * l + q]!;
        if (Math.abs(apq) < 1e-30) continue;
        const theta = (a[q * l + q]! - a[p * l + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < l; k++) {
          const akp = a[k * l + p]!;
          const akq = a[k * l + q]!;
          a[k * l + p] = c * akp - s * akq;
          a[k * l + q] = s * akp + c * akq;
        }
        for (let k = 0; k < l; k++) {
          const apk = a[p * l + k]!;
          const aqk = a[q * l + k]!;
          a[p * l + k] = c * apk - s * aqk;
          a[q * l + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < l; k++) {
          const vkp = v[k * l + p]!;
          const vkq = v[k * l + q]!;
          v[k * l + p] = c * vkp - s * vkq;
          v[k * l + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(l);
  for (let i = 0; i < l; i++) values[i] = a[i * l + i]!;
  return { values, vectors: v };
}

/**
 * Rank-k truncated SVD of a sparse matrix by randomized range finding with two power iterations
 * (Halko, Martinsson & Tropp 2011), seeded, so the same corpus gives the same vectors. Returns
 * the rows' coordinates U·Σ^power (rows × k); power 0.5 is the eigenvalue weighting Levy et al. recommend.
 */
function truncatedSvd(a: SparseRow[], cols: number, k: number, power: number): Float32Array {
  const n = a.length;
  const l = Math.min(k + 10, n, cols);
  const next = rng(0x5eed);
  const omega = new Float64Array(cols * l);
  for (let i = 0; i < omega.length; i++) omega[i] = next();
  let y = mulA(a, omega, l);
  for (let it = 0; it < 2; it++) {
    orthonormalise(y, n, l);
    const z = mulAt(a, cols, y, l);
    orthonormalise(z, cols, l);
    y = mulA(a, z, l);
  }
  orthonormalise(y, n, l);
  const bt = mulAt(a, cols, y, l);
  const g = new Float64Array(l * l);
  for (let c = 0; c < cols; c++)
    for (let i = 0; i < l; i++) {
      const x = bt[c * l + i]!;
      if (x === 0) continue;
      for (let j = i; j < l; j++) g[i * l + j]! += x * bt[c * l + j]!;
    }
  for (let i = 0; i < l; i++) for (let j = 0; j < i; j++) g[i * l + j] = g[j * l + i]!;
  const { values, vectors } = symmetricEigen(g, l);
  const order = [...values.keys()].sort((p, q) => values[q]! - values[p]!).slice(0, k);
  const out = new Float32Array(n * k);
  for (let r = 0; r < n; r++)
    order.forEach((e, j) => {
      let u = 0;
      for (let i = 0; i < l; i++) u += y[r * l + i]! * vectors[i * l + e]!;
      out[r * k + j] = u * Math.max(0, values[e]!) ** (power / 2);
    });
  return out;
}
