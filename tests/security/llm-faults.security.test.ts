import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion, OFFLINE_MODEL, type CoachDeps, recordAnswer } from '../../src/coach/answer.js';
import { importAthlete } from '../../src/coach/athlete-file.js';
import { OpenAIChatModel } from '../../src/coach/chat-model.js';
import { DEGRADED_LINE } from '../../src/coach/footer.js';
import { getOrCreateAthlete } from '../../src/db/athletes.js';
import type { Db } from '../../src/db/db.js';
import { splitMessage } from '../../src/discord/render.js';
import { OpenAIEmbedder } from '../../src/retrieval/openai-embedder.js';
import { MAX_ANSWER_CHARS, SHORTENED_NOTE } from '../../src/domain/answer-limit.js';
import { coachDeps, withLlm } from '../support/coach-deps.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';
import { testId } from '../support/pglite.js';

let db: Db;
let deps: CoachDeps;
let llm: FakeOpenAI;
const Q = 'How should I pace my 1km runs for a sub 1:30?';
const body = (text: string) => text.split('\n\n---\n')[0]!;
const stored = async (id: string) =>
  (await db.one<{ answer: string; messages: unknown }>('select answer, messages from conversations where id = $1', [id]))!;

beforeAll(async () => {
  ({ db, deps } = await coachDeps());
  llm = await startFakeOpenAI();
}, 60_000);
afterAll(async () => {
  await db.close();
  await llm.close();
});
// Each test says how the server answers: an aborted request from an earlier test may still arrive.
beforeEach(() => {
  llm.clearChat();
  llm.onChat(() => ({ content: 'Run easy.' }));
});

