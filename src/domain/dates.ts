/** Calendar dates as 'YYYY-MM-DD' text: what the database stores and athletes type. */

/** 'YYYY-MM-DD' of a Date in UTC. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Adds whole days to a 'YYYY-MM-DD' date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDate(d);
}

/** Whole or fractional days from one 'YYYY-MM-DD' date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** "today" / "yesterday" / YYYY-MM-DD → YYYY-MM-DD (validated by the repository). */
export function resolveDate(value: string | undefined, today: string): string {
  if (!value || value === 'today') return today;
  if (value === 'yesterday') return addDays(today, -1);
  return value;
}
