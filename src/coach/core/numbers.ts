/** Small readers of numbers in free text (pure). */
import { WORD_NUMBERS } from '../../domain/text.js';

/** Kilometres in a mile. */
export const KM_PER_MILE = 1.609344;

/** "3" or "three" → 3. */
export function numberWord(text: string): number {
  return Number(text) || WORD_NUMBERS[text.toLowerCase()] || 0;
}

/** "m:ss" or "h:mm:ss" → seconds. */
export function clock(text: string): number | undefined {
  const parts = text.split(':').map(Number);
  if (parts.some((p) => !Number.isFinite(p))) return undefined;
  if (parts.length === 2) return parts[0]! * 60 + parts[1]!;
  if (parts.length === 3) return parts[0]! * 3600 + parts[1]! * 60 + parts[2]!;
  return undefined;
}

/** A time phrase: "22:30", "22 minutes", "1:25:00", "1h25", "85 min". */
export function timeIn(text: string): number | undefined {
  const hm = /(\d)\s*h(?:ours?|rs?)?\s*(\d{1,2})?\b/i.exec(text);
  if (hm) return Number(hm[1]) * 3600 + Number(hm[2] ?? 0) * 60;
  const c = /\b(\d{1,2}:\d{2}(?::\d{2})?)\b/.exec(text);
  if (c) return clock(c[1]!);
  const m = /\b(\d{1,3}(?:\.\d)?)\s*(?:min(?:ute)?s?|mins?)\b/i.exec(text);
  if (m) return Math.round(Number(m[1]) * 60);
  return undefined;
}

/** A unit after a number that makes "4.45" a decimal (4.45 km, 78.45 kg), not a clock time. */
const DECIMAL_UNIT = String.raw`(?!\s*(?:kg|kgs|kilos?|km|kms|k\b|m\b|mi\b|miles?|l\b|litres?|liters?|ml|%|lbs?|g\b|grams?|h\b|hrs?|hours?|s\b|secs?|seconds|pm|am|x\b|bpm|kcal|cal))(?!\d|[.:]\d)`;
const DOT_CLOCK = String.raw`\d{1,2}\.[0-5]\d`;

/**
 * Times as members type them, put in the clock forms the readers take (pure): "4.45/km" → "4:45/km", "rowed 1k in 3.58"
 * → "3:58", splits "4.45, 4.50, 4.58" → "4:45, 4:50, 4:58", "1.32.10" → "1:32:10", "1hr32" / "1h 32m" / "1 hour 32 min"
 * → "1:32:00" (unless `hours` is false). A dot number stays a decimal unless a pace, "in"/"split", or a list of three such times says it is a time,
 * and never before a unit ("4.45 km", "78.45 kg").
 */
export function memberClocks(text: string, opts: { hours?: boolean } = {}): string {
  const toClock = (s: string) => s.replace('.', ':');
  // "1.32.10": hours, minutes and seconds.
  const dotted = stoneMasses(text).replace(/\b(\d)\.([0-5]\d)\.([0-5]\d)\b(?!\d|[.:]\d)/g, '$1:$2:$3');
  return (
    (opts.hours === false ? dotted : hoursMinutes(dotted))
      // "4.45/km", "4.45 per mile", "1.55/500", "4.45 min/km", "4.45 pace".
      .replace(
        new RegExp(
          String.raw`\b(${DOT_CLOCK})(?=\s*(?:min(?:ute)?s?\s*)?(?:\/|per |a )\s*(?:km|k\b|kilomet|mi\b|mile|500|1k\b)|\s*(?:(?:km|mile|min) )?pace\b)`,
          'gi',
        ),
        (_m, c: string) => toClock(c),
      )
      // Splits "4.45, 4.50, 4.58, 5.02": three or more in a row.
      .replace(new RegExp(String.raw`\b${DOT_CLOCK}(?:\s*(?:,|;|\/|-|and)?\s*${DOT_CLOCK}){2,}${DECIMAL_UNIT}`, 'gi'), (list) =>
        list.replace(new RegExp(String.raw`\b(${DOT_CLOCK})\b`, 'g'), (c: string) => toClock(c)),
      )
      // "1k in 3.58", "split of 1.59", "averaged 5.05": a time after the word that takes one.
      .replace(
        new RegExp(
          String.raw`\b(in|split(?:s| of| was| is)?|took(?: me)?|held|hold(?:ing)?|averag\w*|avg|time(?: of| was| is)?|did(?: it)?(?: in)?)\s*(?:a |about |around |~\s*)?(${DOT_CLOCK})${DECIMAL_UNIT}`,
          'gi',
        ),
        (_m, w: string, c: string) => `${w} ${toClock(c)}`,
      )
      // "first km 4.32 last km 5.40", "run 8 5.40", "1k target is 4.20", "pb of 19.45": a time after the run, split or
      // target it belongs to.
      .replace(
        new RegExp(
          String.raw`\b((?:first|last|final|opening|fastest|slowest) (?:km|k|run|split|lap|1 ?km?|rep)|run ?[1-8]|km ?[1-8]|target|goal|pb|pr|best)\s*(is |was |of |at |= ?|: ?)?(?:a |about |around |~\s*)?(${DOT_CLOCK})${DECIMAL_UNIT}`,
          'gi',
        ),
        (_m, w: string, v: string | undefined, c: string) => `${w} ${v ?? ''}${toClock(c)}`,
      )
  );
}

