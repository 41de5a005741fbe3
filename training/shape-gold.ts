import type { Workout } from '../src/db/workouts.js';
import { divisionIn, engineContext, syntheticAthlete, TODAY, toolCallsFor } from './engine-context.js';
import type { GoldContext } from './gold.js';
import { RAG_HEADER, type Example } from './example.js';
import { choosePassages, unit, type PassageIndex } from './passages.js';
import { shapeExample } from './shape.js';

const FIGURE = /\b\d{1,2}:\d{2}(?::\d{2})?\b|\b\d+ min\b/g;

/** The figures fit the answer when the answer quotes at least two of their times or durations (and a third of its own). */
function figuresFit(answer: string, figures: string): boolean {
  const a = new Set(answer.match(FIGURE) ?? []);
  const f = new Set(figures.match(FIGURE) ?? []);
  let shared = 0;
  for (const x of a) if (f.has(x)) shared += 1;
  return shared >= 2 && shared >= a.size / 3;
}

/** Logged sessions of a written example as workout rows dated back from the build's fixed today. */
export function workoutsOf(ctx: GoldContext | undefined): Workout[] {
  return (ctx?.logs ?? [])
    .map((l, i) => {
      const date = new Date(Date.parse(`${TODAY}T00:00:00Z`) - l.daysAgo * 86_400_000).toISOString().slice(0, 10);
      return {
        id: `${i}`,
        athleteId: 'a',
        sourceId: `s${i}`,
        date,
        sessionType: l.type,
        durationMin: l.min,
        rpe: l.rpe,
        rpePre: l.rpePre ?? null,
        distanceKm: null,
        notes: null,
        prescribed: null,
        completed: null,
        createdAt: date,
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * A written (gold or reviewed) conversation in the inference shape: its quoted excerpt (RAG
 * examples) becomes one of 3–5 numbered passages with distractors; the athlete block carries
 * what the member said about themselves (division); when the engines compute the figures the
 * answer quotes, they come as a <figures> block or, for about half, as tool calls and results.
 */
export function shapeWritten(e: Example, index: PassageIndex): Example {
  const system = e.messages[0]?.role === 'system' ? e.messages[0].content : '';
  const turns = e.messages.filter((m) => m.role === 'user' || (m.role === 'assistant' && m.content));
  const pairs: { question: string; answer: string }[] = [];
  for (let i = 0; i + 1 < turns.length; i += 2) pairs.push({ question: turns[i]!.content, answer: turns[i + 1]!.content });
  const last = pairs.at(-1)!;
  const ragAt = system.indexOf(RAG_HEADER);
  const excerpt =
    ragAt >= 0
      ? system
          .slice(ragAt + RAG_HEADER.length)
          .replace(/^\s*---\n/, '')
          .replace(/\n---\s*$/, '')
      : '';
  const quoted = excerpt ? [index.source(excerpt)].filter((c) => c !== undefined) : [];
  const userText = pairs.map((p) => p.question).join('\n');
  const division = e.context?.athlete?.division ?? divisionIn(userText);
  const profile = { ...e.context?.athlete, division: division ?? null };
  const ctx = engineContext(userText, syntheticAthlete(profile), workoutsOf(e.context));
  // Figures go in when the answer uses them (or when the example is set in logged data: production sends them then).
  const fit = ctx.figuresText !== '' && (figuresFit(last.answer, ctx.figuresText) || Boolean(e.context?.logs?.length));
  // Tool calls sit after the last question, so earlier answers in the history could not have used them: multi-turn examples get the figures block.
  const calls = fit && pairs.length === 1 && unit(`tools:${e.id}`) < 0.5 ? toolCallsFor(ctx, userText) : undefined;
  const passages = choosePassages(index, { id: e.id, question: last.question, answer: last.answer, sourceDoc: e.source_doc, quoted });
  const shaped = shapeExample({
    id: e.id,
    question: last.question,
    history: pairs.slice(0, -1),
    answer: last.answer,
    passages,
    athleteBlock: ctx.athleteBlock,
    figures: fit && !calls ? ctx.figuresText : '',
    toolCalls: calls,
  });
  return { ...e, messages: shaped.messages, tools: shaped.tools };
}
