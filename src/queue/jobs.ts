import { z } from 'zod';
import type { JobSchemas } from './job-queue.js';

/** The job names, their payloads (zod, checked by the producer and again by the worker) and ids. */
export const COACH_JOB = 'coach-answer';
export const THREAD_JOB = 'thread-followup';
export const CHECKIN_JOB = 'checkin-sweep';
/** BullMQ rejects all-digit ids and ids with ':', hence the prefix. */
export const coachJobId = (interactionId: string) => `coach-${interactionId}`;
export const threadJobId = (messageId: string) => `thread-${messageId}`;

const snowflake = z.string().regex(/^\d{5,25}$/);

/** Channel permissions an answer's extras need (reactions, a thread), named as Discord names them. */
export const ANSWER_EXTRA_PERMISSIONS = ['AddReactions', 'CreatePublicThreads', 'SendMessagesInThreads'] as const;

export const CoachJob = z.object({
  interactionId: snowflake,
  token: z.string().min(1),
  applicationId: snowflake,
  userId: snowflake,
  displayName: z.string().max(100),
  guildId: snowflake.nullable(),
  channelId: snowflake.nullable(),
  question: z.string().min(1).max(4000),
  /** What the bot lacks in that channel (from the interaction's app_permissions): those extras are skipped. */
  missing: z.array(z.enum(ANSWER_EXTRA_PERMISSIONS)).default([]),
});
export const ThreadJob = z.object({
  messageId: snowflake,
  threadId: snowflake,
  guildId: snowflake.nullable(),
  userId: snowflake,
  displayName: z.string().max(100),
  content: z.string().min(1).max(4000),
});
export const CheckinJob = z.object({}).passthrough();

/** Job name → payload type: the only names and shapes a queue carries. */
export interface Jobs {
  [COACH_JOB]: z.infer<typeof CoachJob>;
  [THREAD_JOB]: z.infer<typeof ThreadJob>;
  [CHECKIN_JOB]: z.infer<typeof CheckinJob>;
}
export type JobName = keyof Jobs;

export const JOB_SCHEMAS: JobSchemas<Jobs> = { [COACH_JOB]: CoachJob, [THREAD_JOB]: ThreadJob, [CHECKIN_JOB]: CheckinJob };
