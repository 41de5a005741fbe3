import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { OpenAIChatModel } from '../src/coach/chat-model.js';
import { progress, runMain, type CliIo } from '../src/main/cli-kit.js';
import { loadConfig, type Config } from '../src/config.js';
import type { ChatMessage } from '../src/domain/chat.js';
import { closeContext, createContext } from '../src/main/context.js';
import { FINAL_STATUSES, findJob, insertJob, latestJob, registeredModel, registerModel, updateJobStatus } from '../src/db/fine-tune-jobs.js';
import { UserError } from '../src/errors.js';
import { buildDataset, DATASET_FLOOR, loadChunks, shapeAll } from './build.js';
import { loadHeldOut } from './held-out.js';
import { toLine } from './example.js';
import { isGoldText, loadGoldFile } from './gold.js';
import { PassageIndex } from './passages.js';
import { review } from './review-cli.js';
import { audit, auditJson, auditText, readDataset } from './audit.js';
import { compareModels, evalReport } from './eval-models.js';
import { exportV2 } from './export-v2.js';
import { FineTuneClient, JOB_DEFAULTS, jobRequest, type JobSpec } from './job.js';
import { estimateCost } from './stats.js';
import { RULES, validateJsonl } from './validate.js';

const HELP = `npm run train -- <command> [options]

Commands:
  build                 write the validated dataset to docs/training-data/ (offline)
  audit [--sample N] [--json]   diversity and grounding figures of docs/training-data/
  review                show each teacher draft with its checks; record accept / edit / reject
  validate FILE         check any JSONL file against the quality filters (each failure with its line)
  start                 upload train/eval and start a LoRA job (build plan configuration)
      --dry-run           show the requests and the cost without sending anything
      --warm-start        continue from the last registered model (v2), where the provider supports it
      --train FILE --eval FILE   other files (default docs/training-data/combined/*.jsonl)
  status [--job ID]     follow a job with progress until it ends; register the model on success
      --once              one look, no waiting; --interval-sec N between polls (default 30)
  cancel [--job ID]     cancel a running job
  export-v2             rated conversations → docs/training-data/v2/{sft,preference}.jsonl
  eval --model A --model B   ask both models the 8 evaluation prompts → docs/training-data/eval-report.md
                             ("offline" = the offline composer)

Provider: FINETUNE_PROVIDER (nebius | openai | together), FINETUNE_BASE_URL, FINETUNE_API_KEY.
Price: TRAIN_PRICE_PER_MTOK (default 2.80) × TRAIN_EPOCHS (default 3).`;

const OUT = 'docs/training-data';
type Out = (s: string) => void;

function client(config: Config): FineTuneClient {
  if (!config.finetune.apiKey) throw new UserError('config_missing', 'No fine-tuning API key: set FINETUNE_API_KEY (or LLM_API_KEY).');
  return new FineTuneClient(config.finetune.provider, config.finetune.baseUrl, config.finetune.apiKey);
}

function readJsonl(file: string): string {
  if (!existsSync(file)) throw new UserError('not_found', `${file} does not exist.`, { hint: 'npm run train -- build' });
  return readFileSync(file, 'utf8');
}

