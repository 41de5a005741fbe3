import { createHash } from 'node:crypto';
import type { Queryable } from '../db/db.js';
import { activeModelId, loadModel, saveActiveModel, type StoredModel } from '../db/embedding-models.js';
import type { Embedder } from './embedder.js';
import { contentWords } from '../domain/text.js';
import { embedText } from './local-embedder.js';
import { learnWordModel, normaliseRows, type WordModel } from './word-vectors.js';

export const LEARNED_KIND = 'local-ppmi-v1';
const SEM_DIMS = 256;
/** Share of the cosine given to meaning (learned vectors) vs. words (hashed features). */
const SEM_WEIGHT = 0.4;
/**
 * Extra weight of heading words (document title — section path) in the meaning half. Questions
 * are short and say what they are about, as headings do; a section's body also carries incidental
 * words (an example, a caveat) that otherwise pull its mean towards unrelated questions. Full-text
 * search ranks heading words far above body words too (setweight 'A' vs 'B': 1.0 vs 0.1).
 */
const HEAD_WEIGHT = 4;
/**
 * How embedLearned turns a text into a vector; it joins the model-id hash, so changing it (bump
 * `version` when the code changes) changes the id, and with it every stored chunk's `model`, and
 * ingest re-embeds even when the word model is the same.
 */
const EMBED_RECIPE = { version: 2, semWeight: SEM_WEIGHT, headWeight: HEAD_WEIGHT };
/** How long a process trusts its cached model before checking for a newer ingest. */
const RECHECK_MS = 10_000;

/**
 * The embedded default's embedder: hashed word features (exact words, pairs, 4-grams) joined with
 * word vectors learned from the corpus at ingest (word-vectors.ts), so passages that share no
 * word with a question can still be found. The learned model is stored in the database with a
 * content-hash id; that id is the `model` recorded on each chunk, so a new model re-embeds, and
 * every process (bot, worker, CLI) embeds queries with the model the chunks were embedded with.
 */
export class LearnedEmbedder implements Embedder {
  readonly dimensions: number;
  private current: Loaded | undefined;
  private checkedAt = 0;
  /** Learned by `prepare`, not yet the active model in the database. */
  private pending: StoredModel | undefined;

  constructor(
    private readonly db: Queryable,
    dimensions = 1536,
  ) {
    this.dimensions = dimensions;
  }

  /** The active model id; `local-ppmi-v1:none` until one is learned or loaded. */
  get model(): string {
    return this.current?.id ?? `${LEARNED_KIND}:none`;
  }

  /**
   * Learns the model from the full corpus (every chunk's embedded text, which ends with its section's asked questions; and,
   * for co-occurrence only, `contexts`: ingest passes each asked question beside its section heading, so members' words learn
   * the company of the words the research uses; the model id is the hash of what was learned, so editing a question
   * re-embeds) and embeds with it from now on in this process; the
   * database keeps the previous active model until `activate` (ingest calls it in the transaction
   * that stores the re-embedded chunks), so other processes never embed queries with a model the
   * stored chunks were not embedded with.
   */
  async prepare(texts: string[], contexts: string[] = []): Promise<void> {
    const wm = learnWordModel(texts, SEM_DIMS, contexts);
    const payload = encodeModel(wm);
    const id = `${LEARNED_KIND}:${createHash('sha256')
      .update(`${JSON.stringify(EMBED_RECIPE)}\n${JSON.stringify(payload)}`)
      .digest('hex')
      .slice(0, 12)}`;
    this.pending = { id, payload };
    this.current = new Loaded(id, decodeModel(payload));
    this.checkedAt = Date.now();
  }

  async activate(q: Queryable): Promise<void> {
    if (!this.pending) return;
    await saveActiveModel(q, LEARNED_KIND, this.pending);
    this.pending = undefined;
  }

  async embed(texts: string[]): Promise<number[][]> {
    await this.refresh();
    return texts.map((t) => embedLearned(this.current?.model, t, this.dimensions));
  }

  private async refresh(): Promise<void> {
    if (this.pending || Date.now() - this.checkedAt < RECHECK_MS) return;
    this.checkedAt = Date.now();
    const id = await activeModelId(this.db, LEARNED_KIND);
    if (!id || id === this.current?.id) return;
    const stored = await loadModel(this.db, id);
    if (stored) this.current = new Loaded(id, decodeModel(stored.payload));
  }
}

class Loaded {
  constructor(
    readonly id: string,
    readonly model: IndexedModel,
  ) {}
}

export interface IndexedModel extends WordModel {
  index: Map<string, number>;
  grams: Map<string, Float32Array>;
}

