import type { Calculation } from './calculation.js';
import { numberWord } from './numbers.js';
import { TAPER_VOLUME_CUT } from '../engines/phase.js';

/**
 * The member's own week turned into the minutes a deload or a taper leaves, and a run build from one distance to another
 * at the knowledge base's rate (pure). "5 sessions of 70 min, what would the deload week be?", "how long should my taper
 * be if i normally train 6 hours?", "running 15km a week, how many weeks to get to 30km?".
 */

const COUNT = '(\\d|one|two|three|four|five|six|seven)';
const LENGTH = String.raw`(\d{1,3}(?:\.\d)?|an?|one)\s*(min\w*|hours?|hrs?|h)\b`;
/** "5 sessions of 70 min", "4 x 60 min sessions", "3 times a week, about an hour each", "4 days a week at 45 min". */
const SESSIONS_OF = new RegExp(
  String.raw`\b${COUNT}\s*(?:x\s*)?(?:[a-z-]+\s+){0,2}?(?:sessions?|runs?|workouts?|classes|days?|times?)\b(?:\s*(?:a|per|each|every)\s*week)?\s*(?:,\s*)?(?:of|at|x|×|@|for|lasting)?\s*(?:about |around |roughly |approx\.? |~\s*)?${LENGTH}`,
  'i',
);
/** "4 x 60 min", "4 × 1 h". */
const TIMES_LENGTH = new RegExp(String.raw`\b${COUNT}\s*(?:x|×)\s*${LENGTH}`, 'i');
const USUAL_WEEK = new RegExp(
  String.raw`\b(?:usual|normal|typical|average|regular)\w*\s*(?:training\s*)?week\s*(?:is|of|=|:)?\s*(?:about\s*|around\s*|~\s*)?(\d{1,4}(?:\.\d)?)\s*(min\w*|hours?|hrs?|h)\b`,
  'i',
);
const PER_WEEK = /\b(\d{1,4}(?:\.\d)?)\s*(min\w*|hours?|hrs?|h)\s*(?:a|per|each|every|\/)\s*week\b/i;
/** "i normally train 6 hours", "usually do 300 min": the week's time said with "usually", without "a week". */
const USUALLY =
  /\b(?:usually|normally|typically|currently)\s*(?:do|train|doing|training|at|about|around)?\s*(?:about |around |~\s*)?(\d{1,4}(?:\.\d)?)\s*(min\w*|hours?|hrs?|h)\b(?!\s*(?:of )?(?:sleep|a (?:day|night)|per (?:day|night)))/i;

function minutesOf(n: string, unit: string): number {
  const v = /^an?$|^one$/i.test(n) ? 1 : Number(n);
  return /^h/i.test(unit) ? v * 60 : v;
}

/** The member's usual weekly training minutes, when the message gives them (undefined otherwise). */
export function usualWeekMinutes(q: string): number | undefined {
  const direct = USUAL_WEEK.exec(q) ?? PER_WEEK.exec(q);
  let min: number | undefined;
  if (direct) min = minutesOf(direct[1]!, direct[2]!);
  else {
    const each = SESSIONS_OF.exec(q) ?? TIMES_LENGTH.exec(q);
    if (each) {
      const n = numberWord(each[1]!);
      const m = minutesOf(each[2]!, each[3]!);
      // "5 sessions of 70 min" is a week; "2 times 10 min" is not.
      if (n >= 1 && n <= 14 && m >= 15 && m <= 300) min = n * m;
    } else {
      const usually = USUALLY.exec(q);
      if (usually) min = minutesOf(usually[1]!, usually[2]!);
    }
  }
  // "~7h a week" is hours; "7 min a week" is not a training week.
  return min !== undefined && min >= 60 && min <= 2400 ? min : undefined;
}

/** A rate or cut the member names themselves ("cutting 40-60%", "10 percent a week"): their own sum answers it. */
const OWN_RATE = /%|percent|per cent/i;

const roundTo5 = (x: number) => Math.round(x / 5) * 5;

/**
 * The taper from the member's usual week: the phase engine's cuts (TAPER_VOLUME_CUT, Bosquet 2007: about 2 weeks,
 * 41–60 %, intensity and session frequency kept) applied to their minutes.
 */
