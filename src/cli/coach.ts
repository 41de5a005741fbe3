import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importAthlete, LOCAL_ATHLETE_ID } from '../coach/athlete-file.js';
import { answerQuestion, recordAnswer } from '../coach/answer.js';
import { loadConfig } from '../config.js';
import { closeContext, createContext } from '../main/context.js';
import { getOrCreateAthlete } from '../db/athletes.js';
import { countChunks } from '../db/knowledge.js';
import { isoDate } from '../domain/dates.js';
import { UserError } from '../errors.js';
import { runMain, type CliIo } from '../main/cli-kit.js';
import { planForAthlete } from '../plan/athlete-plan.js';

const HELP = `npm run coach -- [--json] [--athlete FILE] "question"
npm run coach -- --plan [--week next] [--athlete FILE]

Asks Coach K one question and prints the answer; with --plan, prints the athlete's training week
(the same as /plan in Discord).
  --athlete FILE  a JSON file { "profile": {...}, "workouts": [...], "benchmarks": [...] } with the
                  schema's field names; the athlete is stored or updated, keyed by profile.discord_user_id
  --json          print exactly one JSON object { answer, citations, model, degraded, tools }

Without LLM_* variables the offline composer answers; run \`npm run ingest\` first for citations.`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      athlete: { type: 'string' },
      plan: { type: 'boolean', default: false },
      week: { type: 'string', default: 'this' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  const question = positionals.join(' ');
  if (values.week !== 'this' && values.week !== 'next')
    throw new UserError('invalid_input', `--week is "this" or "next", not "${values.week}".`, { hint: 'npm run coach -- --plan --week next' });
  if (!question.trim() && !values.plan)
    throw new UserError('question_empty', 'Ask a question.', {
      hint: 'npm run coach -- "My 5K time is 22 minutes. What Hyrox finish time should I target?"',
    });
  let file: unknown;
  if (values.athlete) {
    try {
      file = JSON.parse(readFileSync(values.athlete, 'utf8'));
    } catch (error) {
      throw new UserError('invalid_file', `Could not read ${values.athlete} as JSON (${(error as Error).message}).`);
    }
  }
  const ctx = await createContext(loadConfig(io.env));
  try {
    if (!values.plan && (await countChunks(ctx.db)) === 0)
      io.stderr.write('note: the knowledge base is empty, so the answer cites nothing; run `npm run ingest` first.\n');
    const athlete =
      file !== undefined
        ? await importAthlete(ctx.db, file, isoDate(ctx.now()))
        : await getOrCreateAthlete(ctx.db, LOCAL_ATHLETE_ID, 'Terminal athlete');
    if (values.plan) {
      const plan = await planForAthlete(ctx.db, athlete, isoDate(ctx.now()), values.week);
      io.stdout.write(
        values.json ? `${JSON.stringify(plan.kind === 'plan' ? { plan: plan.plan, text: plan.text } : { needs: plan.text })}\n` : `${plan.text}\n`,
      );
      return 0;
    }
    const answer = await answerQuestion(ctx, athlete, question);
    await recordAnswer(ctx.db, answer);
    if (values.json) {
      io.stdout.write(
        `${JSON.stringify({ answer: answer.text, citations: answer.citations, model: answer.model, degraded: answer.degraded, tools: answer.tools })}\n`,
      );
    } else {
      io.stdout.write(`${answer.text}\n`);
    }
  } finally {
    await closeContext(ctx);
  }
  return 0;
}

runMain(import.meta.url, main);
