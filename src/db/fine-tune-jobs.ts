import { z } from 'zod';
import { FINETUNE_PROVIDERS, type FineTuneProvider } from '../domain/chat.js';
import type { Queryable } from './db.js';
import { parseInput, toIso } from './validate.js';

export const JOB_STATUSES = ['validating_files', 'queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const FINAL_STATUSES: readonly JobStatus[] = ['succeeded', 'failed', 'cancelled'];

export interface FineTuneJob {
  id: string;
  provider: FineTuneProvider;
  jobId: string;
  baseModel: string;
  suffix: string | null;
  datasetHash: string;
  trainingFileId: string | null;
  validationFileId: string | null;
  hyperparameters: Record<string, unknown>;
  status: JobStatus;
  resultModel: string | null;
  error: string | null;
  trainedTokens: number | null;
  createdAt: string;
  finishedAt: string | null;
  registeredAt: string | null;
}

interface RawJob {
  id: string;
  provider: FineTuneJob['provider'];
  job_id: string;
  base_model: string;
  suffix: string | null;
  dataset_hash: string;
  training_file_id: string | null;
  validation_file_id: string | null;
  hyperparameters: Record<string, unknown>;
  status: JobStatus;
  result_model: string | null;
  error: string | null;
  trained_tokens: number | null;
  created_at: Date | string;
  finished_at: Date | string | null;
  registered_at: Date | string | null;
}

const toJob = (r: RawJob): FineTuneJob => ({
  id: r.id,
  provider: r.provider,
  jobId: r.job_id,
  baseModel: r.base_model,
  suffix: r.suffix,
  datasetHash: r.dataset_hash,
  trainingFileId: r.training_file_id,
  validationFileId: r.validation_file_id,
  hyperparameters: r.hyperparameters,
  status: r.status,
  resultModel: r.result_model,
  error: r.error,
  trainedTokens: r.trained_tokens,
  createdAt: toIso(r.created_at),
  finishedAt: r.finished_at ? toIso(r.finished_at) : null,
  registeredAt: r.registered_at ? toIso(r.registered_at) : null,
});

export const NewJob = z.object({
  provider: z.enum(FINETUNE_PROVIDERS),
  jobId: z.string().min(1),
  baseModel: z.string().min(1),
  suffix: z.string().max(64).nullish(),
  datasetHash: z.string().min(8),
  trainingFileId: z.string().nullish(),
  validationFileId: z.string().nullish(),
  hyperparameters: z.record(z.string(), z.unknown()).default({}),
  status: z.enum(JOB_STATUSES),
});

export async function insertJob(db: Queryable, input: z.input<typeof NewJob>): Promise<FineTuneJob> {
  const j = parseInput(NewJob, input);
  const row = await db.one<RawJob>(
    `insert into fine_tune_jobs (provider, job_id, base_model, suffix, dataset_hash, training_file_id, validation_file_id, hyperparameters, status)
     values ($1,$2,$3,$4,$5,$6,$7,$8::jsonb,$9)
     on conflict (provider, job_id) do update set status = excluded.status, updated_at = now() returning *`,
    [
      j.provider,
      j.jobId,
      j.baseModel,
      j.suffix ?? null,
      j.datasetHash,
      j.trainingFileId ?? null,
      j.validationFileId ?? null,
      JSON.stringify(j.hyperparameters),
      j.status,
    ],
  );
  return toJob(row!);
}

export async function updateJobStatus(
  db: Queryable,
  provider: string,
  jobId: string,
  patch: { status: JobStatus; resultModel?: string | null; error?: string | null; trainedTokens?: number | null },
): Promise<FineTuneJob | undefined> {
  const row = await db.one<RawJob>(
    `update fine_tune_jobs set status = $3, result_model = coalesce($4, result_model), error = coalesce($5, error),
       trained_tokens = coalesce($6, trained_tokens), updated_at = now(),
       finished_at = case when $3 in ('succeeded','failed','cancelled') then coalesce(finished_at, now()) else finished_at end
     where provider = $1 and job_id = $2 returning *`,
    [provider, jobId, patch.status, patch.resultModel ?? null, patch.error ?? null, patch.trainedTokens ?? null],
  );
  return row && toJob(row);
}

/** Marks a succeeded job's model as the one the coach uses. */
export async function registerModel(db: Queryable, provider: string, jobId: string): Promise<FineTuneJob | undefined> {
  const row = await db.one<RawJob>(
    `update fine_tune_jobs set registered_at = now(), updated_at = now()
     where provider = $1 and job_id = $2 and status = 'succeeded' and result_model is not null returning *`,
    [provider, jobId],
  );
  return row && toJob(row);
}

/** The newest registered fine-tune's model (one column, `result_model`; no row when there is none). */
export const REGISTERED_MODEL_SQL = 'select result_model from fine_tune_jobs where registered_at is not null order by registered_at desc limit 1';

/** The model the coach should use: the newest registered fine-tune, if any. */
export async function registeredModel(db: Queryable): Promise<string | undefined> {
  const row = await db.one<{ result_model: string }>(REGISTERED_MODEL_SQL, [], { prepare: true });
  return row?.result_model;
}

export async function latestJob(db: Queryable): Promise<FineTuneJob | undefined> {
  const row = await db.one<RawJob>('select * from fine_tune_jobs order by created_at desc limit 1');
  return row && toJob(row);
}

export async function findJob(db: Queryable, jobId: string): Promise<FineTuneJob | undefined> {
  const row = await db.one<RawJob>('select * from fine_tune_jobs where job_id = $1 order by created_at desc limit 1', [jobId]);
  return row && toJob(row);
}
