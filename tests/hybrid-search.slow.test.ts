import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../ingest/corpus.js';
import { storeChunks } from '../ingest/store.js';
import { toVectorLiteral, type Db } from '../src/db/db.js';
import { askedOf } from '../src/db/knowledge.js';
import { LocalEmbedder } from '../src/retrieval/local-embedder.js';
import { textSql, vectorSql } from '../src/retrieval/search-sql.js';
import {
  FUSION_FLOOR_RANK,
  FUSION_WEIGHTS,
  LEAD_WITHIN_VECTOR_RANK,
  retrieve,
  textQueryWords,
  type RetrievedChunk,
  type RetrieveOptions,
} from '../src/retrieval/search.js';
import { freshDb } from './support/pglite.js';

/**
 * Hybrid search runs as one statement (search-sql.ts hybridSql). It must rank exactly as the
 * two searches run apart and fused as search.ts documents it: each list scaled between its
 * FUSION_FLOOR_RANK-th score and its best, weighted and summed; the best text match leads when
 * the vector list has it within LEAD_WITHIN_VECTOR_RANK; then fused score, better rank, id.
 * The reference below is that description, on the project's research documents.
 */
let db: Db;
const embedder = new LocalEmbedder();

async function reference(query: string, opts: RetrieveOptions): Promise<RetrievedChunk[]> {
  const k = opts.k ?? 5;
  const n = Math.max(k * 4, 40);
  const mode = opts.mode ?? 'hybrid';
  const [vec] = await embedder.embed([query]);
  const v = vectorSql(toVectorLiteral(vec!), embedder.model, n, opts);
  const words = textQueryWords(query);
  const t = textSql(words, n, opts);
  const lists = {
    vector: mode === 'text' ? [] : await db.query<{ id: string; score: number }>(v.sql, v.params),
    text: mode === 'vector' || words.length === 0 ? [] : await db.query<{ id: string; score: number }>(t.sql, t.params),
  };
  const fused = new Map<string, { id: string; score: number; vectorRank?: number; textRank?: number }>();
  for (const key of ['vector', 'text'] as const) {
    const rows = lists[key];
    const best = Math.max(...rows.map((r) => r.score), 0);
    const floor = rows.length > FUSION_FLOOR_RANK ? Math.max(0, rows[FUSION_FLOOR_RANK - 1]!.score) : 0;
    rows.forEach((r, i) => {
      const hit = fused.get(r.id) ?? { id: r.id, score: 0 };
      hit[key === 'vector' ? 'vectorRank' : 'textRank'] = i + 1;
      hit.score += (FUSION_WEIGHTS[key] * Math.max(0, r.score - floor)) / (best - floor || 1);
      fused.set(r.id, hit);
    });
  }
  const bestRank = (h: { vectorRank?: number; textRank?: number }) => Math.min(h.vectorRank ?? Infinity, h.textRank ?? Infinity);
  const lead = (h: { vectorRank?: number; textRank?: number }) => (h.textRank === 1 && (h.vectorRank ?? Infinity) <= LEAD_WITHIN_VECTOR_RANK ? 1 : 0);
  const ranked = [...fused.values()].sort(
    (a, b) => lead(b) - lead(a) || b.score - a.score || bestRank(a) - bestRank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const top = ranked.slice(0, k);
  const passages = await db.query<{ id: string; source_doc: string; section: string; content: string; topic_tags: string[]; asked: string }>(
    'select id, source_doc, section, content, topic_tags, asked from knowledge_chunks where id = any($1::text[])',
    [top.map((h) => h.id)],
  );
  const byId = new Map(passages.map((p) => [p.id, p]));
  return top.map((h) => {
    const p = byId.get(h.id)!;
    return {
      ...h,
      sourceDoc: p.source_doc,
      section: p.section,
      content: p.content,
      topicTags: p.topic_tags,
      ...askedOf(p.asked),
    };
  });
}

beforeAll(async () => {
  db = await freshDb();
  await storeChunks({ db, embedder }, loadCorpus(path.resolve('research')).chunks);
}, 120_000);
afterAll(async () => {
  await db.close();
});

describe('hybrid search in one statement', () => {
  const questions = [
    'how should I pace my 1km runs',
    'sled push technique on a heavy sled',
    'how much protein should I eat each day',
    'wall ball no rep rules',
    'taper in the last two weeks before the race',
    'my RPE has been 8 or more all week, should I deload',
    'caffeine before the race',
    'doubles relay hand-over',
    'sleep',
  ];

  it('ranks as the two searches run apart and fused, with the same scores and ranks', async () => {
    const [doc] = await db.query<{ source_doc: string }>('select source_doc from knowledge_chunks order by source_doc limit 1');
    const [tag] = await db.query<{ tag: string }>('select unnest(topic_tags) as tag from knowledge_chunks order by 1 limit 1');
    const options: RetrieveOptions[] = [
      { k: 5 },
      { k: 20 },
      { k: 5, mode: 'vector' },
      { k: 5, mode: 'text' },
      { k: 8, sourceDocs: [doc!.source_doc] },
      { k: 8, tags: [tag!.tag] },
    ];
    for (const q of questions)
      for (const opts of options) {
        const got = await retrieve({ db, embedder }, q, opts);
        const want = await reference(q, opts);
        expect({ q, opts, got }).toEqual({ q, opts, got: want });
      }
  });

  it('keeps to the filters', async () => {
    const [doc] = await db.query<{ source_doc: string }>('select source_doc from knowledge_chunks order by source_doc desc limit 1');
    const hits = await retrieve({ db, embedder }, 'how should I pace my 1km runs', { k: 10, sourceDocs: [doc!.source_doc] });
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.sourceDoc))).toEqual(new Set([doc!.source_doc]));
  });
});
