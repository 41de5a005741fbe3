import { summarizePrompts } from './passages.js';
import type { CaseRun } from './run.js';

/** Passage relevance and figures over the prompts (the `--prompts` summary). */
export function promptsReport(runs: CaseRun[]): string {
  const s = summarizePrompts(runs.map((r) => r.prompt));
  const f = (x: number) => x.toFixed(2);
  const unneeded = runs.filter((r) => r.prompt.figuresWrong && r.prompt.figuresShown).map((r) => r.case.id);
  const missing = runs.filter((r) => r.prompt.figuresWrong && !r.prompt.figuresShown).map((r) => r.case.id);
  return [
    `prompts: ${s.prompts} (${s.labelled} with an LLM request and matchable source labels; answers given by rules build none)`,
    `passages per prompt: ${f(s.avgPassages)}; relevant per prompt: ${f(s.avgRelevant)} (${(s.relevantShare * 100).toFixed(1)} % of passages)`,
    `prompts with no relevant passage: ${s.noneRelevant}`,
    `repeated passages: ${s.repeated}`,
    `figures where the intent does not need them: ${s.figuresUnneeded}${unneeded.length ? ` (${unneeded.join(', ')})` : ''}`,
    `figures missing where the intent needs them: ${s.figuresMissing}${missing.length ? ` (${missing.join(', ')})` : ''}`,
  ].join('\n');
}

export function judgeReport(runs: CaseRun[]): string {
  const scores = runs.map((r) => r.judge?.score).filter((x): x is number => x !== undefined);
  const avg = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 0;
  const byCat = new Map<string, number[]>();
  for (const r of runs) if (r.judge?.score !== undefined) byCat.set(r.case.category, [...(byCat.get(r.case.category) ?? []), r.judge.score]);
  const lines = [`judge: ${avg.toFixed(2)} / 5 over ${scores.length} of ${runs.length} answers`];
  for (const [cat, xs] of [...byCat].sort(([a], [b]) => a.localeCompare(b)))
    lines.push(`  ${cat}: ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(2)}`);
  return lines.join('\n');
}

/** Every failing check, per case, with what was found. */
export function failuresReport(runs: CaseRun[]): string {
  const out: string[] = [];
  for (const r of runs) {
    const failed = r.score.checks.filter((c) => !c.pass);
    if (failed.length === 0) continue;
    out.push(`✗ ${r.case.id} [${r.case.category}] ${r.case.question}`);
    for (const c of failed) out.push(`    ${c.kind}: ${c.spec}${c.detail ? ` — ${c.detail}` : ''}`);
  }
  const degraded = runs.filter((r) => r.asked.degraded).length;
  if (degraded) out.push(`(${degraded} answers were degraded: the LLM failed and the offline writer answered)`);
  return out.length ? out.join('\n') : 'no failing checks';
}
