import type { APIMessage } from 'discord-api-types/v10';
import { answerQuestion, type AnswerOptions } from '../coach/answer.js';
import type { AppContext } from '../context.js';
import { getOrCreateAthlete } from '../db/athletes.js';
import { findConversationBySource, setAnswerMessage } from '../db/conversations.js';
import { splitMessage } from '../discord/render.js';
import { isExpiredToken, type DiscordOut } from './discord-out.js';

/** Workers need Discord's REST side on top of the app context. */
export type WorkerContext = AppContext & { discord: DiscordOut };

/** Where an answer goes: the deferred /coach reply (then a thread under it), or a reply in a Coach K thread. */
export type AnswerTarget =
  | { kind: 'interaction'; applicationId: string; token: string; channelId: string | null; guildId: string | null; userId: string; question: string }
  | { kind: 'thread'; threadId: string; replyTo: string; guildId: string | null };

export interface AnswerJob {
  /** Idempotency key of the conversation row (`interaction:<id>` or `message:<id>`). */
  sourceId: string;
  userId: string;
  displayName: string;
  question: string;
  /** Options for answerQuestion; read only when the answer is not written yet. */
  options(): Promise<AnswerOptions>;
}

const RATING_EMOJI = ['👍', '👎'] as const;

/** Posts the parts: the interaction reply and follow-ups, falling back to the channel when the token expired. */
async function post(ctx: WorkerContext, target: AnswerTarget, parts: string[]): Promise<{ first: APIMessage; channelId: string }> {
  if (target.kind === 'thread') {
    const first = await ctx.discord.send(target.threadId, { content: parts[0]!, replyTo: target.replyTo });
    for (const part of parts.slice(1)) await ctx.discord.send(target.threadId, { content: part });
    return { first, channelId: target.threadId };
  }
  let first: APIMessage;
  try {
    first = await ctx.discord.editOriginal(target.applicationId, target.token, { content: parts[0]! });
    for (const part of parts.slice(1)) await ctx.discord.followUp(target.applicationId, target.token, { content: part });
  } catch (error) {
    if (!isExpiredToken(error) || !target.channelId) throw error;
    // The 15-minute token expired (a long outage or queue): post in the channel instead.
    first = await ctx.discord.send(target.channelId, { content: `<@${target.userId}> asked: "${target.question.slice(0, 150)}"\n\n${parts[0]!}`.slice(0, 2000) });
    for (const part of parts.slice(1)) await ctx.discord.send(target.channelId, { content: part });
  }
  return { first, channelId: first.channel_id ?? target.channelId! };
}

/** A thread under a /coach answer in a server, for follow-ups; a failure only costs the thread. */
async function openThread(ctx: WorkerContext, target: AnswerTarget, channelId: string, messageId: string): Promise<string | undefined> {
  if (target.kind !== 'interaction' || !target.guildId) return undefined;
  try {
    return (await ctx.discord.startThread(channelId, messageId, `Coach K: ${target.question}`.slice(0, 90))).id;
  } catch (error) {
    ctx.log.warn({ messageId, err: (error as Error).message }, 'could not open a thread');
    return undefined;
  }
}

/**
 * The one delivery path for /coach and thread follow-ups: answer (or reuse the logged answer),
 * post it, open a thread for /coach, record message and thread ids in one update, add 👍/👎.
 * Idempotent: a job that runs again (worker died, Discord retried) never answers twice.
 */
export async function answerAndDeliver(ctx: WorkerContext, job: AnswerJob, target: AnswerTarget): Promise<{ conversationId: string; delivered: 'already' | 'now' }> {
  let conversation = await findConversationBySource(ctx.db, job.sourceId);
  if (conversation?.messageId) return { conversationId: conversation.id, delivered: 'already' };
  if (!conversation) {
    const athlete = await getOrCreateAthlete(ctx.db, job.userId, job.displayName);
    conversation = (await answerQuestion(ctx, athlete, job.question, { sourceId: job.sourceId, ...(await job.options()) })).conversation;
  }
  const { first, channelId } = await post(ctx, target, splitMessage(conversation.answer));
  const threadId = await openThread(ctx, target, channelId, first.id);
  await setAnswerMessage(ctx.db, conversation.id, { messageId: first.id, channelId, guildId: target.guildId, threadId });
  for (const e of RATING_EMOJI) await ctx.discord.react(channelId, first.id, e);
  return { conversationId: conversation.id, delivered: 'now' };
}