async function build(config: Config, io: CliIo, out: Out) {
  const started = performance.now();
  const bar = progress('Building', io);
  const teacher =
    config.teacher.kind === 'openai-compatible'
      ? {
          chat: new OpenAIChatModel({
            baseUrl: config.teacher.baseUrl,
            apiKey: config.teacher.apiKey,
            model: config.teacher.model,
            timeoutMs: 120_000,
            maxRetries: 2,
          }),
          model: config.teacher.model,
          count: 300,
        }
      : undefined;
  const r = await buildDataset({
    root: process.cwd(),
    outDir: OUT,
    epochs: config.finetune.epochs,
    pricePerMTok: config.finetune.pricePerMTok,
    teacher,
    onProgress: (_s, d, t) => bar.update(d, t),
  });
  const cost = estimateCost(r.train, config.finetune.epochs, config.finetune.pricePerMTok);
  out(`${r.candidates} candidates → ${r.kept.length} kept (train ${r.train.length}, eval ${r.eval.length})`);
  if (r.teacherDrafts)
    out(
      `teacher: ${r.teacherDrafts.drafted} new drafts queued for review${r.teacherDrafts.failed ? `, ${r.teacherDrafts.failed} calls failed` : ''} (npm run train -- review)`,
    );
  out(
    `rejected: ${
      Object.entries(r.rejected)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || 'none'
    }`,
  );
  out(
    `cost: ${cost.trainingTokens.toLocaleString('en-US')} training tokens (${cost.epochs} epochs) ≈ $${cost.usd.toFixed(2)} at $${cost.pricePerMTok}/M`,
  );
  out(
    `wrote ${OUT}/combined/{train,eval}.jsonl, ${OUT}/raw/*.jsonl, ${OUT}/provenance.jsonl, ${OUT}/stats.md in ${((performance.now() - started) / 1000).toFixed(1)} s (dataset ${r.datasetHash.slice(0, 12)})`,
  );
  const written = r.kept.filter((e) => e.provenance !== 'engine').length;
  out(
    `written answers: ${written} of ${r.kept.length}; every example in the inference shape (production's buildPrompt, passages, athlete block, tools)`,
  );
  if (r.kept.length < DATASET_FLOOR)
    throw new UserError(
      'dataset_invalid',
      `Only ${r.kept.length} examples passed the filters; the target is ${DATASET_FLOOR}. The files are written; add written answers (training/gold/*.jsonl) or review teacher drafts (npm run train -- review).`,
    );
}

