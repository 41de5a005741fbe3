import OpenAI from 'openai';
import type { Embedder } from './embedder.js';

export const EMBED_BATCH_SIZE = 100;

export class EmbeddingDimensionError extends Error {}

/**
 * Any OpenAI-compatible embeddings endpoint (text-embedding-3-small by default), in batches of
 * 100. 429 and 5xx are retried with exponential backoff by the SDK (maxRetries); a vector of the
 * wrong length is a clear error, because it could never be stored in vector(1536).
 */
export class OpenAIEmbedder implements Embedder {
  private readonly client: OpenAI;

  constructor(opts: { baseUrl: string; apiKey: string; model: string; dimensions: number; maxRetries?: number; timeoutMs?: number }) {
    this.model = opts.model;
    this.dimensions = opts.dimensions;
    this.client = new OpenAI({ baseURL: opts.baseUrl, apiKey: opts.apiKey, maxRetries: opts.maxRetries ?? 4, timeout: opts.timeoutMs ?? 60_000 });
  }

  readonly model: string;
  readonly dimensions: number;

  async embed(texts: string[]): Promise<number[][]> {
    const out: number[][] = [];
    for (let i = 0; i < texts.length; i += EMBED_BATCH_SIZE) {
      const batch = texts.slice(i, i + EMBED_BATCH_SIZE);
      const response = await this.client.embeddings.create({
        model: this.model,
        input: batch,
        // text-embedding-3 models can shorten their vectors to the table's size.
        ...(this.model.startsWith('text-embedding-3') ? { dimensions: this.dimensions } : {}),
      });
      const data = [...response.data].sort((a, b) => a.index - b.index);
      if (data.length !== batch.length) throw new Error(`embeddings endpoint returned ${data.length} vectors for ${batch.length} texts`);
      for (const d of data) {
        if (d.embedding.length !== this.dimensions) {
          throw new EmbeddingDimensionError(
            `embedding model "${this.model}" returned ${d.embedding.length} dimensions, but knowledge_chunks.embedding is vector(${this.dimensions}); ` +
              `set EMBEDDINGS_MODEL to text-embedding-3-small (or another ${this.dimensions}-dimension model)`,
          );
        }
        out.push(d.embedding);
      }
    }
    return out;
  }
}
