import type { APIMessage } from 'discord-api-types/v10';
import { answerQuestion, recordAnswer, type AnswerOptions } from '../coach/answer.js';
import type { AppContext } from '../context.js';
import { loadAthleteAndSnapshot } from '../coach/athlete-context.js';
import { isoDate } from '../domain/dates.js';
import { discardIfDeletedSince } from '../db/deletion.js';
import { conversationForJob, finishDelivery, recordDeliveredParts, recordThread, type Conversation } from '../db/conversations.js';
import { splitMessage } from '../discord/render.js';
import { permissionNote, type AnswerExtra } from '../discord/permissions.js';
import { isExpiredToken, isMissingPermission, type DiscordOut } from './discord-out.js';

/** Workers need Discord's REST side on top of the app context. */
export type WorkerContext = AppContext & { discord: DiscordOut };

/** Where an answer goes: the deferred /coach reply (then a thread under it), or a reply in a Coach K thread. */
export type AnswerTarget =
  | {
      kind: 'interaction';
      applicationId: string;
      token: string;
      channelId: string | null;
      guildId: string | null;
      userId: string;
      question: string;
      missing: AnswerExtra[];
    }
  | { kind: 'thread'; threadId: string; replyTo: string; guildId: string | null };

export interface AnswerJob {
  /** Idempotency key of the conversation row (`interaction:<id>` or `message:<id>`). */
  sourceId: string;
  userId: string;
  displayName: string;
  question: string;
  /** Options for answerQuestion; read only when the answer is not written yet. */
  options(): Promise<AnswerOptions>;
  /** When the job was queued: a member who deleted their data after it gets nothing stored. */
  queuedAtMs: number;
}

const RATING_EMOJI = ['👍', '👎'] as const;

/**
 * Posts the parts not yet delivered, recording each as Discord accepts it, so a retry resumes
 * after the last accepted part and never sends or overwrites one twice. An expired interaction
 * token (15 minutes) moves the rest to the channel, pinging the asker. `last`: nothing follows
 * the parts, so the last one's record marks the delivery done (`finished`), in the same statement.
 */
async function post(
  ctx: WorkerContext,
  target: AnswerTarget,
  conversation: Conversation,
  parts: string[],
  last: boolean,
): Promise<{ messageId: string; channelId: string; finished: boolean }> {
  let messageId = conversation.deliveredParts > 0 ? conversation.messageId : null;
  let channelId = conversation.deliveredParts > 0 ? conversation.channelId : null;
  let finished = false;
  const accepted = async (index: number, message: APIMessage, where: string) => {
    if (index === 0) {
      messageId = message.id;
      channelId = message.channel_id ?? where;
    }
    finished = last && index === parts.length - 1;
    await recordDeliveredParts(
      ctx.db,
      conversation.id,
      index + 1,
      index === 0 ? { messageId: messageId!, channelId: channelId!, guildId: target.guildId } : undefined,
      finished,
    );
  };
  let viaChannel = target.kind === 'thread';
  for (let i = conversation.deliveredParts; i < parts.length; i += 1) {
    const part = parts[i]!;
    if (target.kind === 'thread') {
      await accepted(i, await ctx.discord.send(target.threadId, { content: part, ...(i === 0 ? { replyTo: target.replyTo } : {}) }), target.threadId);
      continue;
    }
    if (!viaChannel) {
      try {
        const message =
          i === 0
            ? await ctx.discord.editOriginal(target.applicationId, target.token, { content: part })
            : await ctx.discord.followUp(target.applicationId, target.token, { content: part });
        await accepted(i, message, target.channelId ?? '');
        continue;
      } catch (error) {
        if (!isExpiredToken(error) || !target.channelId) throw error;
        viaChannel = true;
      }
    }
    // The token expired (a long outage or queue): the rest goes to the channel, and the asker is pinged.
    const content = i === 0 ? `<@${target.userId}> asked: "${target.question.slice(0, 150)}"\n\n${part}`.slice(0, 2000) : part;
    await accepted(i, await ctx.discord.send(target.channelId!, { content, mentionUsers: i === 0 ? [target.userId] : undefined }), target.channelId!);
  }
  return { messageId: messageId!, channelId: channelId!, finished };
}

/** A thread under a /coach answer in a server, for follow-ups; a failure only costs the thread. */
async function openThread(ctx: WorkerContext, target: AnswerTarget, channelId: string, messageId: string): Promise<string | undefined> {
  if (target.kind !== 'interaction' || !target.guildId) return undefined;
  if (target.missing.some((m) => m === 'CreatePublicThreads' || m === 'SendMessagesInThreads')) return undefined;
  try {
    return (await ctx.discord.startThread(channelId, messageId, `Coach K: ${target.question}`.slice(0, 90))).id;
  } catch (error) {
    ctx.log.warn({ messageId, err: (error as Error).message }, 'could not open a thread');
    return undefined;
  }
}

