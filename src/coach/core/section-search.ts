import { contentWords } from '../../domain/text.js';
import type { RetrievedChunk } from '../../retrieval/search.js';

/**
 * BM25 over the knowledge sections with the section title counted as extra text (pure). The
 * knowledge base is a few hundred sections, so the whole index lives in memory; its ranking is
 * fused with the database's hybrid search, where a title that names the question's subject
 * ("The eight stations in order", "Weights and targets per division") is the strongest signal.
 */
export interface SectionIndex {
  chunks: RetrievedChunk[];
  docs: Map<string, number>[];
  lengths: number[];
  avgLength: number;
  df: Map<string, number>;
}

/** Title words count this many times. */
const TITLE_WEIGHT = 4;
const K1 = 1.2;
const B = 0.6;

export function buildSectionIndex(chunks: RetrievedChunk[]): SectionIndex {
  const docs = chunks.map((c) => {
    const tf = new Map<string, number>();
    for (const w of contentWords(c.content)) tf.set(w, (tf.get(w) ?? 0) + 1);
    for (const w of contentWords(c.section)) tf.set(w, (tf.get(w) ?? 0) + TITLE_WEIGHT);
    return tf;
  });
  const lengths = docs.map((d) => [...d.values()].reduce((a, b) => a + b, 0));
  const df = new Map<string, number>();
  for (const d of docs) for (const w of d.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  return { chunks, docs, lengths, avgLength: lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length), df };
}

/** Inverse document frequency of a word in the index (0 for words in most sections). */
export function idf(index: SectionIndex, w: string): number {
  const n = index.docs.length;
  const df = index.df.get(w) ?? 0;
  return Math.max(0, Math.log((n - df + 0.5) / (df + 0.5)));
}

export function searchSections(index: SectionIndex, query: string, k = 20): RetrievedChunk[] {
  const terms = [...new Set(contentWords(query))];
  const scored = index.docs
    .map((tf, i) => {
      let s = 0;
      for (const w of terms) {
        const f = tf.get(w);
        if (!f) continue;
        s += idf(index, w) * ((f * (K1 + 1)) / (f + K1 * (1 - B + (B * index.lengths[i]!) / index.avgLength)));
      }
      return { i, s };
    })
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s)
    .slice(0, k);
  return scored.map(({ i, s }) => ({ ...index.chunks[i]!, score: s }));
}

/** A gentler weight for matching a question's words inside passages: log(1 + N / df); 0 for words no section has. */
export function termWeight(index: SectionIndex, w: string): number {
  const df = index.df.get(w) ?? 0;
  return df === 0 ? 0 : Math.log(1 + index.docs.length / df);
}

/** Reciprocal rank fusion of several rankings (same chunk ids), best first. */
export function fuseRankings(lists: RetrievedChunk[][], weights: number[] = lists.map(() => 1), k = 60): RetrievedChunk[] {
  const fused = new Map<string, RetrievedChunk>();
  lists.forEach((list, li) =>
    list.forEach((c, rank) => {
      const hit = fused.get(c.id) ?? { ...c, score: 0 };
      hit.score += weights[li]! / (k + rank + 1);
      fused.set(c.id, hit);
    }),
  );
  return [...fused.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
