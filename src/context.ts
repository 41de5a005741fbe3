import type { ChatModel } from './coach/chat-model.js';
import type { Config } from './config.js';
import type { Db } from './db/db.js';
import type { Logger } from './log.js';
import type { Embedder } from './retrieval/embedder.js';

/** What every command, job and CLI receives as its first argument. */
export interface AppContext {
  config: Config;
  log: Logger;
  db: Db;
  embedder: Embedder;
  /** The LLM; undefined on the embedded default (the offline composer answers). */
  chat: ChatModel | undefined;
  now(): Date;
}