/** Pounds in a stone. */
const LB_PER_STONE = 14;

/**
 * "11 stone", "9st 4lb", "12 st 6" → "69.9 kg", "59 kg", "78.9 kg": a body mass in stones (and pounds), in the kilograms
 * every reader takes. "21st" and "31st" are ordinals (a date), not stones; "11st" is not an ordinal.
 */
export function stoneMasses(text: string): string {
  return text.replace(
    /\b(\d{1,2}(?:\.\d)?)\s*(stones?|st)\b(?:\s*(?:and\s*)?(?:(\d{1,2}(?:\.\d)?)\s*(?:lbs?|pounds?)\b|(\d{1,2})(?=\s*(?:[,.?!;)]|$|and\b))))?/gi,
    (whole, st: string, unit: string, lb?: string, bare?: string) => {
      const stones = Number(st);
      if (/^st$/i.test(unit) && /(?:^|[^1])1$/.test(st)) return whole;
      const pounds = Number(lb ?? bare ?? 0);
      if (stones < 5 || stones > 30 || pounds >= LB_PER_STONE) return whole;
      const kg = Math.round((stones * LB_PER_STONE + pounds) * 0.45359237 * 10) / 10;
      return `${kg} kg`;
    },
  );
}

/** "1hr32", "1h 32m", "1 hour 32 min" → "1:32:00": a time of hours and minutes (not "1h 20 wall balls", "6h 30 a week"). */
function hoursMinutes(text: string): string {
  return text.replace(
    /\b(\d)\s*(?:h|hr|hrs|hours?)\s*([0-5]\d)(?:\s*(?:m|mins?|minutes?)\b|(?![\d.:])(?!\s*(?:x\b|×|reps?\b|kg|kgs|km|k\b|%|s\b|secs?\b|seconds\b|cals?\b|wall|burpee|lunge)))(?!\s*(?:a|per|\/|each)\s*(?:week|wk)\b)/gi,
    '$1:$2:00',
  );
}

/**
 * The minutes of a session as the member writes them: "1:10:00" (after memberClocks: "1hr10"), "1.5h", "2 hours", "70
 * min"; undefined when none.
 */
export function sessionMinutes(text: string): number | undefined {
  const hm = /\b(\d):([0-5]\d):00\b/.exec(text);
  if (hm) return Number(hm[1]) * 60 + Number(hm[2]);
  const min = /\b(\d{1,3})\s*(?:min|mins|minutes?)\b/i.exec(text);
  if (min) return Number(min[1]);
  const h = /\b(\d(?:\.\d+)?)\s*(?:h|hrs?|hours?)\b/i.exec(text);
  if (h) return Math.round(Number(h[1]) * 60);
  return /\b(?:an|one|a) hour\b/i.test(text) ? 60 : undefined;
}
