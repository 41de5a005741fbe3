import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import type { AppContext } from '../src/context.js';
import { closeContext, createContext } from '../src/main/context.js';
import { toVectorLiteral } from '../src/db/db.js';
import { migrate } from '../src/db/migrate.js';
import { openPgliteDb } from '../src/db/pglite-db.js';
import { getOrCreateAthlete } from '../src/db/athletes.js';
import { recordWorkout } from '../src/db/workouts.js';
import { addDays, isoDate } from '../src/domain/dates.js';
import { answerQuestion } from '../src/coach/answer.js';
import { retrieve } from '../src/retrieval/search.js';
import { percentile } from './bench-math.js';
import type { AckFigures } from './bench-discord.js';
import { runMain, type CliIo } from '../src/main/cli-kit.js';

/** Figures are printed, never asserted: `npm run bench` is how performance is measured. */
const HELP = `npm run bench -- [--only ingest,retrieval,scale,synthetic,pipeline,discord|ack,throughput] [--synthetic N] [--scale N] [--concurrency 1,4,16]

Prints: full ingest and no-change re-ingest time; retrieval p50/p95 over 200 queries; a synthetic
N-chunk table (default 20000: HNSW build time, HNSW vs exact latency, recall@5); a real-text
corpus of --scale N chunks (default 20000: load and HNSW build time, plans, hybrid p50/p95, hit@5); the coach
pipeline's own overhead per question (no LLM); Discord acknowledgement p50/p99 over a burst of 200
/coach interactions (after 20 unmeasured that warm the bot) and throughput with a simulated 2 s LLM at
worker concurrency 1, 4 and 16 (after one unmeasured wave), the bot and the worker in their own processes.
--only discord is both Discord figures; ack and throughput name one each (e.g. --only ack,throughput,retrieval
skips the long scale and synthetic sections). --concurrency picks the worker concurrencies of the throughput runs.
--repeat N runs the acknowledgement burst N times on each transport, alternately, and prints the medians
(each run also prints where an acknowledgement's time goes: see bench/ack-trace.mjs).`;

const SECTIONS = ['ingest', 'retrieval', 'scale', 'synthetic', 'pipeline', 'discord', 'ack', 'throughput'];

const ms = (x: number) => `${x.toFixed(1)} ms`;
const line = (s: string) => {
  process.stdout.write(`${s}\n`);
};

const QUERIES = [
  'how should I pace my 1km runs',
  'best sled push technique',
  'how much protein should I eat daily',
  'wall ball no rep rules',
  'what is the roxzone',
  'taper before race',
  'deload when RPE is high',
  'compromised running workouts',
  'farmers carry grip',
  'sandbag lunges technique',
  'burpee broad jump pacing',
  'ski erg damper setting',
  'row 1000m strategy',
  'caffeine dose before race',
  'sleep and recovery',
  'acute chronic workload ratio',
  'periodization phases 16 weeks',
  'emom for wall balls',
  'elite hyrox run splits',
  'crossfit athlete running volume',
];

async function benchIngest(ctx: AppContext) {
  const { loadCorpus } = await import('../ingest/corpus.js');
  const { storeChunks } = await import('../ingest/store.js');
  const dir = path.resolve('research');
  let t = performance.now();
  const corpus = loadCorpus(dir);
  const first = await storeChunks(ctx, corpus.chunks);
  line(
    `ingest: ${corpus.documents.length} docs, ${corpus.chunks.length} chunks, ${first.added + first.updated} embedded (${ctx.embedder.model}) in ${ms(performance.now() - t)}`,
  );
  t = performance.now();
  const again = await storeChunks(ctx, loadCorpus(dir).chunks);
  line(`re-ingest, nothing changed: ${again.added + again.updated} embedded, ${again.unchanged} unchanged in ${ms(performance.now() - t)}`);
}

async function benchRetrieval(ctx: AppContext) {
  const times: number[] = [];
  for (let i = 0; i < 10; i++) await retrieve(ctx, QUERIES[i % QUERIES.length]!, { k: 5 });
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    await retrieve(ctx, `${QUERIES[i % QUERIES.length]!}${i >= QUERIES.length ? ` ${i}` : ''}`, { k: 5 });
    times.push(performance.now() - t);
  }
  line(`retrieval (hybrid, k=5, 200 queries): p50 ${ms(percentile(times, 0.5))}, p95 ${ms(percentile(times, 0.95))}`);
}

