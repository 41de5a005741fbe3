import type { Db, Queryable } from '../src/db/db.js';
import { migrate } from '../src/db/migrate.js';
import { openPgliteDb } from '../src/db/pglite-db.js';
import { upsertChunk, type KnowledgeChunkRow } from '../src/db/knowledge.js';
import { saveActiveModel, type StoredModel } from '../src/db/embedding-models.js';

/**
 * A throwaway in-memory database holding a copy of the stored knowledge base (chunks and their
 * embeddings as ingested, and the active learned embedding model that made them, so questions are
 * embedded the same way): the eval writes athletes and conversations there, never to DATA_DIR.
 */
export async function memoryCopyOfKnowledge(stored: Queryable): Promise<{ db: Db; chunks: number }> {
  const rows = await stored.query<KnowledgeChunkRow & { embedding: string | null; embedding_model: string | null }>(
    `select id, source_doc, section, content, topic_tags, chunk_index, word_count, token_count, content_hash,
            coalesce(string_to_array(nullif(asked, ''), E'\n'), '{}') as asked,
            embedding::text as embedding, embedding_model from knowledge_chunks order by chunk_index, id`,
  );
  const models = await stored.query<StoredModel & { kind: string }>('select id, kind, payload from embedding_models where active');
  const db = await openPgliteDb();
  try {
    await migrate(db);
    for (const { kind, ...model } of models) await saveActiveModel(db, kind, model);
    for (const r of rows) {
      if (!r.embedding) continue;
      const { embedding, embedding_model, ...chunk } = r;
      await upsertChunk(db, chunk, JSON.parse(embedding) as number[], embedding_model ?? 'unknown', 'eval-copy');
    }
  } catch (error) {
    await db.close();
    throw error;
  }
  return { db, chunks: rows.length };
}
