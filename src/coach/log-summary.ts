import type { Queryable } from '../db/db.js';
import { addDays } from '../domain/dates.js';
import { listWorkouts, type Workout } from '../db/workouts.js';
import { computeLoad, sessionLoadAu } from './engines/load.js';

const n = (v: number) => Math.round(v).toLocaleString('en-US');

/** Plain words for an ACWR value (rolling-average variant; a prompt to look, not a verdict). */
export function acwrWords(acwr: number | null, historyDays: number): string {
  if (acwr === null) return 'Acute:chronic ratio: not enough history yet.';
  const v = acwr.toFixed(2);
  if (historyDays < 28)
    return `Acute:chronic ratio ${v}: it needs 4 weeks of logs before it means much (you have ${historyDays} day${historyDays === 1 ? '' : 's'}).`;
  if (acwr >= 1.5) return `Acute:chronic ratio ${v}: a spike. This week is far above your 4-week average; hold or cut next week's load by 20–30 %.`;
  if (acwr > 1.3) return `Acute:chronic ratio ${v}: high. You're ramping faster than usual; keep the next few days easy.`;
  if (acwr < 0.8) return `Acute:chronic ratio ${v}: low. A light week; fine for recovery or a taper, otherwise build back gradually.`;
  return `Acute:chronic ratio ${v}: in the 0.8–1.3 range, so your load is building steadily.`;
}

/** The /log and DM-log confirmation: what was stored, session load, this week's load, ACWR in words. */
export async function describeLogged(db: Queryable, { workout, created }: { workout: Workout; created: boolean }, today: string): Promise<string> {
  const logs = (await listWorkouts(db, workout.athleteId, addDays(today, -27), today)).map((w) => ({
    date: w.date,
    durationMin: Math.min(w.durationMin, 600),
    rpe: w.rpe,
    sessionType: w.sessionType,
  }));
  const load = computeLoad({ logs, today });
  const session = sessionLoadAu(workout);
  const weekCount = logs.filter((l) => l.date > addDays(today, -7)).length;
  return [
    `${created ? 'Logged ✅' : 'Already logged (nothing changed) ✅'} ${workout.sessionType} · ${workout.durationMin} min · RPE ${workout.rpe}${workout.rpePre ? ` (readiness ${workout.rpePre})` : ''} on ${workout.date}${workout.notes ? ` · "${workout.notes}"` : ''}`,
    `Session load: ${n(session)} AU (RPE × minutes).`,
    `Last 7 days: ${n(load.weeklyLoadAu)} AU over ${weekCount} session${weekCount === 1 ? '' : 's'}.`,
    acwrWords(load.acwr, load.historyDays),
  ].join('\n');
}
