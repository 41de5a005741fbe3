import type { Athlete } from '../src/db/athletes.js';
import { getChunks } from '../src/db/knowledge.js';
import { answerQuestion, recordAnswer, type CoachDeps } from '../src/coach/answer.js';
import type { EvalCase } from './cases.js';
import type { Passage } from './passages.js';
import { OFFLINE_MODEL } from '../src/coach/writers/offline-writer.js';

export interface Asked {
  /** The full answer as a member sees it (body and footer). */
  text: string;
  model: string;
  degraded: boolean;
  /** The exact request messages the pipeline built for the LLM (also built on the offline path). */
  messages: { role: string; content: string }[];
  /** The knowledge passages in that request, in prompt order. */
  passages: Passage[];
  /** Whether the request carried computed engine figures. */
  figuresShown: boolean;
}

/** Lines of the figures block that state context, not an engine's output. */
const CONTEXT_LINE = /^(division|level|data used|\(none)/i;

/**
 * Whether the `<figures>` block of the system message carries engine output (a prediction, a
 * pacing plan, a week, load, readiness, a workout…); the division/level and "Data used" lines
 * alone do not count, nor does a request without the block. Undefined when no system prompt was
 * recorded.
 */
export function figuresInPrompt(messages: { role: string; content: string }[]): boolean | undefined {
  const system = messages.find((m) => m.role === 'system')?.content;
  if (system === undefined) return undefined;
  const m = /<figures>\n?([\s\S]*?)\n?<\/figures>/.exec(system);
  if (!m) return false;
  return m[1]!
    .split('\n')
    .map((l) => l.trim())
    .some((l) => l !== '' && !CONTEXT_LINE.test(l));
}

/**
 * THE one place the eval touches the answer pipeline: when answerQuestion's signature or result
 * changes, only this function changes.
 */
export async function askCoach(deps: CoachDeps, athlete: Athlete, c: EvalCase, opts: { sourceId: string; model?: string }): Promise<Asked> {
  const answer = await answerQuestion(deps, athlete, c.question, { sourceId: opts.sourceId, history: c.history, model: opts.model });
  await recordAnswer(deps.db, answer);
  const turns = answer.record.messages ?? [];
  const messages = turns.length > 0 && turns.at(-1)!.role === 'assistant' ? turns.slice(0, -1) : turns;
  const rows = await getChunks(deps.db, answer.chunkIds);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const passages = answer.chunkIds.map((id) => {
    const r = byId.get(id);
    return { id, sourceDoc: r?.source_doc ?? '?', section: r?.section ?? '?', content: r?.content ?? '' };
  });
  return {
    text: answer.text,
    model: answer.model,
    degraded: answer.degraded,
    messages,
    passages,
    // On the LLM path figures can also arrive as tool results; the offline writer's engines are not in the request.
    figuresShown: (figuresInPrompt(messages) ?? false) || (answer.model !== OFFLINE_MODEL && answer.tools.length > 0),
  };
}
