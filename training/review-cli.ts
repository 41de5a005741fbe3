import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { loadChunks } from './build.js';
import { PassageIndex } from './passages.js';
import { recordDecision, REVIEW_DIR, reviewCard, undecided } from './review.js';

/**
 * `npm run train -- review`: each teacher draft without a decision, with its checks; the reviewer
 * types a (accept), e (edit: paste the corrected answer, end with a line holding only "."),
 * r (reject) or q (stop). Decisions go to training/review/decisions.jsonl.
 */
export async function review(
  root: string,
  io: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream } = { input: process.stdin, output: process.stdout },
): Promise<number> {
  const dir = path.join(root, REVIEW_DIR);
  const drafts = undecided(dir);
  const say = (s: string) => io.output.write(`${s}\n`);
  if (drafts.length === 0) {
    say('Nothing to review: no teacher drafts without a decision (the build drafts them when TEACHER_* is set).');
    return 0;
  }
  const index = new PassageIndex(loadChunks(root));
  const rl = createInterface({ input: io.input, output: io.output, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (q: string) => {
    io.output.write(q);
    const r = await lines.next();
    return r.done ? 'q' : String(r.value).trim();
  };
  let done = 0;
  try {
    for (const e of drafts) {
      say(reviewCard(e, index).text);
      const a = (await ask('[a]ccept / [e]dit / [r]eject / [q]uit > ')).toLowerCase();
      if (a === 'q') break;
      if (a === 'a') recordDecision(dir, { id: e.id, decision: 'accept' });
      else if (a === 'r') recordDecision(dir, { id: e.id, decision: 'reject' });
      else if (a === 'e') {
        say('Paste the corrected answer; end with a line holding only "."');
        const body: string[] = [];
        for (let l = await lines.next(); !l.done && String(l.value) !== '.'; l = await lines.next()) body.push(String(l.value));
        recordDecision(dir, { id: e.id, decision: 'edit', answer: body.join('\n').trim() });
      } else {
        say('(skipped)');
        continue;
      }
      done += 1;
    }
  } finally {
    rl.close();
  }
  say(`${done} decisions recorded in ${REVIEW_DIR}/decisions.jsonl; ${drafts.length - done} drafts still waiting.`);
  return 0;
}
