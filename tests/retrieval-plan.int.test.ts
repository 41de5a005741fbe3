import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db.js';
import { toVectorLiteral } from '../src/db/db.js';
import { refreshTermStats } from '../src/db/term-stats.js';
import { hybridSql, textSql, vectorSql } from '../src/retrieval/search-sql.js';
import { retrieve } from '../src/retrieval/search.js';
import { freshDb } from './support/pglite.js';

/**
 * The retrieval queries must be shapes the indexes can serve: nearest neighbours through HNSW,
 * full-text matches through GIN, IDF through knowledge_terms' primary key, never a scan of
 * knowledge_chunks per query word. At test size the planner would rightly prefer a sequential
 * scan, so sequential scans are priced out (enable_seqscan = off): a plan that still scans
 * knowledge_chunks is one no index can serve. `npm run bench` prints the plans at 20,000 chunks.
 */
let db: Db;
const explain = async (sql: string, params: unknown[]) => {
  const rows = await db.tx(async (q) => {
    await q.query('set local enable_seqscan = off');
    return q.query<{ 'QUERY PLAN': unknown }>(`explain (format json) ${sql}`, params as never[]);
  });
  return JSON.stringify(rows[0]!['QUERY PLAN']);
};

beforeAll(async () => {
  db = await freshDb();
  await db.query(
    `insert into knowledge_chunks (id, source_doc, section, content, topic_tags, chunk_index, word_count, token_count, content_hash, embedding, embedding_model)
     select 'c' || g, 'doc' || (g % 5) || '.md', 'Section ' || g, 'sled push pacing ' || (array['taper','caffeine','roxzone','lunges'])[1 + g % 4] || ' run ' || g,
            array[(array['taper','sled_push','roxzone'])[1 + g % 3]], g, 6, 8, 'h',
            (select array_agg(sin(g * 0.37 + x * 0.11)) from generate_series(1, 1536) x)::vector, 'm'
     from generate_series(1, 120) g`,
  );
  await refreshTermStats(db);
  await db.exec('analyze knowledge_chunks; analyze knowledge_terms');
});
afterAll(async () => {
  await db.close();
});

describe('retrieval query plans', () => {
  const vec = toVectorLiteral(Array.from({ length: 1536 }, (_, i) => Math.sin(i * 0.11)));
  it('serves vector search from the HNSW index, also under a topic-tag filter', async () => {
    for (const opts of [{}, { tags: ['taper'] }]) {
      const q = vectorSql(vec, 'm', 40, opts);
      expect(await explain(q.sql, q.params)).toContain('"Index Name":"knowledge_chunks_embedding_hnsw"');
    }
  });
  it('filtered to one document, reads that document through an index (exact ranking of its few chunks)', async () => {
    const q = vectorSql(vec, 'm', 40, { sourceDocs: ['doc1.md'] });
    expect(await explain(q.sql, q.params)).toMatch(/"Index Name":"knowledge_chunks_(source_doc|embedding_hnsw)"/);
  });
  it('serves full-text search from the GIN index and IDF from knowledge_terms, with no scan of the chunks', async () => {
    const q = textSql(['caffeine', 'taper', 'pacing'], 40, { tags: ['taper'] });
    const plan = await explain(q.sql, q.params);
    expect(plan).toContain('"Index Name":"knowledge_chunks_fts"');
    expect(plan).toContain('"Index Name":"knowledge_terms_pkey"');
    expect(plan).not.toMatch(/"Node Type":"Seq Scan"[^}]*"Relation Name":"knowledge_chunks"/);
  });
  it('serves the one-statement hybrid search from both indexes, also under a topic-tag filter', async () => {
    for (const opts of [{}, { tags: ['taper'] }]) {
      const q = hybridSql({
        vector: { literal: vec, model: 'm' },
        words: ['caffeine', 'taper', 'pacing'],
        n: 40,
        k: 5,
        weights: { vector: 0.6, text: 0.4 },
        floorRank: 16,
        leadWithin: 10,
        ...opts,
      });
      const plan = await explain(q.sql, q.params);
      expect(plan).toContain('"Index Name":"knowledge_chunks_embedding_hnsw"');
      expect(plan).toContain('"Index Name":"knowledge_chunks_fts"');
      expect(plan).toContain('"Index Name":"knowledge_terms_pkey"');
      expect(plan).not.toMatch(/"Node Type":"Seq Scan"[^}]*"Relation Name":"knowledge_chunks"/);
    }
  });
  it('on the embedded database, searches through the indexes and still finds every nearest passage asked for, in exact order', async () => {
    // retrieve() prices sequential scans out on PGlite, so HNSW answers even on 120 rows; it must
    // search widely enough (ef_search) to return all k × 4 candidates, the same as an exact scan.
    const embedder = { model: 'm', dimensions: 1536, embed: async (texts: string[]) => texts.map(() => JSON.parse(vec) as number[]) };
    const hits = await retrieve({ db, embedder }, 'sled push pacing', { mode: 'vector', k: 50 });
    const exact = await db.query<{ id: string }>(
      `select id from knowledge_chunks where embedding_model = 'm' order by embedding <=> $1::vector, id limit 50`,
      [vec],
    );
    expect(hits).toHaveLength(50);
    expect(hits.map((h) => h.id)).toEqual(exact.map((r) => r.id));
  });

  it('ranks by IDF from the stored term statistics', async () => {
    const q = textSql(['caffeine', 'pacing'], 5, {});
    const ids = (await db.query<{ id: string }>(q.sql, q.params)).map((r) => r.id);
    // "pacing" is in every chunk (IDF ≈ 0), so chunks with the rare "caffeine" lead.
    expect(ids.length).toBe(5);
    const rows = await db.query<{ content: string }>('select content from knowledge_chunks where id = any($1::text[])', [ids]);
    for (const r of rows) expect(r.content).toContain('caffeine');
    const stats = await db.one<{ n: number }>("select doc_count as n from knowledge_terms where term = ''");
    expect(stats?.n).toBe(120);
  });
});
