import { STATION_IDS, type StationId } from '../domain/standards.js';

/** What a question asks for, read from its words and numbers (pure; used by the composer and the prompt). */
export type Intent =
  | 'predict' | 'pacing' | 'plan' | 'readiness' | 'missed' | 'shorten' | 'workout' | 'station'
  | 'nutrition' | 'supplements' | 'recovery' | 'standards' | 'science' | 'coach_system' | 'general';

export interface QuestionFacts {
  intents: Intent[];
  stations: StationId[];
  /** A fresh 5 km or 10 km time, seconds. */
  fiveKmSec?: number;
  tenKmSec?: number;
  /** A goal finish time, seconds. */
  goalSec?: number;
  /** A station time ("my sled push time is 4:30"), seconds. */
  stationSec?: number;
  weeksToRace?: number;
  weeklyKm?: number;
  hoursPerWeek?: number;
  availableMin?: number;
  plannedMin?: number;
  rpe?: number;
  missedDays?: number;
  formats: ('emom' | 'amrap' | 'intervals')[];
  sessionType?: 'hiit' | 'run' | 'strength' | 'simulation';
  division?: 'open_women' | 'open_men' | 'pro_women' | 'pro_men';
}

const STATION_WORDS: Record<StationId, RegExp> = {
  skierg: /\bski ?-?erg|\bski\b/i,
  sled_push: /\bsled push|\bpush(ing)? the sled/i,
  sled_pull: /\bsled pull/i,
  burpee_broad_jumps: /\bburpee/i,
  row: /\brow(ing|er)?\b/i,
  farmers_carry: /\bfarmers?'?s? carr/i,
  sandbag_lunges: /\blunge/i,
  wall_balls: /\bwall ?-?balls?\b/i,
};

const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, sixteen: 16 };

/** "m:ss" or "h:mm:ss" → seconds. */
function clock(text: string): number | undefined {
  const parts = text.split(':').map(Number);
  if (parts.some((p) => !Number.isFinite(p))) return undefined;
  if (parts.length === 2) return parts[0]! * 60 + parts[1]!;
  if (parts.length === 3) return parts[0]! * 3600 + parts[1]! * 60 + parts[2]!;
  return undefined;
}

/** A time phrase: "22:30", "22 minutes", "1:25:00", "1h25", "85 min". */
function timeIn(text: string): number | undefined {
  const hm = /(\d)\s*h(?:ours?|rs?)?\s*(\d{1,2})?\b/i.exec(text);
  if (hm) return Number(hm[1]) * 3600 + Number(hm[2] ?? 0) * 60;
  const c = /\b(\d{1,2}:\d{2}(?::\d{2})?)\b/.exec(text);
  if (c) return clock(c[1]!);
  const m = /\b(\d{1,3}(?:\.\d)?)\s*(?:min(?:ute)?s?|mins?)\b/i.exec(text);
  if (m) return Math.round(Number(m[1]) * 60);
  return undefined;
}

