import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalEmbedder } from '../../src/retrieval/local-embedder.js';
import { OpenAIEmbedder } from '../../src/retrieval/openai-embedder.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { embedderContract } from './embedder.contract.js';

embedderContract('local hashing embedder', async () => ({ embedder: new LocalEmbedder(), close: async () => undefined }));

describe('LocalEmbedder', () => {
  const cos = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);
  it('puts paraphrases closer than unrelated text', async () => {
    const [q, near, far] = await new LocalEmbedder().embed([
      'how should I pace my 1 km runs',
      'Pacing the runs: hold an even pace per kilometre across the eight runs',
      'Daily protein intake of 1.6 g per kg of body weight',
    ]);
    expect(cos(q!, near!)).toBeGreaterThan(cos(q!, far!) + 0.1);
  });
  it('treats "wall ball" and "wallballs" as the same word', async () => {
    const [a, b] = await new LocalEmbedder().embed(['wall ball pacing', 'wallballs pacing']);
    expect(cos(a!, b!)).toBeGreaterThan(0.9);
  });
});

describe('OpenAIEmbedder against an OpenAI-compatible server on 127.0.0.1', () => {
  let server: FakeOpenAI;
  beforeAll(async () => {
    server = await startFakeOpenAI();
  });
  afterAll(async () => {
    await server.close();
  });
  const make = (model = 'text-embedding-3-small') =>
    new OpenAIEmbedder({ baseUrl: server.url, apiKey: 'test-key', model, dimensions: 1536, maxRetries: 3, timeoutMs: 5000 });

  it('sends batches of at most 100 texts with the model and dimensions', async () => {
    const before = server.calls.length;
    await make().embed(Array.from({ length: 250 }, (_, i) => `text ${i}`));
    const batches = server.calls
      .slice(before)
      .filter((c) => c.path === '/embeddings')
      .map((c) => c.body as { input: string[]; model: string; dimensions: number });
    expect(batches.map((b) => b.input.length)).toEqual([100, 100, 50]);
    expect(batches.every((b) => b.model === 'text-embedding-3-small' && b.dimensions === 1536)).toBe(true);
  });
  describe('when the server answers 429 or 500', () => {
    it('retries with backoff and succeeds', async () => {
      server.queueEmbeddingFault(429);
      server.queueEmbeddingFault(500);
      const [v] = await make().embed(['sled push']);
      expect(v).toHaveLength(1536);
    });
  });
  describe('when the model returns vectors of another size', () => {
    it('fails with a message that names the table dimension and the fix', async () => {
      server.forceDimensions(3072);
      try {
        await expect(make('text-embedding-3-large').embed(['x'])).rejects.toThrow(/3072 dimensions.*vector\(1536\).*EMBEDDINGS_MODEL/);
      } finally {
        server.forceDimensions(undefined);
      }
    });
  });
});

embedderContract('OpenAI-compatible API (local server)', async () => {
  const server = await startFakeOpenAI();
  return {
    embedder: new OpenAIEmbedder({ baseUrl: server.url, apiKey: 'k', model: 'text-embedding-3-small', dimensions: 1536 }),
    close: () => server.close(),
  };
});
