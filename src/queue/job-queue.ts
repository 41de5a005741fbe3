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
}

export type Processor = (name: string, data: unknown, job: JobInfo) => Promise<unknown>;
/** Called once when a job has failed for good (after its last attempt). */
export type FailedHook = (name: string, data: unknown, job: JobInfo, error: Error) => Promise<void>;

/** A snapshot of the queue for /metrics. */
export interface QueueDepth { waiting: number; active: number; delayed: number; failed: number; oldestWaitingMs: number }

/** The producer side of the queue: BullMQ on Redis, or in process. Same contract. */
export interface JobQueue {
  readonly kind: 'bullmq' | 'in-process';
  /** Enqueues a job; resolves { added: false } when a job with that id already exists. */
  add(name: string, data: unknown, opts: AddOptions): Promise<{ added: boolean }>;
  /** Runs `name` every `everyMs` (a repeatable scheduler, replacing any previous one with that id). */
  schedule(schedulerId: string, everyMs: number, name: string, data: unknown): Promise<void>;
  /** How many jobs wait, run and are delayed, and how long the oldest waiting one has waited. */
  depth(): Promise<QueueDepth>;
  close(): Promise<void>;
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
