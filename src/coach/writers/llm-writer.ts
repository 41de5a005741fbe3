import { z } from 'zod';
import type { Logger } from '../../log.js';
import { athleteBlock } from '../athlete-context.js';
import type { ChatModel, ToolSpec } from '../chat-model.js';
import { isEngineCalculation } from '../core/arithmetic.js';
import { figuresText } from '../core/figures.js';
import { selectPassages } from '../core/passages.js';
import { searchSections, type SectionIndex } from '../core/section-search.js';
import { citedChunks } from '../footer.js';
import { UnsafeReply } from '../reply-screen.js';
import { buildPrompt, type BuiltPrompt } from '../prompt.js';
import { toolsFor } from '../tools.js';
import { ASKS_STRUCTURE } from './engine-text.js';
import { writeOffline } from './offline-writer.js';
import type { Writer, WriterInput, Written } from './writer.js';

const SearchKnowledgeInput = z.object({ query: z.string().min(2).max(300).describe('What to look up, in a few words') });
/** Its JSON schema, made once (z.toJSONSchema per answer was a visible share of a job's CPU). */
const SEARCH_KNOWLEDGE_PARAMETERS = z.toJSONSchema(SearchKnowledgeInput) as Record<string, unknown>;

/** A knowledge search over the whole knowledge base (the in-memory section index). */
function knowledgeSearchTool(index: SectionIndex): ToolSpec {
  return {
    name: 'search_knowledge',
    description:
      'Search the Coach K knowledge base for passages on a topic the given passages do not cover. Returns up to 3 passages (document › section, text).',
    parameters: SEARCH_KNOWLEDGE_PARAMETERS,
    run: (args) => {
      const { query } = SearchKnowledgeInput.parse(args);
      return selectPassages(query, searchSections(index, query, 10), { max: 3 }).map((p) => ({
        source: `${p.chunk.sourceDoc} › ${p.chunk.section}`,
        text: p.chunk.content.slice(0, 1500),
      }));
    },
  };
}

/** The exact request the LLM gets for an answer (also recorded for offline answers, so evaluations see it). */
export function promptFor(input: WriterInput): BuiltPrompt {
  // "how should I structure a 12 week plan? what phases": the phases are in the passages; one week's sessions would answer another question.
  const shown = input.promptFigures ?? input.figures;
  const { week: _week, ...withoutWeek } = shown;
  const structure = shown.weeksToRace !== undefined && shown.weeksToRace >= 3 && ASKS_STRUCTURE.test(input.question);
  const calculation = (kinds: (c: WriterInput['plan']['calculations'][number]) => boolean) =>
    input.plan.calculations
      .filter(kinds)
      .map((c) => c.text.replace(/\*\*/g, ''))
      .join('\n');
  const figures = [
    figuresText(structure ? { ...withoutWeek, dataUsed: shown.dataUsed.filter((d) => !d.includes('race date')) } : shown),
    calculation(isEngineCalculation),
  ]
    .filter(Boolean)
    .join('\n');
  const arithmetic = calculation((c) => !isEngineCalculation(c));
  return buildPrompt({
    question: input.question,
    chunks: input.promptPassages ?? input.passages,
    athleteBlock: athleteBlock(input.snapshot),
    figures,
    arithmetic,
    constraints: input.constraints,
    history: input.history,
  });
}

/**
 * The LLM writer: the prompt (persona, rules, chosen passages, athlete block, the figures the
 * question needs), the tools that can help, one completion. On any failure it falls back to the
 * offline writer and marks the answer degraded.
 */
export function llmWriter(deps: {
  chat: ChatModel;
  index: SectionIndex;
  log: Logger;
  model?: string;
  athleteId: string;
  signal?: AbortSignal;
  screen?: (text: string) => { ok: boolean; problems: string[] };
}): Writer {
  return {
    async write(input: WriterInput): Promise<Written> {
      const prompt = promptFor(input);
      try {
        const tools = toolsFor({ hasLogs: input.snapshot.logs.length > 0, search: knowledgeSearchTool(deps.index) });
        const result = await deps.chat.complete(prompt.messages, tools, { model: deps.model, signal: deps.signal });
        const screen = deps.screen?.(result.text);
        if (screen && !screen.ok) throw new UnsafeReply(screen.problems);
        return {
          body: result.text,
          numbered: prompt.used,
          cited: citedChunks(result.text, prompt.used),
          model: result.model,
          offline: false,
          degraded: false,
          toolsUsed: result.toolsUsed,
          messages: prompt.messages,
          promptTokens: result.promptTokens,
          completionTokens: result.completionTokens,
        };
      } catch (error) {
        deps.log.warn({ athleteId: deps.athleteId, err: (error as Error).message }, 'LLM failed; answering offline');
        // An unsafe reply is replaced without the "model failed" line: the model answered, we refused its text.
        return { ...writeOffline(input), degraded: !(error instanceof UnsafeReply), messages: prompt.messages };
      }
    },
  };
}
