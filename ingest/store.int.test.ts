import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from '../tests/support/pglite.js';
import type { Db } from '../src/db/db.js';
import { LocalEmbedder } from '../src/retrieval/local-embedder.js';
import type { Embedder } from '../src/retrieval/embedder.js';
import { retrieve } from '../src/retrieval/search.js';
import { loadCorpus } from './corpus.js';
import { storeChunks } from './store.js';

/** Counts what it embeds, so tests can assert "embeds nothing". */
class CountingEmbedder implements Embedder {
  embedded = 0;
  constructor(
    private readonly inner: Embedder,
    readonly model = inner.model,
  ) {}
  get dimensions() {
    return this.inner.dimensions;
  }
  async embed(texts: string[]) {
    this.embedded += texts.length;
    return this.inner.embed(texts);
  }
}

const FIXTURES = new URL('../tests/fixtures/research/', import.meta.url).pathname;
let db: Db;
let dir: string;
beforeAll(async () => {
  db = await freshDb();
  dir = mkdtempSync(path.join(os.tmpdir(), 'hx-research-'));
  for (const f of ['pacing.md', 'nutrition.md']) writeFileSync(path.join(dir, f), readFileSync(path.join(FIXTURES, f)));
});
afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

const ids = async () => (await db.query<{ id: string }>('select id from knowledge_chunks order by id')).map((r) => r.id);

describe('storeChunks', () => {
  it('adds every chunk on the first run, then embeds nothing when nothing changed', async () => {
    const embedder = new CountingEmbedder(new LocalEmbedder());
    const first = await storeChunks({ db, embedder }, loadCorpus(dir).chunks);
    expect(first.added).toBeGreaterThan(0);
    expect(first.removed).toBe(0);
    const again = await storeChunks({ db, embedder }, loadCorpus(dir).chunks);
    expect(again).toEqual({ added: 0, updated: 0, unchanged: first.added, removed: 0, tokensEmbedded: 0 });
    expect(embedder.embedded).toBe(first.added);
  });

  it('leaves the full-text index with nothing pending on the embedded database (no autovacuum will merge it)', async () => {
    await storeChunks({ db, embedder: new LocalEmbedder() }, loadCorpus(dir).chunks);
    // Pages moved from the GIN pending list into the index proper: 0 when ingest already merged them.
    const flushed = await db.one<{ pages: number }>("select gin_clean_pending_list('knowledge_chunks_fts'::regclass)::int as pages");
    expect(flushed?.pages).toBe(0);
  });

  describe('when one section is edited and another deleted', () => {
    it('re-embeds only the edited chunk and removes the deleted one', async () => {
      const embedder = new CountingEmbedder(new LocalEmbedder());
      const before = await ids();
      const edited = readFileSync(path.join(dir, 'nutrition.md'), 'utf8')
        .replace('Eat 1.4–2.0 g', 'Eat about 1.4–2.0 g')
        .replace(/## Carbohydrate[\s\S]*$/, '');
      writeFileSync(path.join(dir, 'nutrition.md'), edited);
      const s = await storeChunks({ db, embedder }, loadCorpus(dir).chunks);
      expect(s).toMatchObject({ added: 0, updated: 1, removed: 1 });
      expect(embedder.embedded).toBe(1);
      expect(before.filter((id) => !id.includes('carbohydrate'))).toEqual(await ids());
    });
  });

  describe('when the embedding model changes', () => {
    it('re-embeds every chunk and records the new model', async () => {
      const embedder = new CountingEmbedder(new LocalEmbedder('local-hash-v2'));
      const s = await storeChunks({ db, embedder }, loadCorpus(dir).chunks);
      expect(s.updated).toBe((await ids()).length);
      const models = await db.query<{ embedding_model: string }>('select distinct embedding_model from knowledge_chunks');
      expect(models).toEqual([{ embedding_model: 'local-hash-v2' }]);
    });
  });

  describe('when embedding fails midway', () => {
    it('leaves the stored knowledge base exactly as it was', async () => {
      const snapshot = await db.query('select id, content_hash, embedding_model from knowledge_chunks order by id');
      const failing: Embedder = {
        model: 'other-model',
        dimensions: 1536,
        embed: async () => {
          throw new Error('network down');
        },
      };
      await expect(storeChunks({ db, embedder: failing }, loadCorpus(dir).chunks)).rejects.toThrow('network down');
      expect(await db.query('select id, content_hash, embedding_model from knowledge_chunks order by id')).toEqual(snapshot);
    });
  });

  describe('when a document is malformed', () => {
    it('refuses the whole ingest with the file named, before any write', () => {
      writeFileSync(path.join(dir, 'broken.md'), '# No sections here\n\njust text');
      writeFileSync(path.join(dir, 'empty.md'), '');
      try {
        expect(() => loadCorpus(dir)).toThrow(/broken\.md has no ## headings[\s\S]*empty\.md is empty/);
      } finally {
        rmSync(path.join(dir, 'broken.md'));
        rmSync(path.join(dir, 'empty.md'));
      }
    });
  });
});

describe('retrieve', () => {
  beforeAll(async () => {
    await storeChunks({ db, embedder: new LocalEmbedder() }, loadCorpus(dir).chunks);
  });
  const ctx = () => ({ db, embedder: new LocalEmbedder() });

  it('finds the passage that answers a question, best first, with scores', async () => {
    const hits = await retrieve(ctx(), 'how much protein should I eat per day?', { k: 3 });
    expect(hits[0]!.section).toBe('Protein');
    expect(hits[0]!.score).toBeGreaterThan(hits[hits.length - 1]!.score - 1e-9);
  });
  it('fuses vector and text ranks (a hit found by both outranks one found by either alone)', async () => {
    const hits = await retrieve(ctx(), 'Roxzone transition time', { k: 5 });
    const top = hits[0]!;
    expect(top.section).toMatch(/Roxzone/);
    expect(top.vectorRank).toBeDefined();
    expect(top.textRank).toBeDefined();
    for (const h of hits.slice(1)) expect(top.score).toBeGreaterThanOrEqual(h.score);
  });
  it('filters by tags and by source document', async () => {
    const byDoc = await retrieve(ctx(), 'pace', { sourceDocs: ['nutrition.md'] });
    expect(byDoc.every((h) => h.sourceDoc === 'nutrition.md')).toBe(true);
    const byTag = await retrieve(ctx(), 'grams per kg', { tags: ['roxzone'] });
    expect(byTag.every((h) => h.topicTags.includes('roxzone'))).toBe(true);
  });
  describe('when the query is unusable', () => {
    it.each([
      ['x'.repeat(5000), /under 4,000/],
      ['?!?! ... !!!', /in words/],
      ['   ', /in words/],
    ])('says so clearly (%#)', async (q, message) => {
      await expect(retrieve(ctx(), q)).rejects.toThrow(message);
    });
  });
});
