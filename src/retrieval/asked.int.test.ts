import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../ingest/corpus.js';
import { storeChunks } from '../../ingest/store.js';
import { freshDb } from '../../tests/support/pglite.js';
import type { Db } from '../db/db.js';
import { migrate, readMigrations } from '../db/migrate.js';
import { LearnedEmbedder } from './learned-embedder.js';
import { retrieve } from './search.js';

const FIXTURES = new URL('../../tests/fixtures/', import.meta.url).pathname;
const ASKED_MIGRATION = '20261201000000';

/** A research folder: the race-day fixture (with asked blocks, or with them removed) beside two documents without any. */
function researchDir(withAsked: boolean): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hx-asked-'));
  for (const f of ['pacing.md', 'nutrition.md']) copyFileSync(path.join(FIXTURES, 'research', f), path.join(dir, f));
  const raceDay = readFileSync(path.join(FIXTURES, 'asked/race-day.md'), 'utf8');
  writeFileSync(path.join(dir, 'race-day.md'), withAsked ? raceDay : raceDay.replace(/<!-- asked:\n[\s\S]*?-->\n\n/g, ''));
  return dir;
}

describe('asked questions in the knowledge base', () => {
  describe('the migration', () => {
    it('adds asked to a database that already holds chunks, and rebuilds fts and knowledge_terms from it (weight C)', async () => {
      const db = await freshDb();
      try {
        // The schema as it was before the migration (the template has every migration applied).
        await db.exec(`drop index knowledge_chunks_fts;
          alter table knowledge_chunks drop column fts;
          alter table knowledge_chunks drop column asked;
          alter table knowledge_chunks add column fts tsvector generated always as
            (setweight(to_tsvector('english', section), 'A') || setweight(to_tsvector('english', content), 'B')) stored;
          create index knowledge_chunks_fts on knowledge_chunks using gin (fts);
          delete from app_migrations where version = '${ASKED_MIGRATION}';`);
        await db.query(
          `insert into knowledge_chunks (id, source_doc, section, content, topic_tags, chunk_index, word_count, token_count, content_hash)
           values ('a--x--0', 'a.md', 'Sled push', 'Drive with the legs.', '{}', 0, 4, 5, 'h')`,
        );
        const before = await db.one<{ fts: string }>('select fts::text as fts from knowledge_chunks');
        const report = await migrate(db, readMigrations());
        expect(report.applied).toEqual([expect.stringMatching(new RegExp(`^${ASKED_MIGRATION}_`))]);
        // With no questions the tsvector is the one the old column held: no ranking changes.
        expect((await db.one<{ fts: string }>('select fts::text as fts from knowledge_chunks'))?.fts).toBe(before?.fts);
        await db.query(`update knowledge_chunks set asked = 'my legs die on the sled'`);
        const fts = (await db.one<{ fts: string }>('select fts::text as fts from knowledge_chunks'))!.fts;
        expect(fts).toMatch(/'die':\d+C/);
        expect(fts).toMatch(/'sled':\d+A,\d+C/);
        const idx = await db.query<{ indexdef: string }>("select indexdef from pg_indexes where tablename = 'knowledge_chunks'");
        expect(idx.some((i) => /using gin \(fts\)/i.test(i.indexdef))).toBe(true);
        expect(await db.one('select doc_count from knowledge_terms where term = $1', ['drive'])).toEqual({ doc_count: 1 });
      } finally {
        await db.close();
      }
    });
  });

  describe('ingest and search', () => {
    let db: Db;
    let dir: string;
    beforeAll(async () => {
      db = await freshDb();
      dir = researchDir(true);
      await storeChunks({ db, embedder: new LearnedEmbedder(db) }, loadCorpus(dir).chunks);
    });
    afterAll(async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('stores each chunk of a section with its questions, never in the content, and counts their words in knowledge_terms', async () => {
      const rows = await db.query<{ id: string; asked: string; content: string }>('select id, asked, content from knowledge_chunks order by id');
      expect(rows.find((r) => r.id === 'race-day--arrival-and-registration--0')?.asked).toBe(
        'what time should i rock up to the venue\nhow early before my heat do i need to be there\nwhen do the doors open',
      );
      expect(rows.filter((r) => r.asked !== '').map((r) => r.id)).toEqual([
        'race-day--arrival-and-registration--0',
        'race-day--warm-up-cold-venues--0',
      ]);
      for (const r of rows) expect(r.content).not.toMatch(/<!--|asked:/);
      expect(await db.one('select doc_count from knowledge_terms where term = $1', ['door'])).toEqual({ doc_count: 1 });
    });

    it.each(['hybrid', 'text', 'vector'] as const)(
      'finds first the section whose asked line holds the words of a question its heading and body never use (%s)',
      async (mode) => {
        const [top] = await retrieve({ db, embedder: new LearnedEmbedder(db) }, 'when do the doors open?', { mode });
        expect(top?.section).toBe('Arrival and registration');
        expect(top?.asked).toContain('when do the doors open');
        expect(top?.content).not.toMatch(/doors/);
      },
    );

    it('leaves passages of sections without questions without the field', async () => {
      const hits = await retrieve({ db, embedder: new LearnedEmbedder(db) }, 'start wave timing mat horn', { k: 3 });
      expect(hits[0]?.section).toBe('Start waves');
      expect(hits[0]).not.toHaveProperty('asked');
    });

    it('without the asked block, the same question does not find that section by full text', async () => {
      const plainDb = await freshDb();
      const plainDir = researchDir(false);
      try {
        await storeChunks({ db: plainDb, embedder: new LearnedEmbedder(plainDb) }, loadCorpus(plainDir).chunks);
        const hits = await retrieve({ db: plainDb, embedder: new LearnedEmbedder(plainDb) }, 'when do the doors open?', { mode: 'text' });
        expect(hits.map((h) => h.section)).not.toContain('Arrival and registration');
      } finally {
        await plainDb.close();
        rmSync(plainDir, { recursive: true, force: true });
      }
    });
  });
});
