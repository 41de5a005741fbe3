import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, ENV_HELP, loadConfig, readEnvironment, redact, requireDiscord } from './config.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.secret-token-value-WXYZ';

describe('loadConfig', () => {
  describe('when nothing is set', () => {
    it('picks every embedded default', () => {
      const c = loadConfig({});
      expect(c.database.kind).toBe('pglite');
      expect(c.queue).toEqual({ kind: 'in-process', concurrency: 4, backoffMs: 2000 });
      expect(c.embeddings).toMatchObject({ kind: 'local', dimensions: 1536 });
      expect(c.llm.kind).toBe('offline');
      expect(c.discord.kind).toBe('absent');
      expect(c.dataDir.endsWith('.data')).toBe(true);
    });
    it('treats empty strings as unset', () => {
      expect(loadConfig({ DATABASE_URL: '', REDIS_URL: '  ', LLM_API_KEY: '' }).llm.kind).toBe('offline');
    });
  });
  describe('when production variables are set', () => {
    it('picks each production part', () => {
      const c = loadConfig({
        DATABASE_URL: 'postgresql://postgres:pw@db.example.supabase.co:5432/postgres',
        REDIS_URL: 'redis://127.0.0.1:6379',
        WORKER_CONCURRENCY: '16',
        EMBEDDINGS_API_KEY: 'sk-embed-1234',
        LLM_API_KEY: 'nb-key-5678',
        LLM_MODEL: 'my-lora',
        DISCORD_TOKEN: TOKEN,
        DISCORD_APPLICATION_ID: '123456789012345678',
      });
      expect(c.database).toEqual({ kind: 'postgres', url: 'postgresql://postgres:pw@db.example.supabase.co:5432/postgres' });
      expect(c.queue).toEqual({
        kind: 'bullmq',
        redisUrl: 'redis://127.0.0.1:6379',
        concurrency: 16,
        lockDurationMs: 30_000,
        prefix: 'hyrox',
        backoffMs: 2000,
      });
      expect(c.llm).toMatchObject({ kind: 'openai-compatible', baseUrl: 'https://api.tokenfactory.nebius.com/v1/', model: 'my-lora' });
      expect(requireDiscord(c).applicationId).toBe('123456789012345678');
      expect(requireDiscord(c).ackPipelining).toBe(false);
      expect(c.finetune.apiKey).toBe('nb-key-5678');
    });
    it('pipelines acknowledgements only when DISCORD_ACK_PIPELINING is on, and names a bad value', () => {
      const discord = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: '123456789012345678' };
      expect(requireDiscord(loadConfig({ ...discord, DISCORD_ACK_PIPELINING: 'on' })).ackPipelining).toBe(true);
      expect(requireDiscord(loadConfig({ ...discord, DISCORD_ACK_PIPELINING: 'off' })).ackPipelining).toBe(false);
      expect(() => loadConfig({ ...discord, DISCORD_ACK_PIPELINING: 'yes' })).toThrow(/DISCORD_ACK_PIPELINING/);
    });
    it('accepts a local OpenAI-compatible server with no key', () => {
      expect(loadConfig({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1' }).llm).toMatchObject({ kind: 'openai-compatible', apiKey: 'not-needed' });
    });
  });
  describe('when variables are invalid', () => {
    it('names every problem at once with its fix', () => {
      let error: unknown;
      try {
        loadConfig({ DATABASE_URL: 'mysql://x', WORKER_CONCURRENCY: '100', LLM_TIMEOUT_MS: 'soon', DISCORD_TOKEN: TOKEN });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/DATABASE_URL is invalid.*Supabase connection string/);
      expect(problems).toMatch(/WORKER_CONCURRENCY is invalid.*1 to 64/);
      expect(problems).toMatch(/LLM_TIMEOUT_MS is invalid/);
    });
    it('asks for the partner of a half-set pair', () => {
      expect(() => loadConfig({ DISCORD_TOKEN: TOKEN })).toThrow(/DISCORD_APPLICATION_ID is missing/);
    });
    it('names what to set when Discord is required but absent', () => {
      expect(() => requireDiscord(loadConfig({}))).toThrow(/DISCORD_TOKEN is missing: set DISCORD_TOKEN to the bot token/);
    });
  });
  it('returns a frozen config', () => {
    const c = loadConfig({});
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.database)).toBe(true);
  });
});

