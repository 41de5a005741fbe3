import type { Queryable } from '../db/db.js';

/** Turns texts into vectors. Implementations: OpenAI-compatible API, or the local hashing embedder. */
export interface Embedder {
  /** Recorded per chunk (`knowledge_chunks.embedding_model`): a different model re-embeds. */
  readonly model: string;
  /** Vector length; must equal the table's vector(1536). */
  readonly dimensions: number;
  /** Embeds texts in order; one vector per text, each of `dimensions` numbers. */
  embed(texts: string[]): Promise<number[][]>;
  /**
   * Learns from the whole corpus before it is embedded (the local learned embedder); may change `model`. `contexts`: extra
   * word sequences learned from for co-occurrence only (each asked question beside its section heading).
   */
  prepare?(texts: string[], contexts?: string[]): Promise<void>;
  /**
   * Makes the model learned by `prepare` the one every process embeds queries with. Ingest calls it
   * inside the transaction that writes the chunks embedded with that model, after all of them have
   * their vectors: until then readers keep the previous model, which matches the stored chunks.
   */
  activate?(q: Queryable): Promise<void>;
}
