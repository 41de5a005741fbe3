import type { Calculation } from './calculation.js';
import { numberWord } from './numbers.js';
import { sessionsPerWeek } from '../engines/phase.js';
import { formatHoursMinutes } from '../engines/time.js';
import { askedText, VOLUME_ASK, type QuestionFacts } from './understand.js';

/**
 * A yes/no or how-many on the week's volume, answered first with the knowledge base's numbers (pure): "is 45 min 4 days a
 * week enough for sub 1:30?", "can i get away with 2 runs a week", "can i add an extra session", "can i train 6 days a
 * week". The figures are the knowledge base's: sessions from the hours available and rest days (team5), runs a week and
 * weekly distance (team3c), and what each finish-time tier takes in a week (team2b tier sections).
 */

/** What a finish-time tier takes in a week (team2b "Sub-…" sections). */
interface Tier {
  goalSec: number;
  label: string;
  sessions?: [number, number];
  hours?: [number, number];
  km?: [number, number];
  runs?: [number, number];
  /** Fresh 5 km near this for men and for women ("What the clock demands"). */
  fiveKm?: [string, string];
  /** The words of the tier section's title. */
  source: string[];
}

const TIERS: Tier[] = [
  { goalSec: 3600, label: 'sub-1:00', hours: [12, 20], fiveKm: ['17:45', '18:15'], source: ['elite', 'tier'] },
  {
    goalSec: 4500,
    label: 'sub-1:15',
    sessions: [6, 6],
    hours: [8, 10],
    km: [40, 55],
    runs: [4, 5],
    fiveKm: ['22:10', '22:50'],
    source: ['racing', 'completing'],
  },
  { goalSec: 5400, label: 'sub-1:30', sessions: [5, 5], hours: [6, 8], km: [25, 40], fiveKm: ['26:40', '27:30'], source: ['top', 'quarter'] },
  { goalSec: 6300, label: 'sub-1:45', sessions: [4, 5], km: [20, 30], runs: [3, 3], fiveKm: ['31:00', '32:00'], source: ['running', 'whole', 'way'] },
  { goalSec: 7200, label: 'sub-2:00', sessions: [3, 4], hours: [0, 6], fiveKm: ['35:30', '36:30'], source: ['finishing', 'control'] },
];

const HOURS_SOURCE = ['sessions', 'hours', 'available'];
const RUNS_SOURCE = ['runs', 'often', 'run'];
const REST_SOURCE = ['rest', 'days'];
const MASTERS_HARD_SOURCE = ['hard', 'sessions', '60'];
/** Hard days counted ("how many hard sessions", "intense workouts a week"), not every session of the week. */
const HARD_DAYS = /\b(?:hard|intense|high[- ]intensity|tough|quality|heavy)\s+(?:sessions?|workouts?|days?|trainings?)\b/i;

/** The plans' session count by training hours (engines/phase.ts sessionsPerWeek), in words, and what the week holds. */
const HOURS_COUNTS = '3 sessions under 4 hours a week, 4 at 4 to under 6, 5 at 6 to under 8, 6 at 8–10 and 6–7 above 10';
const HOURS_MIX = 'with about half the time running and at least one strength session';
/** The least weekly hours at which the plans use n sessions (the seventh is added from 12 h). */
const HOURS_FOR: Record<number, number> = { 4: 4, 5: 6, 6: 8, 7: 12 };

const N = '(\\d|one|two|three|four|five|six|seven)';
const RUNS = new RegExp(
  `\\b${N}\\s*(?:x\\s*)?(?:runs?|running sessions?|run sessions?)\\b(?:\\s*(?:a|per|each|every)\\s*week)?|\\brun(?:ning)?\\s*${N}\\s*(?:x|times|days)\\b`,
  'i',
);
/** The week the member has now ("currently doing 4", "i do 4 sessions"). */
const CURRENT = new RegExp(
  `\\b(?:currently|now|already|at the moment|atm)\\b[^.?!]{0,20}?\\b${N}\\b|\\b(?:doing|do|train(?:ing)?|run(?:ning)?)\\s*${N}\\s*(?:(?:sessions?|days?|times|x)\\b|(?:a|per|each) week\\b)`,
  'i',
);
const FIRST =
  /\bfirst (?:hyrox|race)\b|\b(?:do|finish|complete|get (?:round|through))\s+(?:a|my|the|one)?\s*hyrox\b|\bbeginner|\bnewbie|\bnovice|\bjust (?:to )?finish\b/i;