export function readQuestion(question: string): QuestionFacts {
  const q = question.replace(/\s+/g, ' ');
  const facts: QuestionFacts = { intents: [], stations: [], formats: [] };
  facts.stations = STATION_IDS.filter((s) => STATION_WORDS[s].test(q));

  const five = /\b5\s?k(?:m)?\b(?:\s*(?:time|pb|pr))?\s*(?:is|of|was|in|=|:|at)?\s*(?:around|about|~)?\s*([\d:.]+\s*(?:min(?:ute)?s?)?)/i.exec(q)
    ?? /(\d{1,2}:\d{2}|\d{2}\s*min(?:ute)?s?)\s*(?:for (?:a|my|the) )?5\s?k/i.exec(q);
  if (five) facts.fiveKmSec = timeIn(five[1]!.includes(':') || /min/i.test(five[1]!) ? five[1]! : `${five[1]} min`);
  const ten = /\b10\s?k(?:m)?\b(?:\s*(?:time|pb|pr))?\s*(?:is|of|was|in|=|:|at)?\s*(?:around|about|~)?\s*([\d:.]+\s*(?:min(?:ute)?s?)?)/i.exec(q);
  if (ten) facts.tenKmSec = timeIn(ten[1]!.includes(':') || /min/i.test(ten[1]!) ? ten[1]! : `${ten[1]} min`);

  const goal = /\b(?:sub[- ]?|under |goal (?:time )?(?:of |is )?|target (?:of )?|break |aim(?:ing)? (?:for|at) )(\d:\d{2}(?::\d{2})?|\d{2,3}\s*min(?:ute)?s?|\d\s*h\w*\s*\d{0,2})/i.exec(q)
    // "a 1:25 goal", "my 1:25:00 target finish"
    ?? /\b(\d:\d{2}(?::\d{2})?)\s*(?:goal|target|finish)\b/i.exec(q);
  if (goal) {
    const g = goal[1]!;
    facts.goalSec = /^\d:\d{2}$/.test(g) ? clock(`${g}:00`) : timeIn(g);
  }

  if (facts.stations.length > 0) {
    const st = /\b(?:time|split)\s*(?:is|was|of)?\s*(\d{1,2}:\d{2})/i.exec(q) ?? /(\d{1,2}:\d{2})\s*(?:on|for)\s*(?:the |my )?(?:sled|ski|row|wall|burpee|farmer|lunge)/i.exec(q);
    if (st && !facts.fiveKmSec) facts.stationSec = clock(st[1]!);
  }

  const weeks = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|sixteen)[- ]?(?:weeks?|wks?)\b/i.exec(q);
  if (weeks) facts.weeksToRace = Number(weeks[1]) || WORD_NUMBERS[weeks[1]!.toLowerCase()];
  const km = /\b(\d{1,3}(?:\.\d)?)\s*(km|kilomet\w*|miles?|mi)\s*(?:per|a|\/|each)\s*week/i.exec(q);
  if (km) facts.weeklyKm = Math.round(Number(km[1]) * (/^mi/i.test(km[2]!) ? 1.609344 : 1) * 10) / 10;
  const hours = /\b(\d{1,2}(?:\.\d)?)\s*(?:hours?|hrs?|h)\s*(?:per|a|\/|each)\s*week/i.exec(q);
  if (hours) facts.hoursPerWeek = Number(hours[1]);

  const only = /\b(?:only|just)\s*(?:have|got)?\s*(\d{1,3})\s*(?:min(?:ute)?s?)/i.exec(q);
  const instead = /\binstead of\s*(?:the\s*)?(?:planned\s*)?(\d{1,3})\s*(?:min(?:ute)?s?)?/i.exec(q);
  if (only) facts.availableMin = Number(only[1]);
  if (instead) facts.plannedMin = Number(instead[1]);

  const rpe = /\brpe\s*(?:of|is|at|has been|been)?\s*(\d{1,2})(\+)?/i.exec(q);
  if (rpe) facts.rpe = Number(rpe[1]);
  const missed = /\bmiss(?:ed)?\s*(\d|one|two|three|four|five|six|seven)\s*(?:training\s*)?(?:days?|sessions?)/i.exec(q);
  if (missed) facts.missedDays = Number(missed[1]) || WORD_NUMBERS[missed[1]!.toLowerCase()];

  if (/\bemom\b/i.test(q)) facts.formats.push('emom');
  if (/\bamrap\b/i.test(q)) facts.formats.push('amrap');
  if (/\binterval/i.test(q)) facts.formats.push('intervals');
  const st = /\b(hiit|interval|strength|lifting|run|tempo|simulation)\b/i.exec(q);
  if (st) facts.sessionType = ({ hiit: 'hiit', interval: 'hiit', strength: 'strength', lifting: 'strength', run: 'run', tempo: 'run', simulation: 'simulation' } as const)[st[1]!.toLowerCase() as 'hiit'];
  if (/\bpro\b/i.test(q)) facts.division = /\b(women|woman|female|her)\b/i.test(q) ? 'pro_women' : /\b(men|man|male)\b/i.test(q) ? 'pro_men' : undefined;
  else if (/\b(women'?s?|woman|female)\b/i.test(q)) facts.division = 'open_women';
  else if (/\b(men'?s?|male)\b/i.test(q)) facts.division = 'open_men';

  const add = (i: Intent, when: boolean) => { if (when && !facts.intents.includes(i)) facts.intents.push(i); };
  add('shorten', facts.availableMin !== undefined && /\binstead|\bonly|\bshort(en)?|\bless time|\bno time/i.test(q));
  add('readiness', /\brpe\b.*\b(8|9|10)\+?|\bexhausted|\btired|\bfatigue|\bdeload|\bovertrain|\bburn(ed|t)? out|\bsore\b|\bacwr|\btraining load|\bhow (much|hard) (am i|have i)/i.test(q));
  add('missed', /\bmiss(ed)?\b.*\b(day|session|week|training)|\btravel|\bback on track|\bsick\b/i.test(q));
  add('predict', (facts.fiveKmSec !== undefined || facts.tenKmSec !== undefined) && /\btarget|\bpredict|\bfinish|\bexpect|\bwhat (hyrox )?time|\bhow fast|\bcould i|\bwhat can i|\brealistic/i.test(q));
  add('predict', /\bpredict/i.test(q));
  add('pacing', /\bpac(e|ing)\b|\bsplits?\b|\broxzone|\btransition/i.test(q));
  add('workout', facts.formats.length > 0 || /\b(design|write|give|build|create) (me )?(an? |my )?.{0,20}(workout|session|wod)/i.test(q));
  add('plan', facts.weeksToRace !== undefined || /\bstructure|\bprogram|\bplan (my|for)|\bweekly (plan|schedule)|\bperiodi[sz]|\bphase\b|\btaper/i.test(q));
  add('station', facts.stations.length > 0 && !facts.intents.includes('workout'));
  add('supplements', /\bsupplement|\bcreatine|\bcaffeine|\bbeta[- ]alanine|\bnitrate|\bbeetroot|\belectrolyte/i.test(q));
  add('nutrition', /\bprotein|\bcarb|\beat\b|\bfood|\bnutrition|\bfuel|\bdiet|\bcalori|\bhydrat|\bdrink/i.test(q));
  add('recovery', /\bsleep|\brecover|\brest day|\bmassage|\bice bath|\bsauna/i.test(q));
  add('standards', /\bweight|\bhow heavy|\bstandard|\bdivision|\bhow many (stations|reps)|\bwhat are the (8|eight) stations|\border of|\brules?\b/i.test(q) && !facts.intents.includes('workout'));
  add('science', /\bwhy\b.*\b(interference|concurrent|lactate|vo2|aerobic|zone 2|polari)|\binterference|\bconcurrent training|\bvo2 ?max|\blactate threshold|\benergy system/i.test(q));
  add('coach_system', /\bcoach k\b.*\b(how|work|data|privacy)|\bhow do you (work|know)|\bmy data\b|\bdelete my\b|\bthumbs|\b👍/i.test(q));
  if (facts.intents.length === 0) facts.intents.push('general');
  return facts;
}
