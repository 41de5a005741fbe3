import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgDb } from '../src/db/pg-db.js';
import { startFakeOpenAI, type FakeOpenAI } from '../tests/support/fake-openai.js';
import { runInProcess } from '../tests/support/cli.js';
import { startPgSocket } from '../tests/support/pg-socket.js';
import { main } from './index.js';

let server: FakeOpenAI;
let pg: Awaited<ReturnType<typeof startPgSocket>>;
let dir: string;
let env: Record<string, string>;
let trainFile: string;
let evalFile: string;

beforeAll(async () => {
  server = await startFakeOpenAI({ requireKey: 'nb-ft-key' });
  // Postgres over the wire (PGlite behind a socket): each in-process run connects instead of reopening a data folder.
  pg = await startPgSocket();
  dir = mkdtempSync(path.join(os.tmpdir(), 'hx-train-'));
  const lines = readFileSync(new URL('../docs/training-data/combined/train.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean);
  trainFile = path.join(dir, 'train.jsonl');
  evalFile = path.join(dir, 'eval.jsonl');
  writeFileSync(trainFile, `${lines.slice(0, 12).join('\n')}\n`);
  writeFileSync(evalFile, `${lines.slice(12, 14).join('\n')}\n`);
  env = { DATA_DIR: path.join(dir, 'data'), DATABASE_URL: pg.url, LOG_LEVEL: 'silent', FINETUNE_BASE_URL: server.url, FINETUNE_API_KEY: 'nb-ft-key' };
});
afterAll(async () => {
  await server.close();
  await pg.close();
});

// `npm run train` in process with its own env (spawned once in tests/cli-smoke.slow.test.ts).
const train = (args: string[], extra: Record<string, string> = {}) => runInProcess(main, args, { ...env, ...extra });

describe('npm run train', () => {
  it('--dry-run shows the requests and the cost and sends nothing', async () => {
    const before = server.calls.length;
    const r = await train(['start', '--dry-run', '--train', trainFile, '--eval', evalFile]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/12 training examples, [\d,]+ tokens × 3 epochs ≈ \$\d+\.\d\d/);
    expect(r.stdout).toMatch(/would POST .*\/fine_tuning\/jobs/);
    expect(r.stdout).toContain('"lora_r": 16');
    expect(server.calls.length).toBe(before);
  }, 60_000);

  it('uploads, starts the job, follows it to success and registers the model', async () => {
    const start = await train(['start', '--train', trainFile, '--eval', evalFile]);
    expect(start.code).toBe(0);
    const jobId = /started job (\S+)/.exec(start.stdout)![1]!;
    const created = server.job(jobId)!;
    expect(server.file(String(created.body.training_file))!.bytes.toString()).toBe(readFileSync(trainFile, 'utf8'));
    expect(server.file(String(created.body.training_file))!.purpose).toBe('fine-tune');
    const status = await train(['status', '--job', jobId, '--interval-sec', '0.05']);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(new RegExp(`job ${jobId} succeeded: registered \\S+:ft-hyrox-coach-v1`));
    const db = await openPgDb(pg.url, 1);
    try {
      const row = await db.one<{ status: string; result_model: string; registered_at: string | null; trained_tokens: number }>(
        'select status, result_model, registered_at::text, trained_tokens from fine_tune_jobs where job_id = $1',
        [jobId],
      );
      expect(row).toMatchObject({ status: 'succeeded', trained_tokens: 123456 });
      expect(row!.registered_at).not.toBeNull();
    } finally {
      await db.close();
    }
  }, 90_000);

  it('reports a failed job with its error and registers nothing (exit 1)', async () => {
    server.scriptNextJob([{ status: 'queued' }, { status: 'failed', error: { code: 'invalid_file', message: 'line 3 has no assistant message' } }]);
    const start = await train(['start', '--train', trainFile]);
    const jobId = /started job (\S+)/.exec(start.stdout)![1]!;
    const status = await train(['status', '--job', jobId, '--interval-sec', '0.05']);
    expect(status.code).toBe(1);
    expect(status.stdout).toMatch(/failed: line 3 has no assistant message\. Nothing was registered/);
  }, 90_000);

  it('cancels a running job', async () => {
    server.scriptNextJob([{ status: 'queued' }, { status: 'running', trained_steps: 1, total_steps: 30 }]);
    const start = await train(['start', '--train', trainFile]);
    const jobId = /started job (\S+)/.exec(start.stdout)![1]!;
    const r = await train(['cancel', '--job', jobId]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`job ${jobId}: cancelled`);
    expect(server.job(jobId)!.cancelled).toBe(true);
  }, 60_000);

  it('eval asks two models the eight prompts and writes a side-by-side report', async () => {
    server.onChat(() => ({ content: 'From the model under test: 4 × 1 km at 5:54/km, 90 s rest, RPE 7.' }));
    const r = await train(['eval', '--model', 'offline', '--model', 'hyrox-coach-v1'], { LLM_BASE_URL: server.url, LLM_API_KEY: 'nb-ft-key' });
    expect(r.code).toBe(0);
    const report = readFileSync('docs/training-data/eval-report.md', 'utf8');
    expect(report.match(/^## \d\. /gm)).toHaveLength(8);
    expect(report.match(/^### offline/gm)).toHaveLength(8);
    expect(report.match(/^### hyrox-coach-v1/gm)).toHaveLength(8);
    expect(report).toContain('From the model under test');
  }, 90_000);

  it('refuses to start from a file that fails the quality filters (exit 2)', async () => {
    const bad = path.join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"messages":[{"role":"user","content":"hi"}]}\n');
    const r = await train(['start', '--train', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/fails the quality filters/);
  }, 60_000);

  it('validate reports each failure with its line', async () => {
    const bad = path.join(dir, 'mixed.jsonl');
    writeFileSync(bad, `${readFileSync(trainFile, 'utf8').split('\n')[0]}\nnot json\n`);
    const r = await train(['validate', bad]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`${bad}:2: [format] not valid JSON`);
  }, 60_000);
});
