import { computeLoad, fromDayNumber, toDayNumber, type WorkoutLog } from '../coach/engines/load.js';

export interface WeekLoad {
  /** Monday of the week, 'YYYY-MM-DD'. */
  weekStart: string;
  /** Sum of session loads that week (to today for the current week), AU. */
  loadAu: number;
  /** ACWR at the week's last day (today for the current week); null without chronic load. */
  acwr: number | null;
  /** The current week, still going. */
  partial: boolean;
}

/** Monday of the week containing `date` (ISO weeks start on Monday, like the plan). */
export function mondayOf(date: string): string {
  const day = toDayNumber(date);
  if (day === null) throw new RangeError(`not a date: ${date}`);
  // Day 0 (1970-01-01) was a Thursday: (day + 3) mod 7 is 0 on Mondays.
  return fromDayNumber(day - ((day + 3) % 7));
}

/**
 * Weekly load for the last `weeks` calendar weeks, oldest first, the current week last and
 * partial. Each week's ACWR is the load engine's value at that week's last day (Sunday, or today),
 * null until 28 days of history exist.
 */
export function weeklyLoads(logs: readonly WorkoutLog[], today: string, weeks = 10): WeekLoad[] {
  const todayDay = toDayNumber(today);
  if (todayDay === null) throw new RangeError(`not a date: ${today}`);
  const monday = toDayNumber(mondayOf(today))!;
  const out: WeekLoad[] = [];
  for (let i = weeks - 1; i >= 0; i--) {
    const start = monday - 7 * i;
    const end = Math.min(start + 6, todayDay);
    let loadAu = 0;
    for (const l of logs) {
      const d = toDayNumber(l.date);
      if (d !== null && d >= start && d <= end) loadAu += l.rpe * l.durationMin;
    }
    const r = computeLoad({ logs: logs as WorkoutLog[], today: fromDayNumber(end) });
    // Like the load engine's flags: the ratio means little before 28 days of history.
    out.push({ weekStart: fromDayNumber(start), loadAu, acwr: r.historyDays >= 28 ? r.acwr : null, partial: i === 0 });
  }
  return out;
}
