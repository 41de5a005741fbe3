import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { FINETUNE_PROVIDERS, type FineTuneProvider } from './domain/chat.js';

/**
 * The only module that reads the environment. `loadConfig(env)` validates every variable at once
 * and returns a frozen Config with one discriminated setting per part (ARCHITECTURE.md: each part
 * has a production setting and an embedded default). Code branches on `kind`, never on whether a
 * variable happens to be present.
 */

const NEBIUS_BASE_URL = 'https://api.tokenfactory.nebius.com/v1/';
const OPENAI_BASE_URL = 'https://api.openai.com/v1';

/** Empty strings count as unset (t3-env's emptyStringAsUndefined). */
const opt = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const httpUrl = z.url({ protocol: /^https?$/ });
const postgresUrl = z.url({ protocol: /^postgres(ql)?$/ });
const redisUrl = z.url({ protocol: /^rediss?$/ });
const snowflake = z.string().regex(/^\d{17,20}$/);

/** Every variable, with its one-line fix. `.env.example` lists the same keys (a test checks it). */
export const ENV_HELP: Record<string, string> = {
  DATA_DIR: 'a folder for everything the embedded default writes (default .data)',
  LOG_LEVEL: 'one of fatal, error, warn, info, debug, trace, silent',
  DATABASE_URL: 'your Supabase connection string (Project Settings → Database → URI, postgres://…), or unset it to use the embedded PGlite database',
  REDIS_URL: 'redis://host:6379 for BullMQ workers, or unset it to run jobs in process',
  WORKER_CONCURRENCY: 'a whole number from 1 to 64 (jobs one worker runs at once)',
  QUEUE_PREFIX: 'letters, digits, - or _ (Redis key prefix; give each deployment sharing one Redis its own)',
  WORKER_LOCK_DURATION_MS:
    'milliseconds from 1000 to 600000: how long a worker holds a job before another may take it over if it died (default 30000)',
  JOB_BACKOFF_MS: 'milliseconds from 10 to 60000: the wait before a failed job is retried, doubled on each attempt (default 2000)',
  COACH_RATE_LIMIT: 'a whole number from 1 to 100: /coach questions one athlete may ask per COACH_RATE_WINDOW_SEC',
  COACH_RATE_WINDOW_SEC: 'a whole number of seconds from 10 to 86400',
  EMBEDDINGS_API_KEY: 'the API key of an OpenAI-compatible embeddings endpoint, or unset it to use the local embedder',
  EMBEDDINGS_BASE_URL: `an http(s) URL of an OpenAI-compatible API (default ${OPENAI_BASE_URL})`,
  EMBEDDINGS_MODEL: 'the embeddings model name (default text-embedding-3-small)',
  LLM_BASE_URL: `an http(s) URL of an OpenAI-compatible chat API (default Nebius, ${NEBIUS_BASE_URL})`,
  LLM_API_KEY: 'the chat API key (Nebius: Token Factory → API keys), or unset LLM_* to use the offline composer',
  LLM_MODEL: 'the chat model name (default meta-llama/Llama-3.3-70B-Instruct; a registered fine-tune overrides it)',
  LLM_TIMEOUT_MS: 'milliseconds from 1000 to 600000 before a chat call falls back to the offline answer',
  LLM_MAX_RETRIES: 'a whole number from 0 to 5 (retries on 429/5xx)',
  TEACHER_BASE_URL: 'an http(s) URL of an OpenAI-compatible chat API used to generate training data',
  TEACHER_API_KEY: 'the teacher API key (set with TEACHER_MODEL to generate examples with a teacher model)',
  TEACHER_MODEL: 'the teacher model name',
  FINETUNE_BASE_URL: `an http(s) URL of an OpenAI-compatible fine-tuning API (default Nebius, ${NEBIUS_BASE_URL})`,
  FINETUNE_API_KEY: 'the fine-tuning API key (defaults to LLM_API_KEY)',
  FINETUNE_PROVIDER: 'one of nebius, openai, together (how job fields are named)',
  TRAIN_EPOCHS: 'a whole number from 1 to 10',
  TRAIN_PRICE_PER_MTOK: 'US dollars per million training tokens (build plan: 2.80)',
  DISCORD_TOKEN: 'the bot token from the Developer Portal → your app → Bot → Reset Token',
  DISCORD_APPLICATION_ID: 'the Application ID from the Developer Portal → General Information',
  DISCORD_GUILD_ID: 'your server id (Developer Mode → right-click the server → Copy Server ID) to register commands there; unset for global commands',
  DISCORD_COACH_ROLE_ID: 'the id of the role whose 👍/👎 count as coach ratings',
  DISCORD_API_URL: 'the Discord REST base (default https://discord.com/api); only change it for a proxy',
  DISCORD_ACK_PIPELINING:
    'on or off (default off): send interaction acknowledgements pipelined on two kept-alive connections; turn on only after a canary shows Discord answers pipelined requests side by side',
  METRICS_PORT: 'a TCP port from 1 to 65535 for /healthz, /readyz and /metrics (Prometheus) of the bot and each worker; unset for no server',
};

