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

/** Binds `value` as the next parameter and returns its placeholder. */
function bind(params: SqlParam[], value: SqlParam): string {
  params.push(value);
  return `$${params.length}`;
}

/**
 * Nearest chunks by cosine distance, best first, as `id, score`. The distance is computed once per
 * row (`order by d`, which the HNSW index serves) and turned into the score over the kept rows
 * only: selecting `1 - (embedding <=> q)` beside `order by embedding <=> q` computed it twice,
 * reading each 6 kB embedding out of TOAST twice (a third of the query's time at 300 chunks).
 */
function vectorList(params: SqlParam[], vectorLiteral: string, model: string, n: number, opts: SearchFilters): string {
  const q = bind(params, vectorLiteral);
  const m = bind(params, model);
  const where = filterSql(opts, params);
  return `select id, 1 - d as score from (
       select id, embedding <=> ${q}::vector as d from knowledge_chunks
       where embedding_model = ${m}${where}
       order by d limit ${bind(params, n)}
     ) nearest`;
}

/** Nearest chunks by cosine distance: `order by embedding <=> $1 limit n` is what the HNSW index serves. */
export function vectorSql(vectorLiteral: string, model: string, n: number, opts: SearchFilters): { sql: string; params: SqlParam[] } {
  const params: SqlParam[] = [];
  return { sql: vectorList(params, vectorLiteral, model, n, opts), params };
}

/**
 * Full-text search with IDF weighting: each query word scores ts_rank_cd × ln(N ÷ (1 + df)), so rare,
 * telling words ("caffeine", "taper") outweigh words found everywhere ("race", "Hyrox"). A word in
 * the section heading (weight A, 1.0) counts ten times one in the body (weight B, 0.1; Postgres'
 * default is 0.4): headings say what a passage is about, and on the retrieval test set the heavier
 * heading weight ranks the answering section first more often (at 451 chunks, hybrid hit@1 0.774 at
 * 0.1 against 0.742 at 0.2, the weight tuned on 250 chunks: longer sections' bodies outscored titles). df and N
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
/**
 * Weight of a word in a section's asked questions (the `<!-- asked: … -->` block, fts weight C)
 * in ts_rank_cd, beside the heading (A, 1.0) and the body (B, 0.1). The questions are members'
 * words for what the section answers, denser in telling words than a body and less certain than
 * a heading. A chunk without asked questions has no C lexemes, so its score does not depend on
 * this weight. Tuned with every research document's blocks (about 1,900 questions): at half a body
 * word (0.05) eval:retrieval keeps hybrid hit@1 0.774 (MRR 0.849, hit@5 0.952, against 0.845 and
 * 0.935 without blocks); at 0.1 it falls to 0.710 and at 0.2 to 0.710. Heavier, a sibling section's
 * asked words ("record" under the championship results) take the text lead from the section that
 * answers. The offline writer hardly depends on it: its candidates are fused with the in-memory
 * section search and re-scored by passage choice, where the questions count (ASKED_FIT_DISCOUNT).
 */
export const ASKED_TEXT_WEIGHT = 0.05;
/** ts_rank_cd's weights array, in its order {D, C, B, A}: D is unused, C the asked questions, B the body, A the heading. */
export const RANK_WEIGHTS = `{0.1, ${ASKED_TEXT_WEIGHT}, 0.1, 1.0}`;

/** Upper bound on the summed document counts of the words that pick full-text candidates. */
export const TEXT_CANDIDATE_BUDGET = 2000;
/**
 * Below the cap, the budget is this share of the corpus (never under TEXT_CANDIDATE_FLOOR): on a
 * few hundred chunks the common words no longer make most of the table a candidate either (342
 * research chunks: hybrid p50 13.4 → 11.2 ms, p95 ~21 → ~16 ms; eval:retrieval unchanged).
 */
export const TEXT_CANDIDATE_SHARE = 0.1;
export const TEXT_CANDIDATE_FLOOR = 100;

/** The full-text CTEs (total, terms, ranked, pick) and the ranked list over them, as `id, score`, best first. */
function textParts(params: SqlParam[], words: string[], n: number, opts: SearchFilters, budget: number): { ctes: string; list: string } {
  const filtered = Boolean(opts.tags?.length || opts.sourceDocs?.length);
  const w = bind(params, words);
  const cap = bind(params, filtered ? 2 ** 31 - 1 : budget);
  // With a filter every word picks; otherwise the budget is the corpus share, between the floor and the cap.
  const b = filtered ? cap : `(select b from budget)`;
  const ctes = `total as materialized (
       select coalesce((select doc_count from knowledge_terms where term = ''), (select count(*) from knowledge_chunks))::float8 as n
     ),
     budget as materialized (
       select least(${cap}::float8, greatest(${TEXT_CANDIDATE_FLOOR}, (select n from total) * ${TEXT_CANDIDATE_SHARE})) as b
     ),
     terms as materialized (
       select x.q, coalesce(t.doc_count, 0) as df, ln(greatest((select n from total), 1) / (1 + coalesce(t.doc_count, 0))) as idf
       from (select to_tsquery('english', w) as q from unnest(${w}::text[]) w) x
       left join knowledge_terms t on t.term = (regexp_match(querytree(x.q), '''([^'']+)'''))[1]
       where numnode(x.q) > 0
     ),
     -- Candidates come from one GIN lookup of one tsquery (a join on the terms would test every
     -- chunk against every word): the rarest words while their document counts add up to at most
     -- the budget (always the rarest one), OR pairs of the other words expected in at most that many chunks.
     ranked as materialized (
       select querytree(q) as q, df, row_number() over w as nth, sum(df) over w as running
       from terms where idf > 0 window w as (order by df, querytree(q))
     ),
     pick as materialized (
       select nullif(
         coalesce((select string_agg('(' || q || ')', ' | ') from ranked where nth = 1 or running <= ${b}), '') ||
         coalesce((select ' | ' || string_agg('(' || a.q || ' & ' || b.q || ')', ' | ')
                   from ranked a join ranked b on a.nth < b.nth
                   where not (a.nth = 1 or a.running <= ${b}) and a.df::float8 * b.df / (select n from total) <= ${b}), ''),
         '')::tsquery as q
     )`;
  const where = filterSql(opts, params);
  const list = `select k.id, (select sum(t.idf * ts_rank_cd('${RANK_WEIGHTS}', k.fts, t.q)) from terms t where t.idf > 0) as score
     from (
       select id, fts || ''::tsvector as fts from knowledge_chunks
       where fts @@ (select q from pick)${where} offset 0
     ) k
     order by score desc, k.id limit ${bind(params, n)}`;
  return { ctes, list };
}

