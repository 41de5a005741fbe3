import type { Queryable } from './db.js';

/** A learned local embedding model as stored: its id (the `embedding_model` of chunks) and its payload. */
export interface StoredModel {
  id: string;
  payload: Record<string, unknown>;
}

/** Stores a model and makes it the active one; run it inside a transaction so readers never see none. */
export async function saveActiveModel(db: Queryable, kind: string, model: StoredModel): Promise<void> {
  await db.query('update embedding_models set active = false where kind = $1 and id <> $2', [kind, model.id]);
  await db.query(
    `insert into embedding_models (id, kind, payload, active) values ($2, $1, $3, true)
     on conflict (id) do update set active = true`,
    [kind, model.id, model.payload],
  );
  await db.query('delete from embedding_models where kind = $1 and not active', [kind]);
}

/** The id of the active model of a kind (cheap: checked before each use to notice a re-ingest). */
export async function activeModelId(db: Queryable, kind: string): Promise<string | undefined> {
  return (await db.one<{ id: string }>('select id from embedding_models where kind = $1 and active', [kind]))?.id;
}

export async function loadModel(db: Queryable, id: string): Promise<StoredModel | undefined> {
  return db.one<StoredModel>('select id, payload from embedding_models where id = $1', [id]);
}