/** A synthetic table of N random unit vectors: HNSW build time, HNSW vs exact latency, recall@5. */
async function benchSynthetic(n: number) {
  const db = await openPgliteDb();
  try {
    await migrate(db);
    await db.exec('drop index knowledge_chunks_embedding_hnsw');
    let seed = 42;
    const rand = () => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed / 2 ** 32 - 0.5;
    };
    let t = performance.now();
    // Clustered vectors (200 topics + noise, like real embeddings; uniform random vectors have no
    // meaningful neighbours) made inside Postgres, seeded, in batches: the client would otherwise
    // spend most of the time serialising 20,000 × 1,536 floats.
    await db.query('select setseed(0.42)');
    for (let i = 0; i < n; i += 1000) {
      await db.query(
        `insert into knowledge_chunks (id, source_doc, section, content, chunk_index, word_count, token_count, content_hash, embedding, embedding_model)
         select 'syn-' || g, 'synthetic.md', 's', 'synthetic', g, 1, 1, 'h',
                (select array_agg(sin((g % 200) * 12.9898 + x * 78.233) * 0.5 + (random() - 0.5) * 0.3) from generate_series(1, 1536) x)::vector, 'synthetic'
         from generate_series($1::int, $2::int) g`,
        [i, Math.min(n, i + 1000) - 1],
      );
    }
    line(`synthetic: inserted ${n} × 1536-dim vectors in ${ms(performance.now() - t)}`);
    // The graph must fit in maintenance_work_mem (20,000 × 1,536 floats ≈ 123 MB), or pgvector
    // falls back to a much slower on-disk build.
    await db.exec("set maintenance_work_mem = '512MB'");
    t = performance.now();
    await db.exec(
      'create index knowledge_chunks_embedding_hnsw on knowledge_chunks using hnsw (embedding vector_cosine_ops) with (m = 16, ef_construction = 64)',
    );
    line(
      `synthetic: HNSW build (m=16, ef_construction=64) in ${(performance.now() - t) / 1000 >= 1 ? `${((performance.now() - t) / 1000).toFixed(1)} s` : ms(performance.now() - t)}`,
    );
    // Queries near stored vectors: a stored row plus noise, as a real question lands near its passage.
    const picks = await db.query<{ embedding: string }>('select embedding::text from knowledge_chunks where id = any($1)', [
      Array.from({ length: 50 }, (_, i) => `syn-${(i * 397) % n}`),
    ]);
    const queries = picks.map((p) => (JSON.parse(p.embedding) as number[]).map((x) => x + rand() * 0.2));
    await db.exec('set hnsw.ef_search = 100');
    const sql = 'select id from knowledge_chunks order by embedding <=> $1::vector limit 5';
    const hnswTimes: number[] = [];
    const exactTimes: number[] = [];
    let hits = 0;
    for (const qv of queries) {
      const lit = toVectorLiteral(qv);
      let s = performance.now();
      const approx = await db.query<{ id: string }>(sql, [lit]);
      hnswTimes.push(performance.now() - s);
      s = performance.now();
      const exact = await db.tx(async (q) => {
        await q.query('set local enable_indexscan = off');
        return q.query<{ id: string }>(sql, [lit]);
      });
      exactTimes.push(performance.now() - s);
      const truth = new Set(exact.map((r) => r.id));
      hits += approx.filter((r) => truth.has(r.id)).length;
    }
    line(
      `synthetic (${n} rows, 50 queries, k=5, ef_search 100): HNSW p50 ${ms(percentile(hnswTimes, 0.5))} p95 ${ms(percentile(hnswTimes, 0.95))}; exact scan p50 ${ms(percentile(exactTimes, 0.5))} p95 ${ms(percentile(exactTimes, 0.95))}; recall@5 ${(hits / (queries.length * 5)).toFixed(3)}`,
    );
  } finally {
    await db.close();
  }
}

