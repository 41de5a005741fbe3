import type { z } from 'zod';

/** Options for one job. `jobId` is the idempotency key: a second add with the same id is ignored. */
export interface AddOptions {
  jobId: string;
  delayMs?: number;
}

/** What a processor sees of its job. */
export interface JobInfo {
  id: string;
  name: string;
  attemptsMade: number;
  /** True on the last attempt: a failure now is final. */
  finalAttempt: boolean;
  /** When the job was first added (ms since epoch): work queued before a member's delete is dropped. */
  queuedAtMs: number;
}

export type Processor = (name: string, data: unknown, job: JobInfo) => Promise<unknown>;
/** Called once when a job has failed for good (after its last attempt). */
export type FailedHook = (name: string, data: unknown, job: JobInfo, error: Error) => Promise<void>;

/** Job name → payload type. */
export type JobMap = Record<string, unknown>;
/** Per job name, the schema its payload must pass (on enqueue and again before it runs). */
export type JobSchemas<J extends object> = { [N in keyof J]: z.ZodType<J[N]> };
/** A snapshot of the queue for /metrics. */
export interface QueueDepth {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  oldestWaitingMs: number;
}

/** The producer side of the queue: BullMQ on Redis, or in process. Same contract. */
export interface JobQueue<J extends object = JobMap> {
  readonly kind: 'bullmq' | 'in-process';
  /** Enqueues a job; resolves { added: false } when a job with that id already exists. */
  add<N extends keyof J & string>(name: N, data: J[N], opts: AddOptions): Promise<{ added: boolean }>;
  /** Runs `name` every `everyMs` (a repeatable scheduler, replacing any previous one with that id). */
  schedule<N extends keyof J & string>(schedulerId: string, everyMs: number, name: N, data: J[N]): Promise<void>;
  /**
   * Removes every waiting, delayed, completed and failed job whose payload's `userId` is this
   * Discord user (they hold the question, display name and interaction token); a job running
   * right now cannot be removed and must check deleted_members itself. Resolves to the count.
   */
  removeUserJobs(userId: string): Promise<number>;
  /** How many jobs wait, run and are delayed, and how long the oldest waiting one has waited. */
  depth(): Promise<QueueDepth>;
  close(): Promise<void>;
}

/**
 * The payload of job `name`, checked against its schema. An unknown name or a payload that fails
 * its schema is permanent: retrying cannot fix it.
 */
export function checkPayload<J extends object, N extends keyof J & string>(schemas: JobSchemas<J>, name: N, data: unknown): J[N];
export function checkPayload<J extends object>(schemas: JobSchemas<J>, name: string, data: unknown): J[keyof J];
export function checkPayload<J extends object>(schemas: JobSchemas<J>, name: string, data: unknown): J[keyof J] {
  if (!Object.hasOwn(schemas, name)) throw new PermanentJobError(`unknown job ${name}`);
  const parsed = schemas[name as keyof J].safeParse(data);
  if (!parsed.success) throw new PermanentJobError(`bad ${name} payload: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  return parsed.data;
}

/** Retry policy shared by both implementations: 3 attempts, exponential backoff from 2 s. */
export const JOB_ATTEMPTS = 3;
export const JOB_BACKOFF_MS = 2000;
/** Keep finished jobs past Discord's 15-minute token window so a redelivered id stays a duplicate. */
export const KEEP_COMPLETED = { age: 3600, count: 1000 };
export const KEEP_FAILED = { age: 24 * 3600 };

/** Marks an error that must not be retried (bad payload, unknown job). */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}
