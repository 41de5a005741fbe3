import type { Queryable } from '../db/db.js';
import { toVectorLiteral } from '../db/db.js';
import { UserError } from '../errors.js';
import type { Embedder } from './embedder.js';
import { contentWords, MAX_QUERY_CHARS } from '../domain/text.js';
import { PASSAGES_SQL, textSql, vectorSql } from './search-sql.js';

export interface RetrievedChunk {
  id: string;
  sourceDoc: string;
  section: string;
  content: string;
  topicTags: string[];
  /** Fused score (each search's score scaled between its floor and its best, weighted, summed), higher is better. */
  score: number;
  vectorRank?: number;
  textRank?: number;
}

export interface RetrieveOptions {
  k?: number;
  tags?: string[];
  sourceDocs?: string[];
  mode?: 'hybrid' | 'vector' | 'text';
}

/**
 * Per-list weights of the fusion. Scores, not ranks, are fused (CombSUM): each list is scaled so
 * its best score is 1 and its FUSION_FLOOR_RANK-th score is 0, so how far ahead a passage is counts,
 * and the long tail of weak matches adds nothing. The learned vectors weigh a little more than full
 * text, which already decides the lead (see retrieveOrFallBack).
 */
export const FUSION_WEIGHTS = { text: 0.4, vector: 0.6 } as const;
export const FUSION_FLOOR_RANK = 16;

/**
 * Query expansion for full-text search: abbreviations athletes type and the words the research
 * writes out, and everyday words for what the documents name formally. Expansions are extra query
 * words (OR-ed, IDF-weighted like the rest), so a passage using either form is found.
 */
export const QUERY_EXPANSIONS: Readonly<Record<string, readonly string[]>> = {
  rir: ['reps', 'reserve'],
  rpe: ['perceived', 'exertion'],
  acwr: ['acute', 'chronic', 'workload'],
  doms: ['soreness'],
  sore: ['soreness'],
  gel: ['fuelling', 'carbohydrate'],
  gels: ['fuelling', 'carbohydrate'],
  carbs: ['carbohydrate'],
  drink: ['hydration', 'fluid'],
  drinking: ['hydration', 'fluid'],
  eat: ['fuelling', 'meal'],
  lifting: ['strength'],
  tired: ['fatigue'],
};

/** The query words of full-text search: content words, then their expansions (at most 32). */
export function textQueryWords(query: string): string[] {
  const words = [...new Set(query.toLowerCase().match(/[a-z0-9]+/g) ?? [])].filter((w) => contentWords(w).length > 0);
  for (const w of [...words]) for (const x of QUERY_EXPANSIONS[w] ?? []) if (!words.includes(x)) words.push(x);
  return words.slice(0, 32);
}

/** How long the answer pipeline waits for the query embedding before full text answers alone. */
export const VECTOR_BUDGET_MS = 10_000;

