import type { Queryable } from '../db/db.js';
import type { Embedder } from './embedder.js';
import { retrieve } from './search.js';

export interface EvalQuestion {
  question: string;
  source_doc: string;
  section: string;
}
export interface ModeScore {
  mode: 'vector' | 'text' | 'hybrid';
  hit1: number;
  hit5: number;
  mrr: number;
}
export interface EvalReport {
  questions: number;
  modes: ModeScore[];
  misses: { mode: string; question: string; want: string; got: string[] }[];
}

/** A retrieved chunk answers a question when it is from the expected document and section (or a sub-section of it). */
export function answers(hit: { sourceDoc: string; section: string }, q: EvalQuestion): boolean {
  if (hit.sourceDoc !== q.source_doc) return false;
  const want = q.section.toLowerCase();
  return (
    hit.section
      .toLowerCase()
      .split(/ > |; /)
      .some((part) => part === want) || hit.section.toLowerCase().startsWith(want)
  );
}

/** hit@1, hit@5 and MRR@10 per retrieval mode. */
export async function evaluateRetrieval(ctx: { db: Queryable; embedder: Embedder }, set: EvalQuestion[]): Promise<EvalReport> {
  const modes: ModeScore[] = [];
  const misses: EvalReport['misses'] = [];
  for (const mode of ['vector', 'text', 'hybrid'] as const) {
    let hit1 = 0;
    let hit5 = 0;
    let rr = 0;
    for (const q of set) {
      const hits = await retrieve(ctx, q.question, { k: 10, mode });
      const rank = hits.findIndex((h) => answers(h, q)) + 1;
      if (rank === 1) hit1 += 1;
      if (rank >= 1 && rank <= 5) hit5 += 1;
      if (rank >= 1) rr += 1 / rank;
      if (rank === 0 || rank > 5)
        misses.push({
          mode,
          question: q.question,
          want: `${q.source_doc} › ${q.section}`,
          got: hits.slice(0, 3).map((h) => `${h.sourceDoc} › ${h.section}`),
        });
    }
    modes.push({ mode, hit1: hit1 / set.length, hit5: hit5 / set.length, mrr: rr / set.length });
  }
  return { questions: set.length, modes, misses };
}