export function taperMinutes(q: string): Calculation[] {
  // A member who names their own cut ("cutting volume 40-60%") gets that range taken off their week by the range sum, not this one.
  if (!/\btaper/i.test(q) || OWN_RATE.test(q)) return [];
  const min = usualWeekMinutes(q);
  if (min === undefined) return [];
  const weeks = [2, 1, 0].map((w) => ({ w, cut: TAPER_VOLUME_CUT[w]!, min: roundTo5(min * (1 - TAPER_VOLUME_CUT[w]!)) }));
  const label = (w: number) => (w === 2 ? 'two weeks out' : w === 1 ? 'one week out' : 'in race week');
  return [
    {
      kind: 'taper',
      text: `Taper for the last 2 weeks before the race (10–14 days), cutting volume step by step and keeping the intensity and the number of sessions: from your usual ${min} min (${Math.round((min / 60) * 10) / 10} h) a week that is **${weeks.map((x) => `${x.min} min ${label(x.w)} (−${Math.round(x.cut * 100)} %)`).join(', ')}**.`,
    },
  ];
}

const DIST = String.raw`(\d{1,3}(?:\.\d)?)\s*(km|kms|k\b|kilomet\w*|miles?|mi\b)`;
/** "from 15km a week to 30km", "running 15km a week … get to 30km", "can run 2km … build up to the 8km". */
const FROM = new RegExp(String.raw`\b${DIST}`, 'gi');
const TO = new RegExp(String.raw`\b(?:to|till|until|reach|hit|get to|up to|build up to|towards?)\s*(?:about |around |the |a )?${DIST}`, 'i');
const BUILD_ASK =
  /\bhow (?:many|long)\b|\bhow (?:do|can|should|would|fast can|quickly can) i (?:build|get|go|increase|work|progress|ramp)\b|\bhow (?:fast|quickly)\b|\bbuild (?:up|my)\b|\bwhen (?:can|will|should) i\b/i;
/** The knowledge base's rate (team3c "Run volume progression"): about 10–20 % more a week at most, a lighter week every fourth. */
const RATES = [0.2, 0.1] as const;

/**
 * From one running distance to another at the knowledge base's rate, when the member gives no rate of their own: the
 * build weeks at 20 % and at 10 % a week, and the lighter weeks that come with them (one after every three builds).
 */
export function runBuild(q: string): Calculation[] {
  if (OWN_RATE.test(q) || !BUILD_ASK.test(q)) return [];
  const to = TO.exec(q);
  if (!to) return [];
  const from = [...q.matchAll(FROM)].find((m) => m.index !== undefined && m.index < to.index && !to[0].includes(m[0]));
  if (!from) return [];
  const mi = (u: string) => /^mi/i.test(u);
  if (mi(from[2]!) !== mi(to[2]!)) return [];
  const a = Number(from[1]);
  const b = Number(to[1]);
  if (!(a > 0 && b > a && b / a <= 8 && b <= 200)) return [];
  const u = mi(from[2]!) ? 'miles' : 'km';
  const weekly = /\b(?:a|per|each|every|\/)\s*week\b|\bweekly\b|\bmileage\b|\bvolume\b/i.test(q);
  const builds = RATES.map((r) => Math.ceil(Math.log(b / a) / Math.log(1 + r) - 1e-9));
  const total = builds.map((n) => n + Math.floor((n - 1) / 3));
  const what = weekly ? `a week` : `of running`;
  // The race's 8 km comes as 8 runs of 1 km with a station after each, not one 8 km run.
  const race8 = !weekly && u === 'km' && b === 8 && /\bhyrox\b|\brace\b|\bthe 8 ?km\b/i.test(q);
  return [
    {
      kind: 'weekly_total',
      sources: ['run', 'volume', 'progression'],
      text: `From ${a} to ${b} ${u} ${what}, adding about 10–20 % a week at most with a lighter week after every three (the running guide's rule: tendons adapt more slowly than heart and lungs): **about ${total[0]}–${total[1]} weeks** (${builds[0]} build weeks at +20 %, ${builds[1]} at +10 %, plus the lighter weeks).${race8 ? ` The race's 8 km is 8 runs of 1 km with a station after each, so build the total distance, not one long run.` : ''}`,
    },
  ];
}
