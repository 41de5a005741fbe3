import type { Db, Queryable, SqlParam } from '../db/db.js';
import { toVectorLiteral } from '../db/db.js';
import { askedOf } from '../db/knowledge.js';
import { UserError } from '../errors.js';
import type { Embedder } from './embedder.js';
import { contentWords, MAX_QUERY_CHARS } from '../domain/text.js';
import { hybridSql, type HybridRow } from './search-sql.js';

export interface RetrievedChunk {
  id: string;
  sourceDoc: string;
  section: string;
  content: string;
  topicTags: string[];
  /** The questions members ask for this passage's section (its asked block); absent when it has none. Never quoted. */
  asked?: string[];
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
 * When both searches agree that the best text match is relevant (it is also in the vector top
 * LEAD_WITHIN_VECTOR_RANK), it leads: full text is the sharper of the two at rank 1 on our test set.
 */
export const LEAD_WITHIN_VECTOR_RANK = 10;

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

/** The question's embedding as the vector half of hybridSql takes it. */
async function embedQuery(embedder: Embedder, query: string): Promise<{ literal: string; model: string }> {
  const [vec] = await embedder.embed([query]);
  return { literal: toVectorLiteral(vec!), model: embedder.model };
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
  const resilient = fallBack && mode === 'hybrid';
  let textOnly = false;
  let vector: { literal: string; model: string } | undefined;
  if (mode !== 'text') {
    const embedding = embedQuery(ctx.embedder, q);
    try {
      vector = await (resilient ? withinBudget(embedding, VECTOR_BUDGET_MS) : embedding);
    } catch (error) {
      if (!resilient) throw error;
      textOnly = true;
    }
  }
  const n = Math.max(k * 4, 40);
  // One statement: both searches, the fusion and the passages (search-sql.ts).
  const search = (v: typeof vector) =>
    hybridSql({
      vector: v,
      words: mode === 'vector' ? [] : textQueryWords(q),
      n,
      k,
      weights: FUSION_WEIGHTS,
      floorRank: FUSION_FLOOR_RANK,
      leadWithin: LEAD_WITHIN_VECTOR_RANK,
      tags: opts.tags,
      sourceDocs: opts.sourceDocs,
    });
  const indexed = !opts.tags?.length && !opts.sourceDocs?.length;
  let rows: HybridRow[];
  try {
    const { sql, params } = search(vector);
    rows = await runSearch(ctx.db, sql, params, indexed, n);
  } catch (error) {
    // The vector half failed in the database (e.g. a stored model of other dimensions): full text answers alone.
    if (!resilient || !vector) throw error;
    textOnly = true;
    const { sql, params } = search(undefined);
    rows = await runSearch(ctx.db, sql, params, indexed, n);
  }
  const chunks = rows.map((r): RetrievedChunk => ({
    id: r.id,
    sourceDoc: r.source_doc,
    section: r.section,
    content: r.content,
    topicTags: r.topic_tags,
    ...askedOf(r.asked),
    score: Number(r.score),
    ...(r.vector_rank === null ? {} : { vectorRank: Number(r.vector_rank) }),
    ...(r.text_rank === null ? {} : { textRank: Number(r.text_rank) }),
  }));
  return { chunks, textOnly };
}

function isEmbedded(db: Queryable): db is Db {
  return (db as Partial<Db>).kind === 'pglite' && typeof (db as Partial<Db>).tx === 'function';
}

/**
 * The search runs as a prepared statement (one per shape of hybridSql: mode and filters; the
 * values are parameters): parsing and planning it cost more than running it on a few hundred
 * chunks (PGlite, research documents: ~1.1 ms parse + ~1.4 ms plan, ~3.5 ms execution). Postgres
 * plans the first five runs for their values, then keeps a generic plan when it costs no more.
 */
const PREPARED = { prepare: true } as const;

/**
 * Runs the search statement. On the embedded PGlite an unfiltered search runs with sequential
 * scans priced out, so both halves use their indexes (HNSW, GIN) at any corpus size. Postgres'
 * cost model does not count reading each 1,536-dimension embedding out of TOAST, so on a few
 * hundred chunks it picks a scan that decompresses every embedding and every tsvector, where the
 * indexes read a fraction: on 342 research chunks the statement's execution went from ~6.3 to
 * ~4 ms (WASM Postgres is several times slower per row than native). hnsw.ef_search is raised to
 * the candidates wanted (HNSW returns at most ef_search rows; the default is 40), which at this
 * size makes the index search exhaustive in practice. The settings hold for the statement's own
 * transaction only (on PGlite the settings, the search and the end of the implicit transaction
 * are one call into the backend). A server Postgres plans
 * by its own costs: there each extra statement would be a network round trip, and at scale its
 * planner picks the indexes anyway. Filtered searches keep the planner's choice: an HNSW scan
 * filters after it has found its candidates, and can return fewer than asked for.
 */
async function runSearch(db: Queryable, sql: string, params: SqlParam[], indexed: boolean, n: number): Promise<HybridRow[]> {
  if (!indexed || !isEmbedded(db)) return db.query<HybridRow>(sql, params, PREPARED);
  const settings = { enable_seqscan: 'off', 'hnsw.ef_search': String(Math.min(1000, Math.max(40, 2 * n))) };
  return db.query<HybridRow>(sql, params, { ...PREPARED, settings });
}
