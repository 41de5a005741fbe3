import type { Queryable } from '../db/db.js';
import type { Athlete } from '../db/athletes.js';
import { logConversation, type Conversation } from '../db/conversations.js';
import { registeredModel } from '../db/fine-tune-jobs.js';
import { isoDate } from '../domain/dates.js';
import type { Logger } from '../log.js';
import type { Embedder } from '../retrieval/embedder.js';
import { retrieve, validateQuery, type RetrievedChunk } from '../retrieval/search.js';
import type { Config } from '../config.js';
import { athleteBlock, loadAthleteSnapshot } from './athlete-context.js';
import type { ChatModel } from './chat-model.js';
import { computeFigures, figuresText } from './figures.js';
import { citedChunks, DEGRADED_LINE, provenanceFooter } from './footer.js';
import { clarifyQuestion } from './input-check.js';
import { readQuestion } from './intent.js';
import { composeAnswer } from './offline-composer.js';
import { buildPrompt } from './prompt.js';
import { checkSafety, OFF_TOPIC_ANSWER, redFlagAnswer } from './safety.js';
import { COACH_TOOLS } from './tools.js';

export const OFFLINE_MODEL = 'offline-composer';

export interface CoachDeps {
  config: Config;
  db: Queryable;
  embedder: Embedder;
  chat: ChatModel | undefined;
  log: Logger;
  now(): Date;
}

export interface Answer {
  /** Body, then the provenance footer. */
  text: string;
  citations: { id: string; source_doc: string; section: string }[];
  model: string;
  /** The LLM was configured but failed or timed out; the offline composer answered. */
  degraded: boolean;
  tools: string[];
  chunkIds: string[];
  kind: 'answer' | 'red_flag' | 'off_topic';
  latencyMs: number;
  promptTokens: number | null;
  completionTokens: number | null;
  conversation: Conversation;
}

export interface AnswerOptions {
  /** Idempotency key of the conversation row (interaction or message id). */
  sourceId?: string;
  history?: { question: string; answer: string }[];
  parentId?: string;
  discord?: { guildId?: string | null; channelId?: string | null; threadId?: string | null };
  /** Ask this model instead of the registered fine-tune or LLM_MODEL (model comparisons). */
  model?: string;
}

/**
 * The one coaching pipeline (Discord, terminal and training eval all call it): safety check →
 * question facts → athlete snapshot → engine figures → hybrid retrieval → LLM with tools, or the
 * offline composer when no LLM is configured or it fails → provenance footer → conversation log.
 */
export async function answerQuestion(ctx: CoachDeps, athlete: Athlete, question: string, opts: AnswerOptions = {}): Promise<Answer> {
  const started = performance.now();
  const q = validateQuery(question);
  const safety = checkSafety(q);
  let body: string;
  let model = OFFLINE_MODEL;
  let degraded = false;
  let chunks: RetrievedChunk[] = [];
  let cited: RetrievedChunk[] = [];
  let tools: string[] = [];
  let dataUsed: string[] = [];
  let messages: { role: 'system' | 'user' | 'assistant'; content: string }[] = [];
  let promptTokens: number | null = null;
  let completionTokens: number | null = null;
  let offline = true;

  if (safety.kind !== 'ok') {
    body = safety.kind === 'red_flag' ? redFlagAnswer(safety.flags) : OFF_TOPIC_ANSWER;
    model = 'safety-rules';
    offline = false;
  } else if (clarifyQuestion(q)) {
    // A number that can't be right ("-3 weeks", "9h 99"): ask back rather than answer a guess.
    body = clarifyQuestion(q)!;
    model = 'input-check';
    offline = false;
  } else {
    const today = isoDate(ctx.now());
    const facts = readQuestion(q);
    const snapshot = await loadAthleteSnapshot(ctx.db, athlete, today);
    const figures = computeFigures(facts, snapshot);
    tools = [...figures.engines];
    dataUsed = figures.dataUsed;
    const lastQuestion = opts.history?.at(-1)?.question;
    chunks = await retrieve(ctx, lastQuestion && q.length < 80 ? `${lastQuestion} ${q}` : q, { k: 5 });
    const prompt = buildPrompt({ question: q, chunks, athleteBlock: athleteBlock(snapshot), figures: figuresText(figures), history: opts.history });
    messages = prompt.messages;
    chunks = prompt.used;
    if (ctx.chat) {
      const wanted = opts.model ?? (await registeredModel(ctx.db)) ?? (ctx.config.llm.kind === 'openai-compatible' ? ctx.config.llm.model : undefined);
      try {
        const result = await ctx.chat.complete(prompt.messages, COACH_TOOLS, { model: wanted });
        body = result.text;
        model = result.model;
        offline = false;
        for (const t of result.toolsUsed) if (!tools.includes(t)) tools.push(t);
        promptTokens = result.promptTokens;
        completionTokens = result.completionTokens;
        cited = citedChunks(body, chunks);
      } catch (error) {
        ctx.log.warn({ athleteId: athlete.id, err: (error as Error).message }, 'LLM failed; answering offline');
        degraded = true;
      }
    }
    if (offline) {
      const composed = composeAnswer({ question: q, facts, figures, snapshot, chunks });
      body = degraded ? `${DEGRADED_LINE}\n\n${composed.text}` : composed.text;
      cited = chunks.filter((c) => composed.citedChunkIds.includes(c.id));
    }
  }

  const text = `${body!.trim()}${provenanceFooter({ chunks, cited, engines: tools, dataUsed, offline })}`;
  const latencyMs = Math.round(performance.now() - started);
  const { conversation } = await logConversation(ctx.db, {
    athleteId: athlete.id, sourceId: opts.sourceId ?? null, parentId: opts.parentId ?? null,
    guildId: opts.discord?.guildId ?? null, channelId: opts.discord?.channelId ?? null, threadId: opts.discord?.threadId ?? null,
    question: q, answer: text, messages: [...messages, { role: 'assistant', content: body! }],
    chunkIds: chunks.map((c) => c.id), toolsUsed: tools, model, degraded, latencyMs, promptTokens, completionTokens,
  });
  const citedList = cited.length > 0 ? cited : chunks;
  return {
    text: conversation.answer, model: conversation.model, degraded: conversation.degraded, tools: conversation.toolsUsed,
    chunkIds: conversation.chunkIds, kind: safety.kind === 'ok' ? 'answer' : safety.kind, latencyMs: conversation.latencyMs ?? latencyMs,
    promptTokens, completionTokens, conversation,
    citations: (conversation.answer === text ? citedList : chunks).map((c) => ({ id: c.id, source_doc: c.sourceDoc, section: c.section })),
  };
}
