-- Asked questions (doc2query): a research section may list, in an `<!-- asked: … -->` block under
-- its heading, the questions members type for which it is the answer. Ingest strips the block from
-- the content and stores the section's questions on each of its chunks, one a line ('' for none).
-- Full-text search indexes them with weight C, between the heading (A) and the body (B); the
-- query's weight for C is ASKED_TEXT_WEIGHT in src/retrieval/search-sql.ts.
alter table knowledge_chunks add column if not exists asked text not null default '';

-- A generated column's expression cannot be altered before Postgres 17 (Supabase runs 15): drop
-- fts and its GIN index and add them again. With asked = '' the new tsvector equals the old one
-- (an empty middle part shifts no positions), so rankings do not change until questions are written.
drop index if exists knowledge_chunks_fts;
alter table knowledge_chunks drop column if exists fts;
alter table knowledge_chunks add column fts tsvector generated always as
  (setweight(to_tsvector('english', section), 'A') || setweight(to_tsvector('english', asked), 'C')
   || setweight(to_tsvector('english', content), 'B')) stored;
create index if not exists knowledge_chunks_fts on knowledge_chunks using gin (fts);

-- knowledge_terms counts the lexemes of fts: rebuilt from the new column (asked words included).
delete from knowledge_terms;
insert into knowledge_terms (term, doc_count) select word, ndoc from ts_stat('select fts from knowledge_chunks');
insert into knowledge_terms (term, doc_count) select '', count(*) from knowledge_chunks;
