import OpenAI, { toFile } from 'openai';
import type { FineTuneProvider } from '../src/domain/chat.js';
import type { JobStatus } from '../src/db/fine-tune-jobs.js';

export type Provider = FineTuneProvider;

/** The build plan's configuration (Phase 3a). */
export const JOB_DEFAULTS = {
  baseModel: 'meta-llama/Llama-3.3-70B-Instruct',
  suffix: 'hyrox-coach-v1',
  loraRank: 16,
  loraAlpha: 32,
  contextLength: 8192,
} as const;

export interface JobSpec {
  provider: Provider;
  baseModel: string;
  suffix: string;
  epochs: number;
  trainingFile: string;
  validationFile?: string;
  /** Continue from a previous fine-tune (v2), where the provider supports it. */
  warmStartFrom?: string;
}

/**
 * The provider's own request for a LoRA job (field names differ: contracts.md §B3). Every
 * hyperparameter is sent explicitly, because provider defaults are not documented reliably.
 */
export function jobRequest(s: JobSpec): { method: 'POST'; path: string; body: Record<string, unknown> } {
  switch (s.provider) {
    case 'nebius':
      if (s.warmStartFrom)
        throw new Error(
          'Nebius takes warm starts only from a Hugging Face checkpoint (from_checkpoint); export the adapter there first, or train v2 from the base model.',
        );
      return {
        method: 'POST',
        path: '/fine_tuning/jobs',
        body: {
          model: s.baseModel,
          training_file: s.trainingFile,
          ...(s.validationFile ? { validation_file: s.validationFile } : {}),
          suffix: s.suffix,
          seed: 42,
          hyperparameters: {
            n_epochs: s.epochs,
            batch_size: 8,
            learning_rate: 0.00001,
            warmup_ratio: 0,
            weight_decay: 0,
            packing: true,
            max_grad_norm: 1,
            context_length: JOB_DEFAULTS.contextLength,
            lora: true,
            lora_r: JOB_DEFAULTS.loraRank,
            lora_alpha: JOB_DEFAULTS.loraAlpha,
            lora_dropout: 0.05,
          },
        },
      };
    case 'openai':
      // OpenAI trains full fine-tunes (no LoRA knobs); a warm start passes the previous model as `model`.
      return {
        method: 'POST',
        path: '/fine_tuning/jobs',
        body: {
          model: s.warmStartFrom ?? s.baseModel,
          training_file: s.trainingFile,
          ...(s.validationFile ? { validation_file: s.validationFile } : {}),
          suffix: s.suffix,
          method: { type: 'supervised', supervised: { hyperparameters: { n_epochs: s.epochs } } },
        },
      };
    case 'together':
      return {
        method: 'POST',
        path: '/fine-tunes',
        body: {
          model: s.baseModel,
          training_file: s.trainingFile,
          ...(s.validationFile ? { validation_file: s.validationFile, n_evals: 3 } : {}),
          suffix: s.suffix,
          n_epochs: s.epochs,
          learning_rate: 0.00001,
          max_seq_length: JOB_DEFAULTS.contextLength,
          training_type: { type: 'Lora', lora_r: JOB_DEFAULTS.loraRank, lora_alpha: JOB_DEFAULTS.loraAlpha, lora_dropout: 0.05 },
          ...(s.warmStartFrom ? { from_checkpoint: s.warmStartFrom } : {}),
        },
      };
  }
}

export interface JobState {
  id: string;
  status: JobStatus;
  model?: string;
  trainedSteps?: number;
  totalSteps?: number;
  trainedTokens?: number;
  error?: string;
}

/** Maps a provider's job object to our statuses. */
export function readJob(provider: Provider, raw: Record<string, unknown>): JobState {
  const status = String(raw.status ?? '');
  const map: Record<string, JobStatus> = {
    validating_files: 'validating_files',
    queued: 'queued',
    running: 'running',
    succeeded: 'succeeded',
    failed: 'failed',
    cancelled: 'cancelled',
    pending: 'queued',
    compressing: 'running',
    uploading: 'running',
    cancel_requested: 'running',
    completed: 'succeeded',
    error: 'failed',
  };
  const err = raw.error as { message?: string } | null | undefined;
  return {
    id: String(raw.id),
    status: map[status] ?? 'running',
    model: (raw.fine_tuned_model ?? raw.output_name ?? undefined) as string | undefined,
    trainedSteps: (raw.trained_steps ?? undefined) as number | undefined,
    totalSteps: (raw.total_steps ?? undefined) as number | undefined,
    trainedTokens: (raw.trained_tokens ?? raw.token_count ?? undefined) as number | undefined,
    error: err?.message ?? (provider === 'together' && status === 'error' ? 'the job failed' : undefined),
  };
}

/** Talks to the fine-tuning API through the `openai` package (files, jobs) and its raw HTTP helpers. */
export class FineTuneClient {
  private readonly client: OpenAI;
  constructor(
    readonly provider: Provider,
    baseUrl: string,
    apiKey: string,
    maxRetries = 2,
  ) {
    this.client = new OpenAI({ baseURL: baseUrl, apiKey, maxRetries, timeout: 120_000 });
  }

  async upload(name: string, data: Buffer): Promise<string> {
    const file = await this.client.files.create({ file: await toFile(data, name), purpose: 'fine-tune' });
    return file.id;
  }

  async create(spec: JobSpec): Promise<JobState> {
    const req = jobRequest(spec);
    const raw = await this.client.post<Record<string, unknown>>(req.path, { body: req.body });
    return readJob(this.provider, raw);
  }

  async get(jobId: string): Promise<JobState> {
    const path = this.provider === 'together' ? `/fine-tunes/${jobId}` : `/fine_tuning/jobs/${jobId}`;
    return readJob(this.provider, await this.client.get<Record<string, unknown>>(path));
  }

  async events(jobId: string): Promise<string[]> {
    if (this.provider === 'together') return [];
    const raw = await this.client.get<{ data?: { message?: string }[] }>(`/fine_tuning/jobs/${jobId}/events`).catch(() => ({ data: [] }));
    return (raw.data ?? []).map((e) => e.message ?? '').filter(Boolean);
  }

  async cancel(jobId: string): Promise<JobState> {
    const path = this.provider === 'together' ? `/fine-tunes/${jobId}/cancel` : `/fine_tuning/jobs/${jobId}/cancel`;
    return readJob(this.provider, await this.client.post<Record<string, unknown>>(path, {}));
  }
}
