import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { OpenAIChatModel, type ChatModel } from '../src/coach/chat-model.js';
import { loadConfig, type Config } from '../src/config.js';
import { closeContext, createContext, createEmbedder } from '../src/main/context.js';
import { registeredModel } from '../src/db/fine-tune-jobs.js';
import { countChunks } from '../src/db/knowledge.js';
import { UserError } from '../src/errors.js';
import { createLogger } from '../src/log.js';
import { progress, runMain, type CliIo } from '../src/main/cli-kit.js';
import { filterCases, loadCases } from './cases.js';
import { memoryCopyOfKnowledge } from './knowledge-copy.js';
import { runEval, type CaseRun } from './run.js';
import { failuresReport, judgeReport, promptsReport } from './report.js';
import { summarize, jsonReport, tableReport } from './summary.js';

const HELP = `npm run eval:coach -- [--json] [--llm] [--judge] [--prompts] [--out DIR] [--category X] [--case ID] [--failures] [--set FILE]

Answers every case of eval/coach-questions.jsonl through the real pipeline and prints, per category,
the share of checks and of cases passed. The knowledge base is read from the stored database
(run \`npm run ingest\` first) and copied into a throwaway in-memory database, so nothing is written
to DATA_DIR or DATABASE_URL.
  --json       print exactly one object { overall, categories, must_not, cases }
  --llm        answer through the LLM (LLM_* must be configured); default is the offline writer
  --judge      add an LLM judge score 1–5 (TEACHER_* if set, else LLM_*)
  --prompts    write each case's exact LLM request to --out (default DATA_DIR/eval-prompts) and
               score passage relevance against the case's sources
  --failures   print every failing check`;

function judgeModel(config: Config): ChatModel {
  const t = config.teacher;
  if (t.kind === 'openai-compatible')
    return new OpenAIChatModel({ baseUrl: t.baseUrl, apiKey: t.apiKey, model: t.model, timeoutMs: 60_000, maxRetries: 2 });
  const l = config.llm;
  if (l.kind === 'openai-compatible')
    return new OpenAIChatModel({ baseUrl: l.baseUrl, apiKey: l.apiKey, model: l.model, timeoutMs: l.timeoutMs, maxRetries: l.maxRetries });
  throw new UserError('config_missing', '--judge needs an LLM: set TEACHER_API_KEY and TEACHER_MODEL, or LLM_BASE_URL / LLM_API_KEY.');
}

function writePrompts(dir: string, runs: CaseRun[]): void {
  mkdirSync(dir, { recursive: true });
  for (const r of runs) {
    writeFileSync(
      path.join(dir, `${r.case.id}.json`),
      `${JSON.stringify(
        {
          id: r.case.id,
          question: r.case.question,
          sources: r.case.sources,
          needs_figures: r.case.needs_figures,
          score: r.prompt,
          passages: r.asked.passages.map((p) => ({ id: p.id, source_doc: p.sourceDoc, section: p.section })),
          messages: r.asked.messages,
          answer: r.asked.text,
          checks: r.score.checks,
        },
        null,
        2,
      )}\n`,
    );
  }
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      json: { type: 'boolean', default: false },
      llm: { type: 'boolean', default: false },
      judge: { type: 'boolean', default: false },
      prompts: { type: 'boolean', default: false },
      out: { type: 'string' },
      category: { type: 'string' },
      case: { type: 'string' },
      failures: { type: 'boolean', default: false },
      set: { type: 'string', default: 'eval/coach-questions.jsonl' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  const cases = filterCases(loadCases(values.set), { category: values.category, caseId: values.case });
  if (cases.length === 0) throw new UserError('not_found', 'No case matches the filter.', { hint: 'npm run eval:coach -- --category calculations' });
  const config = loadConfig(io.env);
  if (values.llm && config.llm.kind !== 'openai-compatible') {
    throw new UserError('config_missing', '--llm needs an LLM: set LLM_BASE_URL (and LLM_API_KEY, LLM_MODEL if your server needs them).');
  }
  const judge = values.judge ? judgeModel(config) : undefined;

  const stored = await createContext({ ...config, logLevel: 'silent' });
  let copy: Awaited<ReturnType<typeof memoryCopyOfKnowledge>>;
  let model: string | undefined;
  try {
    if ((await countChunks(stored.db)) === 0) throw new UserError('not_found', 'The knowledge base is empty.', { hint: 'npm run ingest' });
    copy = await memoryCopyOfKnowledge(stored.db);
    if (values.llm) model = (await registeredModel(stored.db)) ?? undefined;
  } finally {
    await closeContext(stored);
  }
  const deps = {
    config,
    db: copy.db,
    // Questions are embedded against the copy (the stored database is closed by now).
    embedder: createEmbedder(config, copy.db),
    chat: values.llm ? stored.chat : undefined,
    log: createLogger('silent'),
    now: () => new Date(),
  };
  try {
    const bar = progress('eval:coach', io);
    const runs = await runEval(deps, cases, { model, judge, onCase: (done, total) => bar.update(done, total) });
    const summary = summarize(runs.map((r) => r.score));
    const extra: string[] = [];
    if (values.prompts) {
      const dir = values.out ?? path.join(config.dataDir, 'eval-prompts');
      writePrompts(dir, runs);
      extra.push(`${promptsReport(runs)}\nprompts written to ${dir}`);
    }
    if (judge) extra.push(judgeReport(runs));
    if (values.failures) extra.push(failuresReport(runs));
    if (values.json) {
      io.stdout.write(`${JSON.stringify(jsonReport(summary))}\n`);
      if (extra.length) io.stderr.write(`${extra.join('\n\n')}\n`);
    } else {
      const mode = values.llm ? `LLM (${model ?? (config.llm.kind === 'openai-compatible' ? config.llm.model : '')})` : 'offline writer';
      io.stdout.write(`${cases.length} cases, ${mode}, ${copy.chunks} knowledge chunks\n\n${tableReport(summary)}\n`);
      if (extra.length) io.stdout.write(`\n${extra.join('\n\n')}\n`);
    }
  } finally {
    await copy.db.close();
  }
  return 0;
}

runMain(import.meta.url, main);
