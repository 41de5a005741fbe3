import { describe, expect, it } from 'vitest';
import type { Embedder } from '../../src/retrieval/embedder.js';

const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);
const norm = (a: number[]) => Math.sqrt(dot(a, a));

/** What every Embedder must do, registered once per implementation. */
export function embedderContract(name: string, make: () => Promise<{ embedder: Embedder; close(): Promise<void> }>) {
  describe(`Embedder contract: ${name}`, () => {
    it('returns one vector of the table dimension per text, in order', async () => {
      const { embedder, close } = await make();
      try {
        const texts = ['sled push technique', 'protein per kg', 'pacing the 1 km runs'];
        const vs = await embedder.embed(texts);
        expect(vs).toHaveLength(3);
        for (const v of vs) expect(v).toHaveLength(embedder.dimensions);
        expect(embedder.dimensions).toBe(1536);
        const again = await embedder.embed([texts[2]!]);
        expect(again[0]!.map((x) => x.toFixed(6))).toEqual(vs[2]!.map((x) => x.toFixed(6)));
      } finally {
        await close();
      }
    });
    it('embeds more than one batch (100) of texts', async () => {
      const { embedder, close } = await make();
      try {
        const texts = Array.from({ length: 230 }, (_, i) => `passage number ${i} about wall balls`);
        const vs = await embedder.embed(texts);
        expect(vs).toHaveLength(230);
        expect(Math.abs(norm(vs[229]!) - 1)).toBeLessThan(1e-3);
      } finally {
        await close();
      }
    });
    it('names its model (stored with every chunk)', async () => {
      const { embedder, close } = await make();
      try {
        expect(embedder.model.length).toBeGreaterThan(0);
      } finally {
        await close();
      }
    });
  });
}
