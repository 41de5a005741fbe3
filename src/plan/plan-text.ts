import { PHASE_NAMES } from '../domain/phases.js';
import { shortDate } from '../charts/svg.js';
import type { AthleteWeekPlan, PlanDay } from './week-plan.js';

function dayLines(d: PlanDay, why: boolean): string[] {
  const head = `**${d.dayName} ${shortDate(d.date)}**`;
  if (d.status === 'done') return [`${head} ✅ done: ${d.logged}`];
  if (d.status === 'missed') return [`${head} ✖ ${d.prescription.title} missed (${d.note})`];
  if (d.type === 'rest') return [`${head} Rest`];
  return [
    `${head} ${d.prescription.title} · ${d.durationMin} min · RPE ${d.rpe}${d.note ? ` (${d.note})` : ''}`,
    `  ${why ? `Why: ${d.prescription.purpose} ` : ''}Do: ${d.prescription.work}`,
  ];
}

/** Discord's message limit, less room for the footer. */
const BUDGET = 1950;

/**
 * The plan as text (the same in Discord and in the terminal), with assumptions noted; the
 * "why" of each session is left out when the week would not fit one Discord message.
 */
export function planText(plan: AthleteWeekPlan, o: { week: 'this' | 'next'; notes?: string[] }): string {
  const full = planLines(plan, o, true);
  if (full.length <= BUDGET) return full;
  const short = planLines(plan, o, false);
  return short.length <= BUDGET ? short : planLines(plan, { week: o.week }, false).slice(0, BUDGET);
}

function planLines(plan: AthleteWeekPlan, o: { week: 'this' | 'next'; notes?: string[] }, why: boolean): string {
  const lines = [
    `**Your plan for ${o.week === 'next' ? 'next week' : 'this week'}** (from ${shortDate(plan.weekStart)}): ${PHASE_NAMES[plan.phase]}, ${plan.weeksToRace === 0 ? 'race week' : `${plan.weeksToRace} week${plan.weeksToRace === 1 ? '' : 's'} to race`}, ${plan.sessionsPerWeek} sessions, ${plan.totalMin} min.`,
    `Focus: ${plan.goals.join('; ')}.`,
    ...plan.adjustments.map((a) => `↳ ${a}`),
    ...(o.notes ?? []).map((n) => `ℹ️ ${n}`),
    '',
    ...plan.days.flatMap((d) => dayLines(d, why)),
  ];
  return lines.join('\n');
}
