import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/db.js';
import { countChunks } from '../../src/db/knowledge.js';
import type { Embedder } from '../../src/retrieval/embedder.js';
import { activeModelId } from '../../src/db/embedding-models.js';
import { LEARNED_KIND, LearnedEmbedder } from '../../src/retrieval/learned-embedder.js';
import { retrieve } from '../../src/retrieval/search.js';
import { loadCorpus } from '../../ingest/corpus.js';
import { storeChunks } from '../../ingest/store.js';
import { freshDb } from '../support/pglite.js';
import { embedderContract } from './embedder.contract.js';

const FIXTURES = new URL('../fixtures/research/', import.meta.url).pathname;
const cos = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

// One database for the contract's tests (each gets a new embedder, learned from the fixtures).
let contractDb: Db | undefined;
afterAll(async () => {
  await contractDb?.close();
});
embedderContract('local learned embedder (PGlite)', async () => {
  contractDb ??= await freshDb();
  const embedder = new LearnedEmbedder(contractDb);
  await embedder.prepare(loadCorpus(FIXTURES).chunks.map((c) => c.embed_text));
  return { embedder, close: async () => undefined };
});

describe('LearnedEmbedder', () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb();
  });
  afterAll(async () => {
    await db.close();
  });

  describe('when words keep the same company in the corpus', () => {
    it('puts a question near a passage it shares no word with', async () => {
      const e = new LearnedEmbedder(db);
      const corpus = [
        ...Array.from({ length: 8 }, (_, i) => `DOMS is the muscle soreness that peaks a day or two after eccentric work, case ${i}.`),
        ...Array.from({ length: 8 }, (_, i) => `Muscle soreness after eccentric lunges fades with easy movement and sleep, case ${i}.`),
        ...Array.from({ length: 8 }, (_, i) => `Carbohydrate loading fills glycogen stores before a long race, case ${i}.`),
        ...Array.from({ length: 8 }, (_, i) => `Sled push technique needs a low body angle and short steps, case ${i}.`),
      ];
      await e.prepare(corpus);
      const [q, near, far] = await e.embed(['doms', 'muscle soreness after lunges', 'glycogen loading before a long race']);
      // Only the learned part (0.4 of the vector) can relate them: the words share nothing.
      expect(cos(q!, near!)).toBeGreaterThan(cos(q!, far!) + 0.05);
    });
  });
  describe('when another process opens the same database', () => {
    it('embeds queries with the stored model and the same model id as the chunks', async () => {
      const chunks = loadCorpus(FIXTURES).chunks;
      const ingestSide = new LearnedEmbedder(db);
      await storeChunks({ db, embedder: ingestSide }, chunks);
      const answerSide = new LearnedEmbedder(db);
      const [v] = await answerSide.embed(['how should I pace my 1 km runs']);
      expect(answerSide.model).toBe(ingestSide.model);
      expect(answerSide.model).toMatch(/^local-ppmi-v1:[0-9a-f]{12}$/);
      const [w] = await ingestSide.embed(['how should I pace my 1 km runs']);
      expect(cos(v!, w!)).toBeGreaterThan(0.999);
      const hits = await retrieve({ db, embedder: answerSide }, 'how should I pace my 1 km runs', { mode: 'vector' });
      expect(hits[0]!.section).toMatch(/Run pacing/);
      expect(hits.length).toBeGreaterThan(0);
    });
  });
  describe('when the corpus changes', () => {
    it('learns a new model id and re-embeds every chunk with it', async () => {
      const e = new LearnedEmbedder(db);
      const chunks = loadCorpus(FIXTURES).chunks;
      await storeChunks({ db, embedder: e }, chunks);
      const first = e.model;
      const edited = chunks.map((c, i) =>
        i === 0 ? { ...c, embed_text: `${c.embed_text} Extra sentence on tempo runs.`, content_hash: 'changed' } : c,
      );
      const s = await storeChunks({ db, embedder: e }, edited);
      expect(e.model).not.toBe(first);
      expect(s.added + s.updated).toBe(await countChunks(db));
      const models = await db.query<{ m: string }>('select distinct embedding_model as m from knowledge_chunks');
      expect(models.map((r) => r.m)).toEqual([e.model]);
    });
  });
  describe('when the corpus changes and the ingest re-embeds', () => {
    /** The embedder as ingest sees it, with `embed` replaced (to watch or to fail). */
    const forwarding = (e: LearnedEmbedder, embed: (texts: string[]) => Promise<number[][]>): Embedder => ({
      get model() {
        return e.model;
      },
      dimensions: e.dimensions,
      prepare: (texts) => e.prepare(texts),
      activate: (q) => e.activate(q),
      embed,
    });
    const edit = (chunks: ReturnType<typeof loadCorpus>['chunks'], note: string) =>
      chunks.map((c, i) => (i === 0 ? { ...c, embed_text: `${c.embed_text} ${note}`, content_hash: note } : c));

    it('keeps the previous model active until every chunk has its new vector', async () => {
      const chunks = loadCorpus(FIXTURES).chunks;
      const first = new LearnedEmbedder(db);
      await storeChunks({ db, embedder: first }, chunks);
      const seen: (string | undefined)[] = [];
      const e = new LearnedEmbedder(db);
      const watching = forwarding(e, async (texts) => {
        seen.push(await activeModelId(db, LEARNED_KIND));
        return e.embed(texts);
      });
      await storeChunks({ db, embedder: watching }, edit(chunks, 'Extra sentence on threshold runs.'));
      expect(e.model).not.toBe(first.model);
      expect(seen.length).toBeGreaterThan(0);
      expect(new Set(seen)).toEqual(new Set([first.model]));
      expect(await activeModelId(db, LEARNED_KIND)).toBe(e.model);
      const models = await db.query<{ m: string }>('select distinct embedding_model as m from knowledge_chunks');
      expect(models.map((r) => r.m)).toEqual([e.model]);
    });

    it('leaves the previous model and chunks in use when embedding fails part way', async () => {
      const chunks = loadCorpus(FIXTURES).chunks;
      const first = new LearnedEmbedder(db);
      await storeChunks({ db, embedder: first }, chunks);
      const e = new LearnedEmbedder(db);
      let calls = 0;
      const failing = forwarding(e, async (texts) => {
        calls += 1;
        if (calls > 1) throw new Error('embedding interrupted');
        return e.embed(texts);
      });
      const many = [...chunks, ...chunks.map((c) => ({ ...c, id: `${c.id}-copy`, embed_text: `${c.embed_text} copy` }))];
      const big = Array.from({ length: Math.ceil(101 / many.length) }, (_, n) => many.map((c) => ({ ...c, id: `${c.id}-${n}` }))).flat();
      await expect(storeChunks({ db, embedder: failing }, edit(big, 'Another sentence on sled pushes.'))).rejects.toThrow('embedding interrupted');
      expect(await activeModelId(db, LEARNED_KIND)).toBe(first.model);
      const reader = new LearnedEmbedder(db);
      const hits = await retrieve({ db, embedder: reader }, 'how should I pace my 1 km runs', { mode: 'vector' });
      expect(reader.model).toBe(first.model);
      expect(hits[0]!.section).toMatch(/Run pacing/);
    });
  });
});
