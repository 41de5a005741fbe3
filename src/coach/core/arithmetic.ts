import type { Calculation } from './calculation.js';
import { planPacing } from '../engines/pacing.js';
import { formatDuration, formatHoursMinutes, formatPace, formatSplit } from '../engines/time.js';
import { runTimesForGoal } from '../engines/race-prediction.js';
import { HYROX_RUN_FACTOR, RIEGEL_EXPONENT, ROXZONE_SHARE, RUN_FADE_WEIGHTS, RUN_SHARE, sexOf } from '../engines/race-model.js';
import { ACWR_HIGH, ACWR_LOW, ACWR_SPIKE, MONOTONY_HIGH, sessionLoadAu, type WorkoutLog } from '../engines/load.js';
import { assessReadiness } from '../engines/readiness.js';
import { DIVISION_LABELS, DIVISIONS, stationById, type Division, type StationId } from '../../domain/standards.js';
import { askedText, RUN_GOAL, stationsNamed, WEEKDAY, type QuestionFacts } from './understand.js';
import { ageGroupOf, asksAgeLoads, sameLoads } from './age-loads.js';
import { clock, KM_PER_MILE, memberClocks, numberWord, sessionMinutes } from './numbers.js';
import { volumeVerdict } from './volume.js';
import { trainingPaceCalculations } from './run-paces.js';
import { daysBetween } from '../../domain/dates.js';
import { runBuild, taperMinutes, usualWeekMinutes } from './week-volume.js';

/**
 * The arithmetic a question poses, done exactly (pure): race load minus the gym sled, grams of
 * protein or carbohydrate and milligrams of caffeine for a body mass, pace per 500 m, a fade
 * from run 1 to run 8, and unit conversions. Each result is one sentence with its numbers.
 */
export type { Calculation } from './calculation.js';

/**
 * Calculations an engine's rules make (the load and readiness engines' session load, ACWR and deload; the race model's
 * paces, prediction and station targets, and its finish from runs, stations and Roxzone, the sum run_needed and gap_to_goal
 * invert): the LLM reads them with the computed figures, the rest as arithmetic. A single sentence that applies an engine's
 * rule (the row's race split from a 2 km test) is marked `engine` instead.
 */
export const ENGINE_CALCULATIONS: ReadonlySet<Calculation['kind']> = new Set([
  'deload',
  'taper',
  'load_jump',
  'session_loads',
  'training_load',
  'training_paces',
  'run_needed',
  'sled_lengths',
  'acwr',
  'monotony',
  'set_time',
  'gap_to_goal',
  'finish_from_parts',
]);

/** Whether the LLM reads a calculation with the computed figures (an engine's rule) rather than as arithmetic. */
export function isEngineCalculation(c: Pick<Calculation, 'kind' | 'engine'>): boolean {
  return c.engine === true || ENGINE_CALCULATIONS.has(c.kind);
}

const KG_PER_LB = 0.45359237;
const round = (x: number, d = 0) => Math.round(x * 10 ** d) / 10 ** d;
const t = formatDuration;

const split = formatSplit;

/**
 * The gym sled's own weight, when the member gives it: "my gym sled weighs 40 kg", "the sled is 35kg empty", "a 40 kg
 * sled". Not a race load the member quotes back ("open women sled pull is 78kg?? … does the 78 include the sled").
 */
function gymSledKg(q: string): number | undefined {
  const m =
    /\bsled\b(?: itself| on its own| (?:at|in) (?:my|our|the) (?:gym|box)| we (?:have|use)| i (?:have|use))?\s+(?:weighs|is|=)\s*(?:about |around |~)?(\d{1,3}(?:\.\d)?)\s*(?:kg|kgs|kilos?|lbs?|pounds?)\b(?:[^.?!]{0,20}\b(?:empty|unloaded|on its own|without plates))?/i.exec(
      q,
    ) ??
    /\b(\d{1,3}(?:\.\d)?)\s*(?:kg|kgs|kilos?|lbs?|pounds?)\s+(?:empty\s+)?sled\b/i.exec(q) ??
    // "sled 38 kg. open women push → plates?": the sled's weight right after the word.
    /\b(?:my |our |the |gym )?sled\s*(?:[:=-]\s*)?(\d{1,3}(?:\.\d)?)\s*(?:kg|kgs|kilos?|lbs?|pounds?)\b/i.exec(q) ??
    /\bempty\b[^.?!]{0,15}\b(\d{1,3}(?:\.\d)?)\s*(?:kg|kgs|kilos?|lbs?|pounds?)\b|\b(\d{1,3}(?:\.\d)?)\s*(?:kg|kgs|kilos?|lbs?|pounds?)\s+empty\b/i.exec(
      q,
    );
  // "sled pull is 78kg" names the station, not the gym sled.
  if (!m || /\bsled (push|pull)\s+(?:is|=)/i.test(m[0]!)) return undefined;
  const n = Number(m[1] ?? m[2]);
  // "sled weighs 90lbs": pounds to kilograms, as the race loads are.
  return /\d\s*(?:lbs?|pounds?)\b/i.test(m[0]!) ? round(n * KG_PER_LB, 1) : n;
}

function sledPlates(q: string, f: QuestionFacts): Calculation[] {
  if (
    !/\bsled/i.test(q) ||
    (f.weightsKg.length === 0 && !/\d\s*(?:lbs?|pounds?)\b/i.test(q)) ||
    !/\bplates?|\bempty|\bweighs|\badd|\bhow much|\bput on|\bload|\bsled is|\bonly (?:find|have|got)\b|\b(?:my|our|at the) gym\b/i.test(q)
  )
    return [];
  const sledKg = gymSledKg(q);
  if (sledKg === undefined) return [];
  // "plates for womens open push and pull": both sleds, whichever one the word "sled" sits next to.
  const both = /\bpush\b[^.?!]{0,20}\b(?:and|&|\+|or)\s*(?:the )?pull\b|\bpull\b[^.?!]{0,20}\b(?:and|&|\+|or)\s*(?:the )?push\b/i.test(q);
  // "womens open pull": the station by its verb when the sled is named apart from it.
  const pull = f.stations.includes('sled_pull') || /\bpull(?:ing)?\b(?![- ]?ups?)/i.test(q);
  const push = f.stations.includes('sled_push') || /\bpush(?:ing)?\b(?![- ]?ups?)/i.test(q);
  const ids = both
    ? ['sled_push' as const, 'sled_pull' as const]
    : pull && !push
      ? ['sled_pull' as const]
      : pull
        ? ['sled_push' as const, 'sled_pull' as const]
        : ['sled_push' as const];
  const divisions: Division[] = f.division ? [f.division] : [...DIVISIONS];
  // "how many lbs of plates", "what do i load in lbs": the plates in pounds as well.
  // …and "our sled is 90 lbs … give me kg and lbs": a sled weighed in pounds is loaded with pound plates.
  const inPounds =
    /\bin (?:lbs?|pounds?)\b|\b(?:lbs?|pounds?) of plates\b|\bhow many (?:lbs?|pounds?)\b|\b(?:kgs?|kilos?) (?:and|&|\+|or) (?:lbs?|pounds?)\b|\b(?:lbs?|pounds?) (?:and|&|\+|or) (?:kgs?|kilos?)\b/i.test(
      q,
    ) || /\bsled\b[^.?!]{0,30}\d\s*(?:lbs?|pounds?)\b|\d\s*(?:lbs?|pounds?)\s+(?:empty\s+)?sled\b/i.test(q);
  // "how much per side", "each horn": the plates split over the sled's two posts.
  const perSide = /\b(?:per|each|a|either|every) (?:side|horn|post|peg|pin)\b|\bboth sides\b|\bon each\b/i.test(q);
  const texts = ids.map((id, i) => {
    const s = stationById(id);
    const per = divisions.map((d) => {
      const plates = round(s.loadKg![d] - sledKg, 1);
      const lb = inPounds ? ` (**${Math.round((s.loadKg![d] - sledKg) / KG_PER_LB)} lb**)` : '';
      const side = perSide
        ? `, **${round(plates / 2, 1)} kg per side**${inPounds ? ` (${Math.round((s.loadKg![d] - sledKg) / 2 / KG_PER_LB)} lb)` : ''}`
        : '';
      return `${DIVISION_LABELS[d]} ${s.loadKg![d]} kg − ${sledKg} kg = **${plates} kg of plates**${lb}${side}`;
    });
    return i === 0 ? `${s.name} race loads include the sled, so with a ${sledKg} kg sled: ${per.join('; ')}.` : `${s.name}: ${per.join('; ')}.`;
  });
  // Both sleds asked are one answer, so they lead together.
  return [{ kind: 'sled_plates', text: texts.join(' ') }];
}

/** Losing weight or body fat ("on a cut", "drop 4kg", "lean out", "in a deficit"): protein's deficit range applies. */
const LOSING_WEIGHT =
  /\blos(?:e|ing) (?:some |a bit of |the )?(?:weight|fat|body ?fat|\d+(?:\.\d)? ?(?:kg|kgs|kilos?|lbs?|pounds|stone))\b|\bdeficit\b|\bon a (?:cut|diet)\b|\b(?:cutting|dieting)\b(?! (?:back|down|out|short|my (?:runs?|sessions?|volume|mileage)))|\bcut (?:weight|fat|\d)|\b(?:drop|shed)(?:ping)? (?:some |a bit of )?(?:weight|fat|\d+(?:\.\d)? ?(?:kg|kgs|kilos?|lbs?|pounds|stone))\b|\blean(?:ing)? out\b|\bweight loss\b/i;
/** Carbohydrate taken in the race itself ("carbs during the race", "on course", "mid race"): dosed per hour. */
const IN_RACE = /\b(?:during|in|through(?:out)?|mid) (?:the |a |my )?(?:race|hyrox|event)\b|\bmid[- ]?race\b|\bon (?:the )?course\b|\bin[- ]race\b/i;
/** A meal on race morning or before the start ("breakfast race morning", "what do i eat before my wave"): the pre-race meal's grams. */
const RACE_MORNING_MEAL =
  /^(?![^]*\b(?:day|night|evening) before\b)(?:[^]*\bbreakfast\b[^]*\b(?:race|hyrox|wave|start)\b|[^]*\b(?:race|hyrox|wave|start)\b[^]*\bbreakfast\b|[^]*\bpre[- ]?race (?:meal|food|breakfast)\b|[^]*\b(?:eat|meal)\b[^.?!]{0,30}\bbefore (?:the |my )?(?:race|start|wave)\b)/i;

/** A protein dose the member names while losing weight, set against the deficit range (1.6–2.2 g/kg). */
function proteinRangeNote(perKg: number, kg: number): string {
  const where = perKg < 1.6 ? 'under' : perKg > 2.2 ? 'above' : 'inside';
  return `, ${where} the 1.6–2.2 g/kg range while losing weight (${round(kg * 1.6)}–${round(kg * 2.2)} g)`;
}

/** A rest or easy day's carbohydrate (3–5 g/kg), not the training day's. */
const REST_DAY = /\b(?:rest|off|recovery|easy|non[- ]?training)[- ]days?\b|\bdays? off\b|\bdon'?t train\b|\bnot training\b/i;
/** A heavy day: a long run plus a second session, a double, a long simulation (6–10 g/kg). */
const BIG_DAY =
  /\b(?:big|heavy|hard|long|double)[- ](?:training )?days?\b|\b(?:two|2|double) sessions\b|\blong run\b[^.?!]{0,60}\b(?:and|plus|then|\+)\b[^.?!]{0,30}\b(?:sim|simulation|session|workout|class|gym|intervals?)\b|\b(?:sim|simulation)\b[^.?!]{0,60}\b(?:and|plus|then|\+)\b[^.?!]{0,30}\blong run\b/i;

/** A dose per kg the member names, with what it is of (named beside it or in the words before it) and whether it is a meal's. */
type MassDose = { lo: number; hi?: number; what: 'protein' | 'carbohydrate' | undefined; meal: boolean };

const PER_MEAL = /\b(?:per|a|each|every) (?:meal|sitting|serving)\b|\bper sitting\b/i;

/**
 * Every dose per kg in the question, in order: "protein at 1.8g/kg and carbs at 6g/kg", "protein per day at 1.6 and per
 * meal at 0.3g/kg" (a bare protein figure of 1.2–3.1 after "at" is a g/kg dose too).
 */
function massDoses(q: string): MassDose[] {
  const out: (MassDose & { at: number; end: number })[] = [];
  const re =
    /\b(\d{1,2}(?:\.\d{1,2})?)(?:\s*(?:-|–|to)\s*(\d{1,2}(?:\.\d{1,2})?))?\s*g(?:rams?)?\s*(?:of\s*)?(protein|carbs?|carbohydrates?)?\s*(?:per|\/|a|for each)\s*(?:kg|kilo)\b|\b(?:at|@)\s*([123]\.\d{1,2})\b(?![\d.]|\s*(?:g\b|grams?|mg|kg|k\b|km|l\b|%|:|\/|am|pm|h\b|hrs?|min|x\b|s\b|sec))/gi;
  for (const m of q.matchAll(re)) {
    const lo = Number(m[1] ?? m[4]);
    const hi = m[2] ? Number(m[2]) : undefined;
    if (!(lo > 0 && lo <= 12) || (hi !== undefined && !(hi > lo && hi <= 12))) continue;
    const prevEnd = out.length ? out[out.length - 1]!.end : 0;
    const before = q.slice(Math.max(prevEnd, m.index - 40), m.index);
    const after = q.slice(m.index + m[0].length, m.index + m[0].length + 20);
    const named =
      m[3] ??
      /^\s*(?:of\s*)?(protein|carbs?|carbohydrates?)\b/i.exec(after)?.[1] ??
      [...before.matchAll(/\b(protein|carbs?|carbohydrates?)\b/gi)].pop()?.[1];
    // A bare figure ("at 1.6") is a dose only where protein is named right before it.
    if (m[4] && !/^protein/i.test(named ?? '')) continue;
    // …unnamed, it is of what the dose before it was ("protein per day at 1.6 and per meal at 0.3g/kg").
    const what = named === undefined ? out[out.length - 1]?.what : /^carb/i.test(named) ? 'carbohydrate' : 'protein';
    const meal = PER_MEAL.test(before) || /^\s*(?:of protein\s*|protein\s*)?(?:per|a|each|every) (?:meal|sitting|serving)\b/i.test(after);
    out.push({ lo, hi, what, meal, at: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Caffeine for the member's body mass: their own mg/kg first, else the 3–6 mg/kg range. */
function caffeineFor(q: string, kg: number): Calculation[] {
  const out: Calculation[] = [];
  // "i'm 90 kg, 6 mg/kg caffeine is how much?": the member's own dose first, then the range it sits in.
  const mg = /\b(\d(?:\.\d)?)\s*mg(?:\s*\/\s*|\s*per\s*|\s*a\s*)(?:kg|kilo)\b/i.exec(q);
  const mgPerKg = Number(mg?.[1] ?? NaN);
  if (/\bcaffeine|\bcoffee/i.test(q) && mgPerKg >= 1 && mgPerKg <= 12)
    out.push({
      kind: 'caffeine',
      text: `${mgPerKg} mg/kg × ${kg} kg = **${round(kg * mgPerKg)} mg of caffeine** about 60 minutes before the start, ${mgPerKg > 6 ? `above the 3–6 mg/kg range the studies support (${round(kg * 3)}–${round(kg * 6)} mg); side effects become common towards 9 mg/kg, so stay within the range` : mgPerKg < 3 ? `under the 3–6 mg/kg range (${round(kg * 3)}–${round(kg * 6)} mg), though about 2 mg/kg may already help` : `${mgPerKg === 6 ? 'the top of' : 'inside'} the 3–6 mg/kg range (${round(kg * 3)}–${round(kg * 6)} mg); the low end is enough to benefit`}. Try it in training first.`,
    });
  else if (/\bcaffeine|\bcoffee/i.test(q))
    out.push({
      kind: 'caffeine',
      text: `At ${kg} kg, 3–6 mg/kg is **${round(kg * 3)}–${round(kg * 6)} mg of caffeine** about 60 minutes before the start; the low end (${round(kg * 3)} mg) is enough to benefit, so start there and try it in training first.`,
    });
  return out;
}

function perMass(q: string, f: QuestionFacts): Calculation[] {
  const kg = f.bodyMassKg;
  if (kg === undefined) return [];
  const out: Calculation[] = [];
  // "protein at 1.8g/kg and carbs at 6g/kg", "1.6 a day and 0.3 g/kg per meal": each dose the member names, in order.
  const doses = massDoses(q);
  if (doses.length >= 2 && doses.every((d) => d.what !== undefined)) {
    const lines = doses.map((d): Calculation => {
      const grams = d.hi !== undefined ? `${round(d.lo * kg)}–${round(d.hi * kg)}` : `${round(d.lo * kg)}`;
      const per = d.meal ? 'per meal' : 'a day';
      return {
        kind: d.what === 'protein' ? 'protein' : 'carbs',
        text: `${d.hi !== undefined ? `${d.lo}–${d.hi}` : d.lo} g/kg × ${kg} kg = **${grams} g of ${d.what} ${per}**.`,
      };
    });
    return [...lines, ...caffeineFor(q, kg)];
  }
  // "i weigh 90kg, whats 1.8g protein per kg": the member's own dose first.
  // "whats 1.6-2.2 g/kg protein for 84kg": both ends of a range the member gives.
  const span =
    /\b(\d{1,2}(?:\.\d{1,2})?)\s*(?:-|–|to)\s*(\d{1,2}(?:\.\d{1,2})?)\s*g(?:rams?)?\s*(?:of\s*)?(protein|carbs?|carbohydrates?)?\s*(?:per|\/|a)\s*(?:kg|kilo)\b/i.exec(
      q,
    );
  if (span && Number(span[1]) > 0 && Number(span[2]) > Number(span[1]) && Number(span[2]) <= 12) {
    const what = /^carb/i.test(span[3] ?? '') || (!span[3] && /\bcarb/i.test(q) && !/\bprotein/i.test(q)) ? 'carbohydrate' : 'protein';
    return [
      {
        kind: what === 'protein' ? 'protein' : 'carbs',
        text: `${span[1]}–${span[2]} g/kg × ${kg} kg = **${round(Number(span[1]) * kg)}–${round(Number(span[2]) * kg)} g of ${what} a day**.`,
      },
    ];
  }
  const dose = /\b(\d(?:\.\d{1,2})?)\s*g(?:rams?)?\s*(?:of\s*)?(protein|carbs?|carbohydrates?)?\s*(?:per|\/|a|for each)\s*(?:kg|kilo)\b/i.exec(q);
  if (dose && Number(dose[1]) > 0 && Number(dose[1]) <= 12) {
    const what = /^carb/i.test(dose[2] ?? '') || (!dose[2] && /\bcarb/i.test(q) && !/\bprotein/i.test(q)) ? 'carbohydrate' : 'protein';
    const day = round(Number(dose[1]) * kg);
    // "…how much per meal over 4 meals": the day's grams shared over the member's meals.
    const meals = Number(
      /\b(\d)\s*meals\b|\bmeals?\b[^.?!\d]{0,10}(\d)\b|\beat (\d) times\b|\b(\d) times a day\b/i.exec(q)?.slice(1).find(Boolean) ?? 0,
    );
    // "whats 0.4 g/kg protein per meal": the dose is a meal's, not the day's.
    // …"per day at 1.6 and per meal at 0.3g/kg": a meal's when "per meal" stands right beside the dose.
    if (
      (doses.length === 1 && doses[0]!.meal && !/\b\d\s*meals\b/i.test(q)) ||
      (/\b(?:per|a|each|every) meal\b|\bper sitting\b/i.test(q) && !/\b(?:a|per) day\b|\bdaily\b|\b\d\s*meals\b|\bmeals?\b[^.?!\d]{0,10}\d/i.test(q))
    ) {
      out.push({
        kind: what === 'protein' ? 'protein' : 'carbs',
        text: `${dose[1]} g/kg × ${kg} kg = **${round(Number(dose[1]) * kg)} g of ${what} per meal**.`,
      });
      return out;
    }
    out.push({
      kind: what === 'protein' ? 'protein' : 'carbs',
      text: `${dose[1]} g/kg × ${kg} kg = **${day} g of ${what} a day**${meals >= 2 && meals <= 8 ? `; over ${meals} meals that is **about ${round(day / meals)} g per meal**` : ''}${what === 'protein' && LOSING_WEIGHT.test(q) ? proteinRangeNote(Number(dose[1]), kg) : ''}.`,
    });
    return out;
  }
  if (/\bprotein/i.test(q)) {
    // Losing weight: the deficit range (1.6–2.2 g/kg) and the deficit's size lead, not the everyday default.
    const deficit = LOSING_WEIGHT.test(q);
    const meals = Number(/\b(\d)\s*meals\b|\beat (\d) times\b|\b(\d) times a day\b/i.exec(q)?.slice(1).find(Boolean) ?? 0);
    const [lo, hi] = deficit ? [1.6, 2.2] : [1.6, 1.6];
    const perMeal =
      meals >= 2 && meals <= 8
        ? `; over ${meals} meals that is **about ${round((kg * lo) / meals)}${hi > lo ? `–${round((kg * hi) / meals)}` : ''} g per meal**`
        : `, in 3–4 meals of about ${round(kg * 0.25)}–${round(kg * 0.4)} g (0.25–0.4 g/kg each)`;
    out.push({
      kind: 'protein',
      text: deficit
        ? `At ${kg} kg and losing weight, 1.6–2.2 g/kg a day is **${round(kg * 1.6)}–${round(kg * 2.2)} g of protein a day**${perMeal}, with a deficit of **about 300–500 kcal a day** (about 0.5–1 % of body mass a week, ${round(kg * 0.005, 1)}–${round(kg * 0.01, 1)} kg).`
        : `At ${kg} kg, about 1.6 g/kg a day is **about ${round(kg * 1.6)} g of protein a day** (the ISSN range 1.4–2.0 g/kg is ${round(kg * 1.4)}–${round(kg * 2)} g)${perMeal}.`,
    });
  }
  // "90kg guy, how many grams of carbs per hour in the race": in-race carbohydrate is dosed per hour, not per kg.
  if (
    /\bcarb/i.test(q) &&
    ((/\b(?:per|an|a|each) hour\b|\/ ?h(?:ou)?r?\b|\bhourly\b/i.test(q) && /\b(?:race|during|hyrox|in-?race)\b/i.test(q)) || IN_RACE.test(q))
  )
    return [
      ...out,
      {
        kind: 'carbs',
        text: `In the race, carbohydrate is dosed per hour, not per kg: **30–60 g an hour** for a race over about 75 minutes (under that a gel is optional), the same at ${kg} kg as at any body mass.`,
      },
    ];
  // "how much carbs the day before the race": fuelling up, the lower to middle part of 7–12 g/kg (ACSM 2016), not the daily bands.
  if (/\bcarb/i.test(q) && /\b(?:day|night) before\b|\bcarb[- ]?load|\bfuel(?:ling)? up\b/i.test(q))
    out.push({
      kind: 'carbs',
      text: `At ${kg} kg, fuelling up over the 24 hours before the race at the lower to middle part of 7–12 g/kg is **about ${round(kg * 7)}–${round(kg * 10)} g of carbohydrate**; full loading (10–12 g/kg for 36–48 h) is for races longer than 90 minutes.`,
    });
  // "im 75 kg how much carbs 1-4 hrs b4 the race": the pre-race meal's grams (1–4 g/kg, ACSM 2016) are the answer.
  else if (
    (/\bcarb/i.test(q) &&
      /\b(?:\d ?(?:-|–|to) ?)?\d ?(?:h|hrs?|hours?) (?:before|b4|pre)\b|\bpre[- ]race meal\b|\bbefore (?:the |my )?(?:race|start)\b|\bb4 (?:the |my )?race\b/i.test(
        q,
      )) ||
    RACE_MORNING_MEAL.test(q)
  )
    out.push({
      kind: 'carbs',
      text: `At ${kg} kg, 1–4 g/kg in the 1–4 hours before a race is **${round(kg * 1)}–${round(kg * 4)} g of carbohydrate**: the low end an hour before, the high end in a meal 3–4 hours before; Coach K's default is about 2 g/kg (**about ${round(kg * 2)} g**) about 3 hours before, familiar and low in fibre and fat.`,
    });
  else if (/\bcarb/i.test(q) && REST_DAY.test(q))
    out.push({
      kind: 'carbs',
      text: `At ${kg} kg, a rest or easy technique day is 3–5 g/kg: **about ${round(kg * 3)}–${round(kg * 5)} g of carbohydrate** (about ${round(kg * 5)}–${round(kg * 7)} g, 5–7 g/kg, on an ordinary ~1 h training day).`,
    });
  else if (/\bcarb/i.test(q) && BIG_DAY.test(q))
    out.push({
      kind: 'carbs',
      text: `At ${kg} kg, a day with a long run plus a second session or a long simulation is 6–10 g/kg: **about ${round(kg * 6)}–${round(kg * 10)} g of carbohydrate** (about ${round(kg * 5)}–${round(kg * 7)} g, 5–7 g/kg, on an ordinary ~1 h day).`,
    });
  else if (/\bcarb/i.test(q) && !/\brace[- ](?:day|morning|week)\b|\b(?:morning|day) of (?:the |my )?race\b|\bhyrox (?:morning|day)\b/i.test(q))
    out.push({
      kind: 'carbs',
      text: `At ${kg} kg, an ordinary training day of about an hour is 5–7 g/kg: **about ${round(kg * 5)}–${round(kg * 7)} g of carbohydrate a day**; ${round(kg * 6)}–${round(kg * 10)} g (6–10 g/kg) on a day with a long run plus a second session, ${round(kg * 3)}–${round(kg * 5)} g (3–5 g/kg) on a rest day.`,
    });
  else if (/\bcarb/i.test(q))
    out.push({
      kind: 'carbs',
      text: `At ${kg} kg: about ${round(kg * 5)}–${round(kg * 7)} g of carbohydrate a day on ~1 h training days (5–7 g/kg), ${round(kg * 6)}–${round(kg * 10)} g on 1–3 h days (6–10 g/kg), and ${round(kg * 1)}–${round(kg * 4)} g in the 1–4 h before a race (1–4 g/kg).`,
    });
  out.push(...caffeineFor(q, kg));
  // "70 kg woman, how much should i drink 4 hours before the race": ACSM 2007's 5–7 mL/kg at least 4 hours before.
  if (
    /\bdrink\b|\bfluids?\b|\bwater\b/i.test(q) &&
    /\b4 ?(?:h|hrs?|hours?) (?:before|b4|pre)\b|\bml\s*\/\s*kg\b|\brace[- ](?:morning|day)\b|\bmorning of (?:the |my )?race\b|\bbefore (?:the |my )?(?:race|start|wave)\b/i.test(
      q,
    ) &&
    !/\bcarb|\bprotein|\bcaffeine/i.test(q)
  )
    out.push({
      kind: 'sweat',
      text: `At ${kg} kg, 5–7 mL/kg at least 4 hours before is **about ${round(kg * 5)}–${round(kg * 7)} mL**; if you pass no urine or it is dark, add 3–5 mL/kg (${round(kg * 3)}–${round(kg * 5)} mL) about 2 hours before.`,
    });
  return out;
}

/** A pace per km or per mile asked for ("what pace per km is that", "in min/km", "per mile?"). */
const ASKS_RUN_PACE =
  /\bper (?:km|k|kilomet\w*|mile)\b|\/ ?(?:km|mi(?:le)?)\b|\bmin(?:ute)?s? ?(?:per|\/|a) ?(?:km|mile)\b|(?:\b|\b1 ?)(?:km|k|mile) pace\b/i;
/** A pace the member states ("my easy runs are 6:00/km", "at 5:30 per km"): said, not asked. */
const STATED_PACE = /\b\d{1,2}:\d{2}\s*(?:min(?:ute)?s?\s*)?(?:\/|per |a )\s*(?:km|k|kilomet\w*|mi(?:le)?)\b|\b\d{1,2}:\d{2}\s*(?:km|mile) pace\b/gi;

/** A pace asked per mile and not per km ("10km in 52 mins, what pace per mile?"): the mile leads. */
function asksPerMileOnly(q: string): boolean {
  return (
    /\bper mile\b|\/ ?mi(?:le)?\b|\bmile pace\b|\bmin(?:ute)?s? ?(?:per|\/|a) ?mile\b/i.test(q) && !/\bper (?:km|k|kilomet\w*)\b|\/ ?km\b/i.test(q)
  );
}

function splits(q: string, f: QuestionFacts): Calculation[] {
  const out: Calculation[] = [];
  const erg = /\brow|\bski|\berg|\b500/i.test(q);
  // "I ran 5k in 25 min, what's that per mile": a 5 km or 10 km test is a split too when its pace is asked.
  const tests =
    // …asked, not a pace the member states beside it ("5k in 26:00, easy runs at 6:30/km, how many runs a week?").
    ASKS_RUN_PACE.test(q.replace(STATED_PACE, ' ')) && racePace(q, f).length === 0
      ? [
          ...(f.fiveKmSec !== undefined ? [{ distanceM: 5000, sec: f.fiveKmSec }] : []),
          ...(f.tenKmSec !== undefined ? [{ distanceM: 10000, sec: f.tenKmSec }] : []),
        ].filter((x) => !f.splits.some((s) => s.distanceM === x.distanceM))
      : [];
  // A pace asked per mile only leads with the mile ("10km in 52 mins, what pace per mile?").
  const perMile = asksPerMileOnly(q);
  for (const s of [...f.splits, ...tests]) {
    // A 5 km or 10 km time given for a prediction is an input to the engine, not a pace question.
    const raceTest = (s.distanceM === 5000 && f.fiveKmSec !== undefined) || (s.distanceM === 10000 && f.tenKmSec !== undefined);
    // …and a pace the member states beside it ("like 6:30/km when my 10k is 52 min, how do i get faster?") does not ask for one.
    if (raceTest && !/\bpace|\bper (km|mile)|\bsplit|\bconvert|\/km/i.test(q.replace(STATED_PACE, ' '))) continue;
    // "farmers carry 200m took 2:10, whats that per 100m?": the time per the distance the member asks for.
    const perPart = Number(/\bper (\d{2,4}) ?m\b/i.exec(q)?.[1] ?? NaN);
    if (perPart > 0 && perPart !== 500 && perPart < s.distanceM) {
      out.push({
        kind: 'split',
        text: `${s.distanceM.toLocaleString('en-US')} m in ${t(s.sec)} is **${t(Math.round((s.sec / s.distanceM) * perPart))} per ${perPart} m** (${t(s.sec)} ÷ ${s.distanceM / perPart}).`,
      });
      continue;
    }
    // "farmers carry 200m in 1:50": a carry, lunge, sled or jump distance has no monitor split per 500 m.
    if (!erg && !ASKS_RUN_PACE.test(q) && f.stations.some((id) => !['skierg', 'row', 'wall_balls'].includes(id))) continue;
    // "ran 8 x 1km at 5:45", "3 x 800m at 3:20, what pace per km": a run's distance is a pace per km, not a 500 m split,
    // unless an erg is named.
    if (erg || (s.distanceM <= 2000 && !(s.distanceM === 1000 && /\b(?:ran|run|runs|running)\b/i.test(q)) && !ASKS_RUN_PACE.test(q))) {
      const per500 = (s.sec / s.distanceM) * 500;
      // "rowed 500m in 1:48, what would 1000m take at the same split": another distance at that split leads.
      const other =
        /\b(\d{3,5})\s*m\b[^.?!\d]{0,30}\b(?:at|on|with) (?:the same|that|this|my) (?:split|pace)\b|\bwhat (?:would|will) (?:a |the )?(\d{3,5})\s*m (?:take|be)\b|\bhow long (?:would|will|for|is) (?:a |the )?(\d{3,5})\s*m\b/i.exec(
          q,
        );
      const otherM = Number(other?.slice(1).find(Boolean) ?? NaN);
      if (otherM >= 100 && otherM <= 10000 && otherM !== s.distanceM)
        out.push({
          kind: 'split',
          text: `${otherM.toLocaleString('en-US')} m at ${split(per500)} per 500 m is **${t(Math.round((per500 * otherM) / 500))}** (${split(per500)} × ${otherM / 500}).`,
        });
      out.push({
        kind: 'split',
        text: `${s.distanceM.toLocaleString('en-US')} m in ${t(s.sec)} is **${split(per500)} per 500 m** (the split the monitor shows).`,
      });
      // "2k test was 9:10, how do i pace the 1000m row in the race?": the race's 1,000 m starts at the fresh 2,000 m test
      // split or 2–4 s per 500 m slower (the erg-targets section).
      if (erg && s.distanceM === 2000 && /\brace|\bhyrox|\b1,?000 ?m?\b|\b1 ?k\b/i.test(q))
        out.push({
          kind: 'split',
          engine: true,
          text: `For the race's 1,000 m, start at about your 2,000 m test split or 2–4 s per 500 m slower: **${split(per500)}–${split(per500 + 4)} per 500 m**, about ${t(Math.round(per500 * 2))}–${t(Math.round((per500 + 4) * 2))} for the 1,000 m.`,
        });
      // "…and what split would i need for 3:55": the split for the member's target over the same distance.
      const target = erg
        ? /\b(?:for|to hit|to get|to do|target(?:ing)?|under|go)\s*(?:a |an )?(\d{1,2}:\d{2})\b(?![:/]|\s*(?:per|\/)\s*500)/i.exec(q)
        : null;
      const goal = target ? clockSec(target[1]!) : NaN;
      if (goal > 0 && goal !== s.sec && Math.abs(goal - s.sec) < s.sec / 4)
        out.push({
          kind: 'split',
          text: `For ${t(goal)} over ${s.distanceM.toLocaleString('en-US')} m you need **${split((goal / s.distanceM) * 500)} per 500 m**.`,
        });
    } else {
      const perKm = s.sec / (s.distanceM / 1000);
      const said = `${s.distanceM < 1000 ? `${s.distanceM} m` : `${(s.distanceM / 1000).toLocaleString('en-US')} km`} in ${t(s.sec)}`;
      out.push({
        kind: 'split',
        text: perMile
          ? `${said} is **${t(Math.round(perKm * KM_PER_MILE))}/mile** (${t(Math.round(perKm))}/km × 1.609).`
          : `${said} is **${t(Math.round(perKm))}/km** (${t(Math.round(perKm * KM_PER_MILE))}/mile).`,
      });
      // "…and how long would 8km at that pace take": another distance at the same pace.
      const other =
        /\b(\d{1,2}(?:\.\d)?)\s*(?:km|k)\b[^.?!\d]{0,25}\b(?:at|on) (?:that|this|the same|my) pace\b/i.exec(q) ??
        /\bhow long (?:would|will|does|is|for|do)\b[^.?!\d]{0,15}\b(\d{1,2}(?:\.\d)?)\s*(?:km|k)\b/i.exec(q);
      const km = Number(other?.[1] ?? NaN);
      if (km > 0 && km <= 50 && km * 1000 !== s.distanceM)
        out.push({
          kind: 'split',
          text: `${km} km at ${t(Math.round(perKm))}/km is **${t(Math.round(perKm * km))}** (${t(Math.round(perKm))} × ${km}).`,
        });
    }
  }
  // "skierg 1000 m took me 4:05 and row 1000 m took 4:15, what are my 500m splits for both": every split asked leads.
  if (f.splits.length > 1 && out.length > 1 && out.every((c) => c.kind === 'split' && !c.engine))
    out.splice(0, out.length, { kind: 'split', text: out.map((c) => c.text).join(' ') });
  // "4x1km at 4:45/km, how long is each 400m at that pace?": the asked distance at the pace given.
  // "1 km repeats at 4:15": a time for a 1 km rep is a pace per km.
  const rep = /\b(?:1 ?km|1 ?k|1,?000 ?m)\s*(?:repeats?|reps?|intervals?|efforts?)\s*(?:at|@|in)\s*(\d{1,2}:\d{2})\b(?!\s*(?:\/|per ))/i.exec(q);
  const km = f.paces.find((p) => p.per === 'km') ?? (rep ? { per: 'km' as const, sec: clockSec(rep[1]!) } : undefined);
  const asked =
    /\bhow long (?:is|are|would|will|does|should) (?:each |a |the |one |every |my )?(\d{2,4}) ?m\b|\b(?:each|every|per) (\d{2,4}) ?m?\b(?! ?(?:kg|kgs|lbs?|min|s\b|sec|reps?|cal))|\b(\d{2,4}) ?m (?:reps? )?(?:at|@) (?:that|this|the same) pace\b/i.exec(
      q,
    );
  // "400m laps on the track at 5:00/km, what time should each lap be?": the lap or rep named before the ask.
  // "what's that for a 400m lap", "on a 400m track, what lap time": the lap's length beside the word.
  const lap = /\b(?:each|every|per|a|one) (?:\d{2,4} ?m(?:etres?|eters?)? )?(?:lap|rep|repeat|interval)\b|\blap times?\b/i.test(q)
    ? /\b(\d{2,4}) ?m(?:etres?|eters?)? (?:laps?|reps?|repeats?|intervals?|track|oval)\b|\blaps? of (\d{2,4}) ?m\b|\b\d{1,2}\s*(?:x|×)\s*(\d{2,4}) ?m\b/i.exec(
        q,
      )
    : null;
  const metres = Number(asked?.slice(1).find(Boolean) ?? lap?.slice(1).find(Boolean) ?? NaN);
  if (km && metres > 0 && metres < 5000 && metres !== 1000) {
    const sec = Math.round((km.sec * metres) / 1000);
    return [...out, { kind: 'split', text: `${metres} m at ${t(km.sec)}/km is **${t(sec)}** (${t(km.sec)} × ${metres / 1000}).` }];
  }
  const [a, b] = f.paces;
  // "what percent faster is 4:45/km than 5:00/km": the gap as a share of the slower pace.
  if (
    a &&
    b &&
    a.per === b.per &&
    a.sec !== b.sec &&
    /%|\bper ?cent|\bhow much (?:faster|slower|quicker)\b|\bdifference\b/i.test(q) &&
    !/\bfade|\brun 1\b|\bfirst\b.*\blast\b/i.test(q)
  ) {
    const [fast, slow] = a.sec < b.sec ? [a.sec, b.sec] : [b.sec, a.sec];
    const unit = a.per === '500m' ? '500 m' : a.per;
    return [
      ...out,
      {
        kind: 'time_change',
        text: `${t(fast)} against ${t(slow)} per ${unit} is ${t(slow - fast)} per ${unit}: **${round(((slow - fast) / slow) * 100, 1)} % faster** (${slow - fast} s ÷ ${slow} s), or ${round(((slow - fast) / fast) * 100, 1)} % slower the other way.`,
      },
    ];
  }
  if (a && b && /\bfade|\bslow(er|ed)|\brun 1\b|\bfirst\b.*\blast\b|\bdrop/i.test(q)) {
    const diff = b.sec - a.sec;
    out.push({
      kind: 'fade',
      text: `From ${t(a.sec)} to ${t(b.sec)} per ${a.per === '500m' ? '500 m' : a.per} is a fade of **${t(Math.abs(diff))} per ${a.per === '500m' ? '500 m' : a.per} (${round((Math.abs(diff) / a.sec) * 100, 1)} %)**${diff < 0 ? ' faster' : ''}.`,
    });
    return out;
  }
  // "my plan says 5:30 per km but at km 5 im at 6:10. do i push or accept it": a decision about the paces, not a sum with them.
  if (
    /\b(?:should i|do i|shall i|push or|or (?:accept|ease|back off|slow|hold|change))\b/i.test(q) &&
    !/\bmiles?\b|\b500\b|\bconvert|\btotal\b|\bhow long\b|\bwhat (?:is|does) (?:that|this)\b/i.test(q)
  )
    return out;
  // A pace the member states ("is 7:30/km too slow?") is converted to miles and 500 m splits only when the question asks
  // for another unit or the running total ("what's that per mile?", "how long is 8 km at 5:30/km?").
  const asksConversion =
    /\bmiles?\b|\bmi\b|\b500\b|\bconvert|\bper (km|k|kilomet)|\/km\b[^.?!]*\b(is|in)\b[^.?!]*\b(mile|500)|\btotal\b|\ball 8\b|\b8 ?(x|×|runs)|\bhow long\b|\bfinish|\bwhat (is|does) (that|this)\b|\bwhat('?s| is) \d/i;
  // "went out at 4:10/km and blew up, whats a smarter pacing plan for a 1:20 goal": the pace run is the story, the goal's plan the answer.
  if (
    f.goalSec !== undefined &&
    /\b(?:pacing|pace|race) (?:plan|strategy)\b|\bplan for (?:a |my |the )?\d/i.test(q) &&
    !/\bmiles?\b|\b500\b|\bconvert/i.test(q)
  )
    return out;
  // Otherwise a pace per km gives the race's running at that pace ("7:30/km: 1:00:00 of running").
  if (!asksConversion.test(q) && f.paces.every((x) => x.per === 'km')) {
    // …only when the pace is one for the race's runs: "my hr is 165 at 5:30/km on easy runs" is not a race pace.
    if (
      !/\b(?:race|racing|hyrox|splits?|goal|target)\b/i.test(q) ||
      /\beasy (?:runs?|running|pace)\b|\blong runs?\b|\brecovery runs?\b|\bzone ?2\b/i.test(q)
    )
      return out;
    for (const p of f.paces) out.push({ kind: 'convert', text: `8 × 1 km at ${t(p.sec)}/km is **${t(p.sec * 8)} of running**.` });
    return out;
  }
  // "if i run each km in 5:15 how long do the 8 runs take": the total is the answer.
  const asksTotal = /\bhow long\b|\btotal\b|\ball 8\b|\b8 ?(?:runs|km)\b/i.test(q) && !/\bmiles?\b|\bmi\b|\b500\b|\bconvert/i.test(q);
  for (const p of f.paces) {
    if (p.per === 'km' && asksTotal) out.push({ kind: 'convert', text: `8 × 1 km at ${t(p.sec)}/km is **${t(p.sec * 8)} of running**.` });
    else if (p.per === 'km')
      out.push({
        kind: 'convert',
        text: `${t(p.sec)}/km is **${t(Math.round(p.sec * KM_PER_MILE))}/mile**, ${split(p.sec / 2)} per 500 m, and 8 × 1 km at that pace is ${t(p.sec * 8)} of running.`,
      });
    else if (p.per === 'mile')
      out.push({
        kind: 'convert',
        text: `${t(p.sec)}/mile is **${t(Math.round(p.sec / KM_PER_MILE))}/km**, so 8 × 1 km at that pace is ${t(Math.round((p.sec / KM_PER_MILE) * 8))} of running.`,
      });
    else {
      out.push({
        kind: 'convert',
        text: `${split(p.sec)} per 500 m is **${t(Math.round(p.sec * 2))} per 1,000 m**, the SkiErg and row distance in the race.`,
      });
      // "…and if i go 5s/500 faster how much do i save": the same 1,000 m at the faster split.
      const faster = /\b(\d{1,2})\s*(?:s|secs?|seconds?)\s*(?:\/|per |a )\s*500\s*(?:m\s*)?(?:faster|quicker)\b/i.exec(q);
      const by = Number(faster?.[1] ?? NaN);
      if (by > 0 && by < p.sec / 4)
        out.push({
          kind: 'convert',
          text: `At ${split(p.sec - by)} per 500 m the 1,000 m is ${t(Math.round((p.sec - by) * 2))}: **${by * 2 < 60 ? `${by * 2} s` : t(by * 2)} saved** (${by} s × 2).`,
        });
    }
  }
  return out;
}

/** A distance in the member's words ("5k", "1.2 km", "800m", "3 miles") in km, with how it was said. */
const DISTANCE =
  /(?<![\d:.])(\d{1,3}(?:\.\d{1,2})?|\d{3,5})\s*(k|km|kms|kilomet(?:re|er)s?|mi|miles?|m|metres?|meters?)\b(?!\s*(?:\/|per\b|pace\b|an? hour\b|splits?\b))/gi;

/**
 * "what 5k time would i get at 4:30/km", "1.2 km at 5:00/km how long", "8 x 1km with 90s rest at 4:30/km, how long is the
 * session": a distance the member names run at the pace they give, and the rests between repeats when they give them.
 * The race's own 8 × 1 km at a pace is the pace reading's (splits).
 */
function distanceAtPace(q: string, f: QuestionFacts): Calculation[] {
  if (f.paces.length !== 1 || f.paces[0]!.per === '500m' || /\brow|\bski|\berg\b|\b500 ?m\b/i.test(q)) return [];
  if (
    !/\bhow long\b|\bwhat time\b|\btime (?:would|will|do|should)\b|\b(?:would|will) (?:i|that|it) (?:get|be|take|run)\b|\b(?:my|the|a) (?:finish )?time (?:be|would be|will be)\b|\btake\b|\btotal\b|\bwhole\b|\bsession\b/i.test(
      q,
    )
  )
    return [];
  // "4x1km at 4:45/km, how long is each 400m at that pace?", "400m laps … each lap": a part of a rep is the lap reading's.
  if (/\b(?:each|every|per|a|one) \d{2,4}(?: ?m)?\b|\b\d{2,4} ?m (?:reps? )?(?:at|@) (?:that|this|the same) pace\b|\blaps?\b|\btrack\b/i.test(q))
    return [];
  const pace = f.paces[0]!;
  const perKm = pace.per === 'mile' ? pace.sec / KM_PER_MILE : pace.sec;
  const reps = /\b(\d{1,2})\s*(?:x|×)\s*(\d{1,4}(?:\.\d{1,2})?)\s*(k|km|m|metres?|meters?|mi|miles?)\b/i.exec(q);
  // "how long would a half marathon take me at 5:10/km": a race named for its distance.
  const named = /\bhalf[- ]?marathon\b|\bhalf\b(?= (?:take|at|in)\b)/i.test(q)
    ? { n: 21.0975, unit: 'km' }
    : /\bmarathon\b/i.test(q)
      ? { n: 42.195, unit: 'km' }
      : undefined;
  const found = reps
    ? { n: Number(reps[2]), unit: reps[3]! }
    : (named ?? [...q.matchAll(DISTANCE)].map((m) => ({ n: Number(m[1]), unit: m[2]! })).find((d) => !(d.n === 1 && /^k/i.test(d.unit))));
  if (!found) return [];
  const km = /^mi/i.test(found.unit) ? found.n * KM_PER_MILE : /^k/i.test(found.unit) ? found.n : found.n / 1000;
  // The race's 8 km is splits' "8 × 1 km at …"; a lap under 100 m or an ultra is no run at a pace.
  if (!(km >= 0.1 && km <= 50) || (!reps && km === 8)) return [];
  const said =
    named?.n === 21.0975
      ? 'a half marathon (21.1 km)'
      : named
        ? 'a marathon (42.2 km)'
        : /^mi/i.test(found.unit)
          ? `${found.n} mile${found.n === 1 ? '' : 's'}`
          : km < 1
            ? `${Math.round(km * 1000)} m`
            : `${round(km, 2)} km`;
  const paceText = `${t(pace.sec)}/${pace.per}`;
  const one = Math.round(perKm * km);
  // "relay team of 4, each of us runs our 2k at 5:10/km, whats the team's total": every member's share added.
  const teamTotal =
    /\bteam'?s?\b[^.?!]{0,25}\b(?:total|altogether|combined)\b|\b(?:total|altogether|combined)\b[^.?!]{0,30}\bteam\b|\ball (?:four|4) of us\b/i.test(
      q,
    );
  const people = /\b(?:team of|of us|we'?re)\s*(\d|two|three|four)\b|\b(\d|two|three|four)\s*(?:people|of us|runners|athletes|members)\b/i.exec(q);
  const members = people ? numberWord((people[1] ?? people[2])!) : /\brelay\b/i.test(q) ? 4 : undefined;
  if (!reps && teamTotal && members && members >= 2 && members <= 4)
    return [
      {
        kind: 'split',
        text: `${members} × ${said} = ${round(km * members, 2)} km at ${paceText} is **${t(one * members)} of running for the team** (${t(one)} each).`,
      },
    ];
  if (!reps) return [{ kind: 'split', text: `${said} at ${paceText} is **${t(one)}** (${t(Math.round(perKm))}/km × ${round(km, 2)}).` }];
  const n = Number(reps[1]);
  const rest =
    /\b(\d{1,3})\s*(?:s|sec|secs|seconds?)\b[^.?!\d]{0,12}\b(?:rest|recovery|jog|off)\b|\b(?:rest|recovery)\b[^.?!\d]{0,12}\b(\d{1,3})\s*(?:s|sec|secs|seconds?)\b/i.exec(
      q,
    );
  const restMin =
    /\b(\d{1,2}(?:\.\d)?)\s*(?:min(?:ute)?s?|mins)\b[^.?!\d]{0,12}\b(?:rest|recovery|jog|off)\b|\b(?:rest|recovery)\b[^.?!\d]{0,12}\b(\d{1,2}(?:\.\d)?)\s*(?:min(?:ute)?s?|mins)\b/i.exec(
      q,
    );
  const restSec = rest ? Number(rest[1] ?? rest[2]) : restMin ? Math.round(Number(restMin[1] ?? restMin[2]) * 60) : 0;
  const work = one * n;
  if (!restSec) return [{ kind: 'split', text: `${n} × ${said} at ${paceText} is ${n} × ${t(one)} = **${t(work)}**.` }];
  return [
    {
      kind: 'split',
      text: `${n} × ${said} at ${paceText} is ${n} × ${t(one)} = ${t(work)} of running, plus ${n - 1} rests of ${t(restSec)} between them: **${t(work + (n - 1) * restSec)}** in all.`,
    },
  ];
}

/** "8 runs took 44:48 total, whats the average per run": a total over the count of its parts. */
function averageOfTotal(q: string): Calculation[] {
  if (!/\baverage\b|\bavg\b|\bmean\b|\bper (?:run|km|k|lap|rep|round|set|interval|station)\b|\beach\b/i.test(q)) return [];
  const m =
    /\b(\d{1,2}|eight|six|four|five|ten)\s*(?:x\s*)?(?:1 ?k(?:m)?\s*|400 ?m\s*|800 ?m\s*)?(runs?|laps?|reps?|rounds?|sets?|intervals?|stations?|transitions?|repeats?)\b[^.?!\d]{0,25}?\b(?:took|take|in|=|was|were|totall?(?:ed|ing)?|total of|add(?:ed|s)? up to|came to)\s*(?:me\s*)?(?:a\s*)?(?:total\s*(?:of\s*)?)?(\d{1,2}:\d{2}(?::\d{2})?)\b(?!\s*(?:\/|per |a )\s*(?:km|k\b|mile|mi\b|500))/i.exec(
      q,
    );
  if (!m) return [];
  const n = numberWord(m[1]!);
  const total = clockSec(m[3]!);
  if (!(n >= 2 && n <= 100 && total > 0)) return [];
  const unit = m[2]!.replace(/s$/i, '').toLowerCase();
  return [{ kind: 'time_change', text: `${t(total)} ÷ ${n} = **${t(Math.round(total / n))} per ${unit}** on average.` }];
}

/**
 * "got a 38 min station budget, how long on each station", "40 min for all 8 stations, per station?": a total for the
 * race's 8 stations or runs, shared evenly.
 */
function budgetEach(q: string): Calculation[] {
  const asked = /\b(?:each|every|per|a|one|average|avg) (station|run|km)\b|\bon average\b/i.exec(q);
  if (!asked) return [];
  const time = String.raw`(\d{1,2}:\d{2}|\d{1,3}(?:\.\d)?\s*(?:min|mins|minutes?)\b)`;
  // (A Roxzone total per transition is the Roxzone reading's.)
  const part = String.raw`(stations?|runs?|running)`;
  const m =
    new RegExp(
      String.raw`${time}\s*(?:total\s*|in total\s*|budget\s*)?(?:for (?:all |the |my )?(?:(?:8|eight) )?|of )?${part}\s*(?:budget|total|time)?\b`,
      'i',
    ).exec(q) ?? new RegExp(String.raw`\b${part}\s*(?:budget|total|time)\s*(?:of|is|=|:)?\s*(?:about |around |~\s*)?${time}`, 'i').exec(q);
  if (!m) return [];
  // The total must be said as one ("budget", "total", "for all 8"), not a part's own time ("4 min stations").
  if (!/\bbudget\b|\btotal\b|\bfor all\b|\bfor (?:the )?(?:8|eight)\b|\baltogether\b/i.test(m[0])) return [];
  const said = /^\d/.test(m[1]!) ? m[1]! : m[2]!;
  const name = /^\d/.test(m[1]!) ? m[2]! : m[1]!;
  const total = /:/.test(said) ? clockSec(said) : Math.round(Number(/[\d.]+/.exec(said)![0]) * 60);
  const unit = /^stat/i.test(name) ? 'station' : 'run';
  if (!(total >= 480 && total <= 7200)) return [];
  return [{ kind: 'time_change', text: `${t(total)} ÷ 8 = **${t(Math.round(total / 8))} per ${unit}** on average.` }];
}

/** "16 weeks out, how many days is that", "84 days, how many weeks": weeks and days, one into the other. */
function weeksDays(q: string): Calculation[] {
  const weeks = /\b(\d{1,2})\s*(?:weeks?|wks?)\b/i.exec(q);
  if (weeks && /\bhow many days\b|\bin days\b/i.test(q)) {
    const n = Number(weeks[1]);
    return [{ kind: 'date_span', text: `${n} weeks × 7 = **${n * 7} days**.` }];
  }
  const days = /\b(\d{2,3})\s*days?\b/i.exec(q);
  if (days && /\bhow many weeks\b|\bin weeks\b/i.test(q)) {
    const n = Number(days[1]);
    const w = Math.floor(n / 7);
    return [{ kind: 'date_span', text: `${n} days ÷ 7 = **${w} weeks${n % 7 ? ` and ${n % 7} day${n % 7 === 1 ? '' : 's'}` : ''}**.` }];
  }
  return [];
}

/**
 * "ski erg 20 cal in 1:10, how many cal per minute", "burpee broad jumps 80m took 5:20, how long per 10m", "30 sec per 10 m
 * on sled push, how long for the 50 m": a rate from an amount in a time, and the time for another amount at that rate.
 */
function rate(q: string): Calculation[] {
  // Calories (or reps) a minute from a count in a time.
  const cal = /\b(\d{1,4})\s*(cals?|calories|kcal)\b[^.?!\d]{0,15}?\b(?:in|took|=)\s*(?:me\s*)?(\d{1,2}:\d{2})\b/i.exec(q);
  if (cal && /\bper min(?:ute)?\b|\ba min(?:ute)?\b|\/ ?min\b|\bcals? ?\/ ?min|\bper hour\b/i.test(q)) {
    const sec = clockSec(cal[3]!);
    const n = Number(cal[1]);
    if (sec > 0)
      return [{ kind: 'percent', text: `${n} cal in ${t(sec)} is ${n} ÷ ${round(sec / 60, 2)} min = **${round((n * 60) / sec, 1)} cal a minute**.` }];
  }
  // Seconds per so many metres, scaled to the distance asked.
  const per = /\b(\d{1,3})\s*(?:s|sec|secs|seconds)\s*(?:per|a|every|each|\/)\s*(\d{1,3})\s*m\b/i.exec(q);
  const whole = per ? /\b(?:for|the|all|whole|full|entire)\s*(?:the\s*)?(\d{2,4})\s*m\b/i.exec(q.slice(per.index + per[0].length)) : null;
  if (per && whole && /\bhow long\b|\bwhat time\b|\btotal\b/i.test(q)) {
    const sec = (Number(per[1]) * Number(whole[1])) / Number(per[2]);
    return [
      {
        kind: 'split',
        text: `${whole[1]} m at ${per[1]} s per ${per[2]} m is ${Number(whole[1]) / Number(per[2])} × ${per[1]} s = **${t(Math.round(sec))}**.`,
      },
    ];
  }
  // A station distance under the 100 m the split reading takes ("80m took 5:20"), per the part asked.
  const done = /\b(\d{2,3})\s*m\b[^.?!\d]{0,20}?\b(?:took|in|=)\s*(?:me\s*)?(\d{1,2}:\d{2})\b/i.exec(q);
  const part = /\bper (\d{1,3}) ?m\b|\bevery (\d{1,3}) ?m\b|\beach (\d{1,3}) ?m\b/i.exec(q);
  if (done && part && Number(done[1]) < 100) {
    const d = Number(done[1]);
    const p = Number(part[1] ?? part[2] ?? part[3]);
    const sec = clockSec(done[2]!);
    if (p > 0 && p < d && sec > 0)
      return [{ kind: 'split', text: `${d} m in ${t(sec)} is **${t(Math.round((sec / d) * p))} per ${p} m** (${t(sec)} ÷ ${round(d / p, 1)}).` }];
  }
  return [];
}

/** "finished in 1:32:40 and my roxzone was 9:15, what % of my race is that": a part's time as a share of the finish. */
function partOfFinish(q: string): Calculation[] {
  if (!/\bwhat (?:%|percent(?:age)?\b)|(?:%|\bpercent(?:age)?) of (?:my|the|a) (?:race|finish|total|time)\b|\bwhat share\b/i.test(q)) return [];
  // "what % of 1:20:00 is 40 mins": a part said in minutes too.
  const minutes = /\b(\d{1,3}(?:\.\d)?)\s*(?:min(?:ute)?s?|mins)\b/i.exec(q);
  const times = [...timesIn(q), ...(minutes ? [{ text: `${minutes[1]} min`, sec: Math.round(Number(minutes[1]) * 60) }] : [])];
  if (times.length !== 2) return [];
  // "i do 1:24 now, roxzone is 9 min of that": a finish said as hours and minutes beside a part in minutes.
  const hours = minutes ? times.find((x) => x.text.split(':').length === 2 && /^[1-3]:/.test(x.text)) : undefined;
  const whole = times.find((x) => x.text.split(':').length === 3) ?? (hours && { text: hours.text, sec: finishSec(hours.text) });
  // Two finishes are a change ("from 1:45:00 to 1:38:00, what percentage faster"), not a part of one.
  const part = times.find((x) => x !== whole && x !== hours && x.text.split(':').length < 3 && x.sec < (whole?.sec ?? 0));
  if (!whole || !part || !(whole.sec >= 2700 && whole.sec <= 14400) || part.sec >= whole.sec) return [];
  return [
    {
      kind: 'percent',
      text: `${part.text} of ${whole.text} is ${part.sec} s ÷ ${whole.sec} s = **${round((part.sec / whole.sec) * 100, 1)} %** of the finish.`,
    },
  ];
}

/** "whats the difference between 5:12 and 4:58 per km over 8 km": the gap between two paces, and over the distance. */
function paceGap(q: string): Calculation[] {
  // …"how many seconds per km slower is 6:10 than 5:45", "what do i lose over 8k": the gap asked in other words.
  if (
    !/\bdifference\b|\bgap\b|\bhow much (?:faster|slower|time)\b|\bsave\b|\bsaves?\b|\bgain\b|\bhow many (?:seconds|secs|minutes|mins)\b|\b(?:slower|faster|quicker) (?:is|was) (?:a )?\d|\blos(?:e|ing|t)\b|\bcosts?\b|\badds? up\b/i.test(
      q,
    )
  )
    return [];
  if (!/\bper (?:km|k|kilomet\w*|mile)\b|\/ ?(?:km|mi(?:le)?)\b|\bpace\b/i.test(q)) return [];
  const over =
    /\b(?:over|for|across|in) (?:the |a |my )?(\d{1,2}(?:\.\d)?)\s*(km|k|kms|miles?|mi)\b|\b(?:over|for|across) (?:the |all )?(8|eight) (?:runs|kms?)\b/i.exec(
      q,
    ) ??
    // "from 5:40/km to 5:20/km on the runs, how much faster does that make my race": the race's 8 km.
    /\b(?:on|over|across|for) (?:the |my |all (?:the |my )?)?(?:hyrox )?runs\b|\b(?:make|makes|take|takes|off|over|across|in|on) (?:my|the|a) (?:hyrox|race|finish)\b/i.exec(
      q,
    );
  const times = [...q.matchAll(/(?<![\d:])(\d{1,2}:\d{2})(?![\d:])/g)].map((m) => clockSec(m[1]!));
  if (!over || times.length !== 2) return [];
  const [a, b] = times as [number, number];
  const n = over[1] ? Number(over[1]) : 8;
  const unit = over[2] && /^mi/i.test(over[2]) ? 'mile' : 'km';
  const diff = Math.abs(a - b);
  if (!(diff > 0 && diff < 120 && n > 0 && n <= 50)) return [];
  return [
    {
      kind: 'time_change',
      text: `${t(Math.max(a, b))} − ${t(Math.min(a, b))} = ${diff} s per ${unit}, so over ${n} ${unit === 'km' ? 'km' : n === 1 ? 'mile' : 'miles'} that is ${diff} s × ${n} = **${t(Math.round(diff * n))}**.`,
    },
  ];
}

/**
 * The further amounts in one unit a conversion lists ("24kg in lbs, and the 16kg?", "16kg and 24kg in lbs"): each joined
 * to another by "and", "&", "," or "/", after the first; not a body weight.
 */
function moreAmounts(q: string, from: number, unit: string, first: number): number[] {
  const out: number[] = [];
  const re = new RegExp(
    String.raw`(?:\band|&|,|\/|\bplus|\balso)\s*(?:the |a |my |what about |whats? |how about )?(\d{1,3}(?:\.\d)?)\s*(?:${unit})\b(?!\s*(?:body|bw|now|currently))`,
    'gi',
  );
  for (const m of q.slice(from).matchAll(re)) {
    const v = Number(m[1]);
    if (v > 0 && v !== first && !out.includes(v) && out.length < 4) out.push(v);
  }
  return out;
}

function conversions(q: string): Calculation[] {
  const out: Calculation[] = [];
  const lb = /\b(\d{1,3}(?:\.\d)?)\s*(?:lbs?|pounds)\b.*\b(?:in|to|into) (?:kg|kilos?)\b|\bconvert (\d{1,3}(?:\.\d)?)\s*(?:lbs?|pounds)/i.exec(q);
  if (lb) {
    const v = Number(lb[1] ?? lb[2]);
    out.push({ kind: 'convert', text: `${v} lb is **${round(v * KG_PER_LB, 1)} kg**.` });
    for (const w of moreAmounts(q, lb.index, 'lbs?|pounds', v)) out.push({ kind: 'convert', text: `${w} lb is **${round(w * KG_PER_LB, 1)} kg**.` });
  }
  // "i weigh 80kg, whats 24kg in lbs": the member's body mass is not the weight to convert (blanked, same length).
  const kit = q.replace(
    /\b(?:i weigh|weigh(?:ing)?|i'?m|i am|body ?weight(?: is)?|bw)\s*(?:about |around |~)?\d{2,3}(?:\.\d)?\s*(?:kg|kgs|kilos?)\b/gi,
    (m) => ' '.repeat(m.length),
  );
  // "24kg per hand right? my garage gym is all lbs": the member's kit is in pounds.
  const kg =
    /\b(\d{1,3}(?:\.\d)?)\s*(?:kg|kilos?)\b.*\b(?:in|to|into|how many) (?:lbs?|pounds)|\bconvert (\d{1,3}(?:\.\d)?)\s*(?:kg|kilos?)/i.exec(kit) ??
    /\b(\d{1,3}(?:\.\d)?)\s*(?:kg|kilos?)\b(?! ?(?:body ?weight|bw))(?:.*\b(?:is|are|all|only|has|have|uses?|in)\b[^.?!\d]{0,12}\b(?:lbs?|pounds)\b|.*\b(?:lbs?|pound) (?:plates|dumbbells|kettlebells|bells|weights)\b)/i.exec(
      kit,
    );
  if (kg) {
    const v = Number(kg[1] ?? kg[2]);
    out.push({ kind: 'convert', text: `${v} kg is **${round(v / KG_PER_LB, 1)} lb**.` });
    for (const w of moreAmounts(kit, kg.index, 'kg|kgs|kilos?', v))
      out.push({ kind: 'convert', text: `${w} kg is **${round(w / KG_PER_LB, 1)} lb**.` });
  }
  const mi = /\b(\d{1,3}(?:\.\d)?)\s*(?:miles?|mi)\b.*\bin (?:km|kilomet)|\bconvert (\d{1,3}(?:\.\d)?)\s*(?:miles?|mi)\b/i.exec(q);
  if (mi) {
    const v = Number(mi[1] ?? mi[2]);
    out.push({ kind: 'convert', text: `${v} miles is **${round(v * KM_PER_MILE, 1)} km**.` });
  }
  const km = /\b(\d{1,3}(?:\.\d)?)\s*(?:km|kilomet\w*)\b.*\bin miles|\bconvert (\d{1,3}(?:\.\d)?)\s*(?:km|kilomet\w*)\b(?!\s*\/)/i.exec(q);
  if (km) {
    const v = Number(km[1] ?? km[2]);
    out.push({ kind: 'convert', text: `${v} km is **${round(v / KM_PER_MILE, 2)} miles**.` });
  }
  return out;
}

/** Up to 20 characters between a run and its time, none of them a digit or a goal word ("run 1 aiming for 1:25" names a finish). */
const NO_GOAL_GAP = String.raw`(?:(?!\b(?:aim\w*|goal|target\w*|sub|under|going for|hoping|want\w*)\b)[^\d]){0,20}`;

/** "run 1 was 4:50 and run 8 was 7:10": the fade as a ratio and a percentage. */
function runFade(q: string, f?: QuestionFacts): Calculation[] {
  const listed = runList(q);
  if (listed.length) return listed;
  // "my first km 4:50 last km 5:40", "opening run 4:30, final run 5:25": the first and last of the race's runs.
  // "went out in 4:50 for run 1": the time said before the run it belongs to; after it, not across a goal ("run 1 aiming for 1:25").
  const first =
    /(?<![\d:])(\d{1,2}:\d{2})(?![\d:])\s*(?:on|for|in) (?:the |my )?(?:run ?(?:1|one)|(?:first|opening) (?:run|km|k|kilomet\w*|split|lap))\b/i.exec(
      q,
    ) ??
    new RegExp(
      String.raw`\b(?:run ?(?:1|one)|(?:first|opening) (?:1 ?k(?:m)? |one )?(?:run|km|k|kilomet\w*|split|lap|one)|first 1 ?k(?:m)?)\b${NO_GOAL_GAP}(\d{1,2}:\d{2})(?![\d:])`,
      'i',
    ).exec(q);
  const last =
    /(?<![\d:])(\d{1,2}:\d{2})(?![\d:])\s*(?:on|for|in) (?:the |my )?(?:run ?(?:8|eight)|(?:last|final|8th|eighth) (?:run|km|k|kilomet\w*|split|lap))\b/i.exec(
      q,
    ) ??
    new RegExp(
      String.raw`\b(?:run ?(?:8|eight)|(?:last|final|8th|eighth) (?:1 ?k(?:m)? |one )?(?:run|km|k|kilomet\w*|split|lap|one)|last 1 ?k(?:m)?)\b${NO_GOAL_GAP}(\d{1,2}:\d{2})(?![\d:])`,
      'i',
    ).exec(q);
  // "fade from 4:05 on run 1 to 4:58 on run 8": the time before the run it belongs to.
  const before = (run: string) =>
    new RegExp(String.raw`(?<![\d:])(\d{1,2}:\d{2})(?![\d:])\s*(?:\/km\s*)?(?:on|for|in|at)\s*(?:the\s*)?(?:${run})\b`, 'i').exec(q);
  const a0 = before('run ?(?:1|one)|first (?:run|km|k)');
  const b0 = before('run ?(?:8|eight)|(?:last|final) (?:run|km|k)');
  // Each run's time said before it first, not "run 1 to 4:58" read forwards; "4:20 at run 1 and run 8 was 5:30" mixes the two.
  const a1 = a0 ?? first;
  const b1 = b0 ?? last;
  if (!a1 || !b1) return [];
  const a = clockSec(a1[1]!);
  const b = clockSec(b1[1]!);
  const ratio = b / a;
  // "went out in 4:50 for run 1 aiming for 1:25": the run 1 the plan for that goal gives, against the one run.
  const plan =
    f?.goalSec !== undefined && f.goalSec >= 2700 && f.goalSec <= 14400
      ? planPacing({ goalSec: f.goalSec, division: f.division ?? 'open_men' })
      : undefined;
  const runOne = plan ? plan.runs[0]!.splitSec : undefined;
  const planLine =
    plan && runOne !== undefined
      ? ` At a ${formatHoursMinutes(plan.goalSec)} goal (${DIVISION_LABELS[plan.division]}${f?.division ? '' : ', assumed'}) the plan averages ${formatPace(plan.averageRunSecPerKm)} and **run 1 is ${formatPace(runOne)}**, a ceiling${a < runOne * 0.97 ? `: ${t(a)} was ${round(((runOne - a) / runOne) * 100)} % faster than that` : ''}.`
      : '';
  return [
    {
      kind: 'fade',
      text: `Run 8 ÷ run 1 = ${t(b)} ÷ ${t(a)} = **${ratio.toFixed(2)}**, a fade of **${round((ratio - 1) * 100, 1)} %** (${t(b - a)} slower). Up to about 1.2 is a well-paced race for most age-groupers; 1.3–1.5 suggests an early surge or weak lunges; above 1.5 you went out too hot.${planLine}`,
    },
  ];
}

/** "my 8 runs were 5:10 5:20 5:35 5:40 5:55 6:05 6:20 6:45, total and fade?": the eight times summed, and run 8 against run 1. */
function runList(q: string): Calculation[] {
  // …"ran 8 x 1k at 4:05, 4:10, …": eight reps of a kilometre read the same way.
  if (!/\bruns?\b|\bran\b|\bsplits?\b|\bkms?\b|\b\d ?k\b|\blaps?\b|\breps?\b/i.test(q)) return [];
  const m = /(?<![\d:])\d{1,2}:\d{2}(?:\s*(?:,|\/|;|-|and|\s)\s*\d{1,2}:\d{2}){7}(?![\d:])/i.exec(q);
  if (!m) return [];
  const secs = m[0].match(/\d{1,2}:\d{2}/g)!.map(clockSec);
  if (secs.some((x) => x < 150 || x > 900)) return [];
  const total = secs.reduce((a, x) => a + x, 0);
  const a = secs[0]!;
  const b = secs[7]!;
  return [
    {
      kind: 'fade',
      text: `Your 8 runs add up to **${t(total)} of running** (${t(Math.round(total / 8))}/km average); run 8 against run 1 is ${t(b)} ÷ ${t(a)} = ${(b / a).toFixed(2)}, a fade of **${round(((b - a) / a) * 100, 1)} %** (${t(Math.abs(b - a))} ${b >= a ? 'slower' : 'faster'}).`,
    },
  ];
}

/** "run 1 was 4:30 and i averaged 5:15 across all 8 runs": the average against run 1, and the run total. */
function averageVsRunOne(q: string): Calculation[] {
  const first = /\brun ?(?:1|one)\b[^\d]{0,20}(\d{1,2}:\d{2})/i.exec(q) ?? /\bfirst (?:run|km|k)\b[^\d]{0,20}(\d{1,2}:\d{2})/i.exec(q);
  const avg =
    /\b(?:averaged?|avg)\b[^\d]{0,12}(\d{1,2}:\d{2})(?![^.?!]{0,40}\bplan)/i.exec(q) ??
    /(\d{1,2}:\d{2})\s*(?:\/km\s*)?(?:average|avg)\b(?![^.?!]{0,40}\bplan)/i.exec(q);
  if (!first || !avg || /\bplan(?:ned)?\b/i.test(q)) return [];
  const a = clockSec(first[1]!);
  const b = clockSec(avg[1]!);
  if (!(a > 0 && b > 0)) return [];
  const pct = round((Math.abs(b - a) / a) * 100, 1);
  return [
    {
      kind: 'fade',
      text: `Your ${t(b)} average is **${pct} % ${b >= a ? 'slower' : 'faster'} than run 1** (${t(Math.abs(b - a))} per run; ${t(b)} ÷ ${t(a)} = ${(b / a).toFixed(2)}), and 8 runs at a ${t(b)} average is **${t(b * 8)} of running**.`,
    },
  ];
}

/** "m:ss" or "h:mm:ss" (always matched by a digits-and-colons pattern first) → seconds. */
function clockSec(text: string): number {
  return clock(text) ?? Number.NaN;
}

/** A finish time, "1:35" (hours and minutes) or "1:35:20". */
function finishSec(text: string): number {
  return clockSec(text.split(':').length === 2 ? `${text}:00` : text);
}

/**
 * "my sled push is 3:40 and i want 2:30, how much faster is that in percent?": the change between two times the member
 * gives, in time and as a share of the first (not paces per km: a fade reads those).
 */
function timeChange(q: string): Calculation[] {
  if (
    !/\bper ?cent|%|\bpercentage\b/i.test(q) ||
    !/\bhow much (faster|slower|quicker|better|worse|improvement)|\bhow many (?:%|percent|per ?cent)|\bby how much\b|\bwhat (percent|%)|\b(?:percent(?:age)?|%) (?:improvement|faster|slower|quicker|better|change|drop)\b/i.test(
      q,
    )
  )
    return [];
  const times = [...q.matchAll(/\b(\d{1,2}:\d{2}(?::\d{2})?)\b(?!\s*(?:\/|per |a )\s*(?:km|k\b|mile|mi\b|500))/gi)].map((m) => m[1]!);
  if (times.length !== 2) return [];
  // "went from 1:35 to 1:29 finish": a race finish said as hours and minutes (as timeDifference reads it).
  // …or "went from 1:45 to 1:32" with no station, erg or pace named (a 1:45 station is a split, read as minutes).
  const finish =
    times.every((x) => x.split(':').length === 2 && Number(x.split(':')[0]) >= 1 && Number(x.split(':')[0]) <= 3) &&
    (/\bhyrox\b|\brace\b|\bfinish\w*\b|\bpb\b/i.test(q) ||
      !/\bsplits?\b|\b500\b|\bpace\b|\/km|\bper\b|\brow|\bski|\berg\b|\bsled|\bwall|\bburpee|\blunge|\bcarry|\bfarmer|\bstation|\bmile\b|\bk(?:m)?\b|\b\d+ ?k\b|\brun\b/i.test(
        q,
      ));
  const long = times.some((x) => x.split(':').length === 3);
  const [a, b] = times.map((x) => (finish || (long && x.split(':').length === 2 && Number(x.split(':')[0]) <= 3) ? finishSec(x) : clockSec(x))) as [
    number,
    number,
  ];
  if (a === b || a <= 0) return [];
  const diff = Math.abs(a - b);
  return [
    {
      kind: 'time_change',
      text: `From ${t(a)} to ${t(b)} is **${t(diff)} ${b < a ? 'faster' : 'slower'}, ${round((diff / a) * 100, 1)} % ${b < a ? 'less' : 'more'} time** than ${t(a)}.`,
    },
  ];
}

/** "3 runs of 40 min and 2 gym sessions of 60 min, how many hours a week is that?": the week's total time. */
function weeklyTotal(q: string): Calculation[] {
  if (!/\bhow (many|much) (hours|minutes|time)\b|\btotal (time|hours|minutes)\b|\bin total\b/i.test(q)) return [];
  const items = [
    ...q.matchAll(
      /\b(\d|one|two|three|four|five|six|seven)\s*(?:x\s*)?(?:[a-z-]+\s+){0,2}?(?:runs?|sessions?|classes|workouts?|lifts?|rides?|rows?)?\s*(?:of|at|x|×|@)\s*(\d{2,3})\s*(?:min|mins|minutes)\b/gi,
    ),
  ].map((m) => ({ n: numberWord(m[1]!), min: Number(m[2]) }));
  const ok = items.filter((x) => x.n >= 1 && x.n <= 14 && x.min >= 10 && x.min <= 300);
  if (ok.length === 0) return dayTotal(q);
  const total = ok.reduce((a, x) => a + x.n * x.min, 0);
  const hours = hoursText(total);
  return [
    {
      kind: 'weekly_total',
      text: `${ok.map((x) => `${x.n} × ${x.min} min`).join(' + ')} = ${total} min: **${hours} a week**.`,
    },
  ];
}

const DAY = String.raw`\b${WEEKDAY}\b`;

/** "mon 45min, tue 60, thu 1hr15, sat 1h30": each day's session length in minutes (a bare number in the message's minutes). */
function dayTotal(q: string): Calculation[] {
  const items = [
    ...q.matchAll(
      new RegExp(
        String.raw`${DAY}\s*[:=-]?\s*(\d:[0-5]\d:00|\d(?:\.\d+)?\s*(?:h|hrs?|hours?)\b|\d{2,3}(?:\s*(?:min\w*|m\b))?)(?!\d|[:.]\d|\s*(?:km|k\b|mi|miles?|kg|x\b|%|reps?\b|wall|burpees?|bbjs?|lunges?|cals?\b|calories|kcal|metres|meters|steps|lbs?\b))`,
        'gi',
      ),
    ),
  ].map((m) => ({ text: m[1]!.trim(), min: sessionMinutes(m[1]!) ?? Number(m[1]) }));
  const ok = items.filter((x) => x.min >= 10 && x.min <= 300);
  if (ok.length < 2 || ok.length !== items.length) return [];
  // Bare numbers are minutes only in a message that speaks of time ("mon 45min, tue 60"), not "mon 100, wed 150 reps".
  if (!/\d\s*(?:min\w*|m\b|h\b|hrs?\b|hours?\b)|\bhours?\b|\bminutes?\b|\d:[0-5]\d/i.test(q)) return [];
  const total = ok.reduce((a, x) => a + x.min, 0);
  return [
    {
      kind: 'weekly_total',
      text: `${ok.map((x) => `${x.min} min`).join(' + ')} = ${total} min: **${hoursText(total)}** in total.`,
    },
  ];
}

/** Sweat rate from a weigh-in: mass lost + fluid drunk − urine, per hour, and the share of body mass lost. */
function sweatRate(q: string): Calculation[] {
  // "80.0kg before, 78.8 after", "pre 72.4kg post 71.6kg", "before 80 after 78.9".
  const m =
    /(\d{2,3}(?:\.\d)?)\s*(?:kg)?\s*before\b[^\d.?!]{0,30}?(\d{2,3}(?:\.\d)?)\s*(?:kg)?\s*after/i.exec(q) ??
    // "70.2kg before a 60 min run and 69.3kg after": the session named between the two weights.
    /(\d{2,3}(?:\.\d)?)\s*(?:kg)?\s*before\b[^.?!]{0,40}?\band\s+(\d{2,3}(?:\.\d)?)\s*(?:kg)?\s*after\b/i.exec(q) ??
    /\b(?:pre|before)\b\W*(?:[a-z-]+\W+){0,2}?(\d{2,3}(?:\.\d)?)\s*(?:kg)?\W+(?:and\s+)?(?:post|after)\b\W*(?:[a-z-]+\W+){0,2}?(\d{2,3}(?:\.\d)?)\s*(?:kg)?\b/i.exec(
      q,
    );
  if (!m || !(Number(m[1]) > Number(m[2]) && Number(m[1]) - Number(m[2]) < 5)) return [];
  const before = Number(m[1]);
  const lost = before - Number(m[2]);
  const drank = /\bdr[ai]nk\w*\s*(\d+(?:\.\d+)?)\s*(ml|l|litres?|liters?)\b/i.exec(q);
  const fluid = drank ? Number(drank[1]) / (/^ml/i.test(drank[2]!) ? 1000 : 1) : 0;
  // "a 1hr10 run", "90 minute run", "1.5h": the session's length (an hour when none is given).
  const mins = sessionMinutes(q.slice(m.index + m[0].length)) ?? sessionMinutes(q) ?? 60;
  const sweat = lost + fluid;
  const pct = (lost / before) * 100;
  return [
    {
      kind: 'sweat',
      text: `Sweat loss ≈ ${round(lost, 1)} kg lost + ${round(fluid, 2)} L drunk${/no pee|didn'?t pee|no urine/i.test(q) ? ' − 0 L urine' : ''} = **${round(sweat, 1)} L in ${mins} min, about ${round(sweat / (mins / 60), 1)} L per hour**. You lost **${round(pct, 1)} % of body mass**${pct < 2 ? ', under the 2 % mark where performance starts to suffer' : ', above the 2 % mark where performance starts to suffer: drink more next time'}.`,
    },
  ];
}

/** Race loads in pounds for plates marked in lb. */
function loadsInPounds(q: string, f: QuestionFacts): Calculation[] {
  if (!/\bin (lbs?|pounds)\b|\bpound plates|\blbs\?|\bhow (?:many|much) (?:lbs?|pounds)\b/i.test(q)) return [];
  // "what's 24kg in pounds": a number of its own is converted on its own, not the race loads.
  // …and so is "24kg kettlebells in lbs?", "2x 32kg handles, how many lbs each": the member's own kit, not the table.
  if (/\b\d+(\.\d+)? ?(kg|kgs|kilos?)\b/i.test(q) && (f.stations.length === 0 || conversions(q).length > 0)) return [];
  const divisions: Division[] = f.division ? [f.division] : [...DIVISIONS];
  const ids = f.stations.length ? f.stations : (['sled_push', 'sled_pull'] as const);
  const pair = /\btotal\b|\bboth\b|\bcombined\b|\baltogether\b|\bin all\b|\bpair\b/i.test(q);
  return ids
    .map((id) => stationById(id))
    .filter((s) => s.loadKg)
    .map((s) => ({
      kind: 'convert' as const,
      text: `${s.name}: ${divisions
        .map((d) =>
          // "2x24 … how many lbs total": the two kettlebells together, and each.
          s.id === 'farmers_carry' && pair
            ? `${DIVISION_LABELS[d]} 2 × ${s.loadKg![d]} kg = ${2 * s.loadKg![d]} kg = **${Math.round((2 * s.loadKg![d]) / KG_PER_LB)} lb in total** (${Math.round(s.loadKg![d] / KG_PER_LB)} lb each)`
            : `${DIVISION_LABELS[d]} ${s.loadKg![d]} kg = **${Math.round(s.loadKg![d] / KG_PER_LB)} lb**`,
        )
        .join('; ')}${s.id.startsWith('sled') ? ' (including the sled)' : ''}.`,
    }));
}

/** A deload from the usual week: 50–60 % of its minutes. */
function deloadMinutes(q: string): Calculation[] {
  if (!/\bdeload|\blighter week|\brecovery week/i.test(q)) return [];
  // "my usual week is 300 min", "7h a week", "5 sessions of 70 min", "3 times a week, an hour each".
  const min = usualWeekMinutes(q);
  if (min === undefined) return [];
  return [
    {
      kind: 'deload',
      text: `A deload week is 50–60 % of your usual volume: from ${min} min that is **${round(min * 0.5)}–${round(min * 0.6)} min** for the week, keeping 1–2 short sessions with some intensity and nothing above RPE 7.`,
    },
  ];
}

/**
 * A week far above the usual ("10 hours instead of 5", "from 4 to 8 hours"): its ratio to the
 * usual week and the rolling-average ACWR it gives when the three weeks before were usual
 * (this week ÷ the 4-week average including it), against the 1.5 spike line.
 */
function loadJump(q: string): Calculation[] {
  const unit = String.raw`(hours?|hrs?|h|min\w*)`;
  const instead = new RegExp(
    String.raw`\b(\d{1,3}(?:\.\d)?)\s*${unit}\b[^.?!\d]{0,25}?\b(?:instead of|rather than|vs\.?|versus|compared (?:to|with)|up from)\s*(?:my |the )?(?:usual |normal )?(\d{1,3}(?:\.\d)?)`,
    'i',
  ).exec(q);
  const fromTo = new RegExp(String.raw`\bfrom\s*(\d{1,3}(?:\.\d)?)\s*${unit}?\s*(?:a week\s*)?to\s*(\d{1,3}(?:\.\d)?)\s*${unit}`, 'i').exec(q);
  // "i did 14 hours last week and 9 the week before"
  const weekBefore = new RegExp(
    String.raw`\b(\d{1,3}(?:\.\d)?)\s*${unit}\s*(?:this|last) week\b[^.?!\d]{0,20}?(\d{1,3}(?:\.\d)?)\s*${unit}?\s*(?:the )?(?:week|one) before\b`,
    'i',
  ).exec(q);
  // "did 12h this week, usually 8", "14 hrs last week, normally do 9".
  const usually = new RegExp(
    String.raw`\b(\d{1,3}(?:\.\d)?)\s*${unit}\s*(?:this|last) week\b[,;:.]?\s*(?:(?:i|i'?m|im)\s*)?(?:usually|normally|typically)\s*(?:do\s*|train\s*|about\s*|around\s*|~\s*)?(\d{1,3}(?:\.\d)?)\b`,
    'i',
  ).exec(q);
  let now: number;
  let usual: number;
  let u: string;
  if (instead) [now, u, usual] = [Number(instead[1]), instead[2]!, Number(instead[3])];
  else if (usually) [now, u, usual] = [Number(usually[1]), usually[2]!, Number(usually[3])];
  else if (weekBefore) [now, u, usual] = [Number(weekBefore[1]), weekBefore[2]!, Number(weekBefore[3])];
  else if (fromTo) [usual, now, u] = [Number(fromTo[1]), Number(fromTo[3]), fromTo[4]!];
  else return [];
  if (!(usual > 0) || now <= usual) return [];
  const label = /^h/i.test(u) ? 'h' : 'min';
  const acwr = now / ((3 * usual + now) / 4);
  const verdict =
    acwr >= 1.5
      ? 'above the 1.5 spike line: hold or cut next week by 20–30 % rather than repeat it'
      : acwr > 1.3
        ? 'under the 1.5 spike line but above 1.3, which calls for caution: keep next week at about this load rather than add more'
        : 'within the usual range (1.3 or less)';
  return [
    {
      kind: 'load_jump',
      advice: acwr > 1.3 ? 'ease' : 'as_planned',
      text: `${now} ${label} against a usual ${usual} ${label} is **${round((now / usual - 1) * 100)} % more** in one week; after three usual weeks that puts the rolling-average acute:chronic ratio at about **${round(acwr, 2)}**, ${verdict}.`,
    },
  ];
}

/** The wave or start time a member gives, in minutes after midnight, and whether they wrote am/pm. */
export function waveStart(q: string): { minutes: number; ampm: boolean } | undefined {
  // A wave or start time; a "race at" time only with am/pm or "starts at" (a 1:30 goal is a finish time, not a clock).
  const m =
    /\b(?:wave|heat|gun|start time|starts?|race (?:starts?|begins?|is) at)\b[^.?!\d]{0,20}?(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b(?!\s*(?:min|km|kg|h\b|hours|weeks|days|x|pace|finish|goal))/i.exec(
      q,
    ) ??
    /\brace\b[^.?!\d]{0,12}?(\d{1,2})(?::(\d{2}))?\s*(am|pm)\b/i.exec(q) ??
    // "an 8am wave", "my 10:40 start"
    /\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\s*(?:wave|heat|start)\b/i.exec(q);
  // "a morning race at 9", "afternoon wave at 3:30": the part of the day says am or pm.
  const day = /\b(morning|afternoon|evening)\b/i.exec(q)?.[1]?.toLowerCase();
  const part =
    m ??
    (day
      ? /\b(?:morning|afternoon|evening)\b[^.?!\d]{0,25}?\b(?:at|is at|starts? at)\s*(\d{1,2})(?::(\d{2}))?\b(?!\s*(?:min|km|kg|h\b|hours|weeks|days|x))/i.exec(
          q,
        )
      : null);
  if (!part || (part[2] === undefined && !part[3] && !day)) return undefined;
  let h = Number(part[1]);
  const min = Number(part[2] ?? 0);
  // Without am or pm: the part of the day decides, else 1–6 o'clock is the afternoon (no wave starts at 3 am).
  const ampm = part[3]?.toLowerCase() ?? (day === 'morning' ? 'am' : day ? 'pm' : h >= 1 && h <= 6 ? 'pm' : undefined);
  if (h > 23 || min > 59 || (ampm && h > 12)) return undefined;
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  return { minutes: h * 60 + min, ampm: ampm !== undefined };
}

/** Carbohydrate asked for the race itself: gels, fuel or carbs during the race, or "do i need a gel" with a race length. */
const RACE_FUEL_ASK =
  /\b(?:gels?|carbs?|carbohydrates?|fuel(?:ling|ing)?|sports? drink|chews?)\b[^.?!]{0,40}\b(?:during|in|through(?:out)?|mid)\b[^.?!]{0,12}\b(?:the |a |my )?(?:race|hyrox|event)\b|\b(?:during|in|mid)[- ]?(?:the |a |my )?(?:race|hyrox)\b[^.?!]{0,40}\b(?:gels?|carbs?|carbohydrates?|fuel\w*)\b|\bin[- ]race (?:fuel\w*|carbs?|gels?|nutrition)\b|\bdo i need (?:a |any )?gels?\b|\bgels? (?:mid|on course)\b/i;

/**
 * "do i need gels during hyrox? going for 1:45", "how many carbs during the race, expecting about 1h35": 30–60 g of
 * carbohydrate an hour (ACSM 2016) over the member's own race length, and what that means in gels; under about 75 minutes
 * a gel is optional (Jeukendrup 2014: small amounts or a mouth rinse).
 */
function raceFuel(q: string, f: QuestionFacts): Calculation[] {
  if (!RACE_FUEL_ASK.test(q)) return [];
  const said =
    /\b(?:expect\w*|around|about|aim\w*|going for|finish\w*|target\w*|~|sub|in|race (?:takes?|of))\s*(?:a |about |around |~)?([1-2]:[0-5]\d)\b(?!\s*(?:\/|per\b|pace|am\b|pm\b))/i.exec(
      q,
    );
  const sec = f.goalSec ?? (said ? finishSec(said[1]!) : undefined);
  if (sec === undefined || sec < 45 * 60 || sec > 4 * 3600) return [];
  const h = sec / 3600;
  const race = `${Math.floor(sec / 3600)}:${String(Math.round((sec % 3600) / 60)).padStart(2, '0')}`;
  if (sec < 75 * 60)
    return [
      {
        kind: 'carbs',
        text: `For a race of about ${race}, **a gel is optional**: under about 75 minutes small amounts of carbohydrate or a mouth rinse give most of the benefit (at 30–60 g an hour it would be ${round(30 * h, 1)}–${round(60 * h, 1)} g); a good pre-race meal matters more.`,
      },
    ];
  return [
    {
      kind: 'carbs',
      text: `For a race of about ${race}, 30–60 g of carbohydrate an hour is **about ${round(30 * h, 1)}–${round(60 * h, 1)} g in the race**: one or two gels or drinks you have tested in training (count the grams on the label), taken in a Roxzone before a run, for example after the Sled Pull and after the Row.`,
    },
  ];
}

/**
 * The race-day clock from the member's wave time ("my wave is 10:40", "race is at 2pm"), when the
 * question asks when to eat, arrive, warm up or take caffeine: the timeline counted back from the
 * start (meal 2–4 h before, arrive 2 h before for a first race or 60–90 min when experienced,
 * caffeine 60 min, warm-up from 35 to 15 min, start pen 15 min before).
 */
function raceDayClock(q: string, f?: QuestionFacts): Calculation[] {
  if (!/\b(eat|breakfast|meal|lunch|food|arriv\w*|get (to|there)|be (at|there)|warm[- ]?up|caffeine|coffee|what time|when)\b/i.test(q)) return [];
  // "my wave is at 8am, should i change when i train?" asks about training hours, not the race morning.
  if (
    /\b(when|what time|time of day)\b[^.?!]{0,15}\b(i |to )?(train|run|work ?out|do my sessions)\b|\btrain(ing)? (in the |at the )?(morning|evening|same time)\b/i.test(
      q,
    )
  )
    return [];
  const wave = waveStart(q);
  if (!wave) return [];
  const { minutes: start, ampm } = wave;
  const at = (before: number) => {
    const x = (((start - before) % 1440) + 1440) % 1440;
    const [hh, mm] = [Math.floor(x / 60), x % 60];
    return ampm ? `${hh % 12 === 0 ? 12 : hh % 12}:${String(mm).padStart(2, '0')} ${hh < 12 ? 'am' : 'pm'}` : `${hh}:${String(mm).padStart(2, '0')}`;
  };
  // "race is at 9:20, im 74kg, what should i eat that morning and what time?": the meal leads, with its time and, with a body
  // mass, its grams (Coach K's default of about 2 g/kg about 3 h before, inside ACSM 2016's 1–4 g/kg 1–4 h before).
  const food = /\b(eat|eating|breakfast|meal|lunch|food|carbs?|fuel\w*)\b/i.test(askedText(q)) || /\bwhat (?:should|do|can) i eat\b/i.test(q);
  const kg = f?.bodyMassKg;
  if (food) {
    const late = start >= 12 * 60;
    const grams = kg !== undefined ? `about 2 g/kg of carbohydrate, **about ${round(kg * 2)} g** at ${kg} kg` : 'about 2 g/kg of carbohydrate';
    const topUp = kg !== undefined ? `about 0.5 g/kg (${round(kg * 0.5)} g)` : 'about 0.5 g/kg';
    return [
      {
        kind: 'race_day',
        text: `Start at ${at(0)}: **eat your pre-race meal at about ${at(180)}** (3 h before: ${grams}, familiar and low in fibre and fat; anywhere from ${at(240)} to ${at(120)} works${late ? '' : ', and if that is too early, about 1 g/kg an hour before instead'})${late ? `, after your normal breakfast in the morning` : ''}; an optional top-up of ${topUp}, such as a gel or a banana, at ${at(60)}–${at(30)}; caffeine, only if you use it in training, at about **${at(60)}** (about 60 min before the start); **arrive by ${at(120)}** for a first race (${at(90)}–${at(60)} if you have raced before); **warm up ${at(35)}–${at(15)}** (in the venue's warm-up area); be in the start pen by **${at(15)}**. Nothing new on race day.`,
      },
    ];
  }
  return [
    {
      kind: 'race_day',
      text: `Start at ${at(0)}: **eat ${at(240)}–${at(120)}** (a familiar, mostly carbohydrate meal 2–4 h before); **arrive by ${at(120)}** for a first race or with a bag to drop, ${at(90)}–${at(60)} if you have raced before; caffeine, only if you use it in training, at about **${at(60)}** (about 60 min before the start); **warm up ${at(35)}–${at(15)}** (in the venue's warm-up area); be in the start pen by **${at(15)}**.`,
    },
  ];
}

/** Roxzone total ÷ 8 transitions, against the budget for a goal time. */
function roxzone(q: string, f: QuestionFacts): Calculation[] {
  const m = /\broxzone\b[^\d]{0,25}(\d{1,2}:\d{2})/i.exec(q);
  // "if the roxzone is 8 min total, how much per transition"
  const mins = m ? undefined : /\broxzone\b[^\d]{0,25}(\d{1,2}(?:\.\d)?)\s*min\w*\b/i.exec(q);
  // "whats a good roxzone time target per transition for a 1:20 athlete": the goal's Roxzone budget.
  const athlete = /\b([1-3]:\d{2})\s*(?:athlete|finisher|racer|runner|guy|girl|finish|goal|target)\b/i.exec(q);
  const goal = f.goalSec ?? (athlete ? finishSec(athlete[1]!) : undefined);
  if (
    !m &&
    !mins &&
    goal &&
    goal >= 2700 &&
    goal <= 14400 &&
    /\b(?:per|each|a) transition\b/i.test(q) &&
    /\btarget|\bgood\b|\bshould|\baim\b|\bbudget/i.test(q)
  ) {
    const budget = planPacing({ goalSec: goal, division: f.division ?? 'open_men' }).roxzone;
    return [
      {
        kind: 'roxzone',
        text: `At a ${t(goal)} finish the Roxzone budget is about ${t(Math.round(budget.totalSec))} in total, **about ${Math.round(budget.perTransitionSec)} s per transition** (8 transitions).`,
      },
    ];
  }
  // "whats a realistic roxzone time per transition", "how long should i spend in the roxzone? lost 9 mins there": with no
  // goal, the model's budget at the common finishes (and the member's own time per transition when given).
  if (
    !goal &&
    !m &&
    /\b(?:realistic|good|normal|average|typical|should|target|aim|budget|ideal|spend)\b|\bhow (?:long|much time) (?:should|do|does|will|would|to|is (?:good|normal|realistic))\b/i.test(
      askedText(q),
    ) &&
    /\broxzone\b|\btransitions?\b/i.test(askedText(q)) &&
    // "what should i be thinking about in there": what to think in the Roxzone, not its time.
    !/\bthink\w*|\bfocus\w*|\bmind\b|\bhead\b|\bsay(?:ing)?\b|\btell(?:ing)? myself\b|\bmental\w*/i.test(askedText(q))
  ) {
    const division = f.division ?? 'open_men';
    const tiers = [3600, 4500, 5400, 6300].map((sec) => ({ sec, r: planPacing({ goalSec: sec, division }).roxzone }));
    const own = mins ? `Your ${t(Math.round(Number(mins[1]) * 60))} is **${Math.round((Number(mins[1]) * 60) / 8)} s per transition** (÷ 8). ` : '';
    return [
      {
        kind: 'roxzone',
        text: `${own}The model's Roxzone budget (${DIVISION_LABELS[division]}, ${round(ROXZONE_SHARE[sexOf(division)] * 100, 1)} % of the finish, over 8 transitions): ${tiers.map(({ sec, r }) => `**${Math.round(r.perTransitionSec)} s per transition** at ${t(sec)} (${t(Math.round(r.totalSec))} in total)`).join(', ')}.`,
      },
    ];
  }
  if (!m && !(mins && /\b(?:per|each|a) transition\b/i.test(q))) return [];
  const total = m ? clockSec(m[1]!) : Math.round(Number(mins![1]) * 60);
  const per = total / 8;
  let text = `${t(total)} over 8 transitions is **${Math.round(per)} s per transition**.`;
  // "…how much would i save getting to 6 min?": the member's own Roxzone target against the total.
  const aim = /\b(?:get(?:ting)?|got|bring(?:ing)?|cut(?:ting)?|down|drop(?:ping)?)\b[^.?!\d]{0,15}\bto\s*(\d{1,2}(?::\d{2})?)\s*(min\w*)?/i.exec(
    q.slice(m ? m.index + m[0].length : 0),
  );
  const aimSec = aim ? (aim[1]!.includes(':') ? clockSec(aim[1]!) : aim[2] ? Number(aim[1]) * 60 : NaN) : NaN;
  if (aimSec > 0 && aimSec < total)
    text += ` Getting to ${t(aimSec)} saves **${t(total - aimSec)}** (${Math.round((total - aimSec) / 8)} s per transition).`;
  if (f.goalSec && f.goalSec >= 2700 && f.goalSec <= 14400) {
    const budget = planPacing({ goalSec: f.goalSec, division: f.division ?? 'open_men' }).roxzone;
    const over = total - budget.totalSec;
    text += ` The budget at a ${t(f.goalSec)} finish is about ${t(Math.round(budget.totalSec))} (${Math.round(budget.perTransitionSec)} s each), so you are ${over > 0 ? `${t(Math.round(over))} over it` : `${t(Math.round(-over))} inside it`}.`;
  }
  return [{ kind: 'roxzone', text }];
}

/** A run against the planned pace: how much faster or slower, and the run-1 ceiling (0.97 × the average). */
function runVsPlan(q: string, f: QuestionFacts): Calculation[] {
  const planned =
    /\bplan(?:ned)?\s*(?:an?\s*)?(?:average\s*)?(?:of\s*)?(\d{1,2}:\d{2})\s*(?:\/|per )?\s*km/i.exec(q) ??
    /(\d{1,2}:\d{2})\s*(?:\/|per )\s*km\s*(?:average|avg)/i.exec(q);
  const run = /\b(?:did|ran|went)\s*(?:run ?1|the first (?:run|km))?\s*(?:in|at)?\s*(\d{1,2}:\d{2})|\brun ?1\s*(?:in|at|was)\s*(\d{1,2}:\d{2})/i.exec(
    q,
  );
  if (!planned || !run) return [];
  const avg = clockSec(planned[1]!);
  const actual = clockSec((run[1] ?? run[2])!);
  const diff = (avg - actual) / avg;
  const ceiling = Math.round(avg * 0.97);
  const verdict = diff > 0.03 ? 'too fast' : diff < -0.03 ? 'slower than planned' : 'on plan';
  void f;
  return [
    {
      kind: 'run_vs_plan',
      text: `${t(actual)} against a planned ${t(avg)}/km average is **${round(Math.abs(diff) * 100)} % ${diff >= 0 ? 'faster' : 'slower'}: ${verdict}**. Run 1 should be at most 0.97 × the average, **${t(ceiling)}/km** for a ${t(avg)} plan; more than 3 % faster than the planned split is the most common root cause of a bad race.`,
    },
  ];
}

/** Relay kilometres run close to fresh 10 km pace, about 5 % faster than a singles Hyrox run. */
function relayPace(q: string, f: QuestionFacts): Calculation[] {
  if (f.team !== 'relay' || f.paces.length + f.splits.length === 0) {
    const bare = /\b(\d{1,2}:\d{2})\b/.exec(q);
    if (f.team !== 'relay' || !bare) return [];
    return relayFrom(clockSec(bare[1]!));
  }
  return relayFrom(f.paces[0]?.sec ?? 0);
}

function relayFrom(sec: number): Calculation[] {
  if (sec < 150 || sec > 600) return [];
  return [
    {
      kind: 'relay',
      text: `A relay leg is 2 × 1 km on fresher legs, so it can run close to fresh 10 km pace, about 5 % faster than a singles Hyrox run: from ${t(sec)}/km that is **about ${t(Math.round(sec * 0.95))}/km**.`,
    },
  ];
}

/** Weeks before the race in which a deficit still fits: maintenance from competition preparation (8 weeks out). */
const DIET_STOPS_WEEKS_OUT = 8;

/** Asks how fast to lose weight: the most, or how much, a week. */
const ASKS_LOSS_RATE =
  /\b(max(imum)?|most|how (much|many kg|many kilos|fast|quickly)|safe|rate)\b[^.?!]{0,40}\b(a|per|each) ?week\b[^.?!]{0,30}\b(los[et]|losing|drop|cut)|\b(los[et]|losing|drop|cut)\w*\b[^.?!]{0,30}\b(a|per|each) ?week\b|\bhow (fast|quickly|quick) (should|can|could|do) i (?:safely |realistically |healthily )?(lose|drop|cut|shed)/i;

/** 0.5–1 % of body mass a week (about 0.7 % kept lean mass in Garthe 2011), and the weeks left for it before the last 8. */
function lossRange(mass: number, weeks: number | undefined): Calculation {
  const kg = (share: number) => round((mass * share) / 100, 2);
  let text = `At ${mass} kg, 0.5–1 % of body mass a week is **${kg(0.5)}–${kg(1)} kg a week**, with about ${kg(0.7)} kg (0.7 %) as the target that kept lean mass and strength in the study behind it.`;
  if (weeks !== undefined) {
    const dietWeeks = weeks - DIET_STOPS_WEEKS_OUT;
    text +=
      dietWeeks > 0
        ? ` With the race ${weeks} weeks away, eat at maintenance for the last ${DIET_STOPS_WEEKS_OUT} weeks: that leaves ${dietWeeks} weeks, about **${round(kg(0.5) * dietWeeks, 1)}–${round(kg(1) * dietWeeks, 1)} kg** in all.`
        : ` At ${weeks} weeks out you are inside the last ${DIET_STOPS_WEEKS_OUT} weeks, where Coach K eats at maintenance so training quality comes first.`;
  }
  return { kind: 'weight_loss_rate', text };
}

/**
 * "Lose 6 kg before my race in 20 weeks, currently 88 kg: realistic?": the weekly rate over the
 * weeks a deficit fits (up to 8 weeks out; maintenance after), as a share of body mass, against
 * the knowledge base's 0.5–1 % a week (about 0.7 % kept lean mass, Garthe 2011).
 */
function weightLossRate(q: string, f: QuestionFacts): Calculation[] {
  // "drop from 92 to 85kg": the difference is the loss, the first figure the mass.
  const fromTo =
    /\b(?:lose|losing|drop|dropping|cut|cutting|shed|get|go|going)\s*(?:down\s*)?from\s*(\d{2,3}(?:\.\d)?)\s*(?:kg|kilos?)?\s*(?:to|down to)\s*(\d{2,3}(?:\.\d)?)\s*(?:kg|kilos?)\b/i.exec(
      q,
    );
  // "86kg now and want to be 80kg by race day", "want to get down to 80kg, currently 86": the mass now and the target.
  const nowThen =
    fromTo ??
    /\b(\d{2,3}(?:\.\d)?)\s*(?:kg|kilos?)\s*(?:now|currently|at the moment|atm|today)\b[^.?!]{0,40}?\b(?:be|get (?:down )?to|hit|reach|down to|weigh)\s*(?:about |around |~)?(\d{2,3}(?:\.\d)?)\s*(?:kg|kilos?)\b/i.exec(
      q,
    ) ??
    /\b(?:now|currently|at the moment|i'?m|i am|weigh)\s*(\d{2,3}(?:\.\d)?)\s*(?:kg|kilos?)\b[^.?!]{0,40}?\b(?:want|wanna|hoping|aim\w*|trying) to (?:be|get (?:down )?to|hit|reach|weigh)\s*(?:about |around |~)?(\d{2,3}(?:\.\d)?)\s*(?:kg|kilos?)\b/i.exec(
      q,
    );
  const target = nowThen && Number(nowThen[1]) > Number(nowThen[2]) ? nowThen : null;
  const said = /\b(?:lose|losing|drop|dropping|cut|shed)\s*(?:about |around |~)?(\d{1,2}(?:\.\d)?)\s*(?:kg|kilos?)\b/i.exec(q);
  const lose = target ? round(Number(target[1]) - Number(target[2]), 1) : said ? Number(said[1]) : undefined;
  const mass = target
    ? Number(target[1])
    : (f.bodyMassKg ?? Number(/\b(?:currently|now|at|from|of|weigh(?:ing)?)\s*(\d{2,3}(?:\.\d)?)\s*(?:kg|kilos?)\b/i.exec(q)?.[1] ?? NaN));
  const weeks = f.weeksToRace;
  // "cutting from 92kg, whats the max per week i should be losing?": the range for the member's mass.
  if (lose === undefined && mass > 0 && ASKS_LOSS_RATE.test(q)) return [lossRange(mass, weeks)];
  if (lose === undefined || !(mass > 0) || weeks === undefined) return [];
  const kg = lose;
  const dietWeeks = weeks - DIET_STOPS_WEEKS_OUT;
  if (!(kg > 0) || kg >= mass) return [];
  if (dietWeeks <= 0)
    return [
      {
        kind: 'weight_loss_rate',
        advice: 'ease',
        // The diet-stop rule applied to the member's race date decides the answer (keep cutting or stop), as an engine's would.
        engine: true,
        text: `At ${weeks} weeks out you are already inside the last ${DIET_STOPS_WEEKS_OUT} weeks, where Coach K eats at maintenance so training quality comes first: **this is not the time to lose ${kg} kg**; race at your current weight and plan the loss for after the race.`,
      },
    ];
  const perWeek = kg / dietWeeks;
  const share = (perWeek / mass) * 100;
  const verdict =
    share <= 1
      ? share < 0.5
        ? 'under the 0.5–1 % a week range, so it is **realistic** and gentle on training'
        : 'inside the 0.5–1 % a week range (about 0.7 % kept lean mass in the study behind it), so it is **realistic**'
      : 'above the 1 % a week ceiling, so it is **too fast** to keep training quality: aim for less, or take longer';
  return [
    {
      kind: 'weight_loss_rate',
      ...(share > 1 ? { advice: 'ease' as const } : {}),
      // "how much is that per week as a % of 80kg": the sum asked first, over all the weeks, then over the weeks Coach K diets.
      text: `${
        /\bper week\b|\ba week\b|\bweekly\b|%|\bpercent/i.test(q) && dietWeeks < weeks
          ? `Over all ${weeks} weeks, ${kg} kg is ${round(kg / weeks, 2)} kg a week, ${round((kg / weeks / mass) * 100, 2)} % of ${mass} kg. But `
          : ''
      }${kg} kg over the ${dietWeeks} weeks before maintenance starts (${DIET_STOPS_WEEKS_OUT} weeks out) is **${round(perWeek, 2)} kg a week, ${round(share, 2)} % of ${mass} kg**: ${verdict}.`,
    },
  ];
}

/** Asks which 5 km or 10 km a goal finish needs ("what should my 10k be for a sub 1:20?"). */
const ASKS_RUN_FOR_GOAL =
  /\b(5|10) ?k(m)?\b[^?]{0,50}\b(need|needed|should|for|to (get|go|run|break|hit))\b|\b(need|needed|should)\b[^?]{0,30}\b(5|10) ?k(m)?\b/i;

/** Race distances a member converts between, in metres. */
const RACE_DISTANCES: Record<string, { m: number; name: string }> = {
  mile: { m: 1609.344, name: 'a mile' },
  '5k': { m: 5000, name: '5 km' },
  '10k': { m: 10000, name: '10 km' },
  half: { m: 21097.5, name: 'a half marathon' },
  marathon: { m: 42195, name: 'a marathon' },
};
const distanceKey = (word: string): string =>
  /^mile/i.test(word) ? 'mile' : /^5/.test(word) ? '5k' : /^10/.test(word) ? '10k' : /^half/i.test(word) ? 'half' : 'marathon';
/** "what would my half be from a 48:00 10k", "predict my 5k from a 6:50 mile": the distance asked for. */
export const RACE_EQUIVALENT_ASK =
  /\b(?:what(?:'s| is| would| will| could| should)?|predict|estimate|guess)\b[^.?!]{0,25}?\b(?:my |a |the )?(5 ?k|10 ?k|5 ?km|10 ?km|half(?: marathon)?|marathon|mile)\b(?! (?:pace|splits?|training|plan|run))/i;

/**
 * One fresh race time to another distance by Riegel's formula, t2 = t1 × (d2 ÷ d1)^1.06 (the exponent the knowledge base
 * uses for 5 km → 10 km): "my 10k is 48:00, what would a half marathon be?" → about 1:45:54.
 */
function raceEquivalent(q: string, f: QuestionFacts): Calculation[] {
  if (/\bhyrox\b/i.test(q)) return [];
  const ask = RACE_EQUIVALENT_ASK.exec(q);
  if (!ask) return [];
  const to = distanceKey(ask[1]!);
  // "what pace is that per mile?" asks a pace, not a mile race.
  if (to === 'mile' && /\bper mile\b|\/ ?mile\b|\bmile pace\b|\bpace\b[^.?!]{0,20}\bmile\b/i.test(q)) return [];
  const mile = /\b(?:1 ?)?mile (?:is|in|of|at|time (?:is|of))?\s*(\d{1,2}:\d{2})\b|\b(\d{1,2}:\d{2}) ?(?:min )?mile\b/i.exec(q);
  const from: [string, number] | undefined =
    to !== '10k' && f.tenKmSec !== undefined
      ? ['10k', f.tenKmSec]
      : to !== '5k' && f.fiveKmSec !== undefined
        ? ['5k', f.fiveKmSec]
        : to !== 'mile' && mile
          ? ['mile', clockSec((mile[1] ?? mile[2])!)]
          : undefined;
  if (!from) return [];
  const [a, b] = [RACE_DISTANCES[from[0]]!, RACE_DISTANCES[to]!];
  const sec = Math.round(from[1] * (b.m / a.m) ** RIEGEL_EXPONENT);
  return [
    {
      kind: 'time_change',
      text: `By Riegel's formula (time × (distance ratio)^${RIEGEL_EXPONENT}), ${t(from[1])} for ${a.name} is **about ${t(sec)} for ${b.name}** (${formatPace(sec / (b.m / 1000))}): an estimate that assumes you are trained for that distance.`,
    },
  ];
}

/** Fresh-race ranges a 5 km or 10 km goal can fall in, in seconds (a "sub 48" beside a 52-minute 10 km is no Hyrox goal). */
const RUN_GOAL_RANGE: Record<'5k' | '10k', [number, number]> = { '5k': [720, 2700], '10k': [1560, 5400] };

/**
 * A running goal against the member's own 5 km or 10 km (pure): how much faster, as time, % and pace, per week when the
 * weeks are given, and the one training study the knowledge base has for scale (Muñoz et al. 2014: recreational runners
 * improved their 10 km by 3.6–5.0 % in a training block).
 */
function runGoal(q: string, f: QuestionFacts): Calculation[] {
  if (/\bhyrox\b/i.test(q) || (f.fiveKmSec === undefined) === (f.tenKmSec === undefined)) return [];
  const key = f.tenKmSec !== undefined ? '10k' : '5k';
  const now = (f.tenKmSec ?? f.fiveKmSec)!;
  const goal = RUN_GOAL.exec(askedText(q)) ?? RUN_GOAL.exec(q);
  if (!goal) return [];
  const g = goal[1]!.includes(':') ? clockSec(goal[1]!) : Number(goal[1]) * 60;
  const [lo, hi] = RUN_GOAL_RANGE[key];
  if (g < lo || g > hi || g >= now) return [];
  const km = key === '10k' ? 10 : 5;
  const pct = ((now - g) / now) * 100;
  const weeks = /\b(\d{1,2}) ?(?:weeks?|wks?)\b/i.exec(q);
  const perWeek = weeks ? `, about ${round(pct / Number(weeks[1]), 1)} % a week over ${weeks[1]} weeks` : '';
  return [
    {
      kind: 'run_goal',
      text: `${t(g)} is **${t(now - g)} faster than your ${t(now)} ${km} km: ${round(pct, 1)} %** (${formatPace(now / km)} → ${formatPace(g / km)})${perWeek}. For scale, recreational runners in one training study improved their 10 km by 3.6–5.0 % over the block (Muñoz et al. 2014), so ${pct > 5 ? 'more than that is ambitious: it needs more time or a bigger change in your running' : 'a gain of this size is in that range with consistent training'}.`,
    },
  ];
}

/** "did 1:38 at my first hyrox, is that average or bad?": the judgement asked of a finish. */
const ASKS_JUDGEMENT =
  /\b(?:is|was|'?s) (?:that|it|this|my time|the time)\b[^.?!]{0,25}\b(?:average|good|bad|decent|normal|respectable|ok|okay|slow|fast|terrible|rubbish|alright)\b|\b(?:good|bad|decent|average|normal|respectable|slow|fast) (?:time|result|finish)\b/i;
/** First-timers' finishes in the knowledge base's community analysis (men 1:40–2:00, women 1:55–2:15). */
const FIRST_TIMERS = { men: [6000, 7200], women: [6900, 8100] } as const;
/** The average finisher of the field, about 1:30 (community analyses). */
const AVERAGE_FINISH = 5400;

/**
 * Whose finish a time is judged against: the division read, then the sex the member gives ("im a guy"), then a word for a
 * person in the message ("my wife did 1:35"; with \`partners\`, a wife or husband counts too). Undefined: both are shown.
 */
function raceSex(q: string, f: QuestionFacts, partners: boolean): 'men' | 'women' | undefined {
  if (f.division) return sexOf(f.division);
  if (f.sex) return f.sex === 'female' ? 'women' : 'men';
  if (new RegExp(String.raw`\b(woman|women|female|girl|she|her${partners ? '|wife' : ''})\b`, 'i').test(q)) return 'women';
  if (new RegExp(String.raw`\b(man|men|male|guy|lad|he|his${partners ? '|husband' : ''})\b`, 'i').test(q)) return 'men';
  return undefined;
}

/**
 * A finish the member has done, judged against the field (pure): for a first race, the first-timer range of their sex
 * (both when not said); otherwise the average finisher at about 1:30, with sub-1:30 about the top 25–30 %.
 */
function finishBenchmark(q: string, f: QuestionFacts): Calculation[] {
  const done = DONE_FINISH.exec(q) ?? /\b(?:i )?(?:did|got|ran|finished in|clocked)\s*(?:a\s*)?(\d:\d{2}(?::\d{2})?)\b/i.exec(q);
  if (!done || !ASKS_JUDGEMENT.test(askedText(q)) || WANTED_FINISH.test(q)) return [];
  const sec = finishSec(done[1]!);
  if (!(sec >= 2700 && sec <= 14400)) return [];
  const first = /\b(first|1st|debut)\b/i.test(q);
  const sex = raceSex(q, f, true);
  if (first) {
    const whereFor = (x: 'men' | 'women') => {
      const r = FIRST_TIMERS[x];
      return sec < r[0] ? 'faster than most first-timers' : sec <= r[1] ? 'a typical first-race time' : 'slower than most first-timers';
    };
    const range = (x: 'men' | 'women') => `${formatHoursMinutes(FIRST_TIMERS[x][0])}–${formatHoursMinutes(FIRST_TIMERS[x][1])}`;
    const no = 'There is no time cap, and your next race is judged against this one.';
    if (sex) return [{ kind: 'benchmark', text: `**${t(sec)} is ${whereFor(sex)}**: ${sex} usually finish a first race in ${range(sex)}. ${no}` }];
    const [m, w] = [whereFor('men'), whereFor('women')];
    return [
      {
        kind: 'benchmark',
        text:
          m === w
            ? `**${t(sec)} is ${m}**: men usually finish a first race in ${range('men')}, women in ${range('women')}. ${no}`
            : `For a man, **${t(sec)} is ${m}** (${range('men')}); for a woman, **${w}** (${range('women')}). ${no}`,
      },
    ];
  }
  const where =
    sec < AVERAGE_FINISH
      ? 'faster than the average finisher'
      : sec - AVERAGE_FINISH <= 300
        ? 'close to the average finisher'
        : 'slower than the average finisher';
  return [
    {
      kind: 'benchmark',
      text: `**${t(sec)} is ${where}**: community analyses put the average finish at about 1:30, and sub-1:30 is roughly the top 25–30 % of the field.`,
    },
  ];
}

/** Asks whether a pace is good enough ("is 7:30/km too slow for hyrox runs?", "is 5:45/km a decent race pace?"). */
const ASKS_PACE_JUDGED =
  /\btoo (?:slow|fast)\b|\b(?:fast|quick) enough\b|\bis (?:that|this|it|\d{1,2}:\d{2}\s*(?:\/|per |a )?\s*(?:km|k|mile|mi)?) (?:a )?(?:good|decent|ok|okay|bad|slow|normal|respectable|competitive)\b/i;

/**
 * "is 7:30/km too slow for hyrox runs? … first race, im a woman": the finish a race-run pace fits in the race model (the
 * runs' share of the finish), against the first-timer or average finishes. An engine's rule on the member's pace.
 */
function runPaceJudged(q: string, f: QuestionFacts): Calculation[] {
  if (f.goalSec !== undefined || f.fiveKmSec !== undefined || f.tenKmSec !== undefined || !ASKS_PACE_JUDGED.test(q)) return [];
  // The race's runs, not a training run's pace ("my easy runs are 6:30/km, too slow?").
  if (!/\bhyrox\b|\brace\b|\bsims?\b|\bcompromised\b|\bafter (?:the )?stations\b/i.test(q)) return [];
  if (/\b(?:easy|long|recovery|tempo|threshold|zone ?[12]|interval|steady|training|jog)\s+(?:run|runs|running|pace|jogs?)\b/i.test(q)) return [];
  const m = /\b(\d{1,2}:\d{2})\s*(?:min(?:ute)?s?\s*)?(?:\/|per |a )\s*(km|k\b|kilomet\w*|mi(?:le)?)\b/i.exec(q);
  if (!m) return [];
  const perKm = /^mi/i.test(m[2]!) ? clockSec(m[1]!) / KM_PER_MILE : clockSec(m[1]!);
  if (!(perKm >= 180 && perKm <= 720)) return [];
  const sex = raceSex(q, f, false);
  const first = /\b(first|1st|debut|never (?:done|raced))\b/i.test(q);
  const runs = Math.round(perKm * 8);
  const fits = (x: 'men' | 'women') => Math.round(runs / RUN_SHARE[x]);
  const pace = `${t(Math.round(perKm))}/km`;
  const share = (x: 'men' | 'women') => `${round(RUN_SHARE[x] * 100, 1)} %`;
  // The verdict, then the finish the pace fits for one sex: [verdict, reason].
  const judge = (x: 'men' | 'women'): [string, string] => {
    const finish = fits(x);
    const model = `running is about ${share(x)} of a ${x === 'women' ? "woman's" : "man's"} finish in Coach K's race model, so ${pace} fits a finish of about ${formatHoursMinutes(finish)}`;
    if (first) {
      const [lo, hi] = FIRST_TIMERS[x];
      const where = finish < lo ? 'faster than most first-timers' : finish <= hi ? 'a typical first-race time' : 'slower than most first-timers';
      return [
        finish <= hi ? 'Not too slow for a first race' : 'On the slow side for a first race',
        `${model}, ${where} (${x} usually finish a first race in ${formatHoursMinutes(lo)}–${formatHoursMinutes(hi)})`,
      ];
    }
    return [
      finish <= AVERAGE_FINISH ? 'Not too slow' : "Slower than an average finisher's runs",
      `${model}, against an average finish of about 1:30`,
    ];
  };
  const running = `${pace} over the 8 km is ${t(runs)} of running`;
  if (sex) {
    const [word, why] = judge(sex);
    return [{ kind: 'split', engine: true, text: `**${word}**: ${running}, and ${why}.` }];
  }
  const [men, women] = [judge('men'), judge('women')];
  return [
    {
      kind: 'split',
      engine: true,
      text:
        men[0] === women[0]
          ? `**${men[0]}**: ${running}. For a man ${men[1]}; for a woman ${women[1]}.`
          : `${running}. For a man, **${men[0].toLowerCase()}**: ${men[1]}; for a woman, **${women[0].toLowerCase()}**: ${women[1]}.`,
    },
  ];
}

/** The fresh 5 km and 10 km a goal finish needs (the prediction model run backwards). */
function runNeeded(q: string, f: QuestionFacts): Calculation[] {
  if (f.goalSec === undefined || f.goalSec < 2700 || f.goalSec > 14400 || !ASKS_RUN_FOR_GOAL.test(q)) return [];
  const division: Division = f.division ?? 'open_men';
  const need = runTimesForGoal(f.goalSec, division);
  // "5k in 20 min, is sub 1:30 realistic?": the member's own run time against the one the goal needs answers it first.
  const mine =
    f.fiveKmSec !== undefined
      ? { sec: f.fiveKmSec, needSec: need.fiveKmSec, dist: '5 km' }
      : f.tenKmSec !== undefined
        ? { sec: f.tenKmSec, needSec: need.tenKmSec, dist: '10 km' }
        : undefined;
  const verdict = !mine
    ? ''
    : mine.sec <= mine.needSec
      ? `Your ${t(mine.sec)} ${mine.dist} is ${t(mine.needSec - mine.sec)} faster than the ${t(mine.needSec)} a ${t(f.goalSec)} needs: **on your running, ${t(f.goalSec)} is realistic**, and the stations decide it. `
      : `Your ${t(mine.sec)} ${mine.dist} is ${t(mine.sec - mine.needSec)} slower than the ${t(mine.needSec)} a ${t(f.goalSec)} needs: **${t(f.goalSec)} asks for stations better than average, or a faster ${mine.dist} first**. `;
  return [
    {
      kind: 'run_needed',
      text: `${verdict}For a ${t(f.goalSec)} finish (${DIVISION_LABELS[division]}${f.division ? '' : ', assumed'}), the runs are about ${t(need.runsSec)}, an average of ${formatPace(need.paceSecPerKm)} on the Hyrox kilometres; that needs a fresh **10 km of about ${t(need.tenKmSec)}** (${formatPace(need.tenKmSec / 10)}) or a **5 km of about ${t(need.fiveKmSec)}**, with stations at the level of the same finish. A faster 5 km buys room on the stations; a slower one means the stations must be better than average for the goal.`,
    },
  ];
}

/** A finish the member has done ("did 1:35", "my pb is 1:42", "currently 1:38") and one they want ("want 1:25", "aiming for sub 1:30"). */
const DONE_FINISH =
  /\b(?:did|ran|got|finished(?: in)?|clocked|pb(?: is| of)?|pr(?: is| of)?|currently(?: at)?|last (?:race|time|year)(?: was| i did)?|current(?: time)?(?: is)?)\s*(?:a\s*|an?\s*)?(\d:\d{2}(?::\d{2})?)\b/i;
const WANTED_FINISH =
  /\b(?:want(?:ing)?(?: to (?:go|get|run|do|break|hit))?|goal(?: is| of)?|aim(?:ing)?(?: for)?|target(?:ing)?|to (?:go|get|break|hit)|get (?:under|to)|break|sub)\s*(?:a\s*|an?\s*|sub[- ]?)?(\d:\d{2}(?::\d{2})?)\b/i;
/** Asks where the time between the two has to come from. */
const ASKS_WHERE_GAP =
  /\bwhere\b|\bhow (much|many)\b|\bhow far (?:off|away|am i)\b|\bwhich\b|\bfind\b|\bfrom\b|\bsplit\b|\bbreak (it|that) down\b|\bwhat (do|would) i (need|have) to\b/i;

/**
 * "did 1:35, want 1:25: where do i find 10 minutes?": the gap split by the time model (runs, stations, Roxzone at the
 * shares of a balanced race), with the run gap per km and each station's share.
 */
function gapToGoal(q: string, f: QuestionFacts): Calculation[] {
  // "to go from 1:35 to sub 1:25" names both at once.
  const span = /\bfrom (?:a\s*)?(\d:\d{2}(?::\d{2})?) (?:to|down to|->|→) (?:a\s*)?(?:sub[- ]?)?(\d:\d{2}(?::\d{2})?)\b/i.exec(q);
  const done = span ? span[1] : DONE_FINISH.exec(q)?.[1];
  const wanted = span ? span[2] : WANTED_FINISH.exec(q)?.[1];
  if (!done || !wanted || !ASKS_WHERE_GAP.test(q)) return [];
  // "went from 1:35 to 1:29, what percent improvement is that": the change as a share (timeChange), not where it came from.
  if (/%|\bper ?cent/i.test(q) && !/\bwhere\b|\bsplit\b|\bbreak (?:it|that) down\b|\bwhich\b/i.test(q)) return [];
  const from = finishSec(done);
  const to = finishSec(wanted);
  if (!(from > to && to >= 2700 && from <= 14400)) return [];
  // "if i take all of it off the runs, how much faster per km": the whole gap over the 8 km, not the balanced split.
  if (/\ball (?:of )?(?:it|that|the time|the gap|of the time)\b[^.?!]{0,20}\b(?:off|from|on|in) (?:the |my )?run/i.test(q))
    return [
      {
        kind: 'gap_to_goal',
        text: `From ${t(from)} to ${t(to)} is ${t(from - to)}; taken all off the 8 runs that is **${t(Math.round((from - to) / 8))} faster per km** (${t(from - to)} ÷ 8), with the stations and the Roxzone unchanged.`,
      },
    ];
  const division = f.division ?? 'open_men';
  const a = planPacing({ goalSec: from, division });
  const b = planPacing({ goalSec: to, division });
  const runs = a.totals.runsSec - b.totals.runsSec;
  const stations = a.totals.stationsSec - b.totals.stationsSec;
  const rox = a.totals.roxzoneSec - b.totals.roxzoneSec;
  const biggest = [...a.stations]
    .map((s) => ({ name: s.name, d: s.targetSec - b.stations.find((x) => x.id === s.id)!.targetSec }))
    .sort((x, y) => y.d - x.d)
    .slice(0, 2);
  // "12 weeks till race … how much per week": the gap spread over the weeks given.
  const perWeek =
    f.weeksToRace !== undefined && f.weeksToRace > 0 && /\b(?:per|a|each) week\b/i.test(q)
      ? ` Over ${f.weeksToRace} weeks that is **about ${t(Math.round((from - to) / f.weeksToRace))} a week** on average.`
      : '';
  return [
    {
      kind: 'gap_to_goal',
      text: `From ${t(from)} to ${t(to)} is **${t(from - to)}**. Split as a balanced race (${DIVISION_LABELS[division]}${f.division ? '' : ', assumed'}): **${t(Math.round(runs))} from the runs** (${Math.round(runs / 8)} s per km, ${formatPace(a.averageRunSecPerKm)} → ${formatPace(b.averageRunSecPerKm)}), **${t(Math.round(stations))} from the stations** (most from the ${biggest.map((x) => `${x.name.toLowerCase()} ${Math.round(x.d)} s`).join(' and ')}) and ${t(Math.round(rox))} from the Roxzone. Your own splits show where your race differs from the balanced one: the biggest gaps to the ${t(to)} targets come first.${perWeek}`,
    },
  ];
}

/** "wall balls 100 reps at 4 sec each, how long is that": reps × seconds. */
function repsTimesSeconds(q: string): Calculation[] {
  const m =
    /\b(\d{2,3})\s*(?:reps?|wall ?balls?|burpees?|lunges?)\s*(?:at|@|x|×)\s*(\d{1,2}(?:\.\d)?)\s*(?:s|sec|secs|seconds?)\s*(?:each|a rep|per rep|apiece)?\b/i.exec(
      q,
    );
  if (!m || !/\bhow long\b|\btotal\b|\bin minutes\b|\bhow many min/i.test(q)) return [];
  const sec = Number(m[1]) * Number(m[2]);
  return [{ kind: 'rep_pace', text: `${m[1]} reps at ${m[2]} s each is ${round(sec)} s: **${t(Math.round(sec))}**.` }];
}

/** "i did 60 burpee broad jumps in 80m, how far per jump?": the station's 80 m ÷ the jumps. */
function jumpLength(q: string, f: QuestionFacts): Calculation[] {
  if (!f.stations.includes('burpee_broad_jumps') || !/\bhow (far|long)\b|\bper (jump|rep|burpee)\b|\beach (jump|rep|burpee)\b/i.test(q)) return [];
  const m = /\b(\d{2,3})\s*(?:burpee broad jumps|burpees?|broad jumps|jumps|reps)\b/i.exec(q);
  const n = m ? Number(m[1]) : NaN;
  if (!(n >= 20 && n <= 200)) return [];
  const metres = stationById('burpee_broad_jumps').distanceM!;
  return [{ kind: 'jump_count', text: `${metres} m in ${n} jumps is **${round(metres / n, 2)} m per jump**.` }];
}

/** "100m of lunges if each lunge is 80cm, how many reps": the station's 100 m ÷ the step. */
function lungeCount(q: string, f: QuestionFacts): Calculation[] {
  if (!f.stations.includes('sandbag_lunges') || !/\bhow many\b/i.test(q)) return [];
  const m =
    /\b(\d{2,3})\s*cm\b|\b(\d(?:\.\d{1,2})?)\s*(?:m|metres?|meters?)\b\s*(?:per|each|a) (?:lunge|step|rep)/i.exec(q) ??
    /\b(?:stride|step|lunge)s?\s*(?:length\s*)?(?:is|are|of|=|about|around)\s*(?:about |around |~)?()(\d(?:\.\d{1,2})?)\s*(?:m|metres?|meters?)\b/i.exec(
      q,
    );
  const step = m ? (m[1] ? Number(m[1]) / 100 : Number(m[2])) : NaN;
  if (!(step >= 0.4 && step <= 2)) return [];
  const metres = stationById('sandbag_lunges').distanceM!;
  return [
    {
      kind: 'jump_count',
      text: `${metres} m at ${round(step, 2)} m a lunge is **${Math.ceil(metres / step - 1e-9)} lunges** (each step counts as one).`,
    },
  ];
}

/** "what's 75% of a 140kg squat": the share of a load the member gives. */
function percentOfLoad(q: string): Calculation[] {
  const m =
    /\b(\d{1,3}(?:\.\d+)?)\s*%\s*(?:of|for)\s*(?:a |an |my |the |your )?(\d{1,3}(?:\.\d+)?)\s*(kg|kgs|kilos?|lbs?)\b/i.exec(q) ??
    // "whats 70 percent of my 1rm of 100kgs": the max named between the share and its load.
    /\b(\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)\s*(?:of|for)\s*(?:a |an |my |the |your )?(?:(?:1 ?rm|one rep max|max)\s*(?:of|is|=|at)?\s*)(\d{1,3}(?:\.\d+)?)\s*(kg|kgs|kilos?|lbs?)?\b/i.exec(
      q,
    );
  // "my back squat 1rm is 120kg, what is 75% for my sets": the max said first, the share asked after it.
  const max = m
    ? null
    : // "my 1rm back squat is 140kg, whats 70%", "deadlift max 180, want to work at 80 percent" (a heart rate is heartRate's).
      /\b(?:1 ?rm|one rep max|max)\b(?! ?(?:hr|heart))[^\d.?!]{0,25}(\d{2,3}(?:\.\d+)?)\s*(kg|kilos?|lbs?)?(?![\d:])[^?]{0,40}?\b(\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)/i.exec(
        q,
      );
  if ((!m && !max) || (max && /\bheart ?rate\b|\bhrr?\b|\bbpm\b|\breserve\b|\bkarvonen\b/i.test(q))) return [];
  const [pct, load, unit] = m
    ? [Number(m[1]), Number(m[2]), m[3] ? (/^lb/i.test(m[3]) ? 'lb' : 'kg') : '']
    : [Number(max![3]), Number(max![1]), max![2] ? (/^lb/i.test(max![2]) ? 'lb' : 'kg') : ''];
  const u = unit ? ` ${unit}` : '';
  const weight = round((pct / 100) * load, 1);
  // "i want to work at 70-80%": both ends of the range.
  const range = /\b(\d{2,3})\s*%?\s*(?:-|–|to)\s*(\d{2,3})\s*(?:%|percent\b|per cent\b)/i.exec(q);
  const low = Number(range?.[1] ?? NaN);
  if (range && low < pct && low >= 30)
    return [
      {
        kind: 'percent',
        text: `${low}–${pct} % of ${load}${u} is **${round((low / 100) * load, 1)}–${weight}${u}** (${low / 100} × ${load} to ${pct / 100} × ${load}).`,
      },
    ];
  // "… bar is 20kg so what per side": the second ask, the plates a side for that weight.
  const bar = /\bbar(?:bell)?\s*(?:is|=|weighs)?\s*(\d{1,2}(?:\.\d)?)\s*(?:kg|kgs)\b|\b(\d{1,2}(?:\.\d)?)\s*(?:kg|kgs)\s*bar\b/i.exec(q);
  const barKg = Number(bar?.[1] ?? bar?.[2] ?? NaN);
  const side =
    unit !== 'lb' && barKg > 0 && weight > barKg && /\b(?:per|each|a) side\b|\beach end\b/i.test(q)
      ? ` With the ${barKg} kg bar that is (${weight} − ${barKg}) ÷ 2 = **${round((weight - barKg) / 2, 2)} kg a side**.`
      : '';
  // "bench 1rm 225 lbs, 70% of that in kg?": the pounds' result in kilograms too, bold as the answer asked.
  if (unit === 'lb' && /\bin (?:kg|kilos?)\b|\bhow many (?:kg|kilos?)\b|\bkg\s*\?/i.test(q))
    return [{ kind: 'percent', text: `${pct} % of ${load} lb is ${weight} lb, which is **${round(weight * KG_PER_LB, 1)} kg** (× 0.4536).` }];
  return [{ kind: 'percent', text: `${pct} % of ${load}${u} is **${weight}${u}**.${side}` }];
}

/** Minutes as hours and minutes ("5 h 30 min", "45 min", "4 h"). */
function hoursText(min: number): string {
  const h = Math.floor(min / 60);
  const rest = round(min % 60);
  return rest === 0 ? `${h} h` : h === 0 ? `${rest} min` : `${h} h ${rest} min`;
}

/** An amount the member gives with its unit: hours, minutes, km, miles, kg, lb or AU. */
const AMOUNT = /\b(\d{1,4}(?:\.\d+)?)\s*(hours?|hrs?|h|min(?:ute)?s?|mins|km|kms|kilomet(?:re|er)s?|miles?|mi|kg|kgs|kilos?|lbs?|au)\b/gi;

/**
 * "my training this week was 5 hours, how much next week if i increase by 10%?", "add 10% to 40 km": the amount with the
 * share added (or taken off: "cut 20% from 50 km").
 */
function percentChange(q: string): Calculation[] {
  const up =
    /\b(?:increas\w*|add(?:ing)?|rais\w*|bump\w*|up(?:ping)?|go(?:ing)? up|build(?:ing)?)\b(?:[^.?!%]{0,30}?\bby)?\s*(\d{1,2}(?:\.\d)?)\s*%|\b(\d{1,2}(?:\.\d)?)\s*%\s*(?:more|increase|on top|extra)\b/i.exec(
      q,
    );
  const down = up
    ? null
    : /\b(?:cut\w*|reduc\w*|drop\w*|decreas\w*|lower\w*|tak(?:e|ing) off)\b(?:[^.?!%]{0,30}?\bby)?\s*(\d{1,2}(?:\.\d)?)\s*%|\b(\d{1,2}(?:\.\d)?)\s*%\s*(?:less|fewer|lower)\b/i.exec(
        q,
      );
  const m = up ?? down;
  if (
    !m ||
    !/\bhow (?:much|many|long|far)\b|\bwhat(?:'?s| is| would| will| do i)\b|\bnext week\b|\breach\b|\bend up\b|\b(?:add|increase|cut|reduce)\b[^.?!]{0,12}%\s*(?:to|on|from)\b/i.test(
      q,
    )
  )
    return [];
  const pct = Number(m[1] ?? m[2]);
  // "add 10% to 40 km": the amount after the share; else the one amount the message gives.
  const after = /^\s*(?:to|on(?: top of)?|from|of)\s*(?:my |the |a |this )?/i.exec(q.slice(m.index + m[0].length));
  const amounts = [...q.matchAll(AMOUNT)].filter((a) => !/%/.test(q.slice(a.index + a[0].length, a.index + a[0].length + 2)));
  const target = after ? amounts.find((a) => a.index === m.index + m[0].length + after[0].length) : undefined;
  const distinct = new Set(amounts.map((a) => a[0].toLowerCase()));
  const amount = target ?? (distinct.size === 1 ? amounts[0] : undefined);
  if (!amount || pct <= 0 || pct >= 100) return [];
  const value = Number(amount[1]);
  const unit = amount[2]!.toLowerCase();
  const time = /^(h|hrs?|hours?)$/.test(unit) ? value * 60 : /^min/.test(unit) ? value : undefined;
  const label = /^km|^kilomet/.test(unit) ? 'km' : /^mi/.test(unit) ? 'miles' : /^(kg|kilo)/.test(unit) ? 'kg' : /^lb/.test(unit) ? 'lb' : 'AU';
  // "add 10% a week … what do i reach in 4 weeks": the share compounded over the weeks.
  const weekly = /\b(?:a|per|each|every) week\b/i.test(q.slice(m.index, m.index + m[0].length + 12))
    ? /\b(?:in|for|over|after) (\d{1,2}) weeks\b/i.exec(q)
    : null;
  const weeks = weekly ? Number(weekly[1]) : 1;
  const factor = (up ? 1 + pct / 100 : 1 - pct / 100) ** weeks;
  const sign = up ? '+' : '−';
  if (weeks > 1 && weeks <= 26 && time === undefined)
    return [
      {
        kind: 'percent',
        text: `${value} ${label} ${sign} ${pct} % a week for ${weeks} weeks = ${value} × ${round(up ? 1 + pct / 100 : 1 - pct / 100, 2)}^${weeks} = **${round(value * factor, 1)} ${label}**.`,
      },
    ];
  const text =
    time !== undefined
      ? `${hoursText(time)} ${sign} ${pct} % = **${hoursText(time * factor)}**${time * factor >= 60 ? ` (${round(time * factor)} min)` : ''}.`
      : `${value} ${label} ${sign} ${pct} % = **${round(value * factor, 1)} ${label}**.`;
  return [{ kind: 'percent', text }];
}

/** "100 wall balls in sets of 15, how many sets and whats the last one?": whole sets and the remainder. */
function setsOf(q: string, f: QuestionFacts): Calculation[] {
  const size = /\bsets? of (\d{1,3})\b|\b(\d{1,3})[- ]?rep sets\b|\bin (\d{1,2})s\b/i.exec(q);
  // "5 sets of 20 … how long is that?" gives the sets; their time is setTime's.
  if (!size || /\b\d{1,2}\s*(?:sets|x)\s*(?:of\s*)?\d/i.test(q) || !/\bhow many (?:sets|rounds)\b|\blast (?:one|set|round)\b/i.test(q)) return [];
  const per = Number(size[1] ?? size[2] ?? size[3]);
  const named = /\b(\d{2,3})\s*(?:reps?|wall ?balls?|burpees?|lunges?|push[- ]?ups?|squats?|cals?|calories)\b/i.exec(q);
  // "the wall balls in sets of 15": the station's reps.
  const total = named ? Number(named[1]) : f.stations.length === 1 && f.stations[0] === 'wall_balls' ? stationById('wall_balls').reps! : NaN;
  if (!(per >= 2 && total > per && total <= 1000)) return [];
  // "doubles, we split the 100 wall balls 50/50 in sets of 10. how many sets each": each partner's half in sets.
  const halves =
    /\b50 ?\/ ?50\b|\bhalf (?:each|of them each)\b|\b(?:split|share)\w*\b[^.?!]{0,30}\b(?:evenly|equally|in half)\b/i.test(q) &&
    total % 2 === 0 &&
    total / 2 > per;
  if (halves) {
    const half = total / 2;
    const w = Math.floor(half / per);
    const r = half - w * per;
    return [
      {
        kind: 'rep_pace',
        text: `${total} reps split 50/50 is ${half} each: **${w} sets of ${per}${r ? ` and a last set of ${r}` : ''} each**${r ? ` (${w + 1} sets)` : ''}.`,
      },
    ];
  }
  const whole = Math.floor(total / per);
  const rest = total - whole * per;
  return [
    {
      kind: 'rep_pace',
      text:
        rest === 0
          ? `${total} reps in sets of ${per} is **${whole} sets of ${per}**.`
          : `${total} reps in sets of ${per} is **${whole} sets of ${per} and a last set of ${rest}** (${whole + 1} sets).`,
    },
  ];
}

/** "30% of my 1 rep max front squat is 30kg, whats my 1rm? and what weight for 70%?": the max from the share, and the shares asked. */
function maxFromShare(q: string): Calculation[] {
  const MAX = String.raw`(?:my |a |the )?(?:1 ?rep ?max|one ?rep ?max|1 ?rm|max)\b(?:\s+[a-z]+){0,3}?`;
  // "30% of my 1rm is 30kg" or "70kg is 80% of my 1rm".
  const shareFirst = new RegExp(
    String.raw`\b(\d{1,3}(?:\.\d+)?)\s*%\s*of\s*${MAX}\s*(?:is|=|was|are)\s*(\d{1,3}(?:\.\d+)?)\s*(kg|kgs|kilos?|lbs?)\b`,
    'i',
  ).exec(q);
  const loadFirst = shareFirst
    ? null
    : new RegExp(String.raw`\b(\d{1,3}(?:\.\d+)?)\s*(kg|kgs|kilos?|lbs?)\s*(?:is|=|was)\s*(\d{1,3}(?:\.\d+)?)\s*%\s*of\s*${MAX}`, 'i').exec(q);
  const given = shareFirst ?? loadFirst;
  if (!given) return [];
  const [pct, load, unitWord] = shareFirst ? [Number(given[1]), Number(given[2]), given[3]!] : [Number(given[3]), Number(given[1]), given[2]!];
  if (!(pct > 0 && pct <= 100 && load > 0)) return [];
  const unit = /^lb/i.test(unitWord) ? 'lb' : 'kg';
  const max = load / (pct / 100);
  const rest = q.slice(given.index + given[0].length);
  const asked = [...rest.matchAll(/\b(\d{1,3}(?:\.\d+)?)\s*%/g)].map((m) => Number(m[1])).filter((x) => x > 0 && x <= 120 && x !== pct);
  const shares = [...new Set(asked)].map((x) => `${x} % of it is **${round((max * x) / 100, 1)} ${unit}**`);
  return [
    {
      kind: 'percent',
      text: `${load} ${unit} ÷ ${pct} % = **a 1RM of ${round(max, 1)} ${unit}**${shares.length ? `; ${shares.join(', ')}` : ''}.`,
    },
  ];
}

/**
 * "last race 1:38:20, want to take 8 minutes off: what time is that and how much per km if all from the runs": the new
 * finish, and the time off spread over the 8 km of running.
 */
function timeOff(q: string, f: QuestionFacts): Calculation[] {
  const off =
    /\b(?:take|taking|knock\w*|shave|shaving|cut|cutting|drop|dropping|chop\w*)\s*(?:off\s*)?(?:about |around |~)?(\d{1,2}(?:\.\d)?)\s*(?:min(?:ute)?s?|mins)\b(?:\s*off\b)?|\b(\d{1,2}(?:\.\d)?)\s*(?:min(?:ute)?s?|mins)\s*(?:faster|quicker|off)\b/i.exec(
      q,
    );
  // "drop 2:30 off my 1:27:40": a cut said as minutes and seconds.
  const clockOff = off
    ? null
    : /\b(?:take|taking|knock\w*|shave|shaving|cut|cutting|drop|dropping|chop\w*)\s*(?:off\s*)?(\d{1,2}:\d{2}|\d{1,3}\s*(?:s|sec|secs|seconds))\s*(?:off|from)\b/i.exec(
        q,
      );
  // A finish said as "1:38" only without a station named ("my sled push was 3:40" is a station time).
  const finish =
    /\b(\d:\d{2}:\d{2})\b/.exec(q) ??
    (f.stations.length === 0
      ? (/\b(?:race|finish(?:ed)?|time|pb|pr|did|was|ran)\b[^.?!\d]{0,12}([123]:\d{2})\b(?![:/]|\s*(?:\/|per )\s*(?:km|k\b|mile|500))/i.exec(q) ??
        /\b([123]:\d{2})\s*(?:race|finish|hyrox|pb|pr)\b/i.exec(q))
      : null);
  // …when the new time or the per-km saving is asked ("what should i focus on" is not a sum).
  const asks =
    /\bwhat (?:time|finish)\b|\bwhat(?:'?s| is| would be| will be) (?:that|this|the new|my new)\b|\bwhat (?:would|will) (?:that|it|this|i) be\b|\boff (?:my |a |the )?\d:\d{2}(?::\d{2})?\s*\?|\bnew (?:time|finish)\b|\b(?:my|the|a) (?:new )?(?:target|goal)\b|\bper km\b|\ba km\b|\/km\b/i;
  const several = savings(q);
  if (several.length >= 2 && finish && asks.test(q)) {
    const from = finishSec(finish[1]!);
    const cut = several.reduce((a, x) => a + x.sec, 0);
    if (from >= 2700 && from <= 14400 && cut < from / 3)
      return [{ kind: 'time_change', text: `${t(from)} − ${several.map((x) => x.label).join(' − ')} = **${t(from - cut)}**.` }];
  }
  if ((!off && !clockOff) || !finish || !asks.test(q)) return [];
  const from = finishSec(finish[1]!);
  const cut = off ? Math.round(Number(off[1] ?? off[2]) * 60) : clockOff![1]!.includes(':') ? clockSec(clockOff![1]!) : parseInt(clockOff![1]!, 10);
  if (!(from >= 2700 && from <= 14400 && cut > 0 && cut < from / 3)) return [];
  const perKm = cut / 8;
  const runs = /\bper km\b|\ba km\b|\/km\b|\bruns?\b|\brunning\b|\bpace\b/i.test(q)
    ? `; taken all from the 8 km of running, that is **${round(perKm, 1)} s per km faster**`
    : '';
  return [{ kind: 'time_change', text: `${t(from)} − ${t(cut)} = **${t(from - cut)}**${runs}.` }];
}

/**
 * "did 2 runs at 4:50/km, 1 at 5:15 and the rest at 5:30, whats the total for 8km": each count times its pace, "the rest"
 * the runs left of the total, summed. Several paces are never read as 8 × the first.
 */
function mixedRunPaces(q: string): Calculation[] {
  if (!/\btotal\b|\bhow long\b|\bfinish\b|\baltogether\b|\boverall\b|\badd(?:s|ed)? up\b/i.test(q)) return [];
  const totalKm = Number(/\b(?:for|of|over|in) (?:the |all |my |all my )?(\d{1,2}) ?(?:km|k|kilomet\w*)\b/i.exec(q)?.[1] ?? 8);
  const parts: { n: number; sec: number }[] = [];
  const re = /\b(\d|one|two|three|four|five|six|seven)\s*(?:(?:x|×)\s*1 ?km\s*|runs?\s*|kms?\s*|of them\s*)?(?:at|@|in)\s*(\d{1,2}:\d{2})\b(?!:)/gi;
  for (const m of q.matchAll(re)) parts.push({ n: numberWord(m[1]!), sec: clockSec(m[2]!) });
  const rest = /\b(?:the )?(?:rest|others?|remaining(?: ones| runs| kms?)?)\s*(?:at|@|in)\s*(\d{1,2}:\d{2})\b(?!:)/i.exec(q);
  const counted = parts.reduce((a, p) => a + p.n, 0);
  if (rest && counted < totalKm) parts.push({ n: totalKm - counted, sec: clockSec(rest[1]!) });
  const n = parts.reduce((a, p) => a + p.n, 0);
  if (parts.length < 2 || n !== totalKm || parts.some((p) => p.n < 1 || p.sec < 150 || p.sec > 900)) return [];
  const total = parts.reduce((a, p) => a + p.n * p.sec, 0);
  return [
    {
      kind: 'convert',
      text: `${parts.map((p) => `${p.n} × ${t(p.sec)}`).join(' + ')} = **${t(total)}** for the ${totalKm} km of running.`,
    },
  ];
}

/**
 * "my 5k is 24:30, what hyrox run split if compromised running is ~15-20s/km slower": the member's own assumption, used
 * as given, on their 5 km pace.
 */
function assumedRunPace(q: string, f: QuestionFacts): Calculation[] {
  if (f.fiveKmSec === undefined) return [];
  const m = /(\d{1,2})\s*(?:s|secs?|seconds?)?\s*(?:-|–|to)\s*(\d{1,2})\s*(?:s|secs?|seconds?)\s*(?:\/|per |a )\s*(?:km|k)\b\s*slower\b/i.exec(q);
  if (!m) return [];
  const lo = Number(m[1]);
  const hi = Number(m[2]);
  if (!(lo > 0 && hi >= lo && hi <= 90)) return [];
  const pace = Math.round(f.fiveKmSec / 5);
  return [
    {
      kind: 'convert',
      text: `Your 5 km in ${t(f.fiveKmSec)} is ${t(pace)}/km, so ${lo}–${hi} s/km slower is **${t(pace + lo)}–${t(pace + hi)}/km** for the race's runs, ${t((pace + lo) * 8)}–${t((pace + hi) * 8)} for the 8 km.`,
    },
  ];
}

/** "im 78kg and sled push at 152kg is what percent of my bodyweight? and sled pull 103?": each load over the body mass. */
function loadPerBodyMass(q: string, f: QuestionFacts): Calculation[] {
  const body = f.bodyMassKg;
  if (body === undefined || !/%|\bpercent|\bper cent|\btimes\b/i.test(q) || !/\bbody ?(?:weight|mass)\b|\bbw\b|\bmy weight\b/i.test(q)) return [];
  const loads = [
    ...q.matchAll(
      /\b(?:sled (?:push|pull)|push|pull|carry|farmers?|load)\w*\s*(?:at|of|is|=)?\s*(\d{2,3}(?:\.\d)?)\s*(?:kg|kgs)?\b(?!\s*(?:%|m\b|min|s\b|lb))/gi,
    ),
  ]
    .map((m) => Number(m[1]))
    .filter((x) => x !== body && x >= 10 && x <= 400);
  // "lunges 100m with 20kg bag": a load named by its kit.
  for (const m of q.matchAll(/\b(\d{1,3}(?:\.\d)?)\s*(?:kg|kgs)\s*(?:sand)?(?:bag|vest|ball|wall ?ball|kettlebell|bell|dumbbell)s?\b/gi))
    if (Number(m[1]) !== body && !loads.includes(Number(m[1])) && !/\b2\s*(?:x|×)\s*$/i.test(q.slice(0, m.index))) loads.push(Number(m[1]));
  // "sandbag is 20kg", "the wall ball = 9 kg": the kit named before its load.
  for (const m of q.matchAll(
    /\b(?:sand)?(?:bag|vest|ball|wall ?ball|kettlebell|bell|dumbbell)s?\s*(?:is|was|=|of|at|weighs|weighing)?\s*(?:about |around |~\s*)?(\d{1,3}(?:\.\d)?)\s*(?:kg|kgs)\b/gi,
  ))
    if (Number(m[1]) !== body && !loads.includes(Number(m[1]))) loads.push(Number(m[1]));
  // "carry 2x24kg kettlebells": the pair together.
  const pair = /\b(2)\s*(?:x|×)\s*(\d{1,2}(?:\.\d)?)\s*(?:kg|kgs)\b/i.exec(q);
  if (!loads.length && pair) {
    const total = Number(pair[1]) * Number(pair[2]);
    return [
      {
        kind: 'percent',
        text: `${pair[1]} × ${pair[2]} kg = ${total} kg is **${Math.round((total / body) * 100)} % of your ${body} kg** body mass (${round((Number(pair[2]) / body) * 100)} % a hand).`,
      },
    ];
  }
  if (!loads.length) return [];
  const pct = (x: number) => Math.round((x / body) * 100);
  const [first, ...rest] = loads;
  return [
    {
      kind: 'percent',
      text: `${first} kg is **${pct(first!)} % of your ${body} kg** body mass (${first} ÷ ${body})${rest.map((x) => `; ${x} kg is **${pct(x)} %**`).join('')}.`,
    },
  ];
}

/** "if roxzone is like 7% of my 1:40 race how many minutes is that, and per transition?": a share of the member's finish. */
function shareOfFinish(q: string): Calculation[] {
  const m = /\b(\d{1,2}(?:\.\d)?)\s*(?:%|percent|per cent)\s*of\s*(?:my|a|the|your)?\s*(\d:\d{2}(?::\d{2})?)\b(?![:/])/i.exec(q);
  if (!m) return [];
  const from = finishSec(m[2]!);
  if (!(from >= 2700 && from <= 14400)) return [];
  const part = Math.round((from * Number(m[1])) / 100);
  const each = /\b(?:per|each|a) transition\b|\bper roxzone\b/i.test(q) ? `, about **${round(part / 8, 1)} s per transition** (÷ 8)` : '';
  return [{ kind: 'percent', text: `${m[1]} % of ${t(from)} is **${t(part)}**${each}.` }];
}

/** "my last race 1:38, runs 52 min total. whats my avg per km": the run total over 8 km, and what the rest of the finish was. */
function runShare(q: string, f: QuestionFacts): Calculation[] {
  if (f.stations.length || !/\bper km\b|\ba km\b|\/km\b|\bavg\b|\baverage\b|\bpace\b/i.test(q)) return [];
  const runs =
    /\b(?:runs?|running)\b[^.?!\d]{0,12}(\d{2,3})\s*(?:min|mins|minutes?)\b|\b(\d{2,3})\s*(?:min|mins|minutes?)\s*(?:of )?(?:running|runs?)\b/i.exec(
      q,
    );
  const finish = /\b(\d:\d{2}(?::\d{2})?)\b(?![:/]|\s*(?:\/|per )\s*(?:km|k\b|mile|500))/.exec(q);
  if (!runs || !finish) return [];
  const run = Number(runs[1] ?? runs[2]) * 60;
  const from = finishSec(finish[1]!);
  if (!(from >= 2700 && from <= 14400 && run >= 1200 && run < from)) return [];
  return [
    {
      kind: 'split',
      text: `${t(run)} of running ÷ 8 km is **${t(Math.round(run / 8))}/km**; the other ${t(from - run)} of your ${t(from)} (${Math.round(((from - run) / from) * 100)} %) was stations and Roxzone.`,
    },
  ];
}

/** The savings a question names ("20 sec off each run and 1 min off total roxzone"): seconds each, × 8 for each run or transition. */
function savings(q: string): { sec: number; label: string }[] {
  const out: { sec: number; label: string }[] = [];
  const re = /\b(\d{1,3}(?:\.\d)?)\s*(s|secs?|seconds?|min|mins|minutes?)\s*(?:off|faster|quicker)\b([^.?!,\d]{0,30})/gi;
  for (const m of q.matchAll(re)) {
    const sec = Math.round(Number(m[1]) * (/^m/i.test(m[2]!) ? 60 : 1));
    const each = /^\s*(?:on |from |in )?(?:each|every|per|a)\s+(?:of (?:the |my )?(?:8 )?)?(run|km|k|roxzone|transition|station)/i.exec(m[3]!);
    const part = /\b(run|km|roxzone|transition|station)s?\b/i.exec(m[3]!)?.[1]?.toLowerCase();
    if (each) {
      const what = each[1]!.toLowerCase() === 'roxzone' ? 'transition' : each[1]!.toLowerCase() === 'k' ? 'km' : each[1]!.toLowerCase();
      out.push({ sec: sec * 8, label: `${t(sec * 8)} (${sec} s × 8 ${what}s)` });
    } else out.push({ sec, label: `${t(sec)}${part ? ` (${part === 'roxzone' ? 'Roxzone' : part})` : ''}` });
  }
  return out;
}

/**
 * "my dumbbells are 35lb each, is that heavier or lighter than the 16kg for open women farmers?": the first weight in the
 * second's unit, and the difference.
 */
function weightVersus(q: string, f: QuestionFacts): Calculation[] {
  // "i weigh 160lb, is 24kg heavier than i should use": the member's body mass is not kit to compare.
  if (f.bodyMassKg !== undefined) return [];
  if (!/\bheavier\b|\blighter\b|\bmore or less\b|\bthe same\b|\bclose (?:to|enough)\b|\bcompare\w*\b|\bvs\.?\b|\bversus\b|\benough\b/i.test(q))
    return [];
  // "2x24kg": the x before the number is no word boundary.
  const weights = [...q.matchAll(/(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*(kg|kgs|kilos?|lbs?|pounds?)\b/gi)].map((m) => ({
    value: Number(m[1]),
    lb: /^(lb|pound)/i.test(m[2]!),
    mine: /\b(?:my|i have|i've got|i got|has|have|only)\b[^.?!\d]{0,25}$/i.test(q.slice(0, m.index)),
  }));
  if (weights.length !== 2 || weights[0]!.lb === weights[1]!.lb) return [];
  // "farmers carry 2x24kg, my gym only has 50 lb dumbbells": the member's kit is the weight compared.
  if (weights[1]!.mine && !weights[0]!.mine) weights.reverse();
  const [mine, other] = weights as [{ value: number; lb: boolean; mine: boolean }, { value: number; lb: boolean; mine: boolean }];
  const unit = other.lb ? 'lb' : 'kg';
  const converted = other.lb ? mine.value / KG_PER_LB : mine.value * KG_PER_LB;
  const diff = round(converted, 1) - other.value;
  const same = Math.abs(converted - other.value) / other.value < 0.025;
  const word = diff < 0 ? 'lighter' : 'heavier';
  const gap = round(Math.abs(diff), 1);
  return [
    {
      kind: 'convert',
      text: `${mine.value} ${mine.lb ? 'lb' : 'kg'} is ${round(converted, 1)} ${unit}: ${gap === 0 ? `**the same as ${other.value} ${unit}**` : `**${gap} ${unit} ${word} than ${other.value} ${unit}**${same ? ', effectively the same' : ''}`}.`,
    },
  ];
}

/**
 * "my sled push at 152kg takes 3:00. if i train at 120kg whats that as % of race weight": the training load as a share of
 * the station's race load (the one the member gives, else the division's).
 */
function shareOfRaceWeight(q: string, f: QuestionFacts): Calculation[] {
  if (!/%|\bper ?cent|\bpercentage\b/i.test(q) || !/\b(?:race|competition|hyrox)\s*(?:weight|load)\b|\bof (?:the )?race\b/i.test(q)) return [];
  const named = f.stations.filter((id) => stationById(id).loadKg);
  if (named.length !== 1 || /\b\d{1,3}\s*%/.test(q)) return [];
  const s = stationById(named[0]!);
  const loads = Object.values(s.loadKg!) as number[];
  const kgs = f.weightsKg.filter((w) => w > 0);
  const race = kgs.find((w) => loads.includes(w)) ?? (f.division ? s.loadKg![f.division] : undefined);
  const train = kgs.filter((w) => w !== race);
  if (race === undefined || train.length !== 1) return [];
  return [
    {
      kind: 'percent',
      text: `${train[0]} kg ÷ ${race} kg = **${round((train[0]! / race) * 100)} % of the ${s.name.toLowerCase()} race weight**.`,
    },
  ];
}

/** "i did the row in 4:20 today, whats that per 500m?": a SkiErg or row time without its distance is the race's 1,000 m. */
function ergRaceSplit(q: string, f: QuestionFacts): Calculation[] {
  if (!/\bper 500|\/ ?500|\b500 ?m? (?:split|pace)|\bsplits?\b|\bwhat (?:pace|split)\b/i.test(q)) return [];
  // "did the ski in 4:38 and row in 4:12, the 500 split for each": both machines, each with the time after its name.
  if (f.stations.length === 2 && f.stations.includes('skierg') && f.stations.includes('row') && f.splits.length + f.paces.length === 0) {
    const after = (name: string) =>
      new RegExp(
        String.raw`\b(?:${name})\b[^.?!\d]{0,15}?\b(?:took|was|is|in|at|=|:)?\s*(?:about |around |~)?(\d{1,2}:\d{2})\b(?!\s*(?:\/|per ))`,
        'i',
      ).exec(q);
    const ski = after('ski ?-?ergs?|ski');
    const row = after('row(?:ed|ing|er)?');
    const skiSec = ski ? clockSec(ski[1]!) : NaN;
    const rowSec = row ? clockSec(row[1]!) : NaN;
    if (!(skiSec >= 150 && skiSec <= 900 && rowSec >= 150 && rowSec <= 900)) return [];
    return [
      {
        kind: 'split',
        text: `The race's 1,000 m SkiErg in ${t(skiSec)} is **${split(skiSec / 2)} per 500 m**; the 1,000 m row in ${t(rowSec)} is **${split(rowSec / 2)} per 500 m** (the splits the monitors show).`,
      },
    ];
  }
  const id = f.stations[0];
  if (f.stations.length !== 1 || (id !== 'skierg' && id !== 'row') || f.splits.length + f.paces.length > 0) return [];
  // "my skierg was 4:40": the time after the machine's name.
  const said =
    // …"ski erg 1k target is 4:20": the race's own distance may stand between them.
    /\b(?:ski ?-?ergs?|ski|row(?:ed|ing)?)\b(?:[^.?!\d]|\b1 ?k\b|\b1,?000 ?m\b){0,25}?\b(?:took|takes?|was|is|in|at)\s*(?:about |around |~)?(\d{1,2}:\d{2})\b(?!\s*(?:\/|per ))/i.exec(
      q,
    );
  // "if i want a 4:20 skierg": the time before the machine's name.
  const before = /\b(?:a|an|my|the)?\s*(?:sub[- ]?)?(\d{1,2}:\d{2})\s*(?:ski ?-?ergs?|ski|row|1k row|1k ski)\b/i.exec(q);
  const sec = f.stationSec ?? (said ? clockSec(said[1]!) : before ? clockSec(before[1]!) : NaN);
  if (!(sec >= 150 && sec <= 900)) return [];
  const metres = stationById(id).distanceM!;
  return [
    {
      kind: 'split',
      text: `The race's ${metres.toLocaleString('en-US')} m ${id === 'row' ? 'row' : 'SkiErg'} in ${t(sec)} is **${split((sec / metres) * 500)} per 500 m** (the split the monitor shows).`,
    },
  ];
}

/** "if i lose 3kg and im 90kg now, what % is that": the loss as a share of body mass. */
function lossShare(q: string, f: QuestionFacts): Calculation[] {
  if (!/\bwhat ?%|\bwhat percent|\bhow many percent|\bwhat(?:'?s| is) that in %|\bas a %/i.test(q) || /\bweeks?\b/i.test(q)) return [];
  const loss = /\b(?:lose|losing|lost|drop|dropping|cut|cutting|shed)\s*(\d{1,2}(?:\.\d)?)\s*(?:kg|kilos?)\b/i.exec(q);
  const mass = f.bodyMassKg ?? f.weightsKg.find((w) => w >= 40 && w !== Number(loss?.[1]));
  if (!loss || !mass) return [];
  const kg = Number(loss[1]);
  return [{ kind: 'percent', text: `${kg} kg of ${mass} kg is **${round((kg / mass) * 100, 1)} %** of your body mass.` }];
}

/** "100 wall balls in 6 min flat: how many reps a minute?": reps per minute and seconds per rep. */
function repPace(q: string): Calculation[] {
  if (!/\b(a|per|each) (minute|min|rep)\b|\breps? (a|per) min|\bseconds? (a|per) rep|\bhow fast\b/i.test(q)) return [];
  const m =
    /\b(\d{2,3})\s*(?:reps?|wall ?balls?|burpees?|lunges?)?\s*(?:in|within|under|inside|took(?: me)?|takes? me|=)\s*(?:about |around )?(\d{1,2}(?::\d{2})?)\s*(min\w*|:)?/i.exec(
      q,
    );
  // "…and what sets would get me there": the time each set and its break may take.
  const sets = /\bsets?\b|\bbreak (?:it|them) (?:up|down)\b|\bsplit (?:it|them)\b|\bchunks?\b/i.test(q);
  if (m) return m[3] || m[2]!.includes(':') ? repsInTime(Number(m[1]), m[2]!, /\b(?:per|a|each) rep\b/i.test(q), sets) : [];
  // "my 10 min 100 wall balls, what pace per rep?": the time said before the reps.
  const before = /\b(\d{1,2}(?::\d{2})?)\s*(min\w*)?\s*(?:for\s*)?(?:the\s*)?(\d{2,3})\s*(?:reps?|wall ?balls?|burpees?|lunges?)\b/i.exec(q);
  if (before && (before[2] || before[1]!.includes(':'))) return repsInTime(Number(before[3]), before[1]!, /\b(?:per|a|each) rep\b/i.test(q), sets);
  // "how many wall balls per minute for a 7 min wall ball station": the station's reps in that time.
  const station =
    /\b(\d{1,2}(?::\d{2})?)\s*(min\w*|:)?\s*(?:for (?:the |my )?)?wall ?balls?\b|\bwall ?balls?\b[^.?!\d]{0,30}\b(?:in|of|under|within)\s*(\d{1,2}(?::\d{2})?)\s*(min\w*)?/i.exec(
      q,
    );
  const time = station?.[1] ?? station?.[3];
  return station && time && (station[2] || station[4] || time.includes(':')) ? repsInTime(stationById('wall_balls').reps!, time, false, sets) : [];
}

/**
 * "100 wall balls, i can do about 22 a minute, how long will it take": the reps at the member's rate (the station's 100
 * wall balls when no count is given).
 */
function timeAtRepRate(q: string, f: QuestionFacts): Calculation[] {
  if (!/\bhow long\b|\bwhat time\b|\bhow many min(?:ute)?s\b|\btake me\b/i.test(q)) return [];
  const rate = /\b(\d{1,2}(?:\.\d)?)\s*(?:reps?|wall ?balls?|burpees?)?\s*(?:a|per|each|\/)\s*min(?:ute)?\b/i.exec(q);
  if (!rate) return [];
  const perMin = Number(rate[1]);
  const said = /\b(\d{2,3})\s*(?:reps?|wall ?balls?|burpees?)\b/i.exec(q);
  const reps = said && said.index !== rate.index ? Number(said[1]) : f.stations.includes('wall_balls') ? stationById('wall_balls').reps! : NaN;
  if (!(perMin >= 3 && perMin <= 60 && reps >= 10 && reps <= 500)) return [];
  const sec = Math.round((reps / perMin) * 60);
  return [
    {
      kind: 'rep_pace',
      text: `${reps} reps at ${perMin} a minute is ${reps} ÷ ${perMin} = **${t(sec)}** without a break (${round(60 / perMin, 1)} s a rep); every pause adds to it.`,
    },
  ];
}

/** Reps in a time said as minutes ("7") or a clock ("6:30"): reps a minute and seconds a rep. */
function repsInTime(reps: number, time: string, perRep = false, sets = false): Calculation[] {
  const [mm, ss] = time.split(':').map(Number);
  const sec = mm! * 60 + (ss ?? 0);
  if (reps < 10 || sec < 60 || sec > 3600) return [];
  // Sets that divide the reps evenly, each with its share of the time (work and break together).
  const schemes = sets
    ? [25, 20, 10]
        .filter((size) => reps % size === 0 && reps / size >= 2)
        .slice(0, 2)
        .map((size) => `${reps / size} sets of ${size} is ${t(Math.round(sec / (reps / size)))} per set, its break included`)
    : [];
  const setText = schemes.length ? ` To get there: ${schemes.join('; or ')} (${t(sec)} ÷ the sets).` : '';
  // "100 wall balls took me 7:30, whats that per rep?": the seconds a rep lead.
  if (perRep)
    return [
      {
        kind: 'rep_pace',
        text: `${reps} reps in ${t(sec)} is **${round(sec / reps, 1)} s a rep** (${sec} s ÷ ${reps}, breaks included), ${round((reps * 60) / sec, 1)} reps a minute.`,
      },
    ];
  return [
    {
      kind: 'rep_pace',
      text: `${reps} reps in ${t(sec)} is **${round((reps * 60) / sec, 1)} reps a minute**, one rep every **${round(sec / reps, 1)} s** (breaks included).${setText}`,
    },
  ];
}

const RPE = /\brpe\s*(?:of\s*|is\s*|at\s*|~\s*)?(\d{1,2})\b|@\s*rpe\s*(\d{1,2})\b/i;

/** The minutes of a session as the member writes them ("60 min", "1.5h", "90 mins"). */
function minutesIn(text: string): number | undefined {
  const m = /\b(\d{1,3})\s*(?:-\s*)?min(?:ute)?s?\b(?!\s*\/)/i.exec(text);
  if (m) return Number(m[1]);
  const h = /\b(\d(?:\.\d+)?)\s*(?:h|hrs?|hours?)\b/i.exec(text);
  return h ? Math.round(Number(h[1]) * 60) : undefined;
}

/**
 * "60 min strength rpe 7, 45 min easy run rpe 3, …: what's my weekly load?": each session's load (RPE × minutes, the
 * load engine's session load) and their sum.
 */
function sessionLoads(q: string): Calculation[] {
  if (!/\bload\b|\bAU\b/i.test(q)) return [];
  const sessions = q
    .split(/[,;\n+]|\band\b|\bthen\b|\bplus\b/i)
    // "wed 45 rpe8": in a list of sessions, a bare number right before the RPE is its minutes.
    .map((part) => ({
      min: minutesIn(part) ?? Number(/\b(\d{2,3})\s*(?:@|at)?\s*rpe\s*\d/i.exec(part)?.[1] ?? NaN),
      rpe: Number(RPE.exec(part)?.slice(1).find(Boolean) ?? NaN),
    }))
    .filter((x): x is { min: number; rpe: number } => x.min > 0 && x.min <= 600 && x.rpe >= 1 && x.rpe <= 10);
  // One session ("75 min at rpe 7, whats the load"): its load alone.
  if (sessions.length === 1) {
    const [x] = sessions as [{ min: number; rpe: number }];
    return [
      {
        kind: 'session_loads',
        text: `Session load is RPE × minutes: ${x.rpe} × ${x.min} = **${sessionLoadAu({ durationMin: x.min, rpe: x.rpe }).toLocaleString('en-US')} AU**.`,
      },
    ];
  }
  if (sessions.length < 2) return [];
  const loads = sessions.map((x) => ({ ...x, au: sessionLoadAu({ durationMin: x.min, rpe: x.rpe }) }));
  const total = loads.reduce((a, x) => a + x.au, 0);
  const each = loads.map((x) => `${x.rpe} × ${x.min} = ${x.au.toLocaleString('en-US')}`);
  return [
    {
      kind: 'session_loads',
      // "20 min at rpe 8 plus 40 min at rpe 5, whats the session load": the parts of one session, not a week.
      text: `Session load is RPE × minutes: ${each.slice(0, -1).join(', ')} and ${each.at(-1)} AU, so the ${/\bsession load\b|\bthe session\b|\bthis session\b/i.test(q) && !/\bweek/i.test(q) ? 'session' : 'week'} is **${total.toLocaleString('en-US')} AU**.`,
    },
  ];
}

/** How often a described routine happens in a week ("every single day", "6 days a week", "5x a week"). */
function perWeekIn(q: string): number | undefined {
  if (/\bevery (single )?day\b|\bdaily\b|\bno rest days?\b|\b7 days a week\b|\bseven days a week\b/i.test(q)) return 7;
  const m = /\b(\d|one|two|three|four|five|six|seven)\s*(?:x|times|sessions|days|classes|workouts)\s*(?:a|per|each)\s*week\b/i.exec(q);
  return m ? numberWord(m[1]!) : undefined;
}

/**
 * "the same 60 min class every single day for 3 weeks, no rest days, always rpe 7": the routine as the load and
 * readiness engines see it (weekly load, monotony, and their call), as if it had been logged.
 */
function describedTraining(q: string): Calculation[] {
  const perWeek = perWeekIn(q);
  const min = minutesIn(q);
  const rpe = Number(RPE.exec(q)?.slice(1).find(Boolean) ?? /\bfeels? like (?:an? )?(\d{1,2})\b(?!\s*(?:min|km|kg|h\b))/i.exec(q)?.[1] ?? NaN);
  if (perWeek === undefined || perWeek < 3 || min === undefined || min > 300 || !(rpe >= 1 && rpe <= 10)) return [];
  const weeks = Math.min(4, Math.max(1, numberWord(/\bfor (?:the (?:last|past) )?(\d|one|two|three|four|five|six)\s*weeks?\b/i.exec(q)?.[1] ?? '1')));
  // The routine is dated back from a fixed day: the engines' figures depend only on the days between sessions.
  const today = '2024-01-28';
  const end = Date.parse(`${today}T00:00:00Z`);
  const logs: WorkoutLog[] = [];
  for (let w = 0; w < weeks; w++)
    for (let k = 0; k < perWeek; k++) {
      const day = w * 7 + Math.floor((k * 7) / perWeek);
      logs.push({ date: new Date(end - day * 86_400_000).toISOString().slice(0, 10), durationMin: min, rpe, sessionType: 'training' });
    }
  const r = assessReadiness({ logs, today });
  const au = perWeek * sessionLoadAu({ durationMin: min, rpe });
  const monotony = r.reasons.find((x) => /monotony|same load every day/i.test(x));
  return [
    {
      kind: 'training_load',
      ...(r.status === 'ready' ? {} : { advice: 'ease' as const }),
      text: `${perWeek} × ${min} min at RPE ${rpe} is **${au.toLocaleString('en-US')} AU a week**${monotony ? `; ${monotony.replace(/^./, (c) => c.toLowerCase())}` : '.'}${r.status === 'ready' ? ' The load engine flags nothing in that pattern on its own.' : monotony && r.reasons.length === 1 ? '' : ` ${r.advice}`}`,
    },
  ];
}

/**
 * "5k pb is 23:00 … what other run sessions, at what paces", "what pace for 6 x 1km repeats": the training paces the
 * knowledge base derives from a fresh 5 km (run-paces.ts words them).
 */
function trainingPaces(q: string, f: QuestionFacts): Calculation[] {
  return trainingPaceCalculations(q, f);
}

/** "1h25 goal, 45 min of running — what does that leave for stations and roxzone": the goal minus the running. */
function timeLeft(q: string, f: QuestionFacts): Calculation[] {
  if (!f.goalSec || !/\bleaves?\b|\bleft (?:for|over)\b|\bremain/i.test(q)) return [];
  const run =
    /\b(\d{2,3})\s*min(?:ute)?s? (?:of |for (?:the )?)?(?:running|runs?)\b|\b(?:running|runs?) (?:takes?|is|of|at|in) (?:about |around )?(\d{2,3})\s*min/i.exec(
      q,
    );
  const runSec = run ? Number(run[1] ?? run[2]) * 60 : NaN;
  if (!(runSec > 0 && runSec < f.goalSec)) return [];
  const rest = f.goalSec - runSec;
  const rox = (sex: 'men' | 'women') => Math.round(f.goalSec! * ROXZONE_SHARE[sex]);
  return [
    {
      kind: 'race_split',
      text: `${t(f.goalSec)} − ${t(runSec)} of running leaves **${t(rest)} for the 8 stations and the Roxzone**. At Coach K's shares the Roxzone is about ${t(rox('women'))}–${t(rox('men'))} of that (7.4–7.7 % of the finish), so about ${t(rest - rox('men'))}–${t(rest - rox('women'))} for the stations.`,
    },
  ];
}

/**
 * "my goal is 1:20 and my stations take 38 min, what run pace do i need": the goal less the stations and Coach K's Roxzone
 * share leaves the running, ÷ 8 km.
 */
function runBudget(q: string, f: QuestionFacts): Calculation[] {
  if (
    !f.goalSec ||
    !/\bpace\b|\bper km\b|\/km\b|\bhow fast\b|\b(?:each|every|per|my) (?:run|km)s?\b[^.?!]{0,20}\b(?:need|be|have)\b|\b(?:how much )?time (?:is left |do i have |have i got )?(?:for|on) (?:the |my )?run(?:s|ning)\b/i.test(
      q,
    )
  )
    return [];
  const m =
    /\bstations? (?:take|takes|took|are|is|at|in|total)\b[^\d]{0,15}(\d{2,3})\s*min|\b(\d{2,3})\s*min(?:ute)?s? (?:on|for|of) (?:the |my )?stations\b/i.exec(
      q,
    );
  // "stations will take 35 min": the time after the word otherwise.
  const stationSec = m ? Number(m[1] ?? m[2]) * 60 : (partTime(q, /\bstations?\b/i) ?? NaN);
  if (!(stationSec >= 600 && stationSec < f.goalSec * 0.8)) return [];
  const sex = f.division?.endsWith('women') ? 'women' : 'men';
  // "if stations+roxzone take 38 min": the Roxzone is inside the member's figure, not taken off again.
  const together =
    /\bstations?\s*(?:\+|and|&|plus|with|incl\w*)\s*(?:the\s*)?(?:roxzone|transitions?)\b|\b(?:roxzone|transitions?)\s*(?:\+|and|&|plus)\s*(?:the\s*)?stations?\b/i.test(
      q,
    );
  // The member's own Roxzone ("+ 6 min roxzone") when given, else Coach K's share of the finish.
  const own = together ? undefined : roxzoneTime(q);
  const rox = together ? 0 : (own ?? Math.round(f.goalSec * ROXZONE_SHARE[sex]));
  const run = f.goalSec - stationSec - rox;
  if (run < 1200) return [];
  // "…and per mile?": the same pace in the other unit.
  const mile = /\bmiles?\b|\bmi\b/i.test(q) ? ` That is ${t(Math.round((run / 8) * KM_PER_MILE))}/mile.` : '';
  if (together)
    return [
      {
        kind: 'run_needed',
        text: `${t(f.goalSec)} − ${t(stationSec)} on the stations and the Roxzone leaves **${t(run)} for the 8 km of running: ${t(Math.round(run / 8))}/km on average**.${mile}`,
      },
    ];
  const roxText =
    own !== undefined ? `${t(rox)} in the Roxzone` : `about ${t(rox)} in the Roxzone (${(ROXZONE_SHARE[sex] * 100).toFixed(1)} % of the finish)`;
  return [
    {
      kind: 'run_needed',
      text: `${t(f.goalSec)} − ${t(stationSec)} on the stations − ${roxText} leaves **${t(run)} for the 8 km of running: ${t(Math.round(run / 8))}/km on average**.${mile}`,
    },
  ];
}

/** "i can hold 5:15/km for 10k fresh. what would my hyrox run pace be": fresh 10 km pace × 1.065 (range 1.05–1.10). */
function hyroxRunPace(q: string, f: QuestionFacts): Calculation[] {
  const ten = f.tenKmSec ?? (f.fiveKmSec !== undefined ? f.fiveKmSec * 2 ** RIEGEL_EXPONENT : undefined);
  if (ten === undefined || ten < 1800 || ten > 6000) return [];
  // "what pace should my easy runs be if my 5k is 24:00" asks for a training pace, which trainingPaces gives.
  if (/\b(?:easy|long|recovery|tempo|threshold|zone ?[12]|interval|steady)\s+(?:run|runs|running|pace)\b/i.test(q)) return [];
  // "what run pace zones should i use for hyrox training": every training pace (trainingPaces), not the race's alone.
  if (/\bpace zones?\b|\bzones?\b[^.?!]{0,20}\bpaces?\b|\btraining paces?\b|\bpaces? (?:for|in) (?:my )?training\b/i.test(q)) return [];
  // "what pace should i run the first km?": run 1 of the race, the fastest of the planned fade.
  const runOne =
    /\b(?:first|opening) (?:km|k|kilomet\w*|run)\b(?! of (?:the|my) (?:week|block|session))|\brun ?(?:1|one)\b/i.test(q) &&
    /\bpace\b|\bhow fast\b|\bwhat (?:time|split)\b/i.test(q);
  if (
    !runOne &&
    !/\b(?:hyrox|race|racing)\b[^.?!]{0,20}\b(?:run(?:ning)? )?pace\b|\bpace\b[^.?!]{0,30}\b(?:hyrox|in the race|on race day|race runs?|(?:my |the )?runs? (?:be|in (?:the )?(?:race|hyrox)))\b|\bhow fast\b[^.?!]{0,30}\b(?:hyrox )?runs?\b[^.?!]{0,20}\b(?:hyrox|race)\b/i.test(
      q,
    )
  )
    return [];
  const pace10 = ten / 10;
  const hyrox = pace10 * HYROX_RUN_FACTOR.central;
  const p = formatPace;
  const fromFive = f.tenKmSec === undefined ? ` from a ${t(Math.round(f.fiveKmSec!))} 5 km` : '';
  // Run 1 against the plan's average is the planned fade's ceiling.
  if (runOne)
    return [
      {
        kind: 'run_vs_plan',
        text: `Your Hyrox runs average about ${p(hyrox)} (fresh 10 km pace ${p(pace10)}${fromFive} × 1.065), and run 1 is the fastest at 0.97 × that: **about ${p(hyrox * RUN_FADE_WEIGHTS[0])} for the first km**, a ceiling, not a target to beat.`,
      },
    ];
  return [
    {
      kind: 'training_paces',
      text: `Hyrox runs come about 5–10 % slower than your fresh 10 km pace${fromFive ? ` (${p(pace10)}${fromFive})` : ''}, because every kilometre starts on legs tired by a station: ${p(pace10)} × 1.065 = **about ${p(hyrox)}** (range ${p(pace10 * HYROX_RUN_FACTOR.low).replace('/km', '')}–${p(pace10 * HYROX_RUN_FACTOR.high)}), about ${t(Math.round(8 * hyrox))} for the 8 km of running.`,
    },
  ];
}

/** "did the cooper test, 2650m in the 12 minutes": Cooper's regression, VO2max = (metres − 504.9) ÷ 44.73. */
function cooper(q: string): Calculation[] {
  if (!/\bcooper\b|\b12[- ]?min(?:ute)?s? (?:run|test)\b|\bin (?:the )?12 min/i.test(q)) return [];
  const m = /\b(\d[,.]?\d{3})\s*(?:m|metres|meters)\b/i.exec(q) ?? /\b(\d(?:\.\d{1,2})?)\s*km\b/i.exec(q);
  if (!m) return [];
  const metres = m[1]!.includes('.') && Number(m[1]) < 10 ? Number(m[1]) * 1000 : Number(m[1]!.replace(/[,.]/g, ''));
  if (metres < 1000 || metres > 5000) return [];
  const vo2 = (metres - 504.9) / 44.73;
  return [
    {
      kind: 'cooper',
      text: `Cooper's regression: (${metres.toLocaleString('en-US')} − 504.9) ÷ 44.73 = ${vo2.toFixed(1)}, an estimated VO2max of **about ${round(vo2)} ml/kg/min** (a field estimate, best used for your own trend).`,
    },
  ];
}

/** "my sled push takes 3:20 … per 12.5m length? and for a 1:30 finish?": the time over the 4 lengths, and the target's. */
function sledLengths(q: string, f: QuestionFacts): Calculation[] {
  const id = f.stations.find((s) => s === 'sled_push' || s === 'sled_pull');
  if (!id || !/\bper (?:12\.5 ?m )?length|\beach length|\bper 12\.5|\ba length\b|\bevery 12\.5/i.test(q)) return [];
  const own = /\b(?:takes?|took|in|at|is|was|do (?:it|them) in|around|about)\s*(\d{1,2}:\d{2})\b(?!\s*(?:finish|goal|h))/i.exec(q);
  // "want it done in 3 min total": the station's time in minutes.
  const ownMin = own
    ? null
    : /\b(?:takes?|took|in|at|is|was|do (?:it|them) in|around|about|under)\s*(\d{1,2}(?:\.\d)?)\s*(?:min|mins|minutes?)\b(?!\s*(?:finish|goal))/i.exec(
        q,
      );
  const name = stationById(id).name;
  const out: string[] = [];
  const ownSec = own ? clockSec(own[1]!) : ownMin ? Math.round(Number(ownMin[1]) * 60) : undefined;
  if (ownSec !== undefined && ownSec >= 30 && ownSec <= 1200)
    out.push(`${t(ownSec)} over the 4 lengths of 12.5 m is **${Math.round(ownSec / 4)} s per length** (turns included).`);
  if (f.goalSec && f.goalSec >= 2700 && f.goalSec <= 14400) {
    const division = f.division ?? 'open_men';
    const target = stationTargetSec(f.goalSec, division, id);
    out.push(
      `At a ${t(f.goalSec)} finish (${DIVISION_LABELS[division]}${f.division ? '' : ', assumed'}) the ${name} target is ${t(Math.round(target))}, **${Math.round(target / 4)} s per length**.`,
    );
  }
  return out.length ? [{ kind: 'sled_lengths', text: out.join(' ') }] : [];
}

/** "burpee broad jumps are 80m … if i jump 1.6m each time how many burpees is that?": 80 m ÷ the jump, rounded up. */
function jumpCount(q: string, f: QuestionFacts): Calculation[] {
  if (!f.stations.includes('burpee_broad_jumps') || !/\bhow many\b/i.test(q)) return [];
  const jumps = [...q.matchAll(/\b(\d(?:\.\d{1,2})?)\s*(?:m|metres?|meters?)\b/gi)].map((m) => Number(m[1])).filter((x) => x >= 0.8 && x <= 3.5);
  if (jumps.length === 0) return [];
  const each = jumps.map((j) => `at ${j} m a jump it is ${round(80 / j, 1)}, so **${Math.ceil(80 / j - 1e-9)} burpee broad jumps**`);
  return [{ kind: 'jump_count', text: `The station is 80 m: ${each.join('; ')}.` }];
}

/** Doubles age groups by the pair's average age (the facts file: 16–29, 30–39, 40–49, 50–59, 60–69, 70+). */
function doublesBand(avg: number): string {
  if (avg < 30) return '16–29';
  if (avg >= 70) return '70+';
  const lo = Math.floor(avg / 10) * 10;
  return `${lo}–${lo + 9}`;
}

/** "relay team of 4 lads… which division?": the relay division by the team's sexes, when the division is asked. */
function relayDivision(q: string): string {
  if (!/\bdivision|\bcategor/i.test(q)) return '';
  const men = /\b(?:lads|guys|men|blokes|boys|males)\b/i.test(q);
  const women = /\b(?:girls|women|ladies|gals|females)\b/i.test(q);
  const division = /\bmixed\b/i.test(q) || (men && women) ? 'Mixed Relay' : men ? "Men's Relay" : women ? "Women's Relay" : undefined;
  return division
    ? `A team of ${division === 'Mixed Relay' ? 'women and men' : division === "Men's Relay" ? 'four men' : 'four women'} races in the **${division}**. `
    : '';
}

/**
 * The age on race day when a birthday falls before it: "i turn 50 the week before the race", "turning 40 before my race",
 * "i'll be 45 on race day". Undefined when none is said or the birthday comes after the race.
 */
export function raceDayAge(q: string): number | undefined {
  const m =
    /\bturn(?:s|ing)? (\d{2})\b[^.?!]{0,40}?\b(?:before|by) (?:the |my )?(?:race|event|comp\w*|hyrox)\b/i.exec(q) ??
    /\b(?:i'?ll|i will|will) be (\d{2})\b[^.?!]{0,12}\b(?:on|by) (?:the )?(?:race ?day|the day|race|event)\b/i.exec(q);
  if (!m) return undefined;
  const age = Number(m[1]);
  return age >= 16 && age <= 99 ? age : undefined;
}

/**
 * "our relay team is 29, 41, 44 and 47. which age category?": the team's average age and its group (relay: under 40
 * or 40 and over; doubles: the 10-year band of the pair's average).
 */
function teamAge(q: string, f: QuestionFacts): Calculation[] {
  if (!/\bage\b|\bcategor|\bgroup|\bbracket/i.test(q)) return [];
  const list = /\b\d{2}(?:\s*(?:,|and|&|\/|\+)\s*\d{2}\b)+/.exec(q);
  // …or said one by one: "im 26 hes 55".
  const said = [
    ...q.matchAll(
      /\b(?:i'?m|im|i am|me|he'?s|hes|she'?s|shes|aged?|(?:my |our )?(?:partner|mate|wife|husband|girlfriend|boyfriend|gf|bf|friend|brother|sister|dad|mum|mom)(?:'s| is)?)(?:\s+|\s*\(\s*)(\d{2})\b(?!\s*(?:kg|min|km|%|:|lb))/gi,
    ),
  ].map((m) => Number(m[1]));
  const ages = list ? list[0].match(/\d{2}/g)!.map(Number) : said;
  // One age, no team: the individual age group ("turning 61, what age group would i be in?").
  if (
    ages.length < 2 &&
    f.team === undefined &&
    f.age !== undefined &&
    f.age >= 16 &&
    f.age <= 99 &&
    (/\b(?:what|which) (?:age )?(?:group|categor\w*|bracket)\b[^.?!]{0,30}\b(?:i|am|me|would|will)\b|\bmy age (?:group|categor\w*|bracket)\b|\b(?:is there|do they have|are there) (?:an? )?age ?groups?\b[^.?!]{0,20}\b(?:for )?(?:me|my age|someone my age)\b/i.test(
      q,
    ) ||
      // "what age groups are there? im 44, do i race against the 40-49s?": the groups asked about with the member's own age said.
      // …not "do the weights go down for older age groups? im 62": the loads rule answers that.
      (!asksAgeLoads(q) &&
        /\bage ?(?:groups?|categor\w*|brackets?|bands?)\b/i.test(q) &&
        /\b(?:i'?m|im|i am|i'?ll be|i will be)\s+\d{2}\b(?!\s*(?:kg|min|km|%|:|lb))/i.test(q)))
  ) {
    // "im 49 but i turn 50 the week before the race": the age on race day decides, not the age today.
    const a = raceDayAge(q) ?? f.age;
    const band = ageGroupOf(a);
    const at = a !== f.age ? `You'll be ${a} on race day, so you race in` : `At ${a} you race in`;
    return [
      {
        kind: 'team_age',
        text: `${at} the **${band} age group**: your age on the day of the race decides (individual groups: 16–24, 25–29, then 5-year bands to 65–69, and 70+; the 2025/26 rulebook added a Pro 70–74 group).${
          // "is the sandbag lighter in my age category or the same?": the group changes the ranking, not the loads.
          // …or "does it change anything about the race itself?": the loads and the course are the division's.
          asksAgeLoads(q) ||
          /\b(?:does|will|would) (?:it|that|this|the age group|my age(?: group)?) (?:change|affect|alter|make (?:a|any) difference)\b/i.test(q)
            ? ` It does not change the loads, which are set by division: ${sameLoads(a, f.division, stationsNamed(q))}.`
            : ''
        }`,
      },
    ];
  }
  // "relay team of 4 lads, one of us is 52, others are in their 30s": the average lies in a range, and one figure decides it.
  const decade = /\b(?:others?|rest|the other (?:three|3|two|2|one|1)|everyone else)\b[^.?!]{0,25}\b(?:in (?:their|our) )?([1-8])0s\b/i.exec(q);
  if (f.team === 'relay' && decade) {
    const known = [...q.replace(/\b\d0s\b/g, ' ').matchAll(/\b(\d{2})\b(?!\s*(?:kg|min|km|%|:|lb|s\b))/gi)].map((m) => Number(m[1]));
    const others = 4 - known.length;
    if (known.length >= 1 && known.length <= 3 && known.every((a) => a >= 14 && a <= 95)) {
      const lo = Number(decade[1]) * 10;
      const sum = known.reduce((a, b) => a + b, 0);
      const low = (sum + others * lo) / 4;
      const high = (sum + others * (lo + 9)) / 4;
      // The other members' average that brings the team to 40.
      const need = (160 - sum) / others;
      const verdict =
        low >= 40
          ? '**the 40-and-over relay group** whatever their exact ages'
          : high < 40
            ? '**the under-40 relay group** whatever their exact ages'
            : `**the under-40 relay group unless the other ${others === 1 ? 'member is' : `${others} average`} ${round(Math.ceil(need * 100) / 100, 2)} or older**, which puts the team in the 40-and-over group`;
      return [
        {
          kind: 'team_age',
          text: `${relayDivision(q)}Relay age groups are under 40 and 40 and over, by the team's average age: with ${known.join(', ')} and ${others} in their ${lo}s the average is between ${round(low, 2)} and ${round(high, 2)}, so ${verdict}.`,
        },
      ];
    }
  }
  if (ages.length < 2) return [];
  if (ages.some((a) => a < 14 || a > 95)) return [];
  const relay = f.team === 'relay' || (f.team === undefined && ages.length === 4);
  const pair = f.team?.startsWith('doubles') || (f.team === undefined && ages.length === 2);
  if (!(relay && ages.length === 4) && !(pair && ages.length === 2)) return [];
  const avg = ages.reduce((a, b) => a + b, 0) / ages.length;
  const sum = `(${ages.join(' + ')}) ÷ ${ages.length} = ${round(avg, 2)}`;
  return [
    {
      kind: 'team_age',
      text: relay
        ? `${relayDivision(q)}The team's average age is ${sum}, so **the ${avg >= 40 ? '40-and-over' : 'under-40'} relay group** (relay age groups are under 40 and 40 and over, by the team's average age).`
        : `The pair's average age is ${sum}, so **the ${doublesBand(avg)} doubles age group** (a doubles team races in the group of its average age).`,
    },
  ];
}

/** A station's target time at a finish, from the pacing model. */
function stationTargetSec(goalSec: number, division: Division, id: StationId): number {
  return planPacing({ goalSec, division }).stations.find((s) => s.id === id)!.targetSec;
}

/** The numbers of a list in a message ("1800, 2000, 2100 and this week 3300", "mon 400, tue 0, …"). */
function numbersAfter(q: string, start: number): number[] {
  return [...q.slice(start).matchAll(/\b(\d{1,5}(?:\.\d+)?)\b(?!\s*(?:%|min|km|kg|s\b|sec))/g)].map((m) => Number(m[1]));
}

/**
 * "my weekly loads the last 4 weeks were 1800, 2000, 2100 and this week 3300 AU. whats my acwr?": the load engine's
 * rolling-average ACWR, this week ÷ the average of the 4 weeks including it, against its 0.8–1.3 range and 1.5 spike line.
 */
function acwrFromWeeks(q: string): Calculation[] {
  if (!/\bacwr\b|\bacute|\bratio\b|\bspike\b|\bworried\b|\btoo (much|big) (a )?(jump|increase)\b/i.test(q)) return [];
  const at = /\bweekly (?:\w+ )?loads?\b|\bloads? (?:were|was|are)\b|\bloads? (for|over|in) the (last|past)\b|\bweeks? (were|was)\b/i.exec(q);
  if (!at) return [];
  const weeks = numbersAfter(q, at.index).filter((x) => x >= 100 && x <= 20000);
  if (weeks.length < 4) return [];
  const last4 = weeks.slice(-4);
  const chronic = last4.reduce((a, b) => a + b, 0) / 4;
  const acwr = last4[3]! / chronic;
  const verdict = acwrVerdict(acwr);
  return [
    {
      kind: 'acwr',
      ...(acwr > ACWR_HIGH ? { advice: 'ease' as const } : {}),
      text: `ACWR (rolling average) = this week ÷ the 4-week average = ${last4[3]!.toLocaleString('en-US')} ÷ ${round(chronic).toLocaleString('en-US')} = **${acwr.toFixed(2)}**, ${verdict}. It is a prompt to look at the week, not a verdict.`,
    },
  ];
}

/** The ACWR verdict line the load engine's thresholds give. */
function acwrVerdict(acwr: number): string {
  return acwr >= ACWR_SPIKE
    ? `a spike (${ACWR_SPIKE} or more): hold or cut next week by 20–30 %`
    : acwr > ACWR_HIGH
      ? `above the ${ACWR_LOW}–${ACWR_HIGH} range but under the ${ACWR_SPIKE} spike line: keep next week at about this load rather than add more`
      : acwr < ACWR_LOW
        ? `below ${ACWR_LOW}: fine for a planned easy week`
        : `inside the ${ACWR_LOW}–${ACWR_HIGH} range`;
}

/** "acute load this week 2400, chronic avg 1800, what's my ratio?": the two loads given, divided. */
function acwrFromPair(q: string): Calculation[] {
  const acute = /\bacute(?: load)?\b[^\d.?!]{0,20}(\d{3,5})\b/i.exec(q);
  const chronic = /\bchronic(?: load)?\b[^\d.?!]{0,20}(\d{3,5})\b/i.exec(q);
  if (!acute || !chronic) return [];
  const [a, c] = [Number(acute[1]), Number(chronic[1])];
  if (!(a > 0 && c > 0)) return [];
  const acwr = a / c;
  return [
    {
      kind: 'acwr',
      ...(acwr > ACWR_HIGH ? { advice: 'ease' as const } : {}),
      text: `ACWR = acute ÷ chronic = ${a.toLocaleString('en-US')} ÷ ${c.toLocaleString('en-US')} = **${acwr.toFixed(2)}**, ${acwrVerdict(acwr)}. It is a prompt to look at the week, not a verdict.`,
    },
  ];
}

/** Plate sizes a gym usually has, kg, largest first. */
const PLATES_KG = [25, 20, 15, 10, 5, 2.5, 1.25];

/** "barbell 20kg, i want 85kg for front squats. what plates each side?": (target − bar) ÷ 2, made of the usual plates. */
function barbellPlates(q: string): Calculation[] {
  if (!/\bplates?\b/i.test(q) || !/\b(?:each|per|a) side\b|\bon each\b|\bboth sides\b/i.test(q) || !/\b(?:bar|barbell)\b/i.test(q)) return [];
  const bar = Number(
    /\b(?:bar|barbell)\b[^\d.?!]{0,10}(\d{1,2}(?:\.\d)?)\s*kg\b|\b(\d{1,2}(?:\.\d)?)\s*kg (?:bar|barbell)\b/i.exec(q)?.slice(1).find(Boolean) ?? 20,
  );
  const target = [...q.matchAll(/\b(\d{2,3}(?:\.\d+)?)\s*kg\b/gi)].map((m) => Number(m[1])).find((x) => x > bar);
  if (target === undefined) return [];
  const side = (target - bar) / 2;
  const used: number[] = [];
  let left = side;
  for (const p of PLATES_KG)
    while (left >= p - 1e-9) {
      used.push(p);
      left = round(left - p, 2);
    }
  const exact = left < 1e-9;
  return [
    {
      kind: 'sled_plates',
      text: `(${target} kg − ${bar} kg bar) ÷ 2 = **${side} kg a side**${exact ? `: ${used.join(' + ')} kg` : `; the usual plates make ${round(side - left, 2)} kg (${used.join(' + ')})`}.`,
    },
  ];
}

/** "if i lose 20s in each roxzone, how much is that over the race": a per-transition or per-run figure times eight. */
function perPartTotal(q: string): Calculation[] {
  const m =
    /\b(\d{1,3})\s*(s|sec|secs|seconds?)\b[^.?!\d]{0,25}\b(?:in |on |per |at )?(?:each|every|per)(?: one)?(?: of (?:the |my |all )?(?:8 |eight )?)? ?(roxzone|transition|run|km|station)s?\b/i.exec(
      q,
    );
  if (!m || !/\b(total|over the race|in the race|altogether|whole race|how much)\b/i.test(q)) return [];
  const each = Number(m[1]);
  const what = m[3]!.toLowerCase() === 'roxzone' ? 'transitions' : `${m[3]!.toLowerCase()}s`;
  return [{ kind: 'time_change', text: `${each} s × 8 ${what} = **${t(each * 8)}** over the race.` }];
}

/** "my farmers carry is 2x24 and i train with 2x28, what % heavier is that": one load against another. */
function loadRatio(q: string): Calculation[] {
  if (!/(?:%|\bpercent\b|\bper cent\b)[^.?!]{0,20}\b(?:heavier|lighter|more|less)\b|\b(?:heavier|lighter)\b[^.?!]{0,20}(?:%|\bpercent\b)/i.test(q))
    return [];
  const loads = [...q.matchAll(/\b(?:\d ?x ?)?(\d{1,3}(?:\.\d)?)\s*(?:kg|kgs)?\b(?! ?(?:min|s\b|sec|reps?|m\b|km|%))/gi)]
    .map((m) => ({ kg: Number(m[1]), at: m.index }))
    .filter((x) => x.kg >= 2 && x.kg <= 300);
  if (loads.length < 2) return [];
  // The race's load is the reference ("152kg in the race", "the 16kg for open women"); else the first one said.
  const near = (x: { at: number }) => /\b(?:race|racing|comp\w*|division|open|pro|standard)\b/i.test(q.slice(x.at, x.at + 25));
  const race = loads.find(near) ?? loads[0]!;
  const train = loads.find((x) => x !== race)!;
  if (race.kg === train.kg) return [];
  const pct = round(((train.kg - race.kg) / race.kg) * 100, 1);
  return [
    {
      kind: 'percent',
      text: `${train.kg} kg against ${race.kg} kg is **${Math.abs(pct)} % ${pct > 0 ? 'heavier' : 'lighter'}** (${train.kg} ÷ ${race.kg} = ${round(train.kg / race.kg, 3)}).`,
    },
  ];
}

/** "my daily loads this week (AU): mon 400, tue 0, … sun 200. whats my monotony?": mean ÷ population SD of the 7 days, as the load engine computes it. */
function monotonyFromDays(q: string): Calculation[] {
  if (!/\bmonotony\b|\bstrain\b/i.test(q)) return [];
  const days = [...q.matchAll(/\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\w*\s*:?\s*(\d{1,5})\b/gi)].map((m) => Number(m[1]));
  const loads = days.length === 7 ? days : (/\bdaily\b/i.exec(q) ? numbersAfter(q, /\bdaily\b/i.exec(q)!.index) : []).slice(0, 7);
  if (loads.length !== 7) return [];
  const total = loads.reduce((a, b) => a + b, 0);
  const mean = total / 7;
  const sd = Math.sqrt(loads.reduce((a, x) => a + (x - mean) ** 2, 0) / 7);
  if (!(sd > 0)) return [];
  const monotony = mean / sd;
  return [
    {
      kind: 'monotony',
      text: `Weekly load ${total.toLocaleString('en-US')} AU; mean ${round(mean)} AU a day ÷ SD ${round(sd)} = monotony **${monotony.toFixed(2)}**, ${monotony > MONOTONY_HIGH ? `above the ${MONOTONY_HIGH.toFixed(1)} line: the days are too alike, so mix hard, easy and rest days` : `under the ${MONOTONY_HIGH.toFixed(1)} line, so it is fine: your hard, easy and rest days differ enough`}; strain (load × monotony) ${round(total * monotony).toLocaleString('en-US')}.`,
    },
  ];
}

/** A finish the member has done, as h:mm:ss ("1:41:30 total", "finished 1:22:15"). */
const FINISH_TOTAL = /(\d:\d{2}:\d{2})\s*(?:total|finish|overall)|\b(?:total|finish(?:ed)?|time)\b[^\d]{0,12}(\d:\d{2}:\d{2})/i;

/** "1:41:30 total, runs added up to 53:10, roxzone 8:20: how long were my stations and what % was running?" */
function raceSplit(q: string): Calculation[] {
  const total = FINISH_TOTAL.exec(q);
  // "42:10 running and 36:55 on stations": each part's time said before its name, when the message says them so.
  const before = /(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?\s*(?:of |on |in |on the |in the )?(?:runs?|running)\b/i.test(q);
  const runs = before
    ? /(?<![\d:])(\d{1,2}:\d{2}(?::\d{2})?)\s*(?:of |on |in |on the |in the )?(?:runs?|running)\b/i.exec(q)
    : /\b(?:runs?|running)\b[^\d]{0,25}(\d{1,2}:\d{2}(?::\d{2})?)/i.exec(q);
  const rox = /\broxzone\b[^\d]{0,12}(\d{1,2}:\d{2})/i.exec(q);
  // "finished in 1hr32, runs were 44 min total and stations 39": the runs said in minutes.
  const runMin = runs ? undefined : partMinutes(q, /\b(?:runs|running|run total)\b/i);
  if (!total || (!runs && runMin === undefined)) return [];
  const T = clockSec((total[1] ?? total[2])!);
  const R = runs ? clockSec(runs[1]!) : runMin!;
  const X = rox ? clockSec(rox[1]!) : undefined;
  if (!(R < T)) return [];
  // "finished 1:22:15, runs 41:30, stations 33:10, how long was I in roxzone": the Roxzone is what is left.
  const S =
    X === undefined
      ? before
        ? (partTimeBefore(q, /\bstations?\b/i) ?? partMinutes(q, /\bstations?\b(?:\s*(?:time|total))?/i))
        : partMinutes(q, /\bstations?\b(?:\s*(?:time|total))?/i)
      : undefined;
  if (S !== undefined && S >= 600 && R + S < T) {
    const left = T - R - S;
    const pct = (v: number) => `${round((v / T) * 100, 1)} %`;
    return [
      {
        kind: 'race_split',
        text: `${t(T)} − ${t(R)} runs − ${t(S)} stations = **${t(left)} of Roxzone** (${pct(left)} of your race, about ${Math.round(left / 8)} s per transition over 8). Running was ${pct(R)}, stations ${pct(S)}.`,
      },
    ];
  }
  const stations = T - R - (X ?? 0);
  if (!(stations > 0)) return [];
  const pct = (v: number) => `${round((v / T) * 100, 1)} %`;
  return [
    {
      kind: 'race_split',
      text: `${t(T)} − ${t(R)} runs${X !== undefined ? ` − ${t(X)} Roxzone` : ''} = **${t(stations)} of stations**${X === undefined ? ' (Roxzone included)' : ''}. Running was **${pct(R)}** of your race, stations ${pct(stations)}${X !== undefined ? `, Roxzone ${pct(X)}` : ''} (Coach K's model puts runs at about 52.5 % for most finishers).`,
    },
  ];
}

/**
 * "how do i know what 110% is for open women?" on the sled: a share of the race load, the sled included (race loads are
 * sled plus plates). With the gym sled's own weight given, the plates to add.
 */
function shareOfRaceLoad(q: string, f: QuestionFacts): Calculation[] {
  // A share of a load ("110% of race load", "what is 120% for open women"), not of an effort ("80% effort").
  const pct = /\b(\d{2,3})\s*%(?!\s*(?:of\s*)?(?:my\s*)?(?:effort|pace|speed|max|hr|heart|1rm|rpe|intensity))/.exec(q);
  if (
    !pct ||
    !/%\s*(?:of\s*)?(?:the\s*)?(?:race\s*)?(?:load|weight|sled|push|pull)|\bwhat(?:'s| is)?\s*\d{2,3}\s*%|\b\d{2,3}\s*%\s*(?:is|for|would be)\b/i.test(
      q,
    )
  )
    return [];
  const share = Number(pct[1]);
  if (share < 50 || share > 200) return [];
  const named = f.stations.filter((id) => stationById(id).loadKg);
  const sleds = /\bsled\b/i.test(q) && named.length === 0 ? (['sled_push', 'sled_pull'] as StationId[]) : named;
  if (sleds.length === 0) return [];
  const division = f.division ?? 'open_men';
  const sledKg = gymSledKg(q);
  const lines = sleds.map((id) => {
    const race = stationById(id).loadKg![division]!;
    const load = Math.round((race * share) / 100);
    const plates = sledKg !== undefined && /^sled/.test(id) ? `: ${load - sledKg} kg of plates on a ${sledKg} kg sled` : '';
    return `${stationById(id).name} ${race} kg × ${share} % = **${load} kg**${plates}`;
  });
  const sledNote =
    sleds.some((id) => id.startsWith('sled')) && sledKg === undefined
      ? ' Race sled loads include the sled, so weigh the empty sled once (or ask the gym) and load the rest in plates.'
      : '';
  return [
    {
      kind: 'sled_plates',
      text: `For ${DIVISION_LABELS[division]}${f.division ? '' : ' (assumed)'}: ${lines.join('; ')}.${sledNote}`,
    },
  ];
}

/** Minutes in "35 min", "35 mins", "35:00" or "about 7 minutes" at the start of a text; undefined when none. */
function minutesOrClock(text: string): number | undefined {
  const clock = /^\s*(\d{1,2}:\d{2}(?::\d{2})?)\b/.exec(text);
  if (clock) return clockSec(clock[1]!);
  const min = /^\s*(\d{1,3}(?:\.\d)?)\s*(?:min|mins|minutes?|m)\b/i.exec(text);
  return min ? Math.round(Number(min[1]) * 60) : undefined;
}

/** The time a part of the race takes, from the words after its name ("stations take me 35 min total"). */
function partTime(q: string, part: RegExp): number | undefined {
  const m = part.exec(q);
  if (!m) return undefined;
  const after = q.slice(m.index + m[0].length);
  const lead = /^[^\d.?!]{0,30}/.exec(after)![0];
  return minutesOrClock(after.slice(lead.length));
}

/**
 * The time a part of the race takes, with a bare number read in the minutes the message uses elsewhere ("runs were 44 min
 * total and stations 39").
 */
function partMinutes(q: string, part: RegExp): number | undefined {
  const said = partTime(q, part);
  if (said !== undefined || !/\bmin(?:ute)?s?\b/i.test(q)) return said;
  const m = part.exec(q);
  if (!m) return undefined;
  const bare = /^[^\d.?!]{0,20}?\b(\d{1,3})\b(?![:.]\d|\s*(?:%|s\b|secs?|seconds|x\b|k\b|km|m\b|kg|reps?|runs?|stations?|transitions?))/i.exec(
    q.slice(m.index + m[0].length),
  );
  return bare ? Number(bare[1]) * 60 : undefined;
}

/** The time said right before a part of the race ("6 min roxzone", "8:00 of transitions"); undefined when none. */
function partTimeBefore(q: string, part: RegExp): number | undefined {
  const m = part.exec(q);
  if (!m) return undefined;
  const before = /(\d{1,2}:\d{2}(?::\d{2})?|\d{1,3}(?:\.\d)?\s*(?:min|mins|minutes?))\s*(?:of |in |on )?(?:the |my )?$/i.exec(q.slice(0, m.index));
  return before ? minutesOrClock(before[1]!) : undefined;
}

/** The member's own Roxzone time, said before the word ("+ 6 min roxzone") or after it ("roxzone about 7 min"). */
function roxzoneTime(q: string): number | undefined {
  const part = /\broxzone\b|\btransitions?\b/i;
  // "stations take me 35 min and roxzone about 6": a bare number after the word, in the minutes the message uses.
  const bare = /\bmin(?:ute)?s?\b/i.test(q)
    ? /\b(?:roxzone|transitions?)\s*(?:is |of |at |=\s*)?(?:about |around |~\s*)?(\d{1,2})\b(?!\s*(?:%|s\b|secs?|seconds|[:.]\d|x\b|k\b|km|m\b|transitions?|stations?))/i.exec(
        q,
      )
    : null;
  const sec = partTimeBefore(q, part) ?? partTime(q, part) ?? (bare ? Number(bare[1]) * 60 : undefined);
  return sec !== undefined && sec >= 60 && sec <= 1800 ? sec : undefined;
}

/**
 * A pace for the race's runs: "runs … 5:30/km", "every km in 6:00", "6:00 per km", "6 min kms"; seconds per km, undefined
 * when none.
 */
function runPacePerKm(q: string): number | undefined {
  const runs = /\bruns?\b[^\d.?!]{0,30}?(\d{1,2}:\d{2})\s*(?:\/|per |a )\s*(km|k|mile|mi)\b/i.exec(q);
  if (runs) return /^mi/i.test(runs[2]!) ? clockSec(runs[1]!) / KM_PER_MILE : clockSec(runs[1]!);
  const reps = /\b\d\s*(?:x|×)\s*(?:1 ?km|1 ?k|1,?000 ?m)\s*(?:runs?\s*)?(?:at|@|in)\s*(\d{1,2}:\d{2})\b(?!:)/i.exec(q);
  if (reps) return clockSec(reps[1]!);
  // "if i run 8 x 5:30": the eight runs' time each.
  const eight = /\b(?:8|eight)\s*(?:x|×)\s*(\d{1,2}:\d{2})\b(?![:/]|\s*(?:per |a )\s*(?:500|mile|mi\b))/i.exec(q);
  if (eight) return clockSec(eight[1]!);
  // "8 runs at 4:30 avg", "runs averaging 5:10": the runs' average pace per km.
  const average =
    /\b(?:8|eight)\s*(?:runs?|kms?|x 1 ?km)\s*(?:at|@|in|averag\w*|avg)\s*(?:an?\s*)?(?:avg\s*|average\s*(?:of\s*)?)?(\d{1,2}:\d{2})\b(?![:/]|\s*(?:per |a )\s*(?:500|mile|mi\b))/i.exec(
      q,
    ) ?? /\bruns?\b[^\d.?!]{0,20}?(?:averag\w*|avg)\s*(?:of\s*)?(\d{1,2}:\d{2})\b(?![:/]|\s*(?:per |a )\s*(?:500|mile|mi\b))/i.exec(q);
  if (average) return clockSec(average[1]!);
  const every = /\b(?:each|every) (?:km|k|kilomet\w*|1 ?km)\s*(?:run\s*)?(?:in|at)\s*(\d{1,2}:\d{2})\b/i.exec(q);
  if (every) return clockSec(every[1]!);
  const per = /\b(\d{1,2}:\d{2})\s*(?:\/|per |a )\s*(km|k|kilomet\w*|mile|mi)\b/i.exec(q);
  if (per) return /^mi/i.test(per[2]!) ? clockSec(per[1]!) / KM_PER_MILE : clockSec(per[1]!);
  const minutes = /\b(\d{1,2}(?:\.\d)?)[- ]?min(?:ute)?s?\s*(?:\/\s*|per |a )?(?:kms?|ks|kilomet\w*)\b/i.exec(q);
  return minutes ? Math.round(Number(minutes[1]) * 60) : undefined;
}

/**
 * "if all my runs are 5:30/km, stations take me 35 min total and roxzone about 7 min, whats my finish time?": the
 * parts added up. The runs come as a pace per km (8 × 1 km) or as a run total; Roxzone left out is said so.
 */
function finishFromParts(q: string): Calculation[] {
  if (!/\b(finish(?:ing)?|total|overall|end up|come in|what time|race time|final time)\b/i.test(q)) return [];
  // "each station takes about 4:30": one station's time, eight of them.
  const eachStation = perPartSec(q, 'stations?');
  const stations = eachStation !== undefined && eachStation <= 900 ? eachStation * 8 : partTime(q, /\bstations?\b/i);
  if (stations === undefined || stations < 600 || stations > 7200) return [];
  const stationsText =
    eachStation !== undefined && eachStation <= 900 ? `8 × ${t(eachStation)} = ${t(stations)} of stations` : `${t(stations)} of stations`;
  const perKm = runPacePerKm(q);
  let runSec: number | undefined;
  let runText = '';
  if (perKm !== undefined && perKm >= 150 && perKm <= 900) {
    runSec = Math.round(perKm * 8);
    runText = `8 × ${t(Math.round(perKm))}/km = ${t(runSec)} of running`;
  } else {
    // "runs 44 min" (a time right after the word), not "run 8 …".
    const runs = partTime(q, /\bruns?\b(?!\s*\d+\b(?!\s*(?:min|mins|minutes?)\b))/i);
    if (runs !== undefined && runs >= 1200 && runs <= 10800) {
      runSec = runs;
      runText = `${t(runs)} of running`;
    }
  }
  if (runSec === undefined) return [];
  // "with 1 min transitions", "45 s per transition": one transition's time, eight of them.
  const eachTransition = perPartSec(q, 'transitions?|roxzones?');
  const rox = eachTransition !== undefined && eachTransition <= 240 ? eachTransition * 8 : roxzoneTime(q);
  const roxText =
    eachTransition !== undefined && eachTransition <= 240 ? `8 × ${t(eachTransition)} = ${t(rox!)} of Roxzone` : `${t(rox ?? 0)} of Roxzone`;
  // A finish already done with its runs and stations asks what was left (the Roxzone), which raceSplit works out.
  if (rox === undefined && FINISH_TOTAL.test(q)) return [];
  const total = runSec + stations + (rox ?? 0);
  // "…whats my total and what % was running": each part's share of that finish.
  const pct = (x: number) => round((x / total) * 100, 1);
  const shares = /%|\bpercent|\bper cent|\bshare\b|\bproportion\b|\bhow much of\b/i.test(q)
    ? ` Running was **${pct(runSec)} %** of it (${t(runSec)} ÷ ${t(total)}), stations ${pct(stations)} %${rox !== undefined ? `, Roxzone ${pct(rox)} %` : ''}.`
    : '';
  return [
    {
      kind: 'finish_from_parts',
      text: `${runText} + ${stationsText}${rox !== undefined ? ` + ${roxText}` : ''} = **${t(total)} finish**${rox === undefined ? ', plus your Roxzone time (the transitions), which this leaves out' : ''}.${shares}`,
    },
  ];
}

/**
 * One station's or one transition's time, when the member gives it per part (pure): "each station takes about 4:30",
 * "4:30 per station", "stations at 4:30 each", "1 min transitions", "45 s per transition"; seconds, undefined when none.
 */
export function perPartSec(q: string, part: string): number | undefined {
  const time = String.raw`(\d{1,2}:\d{2}|\d{1,3}(?:\.\d)?\s*(?:s|secs?|seconds|min|mins|minutes?)\b)`;
  const m =
    new RegExp(String.raw`\b(?:each|every|per|a|one|average|avg|the average) (?:${part})\b[^\d.?!]{0,25}?${time}`, 'i').exec(q) ??
    new RegExp(String.raw`${time}\s*(?:each |on average |average |avg )?(?:per|a|each|for each|for every) (?:${part})\b`, 'i').exec(q) ??
    new RegExp(String.raw`\b(?:${part})\b[^\d.?!]{0,20}?${time}\s*(?:each|apiece|a piece)\b`, 'i').exec(q) ??
    // "with 1 min transitions": a short time said before the plural word is one transition's.
    (/^transitions/.test(part) ? new RegExp(String.raw`\b(?:with |and |\+ ?)(?:about |around |~ ?)?${time}\s*transitions\b`, 'i').exec(q) : null);
  if (!m) return undefined;
  const said = m[1]!;
  if (/:/.test(said)) return clockSec(said);
  const n = Number(/[\d.]+/.exec(said)![0]);
  return Math.round(/min/i.test(said) ? n * 60 : n);
}

/**
 * "runs 5:10 5:15 … 5:45, ski 4:30 push 3:40 … wb 7:20, roxzone 8 min. what do i finish in": the eight run splits, the
 * station times and the Roxzone added up to the finish.
 */
function finishFromSplits(q: string): Calculation[] {
  if (!/\bfinish\w*\b|\btotal\b|\boverall\b|\bfinal time\b|\brace time\b|\bwhat time\b|\bend up\b|\bcome in\b/i.test(q)) return [];
  const roxClock = /\b(?:roxzone|transitions?)\b[^\d]{0,12}(\d{1,2}:\d{2})\b/i.exec(q);
  const times = timesIn(q).filter((x) => x.text.split(':').length === 2 && x.sec >= 30 && x.sec <= 1200);
  const all = timesIn(q);
  if (all.length !== times.length) return [];
  const parts = roxClock ? times.filter((x, i) => !(x.text === roxClock[1] && i === times.map((y) => y.text).lastIndexOf(roxClock[1]!))) : times;
  const stationCount = parts.length - 8;
  if (parts.length < 12 || parts.length > 16 || stationsNamed(q).length < 3) return [];
  const rox = roxClock ? clockSec(roxClock[1]!) : roxzoneTime(q);
  const runs = parts.slice(0, 8).reduce((a, x) => a + x.sec, 0);
  const stations = parts.slice(8).reduce((a, x) => a + x.sec, 0);
  const total = runs + stations + (rox ?? 0);
  return [
    {
      kind: 'finish_from_parts',
      text: `${t(runs)} of running (8 runs) + ${t(stations)} on the ${stationCount} stations${rox !== undefined ? ` + ${t(rox)} of Roxzone` : ''} = **${t(total)} finish**${rox === undefined ? ', plus your Roxzone time (the transitions), which this leaves out' : ''}.`,
    },
  ];
}

/** "wall balls at about 2.5 sec a rep, 5 sets of 20 with 15 sec rest: how long is that? fast enough for a 1:30?" */
function setTime(q: string, f: QuestionFacts): Calculation[] {
  const per = /(\d(?:\.\d+)?)\s*(?:s|sec|secs|seconds?)\s*(?:a|per|each)\s*rep\b/i.exec(q);
  let sets: string[] | null = /\b(\d{1,2})\s*(?:sets|x)\s*(?:of\s*)?(\d{1,3})\b/i.exec(q);
  // "sets of 20 with 10s rest … 100 reps": the sets are the reps ÷ the set size.
  const of = /\bsets of (\d{1,3})\b/i.exec(q);
  const all = /\b(\d{2,3})\s*(?:reps|wall ?balls)\b/i.exec(q);
  if (!sets && of && all && Number(all[1]) > Number(of[1])) sets = ['', String(Math.ceil(Number(all[1]) / Number(of[1]))), of[1]!];
  if (!per || !sets) return [];
  const rest = Number(
    /(\d{1,3})\s*(?:s|sec|secs|seconds?)\s*(?:of\s*)?(?:rest|break|pause|breather)|(?:rest|break|pause)(?:ing)?\s*(?:of\s*)?(\d{1,3})\s*(?:s|sec)/i
      .exec(q)
      ?.slice(1)
      .find(Boolean) ?? 0,
  );
  const n = Number(sets[1]);
  const reps = Number(sets[2]);
  // "100 reps in sets of 15": the last set is what is left (10), so the work is the reps asked, not n × 15.
  const last = of && all && !/\b\d{1,2}\s*(?:sets|x)\s*(?:of\s*)?\d/i.test(q) ? Number(all[1]) - (n - 1) * reps : reps;
  const work = ((n - 1) * reps + last) * Number(per[1]);
  const total = work + (n - 1) * rest;
  const setsText = last === reps ? `${n} × ${reps} reps` : `${(n - 1) * reps + last} reps (${n - 1} × ${reps} and ${last})`;
  let text = `${setsText} at ${per[1]} s a rep is ${t(Math.round(work))} of work${rest ? ` plus ${n - 1} × ${rest} s rest` : ''}: **${t(Math.round(total))}**.`;
  const id = f.stations[0];
  // "fast enough for a 1:30?": the finish the member measures it against.
  const finish = /\bfor (?:a |an )?(\d:\d{2})\b(?!:)/i.exec(q);
  const goal = f.goalSec ?? (finish ? finishSec(finish[1]!) : undefined);
  if (id && goal && goal >= 2700 && goal <= 14400) {
    const division = f.division ?? 'open_men';
    const target = stationTargetSec(goal, division, id);
    const ok = total <= target;
    text += ` The ${stationById(id).name} target at a ${t(goal)} finish (${DIVISION_LABELS[division]}${f.division ? '' : ', assumed'}) is ${t(Math.round(target))}, so **${ok ? `yes, that is fast enough, ${t(Math.round(target - total))} inside it` : `not yet: ${t(Math.round(total - target))} over it`}**.`;
  }
  return [{ kind: 'set_time', text }];
}

/** The divisions a question names ("open men and open women", "is that pro?"), else the member's, else all four. */
function namedDivisions(q: string, f: QuestionFacts): Division[] {
  const out: Division[] = [];
  for (const m of q.matchAll(
    /\b(open|pro)\b(?:\s*(?:division\s*)?(men|mens|men'?s|male|guys?|man|women|womens|women'?s|female|girls?|woman|ladies))?/gi,
  )) {
    const level = m[1]!.toLowerCase() as 'open' | 'pro';
    const sex = m[2] ? (/^(wom|fem|girl|lad)/i.test(m[2]) ? ['women'] : ['men']) : ['women', 'men'];
    for (const x of sex) {
      const d = `${level}_${x}` as Division;
      if (!out.includes(d)) out.push(d);
    }
  }
  // "which is closest to the open men ball and to open women" names both; "the women's ball" alone is Open.
  if (out.length === 0)
    for (const m of q.matchAll(/\b(women|womens|women'?s|ladies|female|men|mens|men'?s|male|guys)\b/gi)) {
      const d: Division = /^(wom|lad|fem)/i.test(m[1]!) ? 'open_women' : 'open_men';
      if (!out.includes(d)) out.push(d);
    }
  return out.length ? out : f.division ? [f.division] : [...DIVISIONS];
}

/** The race kit a pound weight is measured against: a wall ball, a farmers-carry kettlebell or the lunge sandbag. */
function kitStation(q: string, f: QuestionFacts): StationId | undefined {
  if (/\bwall ?balls?\b|\bwb'?s?\b|\bmed(?:icine)? ?balls?\b/i.test(q)) return 'wall_balls';
  if (/\bkettle ?bells?\b|\bkbs?\b|\bbells\b|\bfarmers?'?\b|\bfarmer'?s\b/i.test(q)) return 'farmers_carry';
  if (/\bsand ?bags?\b|\blunges?\b/i.test(q)) return 'sandbag_lunges';
  return f.stations.find((id) => id === 'wall_balls' || id === 'farmers_carry' || id === 'sandbag_lunges');
}

/**
 * "our box only has 14lb and 20lb wall balls, which is closest to the open men and open women ball?", "my kettlebells are
 * 53 lb, is that the same as pro?", "my dumbbells are 50 lbs, how many kg?": the kit in kilograms, and against the race's
 * kit for the divisions asked the one that matches or comes closest.
 */
function poundKit(q: string, f: QuestionFacts): Calculation[] {
  // "i weigh 160lb": the member's body mass is not kit.
  const weights = [...q.matchAll(/\b(\d{1,3}(?:\.\d+)?)\s*(?:lbs?|pounds?)\b/gi)]
    .filter((m) => !/\b(?:weigh\w*|i'?m|i am|body ?weight|bw)\s*(?:about |around |~)?$/i.test(q.slice(Math.max(0, m.index - 20), m.index)))
    .map((m) => Number(m[1]))
    .filter((v, i, a) => v > 0 && a.indexOf(v) === i);
  if (weights.length === 0 || weights.length > 3) return [];
  // "24kg … in lbs", "35lb … heavier than the 16kg": a kilogram figure of the member's own is another reading's.
  if (/\b\d{1,3}(?:\.\d+)?\s*(?:kg|kgs|kilos?)\b/i.test(q)) return [];
  const id = kitStation(q, f);
  const asks =
    /\bhow (?:many|much) (?:kg|kgs|kilos?)\b|\bin (?:kg|kilos?)\b|\bwhat(?:'?s| is) (?:that|this|it)\b|\bsame\b|\bclose\w*\b|\bnearest\b|\bwhich\b|\bheavier\b|\blighter\b|\bmatch\w*\b|\bequal\b|\benough\b|\b(?:is|are) (?:that|it|this|those|these|they|mine)\b|\bright weight\b|\bok\b|\bwork\b|^\s*(?:are|is)\b|\b(?:weight|load|standard)\s*\?/i;
  if (!asks.test(q)) return [];
  const kg = (lb: number) => round(lb * KG_PER_LB, 1);
  const said = weights.map((lb) => `${lb} lb is **${kg(lb).toFixed(1)} kg**`).join(' and ');
  if (!id) return [{ kind: 'convert', text: `${said} (1 lb = 0.4536 kg).` }];
  const s = stationById(id);
  const what = id === 'wall_balls' ? 'ball' : id === 'farmers_carry' ? 'kettlebell (each hand)' : 'sandbag';
  const per = namedDivisions(q, f).map((d) => {
    const load = s.loadKg![d];
    const best = weights.reduce((a, b) => (Math.abs(kg(b) - load) < Math.abs(kg(a) - load) ? b : a));
    const gap = round(kg(best) - load, 1);
    const verdict =
      Math.abs(gap) / load < 0.03
        ? `**${best} lb matches**`
        : weights.length > 1
          ? `**${best} lb is the closest** (${Math.abs(gap)} kg ${gap > 0 ? 'heavier' : 'lighter'})`
          : `**${best} lb is ${Math.abs(gap)} kg ${gap > 0 ? 'heavier' : 'lighter'}**`;
    return `the ${DIVISION_LABELS[d]} ${what} is ${load} kg (${round(load / KG_PER_LB, 1)} lb), so ${verdict}`;
  });
  // "20 lb wall balls, is that the open men weight?": the division it does match, when not one asked.
  const other =
    weights.length === 1
      ? DIVISIONS.filter((d) => !namedDivisions(q, f).includes(d) && Math.abs(kg(weights[0]!) - s.loadKg![d]) / s.loadKg![d] < 0.03)
      : [];
  const matches = other.length ? `; it matches ${other.map((d) => DIVISION_LABELS[d]).join(' and ')} (${s.loadKg![other[0]!]} kg)` : '';
  return [{ kind: 'convert', text: `${said}: ${per.join('; ')}${matches}.` }];
}

const MILE_DISTANCE = /\b(\d{1,3}(?:\.\d+)?)\s*(?:miles?|mi)\b(?!\s*(?:\/|per |an? hour))/i;

/**
 * "ran 10 miles this week, how many km is that?", "how far is 1000m in miles", "8 x 1km, is that 5 miles?", "8 miles in
 * 1:12, what pace per km": a distance in the other unit, and a pace from a distance in miles and its time.
 */
function distanceUnits(q: string): Calculation[] {
  if (/\d\s*(?:\/|per )\s*(?:km|k|mile|mi)\b/i.test(q)) return [];
  const mile = MILE_DISTANCE.exec(q);
  // "3 miles in 27 minutes" as well as "in 27:00".
  const time = mile
    ? new RegExp(
        `${MILE_DISTANCE.source}\\s*(?:run\\s*)?(?:in|at|took|=)\\s*(?:me\\s*)?(\\d{1,2}:\\d{2}(?::\\d{2})?\\b|\\d{1,3}(?:\\.\\d)?\\s*(?:min(?:ute)?s?|mins)\\b)`,
        'i',
      ).exec(q)
    : null;
  if (time) {
    const miles = Number(time[1]);
    const parts = time[2]!.split(':').length;
    // "8 miles in 1:12" is hours and minutes when minutes and seconds would be faster than a 4:00 mile.
    const sec = !time[2]!.includes(':')
      ? Math.round(Number(/[\d.]+/.exec(time[2]!)![0]) * 60)
      : parts === 2 && clockSec(time[2]!) / miles < 240
        ? finishSec(time[2]!)
        : clockSec(time[2]!);
    const perMile = sec / miles;
    if (perMile >= 240 && perMile <= 1200)
      return [
        {
          kind: 'split',
          text: `${miles} miles (${round(miles * KM_PER_MILE, 1)} km) in ${t(sec)} is **${t(Math.round(perMile / KM_PER_MILE))}/km** (${t(Math.round(perMile))}/mile).`,
        },
      ];
  }
  const toKm = /\bhow (?:many|much|far) (?:km|kms|k|kilomet\w*)\b|\bin (?:km|kms|kilomet\w*)\b|\bto (?:km|kilomet\w*)\b|\bwhat(?:'?s| is) that in k/i;
  if (mile && toKm.test(q)) {
    const v = Number(mile[1]);
    return [{ kind: 'convert', text: `${v} miles is **${round(v * KM_PER_MILE, 1)} km** (× 1.609).` }];
  }
  const asked = mile
    ? /\b(?:is|are) (?:that|it|this)\b|\bsame\b|\bequal|^\s*is\b[^.?!]*\bmiles?\b/i.test(q)
    : /\bin miles\b|\bhow many miles\b|\bto miles\b/i.test(q);
  if (!asked) return [];
  // "8 x 1km", "1000m", "10 km": the metric distance asked in miles.
  const times = /\b(\d{1,2})\s*(?:x|×)\s*(\d{1,2}(?:\.\d+)?)\s*(?:km|k)\b/i.exec(q);
  const metric = times ? null : /\b(\d{1,5}(?:\.\d+)?)\s*(km|kms|k|kilomet\w*|m|metres?|meters?)\b(?!\s*(?:\/|per ))/i.exec(q);
  const km = times ? Number(times[1]) * Number(times[2]) : metric ? Number(metric[1]) / (/^(m|met)/i.test(metric[2]!) ? 1000 : 1) : NaN;
  if (!(km > 0 && km <= 500)) return [];
  const miles = km / KM_PER_MILE;
  const given = mile ? Number(mile[1]) : undefined;
  const verdict = given !== undefined ? ` ${Math.abs(miles - given) / given < 0.05 ? `, so yes, about ${given} miles` : `, not ${given} miles`}` : '';
  const said = times ? `${times[1]} × ${times[2]} km = ${round(km, 2)} km` : `${metric![1]} ${/^(m|met)/i.test(metric![2]!) ? 'm' : 'km'}`;
  return [{ kind: 'convert', text: `${said} is **${round(miles, 2)} miles** (÷ 1.609)${verdict.replace(/^ /, '')}.` }];
}

/**
 * "i want sub 1:30, how much time do i have for stations if i run 5:00/km", "finish 1:25, runs at 5:30/km, stations 30
 * min, whats left for roxzone": the goal less the parts the member gives, which is what is left for the rest.
 */
function goalBudget(q: string, f: QuestionFacts): Calculation[] {
  // "how long can each station take on average": the time left for the stations, per station.
  const perStation =
    /\b(?:how long|how much time|what time|average)\b[^.?!]{0,40}\b(?:each|every|per|a|the average) station\b|\b(?:each|every|per) station\b[^.?!]{0,30}\b(?:take|average|get)\b/i.test(
      q,
    );
  if (!perStation && !/\bleft\b|\bremain\w*\b|\bhave (?:left )?for\b|\bbudget\b|\bspare\b|\bhow much time\b[^.?!]{0,30}\bfor\b/i.test(q)) return [];
  const own =
    /\b(?:sub|under|finish(?:ing)?(?: in)?|goal(?: is| of)?|target(?: is| of)?|break|want(?: to (?:do|finish|go|hit))?|aiming (?:for|at))\s*(?:a |an |in |at )?(?:sub[- ]?)?([1-3]:\d{2}(?::\d{2})?)\b(?![:/])/i.exec(
      q,
    );
  const goal = f.goalSec ?? (own ? finishSec(own[1]!) : undefined);
  if (goal === undefined || goal < 2700 || goal > 14400) return [];
  const pace = runPacePerKm(q);
  // "if my running is 36 mins": the runs' total the member gives stands for 8 km at its average pace.
  const runTotal = pace === undefined && perStation ? partTime(q, /\b(?:running|runs|run time)\b(?! ?(?:pace|at))/i) : undefined;
  const perKm = pace ?? (runTotal !== undefined && runTotal >= 1200 && runTotal <= 7200 ? runTotal / 8 : undefined);
  const runSec = perKm !== undefined && perKm >= 150 && perKm <= 900 ? Math.round(perKm * 8) : undefined;
  if (runSec === undefined) return [];
  const stations = partTime(q, /\bstations?\b(?! ?(?:and|\+|&) ?(?:the )?(?:roxzone|transitions?))/i);
  const stationSec = stations !== undefined && stations >= 600 && stations <= 7200 ? stations : undefined;
  const runText = `8 × ${t(Math.round(perKm!))}/km = ${t(runSec)} of running`;
  if (stationSec !== undefined) {
    const left = goal - runSec - stationSec;
    if (left <= 0)
      return [
        {
          kind: 'finish_from_parts',
          text: `${runText} + ${t(stationSec)} of stations = ${t(runSec + stationSec)}, already **${t(-left)} over ${t(goal)}** before any Roxzone time.`,
        },
      ];
    return [
      {
        kind: 'finish_from_parts',
        text: `${t(goal)} − ${t(runSec)} of running (${pace === undefined ? 'your total' : `8 × ${t(Math.round(perKm!))}/km`}) − ${t(stationSec)} of stations leaves **${t(left)} for the Roxzone**, about ${t(Math.round(left / 8))} per transition.`,
      },
    ];
  }
  const left = goal - runSec;
  if (left < 1200) return [];
  // "roxzone 6 min": the transitions come off too, and what is left is the stations'.
  const rox = roxzoneTime(q);
  if (rox !== undefined && left - rox >= 600)
    return [
      {
        kind: 'finish_from_parts',
        text: `${t(goal)} − ${t(runSec)} of running (${pace === undefined ? 'your total' : `8 × ${t(Math.round(perKm!))}/km`}) − ${t(rox)} of Roxzone leaves **${t(left - rox)} for the 8 stations, about ${t(Math.round((left - rox) / 8))} per station** on average.`,
      },
    ];
  return [
    {
      kind: 'finish_from_parts',
      text: `${t(goal)} − ${t(runSec)} of running (${pace === undefined ? 'your total' : `8 × ${t(Math.round(perKm!))}/km`}) leaves **${t(left)} for the 8 stations and the Roxzone together**, about ${t(Math.round(left / 8))} per station with its transition.`,
    },
  ];
}

/** "ran 8km mon, 6km wed, 12km sat, whats my weekly km?", "3 x 10km and 2 x 5km this week, total km?": the distances added. */
function weeklyDistance(q: string): Calculation[] {
  if (/%|\bper ?cent\b/i.test(q) || !/\btotal\b|\bweekly\b|\bthis week\b|\ba week\b|\bper week\b|\baltogether\b|\bin all\b|\bsum\b/i.test(q))
    return [];
  if (!/\bhow (?:many|much|far)\b|\bwhat(?:'?s| is| was)\b|\btotal\b|\bsum\b/i.test(q)) return [];
  const items: { n: number; d: number; mi: boolean }[] = [];
  for (const m of q.matchAll(
    /\b(?:(\d{1,2})\s*(?:x|×)\s*)?(\d{1,3}(?:\.\d+)?)\s*(km|kms|k|miles?|mi)\b(?!\s*(?:\/|per |a |an )\s*(?:km|mile|week|day|hour))/gi,
  ))
    items.push({ n: m[1] ? Number(m[1]) : 1, d: Number(m[2]), mi: /^mi/i.test(m[3]!) });
  if (items.length < 2 || items.some((x) => x.mi !== items[0]!.mi) || items.some((x) => x.d <= 0 || x.d > 100)) return [];
  const unit = items[0]!.mi ? 'miles' : 'km';
  const total = items.reduce((a, x) => a + x.n * x.d, 0);
  const terms = items.map((x) => (x.n > 1 ? `${x.n} × ${x.d}` : `${x.d}`)).join(' + ');
  const other = items[0]!.mi ? `${round(total * KM_PER_MILE, 1)} km` : `${round(total / KM_PER_MILE, 1)} miles`;
  return [{ kind: 'weekly_total', text: `${terms} ${unit} = **${round(total, 1)} ${unit}** (${other}).` }];
}

/**
 * "100 wall balls in sets of 20 with 10 sec rest, how long is the rest in total", "rest 5 sec every 10 wall balls, how much
 * rest for 100": the sets, and one rest fewer than the sets.
 */
function restTotal(q: string, f: QuestionFacts): Calculation[] {
  if (!/\b(?:rest|break|pause)\w*\b/i.test(q) || !/\bhow (?:long|much)\b|\btotal\b|\bin all\b|\baltogether\b/i.test(q)) return [];
  const size =
    /\bsets? of (\d{1,3})\b|\b(?:every|each|after) (\d{1,3})\s*(?:reps?|wall ?balls?|burpees?|lunges?|cals?)?\b|\b(\d{1,3})[- ]?rep sets\b/i.exec(q);
  const rest =
    /\b(\d{1,3})\s*(?:s|sec|secs|seconds?)\s*(?:of\s*)?(?:rest|break|pause)\b/i.exec(q) ??
    /\b(?:rest|break|pause)\w*\s*(?:of\s*|for\s*)?(?:about |~)?(\d{1,3})\s*(?:s|sec|secs|seconds?)\b/i.exec(q);
  if (!size || !rest) return [];
  const per = Number(size[1] ?? size[2] ?? size[3]);
  const named = [...q.matchAll(/\b(\d{2,3})\s*(?:reps?|wall ?balls?|burpees?|lunges?|cals?)?\b/gi)]
    .map((m) => Number(m[1]))
    .filter((n) => n > per && n <= 1000 && n !== Number(rest[1]));
  const station = f.stations.includes('wall_balls') || /\bwall ?balls?\b/i.test(q) ? stationById('wall_balls').reps! : NaN;
  const total = named.length ? Math.max(...named) : station;
  if (!(per >= 2 && total > per && total <= 1000)) return [];
  const sets = Math.ceil(total / per);
  const sec = Number(rest[1]);
  return [
    {
      kind: 'rep_pace',
      text: `${total} reps in sets of ${per} is ${sets} sets, so ${sets - 1} rests × ${sec} s = **${(sets - 1) * sec < 60 ? `${(sets - 1) * sec} s` : t((sets - 1) * sec)} of rest** (no rest after the last set).`,
    },
  ];
}

/**
 * Doubles and relays: "we split 100 wall balls 60/40, how many each?", "split the 80m burpee broad jumps evenly", "the
 * 1000m row in 250m chunks, how many turns each?": the work each partner does.
 */
function partnerSplit(q: string, f: QuestionFacts): Calculation[] {
  if (
    !/\bdoubles?\b|\bpartners?\b|\brelay\b|\bteam ?mates?\b|\bbetween us\b|\bwe split\b|\bsplit\b[^.?!]{0,40}\b(?:evenly|equally|half|chunks?|blocks?|pieces?|\d{2}\s*\/\s*\d{2})/i.test(
      q,
    )
  )
    return [];
  if (!/\beach\b|\bper (?:person|partner)\b|\bhow many\b|\bhow (?:far|much)\b|\beach of us\b/i.test(q)) return [];
  const id = f.stations.length === 1 ? f.stations[0]! : undefined;
  const st = id ? stationById(id) : undefined;
  // The largest amount is the work ("swap every 20 reps on 100 wall balls": 100), a smaller one the turn.
  const named = [
    ...q.matchAll(
      /\b(\d{2,4})\s*(m|metres?|meters?|reps?|wall ?balls?|burpees?|cals?)\b(?!\s*(?:chunks?|blocks?|pieces?|bits?|turns?|each|a go|at a time))/gi,
    ),
  ].sort((a, b) => Number(b[1]) - Number(a[1]))[0];
  const metres = named ? /^m/i.test(named[2]!) : st?.distanceM !== undefined;
  const total = named ? Number(named[1]) : (st?.distanceM ?? st?.reps);
  if (!total) return [];
  const unit = metres ? 'm' : 'reps';
  // "we split the 100 wall balls 70/30, and the 80m burpees 50/50": each share with the work named beside it.
  const pieces = q
    .split(/,|;|\band\b/i)
    .map((part) => {
      const r = /\b(\d{1,2})\s*\/\s*(\d{1,2})\b/.exec(part);
      if (!r || Number(r[1]) + Number(r[2]) !== 100) return undefined;
      const own = /\b(\d{2,4})\s*(m|metres?|meters?|reps?|wall ?balls?|burpees?|cals?)\b/i.exec(part);
      const named = stationsNamed(part).map((x) => stationById(x));
      const work = own ? Number(own[1]) : (named[0]?.distanceM ?? named[0]?.reps);
      if (!work) return undefined;
      const u = own ? (/^m/i.test(own[2]!) ? 'm' : 'reps') : named[0]!.distanceM !== undefined ? 'm' : 'reps';
      const a = round((work * Number(r[1])) / 100);
      return `${r[1]}/${r[2]} of ${work} ${u}${named[0] ? ` (${named[0].name})` : ''} is **${a} and ${work - a} ${u}**`;
    })
    .filter((x): x is string => x !== undefined);
  if (pieces.length >= 2) return [{ kind: 'partner_split', text: `${pieces.join('; ')}.` }];
  const ratio = /\b(\d{1,2})\s*\/\s*(\d{1,2})\b/.exec(q);
  if (ratio && Number(ratio[1]) + Number(ratio[2]) === 100) {
    const a = round((total * Number(ratio[1])) / 100);
    return [{ kind: 'partner_split', text: `${ratio[1]}/${ratio[2]} of ${total} ${unit} is **${a} and ${total - a} ${unit}**.` }];
  }
  const chunk =
    /\b(\d{1,3})\s*(?:m|metres?|meters?|reps?|cals?)?\s*(?:chunks?|blocks?|pieces?|bits?|turns?|at a time|each time|a go|intervals?)\b/i.exec(q) ??
    /\b(?:swap\w*|switch\w*|chang\w*|alternat\w*|rotat\w*|tag\w*)\s*(?:over\s*)?(?:every|each|after)\s*(\d{1,3})\s*(?:m|metres?|meters?|reps?|cals?)?\b/i.exec(
      q,
    );
  if (chunk && Number(chunk[1]) < total) {
    const c = Number(chunk[1]);
    const turns = Math.ceil(total / c);
    const last = total - (turns - 1) * c;
    return [
      {
        kind: 'partner_split',
        text: `${total} ${unit} in ${c} ${unit} turns is **${turns} turns, ${turns % 2 === 0 ? `${turns / 2} each` : `${Math.ceil(turns / 2)} for one partner and ${Math.floor(turns / 2)} for the other`}** when you alternate${last !== c ? ` (the last turn is ${last} ${unit})` : ''}.`,
      },
    ];
  }
  if (/\bevenly\b|\bequally\b|\bhalf\b|\b50\s*\/\s*50\b|\beven split\b/i.test(q))
    return [{ kind: 'partner_split', text: `${total} ${unit} split evenly is **${round(total / 2, 1)} ${unit} each**.` }];
  return [];
}

/** "sled push took 3:20 last race, if i improve 20% what time is that": the time less (or plus) the share. */
function timePercent(q: string): Calculation[] {
  const m =
    /\b(?:improv\w*|faster|quicker|cut\w*|drop\w*|reduc\w*|better|shav\w*|knock\w*)\b[^.?!%\d]{0,15}?(\d{1,2}(?:\.\d)?)\s*(?:%|percent|per cent)|\b(\d{1,2}(?:\.\d)?)\s*(?:%|percent|per cent)\s*(?:faster|quicker|better|less|off|improvement)\b/i.exec(
      q,
    );
  if (!m || !/\bwhat (?:time|would|will)\b|\bwhat(?:'?s| is) (?:that|my|the)\b|\bhow (?:fast|long)\b|\bnew time\b/i.test(q)) return [];
  const times = [...q.matchAll(/\b(\d{1,2}:\d{2}(?::\d{2})?)\b(?!\s*(?:\/|per )\s*(?:km|k\b|mile|mi\b|500))/g)].map((x) => x[1]!);
  if (times.length !== 1) return [];
  const pct = Number(m[1] ?? m[2]);
  const from =
    times[0]!.split(':').length === 2 && /^[1-3]:/.test(times[0]!) && !/\b(?:station|sled|row|ski|wall|farmer|lunge|burpee|run|km)\w*/i.test(q)
      ? finishSec(times[0]!)
      : clockSec(times[0]!);
  if (!(pct > 0 && pct < 60 && from > 0)) return [];
  const to = Math.round(from * (1 - pct / 100));
  return [{ kind: 'time_change', text: `${t(from)} − ${pct} % = ${t(from)} × ${round(1 - pct / 100, 2)} = **${t(to)}** (${t(from - to)} faster).` }];
}

/**
 * "max hr 185, whats 80 percent", "my max hr is 190, what is zone 2?": shares of the member's maximum heart rate. Coach K's
 * sources give easy running as 70–80 % of maximum and no formula for a maximum from age.
 */
function heartRate(q: string): Calculation[] {
  if (!/\bheart ?rate\b|\bhr\b|\bbpm\b|\bhrmax\b|\b220\s*(?:-|−|–|minus|take away|less)\s*(?:my\s*)?(?:age|\d{2})\b/i.test(q)) return [];
  const max =
    /\bmax(?:imum|imal)?\s*(?:heart ?rate|hr)?\s*(?:is|of|=|:|at|around|about)?\s*(?:about |around |~)?(1\d{2}|2[01]\d)\b|\b(1\d{2}|2[01]\d)\s*(?:bpm\s*)?(?:max|hrmax)\b|\bhrmax\s*(?:is|of|=)?\s*(1\d{2}|2[01]\d)\b/i.exec(
      q,
    );
  // "220 minus age for a 40 year old, then 80%": the member's own age formula, said as such.
  const age = /\b220\s*(?:-|−|–|minus|take away|less)\s*(?:my\s*)?(?:age|(\d{2}))\b/i.exec(q);
  const years = age
    ? Number(age[1] ?? /\b(?:i'?m|i am|age|aged)\s*(\d{2})\b|\b(\d{2})\s*(?:years? old|yo|y\/o|yr old)\b/i.exec(q)?.slice(1).find(Boolean) ?? NaN)
    : NaN;
  if (!max && years >= 14 && years <= 90) {
    const est = 220 - years;
    // "65-75%": both ends of the range.
    const span = /\b(\d{2})\s*(?:-|–|to)\s*(\d{2,3})\s*(?:%|percent|per cent)/i.exec(q);
    const pcts = (span ? [span[1]!, span[2]!] : [...q.matchAll(/\b(\d{2,3})\s*(?:%|percent|per cent)/gi)].map((m) => m[1]!))
      .map(Number)
      .filter((p) => p >= 40 && p <= 100);
    const shares = pcts.map((p) => `${p} % of ${est} is **${Math.round((p / 100) * est)} bpm**`).join('; ');
    return [
      {
        kind: 'percent',
        text: `220 − ${years} = **${est} bpm** as an estimated maximum${shares ? `; ${shares}` : ''}. The age formula is a rough population estimate, not your own maximum, so a maximum measured in a hard effort is the better base.`,
      },
    ];
  }
  const hr = max ? Number(max[1] ?? max[2] ?? max[3]) : undefined;
  if (hr === undefined) {
    if (/\b(?:i'?m|i am|age|aged)\s*(\d{2})\b|\b(\d{2})\s*(?:years? old|yo|y\/o)\b/i.test(q) && /\bzone|\bmax\b|\bwhat (?:heart rate|hr)\b/i.test(q))
      return [
        {
          kind: 'percent',
          text: `Coach K's sources give **no formula for maximum heart rate from age**, so I won't estimate one; with your own measured maximum, easy running (what most apps call zone 2) is about 70–80 % of it, and the race itself sits at 90–100 %.`,
        },
      ];
    return [];
  }
  // "whats 85-90% for threshold": both ends of a range.
  const range = /\b(\d{2})\s*(?:-|–|to)\s*(\d{2,3})\s*(?:%|percent|per cent)/i.exec(q);
  const pcts = (range ? [range[1]!, range[2]!] : [...q.matchAll(/\b(\d{2,3})\s*(?:%|percent|per cent)/gi)].map((m) => m[1]!))
    .map(Number)
    .filter((p) => p >= 40 && p <= 100);
  if (pcts.length)
    return [{ kind: 'percent', text: pcts.map((p) => `${p} % of ${hr} bpm is **${Math.round((p / 100) * hr)} bpm**`).join('; ') + '.' }];
  if (/\bzone ?2\b|\beasy\b|\baerobic\b|\bzones?\b/i.test(q))
    return [
      {
        kind: 'percent',
        text: `At a maximum of ${hr} bpm, easy running (what most apps call zone 2) at 70–80 % of maximum is **about ${Math.round(hr * 0.7)}–${Math.round(hr * 0.8)} bpm**; race effort is 90–100 %, ${Math.round(hr * 0.9)}–${hr} bpm.`,
      },
    ];
  return [];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;

/**
 * Every date the member writes ("2026-12-20", "march 14 2027", "14th of march", "1 dec"), in the order written, as
 * 'YYYY-MM-DD'; a date without a year is the next one from today, or, after an earlier date, the next one from that date
 * ("from 1 dec to 14 march": 1 December, then 14 March of the year after).
 */
function datesIn(q: string, today: string): string[] {
  const found: { at: number; end: number; y?: number; mo: number; d: number }[] = [];
  const add = (at: number, end: number, mo: number, d: number, y?: number) => {
    if (!found.some((x) => at < x.end && end > x.at)) found.push({ at, end, y, mo, d });
  };
  for (const m of q.matchAll(/\b(20\d{2})-(\d{1,2})-(\d{1,2})\b/g)) add(m.index, m.index + m[0].length, Number(m[2]), Number(m[3]), Number(m[1]));
  for (const m of q.matchAll(
    new RegExp(String.raw`\b${MONTH}\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:k\b|km|kg|min|weeks?|days?|%|:))(?:,?\s*(20\d{2}))?`, 'gi'),
  ))
    add(m.index, m.index + m[0].length, MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1, Number(m[2]), m[3] ? Number(m[3]) : undefined);
  for (const m of q.matchAll(new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b(?:,?\s*(20\d{2}))?`, 'gi')))
    add(m.index, m.index + m[0].length, MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1, Number(m[1]), m[3] ? Number(m[3]) : undefined);
  const pad = (n: number) => String(n).padStart(2, '0');
  const out: string[] = [];
  for (const x of found.sort((a, b) => a.at - b.at)) {
    if (!(x.mo >= 1 && x.mo <= 12 && x.d >= 1 && x.d <= 31)) continue;
    const after = out[out.length - 1] ?? today;
    const year = x.y ?? Number(after.slice(0, 4));
    let date = `${year}-${pad(x.mo)}-${pad(x.d)}`;
    if (x.y === undefined && date < after) date = `${year + 1}-${pad(x.mo)}-${pad(x.d)}`;
    const parsed = new Date(`${date}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.getUTCDate() !== x.d) continue;
    out.push(date);
  }
  return out;
}

/** A date the member writes ("2026-12-20", "march 14 2027", "14th of march"), as 'YYYY-MM-DD'; without a year, the next one from today. */
function dateIn(q: string, today: string): string | undefined {
  const iso = /\b(20\d{2})-(\d{1,2})-(\d{1,2})\b/.exec(q);
  let y: number | undefined;
  let mo: number;
  let d: number;
  if (iso) [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else {
    const md = new RegExp(String.raw`\b${MONTH}\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s*(20\d{2}))?`, 'i').exec(q);
    const dm = md ? null : new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b(?:,?\s*(20\d{2}))?`, 'i').exec(q);
    if (md) [mo, d, y] = [MONTHS.indexOf(md[1]!.slice(0, 3).toLowerCase()) + 1, Number(md[2]), md[3] ? Number(md[3]) : undefined];
    else if (dm) [d, mo, y] = [Number(dm[1]), MONTHS.indexOf(dm[2]!.slice(0, 3).toLowerCase()) + 1, dm[3] ? Number(dm[3]) : undefined];
    else return undefined;
  }
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const year = y ?? Number(today.slice(0, 4));
  let date = `${year}-${pad(mo)}-${pad(d)}`;
  if (y === undefined && date < today) date = `${year + 1}-${pad(mo)}-${pad(d)}`;
  return Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ? undefined : date;
}

/** "how many days until my race on 2026-12-20?", "race is on march 14 2027, how many weeks do i have?": counted from today. */
function daysToDate(question: string, today: string | undefined): Calculation[] {
  let q = question;
  if (
    !today ||
    !/\bhow (?:many|long)\b[^.?!]{0,30}\b(?:days?|weeks?|until|till|til|to go|left|have)\b|\b(?:days|weeks) (?:until|till|til|to go|left|out)\b|\btaper\b[^.?!]{0,25}\bstart|\bstart\w* (?:my |the |to )?taper|\bwhen (?:do|should) i (?:start (?:to )?)?taper/i.test(
      q,
    )
  )
    return [];
  // "race on march 21, today is nov 30": the member's "today" is not a second date to count from.
  q = q.replace(
    new RegExp(
      String.raw`\btoday(?:'s| is)\s*(?:the\s*)?(?:${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH})\b`,
      'i',
    ),
    'today',
  );
  // "how many days from 1 dec to my race on 14 march": the span between two dates the member gives, not from today.
  const dates = datesIn(q, today);
  const between = dates.length >= 2 && /\bfrom\b|\bbetween\b|\bstart(?:ing|s)?\b/i.test(q);
  const from = between ? dates[0]! : today;
  const date = between ? dates[1]! : dateIn(q, today);
  if (!date) return [];
  const days = Math.round(daysBetween(from, date));
  if (days < 0 || days > 800) return [];
  const weeks = Math.floor(days / 7);
  const rest = days - weeks * 7;
  const weekText = `${weeks} week${weeks === 1 ? '' : 's'}${rest ? ` and ${rest} day${rest === 1 ? '' : 's'}` : ''}`;
  const longDate = (d: string) =>
    new Date(`${d}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const long = longDate(date);
  const start = between ? longDate(from) : `today (${today})`;
  const asksWeeks = /\bweeks?\b/i.test(q) && !/\bdays?\b/i.test(q);
  // "…and whats my taper start date?": the taper's weeks (Coach K's 2 unless the member gives theirs) back from the race.
  const taper = /\btaper\b[^.?!]{0,25}\bstart|\bstart\w* (?:my |the |to )?taper|\bwhen (?:do|should) i (?:start (?:to )?)?taper/i.test(q);
  const taperWeeks = Number(/\b(\d)[- ]?weeks? taper\b|\btaper (?:is|of|for|lasts?) (\d) weeks?\b/i.exec(q)?.slice(1).find(Boolean) ?? 2);
  const taperDate = new Date(`${date}T00:00:00Z`);
  taperDate.setUTCDate(taperDate.getUTCDate() - taperWeeks * 7);
  const taperText =
    taper && taperWeeks >= 1 && taperWeeks <= 4 && days > taperWeeks * 7
      ? ` A ${taperWeeks}-week taper starts on **${longDate(taperDate.toISOString().slice(0, 10))}**.`
      : '';
  return [
    {
      kind: 'date_span',
      text:
        (asksWeeks ? `From ${start} to ${long} is **${weekText}** (${days} days).` : `From ${start} to ${long} is **${days} days** (${weekText}).`) +
        taperText,
    },
  ];
}

/**
 * "5:00/km on the treadmill is what speed in km/h? and mph?", "treadmill at 12 km/h, what pace is that": a pace per km or
 * mile as a belt speed, or a belt speed as a pace.
 */
function paceSpeed(q: string, f: QuestionFacts): Calculation[] {
  const speed = /\b(\d{1,2}(?:\.\d{1,2})?)\s*(km\/h|kph|kmh|km per hour|kmph|mph|miles? per hour)\b/i.exec(q);
  if (
    speed &&
    !f.paces.length &&
    /\bpace\b|\bper (?:km|k|mile)\b|\/km\b|\bmin(?:ute)?s? (?:per )?(?:km|mile)\b|\bwhat(?:'s| is) that\b|\bconvert/i.test(q)
  ) {
    const kmh = Number(speed[1]) * (/^(mph|mile)/i.test(speed[2]!) ? KM_PER_MILE : 1);
    if (!(kmh >= 4 && kmh <= 30)) return [];
    const perKm = 3600 / kmh;
    return [
      {
        kind: 'convert',
        text: `${speed[1]} ${speed[2]} is **${t(Math.round(perKm))}/km** (${t(Math.round(perKm * KM_PER_MILE))}/mile): 3,600 s ÷ ${round(kmh, 2)} km/h.`,
      },
    ];
  }
  if (!/\bkm\/h\b|\bkph\b|\bkmh\b|\bmph\b|\bspeed\b|\bper hour\b/i.test(q)) return [];
  // "my 1k time trial was 3:55, whats that in km/h": a distance run in a time, as a speed.
  const run =
    /(?<![\d:.])(\d{1,2}(?:\.\d{1,2})?|\d{3,5})\s*(k|km|m|metres?|meters?|mi|miles?)\b[^.?!\d]{0,25}?\b(?:in|took|was|=|of)\s*(?:me\s*)?(\d{1,2}:\d{2}(?::\d{2})?)\b(?!\s*(?:\/|per ))/i.exec(
      q,
    );
  if (!f.paces.length && run) {
    const km = /^mi/i.test(run[2]!) ? Number(run[1]) * KM_PER_MILE : /^k/i.test(run[2]!) ? Number(run[1]) : Number(run[1]) / 1000;
    const sec = clockSec(run[3]!);
    const kmh = (km * 3600) / sec;
    if (km > 0 && sec > 0 && kmh >= 4 && kmh <= 30)
      return [
        {
          kind: 'convert',
          text: `${round(km, 2)} km in ${t(sec)} is ${round(km, 2)} × 3,600 ÷ ${sec} s = **${round(kmh, 1)} km/h** (${round(kmh / KM_PER_MILE, 1)} mph).`,
        },
      ];
  }
  return f.paces
    .filter((p) => p.per !== '500m')
    .map((p) => {
      const perKm = p.per === 'mile' ? p.sec / KM_PER_MILE : p.sec;
      const kmh = 3600 / perKm;
      return {
        kind: 'convert' as const,
        text: `${t(p.sec)}/${p.per} is **${round(kmh, 1)} km/h** (${round(kmh / KM_PER_MILE, 1)} mph) on the belt: 3,600 s ÷ ${round(perKm)} s per km.`,
      };
    });
}

/**
 * "if i lose 15 sec per km each run starting at 5:00 for run 1, whats run 8 and total run time": a fade that adds the same
 * seconds to every run, run by run (run n = run 1 + (n − 1) × the loss), and the eight runs added up.
 */
function steadyFade(q: string): Calculation[] {
  const loss =
    /\b(?:lose|losing|lost|slow(?:ing|s)? (?:down )?(?:by)?|add(?:ing)?|drop(?:ping)?|fad(?:e|ing)(?: by)?|get(?:ting)?|gain(?:ing)?)\s*(?:about |around |~)?(\d{1,2})\s*(?:s|secs?|seconds?)\b(?:\s*(?:slower|per km|\/km|a km))*[^.?!\d]{0,20}\b(?:each|every|per|a) (?:run|km|lap|round)\b/i.exec(
      q,
    ) ?? /\b(\d{1,2})\s*(?:s|secs?|seconds?)\s*slower\s*(?:each|every|per|a) (?:run|km|lap|round)\b/i.exec(q);
  const start =
    /\b(?:start(?:ing|s)?|begin(?:ning)?|from|run 1|first run|1st run|run one)\b[^.?!\d]{0,20}(\d{1,2}:\d{2})\b(?!:)/i.exec(q) ??
    /\b(\d{1,2}:\d{2})\b(?!:)[^.?!\d]{0,12}\b(?:for |on |in )?(?:run 1|the first run|my first run|run one|the 1st)\b/i.exec(q);
  if (!loss || !start) return [];
  const d = Number(loss[1]);
  const first = clockSec(start[1]!);
  if (!(d >= 1 && d <= 90 && first >= 150 && first <= 900)) return [];
  const runs = Array.from({ length: 8 }, (_, i) => first + i * d);
  const total = 8 * first + 28 * d;
  return [
    {
      kind: 'fade',
      text: `Adding ${d} s each run from ${t(first)}: ${runs.map(t).join(', ')}, so **run 8 is ${t(runs[7]!)}** and the eight runs total **${t(total)}** (8 × ${t(first)} + 28 × ${d} s), ${t(total - 8 * first)} more than 8 runs at ${t(first)}.`,
    },
  ];
}

/** "convert the 9 ft and 10 ft wall ball targets to metres", "a 3 m target is how many feet": feet and metres. */
function feetMetres(q: string): Calculation[] {
  const M_PER_FT = 0.3048;
  const feet = [...q.matchAll(/\b(\d{1,2}(?:\.\d)?)\s*(?:ft|feet|foot|')(?![a-z])/gi)].map((m) => Number(m[1]));
  if (feet.length && /\bmet(?:re|er)s?\b|\bin m\b|\bconvert|\bhow (?:high|tall|much|many)\b|\bcm\b/i.test(q)) {
    const parts = feet.map((x) => `${x} ft is **${round(x * M_PER_FT, 2)} m**`).join('; ');
    const wallBall = /\bwall ?balls?|\btarget/i.test(q) && feet.some((x) => x === 9 || x === 10);
    return [
      {
        kind: 'convert',
        text: `${parts} (1 ft = 0.3048 m).${wallBall ? ' The race standards give the wall-ball targets as 2.70 m (9 ft: Open Women, Pro Women) and 3.00 m (10 ft: Open Men, Pro Men).' : ''}`,
      },
    ];
  }
  const metres =
    /\b(\d(?:\.\d{1,2})?)\s*(?:m|metres?|meters?)\b(?!\s*(?:run|row|ski|sled|carry|lunges?|\/))[^.?!]{0,40}\b(?:in|to|how many) (?:ft|feet)\b/i.exec(
      q,
    ) ??
    // "how many feet is a 12.5 m sled lane": the ask before the distance.
    /\bhow many (?:ft|feet)\b[^.?!\d]{0,20}\b(\d{1,3}(?:\.\d{1,2})?)\s*(?:m|metres?|meters?)\b/i.exec(q) ??
    // "50 m sled push in feet": a station's distance with the ask right after it.
    /\b(\d{1,4}(?:\.\d{1,2})?)\s*(?:m|metres?|meters?)\b[^.?!\d]{0,25}\b(?:in|to|into) (?:ft|feet)\s*\??\s*$/i.exec(q);
  if (!metres) return [];
  const m = Number(metres[1]);
  return [{ kind: 'convert', text: `${m} m is **${round(m / M_PER_FT, 1)} ft** (1 ft = 0.3048 m).` }];
}

/**
 * "i run 25km a week and want to add 10% each week. how many weeks till im at 40km": weekly volume grown by a percentage
 * a week, week by week, until it reaches the target.
 */
function volumeGrowth(q: string): Calculation[] {
  const pct =
    /\b(\d{1,2}(?:\.\d)?)\s*(?:%|percent\b|per cent\b)[^.?!]{0,30}\b(?:each|every|a|per) week\b|\b(?:each|every|a|per) week\b[^.?!\d]{0,20}(\d{1,2}(?:\.\d)?)\s*(?:%|percent|per cent)/i.exec(
      q,
    );
  const unit = String.raw`(?:km|kms|k\b|kilomet\w*|miles?|mi\b)`;
  // "increase my weekly 30km by 10% for 3 weeks": each week's volume over the weeks given, no target.
  const span = /\b(?:for|over|across) (?:the next )?(\d{1,2}) weeks?\b/i.exec(q);
  const by = /\bby (\d{1,2}(?:\.\d)?)\s*(?:%|percent|per cent)/i.exec(q) ?? pct;
  const start = new RegExp(String.raw`\b(\d{1,3}(?:\.\d)?)\s*${unit}`, 'i').exec(q);
  if (
    span &&
    by &&
    start &&
    /\bweekly\b|\ba week\b|\bper week\b|\beach week\b|\bevery week\b/i.test(q) &&
    !/\b(?:to|till|until|reach|hit) (?:about )?\d/i.test(q)
  ) {
    const n = Number(span[1]);
    const a = Number(start[1]);
    const r = Number(by[1] ?? by[2]) / 100;
    if (n >= 1 && n <= 20 && a > 0 && a <= 200 && r > 0 && r <= 0.5) {
      const steps = Array.from({ length: n }, (_, i) => round(a * (1 + r) ** (i + 1), 1));
      const u = /mi/i.test(start[0].replace(/\d/g, '')) ? 'miles' : 'km';
      return [
        {
          kind: 'weekly_total',
          text: `${a} ${u} + ${round(r * 100, 1)} % a week for ${n} weeks: **${steps.join(' → ')} ${u}** (each week × ${round(1 + r, 3)}).`,
        },
      ];
    }
  }
  if (!pct || !/\bhow (?:many|long)\b|\bwhen\b|\bweeks? (?:till|until|to)\b/i.test(q)) return [];
  const from = new RegExp(String.raw`\b(\d{1,3}(?:\.\d)?)\s*${unit}(?:\s*(?:a|per|\/)\s*(?:week|wk))?`, 'i').exec(q);
  const to = new RegExp(String.raw`\b(?:to|till|until|til|reach|hit|at|get to|up to)\s*(?:about |around )?(\d{1,3}(?:\.\d)?)\s*${unit}`, 'i').exec(q);
  if (!from || !to || from.index === to.index) return [];
  const a = Number(from[1]);
  const b = Number(to[1]);
  const r = Number(pct[1] ?? pct[2]) / 100;
  if (!(a > 0 && b > a && b <= 200 && r > 0 && r <= 0.5)) return [];
  const weeks = Math.ceil(Math.log(b / a) / Math.log(1 + r) - 1e-9);
  if (weeks > 30) return [];
  const steps = Array.from({ length: weeks + 1 }, (_, i) => round(a * (1 + r) ** i, 1));
  const u = /mi/i.test(from[0].replace(/\d/g, '')) ? 'miles' : 'km';
  return [
    {
      kind: 'weekly_total',
      text: `Adding ${round(r * 100, 1)} % a week from ${a} ${u}: ${steps.join(' → ')} ${u}, so you pass ${b} ${u} after **${weeks} weeks** of increases (${a} × ${round(1 + r, 3)}^${weeks} = ${steps[weeks]}).`,
    },
  ];
}

/**
 * "race is in 9 weeks and my plan is 16 weeks long, which week should i jump in at": the plan's week that lines up with the
 * race, so the plan's last week is race week.
 */
function planWeek(q: string, f: QuestionFacts): Calculation[] {
  const plan =
    /\b(\d{1,2})[- ]?(?:weeks?|wk)\s*(?:long\s*)?(?:plan|program(?:me)?|block|build|cycle)\b/i.exec(q) ??
    /\b(?:plan|program(?:me)?|block|cycle)\b[^.?!\d]{0,20}\b(?:is |has |of |lasts )?(\d{1,2})\s*(?:weeks?|wks?)\b/i.exec(q);
  const weeks = f.weeksToRace;
  if (
    !plan ||
    weeks === undefined ||
    !/\bwhich week\b|\bwhat week\b|\bweek (?:do|should|would) i\b|\bjump in|\bstart (?:at|from|on)\b|\bpick up\b|\bjoin\b/i.test(q)
  )
    return [];
  const length = Number(plan[1]);
  if (!(length >= 4 && length <= 52) || weeks === length || weeks < 1) return [];
  if (weeks > length)
    return [
      {
        kind: 'date_span',
        text: `With ${weeks} weeks to go and a ${length}-week plan you have **${weeks - length} spare week${weeks - length === 1 ? '' : 's'}**: start the plan at week 1, ${weeks - length} week${weeks - length === 1 ? '' : 's'} from now (${weeks} − ${length}), so its last week is race week.`,
      },
    ];
  const start = length - weeks + 1;
  return [
    {
      kind: 'date_span',
      text: `A ${length}-week plan with ${weeks} weeks to go: start at **week ${start}** (${length} − ${weeks} + 1), so weeks ${start}–${length} end on race week; the first ${length - weeks} week${length - weeks === 1 ? '' : 's'} of the plan are the ones you skip.`,
    },
  ];
}

/** "the sled push is 152 kg and i weigh 82 kg, whats that as a multiple of my bodyweight": a load as times body mass. */
function loadTimesBodyMass(q: string, f: QuestionFacts): Calculation[] {
  const body = f.bodyMassKg;
  if (body === undefined || !/\bmultiple\b|\bratio\b|\bx (?:my )?(?:body ?weight|bw)\b|\btimes (?:my )?(?:body ?weight|bw)\b/i.test(q)) return [];
  const loads = f.weightsKg.filter((x) => x !== body && x >= 10 && x <= 400);
  if (!loads.length) return [];
  return [
    {
      kind: 'percent',
      text:
        loads
          .map((x) => `${x} kg is **${round(x / body, 2)} × your ${body} kg** body mass (${x} ÷ ${body}, ${Math.round((x / body) * 100)} %)`)
          .join('; ') + '.',
    },
  ];
}

/** "goal is 1:25. if running is 52% of it how much time is that and whats the pace per km": the member's own share of a finish. */
function partShare(q: string): Calculation[] {
  const m =
    /\b(running|runs?|the runs|roxzone|transitions?|stations?)\s*(?:is|are|=|at|takes?|make up|account for)\s*(?:about |around |~)?(\d{1,2}(?:\.\d)?)\s*(?:%|percent|per cent)/i.exec(
      q,
    );
  const finish = /\b(\d:\d{2}(?::\d{2})?)\b(?![:/]|\s*(?:\/|per )\s*(?:km|k\b|mile|500))/.exec(q);
  if (!m || !finish) return [];
  const from = finishSec(finish[1]!);
  const pct = Number(m[2]);
  if (!(from >= 2700 && from <= 14400 && pct > 0 && pct < 100)) return [];
  const part = Math.round((from * pct) / 100);
  const what = m[1]!.toLowerCase();
  const each = /^run|^the runs/.test(what)
    ? `: ÷ 8 km, **${t(Math.round(part / 8))}/km** on average`
    : /^(roxzone|transition)/.test(what)
      ? `, about **${Math.round(part / 8)} s per transition** (÷ 8)`
      : '';
  return [{ kind: 'percent', text: `${pct} % of ${t(from)} is **${t(part)}** (${t(from)} × ${pct / 100})${each}.` }];
}

/**
 * "my 5k is 24:30, whats my pace per km and per mile", "half marathon in 1:45, what is that per km?": a fresh race's time as
 * its pace (the time ÷ the distance), not a Hyrox prediction.
 */
function racePace(q: string, f: QuestionFacts): Calculation[] {
  // A pace the member states ("like 6:30/km when my 10k is 52 min, how do i get faster?") does not ask for one.
  const asks = q.replace(STATED_PACE, ' ');
  if (!ASKS_RUN_PACE.test(asks) && !/\bwhat(?:'?s| is) (?:my |the |that )?(?:average )?pace\b/i.test(asks)) return [];
  // A Hyrox or training pace from the race is another reading's (hyroxRunPace, trainingPaces).
  if (/\bhyrox\b|\b(?:race|racing) pace\b|\bin the race\b|\b(?:easy|tempo|threshold|interval|long run|zone ?2)\b/i.test(q)) return [];
  const long =
    /\b(half(?:[- ]?marathon)?|marathon)\b[^.?!\d]{0,20}?(\d{1,2}:\d{2}(?::\d{2})?)\b|\b(\d{1,2}:\d{2}(?::\d{2})?)\s*(?:for (?:a |the |my )?)?(half(?:[- ]?marathon)?|marathon)\b/i.exec(
      q,
    );
  let key: string | undefined;
  let sec: number | undefined;
  if (long) {
    key = /^half/i.test((long[1] ?? long[4])!) ? 'half' : 'marathon';
    const time = (long[2] ?? long[3])!;
    // "half in 1:45" is hours and minutes: no one runs a half marathon in under 2 minutes and 59 seconds.
    sec = time.split(':').length === 3 || Number(time.split(':')[0]) <= 6 ? finishSec(time) : clockSec(time);
  } else if (f.fiveKmSec !== undefined && !/\b10 ?k/i.test(q)) [key, sec] = ['5k', f.fiveKmSec];
  else if (f.tenKmSec !== undefined && !/\b5 ?k/i.test(q)) [key, sec] = ['10k', f.tenKmSec];
  if (key === undefined || sec === undefined) return [];
  const race = RACE_DISTANCES[key]!;
  const perKm = sec / (race.m / 1000);
  if (!(perKm >= 150 && perKm <= 900)) return [];
  return [
    {
      kind: 'split',
      text: `${t(Math.round(sec))} for ${race.name}${key === '5k' || key === '10k' ? '' : ` (${round(race.m / 1000, 1)} km)`} is ${asksPerMileOnly(q) ? `**${t(Math.round(perKm * KM_PER_MILE))}/mile** (${t(Math.round(perKm))}/km)` : `**${t(Math.round(perKm))}/km** (**${t(Math.round(perKm * KM_PER_MILE))}/mile**)`}.`,
    },
  ];
}

/** Two or more times the member gives ("the row in 4:05 and the ski in 4:25"), not paces: "4:05" → seconds. */
function timesIn(q: string): { text: string; sec: number }[] {
  return [
    ...q.matchAll(
      /(?<![\d:])(\d{1,2}:\d{2}(?::\d{2})?)(?![\d:])(?!\s*(?:\/|per |a |min\/)\s*(?:km|k\b|kilomet|mile|mi\b|500|100))(?!\s*(?:am|pm)\b)/gi,
    ),
  ].map((m) => ({ text: m[1]!, sec: clockSec(m[1]!) }));
}

/**
 * "did the row in 4:05 and the ski in 4:25, combined time?", "add 3:10 + 2:45 + 4:20": the times added up (eight run
 * splits are runList's, with the fade). "Together" and "altogether" ask for a sum only as the question ("how long
 * altogether?"), not in "did 1:58 when i was going for 1:40 … want to pack in hyrox altogether".
 */
function timeSum(q: string): Calculation[] {
  if (
    !/\bcombined\b|\badd(?:ed)? (?:up|together|them)\b|\badd\b[^.?!]{0,40}\d:\d{2}|\bin total\b|\btotal (?:time|of)\b|\b(?:al)?together\s*(?:\?|$)|\b(?:how long|how much|what(?:'?s| is)?|whats|add(?:ed)?|put|sum(?:med)?)\b[^.?!]{0,40}\b(?:al)?together\b|\bsum\b|\bwhats? (?:the|my|that) total\b|\btotal\s*\?|\bthe total\b|\d:\d{2}\s*\+|=\s*\?/i.test(
      q,
    )
  )
    return [];
  const times = timesIn(q);
  // Up to the eight stations (eight runs are runList's, with their fade).
  if (times.length < 2 || times.length > 8) return [];
  // Finish times ("1:38:20") are compared, not added.
  if (times.some((x) => x.text.split(':').length === 3)) return [];
  const total = times.reduce((a, x) => a + x.sec, 0);
  // "4 rounds of 1km run + 25 wall balls, runs at 5:00 and wall balls take 1:30, total?": a round's parts, times the rounds.
  const rounds = Number(/\b(\d{1,2})\s*(?:rounds?|rfts?|circuits?)\b/i.exec(q)?.[1] ?? NaN);
  if (rounds >= 2 && rounds <= 20)
    return [
      {
        kind: 'time_change',
        text: `${rounds} rounds × (${times.map((x) => x.text).join(' + ')}) = ${rounds} × ${t(total)} = **${t(rounds * total)}**.`,
      },
    ];
  return [{ kind: 'time_change', text: `${times.map((x) => x.text).join(' + ')} = **${t(total)}**.` }];
}

/**
 * "last race 1:38:20 this one 1:31:45 how much faster was i?": the difference between two times and its share of the first
 * (timeChange answers when a percentage is asked).
 */
function timeDifference(q: string): Calculation[] {
  if (
    !/\bhow much (?:faster|slower|quicker|better|worse|time)\b|\bwhat(?:'?s| is| was) (?:the|my) (?:improvement|gain|drop|difference)\b|\bimprov(?:ement|ed)\s*\?|\bhow much (?:did|have|has) (?:i|we|my \w+) improv\w*|\bwhat(?:'?s| is) (?:that|this|it) (?:in|as a?) (?:%|percent(?:age)?)|\bdifference\b|\bgap\b|\bhow many (?:minutes|seconds|mins|secs)\b[^.?!]{0,30}\b(?:faster|slower|quicker|off|between)\b|\bimprov\w*\b[^.?!]{0,20}\bby how much\b/i.test(
      q,
    )
  )
    return [];
  const times = timesIn(q);
  if (times.length !== 2) return [];
  // "1:38 then 1:31 at my last hyrox": a race finish said as hours and minutes.
  const finish =
    times.every((x) => x.text.split(':').length === 2 && Number(x.text.split(':')[0]) <= 3) && /\bhyrox\b|\brace\b|\bfinish\w*\b|\bpb\b/i.test(q);
  // "first race 1:45:30, goal 1:35": beside an h:mm:ss finish, an h:mm time is a finish too.
  const long = times.some((x) => x.text.split(':').length === 3);
  const [a, b] = times.map((x) =>
    finish || (long && x.text.split(':').length === 2 && Number(x.text.split(':')[0]) <= 3) ? finishSec(x.text) : x.sec,
  ) as [number, number];
  if (a === b || a <= 0 || b <= 0) return [];
  const diff = Math.abs(a - b);
  // "my wall balls took 8:10, if i want 6:30 how much faster per rep": the 100 reps (or the reps given) share the gap.
  const reps = /\b(?:per|a|each) rep\b/i.test(q)
    ? Number(/\b(\d{2,3})\s*(?:reps|wall ?balls)\b/i.exec(q)?.[1] ?? (/\bwall ?balls?\b/i.test(q) ? stationById('wall_balls').reps : NaN))
    : NaN;
  const perRep =
    reps > 0
      ? ` Over ${reps} reps that is ${round(a / reps, 1)} s → ${round(b / reps, 1)} s a rep: **${round(diff / reps, 1)} s ${b < a ? 'faster' : 'slower'} per rep**.`
      : '';
  return [
    {
      kind: 'time_change',
      text: /%|\bpercent/i.test(q)
        ? `From ${t(a)} to ${t(b)} is **${round((diff / a) * 100, 1)} % ${b < a ? 'faster' : 'slower'}** (${t(diff)} of ${t(a)}).${perRep}`
        : `From ${t(a)} to ${t(b)} is **${t(diff)} ${b < a ? 'faster' : 'slower'}** (${round((diff / a) * 100, 1)} % of ${t(a)}).${perRep}`,
    },
  ];
}

/**
 * "wall balls in sets of 20 with 10 sec rest, each set takes 50 sec, how long for all 100?": the sets' time plus the rests
 * between them.
 */
function setsWithRest(q: string): Calculation[] {
  const each = /\b(?:each|every|a|one) set (?:takes?|took|is|lasts?)\s*(?:me\s*)?(?:about |around |~)?(\d{1,3})\s*(?:s|sec|secs|seconds?)\b/i.exec(q);
  const size = /\bsets? of (\d{1,3})\b/i.exec(q);
  const all = /\b(\d{2,3})\s*(?:reps|wall ?balls|burpees|lunges)\b|\ball (\d{2,3})\b/i.exec(q);
  if (!each || !size) return [];
  const reps = Number(all?.[1] ?? all?.[2] ?? NaN);
  const per = Number(size[1]);
  if (!(reps > per && per > 0)) return [];
  const sets = Math.ceil(reps / per);
  const rest = Number(
    /(\d{1,3})\s*(?:s|sec|secs|seconds?)\s*(?:of\s*)?(?:rest|break|pause|breather)|(?:rest|break|pause)(?:ing)?\s*(?:of\s*)?(\d{1,3})\s*(?:s|sec)/i
      .exec(q)
      ?.slice(1)
      .find(Boolean) ?? 0,
  );
  const work = sets * Number(each[1]);
  const total = work + (sets - 1) * rest;
  return [
    {
      kind: 'set_time',
      text: `${reps} reps in sets of ${per} is ${sets} sets: ${sets} × ${each[1]} s = ${t(work)} of work${rest ? ` + ${sets - 1} × ${rest} s of rest` : ''} = **${t(total)}**.`,
    },
  ];
}

/** "how many miles is the total hyrox run": the race's 8 × 1 km of running in miles. */
function raceRunMiles(q: string): Calculation[] {
  if (!/\bhow (?:many|far)\b[^.?!]{0,10}\bmiles?\b|\bin miles\b/i.test(q) || /\d\s*(?:km|k|m|metres?|meters?|miles?)\b/i.test(q)) return [];
  if (!/\bhyrox\b|\brace\b|\bthe runs?\b|\brunning\b/i.test(q)) return [];
  return [{ kind: 'convert', text: `The race's running is 8 × 1 km = 8 km, which is **${round(8 / KM_PER_MILE, 2)} miles** (÷ 1.609).` }];
}

/**
 * "my sled push at the gym was 300 lbs total, is that more than pro men?": a load the member gives against the race load of
 * the division named, in kilograms.
 */
function loadVersusStandard(q: string, f: QuestionFacts): Calculation[] {
  if (!f.division || f.stations.length !== 1 || !/\bmore\b|\bless\b|\bheavier\b|\blighter\b|\bthan\b|\bas heavy\b|\benough\b|\bcompare/i.test(q))
    return [];
  const s = stationById(f.stations[0]!);
  const weights = [...q.matchAll(/(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*(kg|kgs|kilos?|lbs?|pounds?)\b/gi)];
  if (!s.loadKg || weights.length !== 1) return [];
  const lb = /^(lb|pound)/i.test(weights[0]![2]!);
  const given = Number(weights[0]![1]);
  const kg = lb ? round(given * KG_PER_LB, 1) : given;
  const race = s.loadKg[f.division];
  // "open women sled pull is 78kg?? … does the 78 include the sled": a race load quoted back, not the member's.
  if (!lb && DIVISIONS.some((d) => s.loadKg![d] === kg)) return [];
  const diff = round(Math.abs(kg - race), 1);
  const sled = s.id.startsWith('sled') ? ', sled included' : s.id === 'farmers_carry' ? ' a hand' : '';
  return [
    {
      kind: 'convert',
      text: `${lb ? `${given} lb is ${kg} kg: ` : `${given} kg is `}${diff === 0 ? `**the same as the ${DIVISION_LABELS[f.division]} ${s.name} load (${race} kg${sled})**` : `**${diff} kg ${kg < race ? 'lighter' : 'heavier'} than the ${DIVISION_LABELS[f.division]} ${s.name} load (${race} kg${sled})**`}.`,
    },
  ];
}

/**
 * "lost 1.2kg in a 1 hour session and drank 500ml, what's my sweat rate", "lost 1.5 kg, how much should i drink after": the
 * sweat loss per hour (mass lost + fluid drunk), and the 1.5 × loss to drink back afterwards (ACSM 2007, in the hydration
 * section).
 */
function sweatFromLoss(q: string): Calculation[] {
  if (/\d\s*(?:kg)?\s*before\W+\d/i.test(q)) return [];
  const lost = /\b(?:lost|lose|losing|dropped|down)\s*(?:about |around |~)?(\d(?:\.\d{1,2})?)\s*(?:kg|kgs|kilos?)\b/i.exec(q);
  if (!lost) return [];
  const kg = Number(lost[1]);
  if (!(kg > 0 && kg <= 5)) return [];
  const out: Calculation[] = [];
  if (/\bsweat(?:ing)? rate\b|\bper hour\b|\ban hour\b|\bl\/h\b/i.test(q)) {
    const drank =
      /\bdr[ai]nk\w*\s*(?:about |around |~)?(\d+(?:\.\d+)?)\s*(ml|l|litres?|liters?)\b(\s*(?:an|a|per|each|every)\s*hour|\s*\/\s*h(?:r|our)?\b)?/i.exec(
        q,
      );
    const hours = /\b(\d(?:\.\d)?)\s*(?:h|hr|hrs|hours?)\b/i.exec(q);
    const mins = /\b(\d{2,3})\s*(?:min|mins|minutes?)\b/i.exec(q);
    const h = hours ? Number(hours[1]) : mins ? Number(mins[1]) / 60 : /\b(?:an|one|a) hour\b/i.test(q) ? 1 : NaN;
    // "drank 500ml an hour … in 2hrs": the hourly amount times the hours.
    const fluid = drank ? (Number(drank[1]) / (/^ml/i.test(drank[2]!) ? 1000 : 1)) * (drank[3] && h > 0 ? h : 1) : 0;
    if (h > 0 && h <= 6) {
      const sweat = kg + fluid;
      out.push({
        kind: 'sweat',
        text: `Sweat loss ≈ ${kg} kg lost${fluid ? ` + ${round(fluid, 2)} L drunk` : ''} = ${round(sweat, 2)} L in ${hoursText(h * 60)}: **about ${round(sweat / h, 1)} L per hour**.`,
      });
    }
  }
  // "lost 1.2kg during a session, how many ml is that": a kilogram of mass lost is about a litre of sweat.
  if (!out.length && /\bhow many (?:ml|millilit\w*|l|litres?|liters?)\b|\bin (?:ml|litres?|liters?)\b|\bhow much (?:sweat|fluid) is that\b/i.test(q))
    out.push({
      kind: 'sweat',
      text: `${kg} kg of mass lost in a session is about **${round(kg, 2)} L (${Math.round(kg * 1000).toLocaleString('en-US')} mL) of sweat** (1 kg ≈ 1 L).`,
    });
  if (/\brehydrat\w*|\breplace\b|\bdrink (?:back|after)\b|\bafter\b[^.?!]{0,30}\bdrink\b|\bhow much (?:fluid|water|should i drink)\b/i.test(q))
    out.push({
      kind: 'sweat',
      text: `Afterwards, drink about 1.5 times the mass lost, because some of it is passed as urine: 1.5 × ${kg} kg = **about ${round(kg * 1.5, 2)} L** over the next hours.`,
    });
  return out;
}

/** "sweat rate 1.2 L/h, i want to replace about 70%, how much do i drink per hour": a share of the member's sweat rate. */
function replaceShare(q: string): Calculation[] {
  const rate = /\b(\d(?:\.\d{1,2})?|\d{3,4})\s*(l|litres?|liters?|ml)\s*(?:\/|per |an? )\s*(?:h|hr|hour)\b/i.exec(q);
  const pct = /\b(?:replace|drink|replac\w*|cover)\b[^.?!\d]{0,20}(\d{2,3})\s*(?:-|–|to)?\s*(\d{2,3})?\s*(?:%|percent|per cent)/i.exec(q);
  if (!rate || !pct) return [];
  const litres = Number(rate[1]) / (/^ml/i.test(rate[2]!) ? 1000 : 1);
  const [lo, hi] = [Number(pct[1]), Number(pct[2] ?? pct[1])];
  if (!(litres > 0.1 && litres <= 4 && lo > 0 && hi <= 100 && hi >= lo)) return [];
  const ml = (p: number) => Math.round(((litres * p) / 100) * 1000);
  return [
    {
      kind: 'sweat',
      text: `${lo === hi ? `${lo} %` : `${lo}–${hi} %`} of ${round(litres, 2)} L an hour is **${lo === hi ? `about ${ml(lo)} mL` : `about ${ml(lo)}–${ml(hi)} mL`} an hour** (${round(litres, 2)} L × ${lo === hi ? lo / 100 : `${lo / 100}–${hi / 100}`}).`,
    },
  ];
}

/**
 * "taper: normally 8 hrs/week, cutting volume 40-60%, how many hours in race week?": the week with a range of the volume
 * taken off (each end).
 */
function rangeCut(q: string): Calculation[] {
  const cut =
    /\b(?:cut\w*|reduc\w*|drop\w*|decreas\w*|lower\w*|tak(?:e|ing) off)\b[^.?!%\d]{0,30}?(\d{1,2})\s*(?:%\s*)?(?:-|–|to)\s*(\d{1,2})\s*%/i.exec(q);
  if (!cut) return [];
  const amount = /\b(\d{1,3}(?:\.\d)?)\s*(hours?|hrs?|h|min(?:ute)?s?|mins|km|kms)\b/i.exec(q);
  if (!amount) return [];
  const [lo, hi] = [Number(cut[1]), Number(cut[2])].sort((a, b) => a - b) as [number, number];
  if (!(lo > 0 && hi < 100 && lo < hi)) return [];
  const value = Number(amount[1]);
  const unit = amount[2]!.toLowerCase();
  if (/^km/.test(unit))
    return [
      { kind: 'percent', text: `${value} km − ${lo}–${hi} % = **${round(value * (1 - hi / 100), 1)}–${round(value * (1 - lo / 100), 1)} km**.` },
    ];
  const min = /^h/.test(unit) ? value * 60 : value;
  return [
    {
      kind: 'percent',
      text: `${hoursText(min)} − ${lo}–${hi} % = **${hoursText(min * (1 - hi / 100))}–${hoursText(min * (1 - lo / 100))}** (${round(min * (1 - hi / 100))}–${round(min * (1 - lo / 100))} min).`,
    },
  ];
}

/** "my max hr is 188 and resting is 52, what is 70% using heart rate reserve?": resting + share × (max − resting), Karvonen's method the member names. */
function heartRateReserve(q: string): Calculation[] {
  if (!/\breserve\b|\bhrr\b|\bkarvonen\b/i.test(q)) return [];
  // "max hr 188", "hrmax 190", "mhr 185".
  const max = /(?:\bmax(?:imum|imal)?\s*(?:heart ?rate|hr)?|\bhr ?max|\bmhr)\s*(?:is|of|=|:)?\s*(?:about |around |~)?(1\d{2}|2[01]\d)\b/i.exec(q);
  // "max hr 188 resting 52": the number after "resting" first, else one before it ("52 resting").
  const rest =
    /(?:\brest(?:ing)?\s*(?:heart ?rate|hr)?|\brhr)\s*(?:is|of|=|:)?\s*(?:about |around |~)?(\d{2,3})\b/i.exec(q) ??
    /\b(\d{2,3})\s*(?:bpm\s*)?resting\b/i.exec(q);
  if (!max || !rest) return [];
  const [hi, lo] = [Number(max[1]), Number(rest[1])];
  if (!(lo >= 30 && lo < 100 && hi > lo)) return [];
  // "60-70% heart rate reserve": both ends of the range.
  const range = /\b(\d{2})\s*(?:-|–|to)\s*(\d{2,3})\s*(?:%|percent|per cent)/i.exec(q);
  const pcts = (range ? [range[1]!, range[2]!] : [...q.matchAll(/\b(\d{2,3})\s*(?:%|percent|per cent)/gi)].map((m) => m[1]!))
    .map(Number)
    .filter((p) => p >= 40 && p <= 100);
  if (!pcts.length) return [];
  return [
    {
      kind: 'percent',
      text:
        pcts
          .map((p) => `${p} % of your heart-rate reserve is ${lo} + ${p / 100} × (${hi} − ${lo}) = **${Math.round(lo + (p / 100) * (hi - lo))} bpm**`)
          .join('; ') + ' (resting + share × (max − resting)).',
    },
  ];
}

/**
 * "heat at 7:50 am, need to be there 90 min early, what time do i leave if its a 40 min drive?": the member's own arrival
 * margin and travel time counted back from the wave.
 */
function leaveTime(q: string): Calculation[] {
  if (!/\bleave\b|\bset off\b|\bdepart\b|\bhead off\b|\bget going\b/i.test(q)) return [];
  // "race at 9:40 … when should i leave": with a leaving time asked, a race "at" a clock time is the start.
  const at = /\b(?:race|start|wave|heat)\s+(?:is\s+)?at\s+(\d{1,2}):(\d{2})\b(?!\s*(?:\/|per|pace|min))/i.exec(q);
  const wave = waveStart(q) ?? (at && Number(at[1]) <= 23 ? { minutes: Number(at[1]) * 60 + Number(at[2]), ampm: false } : undefined);
  if (!wave) return [];
  const early = /\b(\d{1,3})\s*(min\w*|hours?|hrs?|h)\s*(?:early|before|beforehand|ahead)\b/i.exec(q);
  const drive =
    /\b(\d{1,3})\s*(min\w*|hours?|hrs?|h)\s*(?:drive|driving|journey|trip|train|commute|travel|walk|ride|bus|cab|taxi|uber)\b|\b(?:drive|journey|trip|commute|travel|walk)\w*\s*(?:is|of|takes?)?\s*(?:about |around |~)?(\d{1,3})\s*(min\w*|hours?|hrs?|h)\b/i.exec(
      q,
    );
  if (!early || !drive) return [];
  const minutes = (n: string, u: string) => Number(n) * (/^h/i.test(u) ? 60 : 1);
  const margin = minutes(early[1]!, early[2]!);
  const travel = minutes((drive[1] ?? drive[3])!, (drive[2] ?? drive[4])!);
  if (!(margin > 0 && margin <= 240 && travel > 0 && travel <= 300)) return [];
  const clock = (x: number) => {
    const m = ((x % 1440) + 1440) % 1440;
    const [hh, mm] = [Math.floor(m / 60), m % 60];
    return wave.ampm
      ? `${hh % 12 === 0 ? 12 : hh % 12}:${String(mm).padStart(2, '0')} ${hh < 12 ? 'am' : 'pm'}`
      : `${hh}:${String(mm).padStart(2, '0')}`;
  };
  return [
    {
      kind: 'race_day',
      text: `${clock(wave.minutes)} − ${margin} min = arrive by ${clock(wave.minutes - margin)}; − ${travel} min of travel = **leave by ${clock(wave.minutes - margin - travel)}** (a few minutes earlier to spare).`,
    },
  ];
}

/**
 * "bench 1rm 100kg, RPE 8 for 5 reps, what weight?": RPE on the reps-in-reserve scale (10 − RPE reps left) as the reps the
 * load allows. No percentage of 1RM: the autoregulation section found no validated %-per-RPE rule.
 */
function rpeSet(q: string): Calculation[] {
  const m =
    /\brpe\s*(\d{1,2}(?:\.5)?)\s*(?:for|x|×|on|of)\s*(?:a set of\s*)?(\d{1,2})\s*(?:reps?)?\b/i.exec(q) ??
    /\b(\d{1,2})\s*reps?\s*(?:at|@)\s*rpe\s*(\d{1,2}(?:\.5)?)\b/i.exec(q);
  if (!m || !/\b1 ?rm\b|\bone rep max\b|\bwhat weight\b|\bhow (?:heavy|much weight)\b|\bwhat (?:load|kg)\b|\bmeans?\b/i.test(q)) return [];
  const [rpe, reps] = /^rpe/i.test(m[0]) ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
  if (!(rpe >= 6 && rpe <= 10 && reps >= 1 && reps <= 15)) return [];
  const rir = 10 - rpe;
  return [
    {
      kind: 'percent',
      sources: ['rpe', 'reps', 'reserve', 'lifting'],
      text: `RPE ${rpe} on a set of ${reps} leaves ${rir} ${rir === 1 ? 'rep' : 'reps'} in reserve: **a weight you could lift about ${reps + rir} times** with good technique. There is no validated % of 1RM for that (reps at 70 % of 1RM range from 6 to 26 between trained lifters), so start a little light and adjust by one step a set (2.5–5 kg on the big lower-body lifts, 1–2.5 kg upper body) until the set feels like RPE ${rpe}.`,
    },
  ];
}

/** A number of kcal as members write it ("1700", "2,400", "2.4k"). */
function kcalNumber(text: string): number {
  const k = /^(\d(?:\.\d)?)k$/i.exec(text);
  return k ? Number(k[1]) * 1000 : Number(text.replace(/,/g, ''));
}
const KCAL = String.raw`(\d{1,2},\d{3}|\d{3,4}|\d(?:\.\d)?k)`;
const fmtKcal = (n: number) => Math.round(n).toLocaleString('en-US');

/**
 * "how much should i eat if i burn 800 in training and my bmr is 1700", "maintenance 2400, training burns 600, 300 deficit":
 * the day's calories as the member's own parts add up (a resting or maintenance figure + the training − a deficit).
 */
function dailyCalories(q: string): Calculation[] {
  const base =
    new RegExp(
      String.raw`\b(bmr|rmr|tdee|maint[ae]n[ae]nce(?: calories| kcal| cals)?)\b\s*(?:is|=|:|of|at|around|about|~)?\s*(?:is\s*)?(?:about |around |~)?${KCAL}\b`,
      'i',
    ).exec(q) ?? new RegExp(String.raw`\b${KCAL}\s*(?:kcal|cals?|calories)?\s*(?:is my |for |as )?(bmr|rmr|tdee|maint[ae]n[ae]nce)\b`, 'i').exec(q);
  const burn =
    new RegExp(String.raw`\bburn(?:s|ed|ing)?\s*(?:about |around |~)?${KCAL}\b(?!\s*(?:kcal|cals?|calories)?\s*(?:a|per) (?:week|wk))`, 'i').exec(
      q,
    ) ??
    new RegExp(
      String.raw`\b${KCAL}\s*(?:kcal|cals?|calories)\s*(?:in|from|during|on|burn(?:ed|t)? (?:in|from|during|on))\s*(?:my\s*)?(?:training|workouts?|sessions?|the session|the gym|runs?)\b`,
      'i',
    ).exec(q) ??
    // "i do 600 kcal sessions", "my 700 cal workouts".
    new RegExp(String.raw`\b${KCAL}\s*(?:kcal|cals?|calories?)\s*(?:training\s*)?(?:sessions?|workouts?|classes|runs?)\b`, 'i').exec(q);
  const deficit =
    new RegExp(String.raw`\b${KCAL}\s*(?:kcal|cals?|calories)?\s*(?:a day\s*)?(deficit|surplus)\b`, 'i').exec(q) ??
    new RegExp(String.raw`\b(deficit|surplus)\s*(?:of\s*)?(?:about |around |~)?${KCAL}\b`, 'i').exec(q);
  if (!/\beat\b|\bkcal\b|\bcal(?:orie)?s?\b|\bintake\b|\bfood\b|\bfuel\b/i.test(q)) return [];
  if (!base && !(burn && /\beat\b|\bintake\b/i.test(q))) return [];
  if (!base && !burn) return [];
  const baseWord = base ? (/^\d/.test(base[1]!) ? base[2]! : base[1]!).toLowerCase() : undefined;
  const baseKcal = base ? kcalNumber(/^\d/.test(base[1]!) ? base[1]! : base[2]!) : undefined;
  const train = burn ? kcalNumber(burn[1]!) : 0;
  const defWord = deficit ? (/^\d/.test(deficit[1]!) ? deficit[2]! : deficit[1]!).toLowerCase() : undefined;
  const defKcal = deficit ? kcalNumber(/^\d/.test(deficit[1]!) ? deficit[1]! : deficit[2]!) : 0;
  const sign = defWord === 'surplus' ? 1 : -1;
  if (baseKcal !== undefined && !(baseKcal >= 800 && baseKcal <= 6000)) return [];
  if (!(train >= 0 && train <= 3000 && defKcal <= 1500)) return [];
  // A resting or maintenance figure alone is no sum.
  if (baseKcal !== undefined && !train && !defKcal) return [];
  if (baseKcal === undefined)
    return [
      {
        kind: 'percent',
        text: `On a training day, eat **your maintenance + about ${fmtKcal(train)} kcal** for the session${defKcal ? ` − ${fmtKcal(defKcal)} kcal for the ${defWord}` : ''}; maintenance is what you eat over 1–2 weeks while your weight stays stable.`,
      },
    ];
  const resting = /^(bmr|rmr)$/.test(baseWord!);
  const label = resting ? baseWord!.toUpperCase() : baseWord!.startsWith('tdee') ? 'TDEE' : 'maintenance';
  const day = baseKcal + train + sign * defKcal;
  const parts = [`${fmtKcal(baseKcal)} (${label})`, ...(train ? [`${fmtKcal(train)} (training)`] : [])];
  const sum = `${parts.join(' + ')}${defKcal ? ` ${sign > 0 ? '+' : '−'} ${fmtKcal(defKcal)} (${defWord})` : ''}`;
  const rest = train && !resting ? ` On rest days, ${fmtKcal(baseKcal + sign * defKcal)} kcal.` : '';
  const note = resting
    ? ` That is a floor: your ${label} is what you burn at complete rest, so walking, work and digesting add to it; the steadier guide is what you eat over 1–2 weeks while your weight stays stable.`
    : '';
  return [{ kind: 'percent', text: `${sum} = **${fmtKcal(day)} kcal**${train ? ' on a training day' : ' a day'}.${rest}${note}` }];
}

/** A finish named after a time ("75 min hyrox", "80 minute race", "90 min finish"): the race's time, not the runs' total. */
const RACE_TIME_AFTER = /^\s*(?:hyrox|race|finish|goal|target|event|result)\b/i;

/** "runs done in 40 min total, what pace per km": the run total over the race's 8 km, when no finish is given. */
function runTotalPace(q: string, f: QuestionFacts): Calculation[] {
  if (f.stations.length || !/\bper km\b|\ba km\b|\/km\b|\bkm pace\b|\bavg\b|\baverage\b|\bpace\b/i.test(q)) return [];
  if (/\b\d:\d{2}\b/.test(q)) return [];
  const runs =
    /\b(?:runs?|running|8 ?x ?1 ?km|8 ?km)\b[^.?!\d]{0,20}(\d{2,3})\s*(?:min|mins|minutes?)\b(?:\s*(?:total|in total|all up|altogether))?/i.exec(q);
  // "he runs 22 min 5k": a race's time, not the race's run total.
  if (!runs || /^\s*(?:for (?:a|the|my) )?(?:\d+(?:\.\d+)? ?(?:k|km|mi|miles?)\b|parkrun)/i.test(q.slice(runs.index + runs[0].length))) return [];
  // "what pace do i need to run for a 75 min hyrox": the finish the runs are for, not their total ("a 75 min race").
  const before = runs[0].slice(0, runs[0].lastIndexOf(runs[1]!));
  if (RACE_TIME_AFTER.test(q.slice(runs.index + runs[0].length)) || /\b(?:a|an)\s+$/i.test(before)) return [];
  const run = Number(runs[1]) * 60;
  if (!(run >= 1200 && run <= 5400)) return [];
  return [{ kind: 'split', text: `${t(run)} of running ÷ 8 km is **${t(Math.round(run / 8))}/km** on average.` }];
}

/** "8:00 min/mile in km pace?", "5:00/km in mile pace": one pace in the other unit. */
function paceUnit(q: string): Calculation[] {
  const paces = [...q.matchAll(/\b(\d{1,2}:\d{2})\s*(?:min(?:ute)?s?\s*)?(?:\/|per |a )\s*(mi(?:le)?|km|k)\b/gi)];
  if (paces.length !== 1) return [];
  const sec = clockSec(paces[0]![1]!);
  const mile = /^mi/i.test(paces[0]![2]!);
  const rest = q.slice(0, paces[0]!.index) + q.slice(paces[0]!.index! + paces[0]![0].length);
  const asksOther = mile ? /\bkm\b|\bkilomet|\bper k\b|\/k\b/i.test(rest) : /\bmiles?\b|\bper mi\b|\/mi\b/i.test(rest);
  if (!asksOther || !(sec >= 150 && sec <= 1200)) return [];
  if (/\b\d+(?:\.\d+)?\s*(?:km|k|miles?|mi|m)\b/i.test(rest)) return [];
  const other = mile ? sec / KM_PER_MILE : sec * KM_PER_MILE;
  return [
    {
      kind: 'convert',
      text: `${t(sec)}/${mile ? 'mile' : 'km'} is **${t(Math.round(other))}/${mile ? 'km' : 'mile'}** (${t(sec)} ${mile ? '÷' : '×'} ${KM_PER_MILE.toFixed(3)}).`,
    },
  ];
}

/** "3 x 20kg plates + 2 x 10kg + 2x 5kg on a 25kg sled, is that the open men pull weight?": the plates and the sled added, against the race load. */
function loadedSled(q: string, f: QuestionFacts): Calculation[] {
  if (!/\bsled\b/i.test(q) || !/\bplates?\b/i.test(q)) return [];
  const sledKg = gymSledKg(q);
  if (sledKg === undefined) return [];
  const groups = [...q.matchAll(/\b(\d{1,2})\s*(?:x|×)\s*(\d{1,2}(?:\.\d{1,2})?)\s*(kg|kgs|lbs?)?\b/gi)];
  if (groups.length === 0) return [];
  const lb = groups.some((g) => /^lb/i.test(g[3] ?? ''));
  if (lb && groups.some((g) => /^kg/i.test(g[3] ?? ''))) return [];
  const plates = groups.reduce((a, g) => a + Number(g[1]) * Number(g[2]), 0);
  const platesKg = lb ? plates * KG_PER_LB : plates;
  const total = round(platesKg + sledKg, 1);
  const sum = groups.map((g) => `${g[1]} × ${g[2]}`).join(' + ');
  let text = `${sum} = ${round(plates, 1)} ${lb ? 'lb' : 'kg'} of plates${lb ? ` (${round(platesKg, 1)} kg)` : ''} + the ${sledKg} kg sled = **${total} kg**`;
  const pull = f.stations.includes('sled_pull') || /\bpull/i.test(q);
  const push = f.stations.includes('sled_push') || /\bpush/i.test(q);
  const id = pull && !push ? 'sled_pull' : push && !pull ? 'sled_push' : undefined;
  if (id && f.division) {
    const race = stationById(id).loadKg![f.division];
    const diff = round(total - race, 1);
    text +=
      diff === 0
        ? `, exactly the ${DIVISION_LABELS[f.division]} ${stationById(id).name} load (${race} kg, sled included).`
        : `: the ${DIVISION_LABELS[f.division]} ${stationById(id).name} load is ${race} kg (sled included), so that is **${Math.abs(diff)} kg ${diff > 0 ? 'over' : 'under'}**.`;
  } else text += ' (race loads are quoted with the sled included).';
  return [{ kind: 'sled_plates', text }];
}

/** "drinking 500ml per hour for a 1:20 race, how much total", "60 g carbs an hour for 90 min": a rate an hour over a duration. */
function amountForDuration(q: string): Calculation[] {
  // "30-60g carbs an hour": both ends of the member's range.
  const r =
    /\b(?:(\d{1,4}(?:\.\d+)?)\s*(?:-|–|to)\s*)?(\d{1,4}(?:\.\d+)?)\s*(ml|l|g|mg)\b[^.?!\d]{0,20}?\s*(?:per|an?|\/|each)\s*(?:hour|hr|h)\b/i.exec(q);
  if (!r || !/\btotal\b|\bhow much\b|\bhow many\b|\bin all\b|\boverall\b|\baltogether\b/i.test(q)) return [];
  const rest = q.slice(0, r.index) + ' ' + q.slice(r.index + r[0].length);
  const clockM = /\b(\d:\d{2})(?::\d{2})?\b(?!\s*(?:\/|per )\s*(?:km|k\b|mile|500))/.exec(rest);
  const minM = /\b(\d{2,3})\s*(?:min|mins|minutes?)\b/i.exec(rest);
  const hM = /\b(\d(?:\.\d+)?)\s*(?:hours?|hrs?|h)\b/i.exec(rest);
  // "1h30", "1 hr 15": hours and minutes.
  const hmM = /\b(\d)\s*(?:h|hrs?|hours?)\s*(\d{1,2})\s*(?:m|min|mins|minutes)?\b/i.exec(rest);
  const min = clockM
    ? finishSec(clockM[0]) / 60
    : hmM
      ? Number(hmM[1]) * 60 + Number(hmM[2])
      : minM
        ? Number(minM[1])
        : hM
          ? Number(hM[1]) * 60
          : undefined;
  if (min === undefined || !(min >= 20 && min <= 600)) return [];
  const unit = r[3]!.toLowerCase();
  const low = r[1] !== undefined && Number(r[1]) < Number(r[2]) ? Number(r[1]) : undefined;
  const shown = (rate: number) => {
    const amount = (rate * min) / 60;
    return unit === 'ml' && amount >= 1000
      ? `${round(amount / 1000, 2)} L`
      : unit === 'l'
        ? `${round(amount, 2)} L`
        : `${Math.round(amount).toLocaleString('en-US')} ${unit}`;
  };
  const rateText = `${low !== undefined ? `${low}–` : ''}${r[2]} ${unit === 'l' ? 'L' : unit} an hour`;
  const high = shown(Number(r[2]));
  const lowShown = low !== undefined ? shown(low) : '';
  // "50–100 g", one unit for both ends when they share it.
  const total =
    low === undefined ? high : lowShown.split(' ')[1] === high.split(' ')[1] ? `${lowShown.split(' ')[0]}–${high}` : `${lowShown}–${high}`;
  // "…how many 25g gels": the grams in gels of the member's size.
  const gel =
    unit === 'g'
      ? /\b(\d{2})\s*g(?:rams?)?\s*(?:carbs?\s*)?gels?\b|\bgels?\s*(?:of|with|are|is)\s*(?:about |around |~)?(\d{2})\s*g\b/i.exec(q)
      : null;
  const gelG = Number(gel?.slice(1).find(Boolean) ?? NaN);
  const gels =
    gelG >= 10 && gelG <= 60
      ? ` In ${gelG} g gels that is ${low !== undefined ? `${round((low * min) / 60 / gelG, 1)}–` : ''}${round((Number(r[2]) * min) / 60 / gelG, 1)} gels.`
      : '';
  return [
    {
      kind: 'percent',
      text: `${rateText} for ${hoursText(Math.round(min))} (${round(min / 60, 2)} h) is **about ${total}** in total.${gels}`,
    },
  ];
}

/** "my pace 1:55/500, how long does each 250 take", "at 2:05/500 how long is 2000m": an erg split over another distance. */
function ergDistanceAtSplit(q: string): Calculation[] {
  const sp =
    /\b(\d:\d{2}(?:\.\d)?)\s*(?:\/|per |a )\s*500\s*(?:m|metres|meters)?\b/i.exec(q) ??
    // "rowing 2000m at a 1:58 split": on a named erg, the split the member holds.
    (/\b(?:row|ski|erg)/i.test(q)
      ? /\b(?:at|@|hold(?:ing)?|held)\s*(?:a |an )?(?:about |around |~)?(\d:\d{2}(?:\.\d)?)\s*(?:split|pace)\b/i.exec(q)
      : null);
  if (!sp || !/\bhow long\b|\bwhat time\b|\bhow fast\b|\btake\b|\bfinish\b|\bwhat (?:do|would|will) i (?:get|do|finish)\b/i.test(q)) return [];
  const asked = askedText(q.slice(0, sp.index) + ' ' + q.slice(sp.index + sp[0].length));
  const d =
    /\b(?:each|every|per|a|the|for|my|of)\s*(\d{2,4})\s*(?:m|metres|meters)?\b(?!\s*(?:kg|s|sec|min|:))/i.exec(asked) ??
    /\b(\d{3,5})\s*(?:m|metres|meters)\b/i.exec(asked);
  if (!d) return [];
  const metres = Number(d[1]);
  if (!(metres >= 100 && metres <= 10000) || metres === 500 || metres === 1000) return [];
  const [mm, ss] = sp[1]!.split(':');
  const per500 = Number(mm) * 60 + Number(ss);
  const sec = (per500 * metres) / 500;
  const shown = sec < 60 ? `${round(sec, 1)} s` : t(Math.round(sec));
  // "…and how much quicker if i held 1:55": the same distance at the other split, and the time it saves.
  const other = /\b(?:held|hold|at|went|go|do|did)\s*(?:a |an )?(\d:\d{2})\b(?!\s*(?:\/|per )\s*(?:km|k\b|mile))/i.exec(
    q.slice(sp.index + sp[0].length),
  );
  const otherSplit = other ? clockSec(other[1]!) : NaN;
  const then =
    otherSplit >= 80 && otherSplit <= 200 && otherSplit !== per500
      ? (() => {
          const at = (otherSplit * metres) / 500;
          const gap = Math.abs(sec - at);
          return ` At ${other![1]}/500 m it is ${t(Math.round(at))}: **${gap < 60 ? `${round(gap, 1)} s` : t(Math.round(gap))} ${at < sec ? 'quicker' : 'slower'}**.`;
        })()
      : '';
  return [{ kind: 'split', text: `${metres} m at ${sp[1]}/500 m is ${sp[1]} × ${round(metres / 500, 2)} = **${shown}**.${then}` }];
}

/** "sled push is 4 lengths, each length takes 40s and 15s rest between": the work plus the rests between the parts. */
function roundsWithRest(q: string): Calculation[] {
  // "4 lengths", "5 rounds", "6 x 400m reps": the count of the parts.
  const n =
    /\b(\d{1,2})\s*(?:x\s*)?(lengths?|rounds?|intervals?|efforts?|repeats?|pushes|pulls)\b/i.exec(q) ??
    /\b(\d{1,2})\s*(?:x|×)\s*\d{2,4}\s*(?:m|k|km)\s*(reps?|repeats?|intervals?|efforts?)?/i.exec(q);
  const each =
    /\b(?:each|every|a|one|per)\s*(?:length|round|interval|effort|repeat|rep|push|pull|one)\s*(?:takes?|took|is|lasts?|at|in)?\s*(?:me\s*)?(?:about |around |~)?(\d{1,3}(?:\.\d)?)\s*(s|sec|secs|seconds?|min|mins|minutes?)\b/i.exec(
      q,
    );
  const rest =
    /(\d{1,3})\s*(?:s|sec|secs|seconds?)\s*(?:of\s*)?(?:rest|break|recovery)|(?:rest|break|recovery)\s*(?:of\s*)?(\d{1,3})\s*(?:s|sec|secs|seconds?)\b/i.exec(
      q,
    );
  // Sets of reps timed per rep are setTime's.
  if (!n || !each || /\bsets? of\b|\b(?:a|per|each) rep\b(?!\s*(?:takes?|took|is|lasts?))/i.test(q)) return [];
  const count = Number(n[1]);
  const work = Number(each[1]) * (/^m/i.test(each[2]!) ? 60 : 1);
  const r = rest ? Number(rest[1] ?? rest[2]) : 0;
  if (!(count >= 2 && count <= 30 && work > 0)) return [];
  const total = count * work + (count - 1) * r;
  const unit = (n[2] ?? 'rep').toLowerCase().replace(/(es|s)$/, '');
  return [
    {
      kind: 'set_time',
      text: `${count} ${unit}s × ${work < 60 ? `${work} s` : t(work)} = ${t(count * work)} of work${r ? ` + ${count - 1} × ${r} s of rest between` : ''} = **${t(total)}**.`,
    },
  ];
}

/** Every calculation the question poses (empty when it poses none). */
export function questionArithmetic(question: string, f: QuestionFacts, today?: string): Calculation[] {
  // "4.45/km", "1k in 3.58", "1hr32": the member's times in the clock forms every reader takes.
  const q = memberClocks(question.replace(/\s+/g, ' '));
  const fade = runFade(q, f);
  const goalRun = runGoal(q, f);
  const average = fade.length ? [] : averageVsRunOne(q);
  const vsPlan = runVsPlan(q, f);
  const budget = goalBudget(q, f);
  const fromSplits = finishFromSplits(q);
  const finish = budget.length ? budget : fromSplits.length ? fromSplits : finishFromParts(q);
  const off = timeOff(q, f);
  const split = raceSplit(q);
  const loads = sessionLoads(q);
  const gap = gapToGoal(q, f);
  // Paces or times another reading already explained (a fade, an average against run 1, a plan, a finish from its parts).
  const mixed = mixedRunPaces(q);
  const timed = setTime(q, f);
  const assumed = assumedRunPace(q, f);
  const paces = mixed.length || assumed.length ? [] : hyroxRunPace(q, f);
  // "lose 15 sec each run from 5:00": the runs one by one, not 15 s × 8 nor the pace's 8 km.
  const steady = steadyFade(q);
  const explained =
    mixed.length > 0 ||
    fade.length > 0 ||
    steady.length > 0 ||
    average.length > 0 ||
    vsPlan.length > 0 ||
    finish.length > 0 ||
    paces.length > 0 ||
    off.length > 0;
  // "what is 120% of the open men sled push": the share, with the plates for it when the sled's weight is given.
  const share = shareOfRaceLoad(q, f);
  const plated = share.length ? share : sledPlates(q, f);
  const versus = weightVersus(q, f);
  const kit = versus.length ? [] : poundKit(q, f);
  const times = loadTimesBodyMass(q, f);
  const finishShare = shareOfFinish(q);
  // A finish split into its parts (raceSplit) already gives each part's share.
  const partShareOfFinish = split.length ? [] : partOfFinish(q);
  const perPart = fade.length ? [] : averageOfTotal(q);
  const rated = rate(q);
  const standard = versus.length ? [] : loadVersusStandard(q, f);
  // "what treadmill speed in mph for 8 min mile pace": the speed asked for is the answer, not the pace in the other unit.
  const speed = paceSpeed(q, f);
  const asksSpeed = /\bspeed\b|\bmph\b|\bkm\/?h\b|\bkph\b|\bper hour\b/i.test(askedText(q)) && speed.length > 0;
  const gapOfPaces = explained ? [] : paceGap(q);
  const judgedPace = explained ? [] : runPaceJudged(q, f);
  const atPace = explained || asksSpeed || gapOfPaces.length || judgedPace.length ? [] : distanceAtPace(q, f);
  const paceOut = explained || asksSpeed || atPace.length || gapOfPaces.length || judgedPace.length ? [] : splits(q, f);
  // "2000m at a 1:58 split … if i held 1:55": two erg splits, not two finishes.
  const ergAt = ergDistanceAtSplit(q);
  const change = gap.length || explained || partShareOfFinish.length || ergAt.length ? [] : timeChange(q);
  const sets = setsWithRest(q);
  const cutRange = rangeCut(q);
  const reserve = heartRateReserve(q);
  const miles = explained || conversions(q).length ? [] : distanceUnits(q);
  const part = partShare(q);
  const raceFuelled = raceFuel(q, f);
  const clock = raceDayClock(q, f);
  const mealClocked = clock.some((c) => /pre-race meal at/.test(c.text));
  const growth = volumeGrowth(q);
  const build = growth.length ? [] : runBuild(q);
  return [
    // "is 45 min 4 days a week enough for sub 1:30?": the verdict on the week's volume comes first.
    // …unless it asks how to get from one distance to another ("15km a week now, how many weeks to 30?").
    ...(build.length ? [] : volumeVerdict(q, f)),
    ...goalRun,
    ...loadedSled(q, f),
    ...plated,
    ...assumed,
    // The race's own fuel and the race-morning clock give the grams for the member's race; the per-kg lines they replace go.
    ...perMass(q, f).filter(
      (c) => !(raceFuelled.length > 0 && c.text.startsWith('In the race')) && !(mealClocked && /in the 1–4 hours before a race/.test(c.text)),
    ),
    ...raceFuelled,
    ...(times.length ? times : loadPerBodyMass(q, f)),
    // "if my runs are 50 % of my 1:25, what's my average km": the part's share with its pace, before the bare share.
    ...(part.length ? part : finishShare),
    // "target 1:15, running 36 min, roxzone 5, how long per station": a goal's budget, not a finish already run.
    ...(budget.length ? [] : runShare(q, f)),
    // "is 7:30/km too slow for hyrox runs?": the finish the pace fits, judged, before the pace's running total.
    ...judgedPace,
    ...(explained || judgedPace.length ? [] : runTotalPace(q, f)),
    ...dailyCalories(q),
    ...amountForDuration(q),
    ...ergAt,
    ...steady,
    // "runs 5:10 … 5:45, ski 4:30 … wb 7:20, what do i finish in": the finish first, then the runs' fade.
    ...fromSplits,
    ...fade,
    ...average,
    ...mixed,
    ...(fromSplits.length ? [] : finish),
    ...sweatRate(q),
    ...sweatFromLoss(q),
    ...replaceShare(q),
    // "plates for pro men pull in lbs": the plates already in pounds, not every sled's race load too.
    ...(plated.some((c) => / lb\*\*\)/.test(c.text)) ? [] : loadsInPounds(q, f)),
    ...deloadMinutes(q),
    ...taperMinutes(q),
    ...loadJump(q),
    ...weightLossRate(q, f),
    ...leaveTime(q),
    ...clock,
    ...partShareOfFinish,
    // "runs 45:10, stations 38:40, roxzone 7:30. total?": the sum, not the Roxzone per transition.
    // …nor when the finish from its parts already counted the Roxzone the member gave.
    ...(((split.length || partShareOfFinish.length || (!explained && timeSum(q).length)) && !/\b(per|each|a) transition\b/i.test(q)) ||
    finish.some((c) => c.kind === 'finish_from_parts' && /of Roxzone/.test(c.text))
      ? []
      : roxzone(q, f)),
    ...vsPlan,
    ...(atPace.length ? [] : relayPace(q, f)),
    ...runNeeded(q, f),
    ...gap,
    ...finishBenchmark(q, f),
    ...raceEquivalent(q, f),
    ...gapOfPaces,
    ...atPace,
    ...(atPace.length ? relayPace(q, f) : []),
    ...paceOut,
    ...(explained || paceOut.length || atPace.length ? [] : racePace(q, f)),
    ...repPace(q),
    ...(repPace(q).length ? [] : timeAtRepRate(q, f)),
    ...loads,
    ...(loads.length ? [] : describedTraining(q)),
    ...(paces.length || assumed.length ? paces : trainingPaces(q, f)),
    ...timeLeft(q, f),
    ...runBudget(q, f),
    ...cooper(q),
    ...sledLengths(q, f),
    ...jumpCount(q, f),
    ...jumpLength(q, f),
    ...lungeCount(q, f),
    ...ergRaceSplit(q, f),
    ...percentOfLoad(q),
    ...rpeSet(q),
    ...maxFromShare(q),
    ...(cutRange.length ? cutRange : percentChange(q)),
    ...shareOfRaceWeight(q, f),
    ...(timed.length || sets.length ? [] : setsOf(q, f)),
    ...off,
    ...lossShare(q, f),
    ...repsTimesSeconds(q),
    ...teamAge(q, f),
    ...acwrFromWeeks(q),
    ...acwrFromPair(q),
    ...barbellPlates(q),
    ...(off.length || steady.length ? [] : perPartTotal(q)),
    ...loadRatio(q),
    ...monotonyFromDays(q),
    ...(budget.length ? [] : split),
    ...timed,
    ...(timed.length ? [] : sets),
    ...(timed.length || sets.length ? [] : roundsWithRest(q)),
    // Two finishes ("from 1:45 to 1:32") are a gap to a goal; two station or test times are a change.
    ...change,
    ...(gap.length || explained || change.length || partShareOfFinish.length || gapOfPaces.length || ergAt.length ? [] : timeDifference(q)),
    ...(explained || finish.length || gapOfPaces.length ? [] : timeSum(q)),
    ...perPart,
    ...(perPart.length || finish.length || budget.length ? [] : budgetEach(q)),
    ...rated,
    ...weeksDays(q),
    ...weeklyTotal(q),
    ...weeklyDistance(q),
    ...(timed.length || sets.length ? [] : restTotal(q, f)),
    ...partnerSplit(q, f),
    ...(off.length ? [] : timePercent(q)),
    ...(reserve.length ? reserve : heartRate(q)),
    ...daysToDate(q, today),
    ...planWeek(q, f),
    ...growth,
    ...build,
    ...speed,
    ...(asksSpeed || paceOut.length ? [] : paceUnit(q)),
    ...feetMetres(q),
    // "35lb, heavier or lighter than the 16kg?": the comparison, not the conversion alone.
    ...(versus.length ? versus : standard.length ? standard : kit.length ? kit : conversions(q)),
    ...(miles.length ? miles : explained || conversions(q).length ? [] : raceRunMiles(q)),
  ];
}
