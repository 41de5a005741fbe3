import { z } from 'zod';

/**
 * Durations and paces as athletes type them, and back. Parsers take user text and return
 * `null` for anything they cannot read with certainty; they never throw.
 */

export const ParseDurationInput = z.object({
  text: z.string().max(100).describe('A duration as typed, e.g. "22:00", "1:29:30", "90 min", "1h30"'),
  bareNumberUnit: z.enum(['min', 'sec']).optional().describe('How to read a bare number such as "90"; without it a bare number is ambiguous (null)'),
});
export type ParseDurationInput = z.infer<typeof ParseDurationInput>;

export interface ParseDurationOptions {
  /** Read a bare number ("90") as minutes or seconds. Default: ambiguous → null. */
  bareNumberUnit?: 'min' | 'sec';
}

const UNIT_SECONDS: Record<string, number> = {
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
};
const UNIT_TOKEN = /(\d+(?:\.\d+)?)\s*([a-z]*)\s*/gy;
// "22:00", "4:30" (m:ss), "1:29:30" (h:mm:ss); optional decimal seconds; optional trailing word.
const CLOCK_FORM = /^(\d+):(\d{1,2}(?:\.\d+)?)(?::(\d{1,2}(?:\.\d+)?))?(?:\s*(?:min|mins|minutes|h|hrs|hours))?$/;

/**
 * Parse a duration typed by a user into seconds.
 *
 * Accepts clock forms (`m:ss`, `h:mm:ss`; two parts are always minutes:seconds, so "4:30" is
 * 270 s) and unit forms (`22 minutes`, `90 min`, `1h30`, `1 h 30 min`, `45 s`, `1.5 h`).
 * Clock parts after the first must be below 60.
 *
 * @returns seconds (≥ 0, may be fractional for decimal input), or `null` when the text is empty,
 *   negative, malformed, or a bare number without `options.bareNumberUnit`.
 */
export function parseDuration(text: string, options: ParseDurationOptions = {}): number | null {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (s === '') return null;

  if (/^\d+(?:\.\d+)?$/.test(s)) {
    const n = Number(s);
    if (options.bareNumberUnit === 'min') return n * 60;
    if (options.bareNumberUnit === 'sec') return n;
    return null;
  }

  const clock = CLOCK_FORM.exec(s);
  if (clock) {
    const [, a, b, c] = clock;
    const first = Number(a);
    const second = Number(b);
    if (c === undefined) return second < 60 ? first * 60 + second : null;
    const third = Number(c);
    if (second >= 60 || third >= 60 || !Number.isInteger(second)) return null;
    return first * 3600 + second * 60 + third;
  }

  return parseUnitForm(s);
}

/**
 * "1h30", "1 h 30 min", "90 min", "45s", "5m30": each unit at most once, largest first; a bare
 * number may only close the text, right after hours (→ minutes) or minutes (→ seconds).
 */
function parseUnitForm(s: string): number | null {
  UNIT_TOKEN.lastIndex = 0;
  let total = 0;
  let lastUnitSec = Infinity;
  let consumed = 0;
  let closed = false;
  for (let match = UNIT_TOKEN.exec(s); match; match = UNIT_TOKEN.exec(s)) {
    const [whole, num, word] = match;
    if (closed || num === undefined) return null;
    let unitSec = word ? UNIT_SECONDS[word] : undefined;
    if (word && unitSec === undefined) return null;
    if (unitSec === undefined) {
      if (lastUnitSec !== 3600 && lastUnitSec !== 60) return null;
      unitSec = lastUnitSec / 60;
      closed = true;
    }
    if (unitSec >= lastUnitSec) return null;
    total += Number(num) * unitSec;
    lastUnitSec = unitSec;
    consumed += whole.length;
  }
  return consumed === s.length && consumed > 0 ? total : null;
}

/**
 * Format seconds as a clock: `h:mm:ss` from one hour up ("1:14:26"), else `m:ss` ("4:53").
 * Rounds to whole seconds first (4466.28 s → "1:14:26"). Negative values get a leading "-";
 * non-finite values give "--:--".
 */
export function formatDuration(sec: number): string {
  if (!Number.isFinite(sec)) return '--:--';
  const sign = sec < 0 ? '-' : '';
  const total = Math.round(Math.abs(sec));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${ss}` : `${sign}${m}:${ss}`;
}

/** A finish time to the minute, h:mm (5400 → "1:30"): how members write goal times. */
export function formatHoursMinutes(sec: number): string {
  return `${Math.floor(sec / 3600)}:${String(Math.floor((sec % 3600) / 60)).padStart(2, '0')}`;
}

/** An erg split, m:ss with tenths when they matter (133.5 → "2:13.5", 135 → "2:15"). */
export function formatSplit(sec: number): string {
  const whole = Math.floor(sec);
  const tenths = Math.round((sec - whole) * 10);
  return tenths === 0 || tenths === 10 ? formatDuration(Math.round(sec)) : `${formatDuration(whole)}.${tenths}`;
}

/** Format a pace in seconds per km as "m:ss/km" (293.1 → "4:53/km"). */
export function formatPace(secPerKm: number): string {
  return `${formatDuration(secPerKm)}/km`;
}

/**
 * Parse a pace typed by a user ("4:53/km", "4:53 min/km", "4:53") into seconds per km.
 * @returns seconds per km, or `null` when unreadable or zero.
 */
export function parsePace(text: string): number | null {
  const s = text
    .trim()
    .toLowerCase()
    .replace(/\s*(?:min)?\s*(?:\/|per\s*)km$/, '');
  const sec = parseDuration(s);
  return sec === null || sec === 0 ? null : sec;
}
