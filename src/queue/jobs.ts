import { z } from 'zod';
import { answerQuestion, recordAnswer } from '../coach/answer.js';
import type { AppContext } from '../context.js';
import { getOrCreateAthlete } from '../db/athletes.js';
import { findConversationBySource, setAnswerMessage, setThread, threadHistory } from '../db/conversations.js';
import type { DiscordOut } from '../discord/out.js';
import { isExpiredToken } from '../discord/out.js';
import { splitMessage } from '../discord/render.js';
import { runCheckinSweep } from '../discord/checkins.js';
import { PermanentJobError, type FailedHook, type JobInfo, type Processor } from './job-queue.js';

export const COACH_JOB = 'coach-answer';
export const THREAD_JOB = 'thread-followup';
export const CHECKIN_JOB = 'checkin-sweep';
/** BullMQ rejects all-digit ids and ids with ':', hence the prefix. */
export const coachJobId = (interactionId: string) => `coach-${interactionId}`;
export const threadJobId = (messageId: string) => `thread-${messageId}`;

const snowflake = z.string().regex(/^\d{5,25}$/);

export const CoachJob = z.object({
  interactionId: snowflake, token: z.string().min(1), applicationId: snowflake, userId: snowflake,
  displayName: z.string().max(100), guildId: snowflake.nullable(), channelId: snowflake.nullable(), question: z.string().min(1).max(4000),
});
export const ThreadJob = z.object({
  messageId: snowflake, threadId: snowflake, guildId: snowflake.nullable(), userId: snowflake, displayName: z.string().max(100), content: z.string().min(1).max(4000),
});

/** Workers need Discord's REST side on top of the app context. */
export type WorkerContext = AppContext & { discord: DiscordOut };

const RATING_EMOJI = ['👍', '👎'] as const;

async function reactAll(ctx: WorkerContext, channelId: string, messageId: string) {
  for (const e of RATING_EMOJI) await ctx.discord.react(channelId, messageId, e);
}

/**
 * /coach: answer, edit the deferred reply (follow-ups for long answers), record the answer's
 * message id, add 👍/👎, open a thread for follow-ups. Idempotent: a job that runs again (worker
 * died, Discord retried) reuses the logged conversation and never answers twice.
 */
export async function answerCoachJob(ctx: WorkerContext, data: z.infer<typeof CoachJob>) {
  const sourceId = `interaction:${data.interactionId}`;
  let conversation = await findConversationBySource(ctx.db, sourceId);
  if (conversation?.messageId) return { conversationId: conversation.id, delivered: 'already' };
  if (!conversation) {
    const athlete = await getOrCreateAthlete(ctx.db, data.userId, data.displayName);
    conversation = await recordAnswer(ctx.db, await answerQuestion(ctx, athlete, data.question, { sourceId, discord: { guildId: data.guildId, channelId: data.channelId } }));
  }
  const parts = splitMessage(conversation.answer);
  let first;
  try {
    first = await ctx.discord.editOriginal(data.applicationId, data.token, { content: parts[0]! });
    for (const part of parts.slice(1)) await ctx.discord.followUp(data.applicationId, data.token, { content: part });
  } catch (error) {
    if (!isExpiredToken(error) || !data.channelId) throw error;
    // The 15-minute token expired (a long outage or queue): post in the channel instead.
    first = await ctx.discord.send(data.channelId, { content: `<@${data.userId}> asked: "${data.question.slice(0, 150)}"\n\n${parts[0]!}`.slice(0, 2000) });
    for (const part of parts.slice(1)) await ctx.discord.send(data.channelId, { content: part });
  }
  const channelId = first.channel_id ?? data.channelId;
  await setAnswerMessage(ctx.db, conversation.id, { messageId: first.id, channelId, guildId: data.guildId });
  await reactAll(ctx, channelId, first.id);
  if (data.guildId) {
    try {
      const thread = await ctx.discord.startThread(channelId, first.id, `Coach K: ${data.question}`.slice(0, 90));
      await setThread(ctx.db, conversation.id, thread.id);
    } catch (error) {
      ctx.log.warn({ jobId: coachJobId(data.interactionId), err: (error as Error).message }, 'could not open a thread');
    }
  }
  return { conversationId: conversation.id, delivered: 'now' };
}

/** A message in a Coach K thread: a follow-up answered with the conversation so far. */
export async function answerThreadJob(ctx: WorkerContext, data: z.infer<typeof ThreadJob>) {
  const sourceId = `message:${data.messageId}`;
  let conversation = await findConversationBySource(ctx.db, sourceId);
  if (conversation?.messageId) return { conversationId: conversation.id, delivered: 'already' };
  if (!conversation) {
    const history = await threadHistory(ctx.db, data.threadId, 6);
    const athlete = await getOrCreateAthlete(ctx.db, data.userId, data.displayName);
    conversation = await recordAnswer(ctx.db, await answerQuestion(ctx, athlete, data.content, {
      sourceId, parentId: history.at(-1)?.id, history: history.map((h) => ({ question: h.question, answer: h.answer })),
      discord: { guildId: data.guildId, channelId: data.threadId, threadId: data.threadId },
    }));
  }
  const parts = splitMessage(conversation.answer);
  const first = await ctx.discord.send(data.threadId, { content: parts[0]!, replyTo: data.messageId });
  for (const part of parts.slice(1)) await ctx.discord.send(data.threadId, { content: part });
  await setAnswerMessage(ctx.db, conversation.id, { messageId: first.id, channelId: data.threadId, guildId: data.guildId });
  await reactAll(ctx, data.threadId, first.id);
  return { conversationId: conversation.id, delivered: 'now' };
}

/** The typed processor map: job name → payload schema and handler. An unknown name or bad payload is permanent. */
export function createProcessor(ctx: WorkerContext): Processor {
  const map = {
    [COACH_JOB]: { payload: CoachJob, run: (d: z.infer<typeof CoachJob>) => answerCoachJob(ctx, d) },
    [THREAD_JOB]: { payload: ThreadJob, run: (d: z.infer<typeof ThreadJob>) => answerThreadJob(ctx, d) },
    [CHECKIN_JOB]: { payload: z.object({}).passthrough(), run: () => runCheckinSweep(ctx) },
  } as const;
  return async (name: string, data: unknown, _job: JobInfo) => {
    const entry = (map as Record<string, { payload: z.ZodType; run: (d: never) => Promise<unknown> }>)[name];
    if (!entry) throw new PermanentJobError(`unknown job ${name}`);
    const parsed = entry.payload.safeParse(data);
    if (!parsed.success) throw new PermanentJobError(`bad ${name} payload: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
    return entry.run(parsed.data as never);
  };
}

/** After the last failed attempt of a /coach job: apologise in the reply instead of leaving "thinking…". */
export function createFailedHook(ctx: WorkerContext): FailedHook {
  return async (name, data, job, error) => {
    ctx.log.error({ jobId: job.id, job: name, err: error.message }, 'job failed for good');
    if (name !== COACH_JOB) return;
    const parsed = CoachJob.safeParse(data);
    if (!parsed.success) return;
    const ref = job.id.slice(-6);
    await ctx.discord.editOriginal(parsed.data.applicationId, parsed.data.token, {
      content: `Sorry: Coach K couldn't answer this one (ref ${ref}). Nothing was lost; ask again in a minute.`,
    }).catch(() => undefined);
  };
}
