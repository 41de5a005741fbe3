import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCorpus } from '../../ingest/corpus.js';
import { storeChunks } from '../../ingest/store.js';
import type { CoachDeps } from '../../src/coach/answer.js';
import { OpenAIChatModel } from '../../src/coach/chat-model.js';
import { loadConfig } from '../../src/config.js';
import type { Db } from '../../src/db/db.js';
import { createLogger } from '../../src/log.js';
import { LocalEmbedder } from '../../src/retrieval/local-embedder.js';
import { freshDb } from './pglite.js';

/** A PGlite database holding the small fixture research (plus any extra documents) and offline coach deps. */
export async function coachDeps(extraDocs: Record<string, string> = {}): Promise<{ db: Db; deps: CoachDeps }> {
  const db = await freshDb();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hx-sec-'));
  for (const f of ['pacing.md', 'nutrition.md'])
    writeFileSync(path.join(dir, f), readFileSync(new URL(`../fixtures/research/${f}`, import.meta.url)));
  for (const [name, text] of Object.entries(extraDocs)) writeFileSync(path.join(dir, name), text);
  const embedder = new LocalEmbedder();
  await storeChunks({ db, embedder }, loadCorpus(dir).chunks);
  const deps: CoachDeps = {
    config: loadConfig({}),
    db,
    embedder,
    chat: undefined,
    log: createLogger('silent'),
    now: () => new Date('2026-11-24T12:00:00Z'),
  };
  return { db, deps };
}

/** The same deps answering through an OpenAI-compatible server at `url` (no retries, short deadline). */
export function withLlm(deps: CoachDeps, url: string, timeoutMs = 5000): CoachDeps {
  return {
    ...deps,
    config: loadConfig({ LLM_BASE_URL: url, LLM_API_KEY: 'sk-canary-api-key' }),
    chat: new OpenAIChatModel({ baseUrl: url, apiKey: 'sk-canary-api-key', model: 'm', timeoutMs, maxRetries: 0 }),
  };
}
