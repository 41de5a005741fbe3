import type { Queryable } from './db.js';

/**
 * Rebuilds knowledge_terms (document frequency of every lexeme, and N under term '') from the
 * stored chunks in one pass, and refreshes planner statistics. Ingest runs it inside its write transaction.
 */
export async function refreshTermStats(q: Queryable): Promise<void> {
  await q.query('delete from knowledge_terms');
  await q.query(`insert into knowledge_terms (term, doc_count) select word, ndoc from ts_stat('select fts from knowledge_chunks')`);
  await q.query(`insert into knowledge_terms (term, doc_count) select '', count(*) from knowledge_chunks`);
  // Planner statistics too: PGlite has no autovacuum, and without them the planner guesses
  // (e.g. 5 rows for embedding_model = …) and picks poor plans.
  await q.query('analyze knowledge_chunks');
  await q.query('analyze knowledge_terms');
}
