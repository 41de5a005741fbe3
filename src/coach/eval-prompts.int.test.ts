import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../ingest/corpus.js';
import { storeChunks } from '../../ingest/store.js';
import { freshDb, testId } from '../../tests/support/pglite.js';
import { startFakeOpenAI, type FakeOpenAI } from '../../tests/support/fake-openai.js';
import { EVAL_PROMPTS } from '../../training/eval-models.js';
import { loadConfig } from '../config.js';
import { getOrCreateAthlete } from '../db/athletes.js';
import type { Db } from '../db/db.js';
import { createLogger } from '../log.js';
import { LocalEmbedder } from '../retrieval/local-embedder.js';
import { answerQuestion, type CoachDeps } from './answer.js';
import { stationById } from '../domain/standards.js';
import { OpenAIChatModel } from './chat-model.js';

let db: Db;
let deps: CoachDeps;
let llm: FakeOpenAI;
const QUANTIFIED = /\b\d+\s*(×|x)\s*\d+|\bRPE\s*\d|\b\d+(\.\d+)?\s*(kg|km|min|s|%|g\/kg|mg\/kg|AU|h|weeks?)\b|\b\d{1,2}:\d{2}\b/;

beforeAll(async () => {
  db = await freshDb();
  const embedder = new LocalEmbedder();
  // The real knowledge base: the answers cite it.
  await storeChunks({ db, embedder }, loadCorpus(new URL('../../research/', import.meta.url).pathname).chunks);
  deps = { config: loadConfig({}), db, embedder, chat: undefined, log: createLogger('silent'), now: () => new Date('2026-11-24T12:00:00Z') };
  llm = await startFakeOpenAI();
}, 120_000);
afterAll(async () => {
  await db.close();
  await llm.close();
});

const body = (text: string) => text.split('\n\n---\n')[0]!;
const words = (text: string) => body(text).split(/\s+/).filter(Boolean).length;