const EnvSchema = z.object({
  DATA_DIR: z.preprocess((v) => (v === '' ? undefined : v), z.string().default('.data')),
  LOG_LEVEL: opt(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])).transform((v) => v ?? 'info'),
  DATABASE_URL: opt(postgresUrl),
  REDIS_URL: opt(redisUrl),
  WORKER_CONCURRENCY: opt(z.coerce.number().int().min(1).max(64)).transform((v) => v ?? 4),
  QUEUE_PREFIX: opt(z.string().regex(/^[A-Za-z0-9_-]{1,40}$/)).transform((v) => v ?? 'hyrox'),
  WORKER_LOCK_DURATION_MS: opt(z.coerce.number().int().min(1000).max(600_000)).transform((v) => v ?? 30_000),
  JOB_BACKOFF_MS: opt(z.coerce.number().int().min(10).max(60_000)).transform((v) => v ?? 2000),
  COACH_RATE_LIMIT: opt(z.coerce.number().int().min(1).max(100)).transform((v) => v ?? 5),
  COACH_RATE_WINDOW_SEC: opt(z.coerce.number().int().min(10).max(86_400)).transform((v) => v ?? 60),
  EMBEDDINGS_API_KEY: opt(z.string().min(1)),
  EMBEDDINGS_BASE_URL: opt(httpUrl),
  EMBEDDINGS_MODEL: opt(z.string().min(1)),
  LLM_BASE_URL: opt(httpUrl),
  LLM_API_KEY: opt(z.string().min(1)),
  LLM_MODEL: opt(z.string().min(1)),
  LLM_TIMEOUT_MS: opt(z.coerce.number().int().min(1000).max(600_000)).transform((v) => v ?? 30_000),
  LLM_MAX_RETRIES: opt(z.coerce.number().int().min(0).max(5)).transform((v) => v ?? 2),
  TEACHER_BASE_URL: opt(httpUrl),
  TEACHER_API_KEY: opt(z.string().min(1)),
  TEACHER_MODEL: opt(z.string().min(1)),
  FINETUNE_BASE_URL: opt(httpUrl),
  FINETUNE_API_KEY: opt(z.string().min(1)),
  FINETUNE_PROVIDER: opt(z.enum(FINETUNE_PROVIDERS)).transform((v) => v ?? 'nebius'),
  TRAIN_EPOCHS: opt(z.coerce.number().int().min(1).max(10)).transform((v) => v ?? 3),
  TRAIN_PRICE_PER_MTOK: opt(z.coerce.number().min(0).max(1000)).transform((v) => v ?? 2.8),
  DISCORD_TOKEN: opt(z.string().min(20)),
  DISCORD_APPLICATION_ID: opt(snowflake),
  DISCORD_GUILD_ID: opt(snowflake),
  DISCORD_COACH_ROLE_ID: opt(snowflake),
  DISCORD_API_URL: opt(httpUrl),
  DISCORD_ACK_PIPELINING: opt(z.enum(['on', 'off'])).transform((v) => v ?? 'off'),
  METRICS_PORT: opt(z.coerce.number().int().min(1).max(65_535)),
});

export type DatabaseConfig = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
export type QueueConfig =
  | { kind: 'bullmq'; redisUrl: string; concurrency: number; lockDurationMs: number; prefix: string; backoffMs: number }
  | { kind: 'in-process'; concurrency: number; backoffMs: number };
