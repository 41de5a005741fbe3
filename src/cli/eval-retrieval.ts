import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfig } from '../config.js';
import { closeContext, createContext } from '../main/context.js';
import { countChunks } from '../db/knowledge.js';
import { UserError } from '../errors.js';
import { evaluateRetrieval, type EvalQuestion } from '../retrieval/evaluate.js';
import { runMain, type CliIo } from '../main/cli-kit.js';

const HELP = `npm run eval:retrieval -- [--set FILE] [--json] [--misses]

Runs the retrieval test set (default ingest/retrieval-eval.json) against the stored knowledge base
and prints hit@1, hit@5 and MRR for vector-only, text-only and hybrid search.`;

const EvalSet = z.array(z.object({ question: z.string().min(3), source_doc: z.string(), section: z.string() })).min(1);

export async function main(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      set: { type: 'string', default: 'ingest/retrieval-eval.json' },
      json: { type: 'boolean', default: false },
      misses: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  const parsed = EvalSet.safeParse(JSON.parse(readFileSync(values.set, 'utf8')));
  if (!parsed.success) throw new UserError('invalid_file', `${values.set} is not a list of { question, source_doc, section }.`);
  const ctx = await createContext(loadConfig(io.env));
  try {
    if ((await countChunks(ctx.db)) === 0) throw new UserError('not_found', 'The knowledge base is empty.', { hint: 'npm run ingest' });
    const report = await evaluateRetrieval(ctx, parsed.data as EvalQuestion[]);
    if (values.json) {
      io.stdout.write(`${JSON.stringify(report)}\n`);
      return 0;
    }
    io.stdout.write(`${report.questions} questions, embedder ${ctx.embedder.model}\n\n| mode | hit@1 | hit@5 | MRR |\n|---|---:|---:|---:|\n`);
    for (const m of report.modes) io.stdout.write(`| ${m.mode} | ${m.hit1.toFixed(3)} | ${m.hit5.toFixed(3)} | ${m.mrr.toFixed(3)} |\n`);
    if (values.misses) {
      for (const miss of report.misses)
        io.stdout.write(`\nmiss (${miss.mode}): ${miss.question}\n  want ${miss.want}\n  got  ${miss.got.join(' | ')}\n`);
    }
  } finally {
    await closeContext(ctx);
  }
  return 0;
}

runMain(import.meta.url, main);
