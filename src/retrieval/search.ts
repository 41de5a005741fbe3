import type { Queryable, SqlParam } from '../db/db.js';
import { toVectorLiteral } from '../db/db.js';
import { UserError } from '../errors.js';
import type { Embedder } from './embedder.js';
import { contentWords, MAX_QUERY_CHARS } from '../domain/text.js';

export interface RetrievedChunk {
  id: string;
  sourceDoc: string;
  section: string;
  content: string;
  topicTags: string[];
  /** Fused score (reciprocal rank fusion), higher is better. */
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

/** How long the answer pipeline waits for the query embedding before full text answers alone. */
export const VECTOR_BUDGET_MS = 10_000;
/** RRF constant (Cormack et al. 2009): damps the weight of top ranks. */
const RRF_K = 60;
/** Per-list weights of the fusion (weighted RRF), tuned with `npm run eval:retrieval`. */
export const FUSION_WEIGHTS = { text: 1, vector: 0.7 } as const;

/** Checks a query: too long or without words is a user error, not a crash. */
export function validateQuery(query: string): string {
  const q = query.trim();
  if (q.length > MAX_QUERY_CHARS) {
    throw new UserError('question_too_long', `That question is ${q.length.toLocaleString('en-US')} characters; keep it under ${MAX_QUERY_CHARS.toLocaleString('en-US')}.`);
  }
  if (!/[\p{L}\p{N}]/u.test(q)) {
    throw new UserError('question_empty', 'Ask a question in words, e.g. "how should I pace my 1 km runs?"');
  }
  return q;
}

/** Rejects when `work` takes longer than `ms` (a hanging embeddings API must not hold the question). */
function withinBudget<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no embedding within ${ms} ms`)), ms); });
  work.catch(() => undefined);
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

function filters(opts: RetrieveOptions, params: SqlParam[]): string {
  const where: string[] = [];
  if (opts.tags?.length) { params.push(opts.tags); where.push(`topic_tags && $${params.length}::text[]`); }
  if (opts.sourceDocs?.length) { params.push(opts.sourceDocs); where.push(`source_doc = any($${params.length}::text[])`); }
  return where.map((w) => ` and ${w}`).join('');
}

type Row = { id: string; source_doc: string; section: string; content: string; topic_tags: string[] };

async function vectorSearch(db: Queryable, embedder: Embedder, query: string, n: number, opts: RetrieveOptions): Promise<Row[]> {
  const [vec] = await embedder.embed([query]);
  const params: SqlParam[] = [toVectorLiteral(vec!), embedder.model, n];
  return db.query<Row>(
    `select id, source_doc, section, content, topic_tags from knowledge_chunks
     where embedding_model = $2${filters(opts, params)}
     order by embedding <=> $1::vector limit $3`,
    params,
  );
}

/**
 * Full-text search with IDF weighting: each query word scores ts_rank × ln(N ÷ (1 + df)), so
 * rare, telling words ("caffeine", "taper") outweigh words found everywhere ("race", "Hyrox").
 * Postgres's own ranking has no IDF, and natural questions contain many common words.
 */
async function textSearch(db: Queryable, query: string, n: number, opts: RetrieveOptions): Promise<Row[]> {
  const words = [...new Set(query.toLowerCase().match(/[a-z0-9]+/g) ?? [])].filter((w) => contentWords(w).length > 0).slice(0, 32);
  if (words.length === 0) return [];
  const params: SqlParam[] = [words, n];
  return db.query<Row>(
    `with total as materialized (select greatest(count(*), 1)::float8 as n from knowledge_chunks),
     terms as materialized (
       select q, ln((select n from total) / (1 + (select count(*) from knowledge_chunks where fts @@ q))) as idf
       from (select to_tsquery('english', w) as q from unnest($1::text[]) w) x
       where numnode(q) > 0
     )
     select k.id, k.source_doc, k.section, k.content, k.topic_tags
     from knowledge_chunks k join terms t on k.fts @@ t.q
     where t.idf > 0${filters(opts, params)}
     group by k.id, k.source_doc, k.section, k.content, k.topic_tags
     order by sum(t.idf * ts_rank(k.fts, t.q)) desc, k.id limit $2`,
    params,
  );
}

/**
 * Hybrid retrieval: cosine vector search (HNSW) and Postgres full-text search, fused by
 * reciprocal rank fusion. Returns the best k chunks, best first.
 */
export async function retrieve(ctx: { db: Queryable; embedder: Embedder }, query: string, opts: RetrieveOptions = {}): Promise<RetrievedChunk[]> {
  return (await retrieveOrFallBack(ctx, query, opts, false)).chunks;
}

export interface Retrieval { chunks: RetrievedChunk[]; /** The vector side failed (embeddings API down); full text alone answered. */ textOnly: boolean }

/**
 * `retrieve` for the answer pipeline: when the embeddings API fails, full-text search alone
 * still answers (`textOnly: true`, which the footer states) instead of failing the question.
 */
export async function retrieveResilient(ctx: { db: Queryable; embedder: Embedder }, query: string, opts: RetrieveOptions = {}): Promise<Retrieval> {
  return retrieveOrFallBack(ctx, query, opts, true);
}

async function retrieveOrFallBack(ctx: { db: Queryable; embedder: Embedder }, query: string, opts: RetrieveOptions, fallBack: boolean): Promise<Retrieval> {
  const q = validateQuery(query);
  const k = Math.max(1, Math.min(opts.k ?? 5, 50));
  const mode = opts.mode ?? 'hybrid';
  const n = Math.max(k * 4, 40);
  let textOnly = false;
  const vectorSide = mode === 'text' ? Promise.resolve([]) : vectorSearch(ctx.db, ctx.embedder, q, n, opts);
  const [vector, text] = await Promise.all([
    fallBack && mode === 'hybrid' ? withinBudget(vectorSide, VECTOR_BUDGET_MS).catch(() => { textOnly = true; return [] as Row[]; }) : vectorSide,
    mode === 'vector' ? Promise.resolve([]) : textSearch(ctx.db, q, n, opts),
  ]);
  const fused = new Map<string, RetrievedChunk>();
  const add = (rows: Row[], key: 'vectorRank' | 'textRank') => rows.forEach((r, i) => {
    const w = key === 'textRank' ? FUSION_WEIGHTS.text : FUSION_WEIGHTS.vector;
    const hit = fused.get(r.id) ?? { id: r.id, sourceDoc: r.source_doc, section: r.section, content: r.content, topicTags: r.topic_tags, score: 0 };
    hit[key] = i + 1;
    hit.score += w / (RRF_K + i + 1);
    fused.set(r.id, hit);
  });
  add(vector, 'vectorRank');
  add(text, 'textRank');
  const ranked = [...fused.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  // When both searches agree that the best text match is relevant (it is also in the vector
  // top 10), it leads: full text is the sharper of the two at rank 1 on our test set.
  const lead = ranked.find((h) => h.textRank === 1 && h.vectorRank !== undefined && h.vectorRank <= 10);
  if (lead) {
    ranked.splice(ranked.indexOf(lead), 1);
    ranked.unshift(lead);
  }
  return { chunks: ranked.slice(0, k), textOnly };
}
