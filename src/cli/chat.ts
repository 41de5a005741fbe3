import { createInterface } from 'node:readline/promises';
import { answerQuestion, recordAnswer } from '../coach/answer.js';
import { LOCAL_ATHLETE_ID } from '../coach/athlete-file.js';
import { loadConfig } from '../config.js';
import { closeContext, createContext } from '../context.js';
import { getOrCreateAthlete } from '../db/athletes.js';
import { countChunks } from '../db/knowledge.js';
import { classifyError, userMessage } from '../errors.js';
import { runMain } from './cli-kit.js';

const HELP = `npm run chat

A terminal conversation with Coach K on the same pipeline as Discord (history included).
Type a question and press Enter; /new starts a fresh conversation; /quit or Ctrl-D leaves.`;

runMain(async () => {
  if (process.argv.includes('--help') || process.argv.includes('-h')) { process.stdout.write(`${HELP}\n`); return 0; }
  const ctx = await createContext(loadConfig(process.env));
  const rl = createInterface({ input: process.stdin, output: process.stdin.isTTY ? process.stdout : undefined, terminal: Boolean(process.stdin.isTTY) });
  try {
    const athlete = await getOrCreateAthlete(ctx.db, LOCAL_ATHLETE_ID, 'Terminal athlete');
    const chunks = await countChunks(ctx.db);
    process.stdout.write(`Coach K (${ctx.chat ? 'language model' : 'offline composer'}, ${chunks} knowledge passages). Ask away; /quit to leave.\n`);
    let history: { question: string; answer: string }[] = [];
    let parentId: string | undefined;
    const prompt = () => process.stdout.write('\nyou › ');
    prompt();
    // Async iteration keeps lines that arrive while an answer is being written (piped input).
    for await (const raw of rl) {
      const line = raw.trim();
      if (line === '/quit' || line === '/exit') break;
      if (line === '/new') { history = []; parentId = undefined; process.stdout.write('(new conversation)\n'); prompt(); continue; }
      if (!line) { prompt(); continue; }
      try {
        const answer = await answerQuestion(ctx, athlete, line, { history, parentId });
        const conversation = await recordAnswer(ctx.db, answer);
        process.stdout.write(`\ncoach k › ${answer.text}\n`);
        history = [...history, { question: line, answer: answer.text }].slice(-6);
        parentId = conversation.id;
      } catch (error) {
        process.stdout.write(`\ncoach k › ${userMessage(classifyError(error))}\n`);
      }
      prompt();
    }
  } finally {
    rl.close();
    await closeContext(ctx);
  }
  return 0;
});
