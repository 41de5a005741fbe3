import { describe, expect, it } from 'vitest';
import { LocalEmbedder } from '../../src/retrieval/local-embedder.js';
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
