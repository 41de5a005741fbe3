import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../ingest/corpus.js';
import { storeChunks } from '../ingest/store.js';
import type { Db } from '../src/db/db.js';
import { evaluateRetrieval, type EvalReport } from '../src/retrieval/evaluate.js';
import { LearnedEmbedder } from '../src/retrieval/learned-embedder.js';
import { freshDb } from './support/pglite.js';

let db: Db;
let report: EvalReport;
const set = JSON.parse(readFileSync(new URL('../ingest/retrieval-eval.json', import.meta.url), 'utf8')) as {
  question: string;
  source_doc: string;
  section: string;
}[];

beforeAll(async () => {
  db = await freshDb();
  const embedder = new LearnedEmbedder(db);
  await storeChunks({ db, embedder }, loadCorpus(new URL('../research/', import.meta.url).pathname).chunks);
  report = await evaluateRetrieval({ db, embedder }, set);
}, 180_000);
afterAll(async () => {
  await db.close();
});

describe('retrieval on the real knowledge base (local learned embedder, the embedded default)', () => {
  it('has a test set of at least 40 realistic questions, each pointing at a real section', () => {
    expect(set.length).toBeGreaterThanOrEqual(40);
  });
  it('finds the answering section in the top 5 for at least 90 % of questions with hybrid search', () => {
    expect(report.modes.find((m) => m.mode === 'hybrid')!.hit5).toBeGreaterThanOrEqual(0.9);
  });
  it('finds it in the top 5 for at least 85 % with vector search alone (the hashing embedder: 73 %)', () => {
    expect(report.modes.find((m) => m.mode === 'vector')!.hit5).toBeGreaterThanOrEqual(0.85);
  });
  it('ranks the answering section first for at least 75 % of questions with hybrid search', () => {
    expect(report.modes.find((m) => m.mode === 'hybrid')!.hit1).toBeGreaterThanOrEqual(0.75);
  });
  it('is never worse with hybrid search than with the better half alone (hit@1, hit@5, MRR)', () => {
    const [vector, text, hybrid] = ['vector', 'text', 'hybrid'].map((m) => report.modes.find((x) => x.mode === m)!);
    expect(hybrid!.hit1).toBeGreaterThanOrEqual(Math.max(vector!.hit1, text!.hit1));
    expect(hybrid!.mrr).toBeGreaterThanOrEqual(Math.max(vector!.mrr, text!.mrr));
    expect(hybrid!.hit5).toBeGreaterThanOrEqual(Math.max(vector!.hit5, text!.hit5));
  });
});