export type EmbeddingsConfig =
  { kind: 'openai'; baseUrl: string; apiKey: string; model: string; dimensions: number } | { kind: 'local'; model: string; dimensions: number };
export type LlmConfig =
  { kind: 'openai-compatible'; baseUrl: string; apiKey: string; model: string; timeoutMs: number; maxRetries: number } | { kind: 'offline' };
export type DiscordConfig =
  | { kind: 'present'; token: string; applicationId: string; guildId?: string; coachRoleId?: string; apiUrl?: string; ackPipelining?: boolean }
  | { kind: 'absent' };

export interface Config {
  dataDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  database: DatabaseConfig;
  queue: QueueConfig;
  rateLimit: { perWindow: number; windowSec: number };
  embeddings: EmbeddingsConfig;
  llm: LlmConfig;
  teacher: { kind: 'openai-compatible'; baseUrl: string; apiKey: string; model: string } | { kind: 'none' };
  finetune: { baseUrl: string; apiKey?: string; provider: FineTuneProvider; epochs: number; pricePerMTok: number };
  discord: DiscordConfig;
  /** /healthz, /readyz and /metrics on this port (bot and workers), or no server. */
  metrics: { kind: 'on'; port: number } | { kind: 'off' };
}

/** Dimensions of `knowledge_chunks.embedding` (text-embedding-3-small). */
export const EMBEDDING_DIMENSIONS = 1536;
export const LOCAL_EMBEDDING_MODEL = 'local-ppmi-v1';
export const DEFAULT_LLM_MODEL = 'meta-llama/Llama-3.3-70B-Instruct';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * The environment every entry point validates: the variables of a `.env` file in the working
 * directory (parsed as dotenv does: comments, quotes, `export`), overridden by the process
 * environment, so `VAR=x npm start` always wins over the file. No file, no error.
 */