/** Everything a /coach answer costs except the LLM: snapshot, engines, retrieval, composition, logging. */
async function benchPipeline(ctx: AppContext) {
  const athlete = await getOrCreateAthlete(ctx.db, 'bench:pipeline', 'Bench');
  const today = isoDate(ctx.now());
  for (let d = 0; d < 20; d++) {
    await recordWorkout(
      ctx.db,
      athlete.id,
      { sourceId: `bench-w-${d}`, date: addDays(today, -d), sessionType: d % 3 ? 'run' : 'strength', durationMin: 45 + d, rpe: 5 + (d % 4) },
      today,
    );
  }
  const prompts = [
    'I have 12 weeks until Hyrox and I run 35 miles per week. How should I structure my training?',
    "My sled push time is 4:30. What's the fastest way to improve?",
    'My RPE has been 8+ on all sessions this week. What should I do?',
    'My 5K time is 22 minutes. What Hyrox finish time should I target?',
    'Design me an EMOM workout targeting the ski erg and wall ball stations.',
  ];
  const times: number[] = [];
  for (let i = 0; i < 100; i++) {
    const t = performance.now();
    await answerQuestion({ ...ctx, chat: undefined }, athlete, prompts[i % prompts.length]!);
    times.push(performance.now() - t);
  }
  line(`pipeline overhead (offline composer, no LLM, 100 questions): p50 ${ms(percentile(times, 0.5))}, p95 ${ms(percentile(times, 0.95))}`);
}

export async function main(argv: string[], _io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      only: { type: 'string' },
      synthetic: { type: 'string', default: '20000' },
      scale: { type: 'string', default: '20000' },
      concurrency: { type: 'string', default: '1,4,16' },
      repeat: { type: 'string', default: '1' },
      help: { type: 'boolean', short: 'h', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    line(HELP);
    return 0;
  }
  const only = new Set((values.only ?? 'ingest,retrieval,scale,synthetic,pipeline,discord').split(','));
  const unknown = [...only].filter((s) => !SECTIONS.includes(s));
  if (unknown.length) {
    process.stderr.write(`unknown bench section ${unknown.join(', ')} (sections: ${SECTIONS.join(', ')})\n`);
    return 2;
  }
  const concurrencies = values.concurrency.split(',').map(Number);
  if (!concurrencies.every((c) => Number.isInteger(c) && c > 0)) {
    process.stderr.write(`--concurrency takes positive whole numbers, e.g. 1,4,16 (got ${values.concurrency})\n`);
    return 2;
  }
  const repeat = Number(values.repeat);
  if (!Number.isInteger(repeat) || repeat < 1 || repeat > 20) {
    process.stderr.write(`--repeat takes a whole number from 1 to 20 (got ${values.repeat})\n`);
    return 2;
  }
  const started = performance.now();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hyrox-bench-'));
  const ctx = await createContext(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
  try {
    line(`bench on the embedded default (PGlite, local embedder), node ${process.version}, ${os.cpus().length} cores`);
    if (only.has('ingest') || only.has('retrieval') || only.has('pipeline')) await benchIngest(ctx);
    if (only.has('retrieval')) await benchRetrieval(ctx);
    if (only.has('pipeline')) await benchPipeline(ctx);
  } finally {
    await closeContext(ctx);
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (only.has('scale')) {
    const { benchScale } = await import('./bench-scale.js');
    await benchScale(Number(values.scale), QUERIES, line);
  }
  if (only.has('synthetic')) await benchSynthetic(Number(values.synthetic));
  if (only.has('discord') || only.has('ack')) {
    const { benchAck } = await import('./bench-discord.js');
    // The default transport, then acknowledgements pipelined (DISCORD_ACK_PIPELINING=on, off by default until a canary),
    // alternately --repeat times: on a shared machine one pair says little, the medians of several more.
    const runs: { default: AckFigures[]; pipelined: AckFigures[] } = { default: [], pipelined: [] };
    for (let i = 0; i < repeat; i++) {
      runs.default.push(await benchAck(line));
      runs.pipelined.push(await benchAck(line, true));
    }
    if (repeat > 1)
      for (const [name, figures] of Object.entries(runs)) {
        const median = (pick: (f: AckFigures) => number) => percentile(figures.map(pick), 0.5).toFixed(1);
        line(
          `median of ${repeat} acknowledgement runs (${name}): p50 ${median((f) => f.p50)} ms, p99 ${median((f) => f.p99)} ms, ` +
            `bot CPU ${median((f) => f.cpuMs ?? NaN)} ms, load average ${median((f) => f.load)}`,
        );
      }
  }
  if (only.has('discord') || only.has('throughput')) {
    const { benchThroughput } = await import('./bench-discord.js');
    await benchThroughput(line, concurrencies);
  }
  line(`total bench time ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

runMain(import.meta.url, main);
