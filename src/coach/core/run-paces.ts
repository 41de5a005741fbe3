import type { Calculation } from './calculation.js';
import { repeatOptions, trainingPaces, type RepeatOption, type TrainingPaces } from '../engines/training-paces.js';
import { RIEGEL_EXPONENT } from '../engines/race-model.js';
import { formatDuration, formatPace } from '../engines/time.js';
import { numberWord } from './numbers.js';
import type { QuestionFacts } from './understand.js';

/**
 * The member's training paces in words (pure): "what pace for 6 x 1 km repeats, 5k is 24:00" gets the repeat
 * pace from the 5 km (not the race-pace model's splits), "5k 21:30, what paces for easy, tempo, intervals?"
 * every pace, "give me an interval session, 5k 23:15" a session with its paces.
 */

const t = formatDuration;
const p = formatPace;
const bare = (sec: number) => p(sec).replace('/km', '');

/** The section the repeat paces and sessions come from ("Threshold and interval sessions with paces"). */
const REPEAT_SOURCES = ['threshold', 'interval', 'sessions', 'paces'];

/** A training-pace ask in words ("how slow should easy runs be", "what paces for my sessions"). */
const PACE_ASK =
  /\bhow (fast|slow|quick)\b[^.?!]{0,30}\b(easy|threshold|tempo|long|recovery|intervals?|repeats?|reps|zone 2)\b|\b(easy|threshold|tempo|long|recovery|zone 2) (runs?|jogs?|running)\b[^.?!]{0,30}\bhow (fast|slow|quick)\b|\b(training|easy|threshold|tempo|intervals?|repeats?|long run|sessions?|workouts?|other runs?)\b[^.?!]{0,60}\bpaces?\b|\bpaces?\b[^.?!]{0,40}\b(training|easy|threshold|tempo|intervals?|repeats?|reps|sessions?)\b|\bat what paces?\b|\bwhat paces\b|\bpace zones?\b|\bzones?\b[^.?!]{0,20}\bpaces?\b/i;

/** Repeats, intervals or reps of a running distance ("6 x 1km", "1k repeats", "400m reps"). */
const REPEAT_WORDS = /\b(?:repeats?|reps|intervals?|efforts?)\b/i;
/** Run words that make "6 x 1 km" running (an erg or station names a station session instead). */
const NOT_RUNNING = /\b(?:row(?:ing|er)?|ski ?erg|ski|bike|erg|swim\w*|sled|wall ?balls?|lunges?|burpees?|carry)\b/i;
/** A session is asked for ("give me an interval session", "design a run workout"). */
const SESSION_ASK =
  /\b(?:design|write|give|build|create|make|suggest|recommend)\b[^.?!]{0,30}\b(?:session|workout|interval|sesh)s?\b|\b(?:interval|speed|track|run(?:ning)?) (?:session|workout|sesh)\b/i;

export interface RepeatAsk {
  /** Metres of each repeat. */
  distanceM: number;
  reps?: number;
}

/** The repeat distances the question names, with their counts ("6 x 1km" → 6 × 1000 m; "400m or 1km repeats" → two). */
export function repeatAsks(q: string): RepeatAsk[] {
  const out: RepeatAsk[] = [];
  const metres = (n: string, unit: string) => (/^k/i.test(unit) ? Number(n) * 1000 : Number(n));
  for (const m of q.matchAll(/\b(\d{1,2}|six|five|four|eight|ten)\s*(?:x|×|by)\s*(\d{3,4}|\d(?:\.\d)?)\s*(m|km|k)\b/gi))
    out.push({ reps: numberWord(m[1]!), distanceM: metres(m[2]!, m[3]!) });
  for (const m of q.matchAll(/\b(\d{3,4}|\d(?:\.\d)?)\s*(m|km|k)(?:\s*|-)(?:repeats?|reps|intervals?|efforts?)\b/gi)) {
    const d = metres(m[1]!, m[2]!);
    if (!out.some((a) => a.distanceM === d)) out.push({ distanceM: d });
  }
  // 200 m to 3 km: a running repeat; "5 x 5k" is not one, "10 x 100m" strides are not intervals with a pace table.
  return out.filter((a) => a.distanceM >= 200 && a.distanceM <= 3000);
}