describe('redact', () => {
  it('masks every secret and database password', () => {
    const c = loadConfig({
      DATABASE_URL: 'postgres://postgres:supersecretpw@host:5432/postgres',
      LLM_API_KEY: 'nb-key-abcdefgh5678',
      EMBEDDINGS_API_KEY: 'sk-embed-zzzz9999',
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: '123456789012345678',
    });
    const printed = JSON.stringify(redact(c));
    for (const secret of ['supersecretpw', 'nb-key-abcdefgh', 'sk-embed-zzzz', 'secret-token-value']) {
      expect(printed).not.toContain(secret);
    }
    expect(printed).toContain('•••5678');
    expect(printed).toContain('•••WXYZ');
  });
});

describe('.env.example', () => {
  it('documents exactly the variables the schema reads', () => {
    const keys = readFileSync(new URL('../.env.example', import.meta.url), 'utf8')
      .split('\n')
      .map((l) => /^([A-Z0-9_]+)=/.exec(l)?.[1])
      .filter((k): k is string => Boolean(k));
    expect(new Set(keys)).toEqual(new Set(Object.keys(ENV_HELP)));
  });
});

describe('process.env', () => {
  it('is read only by src/config.ts and the entry points that pass it in', async () => {
    const { execSync } = await import('node:child_process');
    const hits = execSync("git grep -l 'process\\.env' -- 'src/*.ts' 'commands/*.ts' 'ingest/*.ts' 'training/*.ts' || true", { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .filter((f) => !f.endsWith('.test.ts'));
    const allowed = /^(src\/config\.ts|src\/main\/.*|src\/cli\/.*|ingest\/index\.ts|training\/index\.ts)$/;
    expect(hits.filter((f) => !allowed.test(f))).toEqual([]);
  });
});

describe('readEnvironment', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hx-env-'));
  const file = path.join(dir, '.env');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe('when a .env file exists', () => {
    it('reads it as dotenv does, and the process environment wins', () => {
      writeFileSync(
        file,
        [
          '# a comment line',
          'DISCORD_TOKEN=abcdefghijklmnopqrstuvwxyz.from-file',
          'DISCORD_APPLICATION_ID="123456789012345678"',
          'REDIS_URL=   # only a comment',
          "LLM_MODEL='my lora'",
          'export LOG_LEVEL=warn',
          'QUEUE_PREFIX=from-file',
        ].join('\n'),
      );
      const env = readEnvironment({ QUEUE_PREFIX: 'from-env' }, file);
      const c = loadConfig(env);
      expect(requireDiscord(c).applicationId).toBe('123456789012345678');
      expect(c.queue.kind).toBe('in-process');
      expect(c.logLevel).toBe('warn');
      expect(env.LLM_MODEL).toBe('my lora');
      expect(env.QUEUE_PREFIX).toBe('from-env');
    });
  });
  describe('when there is no .env file', () => {
    it('returns the process environment alone', () => {
      expect(readEnvironment({ LOG_LEVEL: 'debug' }, path.join(dir, 'missing.env'))).toEqual({ LOG_LEVEL: 'debug' });
    });
  });
  it('is what every entry point validates (no entry point reads process.env directly)', async () => {
    const { execSync } = await import('node:child_process');
    const hits = execSync("git grep -n 'loadConfig(process\\.env)' -- '*.ts' || true", { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(hits).toEqual([]);
  });
});

describe('.env.example read by dotenv and Docker Compose', () => {
  it('has no inline comments or padded values, so every reader gets the same values', () => {
    const text = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    const assignments = text.split('\n').filter((l) => /^[A-Z0-9_]+=/.test(l));
    expect(assignments.filter((l) => /#|\s/.test(l))).toEqual([]);
    const parsed = readEnvironment({}, fileURLToPath(new URL('../.env.example', import.meta.url)));
    expect(() => loadConfig(parsed)).not.toThrow();
    expect(loadConfig(parsed).queue.kind).toBe('in-process');
  });
});

describe('REDIS_URL without DATABASE_URL', () => {
  it('is refused: worker processes cannot share the embedded PGlite folder', () => {
    expect(() => loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' })).toThrow(
      /DATABASE_URL is missing \(it goes with REDIS_URL\).*cannot share the embedded PGlite/,
    );
  });
});