describe('LLM path faults', () => {
  describe('when the server sends headers and then trickles one byte at a time', () => {
    it('gives up at the deadline and answers offline, saying so', async () => {
      llm.onChat(() => ({ trickle: 'Run 8 × 1 km at 5:54/km. '.repeat(40), everyMs: 15 }));
      const a = await answerQuestion(withLlm(deps, llm.url, 300), await getOrCreateAthlete(db, testId('u')), Q);
      expect(a.degraded).toBe(true);
      expect(a.model).toBe(OFFLINE_MODEL);
      expect(a.text.startsWith(DEGRADED_LINE)).toBe(true);
    });
    it('rejects the call itself with a deadline error, not a hang', async () => {
      llm.onChat(() => ({ trickle: 'slow'.repeat(50), everyMs: 15 }));
      const chat = new OpenAIChatModel({ baseUrl: llm.url, apiKey: 'k', model: 'm', timeoutMs: 200, maxRetries: 0 });
      await expect(chat.complete([{ role: 'user', content: Q }], [], {})).rejects.toThrow(/no complete answer within 200 ms/);
    });
  });

  describe('when garbage is collected while a reply trickles in, and the caller passed its own deadline too', () => {
    it('still gives up at the call deadline (a timeout signal held only weakly would be collected and never fire)', async () => {
      const gc = (globalThis as { gc?: () => void }).gc;
      expect(gc, 'the security project runs with --expose-gc').toBeTypeOf('function');
      llm.onChat(() => ({ trickle: 'slow'.repeat(100), everyMs: 10 }));
      const chat = new OpenAIChatModel({ baseUrl: llm.url, apiKey: 'k', model: 'm', timeoutMs: 300, maxRetries: 0 });
      const question = new AbortController();
      const collecting = setInterval(() => gc!(), 20);
      try {
        await expect(chat.complete([{ role: 'user', content: Q }], [], { signal: question.signal })).rejects.toThrow(
          /no complete answer within 300 ms/,
        );
      } finally {
        clearInterval(collecting);
      }
    });
  });

  describe('npm run coach against a server that trickles after the headers', () => {
    it('exits with the offline answer instead of hanging a worker slot', async () => {
      llm.onChat(() => ({ trickle: 'Run easy. '.repeat(100), everyMs: 200 }));
      const env = {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'hx-trickle-')),
        LOG_LEVEL: 'silent',
        LLM_BASE_URL: llm.url,
        LLM_TIMEOUT_MS: '1000',
        LLM_MAX_RETRIES: '0',
      };
      const r = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/coach.ts', Q], { env, cwd: process.cwd(), timeout: 60_000 });
      expect(r.stdout).toContain(DEGRADED_LINE);
    }, 60_000);
  });

  describe('when tool rounds together outlast the deadline', () => {
    const call = { toolCalls: [{ name: 'plan_pacing', arguments: { goal_time: '1:30:00', division: 'open_men' } }], delayMs: 120 };
    it('the call fails at its deadline, not after its last round', async () => {
      llm.onChat(() => call);
      const chat = new OpenAIChatModel({ baseUrl: llm.url, apiKey: 'k', model: 'm', timeoutMs: 300, maxRetries: 0 });
      await expect(
        chat.complete([{ role: 'user', content: Q }], [{ name: 'plan_pacing', description: 'p', parameters: {}, run: () => ({ ok: true }) }], {}),
      ).rejects.toThrow(/no complete answer within 300 ms/);
    });
    it('and the question is answered offline', async () => {
      llm.onChat(() => call);
      const a = await answerQuestion(withLlm(deps, llm.url, 300), await getOrCreateAthlete(db, testId('u')), Q);
      expect(a.degraded).toBe(true);
    });
  });

  describe('when the model floods', () => {
    it('abandons a multi-megabyte response and answers offline', async () => {
      llm.onChat(() => ({ flood: 3_000_000 }));
      const a = await answerQuestion(withLlm(deps, llm.url), await getOrCreateAthlete(db, testId('u')), Q);
      expect(a.degraded).toBe(true);
      expect((await stored((await recordAnswer(db, a)).id)).answer.length).toBeLessThan(MAX_ANSWER_CHARS + 1000);
    });
    it('cuts a 100 KB answer before storing it, and Discord gets at most 5 messages', async () => {
      llm.onChat(() => ({ flood: 100_000 }));
      const a = await answerQuestion(withLlm(deps, llm.url), await getOrCreateAthlete(db, testId('u')), Q);
      expect(a.degraded).toBe(false);
      expect(body(a.text).length).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
      expect(a.text).toContain(SHORTENED_NOTE);
      expect((await stored((await recordAnswer(db, a)).id)).answer).toBe(a.text);
      expect(splitMessage(a.text).length).toBeLessThanOrEqual(5);
    });
  });

  describe('when invalid characters arrive', () => {
    it('strips NUL and lone surrogates from the model reply before storing', async () => {
      llm.onChat(() => ({ content: 'Run\u0000 8 × 1 km at 5:54/km\uD800 with 90 s rest [1].' }));
      const a = await answerQuestion(withLlm(deps, llm.url), await getOrCreateAthlete(db, testId('u')), Q);
      expect(a.degraded).toBe(false);
      const row = await stored((await recordAnswer(db, a)).id);
      expect(row.answer).toContain('Run 8 × 1 km at 5:54/km with 90 s rest');
      expect(JSON.stringify(row)).not.toMatch(/\\u0000|\\ud800/i);
    });
    it('answers a question with a NUL in it', async () => {
      const a = await answerQuestion(deps, await getOrCreateAthlete(db, testId('u')), `How should I pace\u0000 my 1km runs for a sub 1:30?`);
      expect((await recordAnswer(db, a)).question).toBe(Q);
    });
    it('imports --athlete notes with a NUL in them', async () => {
      const athlete = await importAthlete(
        db,
        {
          profile: { discord_user_id: testId('file'), display_name: 'Sam\u0000' },
          workouts: [{ date: '2026-11-20', session_type: 'run', duration_minutes: 40, rpe_post: 6, notes: 'easy\u0000 run\u0007' }],
        },
        '2026-11-24',
      );
      const row = await db.one<{ notes: string }>('select notes from workout_logs where athlete_id = $1', [athlete.id]);
      expect(row?.notes).toBe('easy run');
    });
  });

  describe('when the embeddings API is down', () => {
    it('answers from full-text search and says so in the footer', async () => {
      const down = new OpenAIEmbedder({
        baseUrl: 'http://127.0.0.1:9/v1',
        apiKey: 'k',
        model: 'local-hash-v1',
        dimensions: 1536,
        maxRetries: 0,
        timeoutMs: 2000,
      });
      const a = await answerQuestion({ ...deps, embedder: down }, await getOrCreateAthlete(db, testId('u')), Q);
      expect(a.text).toMatch(/-# Knowledge search: full text only \(the embeddings service failed\)/);
      expect(a.chunkIds.length).toBeGreaterThan(0);
    });
  });
});
