import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { closeContext, createContext } from '../main/context.js';
import { countChunks } from '../db/knowledge.js';
import { UserError } from '../errors.js';
import { retrieve } from '../retrieval/search.js';
import { runMain, type CliIo } from '../main/cli-kit.js';

const HELP = `npm run search -- [--json] [--k N] [--mode hybrid|vector|text] "query"

Shows the knowledge-base passages that best answer a query, with document, section and score.
  --json        print one JSON array [{ id, source_doc, section, score }], best first, and nothing else
  --k N         how many passages (1-50, default 5)
  --mode M      hybrid (default), vector or text
  --doc FILE    only passages of this document (repeatable), e.g. --doc team1b_pacing.md
  --tag TAG     only passages with this topic tag (repeatable), e.g. --tag taper`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      k: { type: 'string', default: '5' },
      mode: { type: 'string', default: 'hybrid' },
      doc: { type: 'string', multiple: true },
      tag: { type: 'string', multiple: true },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  const query = positionals.join(' ');
  if (!query.trim())
    throw new UserError('question_empty', 'Give a query to search for.', { hint: 'npm run search -- "how should I pace my 1km runs"' });
  const k = Number(values.k);
  if (!Number.isInteger(k) || k < 1 || k > 50) throw new UserError('invalid_input', '--k is a whole number from 1 to 50.');
  if (!['hybrid', 'vector', 'text'].includes(values.mode)) throw new UserError('invalid_input', '--mode is hybrid, vector or text.');
  const ctx = await createContext(loadConfig(io.env));
  try {
    if ((await countChunks(ctx.db)) === 0) {
      throw new UserError('not_found', 'The knowledge base is empty.', { hint: 'npm run ingest' });
    }
    const hits = await retrieve(ctx, query, { k, mode: values.mode as 'hybrid', sourceDocs: values.doc, tags: values.tag });
    if (values.json) {
      io.stdout.write(
        `${JSON.stringify(hits.map((h) => ({ id: h.id, source_doc: h.sourceDoc, section: h.section, score: Number(h.score.toFixed(6)) })))}\n`,
      );
      return 0;
    }
    if (hits.length === 0) io.stdout.write('No passage matched.\n');
    hits.forEach((h, i) => {
      const excerpt = h.content.replace(/\s+/g, ' ').slice(0, 280);
      io.stdout.write(
        `${i + 1}. ${h.sourceDoc} › ${h.section}  (score ${h.score.toFixed(4)})\n   ${excerpt}${h.content.length > 280 ? '…' : ''}\n\n`,
      );
    });
  } finally {
    await closeContext(ctx);
  }
  return 0;
}

runMain(import.meta.url, main);
