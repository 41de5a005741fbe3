import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../ingest/corpus.js';
import { storeChunks } from '../ingest/store.js';
import { OFFLINE_MODEL } from '../src/coach/answer.js';
import { loadConfig } from '../src/config.js';
import type { Db } from '../src/db/db.js';
import { createLogger } from '../src/log.js';
import { LocalEmbedder } from '../src/retrieval/local-embedder.js';
import { startFakeOpenAI } from '../tests/support/fake-openai.js';
import { freshDb } from '../tests/support/pglite.js';
import { OpenAIChatModel } from '../src/coach/chat-model.js';
import { parseCases } from './cases.js';
import { memoryCopyOfKnowledge } from './knowledge-copy.js';
import { activeModelId, saveActiveModel } from '../src/db/embedding-models.js';
import { runEval, type CaseRun } from './run.js';
import { jsonReport, summarize } from './summary.js';

const NOW = new Date('2026-11-24T12:00:00Z');
const CASES = parseCases(
  [
    {
      id: 'p1',
      category: 'pacing',
      question: 'How should I pace my 1 km runs?',
      must: ['run'],
      must_not: ['hyponatr'],
      topic: 'run|pace',
      sources: ['pacing.md#Run pacing'],
      needs_figures: false,
    },
    {
      id: 'm1',
      category: 'multi_turn',
      question: 'and how much protein per day is that for my training at 64 kg?',
      history: [{ question: 'how much protein should i eat?', answer: 'About 1.6 g/kg a day.' }],
      must: ['g'],
      numbers: [{ value: 102, tolerance: 4, unit: 'g' }],
      topic: 'g',
      sources: ['nutrition.md#Protein'],
    },
    {
      id: 'r1',
      category: 'readiness',
      question: 'everything feels like rpe 9 lately. should i deload?',
      must: ['deload'],
      topic: 'deload',
      athlete: {
        profile: { display_name: 'R', division: 'open_men', race_date: 'today+30' },
        workouts: [{ date: 'today-2', session_type: 'hiit', duration_minutes: 50, rpe_post: 9 }],
      },
    },
  ]
    .map((c) => JSON.stringify(c))
    .join('\n'),
);

let stored: Db;
let memory: Db;
let runs: CaseRun[];
let deps: Parameters<typeof runEval>[0];

beforeAll(async () => {
  stored = await freshDb();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hx-eval-'));
  for (const f of ['pacing.md', 'nutrition.md'])
    writeFileSync(path.join(dir, f), readFileSync(new URL(`../tests/fixtures/research/${f}`, import.meta.url)));
  const embedder = new LocalEmbedder();
  await storeChunks({ db: stored, embedder }, loadCorpus(dir).chunks);
  memory = (await memoryCopyOfKnowledge(stored)).db;
  deps = { config: loadConfig({}), db: memory, embedder, chat: undefined, log: createLogger('silent'), now: () => NOW };
  runs = await runEval(deps, CASES);
}, 120_000);
afterAll(async () => {
  await memory.close();
  await stored.close();
});

