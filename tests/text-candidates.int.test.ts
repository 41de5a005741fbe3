import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db.js';
import { refreshTermStats } from '../src/db/term-stats.js';
import { textSql } from '../src/retrieval/search-sql.js';
import { freshDb } from './support/pglite.js';

/**
 * Full-text candidates are bounded (search-sql.ts): words found in most chunks no longer make every
 * chunk a candidate, yet the passage holding the telling word, or two of the question's words
 * together, is still found. 30 of 40 chunks mention "race" and "week"; 8 mention "sled", 8 "push",
 * 4 of them both; one mentions "caffeine".
 */
let db: Db;
const search = async (words: string[], budget?: number) => {
  const { sql, params } = textSql(words, 50, {}, budget);
  return (await db.query<{ id: string }>(sql, params)).map((r) => r.id);
};

beforeAll(async () => {
  db = await freshDb();
  await db.query(
    `insert into knowledge_chunks (id, source_doc, section, content, topic_tags, chunk_index, word_count, token_count, content_hash)
     select 'c' || g, 'doc.md', 'Notes ' || g,
            case when g <= 30 then 'race week ' else '' end || 'notes ' || g
              || case when g <= 8 then ' sled' else '' end
              || case when g between 5 and 12 then ' push' else '' end
              || case when g = 40 then ' caffeine' else '' end,
            '{}', g, 6, 8, 'h'
     from generate_series(1, 40) g`,
  );
  await refreshTermStats(db);
});
afterAll(async () => {
  await db.close();
});

describe('full-text candidates', () => {
  it('with a budget above every word count, finds every chunk holding a query word (small corpora)', async () => {
    const ids = await search(['caffeine', 'race', 'week']);
    expect(ids[0]).toBe('c40');
    expect(ids).toHaveLength(31);
  });
  it('at a small budget, picks by the rare word and leaves out chunks holding only common words', async () => {
    const ids = await search(['caffeine', 'race', 'week'], 10);
    expect(ids).toEqual(['c40']);
  });
  it('at a small budget, still finds chunks holding two of the question words together', async () => {
    const ids = await search(['caffeine', 'sled', 'push'], 5);
    expect(ids[0]).toBe('c40');
    expect(ids.slice(1).sort()).toEqual(['c5', 'c6', 'c7', 'c8']);
  });
});
