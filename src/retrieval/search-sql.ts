import type { SqlParam } from '../db/db.js';

export interface SearchFilters {
  tags?: string[];
  sourceDocs?: string[];
}

/** Filters by topic tag (GIN-friendly array overlap) and by source document. */
export function filterSql(opts: SearchFilters, params: SqlParam[]): string {
  const where: string[] = [];
  if (opts.tags?.length) {
    params.push(opts.tags);
    where.push(`topic_tags && $${params.length}::text[]`);
  }
  if (opts.sourceDocs?.length) {
    params.push(opts.sourceDocs);
    where.push(`source_doc = any($${params.length}::text[])`);
  }
  return where.map((w) => ` and ${w}`).join('');
}

/** Nearest chunks by cosine distance: `order by embedding <=> $1 limit $3` is what the HNSW index serves. */
export function vectorSql(vectorLiteral: string, model: string, n: number, opts: SearchFilters): { sql: string; params: SqlParam[] } {
  const params: SqlParam[] = [vectorLiteral, model, n];
  const sql = `select id, 1 - (embedding <=> $1::vector) as score from knowledge_chunks
     where embedding_model = $2${filterSql(opts, params)}
     order by embedding <=> $1::vector limit $3`;
  return { sql, params };
}

/**
 * Full-text search with IDF weighting: each query word scores ts_rank_cd × ln(N ÷ (1 + df)), so rare,
 * telling words ("caffeine", "taper") outweigh words found everywhere ("race", "Hyrox"). A word in
 * the section heading (weight A, 1.0) counts five times one in the body (weight B, 0.2; Postgres'
 * default is 0.4): headings say what a passage is about, and on the retrieval test set the heavier
 * heading weight ranks the answering section first more often. df and N
 * come from knowledge_terms (kept by ingest): primary-key lookups, no scan per query word. Matches
 * come from the GIN index on fts. Without term statistics (chunks written by hand) every word
 * weighs the same.
 *
 * Scoring costs one ts_rank_cd per candidate and query word, so the candidates are bounded. At
 * 20,000 chunks the words of most questions ("race", "week", "run") are in most chunks, and OR-ing
 * them made ~97 % of the table a candidate (p50 ~670 ms). Now the rarest words pick, while their
 * document counts add up to TEXT_CANDIDATE_BUDGET (always the rarest one); the other words pick
 * only in pairs (both words in the chunk) whose expected co-occurrence, df_a × df_b ÷ N, stays
 * within the budget. A chunk holding a single common word and nothing rarer scores least anyway.
 * On a corpus of a few hundred chunks every word picks (nothing changes). With a filter (tags,
 * documents) every word picks, since the filter already bounds the candidates.
 * Each candidate's tsvector is read once (fts || '' in a fenced subquery): handed to ts_rank_cd
 * straight from the table it was decompressed again for every query word (half the time).
 */
/** Upper bound on the summed document counts of the words that pick full-text candidates. */
export const TEXT_CANDIDATE_BUDGET = 2000;

export function textSql(words: string[], n: number, opts: SearchFilters, budget = TEXT_CANDIDATE_BUDGET): { sql: string; params: SqlParam[] } {
  const filtered = Boolean(opts.tags?.length || opts.sourceDocs?.length);
  const params: SqlParam[] = [words, n, filtered ? 2 ** 31 - 1 : budget];
  const sql = `with total as materialized (
       select coalesce((select doc_count from knowledge_terms where term = ''), (select count(*) from knowledge_chunks))::float8 as n
     ),
     terms as materialized (
       select x.q, coalesce(t.doc_count, 0) as df, ln(greatest((select n from total), 1) / (1 + coalesce(t.doc_count, 0))) as idf
       from (select to_tsquery('english', w) as q from unnest($1::text[]) w) x
       left join knowledge_terms t on t.term = (regexp_match(querytree(x.q), '''([^'']+)'''))[1]
       where numnode(x.q) > 0
     ),
     -- Candidates come from one GIN lookup of one tsquery (a join on the terms would test every
     -- chunk against every word): the rarest words while their document counts add up to at most
     -- $3 (always the rarest one), OR pairs of the other words expected in at most $3 chunks.
     ranked as materialized (
       select querytree(q) as q, df, row_number() over w as nth, sum(df) over w as running
       from terms where idf > 0 window w as (order by df, querytree(q))
     ),
     pick as materialized (
       select nullif(
         coalesce((select string_agg('(' || q || ')', ' | ') from ranked where nth = 1 or running <= $3), '') ||
         coalesce((select ' | ' || string_agg('(' || a.q || ' & ' || b.q || ')', ' | ')
                   from ranked a join ranked b on a.nth < b.nth
                   where not (a.nth = 1 or a.running <= $3) and a.df::float8 * b.df / (select n from total) <= $3), ''),
         '')::tsquery as q
     )
     select k.id, (select sum(t.idf * ts_rank_cd('{0.1, 0.2, 0.2, 1.0}', k.fts, t.q)) from terms t where t.idf > 0) as score
     from (
       select id, fts || ''::tsvector as fts from knowledge_chunks
       where fts @@ (select q from pick)${filterSql(opts, params)} offset 0
     ) k
     order by score desc, k.id limit $2`;
  return { sql, params };
}

/** The passages of the final ranking, fetched once: the two searches return ids only (moving 80 passages' text costs more than both searches). */
export const PASSAGES_SQL = 'select id, source_doc, section, content, topic_tags from knowledge_chunks where id = any($1::text[])';
