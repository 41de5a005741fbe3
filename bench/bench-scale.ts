import { readFileSync } from 'node:fs';
import path from 'node:path';
import { toVectorLiteral } from '../src/db/db.js';
import { migrate } from '../src/db/migrate.js';
import { openPgliteDb } from '../src/db/pglite-db.js';
import { refreshTermStats } from '../src/db/term-stats.js';
import { answers, type EvalQuestion } from '../src/retrieval/evaluate.js';
import { LearnedEmbedder } from '../src/retrieval/learned-embedder.js';
import { retrieve } from '../src/retrieval/search.js';
import { textSql, vectorSql } from '../src/retrieval/search-sql.js';
import { percentile } from './bench-math.js';

const ms = (x: number) => `${x.toFixed(1)} ms`;
const secs = (x: number) => `${(x / 1000).toFixed(1)} s`;

/**
 * Retrieval on an N-chunk corpus of real text: the research chunks plus N − 271 passages made
 * by recombining their sentences (seeded), all embedded with the learned local embedder. Prints
 * load and HNSW build time, the plans Postgres picks, hybrid p50/p95 and hit@5 of the retrieval
 * test set (the original passages must still rank in the top 5 among the recombined ones).
 */
export async function benchScale(n: number, queries: string[], line: (s: string) => void): Promise<void> {
  const { loadCorpus } = await import('../ingest/corpus.js');
  const research = loadCorpus(path.resolve('research')).chunks;
  const evalSet = JSON.parse(readFileSync('ingest/retrieval-eval.json', 'utf8')) as EvalQuestion[];
  const db = await openPgliteDb();
  try {
    await migrate(db);
    await db.exec('drop index knowledge_chunks_embedding_hnsw');
    const embedder = new LearnedEmbedder(db);
    await embedder.prepare(research.map((c) => c.embed_text));
    let seed = 20261129;
    const rand = () => {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    const sentences = research.map((c) => c.content.split(/(?<=[.!?])\s+/).filter((s) => s.length > 20));
    const rows = research.map((c) => ({
      id: c.id,
      doc: c.source_doc,
      section: c.section,
      content: c.content,
      tags: c.topic_tags,
      embed: c.embed_text,
    }));
    for (let i = rows.length; i < n; i++) {
      const picks = Array.from({ length: 8 }, () => {
        const s = sentences[Math.floor(rand() * sentences.length)]!;
        return s[Math.floor(rand() * s.length)] ?? '';
      });
      const from = research[Math.floor(rand() * research.length)]!;
      const section = `${from.section} (notes ${i})`;
      const content = picks.join(' ');
      rows.push({
        id: `gen-${i}`,
        doc: `generated-${i % 500}.md`,
        section,
        content,
        tags: from.topic_tags,
        embed: `Generated notes ${i % 500} — ${section}\n\n${content}`,
      });
    }
    let t = performance.now();
    for (let i = 0; i < rows.length; i += 500) {
      const batch = rows.slice(i, i + 500);
      const vecs = await embedder.embed(batch.map((r) => r.embed));
      await db.query(
        `insert into knowledge_chunks (id, source_doc, section, content, topic_tags, chunk_index, word_count, token_count, content_hash, embedding, embedding_model)
         select u.id, u.doc, u.section, u.content, array(select jsonb_array_elements_text(u.tags)), 0, 0, 0, 'h', u.v::vector, $7
         from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::text[]) as u(id, doc, section, content, tags, v)`,
        [
          batch.map((r) => r.id),
          batch.map((r) => r.doc),
          batch.map((r) => r.section),
          batch.map((r) => r.content),
          batch.map((r) => JSON.stringify(r.tags)),
          vecs.map((v) => toVectorLiteral(v)),
          embedder.model,
        ],
      );
    }
    await embedder.activate(db);
    await refreshTermStats(db);
    line(`scale: ${rows.length} real-text chunks embedded (${embedder.model.split(':')[0]}) and loaded in ${secs(performance.now() - t)}`);
    await db.exec("set maintenance_work_mem = '512MB'");
    t = performance.now();
    await db.exec(
      'create index knowledge_chunks_embedding_hnsw on knowledge_chunks using hnsw (embedding vector_cosine_ops) with (m = 16, ef_construction = 64)',
    );
    line(`scale: HNSW build (m=16, ef_construction=64) in ${secs(performance.now() - t)}`);
    await db.exec('analyze knowledge_chunks; analyze knowledge_terms');
    const [qv] = await embedder.embed([queries[0]!]);
    const plans = async (sql: string, params: unknown[]) => {
      const r = await db.query<{ 'QUERY PLAN': string }>(`explain ${sql}`, params as never[]);
      return [
        ...new Set(
          r
            .map((x) => /(?:Index Scan|Index Only Scan) using (\w+)|Bitmap Index Scan on (\w+)/.exec(x['QUERY PLAN']))
            .filter((m) => m !== null)
            .map((m) => m[1] ?? m[2]),
        ),
      ].join(', ');
    };
    const v = vectorSql(toVectorLiteral(qv!), embedder.model, 40, {});
    const x = textSql(['caffeine', 'taper'], 40, {});
    line(`scale: plans: vector → ${(await plans(v.sql, v.params)) || 'no index'}; text → ${(await plans(x.sql, x.params)) || 'no index'}`);
    for (let i = 0; i < 10; i++) await retrieve({ db, embedder }, queries[i % queries.length]!, { k: 5 });
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const s = performance.now();
      await retrieve({ db, embedder }, `${queries[i % queries.length]!}${i >= queries.length ? ` ${i}` : ''}`, { k: 5 });
      times.push(performance.now() - s);
    }
    let hit5 = 0;
    for (const q of evalSet) if ((await retrieve({ db, embedder }, q.question, { k: 5 })).some((h) => answers(h, q))) hit5 += 1;
    line(
      `scale (${rows.length} chunks): hybrid k=5 over 200 queries p50 ${ms(percentile(times, 0.5))}, p95 ${ms(percentile(times, 0.95))}; hit@5 ${(hit5 / evalSet.length).toFixed(3)} on ${evalSet.length} test questions`,
    );
  } finally {
    await db.close();
  }
}
