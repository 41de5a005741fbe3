import { contentWords } from '../domain/text.js';
import type { Embedder } from './embedder.js';

/**
 * The embedded default's embedder: deterministic feature hashing, no model, no download.
 * Features: stemmed content words (weight 1), adjacent word pairs (0.6), and character
 * 4-grams of each word (0.15) so that "pacing"/"paced" and "wallball"/"wall ball" meet.
 * Term frequency is sublinear (1 + ln tf); vectors are L2-normalised, so cosine = dot product.
 */
export class LocalEmbedder implements Embedder {
  constructor(
    readonly model = 'local-hash-v1',
    readonly dimensions = 1536,
  ) {}

  async embed(texts: string[]): Promise<number[][]> {
    return texts.map((t) => embedText(t, this.dimensions));
  }
}

function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function addFeature(vec: Float64Array, feature: string, weight: number): void {
  const h = fnv1a(feature);
  const sign = fnv1a(feature, 0x9747b28c) & 1 ? 1 : -1;
  vec[h % vec.length]! += sign * weight;
}

export function embedText(text: string, dimensions: number): number[] {
  const words = contentWords(text);
  const counts = new Map<string, number>();
  const bump = (f: string, w: number) => counts.set(f, (counts.get(f) ?? 0) + w);
  words.forEach((w, i) => {
    bump(`w:${w}`, 1);
    const next = words[i + 1];
    if (next) bump(`b:${w}_${next}`, 0.6);
    const padded = `^${w}$`;
    if (padded.length > 5) for (let j = 0; j + 4 <= padded.length; j++) bump(`c:${padded.slice(j, j + 4)}`, 0.15);
  });
  const vec = new Float64Array(dimensions);
  for (const [feature, tf] of counts) addFeature(vec, feature, tf <= 1 ? tf : 1 + Math.log(tf));
  let norm = 0;
  for (const v of vec) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  return Array.from(vec, (v) => v / norm);
}