function fiveKmOf(f: QuestionFacts): number | undefined {
  const five = f.fiveKmSec ?? (f.tenKmSec !== undefined ? f.tenKmSec / 2 ** RIEGEL_EXPONENT : undefined);
  return five !== undefined && five >= 900 && five <= 3000 ? five : undefined;
}

const KIND_NAME: Record<RepeatOption['kind'], string> = {
  ten_km: 'your 10 km pace',
  hyrox: 'Hyrox race pace',
  threshold: 'threshold',
  vo2max: 'your 5 km pace',
};

function distanceName(m: number): string {
  return m >= 1000 ? `${m / 1000} km` : `${m} m`;
}

/** "at Hyrox race pace 5:19/km (5:19 each) with 60–90 s rest, race rhythm" */
function optionText(o: RepeatOption, distanceM: number): string {
  const each = distanceM === 1000 ? '' : ` (${t(Math.round(o.repSec))} each)`;
  return `at ${KIND_NAME[o.kind]} ${p(o.pace)}${each} with ${o.rest} (${o.purpose})`;
}

function repeatText(paces: TrainingPaces, ask: RepeatAsk, from: string): string {
  const [lead, ...others] = repeatOptions(paces, ask.distanceM, ask.reps);
  const count = ask.reps ?? lead!.reps;
  const each = ` (${t(Math.round(lead!.repSec))} a repeat)`;
  const head = `**${count} × ${distanceName(ask.distanceM)} from a ${from}: about ${p(lead!.pace)}, ${KIND_NAME[lead!.kind]}${ask.distanceM === 1000 ? '' : each}, with ${lead!.rest} between (RPE ${lead!.rpe}).**`;
  if (others.length === 0)
    return `${head} Keep every repeat at the same pace; if the last one is more than 5 s slower, the pace or the count was too much.`;
  return `${head} The same repeats in the other house sessions: ${others.map((o) => optionText(o, ask.distanceM)).join('; ')}.`;
}

function sessionText(paces: TrainingPaces, ask: RepeatAsk, from: string): string {
  const [lead, ...others] = repeatOptions(paces, ask.distanceM, ask.reps);
  const count = ask.reps ?? lead!.reps;
  const main = `${count} × ${distanceName(ask.distanceM)} at ${p(lead!.pace)} (${KIND_NAME[lead!.kind]}, about ${t(Math.round(lead!.repSec))} each) with ${lead!.rest}`;
  const alt = others[0] ? ` Variation: the same repeats ${optionText(others[0], ask.distanceM)}.` : '';
  return `**Interval session from your ${from} (RPE ${lead!.rpe}):** 15 min easy + drills + 3 strides; **${main}**; 10 min easy.${alt}`;
}

/** Every pace from the 5 km, interval pace first when intervals are asked. */
function pacesText(paces: TrainingPaces, from: string, q: string): string {
  const intervals = /\bintervals?\b|\brepeats?\b|\breps\b|\bspeed\b|\bvo2/i.test(q)
    ? `intervals: 1 km repeats at 10 km pace **${p(paces.tenKm)}** (VO2max repeats at 5 km pace ${p(paces.fiveKm)}), `
    : '';
  const threshold = `${/\btempo\b/i.test(q) ? 'tempo or threshold' : 'threshold'} (about your 1-hour pace) **${p(paces.threshold)}**`;
  return `From a fresh ${from}: ${intervals}${threshold}, 10 km pace ${p(paces.tenKm)}, Hyrox run pace ${p(paces.hyrox)}, easy runs **${bare(paces.easy[0])}–${p(paces.easy[1])}** (or whatever keeps you conversational).`;
}