describe('runEval through the real pipeline (offline, in-process PGlite)', () => {
  it('answers every case with the offline writer and scores each of its checks', () => {
    expect(runs.map((r) => [r.case.id, r.asked.model])).toEqual([
      ['p1', OFFLINE_MODEL],
      ['m1', OFFLINE_MODEL],
      ['r1', OFFLINE_MODEL],
    ]);
    for (const r of runs) {
      expect(r.asked.text.trim().length).toBeGreaterThan(0);
      expect(r.score.checks).toHaveLength(r.case.must.length + r.case.numbers.length + r.case.must_not.length + 1);
    }
  });
  it('works on a copy of the knowledge base and writes nothing to the stored database', async () => {
    const count = async (db: Db, table: string) => (await db.one<{ n: number }>(`select count(*)::int as n from ${table}`))!.n;
    expect(await count(memory, 'knowledge_chunks')).toBe(await count(stored, 'knowledge_chunks'));
    expect(await count(memory, 'conversations')).toBe(3);
    expect(await count(stored, 'conversations')).toBe(0);
  });
  it('sends the case history in the request and scores passages against the labelled sources', () => {
    const m1 = runs.find((r) => r.case.id === 'm1')!;
    expect(m1.asked.messages.map((m) => m.content)).toContain('how much protein should i eat?');
    const p1 = runs.find((r) => r.case.id === 'p1')!;
    expect(p1.prompt.passages).toBe(p1.asked.passages.length);
    expect(p1.prompt.passages).toBeGreaterThan(0);
    expect(p1.prompt.relevant).toBe(p1.asked.passages.filter((p) => p.sourceDoc === 'pacing.md' && p.section.startsWith('Run pacing')).length);
    expect(runs.find((r) => r.case.id === 'r1')!.prompt.relevant).toBeUndefined();
  });
  it('imports the case athlete with relative dates resolved against today', async () => {
    const rows = await memory.query<{ date: string; rpe: number }>(
      `select w.date::text as date, w.rpe_post as rpe from workout_logs w join athlete_profiles a on a.id = w.athlete_id where a.discord_user_id = 'eval:r1'`,
    );
    expect(rows).toEqual([{ date: '2026-11-22', rpe: 9 }]);
  });
  it('copies the active learned embedding model, so questions are embedded as the chunks were (not full text only)', async () => {
    await saveActiveModel(stored, 'local-ppmi-v1', { id: 'local-ppmi-v1:copied', payload: { vocab: [] } });
    const copy = await memoryCopyOfKnowledge(stored);
    try {
      expect(await activeModelId(copy.db, 'local-ppmi-v1')).toBe('local-ppmi-v1:copied');
    } finally {
      await copy.db.close();
    }
  });
  it('summarises into the fixed --json shape', () => {
    const j = jsonReport(summarize(runs.map((r) => r.score)));
    expect(Object.keys(j)).toEqual(['overall', 'categories', 'must_not', 'cases']);
    expect(Object.keys(j.categories).sort()).toEqual(['multi_turn', 'pacing', 'readiness']);
    expect(j.cases).toBe(3);
    expect(j.overall).toBeGreaterThanOrEqual(0);
    expect(j.overall).toBeLessThanOrEqual(1);
  });
});

describe('runEval on the LLM path (--llm --judge) against a local OpenAI-compatible server', () => {
  it('records the exact request the LLM received, scores the LLM answer and parses the judge score', async () => {
    const llm = await startFakeOpenAI();
    try {
      const chat = new OpenAIChatModel({ baseUrl: llm.url, apiKey: 'k', model: 'coach-m', timeoutMs: 5000, maxRetries: 0 });
      const judge = new OpenAIChatModel({ baseUrl: llm.url, apiKey: 'k', model: 'judge-m', timeoutMs: 5000, maxRetries: 0 });
      llm.queueChat(
        { content: 'Run 1 no faster than plan, then settle by effort [1].', model: 'coach-m' },
        { content: 'SCORE: 4 direct and correct.' },
      );
      const [run] = await runEval({ ...deps, config: loadConfig({ LLM_BASE_URL: llm.url }), chat }, [CASES[0]!], { judge });
      const sent = llm.calls.filter((c) => c.path.endsWith('/chat/completions'));
      expect((sent[0]!.body as { messages: unknown[] }).messages).toEqual(run!.asked.messages.map((m) => ({ role: m.role, content: m.content })));
      expect(run!.asked.degraded, JSON.stringify(llm.calls.map((c) => [c.path, c.body]).slice(0, 2)).slice(0, 600)).toBe(false);
      expect(run!.asked.model).toBe('coach-m');
      expect(run!.score.checks.find((k) => k.kind === 'topic')!.pass).toBe(true);
      expect((sent[1]!.body as { messages: { content: string }[] }).messages[1]!.content).toContain('Run 1 no faster than plan');
      expect(run!.judge?.score).toBe(4);
    } finally {
      await llm.close();
    }
  });
});
