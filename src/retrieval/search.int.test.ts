import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../ingest/corpus.js';
import { storeChunks } from '../../ingest/store.js';
import { freshDb } from '../../tests/support/pglite.js';
import type { Db } from '../db/db.js';
import { LocalEmbedder } from './local-embedder.js';
import { retrieve } from './search.js';

let db: Db;
const embedder = new LocalEmbedder();
beforeAll(async () => {
  db = await freshDb();
  await storeChunks({ db, embedder }, loadCorpus(new URL('../../tests/fixtures/research/', import.meta.url).pathname).chunks);
});
afterAll(async () => {
  await db.close();
});

describe('retrieve', () => {
  it('puts the passage that answers the question first, in every mode', async () => {
    for (const mode of ['hybrid', 'vector', 'text'] as const) {
      const [best] = await retrieve({ db, embedder }, 'how much protein should I eat daily', { mode, k: 3 });
      expect({ mode, doc: best?.sourceDoc, section: best?.section }).toEqual({ mode, doc: 'nutrition.md', section: 'Protein' });
    }
  });

  it('returns at most k passages, best first', async () => {
    const hits = await retrieve({ db, embedder }, 'pace the runs and the roxzone', { k: 2 });
    expect(hits).toHaveLength(2);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
  });

  describe('when limited to some documents', () => {
    it('searches only those', async () => {
      const hits = await retrieve({ db, embedder }, 'how much protein should I eat daily', { sourceDocs: ['pacing.md'], k: 5 });
      expect(hits.length).toBeGreaterThan(0);
      expect(new Set(hits.map((h) => h.sourceDoc))).toEqual(new Set(['pacing.md']));
    });
  });

  it('gives the same answer to the same question', async () => {
    const a = await retrieve({ db, embedder }, 'carbohydrate before the race', { k: 4 });
    const b = await retrieve({ db, embedder }, 'carbohydrate before the race', { k: 4 });
    expect(b.map((h) => h.id)).toEqual(a.map((h) => h.id));
  });
});
