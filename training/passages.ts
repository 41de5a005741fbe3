import { createHash } from 'node:crypto';
import { embedText } from '../src/retrieval/local-embedder.js';
import type { RetrievedChunk } from '../src/retrieval/search.js';
import { support } from './cite.js';

export interface ChunkLike {
  id: string;
  source_doc: string;
  section: string;
  content: string;
  topic_tags: string[];
}

/** A deterministic number in [0, 1) from a string (the dataset is the same on every build). */
export function unit(seed: string): number {
  return parseInt(createHash('sha256').update(seed).digest('hex').slice(0, 8), 16) / 0x1_0000_0000;
}

/** Passages as production's retrieval returns them (rank order = score order). */
export function asRetrieved(chunks: ChunkLike[]): RetrievedChunk[] {
  return chunks.map((c, i) => ({
    id: c.id,
    sourceDoc: c.source_doc,
    section: c.section,
    content: c.content,
    topicTags: c.topic_tags,
    score: 1 / (i + 1),
  }));
}

/** The knowledge base in memory, embedded with the local embedder (cosine nearest). */
export class PassageIndex {
  private readonly vecs: number[][];
  constructor(readonly chunks: ChunkLike[]) {
    this.vecs = chunks.map((c) => embedText(`${c.section}\n${c.content}`, 1536));
  }

  ranked(text: string): { chunk: ChunkLike; score: number }[] {
    const q = embedText(text, 1536);
    const dot = (v: number[]) => {
      let a = 0;
      for (let j = 0; j < v.length; j++) a += v[j]! * q[j]!;
      return a;
    };
    return this.chunks.map((chunk, i) => ({ chunk, score: dot(this.vecs[i]!) })).sort((a, b) => b.score - a.score);
  }

  /** The chunk a verbatim excerpt was taken from (the gold RAG examples quote one). */
  source(excerpt: string): ChunkLike | undefined {
    const first =
      excerpt
        .split('\n\n')
        .map((x) => x.trim())
        .find((x) => x.length > 40) ?? excerpt.trim();
    return this.chunks.find((c) => c.content.includes(first.slice(0, 200)));
  }
}

export interface Chosen {
  chunk: ChunkLike;
  onTopic: boolean;
}

/**
 * 3–5 passages for one example, as retrieval would hand them over: the chunks the answer drew on
 * (the quoted excerpt, else the nearest chunks that support a sentence of the answer), and 1–2
 * off-topic distractors from other documents that the answer must ignore. Order is shuffled
 * deterministically so the useful passage is not always [1].
 */
export function choosePassages(
  index: PassageIndex,
  e: { id: string; question: string; answer: string; sourceDoc: string; quoted?: ChunkLike[] },
): Chosen[] {
  const onTopic: ChunkLike[] = [...(e.quoted ?? [])];
  // Finish times the answer quotes from the research (records, worked predictions): the chunks that state them come first.
  const times = [...new Set(e.answer.match(/\b[0-2]:[0-5]\d:[0-5]\d\b/g) ?? [])].filter((t) => !e.question.includes(t));
  // Each ranking once: by question and answer (the passages the answer drew on), by question alone (the distractors).
  const near = index.ranked(`${e.question}\n${e.answer}`);
  let byQuestion: ReturnType<PassageIndex['ranked']> | undefined;
  const rankedByQuestion = () => (byQuestion ??= index.ranked(e.question));
  for (const { chunk } of near) {
    if (onTopic.length >= 2 || times.length === 0) break;
    if (!onTopic.some((c) => c.id === chunk.id) && times.some((t) => chunk.content.includes(t))) onTopic.push(chunk);
  }
  const wanted = Math.min(3, onTopic.length + 1 + (unit(`more:${e.id}`) < 0.5 ? 1 : 0));
  const sentences = e.answer.split(/\n+|(?<=[.!?])\s+/).filter((s) => s.split(/\s+/).length >= 6);
  for (const { chunk } of near.slice(0, 12)) {
    if (onTopic.length >= wanted) break;
    if (onTopic.some((c) => c.id === chunk.id)) continue;
    if (e.sourceDoc !== 'cross_topic' && onTopic.length === 0 && chunk.source_doc !== e.sourceDoc) continue;
    if (sentences.some((s) => support(s, chunk.content).shared >= 5)) onTopic.push(chunk);
  }
  if (onTopic.length === 0) onTopic.push(rankedByQuestion()[0]!.chunk);
  const docs = new Set(onTopic.map((c) => c.source_doc));
  const far = rankedByQuestion()
    .slice(-Math.floor(index.chunks.length / 2))
    .filter((x) => !docs.has(x.chunk.source_doc) && x.chunk.source_doc !== e.sourceDoc);
  const distractors: ChunkLike[] = [];
  const nOff = Math.max(1, Math.min(5 - onTopic.length, unit(`off:${e.id}`) < 0.5 ? 1 : 2, 5));
  for (let k = 0; distractors.length < nOff && k < far.length; k++) {
    const pick = far[Math.floor(unit(`d${k}:${e.id}`) * far.length)]!.chunk;
    if (!distractors.some((d) => d.id === pick.id)) distractors.push(pick);
  }
  while (onTopic.length + distractors.length < 3 && far.length) distractors.push(far[distractors.length]!.chunk);
  const all: Chosen[] = [...onTopic.map((chunk) => ({ chunk, onTopic: true })), ...distractors.map((chunk) => ({ chunk, onTopic: false }))];
  return all
    .map((c) => ({ c, k: unit(`order:${e.id}:${c.chunk.id}`) + (c.onTopic ? -0.35 : 0) }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.c);
}