export function readEnvironment(
  processEnv: Record<string, string | undefined> = process.env,
  file = path.resolve('.env'),
): Record<string, string | undefined> {
  if (!existsSync(file)) return { ...processEnv };
  let fromFile: Record<string, string>;
  try {
    fromFile = parseEnv(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch (error) {
    throw new ConfigError([`${file} could not be read (${(error as Error).message}): fix its permissions or remove it`]);
  }
  return { ...fromFile, ...processEnv };
}

/** Validates the environment record once; throws ConfigError naming every problem and its fix. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '?');
      return `${key} is invalid (${issue.message}): set ${key} to ${ENV_HELP[key] ?? 'a valid value'}`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  const problems: string[] = [];
  const pairs: [string, string | undefined, string, string | undefined][] = [
    ['TEACHER_API_KEY', e.TEACHER_API_KEY, 'TEACHER_MODEL', e.TEACHER_MODEL],
    ['DISCORD_TOKEN', e.DISCORD_TOKEN, 'DISCORD_APPLICATION_ID', e.DISCORD_APPLICATION_ID],
  ];
  for (const [a, av, b, bv] of pairs) {
    if (av && !bv) problems.push(`${b} is missing (it goes with ${a}): set ${b} to ${ENV_HELP[b]}`);
    if (bv && !av) problems.push(`${a} is missing (it goes with ${b}): set ${a} to ${ENV_HELP[a]}`);
  }
  if (e.REDIS_URL && !e.DATABASE_URL) {
    // Workers are separate processes; the embedded PGlite folder can be opened by one process only.
    problems.push(
      'DATABASE_URL is missing (it goes with REDIS_URL): the bot and every worker are separate processes and cannot share the embedded PGlite database in DATA_DIR; set DATABASE_URL to a Postgres with pgvector, or unset REDIS_URL to run jobs inside the bot',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const dataDir = path.resolve(e.DATA_DIR);
  const llmWanted = e.LLM_BASE_URL !== undefined || e.LLM_API_KEY !== undefined;
  const config: Config = {
    dataDir,
    logLevel: e.LOG_LEVEL,
    database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') },
    queue: e.REDIS_URL
      ? {
          kind: 'bullmq',
          redisUrl: e.REDIS_URL,
          concurrency: e.WORKER_CONCURRENCY,
          lockDurationMs: e.WORKER_LOCK_DURATION_MS,
          prefix: e.QUEUE_PREFIX,
          backoffMs: e.JOB_BACKOFF_MS,
        }
      : { kind: 'in-process', concurrency: e.WORKER_CONCURRENCY, backoffMs: e.JOB_BACKOFF_MS },
    rateLimit: { perWindow: e.COACH_RATE_LIMIT, windowSec: e.COACH_RATE_WINDOW_SEC },
    embeddings: e.EMBEDDINGS_API_KEY
      ? {
          kind: 'openai',
          baseUrl: e.EMBEDDINGS_BASE_URL ?? OPENAI_BASE_URL,
          apiKey: e.EMBEDDINGS_API_KEY,
          model: e.EMBEDDINGS_MODEL ?? 'text-embedding-3-small',
          dimensions: EMBEDDING_DIMENSIONS,
        }
      : { kind: 'local', model: LOCAL_EMBEDDING_MODEL, dimensions: EMBEDDING_DIMENSIONS },
    llm: llmWanted
      ? {
          kind: 'openai-compatible',
          baseUrl: e.LLM_BASE_URL ?? NEBIUS_BASE_URL,
          // Local servers (Ollama, llama.cpp) take any key; the SDK needs a non-empty one.
          apiKey: e.LLM_API_KEY ?? 'not-needed',
          model: e.LLM_MODEL ?? DEFAULT_LLM_MODEL,
          timeoutMs: e.LLM_TIMEOUT_MS,
          maxRetries: e.LLM_MAX_RETRIES,
        }
      : { kind: 'offline' },
    teacher:
      e.TEACHER_API_KEY && e.TEACHER_MODEL
        ? { kind: 'openai-compatible', baseUrl: e.TEACHER_BASE_URL ?? NEBIUS_BASE_URL, apiKey: e.TEACHER_API_KEY, model: e.TEACHER_MODEL }
        : { kind: 'none' },
    finetune: {
      baseUrl: e.FINETUNE_BASE_URL ?? NEBIUS_BASE_URL,
      apiKey: e.FINETUNE_API_KEY ?? e.LLM_API_KEY,
      provider: e.FINETUNE_PROVIDER,
      epochs: e.TRAIN_EPOCHS,
      pricePerMTok: e.TRAIN_PRICE_PER_MTOK,
    },
    discord:
      e.DISCORD_TOKEN && e.DISCORD_APPLICATION_ID
        ? {
            kind: 'present',
            token: e.DISCORD_TOKEN,
            applicationId: e.DISCORD_APPLICATION_ID,
            guildId: e.DISCORD_GUILD_ID,
            coachRoleId: e.DISCORD_COACH_ROLE_ID,
            apiUrl: e.DISCORD_API_URL,
            ackPipelining: e.DISCORD_ACK_PIPELINING === 'on',
          }
        : { kind: 'absent' },
    metrics: e.METRICS_PORT ? { kind: 'on', port: e.METRICS_PORT } : { kind: 'off' },
  };
  return deepFreeze(config);
}

/** Narrows to a configured Discord part, or names what to set. */
export function requireDiscord(config: Config): Extract<DiscordConfig, { kind: 'present' }> {
  if (config.discord.kind === 'present') return config.discord;
  throw new ConfigError([
    `DISCORD_TOKEN is missing: set DISCORD_TOKEN to ${ENV_HELP.DISCORD_TOKEN}`,
    `DISCORD_APPLICATION_ID is missing: set DISCORD_APPLICATION_ID to ${ENV_HELP.DISCORD_APPLICATION_ID}`,
  ]);
}

/** Masks a secret: "•••" plus its last 4 characters. */
export function maskSecret(secret: string): string {
  return `•••${secret.slice(-4)}`;
}

/** Masks the password of a connection URL. */
export function maskUrlPassword(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = maskSecret(decodeURIComponent(u.password));
    return u.toString();
  } catch {
    return '•••';
  }
}

const SECRET_KEYS = new Set(['apiKey', 'token']);

/** The only printable form of a Config: secrets masked, connection passwords masked. */
export function redact(config: Config): unknown {
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') {
      if (SECRET_KEYS.has(key)) return maskSecret(value);
      if (key === 'url' || key === 'redisUrl') return maskUrlPassword(value);
      return value;
    }
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  return walk(config, '');
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