/** 👍/👎 under the answer; a channel that refuses reactions costs the ratings, never the answer. */
async function addRatingReactions(ctx: WorkerContext, target: AnswerTarget, channelId: string, messageId: string): Promise<void> {
  if (target.kind === 'interaction' && target.missing.includes('AddReactions')) return;
  for (const e of RATING_EMOJI) {
    try {
      await ctx.discord.react(channelId, messageId, e);
    } catch (error) {
      if (!isMissingPermission(error)) throw error;
      ctx.log.warn({ messageId, err: (error as Error).message }, 'no permission to add reactions here');
      return;
    }
  }
}

/** The member deleted their data after asking: nothing stored, and /coach says why there is no answer. */
async function discard(ctx: WorkerContext, target: AnswerTarget): Promise<{ conversationId: null; delivered: 'discarded' }> {
  if (target.kind === 'interaction') {
    await ctx.discord
      .editOriginal(target.applicationId, target.token, {
        content:
          'You deleted your Coach K data after asking this, so the question was dropped and nothing was stored. Ask again any time to start fresh.',
      })
      .catch(() => undefined);
  }
  return { conversationId: null, delivered: 'discarded' };
}

/**
 * The one delivery path for /coach and thread follow-ups: answer (or reuse the logged answer),
 * post the parts not yet delivered, open a thread for /coach, add 👍/👎, tell the member
 * privately what the bot could not do in that channel, and mark the delivery done.
 * Idempotent: a job that runs again (worker died, Discord retried) never answers twice.
 */
export async function answerAndDeliver(
  ctx: WorkerContext,
  job: AnswerJob,
  target: AnswerTarget,
): Promise<{ conversationId: string | null; delivered: 'already' | 'now' | 'discarded' }> {
  const start = await conversationForJob(ctx.db, job.sourceId, { discordUserId: job.userId, sinceMs: job.queuedAtMs });
  if (start.deletedSince) return discard(ctx, target);
  let conversation = start.conversation;
  if (conversation?.deliveredAt) return { conversationId: conversation.id, delivered: 'already' };
  if (!conversation) {
    const snapshot = await loadAthleteAndSnapshot(ctx.db, job.userId, job.displayName, isoDate(ctx.now()));
    conversation = await recordAnswer(
      ctx.db,
      await answerQuestion(ctx, snapshot.athlete, job.question, { sourceId: job.sourceId, ...(await job.options()), snapshot }),
    );
    // The member may have deleted their data while the answer was being written.
    if (await discardIfDeletedSince(ctx.db, job.userId, job.queuedAtMs, conversation.id)) return discard(ctx, target);
  }
  const note = target.kind === 'interaction' ? permissionNote(target.missing) : undefined;
  const { messageId, channelId, finished } = await post(ctx, target, conversation, splitMessage(conversation.answer), !note);
  if (note && target.kind === 'interaction') {
    await ctx.discord
      .followUp(target.applicationId, target.token, { content: `-# ${note}`, ephemeral: true })
      .catch((error: unknown) => ctx.log.warn({ messageId, err: (error as Error).message }, 'could not send the permissions note'));
  }
  if (!finished) await finishDelivery(ctx.db, conversation.id, conversation.threadId ?? undefined);
  // The thread and 👍/👎 go out after the job has let go of its worker slot: @discordjs/rest
  // sends one channel's thread creations one at a time, and its reactions one at a time (one
  // rate-limit bucket each), so awaiting them here held every answer in a busy channel behind
  // the threads and reactions of all the answers before it, with no LLM call running (measured:
  // 16 answers' 32 reactions kept the slots busy for about a second; their 16 threads, created
  // 2.3 to 3.3 s into the throughput bench while the answers were sent by 2.7 s, held the last
  // slot 0.6 s). A failure costs that answer's thread or ratings, never the answer; the thread
  // is recorded on the conversation when Discord has made it (follow-ups read their history by it).
  const existing = conversation.threadId;
  const conversationId = conversation.id;
  void (async () => {
    if (!existing) {
      const threadId = await openThread(ctx, target, channelId, messageId);
      if (threadId) await recordThread(ctx.db, conversationId, threadId);
    }
    await addRatingReactions(ctx, target, channelId, messageId);
  })().catch((error: unknown) => ctx.log.warn({ messageId, err: (error as Error).message }, 'could not open the thread or add the rating reactions'));
  return { conversationId: conversation.id, delivered: 'now' };
}
