import type { Queryable, SqlParam } from './db.js';
import { toVectorLiteral } from './db.js';

/** A chunk as stored (the build plan's fields plus hash, tokens and model). */
export interface KnowledgeChunkRow {
  id: string;
  source_doc: string;
  section: string;
  content: string;
  topic_tags: string[];
  chunk_index: number;
  word_count: number;
  token_count: number;
  content_hash: string;
  /** The section's asked questions (stored one a line; none: ''), searched with weight C. */
  asked?: readonly string[];
}

/** The stored asked column (one question a line, '' for none) as a chunk's list: absent when the section has none. */
export function askedOf(column: string | null | undefined): { asked?: string[] } {
  return column ? { asked: column.split('\n') } : {};
}

export async function storedHashes(db: Queryable): Promise<Map<string, { hash: string; model: string | null }>> {
  const rows = await db.query<{ id: string; content_hash: string; embedding_model: string | null }>(
    'select id, content_hash, embedding_model from knowledge_chunks',
  );
  return new Map(rows.map((r) => [r.id, { hash: r.content_hash, model: r.embedding_model }]));
}

/** Inserts or replaces one chunk with its embedding. */
export async function upsertChunk(db: Queryable, c: KnowledgeChunkRow, embedding: number[], model: string, runId: string): Promise<void> {
  const params: SqlParam[] = [
    c.id,
    c.source_doc,
    c.section,
    c.content,
    c.topic_tags,
    c.chunk_index,
    c.word_count,
    c.token_count,
    c.content_hash,
    toVectorLiteral(embedding),
    model,
    runId,
    (c.asked ?? []).join('\n'),
  ];
  await db.query(
    `insert into knowledge_chunks (id, source_doc, section, content, topic_tags, chunk_index, word_count, token_count,
       content_hash, embedding, embedding_model, ingest_run_id, asked)
     values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10::vector,$11,$12,$13)
     on conflict (id) do update set source_doc = excluded.source_doc, section = excluded.section, content = excluded.content,
       topic_tags = excluded.topic_tags, chunk_index = excluded.chunk_index, word_count = excluded.word_count,
       token_count = excluded.token_count, content_hash = excluded.content_hash, embedding = excluded.embedding,
       embedding_model = excluded.embedding_model, ingest_run_id = excluded.ingest_run_id, asked = excluded.asked,
       updated_at = now()`,
    params,
  );
}

/** Marks unchanged chunks as part of this run (so the purge keeps them) and keeps their order. */
export async function markChunks(db: Queryable, rows: { id: string; chunk_index: number }[], runId: string): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `update knowledge_chunks k set ingest_run_id = $1, chunk_index = u.idx
     from unnest($2::text[], $3::int[]) as u(id, idx) where k.id = u.id`,
    [runId, rows.map((r) => r.id), rows.map((r) => String(r.chunk_index))],
  );
}

/** Deletes chunks not written or touched by this run (sections and documents that are gone). */
export async function purgeStale(db: Queryable, runId: string): Promise<number> {
  const rows = await db.query('delete from knowledge_chunks where ingest_run_id is distinct from $1 returning id', [runId]);
  return rows.length;
}

export async function countChunks(db: Queryable): Promise<number> {
  const row = await db.one<{ n: number }>('select count(*)::int as n from knowledge_chunks');
  return row?.n ?? 0;
}

/** Chunks by id (the passages of a logged answer), in no particular order. */
export async function getChunks(db: Queryable, ids: string[]): Promise<KnowledgeChunkRow[]> {
  return db.query<KnowledgeChunkRow>(
    'select id, source_doc, section, content, topic_tags, chunk_index, word_count, token_count, content_hash from knowledge_chunks where id = any($1)',
    [ids],
  );
}