/** The training paces a question asks for, from the 5 km (or 10 km) it gives. */
export function trainingPaceCalculations(q: string, f: QuestionFacts): Calculation[] {
  const five = fiveKmOf(f);
  if (five === undefined) return [];
  const paces = trainingPaces(five);
  // The race the member gave is the one quoted ("10k PB is 48 min": from 48:00 for 10 km, not a 5 km they never ran).
  const from =
    f.fiveKmSec === undefined && f.tenKmSec !== undefined
      ? `${t(Math.round(f.tenKmSec))} 10 km (about a ${t(Math.round(five))} 5 km)`
      : `${t(Math.round(five))} 5 km`;
  const running = f.stations.length === 0 && !NOT_RUNNING.test(q);
  const asks = running ? repeatAsks(q) : [];
  const session = running && SESSION_ASK.test(q) && /\bintervals?\b|\brepeats?\b|\breps\b|\bspeed\b|\btrack\b/i.test(q);
  const repeatsAsked = asks.length > 0 && (REPEAT_WORDS.test(q) || /\bpace|\bhow (fast|quick)|\bwhat (time|speed)|\bsplits?\b/i.test(q));
  if (session) return [{ kind: 'training_paces', text: sessionText(paces, asks[0] ?? { distanceM: 1000 }, from), sources: REPEAT_SOURCES }];
  if (repeatsAsked) {
    // "400m repeats or 1km repeats?": both, and which one the race's 1 km runs favour.
    const which =
      asks.length > 1 && asks.some((a) => a.distanceM === 1000)
        ? '\n\nFor Hyrox the 1 km repeats are the staple, since every race run is 1 km; the shorter repeats are VO2max work for 4–6 week blocks.'
        : '';
    return [{ kind: 'training_paces', text: asks.map((a) => repeatText(paces, a, from)).join('\n\n') + which, sources: REPEAT_SOURCES }];
  }
  if (!PACE_ASK.test(q)) return [];
  // "what pace for 5 x 500m row repeats": an erg's repeats, not a run's (an easy or tempo run is still a run).
  if (!running && !/\b(easy|threshold|tempo|long|recovery|zone 2)\b/i.test(q)) return [];
  return [{ kind: 'training_paces', text: pacesText(paces, from, q) }];
}

/** "strong but my running is awful (5k 28 min), how do i fix the running": an ask to improve the running itself. */
const RUN_IMPROVE =
  /\b(?:fix|improve|better|faster|build|work on|sort out|lower|bring down)\b[^.?!]{0,30}\b(?:running|my run(?:s|ning)?|the run(?:s|ning)?|5k|5 ?km|10 ?k|10 ?km|engine)\b|\b(?:5 ?k|5 ?km|10 ?k|10 ?km)\b[^.?!]{0,40}\b(?:get|go|be|break|going) (?:under|below|sub)\b|\b(?:running|my runs?) (?:is|are) (?:awful|bad|weak|terrible|slow|rubbish|poor|shit)\b/i;

/**
 * The member's training paces under a knowledge answer about improving their running, when the question gives the 5 km
 * (or 10 km) the paces come from and no figure of the answer has used it.
 */
export function runningPacesLine(q: string, f: QuestionFacts): string | undefined {
  const five = fiveKmOf(f);
  if (five === undefined || !RUN_IMPROVE.test(q)) return undefined;
  const from =
    f.fiveKmSec === undefined && f.tenKmSec !== undefined
      ? `${t(Math.round(f.tenKmSec))} 10 km (about a ${t(Math.round(five))} 5 km)`
      : `${t(Math.round(five))} 5 km`;
  return `**Your paces:** ${pacesText(trainingPaces(five), from, 'intervals').replace(/^From a fresh/, 'from a fresh')}`;
}
