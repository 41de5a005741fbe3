import { randomUUID } from 'node:crypto';
import { importAthlete } from '../src/coach/athlete-file.js';
import type { CoachDeps } from '../src/coach/answer.js';
import type { ChatModel } from '../src/coach/chat-model.js';
import { getOrCreateAthlete, type Athlete } from '../src/db/athletes.js';
import type { Db } from '../src/db/db.js';
import { isoDate } from '../src/domain/dates.js';
import { askCoach, type Asked } from './adapter.js';
import { resolveDates, type EvalCase } from './cases.js';
import { judgeAnswer } from './judge.js';
import { scorePrompt, type PromptScore } from './passages.js';
import { scoreCase, type CaseScore } from './score.js';

export interface CaseRun {
  case: EvalCase;
  asked: Asked;
  score: CaseScore;
  prompt: PromptScore;
  judge?: { score: number | undefined; reason: string };
}

/** The pipeline's dependencies, on a database the eval may write to (athletes, conversations). */
export type EvalDeps = CoachDeps & { db: Db };

export interface RunOptions {
  /** Ask this model on the LLM path (e.g. the registered fine-tune). */
  model?: string;
  judge?: ChatModel;
  onCase?(done: number, total: number, run: CaseRun): void;
}

/** The case's athlete: its own file (dates resolved, keyed by case id) or one blank shared athlete. */
async function athleteFor(deps: EvalDeps, c: EvalCase, today: string): Promise<Athlete> {
  if (!c.athlete) return getOrCreateAthlete(deps.db, 'eval:blank', 'Eval athlete');
  const file = resolveDates(c.athlete, today) as { profile?: Record<string, unknown> };
  const profile = { ...(file.profile ?? {}), discord_user_id: `eval:${c.id}` };
  return importAthlete(deps.db, { ...file, profile }, today);
}

/** Answers every case through the real pipeline, in order, and scores answer and prompt. */
export async function runEval(deps: EvalDeps, cases: EvalCase[], opts: RunOptions = {}): Promise<CaseRun[]> {
  const runs: CaseRun[] = [];
  const runId = randomUUID();
  for (const c of cases) {
    const athlete = await athleteFor(deps, c, isoDate(deps.now()));
    const asked = await askCoach(deps, athlete, c, { sourceId: `eval:${runId}:${c.id}`, model: opts.model });
    const run: CaseRun = {
      case: c,
      asked,
      score: scoreCase(c, asked.text),
      prompt: scorePrompt(c, asked.passages, asked.figuresShown, asked.messages.length > 0),
    };
    if (opts.judge) run.judge = await judgeAnswer(opts.judge, c, asked.text);
    runs.push(run);
    opts.onCase?.(runs.length, cases.length, run);
  }
  return runs;
}