describe('the build plan evaluation prompts, answered offline', () => {
  it.each(EVAL_PROMPTS.map((p) => [p]))('%s → 150–500 words, quantified, cited, with the engines named', async (prompt) => {
    const athlete = await getOrCreateAthlete(db, testId('eval'));
    const a = await answerQuestion(deps, athlete, prompt);
    expect(words(a.text)).toBeGreaterThanOrEqual(150);
    expect(words(a.text)).toBeLessThanOrEqual(500);
    expect(body(a.text)).toMatch(QUANTIFIED);
    expect(a.text).toMatch(/-# (Sources|Knowledge used): \[\d\] team/);
    expect(a.citations.length).toBeGreaterThan(0);
  });
});

describe('the passages a question gets (the LLM request and the offline answer)', () => {
  const passagesFor = async (question: string, history?: { question: string; answer: string }[]) =>
    (await answerQuestion(deps, await getOrCreateAthlete(db, testId('passages')), question, { history })).chunkIds;
  it('leads with the race standards table for a load question that names a station', async () => {
    expect((await passagesFor('open men sandbag for the lunges - 20 or 30 kg?'))[0]).toMatch(/weights-and-targets-per-division/);
  });
  it('gives the daily protein section to a grams-a-day question, not the pre-race meal', async () => {
    const ids = await passagesFor('how many grams of protein per day for a 90kg guy?');
    expect(ids.some((id) => /daily-protein/.test(id))).toBe(true);
    expect(ids.some((id) => /pre-race-meal/.test(id))).toBe(false);
  });
  it('reads a bare follow-up with the question before it', async () => {
    const ids = await passagesFor('and for pro women?', [
      { question: 'sled pull weight for open women?', answer: 'Open Women pull 78 kg including the sled, over 50 m.' },
    ]);
    expect(ids[0]).toMatch(/weights-and-targets-per-division/);
  });
  it('quotes the next passage when the best-matching one has nothing short enough to quote', async () => {
    const a = await answerQuestion(
      deps,
      await getOrCreateAthlete(db, testId('hr')),
      'what HR should i aim for in the race? watch shows zone 5 throughout and i panic',
    );
    expect(a.text).not.toMatch(/does not cover this/);
    expect(a.text).toMatch(/90–100 % HRmax|heart rate/i);
  });
  it('answers from the section titled for the question even when its lists are too long to quote', async () => {
    const a = await answerQuestion(deps, await getOrCreateAthlete(db, testId('asthma')), 'is hyrox ok if i have asthma?');
    expect(a.text).toMatch(/clearance from your own doctor/);
    expect(a.text).not.toMatch(/does not cover this/);
  });
  it('answers a question made only of common words ("the week after my race")', async () => {
    const a = await answerQuestion(deps, await getOrCreateAthlete(db, testId('after')), 'what do i do in the days after my race?');
    expect(a.text).toMatch(/easy days|first hard session/);
  });
  it('keeps how Coach K is built out of coaching answers, and in answers about Coach K', async () => {
    const coaching = await answerQuestion(deps, await getOrCreateAthlete(db, testId('stitch')), 'what do i do if i get a stitch during the race');
    expect(body(coaching.text)).not.toMatch(/npm run|language model|LLM/);
    const system = await answerQuestion(deps, await getOrCreateAthlete(db, testId('sys')), 'how does coach k work? where do the answers come from');
    expect(system.chunkIds.some((id) => id.startsWith('team6_engineering'))).toBe(true);
  });
  it("keeps a section's yes or no only under a question about that section's subject", async () => {
    const socks = await answerQuestion(deps, await getOrCreateAthlete(db, testId('socks')), 'should i wear compression socks');
    expect(body(socks.text)).not.toMatch(/^\W{0,2}Yes\b/);
    const treadmill = await answerQuestion(deps, await getOrCreateAthlete(db, testId('tm')), 'can i do my runs on a treadmill this winter?');
    expect(body(treadmill.text)).toMatch(/^\W{0,2}Yes\b/);
  });
  it('answers "what is a good session" with the session, not with how often to do it', async () => {
    const a = await answerQuestion(deps, await getOrCreateAthlete(db, testId('brick')), 'what makes a good compromised running session for hyrox?');
    expect(body(a.text)).not.toMatch(/^\*\*Do one compromised-running session a week/);
    expect(body(a.text)).toMatch(/1 km at goal Hyrox (run )?pace/);
  });
  it('gives a question about the phases of a plan the phases, not one week of sessions', async () => {
    const a = await answerQuestion(deps, await getOrCreateAthlete(db, testId('phases')), 'how do i structure a 14 week hyrox block? what phases?');
    const system = a.record.messages!.find((m) => m.role === 'system')!.content;
    expect(system).toMatch(/phases/i);
    expect(system).not.toMatch(/^Week: Mon/m);
    expect(a.text).toContain('Your 14 weeks in phases');
  });
  it("answers a follow-up that switches division with the new division's load", async () => {
    const a = await answerQuestion(deps, await getOrCreateAthlete(db, testId('follow')), 'and for pro women?', {
      history: [{ question: 'sled pull weight for open women?', answer: 'Open Women pull 78 kg including the sled, over 50 m.' }],
    });
    expect(a.text).toContain(`Pro Women:** Sled Pull 50 m at ${stationById('sled_pull').loadKg!.pro_women} kg`);
  });
});

describe('the LLM path and the offline composer', () => {
  it('work from the same engine figures for the same question', async () => {
    const athlete = await getOrCreateAthlete(db, testId('same'));
    const q = 'My 5K time is 22 minutes. What Hyrox finish time should I target?';
    const offline = await answerQuestion(deps, athlete, q);
    llm.queueChat({ content: 'Aim for 1:14:26 [1].' });
    const online = await answerQuestion(
      {
        ...deps,
        config: loadConfig({ LLM_BASE_URL: llm.url }),
        chat: new OpenAIChatModel({ baseUrl: llm.url, apiKey: 'k', model: 'm', timeoutMs: 5000, maxRetries: 0 }),
      },
      athlete,
      q,
    );
    const sent = (llm.calls.at(-1)!.body as { messages: { content: string }[] }).messages[0]!.content;
    for (const figure of ['1:14:26', '1:08:48', '1:29:42', '4:53/km']) {
      expect(offline.text).toContain(figure);
      expect(sent).toContain(figure);
    }
    expect(online.tools).toEqual(offline.tools);
    expect(online.degraded).toBe(false);
  });
});

describe('the registered fine-tune', () => {
  it('is the model the coach asks once registered', async () => {
    const { insertJob, updateJobStatus, registerModel } = await import('../db/fine-tune-jobs.js');
    await insertJob(db, {
      provider: 'nebius',
      jobId: 'ftjob-eval',
      baseModel: 'meta-llama/Llama-3.3-70B-Instruct',
      datasetHash: 'abcdef123456',
      status: 'running',
    });
    await updateJobStatus(db, 'nebius', 'ftjob-eval', { status: 'succeeded', resultModel: 'meta-llama/Llama-3.3-70B-Instruct-LoRa:hyrox-coach-v1' });
    await registerModel(db, 'nebius', 'ftjob-eval');
    llm.queueChat({ content: 'From the fine-tune: hold 5:54/km.' });
    const athlete = await getOrCreateAthlete(db, testId('ft'));
    const a = await answerQuestion(
      {
        ...deps,
        config: loadConfig({ LLM_BASE_URL: llm.url }),
        chat: new OpenAIChatModel({ baseUrl: llm.url, apiKey: 'k', model: 'base', timeoutMs: 5000, maxRetries: 0 }),
      },
      athlete,
      'How should I pace a sub 1:30?',
    );
    expect((llm.calls.at(-1)!.body as { model: string }).model).toBe('meta-llama/Llama-3.3-70B-Instruct-LoRa:hyrox-coach-v1');
    expect(a.model).toBe('meta-llama/Llama-3.3-70B-Instruct-LoRa:hyrox-coach-v1');
  });
});