const MORE = /\b(?:add|adding|another|extra|additional|more)\b/i;
const TOO_MUCH = /\btoo (?:much|many|often)\b|\boverkill\b/i;
/** "is 3 sessions a week enough to do a hyrox", "6 days a week or is that too much": a verdict on the week asked in other words. */
const ENOUGH = /\benough\b|\btoo (?:much|many|often)\b|\bget away with\b/i;
const WEEK = /\b(?:a|per|each|every) week\b|\bweekly\b|\bx ?\/ ?w(?:ee)?k\b/i;
/** One kind of session or station, whose own section answers how often. */
const ONE_KIND =
  /\b(?:strength|sled|wall ?balls?|stations?|lunges?|burpees?|row(?:ing)?|ski(?:erg)?|farmers?|compromised|simulations?|sims?|intervals?|long runs?|threshold|tempo|gym|lifting|weights|hiit|classes?|crossfit|bricks?|hills?|mobility|yoga|rest days?)\b/i;

const range = ([a, b]: [number, number], unit = '') => (a === b ? `${a}${unit}` : `${a}–${b}${unit}`);
const hoursText = (h: number) => `${Math.round(h * 10) / 10} h`;

/** The tier whose demands a goal must meet: the slowest tier at least as fast as the goal (a goal under 1:00 is the elite tier's). */
function tierFor(goalSec: number): Tier | undefined {
  return goalSec < 3600 ? TIERS[0] : TIERS.find((x) => x.goalSec >= goalSec);
}