/** Rejects when `work` takes longer than `ms` (a hanging embeddings API must not hold the question). */
function withinBudget<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no embedding within ${ms} ms`)), ms);
  });
  work.catch(() => undefined);
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** Checks a query: too long or without words is a user error, not a crash. */
export function validateQuery(query: string): string {
  const q = query.trim();
  if (q.length > MAX_QUERY_CHARS) {
    throw new UserError(
      'question_too_long',
      `That question is ${q.length.toLocaleString('en-US')} characters; keep it under ${MAX_QUERY_CHARS.toLocaleString('en-US')}.`,
    );
  }
  if (!/[\p{L}\p{N}]/u.test(q)) {
    throw new UserError('question_empty', 'Ask a question in words, e.g. "how should I pace my 1 km runs?"');
  }
  return q;
}

type Row = { id: string; score: number };
type Passage = { id: string; source_doc: string; section: string; content: string; topic_tags: string[] };

async function vectorSearch(db: Queryable, embedder: Embedder, query: string, n: number, opts: RetrieveOptions): Promise<Row[]> {
  const [vec] = await embedder.embed([query]);
  const { sql, params } = vectorSql(toVectorLiteral(vec!), embedder.model, n, opts);
  return db.query<Row>(sql, params);
}

/** Full-text search with IDF weighting from the ingest's term statistics (search-sql.ts). */
async function textSearch(db: Queryable, query: string, n: number, opts: RetrieveOptions): Promise<Row[]> {
  const words = textQueryWords(query);
  if (words.length === 0) return [];
  const { sql, params } = textSql(words, n, opts);
  return db.query<Row>(sql, params);
}

/**
 * Hybrid retrieval: cosine vector search (HNSW) and Postgres full-text search, fused by their
 * scores (each list divided by its best). Returns the best k chunks, best first.
 */
export async function retrieve(ctx: { db: Queryable; embedder: Embedder }, query: string, opts: RetrieveOptions = {}): Promise<RetrievedChunk[]> {
  return (await retrieveOrFallBack(ctx, query, opts, false)).chunks;
}

export interface Retrieval {
  chunks: RetrievedChunk[];
  /** The vector side failed (embeddings API down); full text alone answered. */ textOnly: boolean;
}

/**
 * `retrieve` for the answer pipeline: when the embeddings API fails, full-text search alone
 * still answers (`textOnly: true`, which the footer states) instead of failing the question.
 */
export async function retrieveResilient(ctx: { db: Queryable; embedder: Embedder }, query: string, opts: RetrieveOptions = {}): Promise<Retrieval> {
  return retrieveOrFallBack(ctx, query, opts, true);
}

async function retrieveOrFallBack(
  ctx: { db: Queryable; embedder: Embedder },
  query: string,
  opts: RetrieveOptions,
  fallBack: boolean,
): Promise<Retrieval> {
  const q = validateQuery(query);
  const k = Math.max(1, Math.min(opts.k ?? 5, 50));
  const mode = opts.mode ?? 'hybrid';
  const n = Math.max(k * 4, 40);
  let textOnly = false;
  const vectorSide = mode === 'text' ? Promise.resolve([] as Row[]) : vectorSearch(ctx.db, ctx.embedder, q, n, opts);
  const [vector, text] = await Promise.all([
    fallBack && mode === 'hybrid'
      ? withinBudget(vectorSide, VECTOR_BUDGET_MS).catch(() => {
          textOnly = true;
          return [] as Row[];
        })
      : vectorSide,
    mode === 'vector' ? Promise.resolve([] as Row[]) : textSearch(ctx.db, q, n, opts),
  ]);
  const fused = new Map<string, RetrievedChunk>();
  const add = (rows: Row[], key: 'vectorRank' | 'textRank') => {
    const w = key === 'textRank' ? FUSION_WEIGHTS.text : FUSION_WEIGHTS.vector;
    const best = Math.max(...rows.map((r) => Number(r.score)), 0);
    const floor = rows.length > FUSION_FLOOR_RANK ? Math.max(0, Number(rows[FUSION_FLOOR_RANK - 1]!.score)) : 0;
    rows.forEach((r, i) => {
      const hit = fused.get(r.id) ?? { id: r.id, sourceDoc: '', section: '', content: '', topicTags: [], score: 0 };
      hit[key] = i + 1;
      hit.score += (w * Math.max(0, Number(r.score) - floor)) / (best - floor || 1);
      fused.set(r.id, hit);
    });
  };
  add(vector, 'vectorRank');
  add(text, 'textRank');
  const bestRank = (h: RetrievedChunk) => Math.min(h.vectorRank ?? Infinity, h.textRank ?? Infinity);
  const ranked = [...fused.values()].sort((a, b) => b.score - a.score || bestRank(a) - bestRank(b) || a.id.localeCompare(b.id));
  // When both searches agree that the best text match is relevant (it is also in the vector
  // top 10), it leads: full text is the sharper of the two at rank 1 on our test set.
  const lead = ranked.find((h) => h.textRank === 1 && h.vectorRank !== undefined && h.vectorRank <= 10);
  if (lead) {
    ranked.splice(ranked.indexOf(lead), 1);
    ranked.unshift(lead);
  }
  const top = ranked.slice(0, k);
  if (top.length === 0) return { chunks: top, textOnly };
  const passages = new Map((await ctx.db.query<Passage>(PASSAGES_SQL, [top.map((h) => h.id)])).map((p) => [p.id, p]));
  // A chunk deleted by a concurrent ingest between the two queries is simply left out.
  const chunks = top
    .filter((h) => passages.has(h.id))
    .map((h) => {
      const p = passages.get(h.id)!;
      return { ...h, sourceDoc: p.source_doc, section: p.section, content: p.content, topicTags: p.topic_tags };
    });
  return { chunks, textOnly };
}
