import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importAthlete, LOCAL_ATHLETE_ID } from '../coach/athlete-file.js';
import { answerQuestion, recordAnswer } from '../coach/answer.js';
import { loadConfig } from '../config.js';
import { closeContext, createContext } from '../context.js';
import { getOrCreateAthlete } from '../db/athletes.js';
import { countChunks } from '../db/knowledge.js';
import { isoDate } from '../db/validate.js';
import { UserError } from '../errors.js';
import { runMain } from './cli-kit.js';

const HELP = `npm run coach -- [--json] [--athlete FILE] "question"

Asks Coach K one question and prints the answer.
  --athlete FILE  a JSON file { "profile": {...}, "workouts": [...], "benchmarks": [...] } with the
                  schema's field names; the athlete is stored or updated, keyed by profile.discord_user_id
  --json          print exactly one JSON object { answer, citations, model, degraded, tools }

Without LLM_* variables the offline composer answers; run \`npm run ingest\` first for citations.`;

runMain(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false }, athlete: { type: 'string' },
      verbose: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) { process.stdout.write(`${HELP}\n`); return 0; }
  const question = positionals.join(' ');
  if (!question.trim()) throw new UserError('question_empty', 'Ask a question.', { hint: 'npm run coach -- "My 5K time is 22 minutes. What Hyrox finish time should I target?"' });
  let file: unknown;
  if (values.athlete) {
    try {
      file = JSON.parse(readFileSync(values.athlete, 'utf8'));
    } catch (error) {
      throw new UserError('invalid_file', `Could not read ${values.athlete} as JSON (${(error as Error).message}).`);
    }
  }
  const ctx = await createContext(loadConfig(process.env));
  try {
    if ((await countChunks(ctx.db)) === 0) process.stderr.write('note: the knowledge base is empty, so the answer cites nothing; run `npm run ingest` first.\n');
    const athlete = file !== undefined ? await importAthlete(ctx.db, file, isoDate(ctx.now())) : await getOrCreateAthlete(ctx.db, LOCAL_ATHLETE_ID, 'Terminal athlete');
    const answer = await answerQuestion(ctx, athlete, question);
    await recordAnswer(ctx.db, answer);
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ answer: answer.text, citations: answer.citations, model: answer.model, degraded: answer.degraded, tools: answer.tools })}\n`);
    } else {
      process.stdout.write(`${answer.text}\n`);
    }
  } finally {
    await closeContext(ctx);
  }
  return 0;
});
