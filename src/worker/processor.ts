import { findConversationBySource, threadHistory } from '../db/conversations.js';
import { checkPayload, PermanentJobError, type FailedHook, type JobInfo, type Processor } from '../queue/job-queue.js';
import { CHECKIN_JOB, COACH_JOB, CoachJob, JOB_SCHEMAS, THREAD_JOB, type JobName, type Jobs } from '../queue/jobs.js';
import { runCheckinSweep } from './checkins.js';
import { answerAndDeliver, type WorkerContext } from './deliver.js';

type Handlers = { [N in JobName]: (data: Jobs[N], job: JobInfo) => Promise<unknown> };

function handlers(ctx: WorkerContext): Handlers {
  return {
    /** /coach: answer, edit the deferred reply, open a thread for follow-ups. */
    [COACH_JOB]: (d, job) =>
      answerAndDeliver(
        ctx,
        {
          sourceId: `interaction:${d.interactionId}`,
          userId: d.userId,
          displayName: d.displayName,
          question: d.question,
          queuedAtMs: job.queuedAtMs,
          options: async () => ({ discord: { guildId: d.guildId, channelId: d.channelId } }),
        },
        {
          kind: 'interaction',
          applicationId: d.applicationId,
          token: d.token,
          channelId: d.channelId,
          guildId: d.guildId,
          userId: d.userId,
          question: d.question,
          missing: d.missing,
        },
      ),
    /** A message in a Coach K thread: a follow-up answered with the conversation so far. */
    [THREAD_JOB]: (d, job) =>
      answerAndDeliver(
        ctx,
        {
          sourceId: `message:${d.messageId}`,
          userId: d.userId,
          displayName: d.displayName,
          question: d.content,
          queuedAtMs: job.queuedAtMs,
          options: async () => {
            const history = await threadHistory(ctx.db, d.threadId, 6);
            return {
              parentId: history.at(-1)?.id,
              history: history.map((h) => ({ question: h.question, answer: h.answer })),
              discord: { guildId: d.guildId, channelId: d.threadId, threadId: d.threadId },
            };
          },
        },
        { kind: 'thread', threadId: d.threadId, replyTo: d.messageId, guildId: d.guildId },
      ),
    [CHECKIN_JOB]: () => runCheckinSweep(ctx),
  };
}

function isJobName(name: string): name is JobName {
  return Object.hasOwn(JOB_SCHEMAS, name);
}

/** The processor: job name → payload check → handler. An unknown name or bad payload is permanent. */
export function createProcessor(ctx: WorkerContext): Processor {
  const run = handlers(ctx);
  const dispatch = <N extends JobName>(name: N, data: unknown, job: JobInfo) => run[name](checkPayload(JOB_SCHEMAS, name, data), job);
  return async (name, data, job) => {
    if (!isJobName(name)) throw new PermanentJobError(`unknown job ${name}`);
    return dispatch(name, data, job);
  };
}

/**
 * After the last failed attempt of a /coach job: apologise in the reply instead of leaving
 * "thinking…" — unless part of the answer already went out, which is never overwritten; then
 * a follow-up says the rest could not be sent.
 */
export function createFailedHook(ctx: WorkerContext): FailedHook {
  return async (name, data, job, error) => {
    ctx.log.error({ jobId: job.id, job: name, err: error.message }, 'job failed for good');
    if (name !== COACH_JOB) return;
    const parsed = CoachJob.safeParse(data);
    if (!parsed.success) return;
    const ref = job.id.slice(-6);
    const { applicationId, token, interactionId } = parsed.data;
    const conversation = await findConversationBySource(ctx.db, `interaction:${interactionId}`).catch(() => undefined);
    const send =
      (conversation?.deliveredParts ?? 0) > 0
        ? ctx.discord.followUp(applicationId, token, {
            content: `-# The rest of this answer couldn't be delivered (ref ${ref}). Ask again for it in a minute.`,
          })
        : ctx.discord.editOriginal(applicationId, token, {
            content: `Sorry: Coach K couldn't answer this one (ref ${ref}). Nothing was lost; ask again in a minute.`,
          });
    await send.catch(() => undefined);
  };
}
