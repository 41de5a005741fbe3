import type { AppContext } from '../context.js';
import type { Config } from '../config.js';
import { openDb } from '../db/open-db.js';
import { migrate } from '../db/migrate.js';
import { createLogger } from '../log.js';
import { OpenAIChatModel, type ChatModel } from '../coach/chat-model.js';
import type { Embedder } from '../retrieval/embedder.js';
import { LearnedEmbedder } from '../retrieval/learned-embedder.js';
import type { Db } from '../db/db.js';
import { OpenAIEmbedder } from '../retrieval/openai-embedder.js';

export function createChatModel(config: Config): ChatModel | undefined {
  const l = config.llm;
  return l.kind === 'openai-compatible'
    ? new OpenAIChatModel({ baseUrl: l.baseUrl, apiKey: l.apiKey, model: l.model, timeoutMs: l.timeoutMs, maxRetries: l.maxRetries })
    : undefined;
}

export function createEmbedder(config: Config, db: Db): Embedder {
  const e = config.embeddings;
  return e.kind === 'openai'
    ? new OpenAIEmbedder({ baseUrl: e.baseUrl, apiKey: e.apiKey, model: e.model, dimensions: e.dimensions })
    : new LearnedEmbedder(db, e.dimensions);
}

/**
 * The composition root: picks each part from config.<part>.kind and migrates the database.
 * Called only by src/main/*, the CLIs and tests/support.
 */
export async function createContext(config: Config): Promise<AppContext> {
  const log = createLogger(config.logLevel);
  const db = await openDb(config.database);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return { config, log, db, embedder: createEmbedder(config, db), chat: createChatModel(config), now: () => new Date() };
}

/** Releases everything createContext opened, in reverse order. */
export async function closeContext(ctx: AppContext): Promise<void> {
  await ctx.db.close();
}
