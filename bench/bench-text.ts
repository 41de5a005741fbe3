import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '../ingest/corpus.js';
import { migrate } from '../src/db/migrate.js';
import { openPgliteDb } from '../src/db/pglite-db.js';
import { refreshTermStats } from '../src/db/term-stats.js';
import { answers, type EvalQuestion } from '../src/retrieval/evaluate.js';
import { TEXT_CANDIDATE_BUDGET, textSql } from '../src/retrieval/search-sql.js';
import { textQueryWords } from '../src/retrieval/search.js';
import { percentile } from './bench-math.js';

/**
 * Full-text search alone at scale, without embeddings (a few minutes instead of the scale section's
 * twelve): the research chunks plus recombined passages as in bench-scale.ts, then p50/p95 and
 * hit@1/hit@5 of the retrieval test set with the candidate budget and with every word picking.
 * `npx tsx bench/bench-text.ts [chunks=20000] [data dir, reused when it holds enough chunks]`.
 */
const n = Number(process.argv[2] ?? 20_000);
const research = loadCorpus(path.resolve('research')).chunks;
const evalSet = JSON.parse(readFileSync('ingest/retrieval-eval.json', 'utf8')) as EvalQuestion[];
const db = await openPgliteDb(process.argv[3] ?? 'memory://');
try {
  await migrate(db);
  const have = (await db.one<{ n: number }>('select count(*)::int as n from knowledge_chunks'))!.n;
  if (have < n) {
    await db.query('delete from knowledge_chunks');
    let seed = 20261129;
    const rand = () => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    const sentences = research.map((c) => c.content.split(/(?<=[.!?])\s+/).filter((s) => s.length > 20));
    const rows = research.map((c) => ({ id: c.id, doc: c.source_doc, section: c.section, content: c.content, tags: c.topic_tags }));
    for (let i = rows.length; i < n; i++) {
      const picks = Array.from({ length: 8 }, () => {
        const s = sentences[Math.floor(rand() * sentences.length)]!;
        return s[Math.floor(rand() * s.length)] ?? '';
      });
      const from = research[Math.floor(rand() * research.length)]!;
      rows.push({
        id: `gen-${i}`,
        doc: `generated-${i % 500}.md`,
        section: `${from.section} (notes ${i})`,
        content: picks.join(' '),
        tags: from.topic_tags,
      });
    }
    for (let i = 0; i < rows.length; i += 1000) {
      const b = rows.slice(i, i + 1000);
      await db.query(
        `insert into knowledge_chunks (id, source_doc, section, content, topic_tags, chunk_index, word_count, token_count, content_hash)
         select u.id, u.doc, u.section, u.content, array(select jsonb_array_elements_text(u.tags)), 0, 0, 0, 'h'
         from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[]) as u(id, doc, section, content, tags)`,
        [b.map((r) => r.id), b.map((r) => r.doc), b.map((r) => r.section), b.map((r) => r.content), b.map((r) => JSON.stringify(r.tags))],
      );
    }
    await refreshTermStats(db);
  }
  const meta = new Map(
    (await db.query<{ id: string; source_doc: string; section: string }>('select id, source_doc, section from knowledge_chunks')).map((r) => [
      r.id,
      r,
    ]),
  );
  for (const [label, budget] of [
    [`budget ${TEXT_CANDIDATE_BUDGET}`, TEXT_CANDIDATE_BUDGET],
    ['every word picks', 2 ** 31 - 1],
  ] as const) {
    const times: number[] = [];
    let hit1 = 0;
    let hit5 = 0;
    for (const q of evalSet) {
      const { sql, params } = textSql(textQueryWords(q.question), 40, {}, budget);
      const t = performance.now();
      const rows = await db.query<{ id: string }>(sql, params);
      times.push(performance.now() - t);
      const rank = rows.slice(0, 5).findIndex((r) => answers({ sourceDoc: meta.get(r.id)!.source_doc, section: meta.get(r.id)!.section }, q)) + 1;
      if (rank === 1) hit1 += 1;
      if (rank >= 1) hit5 += 1;
    }
    process.stdout.write(
      `text search, ${meta.size} chunks, ${label}: p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms; ` +
        `hit@1 ${(hit1 / evalSet.length).toFixed(3)}, hit@5 ${(hit5 / evalSet.length).toFixed(3)}\n`,
    );
  }
} finally {
  await db.close();
}