const gramsOf = (w: string) => {
  const p = `^${w}$`;
  const out: string[] = [];
  for (let j = 0; j + 4 <= p.length; j++) out.push(p.slice(j, j + 4));
  return out;
};

/** Adds the lookup tables: word → row, and character 4-gram → mean vector (for unseen words). */
export function indexModel(wm: WordModel): IndexedModel {
  const index = new Map(wm.words.map((w, i) => [w, i]));
  const grams = new Map<string, Float32Array>();
  wm.words.forEach((w, i) => {
    for (const g of gramsOf(w)) {
      const v = grams.get(g) ?? new Float32Array(wm.dims);
      for (let k = 0; k < wm.dims; k++) v[k]! += wm.vectors[i * wm.dims + k]!;
      grams.set(g, v);
    }
  });
  for (const v of grams.values()) normaliseRows(v, wm.dims);
  return { ...wm, index, grams };
}

/** Hashed word features ⊕ IDF-weighted mean of learned word vectors, unit length. */
export function embedLearned(m: IndexedModel | undefined, text: string, dimensions: number): number[] {
  if (!m) return embedText(text, dimensions);
  const idf = (w: string) => {
    const row = m.index.get(w);
    return Math.log((m.docs + 1) / ((row === undefined ? 1 : m.df[row]!) + 0.5));
  };
  // A passage's first line (document title — section path) weighs double in the word half, and
  // HEAD_WEIGHT× in the meaning half, as the section outranks the body in full-text search
  // (setweight 'A'): headings say what a passage is about.
  const cut = text.indexOf('\n\n');
  const head = cut > 0 ? text.slice(0, cut) : '';
  const lex = embedText(head ? `${head}\n${text}` : text, dimensions - m.dims);
  const sem = new Float64Array(m.dims);
  const headWords = contentWords(head);
  const tf = new Map<string, number>();
  for (const w of [...headWords, ...contentWords(text)]) tf.set(w, (tf.get(w) ?? 0) + 1);
  const headSet = new Set(headWords);
  for (const [w, n] of tf) {
    const row = m.index.get(w);
    const weight = (1 + Math.log(n)) * idf(w) * (headSet.has(w) ? HEAD_WEIGHT : 1);
    if (row !== undefined) {
      for (let k = 0; k < m.dims; k++) sem[k]! += weight * m.vectors[row * m.dims + k]!;
      continue;
    }
    for (const g of gramsOf(w)) {
      const v = m.grams.get(g);
      if (v) for (let k = 0; k < m.dims; k++) sem[k]! += (weight / 4) * v[k]!;
    }
  }
  let norm = 0;
  for (const x of sem) norm += x * x;
  norm = Math.sqrt(norm);
  const semW = norm > 0 ? SEM_WEIGHT : 0;
  const lexW = norm > 0 ? Math.sqrt(1 - SEM_WEIGHT ** 2) : 1;
  return [...lex.map((x) => x * lexW), ...Array.from(sem, (x) => (norm > 0 ? (x / norm) * semW : 0))];
}

/** Vectors quantised to int8 with a per-row scale, base64: ~¼ of the float size in the payload. */
function encodeModel(wm: WordModel): Record<string, unknown> {
  const V = wm.words.length;
  const q = new Int8Array(V * wm.dims);
  const scale = new Float32Array(V);
  for (let i = 0; i < V; i++) {
    let max = 0;
    for (let k = 0; k < wm.dims; k++) max = Math.max(max, Math.abs(wm.vectors[i * wm.dims + k]!));
    scale[i] = max / 127 || 1;
    for (let k = 0; k < wm.dims; k++) q[i * wm.dims + k] = Math.round(wm.vectors[i * wm.dims + k]! / scale[i]!);
  }
  return {
    words: wm.words,
    df: wm.df,
    docs: wm.docs,
    dims: wm.dims,
    q: Buffer.from(q.buffer).toString('base64'),
    scale: Buffer.from(scale.buffer).toString('base64'),
  };
}

function decodeModel(p: Record<string, unknown>): IndexedModel {
  const words = p.words as string[];
  const dims = p.dims as number;
  const qb = Buffer.from(p.q as string, 'base64');
  const q = new Int8Array(qb.buffer, qb.byteOffset, qb.byteLength);
  const sb = Buffer.from(p.scale as string, 'base64');
  const scale = new Float32Array(sb.buffer.slice(sb.byteOffset, sb.byteOffset + sb.byteLength));
  const vectors = new Float32Array(words.length * dims);
  for (let i = 0; i < words.length; i++) for (let k = 0; k < dims; k++) vectors[i * dims + k] = q[i * dims + k]! * scale[i]!;
  normaliseRows(vectors, dims);
  return indexModel({ words, df: p.df as number[], docs: p.docs as number, dims, vectors });
}
