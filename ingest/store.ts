import { randomUUID } from 'node:crypto';
import type { Db } from '../src/db/db.js';
import { markChunks, purgeStale, storedHashes, upsertChunk } from '../src/db/knowledge.js';
import { refreshTermStats } from '../src/db/term-stats.js';
import type { Embedder } from '../src/retrieval/embedder.js';
import { learningInput, type Chunk } from './chunks.js';

export interface StoreSummary {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  tokensEmbedded: number;
}

/**
 * Writes chunks idempotently: chunks whose content_hash and embedding model are unchanged are
 * not embedded again; changed ones are embedded first (outside any transaction), then every
 * write and the purge of removed sections happen in ONE transaction, so an interrupted ingest
 * leaves the previous knowledge base intact.
 */
export async function storeChunks(
  ctx: { db: Db; embedder: Embedder },
  chunks: Chunk[],
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<StoreSummary> {
  // The learned embedder learns from the embedded texts (and the asked questions, with LEARN_FROM_ASKED).
  const learn = learningInput(chunks);
  await ctx.embedder.prepare?.(learn.texts, learn.contexts);
  const stored = await storedHashes(ctx.db);
  const changed = chunks.filter((c) => {
    const s = stored.get(c.id);
    return !s || s.hash !== c.content_hash || s.model !== ctx.embedder.model;
  });
  const changedIds = new Set(changed.map((c) => c.id));
  const unchanged = chunks.filter((c) => !changedIds.has(c.id));

  const vectors: number[][] = [];
  const batch = 100;
  onProgress(0, changed.length);
  for (let i = 0; i < changed.length; i += batch) {
    vectors.push(...(await ctx.embedder.embed(changed.slice(i, i + batch).map((c) => c.embed_text))));
    onProgress(Math.min(i + batch, changed.length), changed.length);
  }

  const runId = randomUUID();
  const removed = await ctx.db.tx(async (q) => {
    for (const [i, c] of changed.entries()) await upsertChunk(q, c, vectors[i]!, ctx.embedder.model, runId);
    await markChunks(q, unchanged, runId);
    const purged = await purgeStale(q, runId);
    // Every chunk now carries a vector of the new model: it becomes the active one in the same commit.
    await ctx.embedder.activate?.(q);
    await refreshTermStats(q);
    return purged;
  });
  // PGlite has no autovacuum: without this, every ingest leaves the old row versions (each with
  // its entries in the HNSW and GIN indexes) and the GIN index's pending list (new entries kept
  // unsorted until a vacuum merges them) for every search to read through. On the research
  // documents the pending list was 122 pages, and a GIN lookup took 3.6 ms instead of 1.0.
  // A server Postgres's autovacuum does the same on its own. VACUUM cannot run in a transaction.
  if (ctx.db.kind === 'pglite') await ctx.db.exec('vacuum (analyze) knowledge_chunks, knowledge_terms');
  return {
    added: changed.filter((c) => !stored.has(c.id)).length,
    updated: changed.filter((c) => stored.has(c.id)).length,
    unchanged: unchanged.length,
    removed,
    tokensEmbedded: changed.reduce((n, c) => n + c.token_count, 0),
  };
}