export function volumeVerdict(question: string, f: QuestionFacts): Calculation[] {
  const asked = askedText(question);
  // "can i do hyrox training if i only run twice a week": a verdict on the week asked as a condition (not "i can only
  // train 3 days a week, how do i structure it", which asks for the week).
  const onlyWeek =
    /\bif (?:i|you) (?:can |could )?only (?:run|train|lift)\b[^.?!]{0,10}\b(?:once|twice|\d ?x|\w+ times?|\w+ days?) (?:a|per) week\b/i.test(asked);
  if (!VOLUME_ASK.test(asked) && !(ENOUGH.test(asked) && WEEK.test(question)) && !onlyWeek) return [];
  // "how many times a week should i do sled work", "is once a week enough for strength?": one kind of session, not the week.
  // "how many days between hard sessions": the spacing, not the week's count.
  if (ONE_KIND.test(asked) || /\bbetween\b|\bin a row\b|\bapart\b/i.test(asked)) return [];
  // Today's readiness or fatigue decides an extra session ("readiness 9, can i add a session?"), not the week's volume.
  if (f.readinessScore !== undefined || f.sleptHours !== undefined || f.intents.includes('readiness') || f.intents.includes('medical')) return [];
  const runsM = RUNS.exec(asked);
  // "run twice a week", "run once a week": the count in a word of its own.
  const timesM = runsM ? null : /\brun(?:ning)?\s*(once|twice)\b/i.exec(asked);
  const runs = runsM ? numberWord((runsM[1] ?? runsM[2])!) : timesM ? (timesM[1]!.toLowerCase() === 'once' ? 1 : 2) : undefined;
  const current = CURRENT.exec(question);
  const sessions = f.sessionsPerWeek ?? (current ? numberWord((current[1] ?? current[2])!) : undefined);
  const hours =
    f.hoursPerWeek ?? (f.sessionsPerWeek !== undefined && f.sessionMin !== undefined ? (f.sessionsPerWeek * f.sessionMin) / 60 : undefined);
  const km = f.weeklyKm;
  const more = MORE.test(asked) && /\b(?:sessions?|workouts?|runs?|days?)\b/i.test(asked);
  const howMany = /\bhow (?:many|often)\b/i.test(asked);
  const tier = f.goalSec !== undefined ? tierFor(f.goalSec) : undefined;
  const out = (text: string, source: string[]): Calculation[] => [{ kind: 'volume', text, sources: source }];

  if (tier && (sessions !== undefined || hours !== undefined || km !== undefined || runs !== undefined)) {
    const needs: string[] = [];
    if (tier.sessions) needs.push(`${range(tier.sessions)} sessions a week`);
    if (tier.hours && tier.hours[0] > 0) needs.push(`${range(tier.hours)} hours`);
    if (tier.km) needs.push(`${range(tier.km)} km of running${tier.runs ? ` over ${range(tier.runs)} runs` : ''}`);
    const short: string[] = [];
    const have: string[] = [];
    if (sessions !== undefined) {
      have.push(`${sessions} sessions${f.sessionMin && f.sessionsPerWeek ? ` × ${f.sessionMin} min` : ''}`);
      if (tier.sessions && sessions < tier.sessions[0]) short.push('sessions');
    }
    if (hours !== undefined) {
      if (!have.some((h) => h.includes('×')) && f.hoursPerWeek !== undefined) have.push(`${hoursText(hours)} a week`);
      else if (f.sessionMin) have[have.length - 1] += ` = ${hoursText(hours)} a week`;
      if (tier.hours && hours < tier.hours[0]) short.push('hours');
    }
    if (km !== undefined) {
      have.push(`${km} km of running a week`);
      if (tier.km && km < tier.km[0]) short.push('km');
    }
    if (runs !== undefined) {
      have.push(`${runs} runs a week`);
      if (runs < (tier.runs?.[0] ?? (tier.goalSec <= 6300 ? 3 : 2))) short.push('runs');
    }
    const goal = formatHoursMinutes(f.goalSec!);
    const between = f.goalSec! < tier.goalSec ? ` (a ${goal} sits faster than that, towards the next tier)` : '';
    const demand = `what ${tier.label} typically takes (${needs.join(', ')})${between}`;
    const fiveKm = tier.fiveKm ? `a fresh 5 km near ${tier.fiveKm[0]} for men, ${tier.fiveKm[1]} for women` : '';
    const text =
      short.length === 0
        ? `**Yes, that is in range for ${goal}:** ${have.join(', ')} is in line with ${demand}. What decides it now is what those sessions hold${fiveKm ? ` and your running: ${tier.label} goes with ${fiveKm}` : ''}.`
        : `**Probably not on its own:** ${have.join(', ')} is below ${demand}. It can still work if you already start close to the goal${fiveKm ? ` (${fiveKm})` : ''}; otherwise add time before intensity, or aim a step slower for this race.`;
    return out(text, [...tier.source, ...(runs !== undefined || km !== undefined ? RUNS_SOURCE : HOURS_SOURCE)]);
  }

  if (runs !== undefined && !more) {
    const text =
      runs >= 3
        ? `**Yes:** ${runs} runs a week is what most athletes need; the plans use two runs at about 4 hours of training a week, three at 6 hours and three to four at 8 hours or more, with running about half of the training time.`
        : runs === 2
          ? '**Yes, if you train about 4 hours a week:** two runs a week is the count at about 4 hours; at 6 hours it is three, and three to four at 8 hours or more. Most athletes do best on three, so make the two count: one threshold or interval session and one long easy run.'
          : '**No, one run a week is too little:** running is about half of a Hyrox finish time, and even at about 4 hours of training a week the plans use two runs; three for most athletes.';
    return out(text, RUNS_SOURCE);
  }

  if (km !== undefined && !more) {
    const level = km < 15 ? 'below the beginner range' : km < 25 ? 'the beginner range' : km < 40 ? 'the intermediate range' : 'the advanced range';
    const text =
      km >= 15
        ? `**Yes, for a first race or a finish:** ${km} km a week is ${level} (beginners 15–25 km, intermediates 25–40 km, advanced 40–60 km; coaching guides). Faster goals need more: sub-1:30 typically takes 25–40 km a week.`
        : `**It is on the low side:** ${km} km a week is ${level} (beginners 15–25 km, intermediates 25–40 km, advanced 40–60 km; coaching guides). Build towards 15–25 km, adding sessions before adding pace.`;
    return out(text, RUNS_SOURCE);
  }

  if (more && /\bruns?\b|\brunning\b/i.test(asked)) {
    const now = runs ?? (current ? numberWord((current[1] ?? current[2])!) : undefined);
    const text =
      now !== undefined && now >= 3
        ? `**Yes, if you train 8 hours a week or more:** the plans use three to four runs at 8 hours or more, three at 6 hours and two at about 4 hours, with running about half of the training time. Make the added run easy, and add runs before adding pace.`
        : `**Yes, up to three runs a week for most athletes:** two runs at about 4 hours of training a week, three at 6 hours, three to four at 8 hours or more. Make the added run easy, and add runs before adding pace.`;
    return out(text, RUNS_SOURCE);
  }

  if (more) {
    const next = sessions !== undefined ? sessions + 1 : undefined;
    const need = next !== undefined ? HOURS_FOR[Math.min(7, Math.max(4, next))] : undefined;
    if (hours !== undefined && next !== undefined && need !== undefined && hours < need)
      return out(
        `**Not on ${hoursText(hours)} a week:** the plans use ${sessionsPerWeek(hours)} sessions at that time, and ${next} from about ${need} hours. Make the sessions you have better (one hard day, one long easy day, one strength day) before adding another.`,
        HOURS_SOURCE,
      );
    const count =
      next !== undefined && need !== undefined ? `a ${ordinal(next)} session fits from about ${need} hours a week` : 'the count follows your hours';
    return out(
      `**Yes, if your hours and your recovery allow it:** ${count} (4 sessions at 4–6 hours, 5 at 6–8 hours, 6 at 8–10 hours). Make the new one easy (RPE 3–4), keep at least one full rest day, and take it back out if your readiness drops to 4 or lower twice in a week.`,
      HOURS_SOURCE,
    );
  }

  if (sessions !== undefined && (sessions >= 6 || TOO_MUCH.test(asked)) && !howMany) {
    const text =
      sessions >= 7
        ? '**Too much as seven days with no rest:** the plans never go a week without a full rest day; 6–7 sessions are for more than 10 hours a week, with the seventh added from 12 hours, and even then one day stays free.'
        : sessions === 6
          ? '**Not too much if you have 8–10 hours and keep one full rest day:** six sessions is the count at 8–10 hours a week; under 8 hours, five sessions fit better. Keep the hard days separated by easy days.'
          : `**No, ${sessions} sessions is not too much:** the plans use ${sessions} sessions at ${sessions === 5 ? '6–8' : sessions === 4 ? '4–6' : 'under 4'} hours a week, with at least one full rest day.`;
    return out(text, [...REST_SOURCE, ...HOURS_SOURCE]);
  }

  // "im 53, how many hard sessions a week can i handle?": at 50 and over the count of hard days is the masters rule (three,
  // four at most, 48 hours apart), not the week's session count.
  if (f.age !== undefined && f.age >= 50 && howMany && HARD_DAYS.test(asked))
    return out(
      `**Three hard sessions a week at ${f.age}, four at most, with at least 48 hours between them:** hard means threshold or interval runs, compromised running, heavy strength and muscle-damaging work (lunges, heavy sleds, downhill running); everything else in the week is easy or rest, and heavy strength stays in twice a week because strength and power fade first with age.`,
      MASTERS_HARD_SOURCE,
    );
  // "how many times a week should i run? i train 5 days total": the runs of that week, which the week plan counts.
  if (sessions !== undefined && /\bhow (?:many times|often|many days)\b[^.?!]{0,40}\brun\b|\bhow many runs\b/i.test(asked)) return [];
  // "how many times a week should i run? i have about 6 hours": the runs of the week, by the hours when given (team3c).
  if (runs === undefined && /\bhow (?:many times|often)\b[^.?!]{0,40}\brun\b|\bhow many runs\b/i.test(asked)) {
    const h = f.hoursPerWeek;
    const count =
      h === undefined
        ? 'Three runs a week for most athletes'
        : h < 5
          ? `Two runs a week at ${hoursText(h)}`
          : h < 8
            ? `Three runs a week at ${hoursText(h)}`
            : `Three to four runs a week at ${hoursText(h)}`;
    return out(
      `**${count}:** two runs at about 4 hours of training a week, three at 6 hours and three to four at 8 hours or more, usually one threshold or interval session, one long easy run and one easy run, with running about half of all training time.`,
      RUNS_SOURCE,
    );
  }
  if (sessions !== undefined || (howMany && WEEK.test(asked) && /\b(?:sessions?|workouts?|days?|times)\b/i.test(asked))) {
    // "i can train about 5 hrs a week, how many sessions should that be?": the count for the hours given, then the rule.
    if ((howMany || sessions === undefined) && f.hoursPerWeek !== undefined)
      return out(
        `**${sessionsPerWeek(f.hoursPerWeek)} sessions a week at ${hoursText(f.hoursPerWeek)}:** the count follows your training hours (${HOURS_COUNTS}), ${HOURS_MIX}.`,
        HOURS_SOURCE,
      );
    if (howMany || sessions === undefined)
      return out(
        FIRST.test(question)
          ? '**3–4 sessions a week for a first Hyrox:** 3 under 4 hours of training a week, 4 at 4–6 hours. Someone new to structured training starts with 8–12 weeks of three sessions (an easy run, a run-interval session, full-body strength with station technique).'
          : `**It follows your training hours:** ${HOURS_COUNTS}, ${HOURS_MIX}.`,
        HOURS_SOURCE,
      );
    const text =
      sessions >= 3
        ? `**Yes, to finish a Hyrox:** ${sessions} sessions a week${hours !== undefined ? ` (${hoursText(hours)})` : ''} is the plans' count for ${sessions === 3 ? 'under 4 hours: an easy run, a run-interval session and full-body strength with station technique' : sessions === 4 ? '4–6 hours' : '6 hours or more'}. Faster goals need more: sub-1:30 typically takes 5 sessions at 6–8 hours.`
        : `**It is thin:** ${sessions} sessions a week is below the least the plans use (3, under 4 hours a week: an easy run, a run-interval session and full-body strength with station technique).`;
    return out(text, HOURS_SOURCE);
  }
  return [];
}

function ordinal(n: number): string {
  return ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'][n] ?? `${n}th`;
}
