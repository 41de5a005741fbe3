import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/config.js';
import { openPgDb } from '../../src/db/pg-db.js';
import type { Db } from '../../src/db/db.js';
import { migrate } from '../../src/db/migrate.js';
import { pgliteAsDb } from '../../src/db/pglite-db.js';
import { LearnedEmbedder } from '../../src/retrieval/learned-embedder.js';
import { startBot, startWorker } from '../../src/main/runtime.js';
import { loadCorpus } from '../../ingest/corpus.js';
import { storeChunks } from '../../ingest/store.js';
import { startDiscordFake, type DiscordFake } from './discord-fake.js';
import { startFakeOpenAI, type FakeOpenAI } from './fake-openai.js';
import { startPgSocket } from './pg-socket.js';
import { freshPglite } from './pglite.js';
import { TEST_REDIS_URL, uniquePrefix, wipePrefix } from './redis.js';

export const BOT_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAw.GaBcDe.fake-token-for-the-local-discord-xyz';

/**
 * Everything an end-to-end test needs, all real and all on 127.0.0.1: Postgres wire protocol
 * (PGlite behind pg-socket.ts, so the bot, workers and child processes share it), the local
 * Discord, optionally the local OpenAI-compatible LLM, and (queue: 'bullmq') the real Redis.
 */
export interface Stack {
  discord: DiscordFake;
  llm?: FakeOpenAI;
  db: Db;
  env: Record<string, string>;
  config: Config;
  prefix: string;
  /** The bot and worker processes' composition root, on this stack's env plus `extraEnv`. */
  startBot(extraEnv?: Record<string, string>): Promise<Awaited<ReturnType<typeof startBot>>>;
  startWorker(extraEnv?: Record<string, string>): Promise<Awaited<ReturnType<typeof startWorker>>>;
  close(): Promise<void>;
}

let seeded: Promise<Blob> | undefined;

/**
 * The database every stack starts from: migrated, with a small knowledge base (two research
 * fixtures) stored and embedded with the embedded default, whose learned model is stored too, so
 * answers cite passages and bot and worker embed with it. Built once per process (the Redis files
 * share one module cache) and copied for each stack: storing and embedding took about 3 s a stack.
 */
function seededDatabase(): Promise<Blob> {
  seeded ??= (async () => {
    const pglite = await freshPglite();
    const db = pgliteAsDb(pglite);
    await migrate(db);
    const research = mkdtempSync(path.join(os.tmpdir(), 'hx-research-'));
    try {
      for (const f of ['pacing.md', 'nutrition.md'])
        writeFileSync(path.join(research, f), readFileSync(new URL(`../fixtures/research/${f}`, import.meta.url)));
      await storeChunks({ db, embedder: new LearnedEmbedder(db) }, loadCorpus(research).chunks);
    } finally {
      rmSync(research, { recursive: true, force: true });
    }
    const dump = await pglite.dumpDataDir('none');
    await pglite.close();
    return dump;
  })();
  return seeded;
}

/** `discordRestThread`: the local Discord's REST API on its own thread (benches; see startDiscordFake). */
export async function startStack(opts: {
  queue: 'bullmq' | 'in-process';
  llm?: boolean;
  extraEnv?: Record<string, string>;
  discordRestThread?: boolean;
}): Promise<Stack> {
  const pg = await startPgSocket(await seededDatabase());
  const discord = await startDiscordFake({ restThread: opts.discordRestThread });
  const llm = opts.llm ? await startFakeOpenAI() : undefined;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hx-stack-'));
  const prefix = uniquePrefix();
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    DATABASE_URL: pg.url,
    DISCORD_TOKEN: BOT_TOKEN,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_URL: discord.apiUrl,
    DISCORD_COACH_ROLE_ID: discord.coachRoleId,
    WORKER_CONCURRENCY: '4',
    COACH_RATE_LIMIT: '50',
    JOB_BACKOFF_MS: '100',
    ...(opts.queue === 'bullmq' ? { REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix } : {}),
    ...(llm
      ? {
          LLM_BASE_URL: llm.url,
          LLM_API_KEY: 'nb-test-key',
          LLM_MODEL: 'meta-llama/Llama-3.3-70B-Instruct',
          LLM_TIMEOUT_MS: '2000',
          LLM_MAX_RETRIES: '0',
        }
      : {}),
    ...opts.extraEnv,
  };
  const config = loadConfig(env);
  const db = await openPgDb(pg.url, 2);
  const closers: (() => Promise<void>)[] = [];
  return {
    discord,
    llm,
    db,
    env,
    config,
    prefix,
    async startBot(extraEnv = {}) {
      const bot = await startBot(loadConfig({ ...env, ...extraEnv }));
      closers.push(() => bot.close());
      return bot;
    },
    async startWorker(extraEnv = {}) {
      const w = await startWorker(loadConfig({ ...env, ...extraEnv }));
      closers.push(() => w.close());
      return w;
    },
    async close() {
      for (const c of closers.reverse()) await c().catch(() => undefined);
      await db.close();
      if (opts.queue === 'bullmq') await wipePrefix(prefix);
      await llm?.close();
      await discord.close();
      await pg.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
