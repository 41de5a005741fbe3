import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { progress, runMain, type CliIo } from '../src/main/cli-kit.js';
import { loadConfig } from '../src/config.js';
import { closeContext, createContext } from '../src/main/context.js';
import { UserError } from '../src/errors.js';
import { chunkStats, loadCorpus } from './corpus.js';
import { describeFlags, flagKnowledge } from './hygiene.js';
import { formatReport } from './report.js';
import { storeChunks } from './store.js';

const HELP = `npm run ingest -- [options]

Chunks every research document, embeds what changed, removes chunks of deleted sections,
and writes docs/chunks/all_chunks.json and docs/chunks/chunk_stats.md.

Options:
  --dir DIR      research folder (default: research)
  --out DIR      where chunk files go (default: docs/chunks)
  --chunks-only  write the chunk files, touch no database
  --allow-flagged  store documents even when they are flagged (instruction-like text, extreme
                 doses, race standards contradicted); without it a flag stops the ingest (exit 2)
  --report       print per document: chunks, token min/median/p95/max, and what was skipped and why
  --verbose      show stacks on failure
  -h, --help     this text

Embeds with the local embedder unless EMBEDDINGS_API_KEY is set; stores in PGlite under DATA_DIR
unless DATABASE_URL is set.`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      dir: { type: 'string', default: 'research' },
      out: { type: 'string', default: 'docs/chunks' },
      'chunks-only': { type: 'boolean', default: false },
      'allow-flagged': { type: 'boolean', default: false },
      report: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  const started = performance.now();
  const corpus = loadCorpus(path.resolve(values.dir));
  // Flags read every section as written: text the chunker drops or skips as noise is still reported.
  const flags = flagKnowledge(corpus.passages);
  if (flags.length > 0 && !values['allow-flagged']) {
    throw new UserError('flagged_knowledge', `Nothing was changed; ${flags.length} problem(s) in the research files:\n${describeFlags(flags)}`, {
      hint: 'fix or remove the text, or rerun with --allow-flagged if you have checked it',
    });
  }
  if (flags.length > 0) io.stderr.write(`warning: storing ${flags.length} flagged passage(s) (--allow-flagged):\n${describeFlags(flags)}\n`);
  mkdirSync(values.out, { recursive: true });
  const json = corpus.chunks.map(({ embed_text: _e, ...c }) => c);
  writeFileSync(path.join(values.out, 'all_chunks.json'), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(path.join(values.out, 'chunk_stats.md'), chunkStats(corpus));
  if (values.report) io.stdout.write(formatReport(corpus));
  else if (corpus.skipped.length > 0) io.stdout.write(`${corpus.skipped.length} blocks or sections skipped as noise (see --report)\n`);
  if (values['chunks-only']) {
    io.stdout.write(`${corpus.documents.length} docs, ${corpus.chunks.length} chunks written to ${values.out}\n`);
    return 0;
  }
  const config = loadConfig(io.env);
  const ctx = await createContext(config);
  try {
    const bar = progress(`Embedding (${ctx.embedder.model})`, io);
    const s = await storeChunks(ctx, corpus.chunks, (d, t) => {
      if (t > 0) bar.update(d, t);
    });
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    io.stdout.write(
      `${corpus.documents.length} docs, ${corpus.chunks.length} chunks: ${s.added} added, ${s.updated} updated, ` +
        `${s.unchanged} unchanged, ${s.removed} removed; ${s.tokensEmbedded} tokens embedded in ${secs} s\n`,
    );
  } finally {
    await closeContext(ctx);
  }
  return 0;
}

runMain(import.meta.url, main);
