import { answerQuestion, type CoachDeps } from '../src/coach/answer.js';
import { getOrCreateAthlete } from '../src/db/athletes.js';
import { wordCount } from './validate.js';

/** The build plan's post-training evaluation prompts. */
export const EVAL_PROMPTS = [
  'I have 12 weeks until Hyrox and I run 35 miles per week. How should I structure my training?',
  "My sled push time is 4:30. What's the fastest way to improve?",
  'I missed 3 training days this week due to travel. How do I get back on track?',
  'Design me an EMOM workout targeting the ski erg and wall ball stations.',
  'My RPE has been 8+ on all sessions this week. What should I do?',
  'What supplements should I take during my 16-week Hyrox prep?',
  'I only have 30 minutes today instead of 60. What should I do with my HIIT session?',
  'My 5K time is 22 minutes. What Hyrox finish time should I target?',
] as const;

export interface EvalRow {
  prompt: string;
  answers: { model: string; text: string; words: number; degraded: boolean }[];
}

/**
 * Asks each model the eight prompts through the coach pipeline (same retrieval, engines and
 * footer). A model named "offline" is the offline composer.
 */
export async function compareModels(deps: CoachDeps, models: string[], onProgress?: (done: number, total: number) => void): Promise<EvalRow[]> {
  const athlete = await getOrCreateAthlete(deps.db, 'local:model-eval', 'Model eval');
  const rows: EvalRow[] = EVAL_PROMPTS.map((prompt) => ({ prompt, answers: [] }));
  let done = 0;
  for (const model of models) {
    for (const row of rows) {
      const a = await answerQuestion(model === 'offline' ? { ...deps, chat: undefined } : deps, athlete, row.prompt, {
        model: model === 'offline' ? undefined : model,
      });
      row.answers.push({ model, text: a.text, words: wordCount(a.text.split('\n\n---\n')[0]!), degraded: a.degraded });
      onProgress?.((done += 1), models.length * rows.length);
    }
  }
  return rows;
}

export function evalReport(rows: EvalRow[], models: string[]): string {
  const out = ['# Model comparison: the eight evaluation prompts', '', `Models: ${models.map((m) => `\`${m}\``).join(' vs ')}`, ''];
  rows.forEach((r, i) => {
    out.push(`## ${i + 1}. ${r.prompt}`, '');
    for (const a of r.answers) {
      out.push(`### ${a.model}${a.degraded ? ' (degraded: offline fallback)' : ''} — ${a.words} words`, '', a.text, '');
    }
  });
  return out.join('\n');
}
