-- Learned local embedding models (the embedded default's embedder, issue 14).
-- The model is learned from the research corpus at ingest time and must be the same at answer
-- time, in whichever process answers: so it lives in the database next to the vectors it made,
-- not in one process's memory or on one machine's disk. Chunks name it in embedding_model; a new
-- model (the corpus changed) gets a new id, so every chunk is re-embedded with it.
create table if not exists embedding_models (
  id text primary key,                 -- e.g. local-ppmi-v1:3f2a9c1b07de (content hash)
  kind text not null,                  -- e.g. local-ppmi-v1
  payload jsonb not null,              -- vocabulary, document frequencies, quantised vectors
  active boolean not null default false,
  created_at timestamptz not null default now()
);
create unique index if not exists embedding_models_one_active on embedding_models (kind) where active;
-- Server side only (no policy): like every table, RLS on.
alter table embedding_models enable row level security;
