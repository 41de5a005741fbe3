import { createInterface } from 'node:readline/promises';
import { answerQuestion, recordAnswer } from '../coach/answer.js';
import { LOCAL_ATHLETE_ID } from '../coach/athlete-file.js';
import { loadConfig } from '../config.js';
import { closeContext, createContext } from '../main/context.js';
import { getOrCreateAthlete } from '../db/athletes.js';
import { countChunks } from '../db/knowledge.js';
import { isoDate } from '../domain/dates.js';
import { classifyError, userMessage } from '../errors.js';
import { runMain, type CliIo } from '../main/cli-kit.js';
import { planForAthlete } from '../plan/athlete-plan.js';

const HELP = `npm run chat

A terminal conversation with Coach K on the same pipeline as Discord (history included).
Type a question and press Enter; /plan (or /plan next) shows your training week as /plan does in
Discord; /new starts a fresh conversation; /quit or Ctrl-D leaves.`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  const ctx = await createContext(loadConfig(io.env));
  const rl = createInterface({ input: io.stdin, output: io.stdin.isTTY ? process.stdout : undefined, terminal: Boolean(io.stdin.isTTY) });
  try {
    const athlete = await getOrCreateAthlete(ctx.db, LOCAL_ATHLETE_ID, 'Terminal athlete');
    const chunks = await countChunks(ctx.db);
    io.stdout.write(`Coach K (${ctx.chat ? 'language model' : 'offline composer'}, ${chunks} knowledge passages). Ask away; /quit to leave.\n`);
    let history: { question: string; answer: string }[] = [];
    let parentId: string | undefined;
    const prompt = () => io.stdout.write('\nyou › ');
    prompt();
    // Async iteration keeps lines that arrive while an answer is being written (piped input).
    for await (const raw of rl) {
      const line = raw.trim();
      if (line === '/quit' || line === '/exit') break;
      if (line === '/new') {
        history = [];
        parentId = undefined;
        io.stdout.write('(new conversation)\n');
        prompt();
        continue;
      }
      if (!line) {
        prompt();
        continue;
      }
      const plan = /^\/plan(?:\s+(this|next))?$/i.exec(line);
      if (plan) {
        const week = (plan[1]?.toLowerCase() ?? 'this') as 'this' | 'next';
        io.stdout.write(`\ncoach k › ${(await planForAthlete(ctx.db, athlete, isoDate(ctx.now()), week)).text}\n`);
        prompt();
        continue;
      }
      try {
        const answer = await answerQuestion(ctx, athlete, line, { history, parentId });
        const conversation = await recordAnswer(ctx.db, answer);
        io.stdout.write(`\ncoach k › ${answer.text}\n`);
        history = [...history, { question: line, answer: answer.text }].slice(-6);
        parentId = conversation.id;
      } catch (error) {
        io.stdout.write(`\ncoach k › ${userMessage(classifyError(error))}\n`);
      }
      prompt();
    }
  } finally {
    rl.close();
    await closeContext(ctx);
  }
  return 0;
}

runMain(import.meta.url, main);