function validate(file: string | undefined, out: Out) {
  if (!file)
    throw new UserError('invalid_input', 'Name a JSONL file to validate.', {
      hint: 'npm run train -- validate docs/training-data/combined/train.jsonl',
    });
  const text = readJsonl(file);
  // A written-examples file (training/gold format) is checked as the build will ship it: in the inference shape.
  const { lines, failures } = isGoldText(text)
    ? (() => {
        const xs = shapeAll(loadGoldFile(file), new PassageIndex(loadChunks(process.cwd())));
        return validateJsonl(
          xs.map(toLine).join('\n'),
          xs.map((e) => e.category),
          { heldOut: loadHeldOut(process.cwd()) },
        );
      })()
    : validateJsonl(text, [], { heldOut: loadHeldOut(process.cwd()) });
  for (const f of failures) out(`${file}:${f.line}: [${f.rule}] ${f.message}`);
  const byRule = RULES.map((r) => [r, failures.filter((f) => f.rule === r).length] as const).filter(([, n]) => n > 0);
  out(
    `${lines} examples, ${new Set(failures.map((f) => f.line)).size} failing${byRule.length ? ` (${byRule.map(([r, n]) => `${r} ${n}`).join(', ')})` : ''}`,
  );
  return failures.length === 0 ? 0 : 2;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const out: Out = (s) => {
    io.stdout.write(`${s}\n`);
  };
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      'warm-start': { type: 'boolean', default: false },
      train: { type: 'string' },
      eval: { type: 'string' },
      job: { type: 'string' },
      once: { type: 'boolean', default: false },
      'interval-sec': { type: 'string', default: '30' },
      model: { type: 'string', multiple: true },
      verbose: { type: 'boolean', default: false },
      sample: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, arg] = positionals;
  if (values.help || !command) {
    out(HELP);
    return command ? 0 : 2;
  }
  const config = loadConfig(io.env);
  switch (command) {
    case 'build':
      await build(config, io, out);
      return 0;
    case 'validate':
      return validate(arg, out);
    case 'review':
      return review(process.cwd(), { input: io.stdin, output: io.stdout as NodeJS.WritableStream });
    case 'audit': {
      const report = audit(readDataset(OUT, values.sample ? Number(values.sample) : undefined));
      out(values.json ? JSON.stringify(auditJson(report)) : auditText(report));
      return 0;
    }
    case 'start': {
      const trainFile = values.train ?? `${OUT}/combined/train.jsonl`;
      const evalFile = values.eval ?? `${OUT}/combined/eval.jsonl`;
      const train = readJsonl(trainFile);
      const check = validateJsonl(train);
      if (check.failures.length)
        throw new UserError(
          'dataset_invalid',
          `${trainFile} fails the quality filters on ${check.failures.length} checks; run \`npm run train -- validate ${trainFile}\`.`,
        );
      const evalText = existsSync(evalFile) ? readFileSync(evalFile, 'utf8') : '';
      const hash = createHash('sha256').update(train).update(evalText).digest('hex');
      const lines = train
        .split('\n')
        .filter(Boolean)
        .map((l) => ({ messages: (JSON.parse(l) as { messages: ChatMessage[] }).messages }));
      const cost = estimateCost(
        lines.map((l, i) => ({ id: String(i), category: 'rag_augmented', source_doc: '', provenance: 'gold', messages: l.messages })),
        config.finetune.epochs,
        config.finetune.pricePerMTok,
      );
      const ctx = await createContext(config);
      try {
        const warm = values['warm-start'] ? await registeredModel(ctx.db) : undefined;
        if (values['warm-start'] && !warm) throw new UserError('not_found', 'No registered model to warm-start from; run a first job to completion.');
        const spec: JobSpec = {
          provider: config.finetune.provider,
          baseModel: JOB_DEFAULTS.baseModel,
          suffix: warm ? 'hyrox-coach-v2' : JOB_DEFAULTS.suffix,
          epochs: warm ? 1 : config.finetune.epochs,
          trainingFile: '<uploaded train file id>',
          validationFile: evalText ? '<uploaded eval file id>' : undefined,
          warmStartFrom: warm,
        };
        out(
          `${lines.length} training examples, ${cost.datasetTokens.toLocaleString('en-US')} tokens × ${spec.epochs} epochs ≈ $${(((cost.datasetTokens * spec.epochs) / 1e6) * config.finetune.pricePerMTok).toFixed(2)} (${config.finetune.provider}, $${config.finetune.pricePerMTok}/M)`,
        );
        const req = jobRequest(spec);
        if (values['dry-run']) {
          out(
            `would POST ${config.finetune.baseUrl.replace(/\/$/, '')}/files (purpose fine-tune): ${trainFile} (${Buffer.byteLength(train)} bytes)${evalText ? `, ${evalFile} (${Buffer.byteLength(evalText)} bytes)` : ''}`,
          );
          out(`would ${req.method} ${config.finetune.baseUrl.replace(/\/$/, '')}${req.path}\n${JSON.stringify(req.body, null, 2)}`);
          return 0;
        }
        const api = client(config);
        const trainingFile = await api.upload(path.basename(trainFile), Buffer.from(train));
        const validationFile = evalText ? await api.upload(path.basename(evalFile), Buffer.from(evalText)) : undefined;
        const job = await api.create({ ...spec, trainingFile, validationFile });
        await insertJob(ctx.db, {
          provider: spec.provider,
          jobId: job.id,
          baseModel: spec.baseModel,
          suffix: spec.suffix,
          datasetHash: hash,
          trainingFileId: trainingFile,
          validationFileId: validationFile,
          hyperparameters: req.body,
          status: job.status,
        });
        out(
          `uploaded ${trainingFile}${validationFile ? ` and ${validationFile}` : ''}; started job ${job.id} (${job.status}). Follow it with: npm run train -- status --job ${job.id}`,
        );
      } finally {
        await closeContext(ctx);
      }
      return 0;
    }
    case 'status':
    case 'cancel': {
      const ctx = await createContext(config);
      try {
        const row = values.job ? await findJob(ctx.db, values.job) : await latestJob(ctx.db);
        const jobId = values.job ?? row?.jobId;
        if (!jobId) throw new UserError('not_found', 'No fine-tuning job recorded yet.', { hint: 'npm run train -- start' });
        const api = client(config);
        if (command === 'cancel') {
          const s = await api.cancel(jobId);
          await updateJobStatus(ctx.db, config.finetune.provider, jobId, { status: s.status });
          out(`job ${jobId}: ${s.status}`);
          return 0;
        }
        const bar = progress(`job ${jobId}`, io);
        const interval = Math.max(0.05, Number(values['interval-sec']) || 30) * 1000;
        let seen = 0;
        for (;;) {
          const s = await api.get(jobId);
          const events = await api.events(jobId);
          for (const e of events.slice(seen)) out(`  · ${e}`);
          seen = events.length;
          if (s.totalSteps) bar.update(s.trainedSteps ?? 0, s.totalSteps);
          else out(`job ${jobId}: ${s.status}`);
          await updateJobStatus(ctx.db, config.finetune.provider, jobId, {
            status: s.status,
            resultModel: s.model ?? null,
            error: s.error ?? null,
            trainedTokens: s.trainedTokens ?? null,
          });
          if (FINAL_STATUSES.includes(s.status)) {
            if (s.status === 'succeeded' && s.model) {
              await registerModel(ctx.db, config.finetune.provider, jobId);
              out(
                `job ${jobId} succeeded: registered ${s.model}; the coach now answers with it (when LLM_BASE_URL/LLM_API_KEY point at the provider).`,
              );
              return 0;
            }
            out(`job ${jobId} ${s.status}${s.error ? `: ${s.error}` : ''}. Nothing was registered; the coach keeps its current model.`);
            return 1;
          }
          if (values.once) {
            out(`job ${jobId}: ${s.status}`);
            return 0;
          }
          await new Promise((r) => setTimeout(r, interval));
        }
      } finally {
        await closeContext(ctx);
      }
    }
    case 'export-v2': {
      const ctx = await createContext(config);
      try {
        const { sft, pairs } = await exportV2(ctx.db);
        mkdirSync(`${OUT}/v2`, { recursive: true });
        const sftText = sft.map(toLine).join('\n');
        const check = validateJsonl(
          sftText,
          sft.map((e) => e.category),
        );
        const bad = new Set(check.failures.map((f) => f.line));
        const kept = sft.filter((_, i) => !bad.has(i + 1));
        writeFileSync(`${OUT}/v2/sft.jsonl`, kept.map(toLine).join('\n') + (kept.length ? '\n' : ''));
        writeFileSync(`${OUT}/v2/preference.jsonl`, pairs.map((p) => JSON.stringify(p)).join('\n') + (pairs.length ? '\n' : ''));
        for (const f of check.failures) out(`dropped rated example ${f.line}: [${f.rule}] ${f.message}`);
        out(`${sft.length} coach-approved answers → ${kept.length} SFT examples; ${pairs.length} preference pairs → ${OUT}/v2/`);
      } finally {
        await closeContext(ctx);
      }
      return 0;
    }
    case 'eval': {
      const models = values.model ?? [];
      if (models.length < 2)
        throw new UserError('invalid_input', 'Give two models to compare.', {
          hint: 'npm run train -- eval --model meta-llama/Llama-3.3-70B-Instruct --model offline',
        });
      const ctx = await createContext(config);
      try {
        const bar = progress('Asking', io);
        const rows = await compareModels(ctx, models, (d, t) => bar.update(d, t));
        writeFileSync(`${OUT}/eval-report.md`, evalReport(rows, models));
        out(`wrote ${OUT}/eval-report.md (${rows.length} prompts × ${models.length} models)`);
      } finally {
        await closeContext(ctx);
      }
      return 0;
    }
    default:
      throw new UserError('invalid_input', `Unknown command "${command}".`, { hint: 'npm run train -- --help' });
  }
}

runMain(import.meta.url, main);
