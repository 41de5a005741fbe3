-- Term statistics for full-text IDF (issue 14). textSearch weights each query word by
-- ln(N / (1 + df)); counting df with one scan of knowledge_chunks per query word is fine at 250
-- chunks and not at 20,000+. Ingest refreshes this table in the same transaction as the chunks
-- (ts_stat: one pass over the fts column), so a query reads df with a primary-key lookup.
-- The row with term '' holds N, the number of chunks ('' is never a lexeme).
create table if not exists knowledge_terms (
  term text primary key,
  doc_count int not null check (doc_count >= 0)
);
alter table knowledge_terms enable row level security;
insert into knowledge_terms (term, doc_count)
  select word, ndoc from ts_stat('select fts from knowledge_chunks')
  on conflict (term) do update set doc_count = excluded.doc_count;
insert into knowledge_terms (term, doc_count) select '', count(*) from knowledge_chunks
  on conflict (term) do update set doc_count = excluded.doc_count;