export function textSql(words: string[], n: number, opts: SearchFilters, budget = TEXT_CANDIDATE_BUDGET): { sql: string; params: SqlParam[] } {
  const params: SqlParam[] = [];
  const { ctes, list } = textParts(params, words, n, opts, budget);
  return { sql: `with ${ctes}\n     ${list}`, params };
}

export interface HybridQuery extends SearchFilters {
  /** The question's embedding ('[x,y,…]') and the model it was made with; absent: no vector half. */
  vector?: { literal: string; model: string };
  /** The full-text query words; absent or empty: no text half. */
  words?: string[];
  /** How many of each half's best are fused. */
  n: number;
  /** How many passages are returned. */
  k: number;
  weights: { vector: number; text: number };
  /** Each list's score at this rank is its zero (fewer rows: zero is the floor). */
  floorRank: number;
  /** The text row ranked first leads when the vector half has it within this rank. */
  leadWithin: number;
}

/** One passage of the fused ranking, best first. */
export interface HybridRow {
  id: string;
  source_doc: string;
  section: string;
  content: string;
  topic_tags: string[];
  /** The section's asked questions, one a line ('' for none). */
  asked: string;
  score: number;
  vector_rank: number | null;
  text_rank: number | null;
}

/**
 * Hybrid search in one statement: the vector top n and the full-text top n (each numbered in the
 * order it came), fused by their scaled scores, ranked, cut to k and joined to their passages.
 * On PGlite every statement is a round trip through the one backend; three (vector, text,
 * passages) cost three parses, three plans and three result encodings where one does.
 *
 * Fusion (CombSUM): each list is scaled so its best score (at least 0) is 1 and its
 * floorRank-th score (0 for a shorter list) is 0, weighted, and the two summed. The text row
 * ranked first leads when the vector list has it within leadWithin; the rest follow by fused score,
 * then by their better rank, then by id.
 */
export function hybridSql(query: HybridQuery): { sql: string; params: SqlParam[] } {
  const params: SqlParam[] = [];
  const ctes: string[] = [];
  const lists: { name: 'v' | 't'; weight: number }[] = [];
  if (query.vector) {
    ctes.push(`v_list as materialized (${vectorList(params, query.vector.literal, query.vector.model, query.n, query)})`);
    lists.push({ name: 'v', weight: query.weights.vector });
  }
  if (query.words?.length) {
    const text = textParts(params, query.words, query.n, query, TEXT_CANDIDATE_BUDGET);
    ctes.push(text.ctes, `t_list as materialized (${text.list})`);
    lists.push({ name: 't', weight: query.weights.text });
  }
  if (lists.length === 0) return { sql: 'select null::text as id where false', params: [] };
  const floorRank = bind(params, query.floorRank);
  for (const { name, weight } of lists) {
    // Each list numbered in the order its query delivered the rows (its ranking), then scaled
    // between its floor and its best score and weighted.
    ctes.push(`${name}_part as materialized (
       select id, rank, ${bind(params, weight)}::float8 * greatest(0, score - floor)
              / (case when best - floor = 0 then 1 else best - floor end) as part
       from (
         select id, score, rank, greatest(max(score) over (), 0) as best,
                case when count(*) over () > ${floorRank} then greatest(0, max(score) filter (where rank = ${floorRank}) over ()) else 0 end as floor
         from (select id, score, row_number() over () as rank from ${name}_list) numbered
       ) scaled
     )`);
  }
  const fused =
    lists.length === 2
      ? `select coalesce(v.id, t.id) as id, coalesce(v.part, 0) + coalesce(t.part, 0) as score, v.rank as vector_rank, t.rank as text_rank
       from v_part v full join t_part t on t.id = v.id`
      : lists[0]!.name === 'v'
        ? 'select id, part as score, rank as vector_rank, null::bigint as text_rank from v_part'
        : 'select id, part as score, null::bigint as vector_rank, rank as text_rank from t_part';
  ctes.push(
    `fused as materialized (${fused})`,
    `top as materialized (
       select f.*, row_number() over (
         order by (f.text_rank = 1 and f.vector_rank <= ${bind(params, query.leadWithin)}) is true desc,
                  f.score desc, least(f.vector_rank, f.text_rank), f.id collate "C"
       ) as pos
       from fused f order by pos limit ${bind(params, query.k)}
     )`,
  );
  const sql = `with ${ctes.join(',\n     ')}
     select top.id, c.source_doc, c.section, c.content, c.topic_tags, c.asked, top.score, top.vector_rank, top.text_rank
     from top join knowledge_chunks c on c.id = top.id
     order by top.pos`;
  return { sql, params };
}
