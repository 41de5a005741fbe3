import type { Athlete } from '../db/athletes.js';
import { formatDuration } from './engines/time.js';
import { DIVISION_LABELS } from '../domain/standards.js';

/** /profile show: the athlete's profile in a few lines. */
export function describeProfile(a: Athlete): string {
  const v = (x: unknown, unit = '') =>
    x === null || x === undefined || (Array.isArray(x) && x.length === 0) ? '—' : `${Array.isArray(x) ? x.join(', ') : x}${unit}`;
  return [
    `**Your profile**${a.displayName ? ` (${a.displayName})` : ''}`,
    `Division: ${a.division ? DIVISION_LABELS[a.division] : '—'} · Sex: ${v(a.sex)} · Age: ${v(a.age)} · Weight: ${v(a.weightKg, ' kg')}`,
    `Race date: ${v(a.raceDate)} · Goal: ${a.goalTimeMinutes ? formatDuration(a.goalTimeMinutes * 60) : '—'} · Hours/week: ${v(a.weeklyAvailabilityHours)}`,
    `Phase: ${v(a.currentPhase?.replace(/_/g, ' '))} · Equipment: ${v(a.equipmentAvailable)}`,
    `Injuries/limitations: ${v(a.injuriesLimitations)}`,
    `DM check-ins: ${a.checkinOptIn ? `on, at ${a.checkinTime ?? '—'} (${a.timezone})` : 'off'}`,
  ].join('\n');
}
