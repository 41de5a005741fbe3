import { questionArithmetic, type Calculation } from './arithmetic.js';
import type { FigureSet } from './figures.js';
import type { WorkoutFormat } from '../engines/station-workouts.js';
import { stationById } from '../../domain/standards.js';
import { memberTerms, memberTitleTerms } from './topics.js';
import {
  askedText,
  asksRaceLoad,
  LOW_AFTER_RACE,
  oneOffDay,
  PHASES_ASK,
  raceJustRun,
  volumeTerms,
  type Form,
  type Intent,
  type QuestionFacts,
} from './understand.js';
import { dailyReadiness } from '../engines/readiness.js';

/**
 * What the answer must do (pure): its primary intent, the arithmetic the question poses, the
 * length that fits the question, and whether the division must be asked for.
 */
export interface AnswerPlan {
  primary: Intent;
  intents: Intent[];
  form: Form;
  calculations: Calculation[];
  /** Word budget of the body. */
  maxWords: number;
  /** An engine answers the question (its figures lead the answer). */
  engine: boolean;
  /** Division-dependent figures were computed without a division from the question or profile. */
  divisionAssumed: boolean;
  /** Search terms the retrieval should add (station and topic words the question implies). */
  topicTerms: string[];
  /**
   * The title words of the knowledge a figure the question asks for comes from, weighed like the
   * question's own words: a race load ("pro women farmers carry kbs - 24s or 32s?") → the standards
   * table; grams of protein a day → daily protein.
   */
  sourceTerms: string[];
  /** The knowledge's words for what the question asks in the member's words (search and passage choice only). */
  memberTerms: string[];
}

/** Engine intents first (they answer with the athlete's numbers), then knowledge intents, most specific first. */
const PRIORITY: Intent[] = [
  'medical',
  'shorten',
  'calculation',
  'readiness',
  'missed',
  'taper',
  'predict',
  'pacing',
  'workout',
  'plan',
  'mental',
  'gear',
  'doubles',
  // "is 1:45 a good time for a first hyrox for a 40 year old woman?" judges a time; the age qualifies it.
  'benchmarks',
  'masters',
  'weight_loss',
  // "creatine… should i come off it before the race?" is about the supplement, not the race morning.
  'supplements',
  'logistics',
  'nutrition',
  'recovery',
  'standards',
  'format',
  'start',
  'station',
  'science',
  'coach_system',
  'general',
];

export const ENGINE_INTENTS: readonly Intent[] = ['shorten', 'readiness', 'missed', 'taper', 'predict', 'pacing', 'workout', 'plan'];

/** Words that find the right sections for an intent whose question may not name them (section titles use them). */
const TOPIC_TERMS: Partial<Record<Intent, string>> = {
  mental: 'mental',
  gear: 'kit equipment',
  masters: 'masters',
  weight_loss: 'weight loss energy availability deficit',
  doubles: 'doubles relay',
  benchmarks: 'finish times tiers field',
  taper: 'taper',
  medical: 'injury pain',
  readiness: 'overtraining deload readiness',
  missed: 'missed sessions time off',
  format: 'race format',
  start: 'first-timer',
  pacing: 'pacing',
  recovery: 'recovery',
  supplements: 'supplement',
  science: 'energy systems',
  coach_system: 'logging session rpe benchmark',
};

const LOAD_TERMS = ['weights', 'targets', 'division'];
/** The title words of the section a station workout is built from: the station strength-endurance template, or its format's section. */
const WORKOUT_SOURCES: Record<WorkoutFormat, string[]> = {
  intervals: ['template', 'station', 'strength-endurance'],
  emom: ['station-targeted', 'emoms'],
  amrap: ['format', 'amrap'],
};
const PREDICTION_SOURCE = ['predicting', 'race', 'time'];
/** The title words of "What should I do in the week after a Hyrox race?" and of the post-race low's section. */
const AFTER_RACE_SOURCE = ['week', 'after'];
const AFTER_RACE_LOW_SOURCE = ['flat', 'low', 'after'];
/** The title words of the race-morning meal sections ("The pre-race meal: 1–4 g/kg, 1–4 hours before", "…race-morning breakfast…"). */
const RACE_MEAL_SOURCE = ['pre-race', 'meal', 'breakfast'];
/** Asks for the week itself ("what does a week look like", "give me a week", "how should i structure my week"). */
const WEEK_ASKED =
  /\bweek (?:look|be)\b|\bwhat (?:does|should|would|will) (?:a|my|the|each|every) (?:training )?week\b|\b(?:give|write|make|build|lay out|show) (?:me )?(?:a|my|the) (?:training )?week\b|\bstructure (?:a|my|the) week\b/i;
/** Asks for the member's own week or plan ("structure my week", "give me a plan", "plan out my training"). */
const OWN_PLAN_ASK =
  /\b(?:my|me|a|an|our)\s+(?:(?:training|weekly|hyrox|\d+[- ]?weeks?)\s+)?(?:week|plan|program(?:me)?|schedule|block|split|training|build)\b|\b(?:give|write|make|build|send) (?:me|us)\b|\bplan (?:my|it|out|for)\b|\bwhat should i (?:do|train)\b/i;
/** An ask about what to eat. */
const EATS = /\beat(?:ing)?\b|\bbreakfast\b|\bmeal\b|\bfood\b|\bcarbs?\b|\bcarb[- ]?load/i;
/** The title words of the daily readiness check's sections ("The daily readiness check", "Readiness scoring"). */
const DAILY_READINESS_SOURCE = ['daily', 'readiness', 'check', 'scoring'];

/** The title words of the sections each piece of arithmetic rests on. */
const CALCULATION_SOURCES: Record<Calculation['kind'], string[]> = {
  sled_plates: LOAD_TERMS,
  protein: ['daily', 'protein'],
  carbs: ['pre-race', 'meal'],
  caffeine: ['caffeine'],
  split: ['split', 'targets'],
  fade: ['planned', 'fade', 'splits'],
  convert: [],
  sweat: ['hydration', 'sweat', 'rate'],
  deload: ['deload'],
  taper: ['taper'],
  roxzone: ['roxzone', 'free', 'time'],
  run_vs_plan: ['planned', 'fade', 'splits'],
  relay: ['relay', 'pacing'],
  load_jump: ['training', 'load', 'acwr'],
  race_day: ['race-day', 'timeline'],
  weight_loss_rate: ['losing', 'weight', 'rate'],
  run_needed: ['predicting', 'race', 'time'],
  rep_pace: ['seconds', 'per', 'rep'],
  session_loads: ['weekly', 'load', 'monotony'],
  training_load: ['weekly', 'load', 'monotony'],
  training_paces: ['aerobic', 'sessions', 'paces'],
  cooper: ['cooper'],
  sled_lengths: ['sled', 'length'],
  jump_count: ['burpee', 'broad', 'jumps'],
  team_age: ['relay', 'rules', 'divisions', 'age', 'groups'],
  acwr: ['acwr', 'rolling', 'average'],
  monotony: ['weekly', 'load', 'monotony'],
  race_split: ['time', 'model', 'runs', 'stations', 'roxzone'],
  finish_from_parts: ['time', 'model', 'runs', 'stations', 'roxzone'],
  gap_to_goal: ['time', 'model', 'runs', 'stations', 'roxzone'],
  set_time: ['wall-ball', 'target', 'times', 'seconds', 'rep'],
  time_change: [],
  run_goal: ['intensity', 'distribution', 'polarized'],
  weekly_total: ['sessions', 'hours', 'week'],
  percent: [],
  benchmark: ['finish', 'times', 'benchmarks', 'first'],
  date_span: [],
  partner_split: [],
  volume: ['sessions', 'hours', 'week'],
};

/**
 * The title words of the section a team rule the question asks about comes from ("can we both do the burpee broad jumps at
 * the same time" → "Can both partners push the sled at the same time in Hyrox doubles?"): the rule, not the station's technique.
 */
const TEAM_RULE_SOURCES: [RegExp, string[]][] = [
  [/\bat the same time\b|\bat once\b|\bsimultaneously\b/i, ['both', 'partners', 'same', 'time']],
  [/\bhow (?:often|many times) (?:can|do|should|may) (?:we|you) (?:switch|swap|change|tag)\b|\bswitch as (?:often|much)\b/i, ['switch', 'often']],
  // "can my partner give me a hand on the sled?": the resting partner may not touch the equipment (the same section's rule).
  [/\bhelp (?:me|us|her|him|out)\b|\bgive (?:me|us|her|him) a (?:hand|push)\b|\bassist\b/i, ['both', 'partners', 'same', 'time']],
  // "how hard do i run my km in a relay?", "partner goes out too fast, how do we pace the kms?": the team's own pacing.
  [/\bpac(?:e|ed|ing)\b|\bhow (?:hard|fast)\b[^?.!]{0,30}\b(?:run|km|k'?s|kms|legs?)\b/i, ['pacing', 'doubles', 'relay']],
  // "can we do like 20m each and swap back and forth?", "swap every 10 reps?": the changeover rule (as often as you like).
  [
    /\b(?:swap|switch|tag|alternat\w*|take turns)(?:ping|ing|s)?\b[^.?!]{0,30}\b(?:back and forth|every|each|after|as often)\b|\b\d+ ?(?:m|metres?|meters?|reps?|lengths?)? each\b/i,
    ['switch', 'often'],
  ],
  // "does the other person have to wait in a box or can they stand anywhere?": where the resting partner waits.
  [
    /\b(?:wait|stand|stay)s?\b[^.?!]{0,40}\b(?:box|anywhere|where|by the station|at the station|next station)\b|\bwhere (?:does|do|should|can|must) (?:my|the|our) (?:partner|other|resting)\b/i,
    ['partner', 'wait'],
  ],
];

/**
 * "can my partner do the entire skierg while i rest?", "should she just do all of them?": in doubles, whether one partner may
 * take a whole station is the split rule ("Doubles rules: running together and splitting the stations"), not the station's technique.
 */
const WHOLE_STATION =
  /\b(?:whole|entire) (?:thing|station|ski(?:erg)?|row|sled|carry|lunges|wall ?balls|burpees|\w+)\b|\ball of (?:it|them)\b|\b(?:do|does|take|takes) all (?:of )?the\b|\b100 ?\/ ?0\b/i;
const WHOLE_STATION_SOURCE = ['rules', 'splitting', 'stations'];

/** The work shared out in a team: "can we split it", "20m each and swap", "take turns", "who does the sled". */
const TEAM_WORK_ASK =
  /\b(?:split(?:ting)?|shar(?:e|ing)|swap(?:ping|s)?|switch(?:ing|es)?|take turns|alternat\w*|tag(?:ging)?|change ?overs?|hand-?overs?|each|who (?:does|should do|takes|should take))\b/i;

/** Title words for what a standards or format question asks about. */
function askedTerms(q: string, facts: QuestionFacts): string[] {
  const out: string[] = [];
  // "I'm 120 kg and want to lose weight" is the member's body weight, not the race's loads.
  if (asksRaceLoad(q)) out.push(...LOAD_TERMS);
  // "what are the rules for hyrox doubles", "penalty if we split up in doubles?": the team's own rules, unless a station's
  // standard is asked ("doubles wall ball standard?").
  const teamRules = facts.team !== undefined && facts.stations.length === 0 && /\brules?\b|\bpenalt|\ballowed\b|\blegal\b/i.test(q);
  if (teamRules) out.push(facts.team === 'relay' ? 'relay' : 'doubles', 'rules');
  else if (/\brules?\b|\bno[- ]?reps?\b|\bjudge|\bpenalt|\bstandards?\b|\bdepth\b|\bcount\b/i.test(q)) out.push('movement', 'standards', 'no-reps');
  // "which stations should the woman do?" asks who does which, not the order.
  // …not the order of one session's parts ("what order should i do things in a session, run first?").
  if (
    /\border\b(?![^.?!]{0,30}\b(?:session|workout)\b)|\bevery station|\ball (the )?stations|\bwhich stations(?!\s+(?:should|do|does|will|would|can|could|shall|to)\b)/i.test(
      q,
    )
  )
    out.push('eight', 'stations', 'order');
  if (/\broxzone|\btransition/i.test(q)) out.push('roxzone');
  // "what times should I aim for on each station?"
  if (/\b(each|every|per|all the) stations?\b|\bstation (times|targets|splits)\b/i.test(q) && /\btimes?\b|\btargets?\b|\bsplits?\b|\baim\b/i.test(q))
    out.push('station', 'targets');
  // "what's the difference between open and pro?"
  if (/\bopen (vs\.?|or|and) pro\b|\bpro (vs\.?|or|and) open\b/i.test(q)) out.push('divisions', 'weights');
  // "61 year old here" gives the member's age; it asks about age rules only in words like "how old", "age group".
  const agesAsked =
    facts.age === undefined ? /\bage\b|\bold\b/i : /\bhow old\b|\bold enough\b|\bage (groups?|limits?|categor\w*|minimum)\b|\bminimum age\b/i;
  // The divisions section holds the entry rules too (time cap, qualifying, minimum age).
  if (agesAsked.test(q) || /\btime cap|\bqualif|\bdivisions?\b|\bsign up/i.test(q)) out.push('divisions', 'age', 'groups');
  // "do women still do 75 or is it 100 now?", "did the rules change?" (not "can I still train today?").
  // Not "does that change how i should train?": a change of the race's rules, standards or format.
  if (
    /\bseason'?s? (rules?|changes?|standards?)\b|\b(this|last|new|which) season\b[^.?!]{0,30}\b(rules?|changed?|standards?|weights?|reps?)\b|\b(rules?|standards?|weights?|loads?|reps?|format|distances?)\b[^.?!]{0,25}\bchang|\bchang(e|ed|es)\b[^.?!]{0,25}\b(rules?|standards?|weights?|loads?|format)\b|\b(did|has|have) (they|hyrox|it|that|this)\b[^.?!]{0,30}\bchanged?\b|\bor is it\b[^.?!]{0,30}\bnow\b|\bstill\b(?=[^.?!]{0,40}\b(?:weights?|reps?|kg|metres|meters|\d+ ?m\b|distance|rules?|standards?|target|\d{2,3}\b))[^.?!]{0,40}\bor\b/i.test(
      q,
    )
  )
    out.push('rule', 'changes', 'season');
  if (
    facts.stations.length > 0 &&
    facts.stations.length <= 2 &&
    // "she's way better at wall balls than me": in a team, a comparison of the partners (who takes the station), not technique.
    !(facts.team && /\b(?:better|stronger|faster|quicker|worse|weaker|slower)\b[^?.!]{0,40}\bthan (?:me|her|him|us|my|i)\b/i.test(q)) &&
    /\bhow (do|can|should) i|\btechnique|\btips?\b|\bimprove|\b(?:add|adding|include|including) (?:some |more |in )?(?:sled|ski|row|burpee|farmers|lunge|wall|station)|\bfaster|\bbetter|\bstrategy|\bbreak|\bsets?\b|\bpac(e|ed|ing)\b|\ball[- ]out\b/i.test(
      q,
    )
  )
    // "how do i pace the row?", "sled push pacing: all out or steady?" ask how to pace it, not how to train it.
    out.push(...(/\bpac(e|ed|ing)\b|\ball[- ]out\b/i.test(q) ? ['pacing'] : ['technique', 'training']));
  return out;
}

/**
 * Sums that answer a team's question outright: the split of the work ("we split 100 wall balls 60/40"), the finish from
 * the parts the member gives ("relay: 8 runs at 4:30 avg + stations 28 min + roxzone 5 min, finish?").
 */
const TEAM_SUMS: ReadonlySet<Calculation['kind']> = new Set(['partner_split', 'finish_from_parts']);

/** `conversation`: the question read with the previous one, for a follow-up ("how many grams is that for me?") whose arithmetic needs it. */
export function planAnswer(question: string, facts: QuestionFacts, figures: FigureSet, conversation = question): AnswerPlan {
  const calculations = questionArithmetic(question, facts, figures.today);
  if (calculations.length === 0 && conversation !== question) calculations.push(...questionArithmetic(conversation, facts, figures.today));
  const has = (i: Intent) => facts.intents.includes(i);
  let primary: Intent = 'general';
  // A doubles or relay question is about the team first, even when it carries run times.
  // …unless it asks for the team's split of the work ("we split 100 wall balls 60/40, how many each?"): that sum is the answer.
  // …nor when it asks for the member's own training block ("give me a 16 week build, i'm doing pro doubles in march"): the
  // week the phase engine plans answers it, unless the pair trains together ("how should we train together?").
  const ownBlock = has('plan') && figures.week !== undefined && !/\b(?:we|us|our|together|partners?)\b/i.test(askedText(question));
  const teamFirst =
    facts.team && !ownBlock && !calculations.some((c) => TEAM_SUMS.has(c.kind))
      ? ['doubles' as Intent, ...PRIORITY.filter((i) => i !== 'doubles')]
      : PRIORITY;
  // "competed in doubles saturday, what should this week look like": the days after a race are about recovering from it,
  // whoever raced it (pain and the engines, a plan asked for, still come first).
  const ranked: Intent[] =
    has('recovery') && raceJustRun(question)
      ? [
          ...PRIORITY.filter((i) => ENGINE_INTENTS.includes(i) || i === 'medical' || i === 'calculation'),
          'recovery',
          ...teamFirst.filter((i) => !ENGINE_INTENTS.includes(i) && i !== 'medical' && i !== 'calculation' && i !== 'recovery'),
        ]
      : teamFirst;
  // A topic only the context names ("im 3 weeks out and still cutting", "my lower back gets tired", "thinking of creatine")
  // comes after what the clause that asks is about. Engines keep their place (they read the asking sentence themselves),
  // and so does pain ("my back hurts after sled pushes, what am i doing wrong?").
  const asked: Intent[] = facts.askedIntents?.filter((i) => i !== 'general') ?? [];
  // "doubles with my sister, we want to split the burpee broad jumps, can we do 20m each and swap?": the team is what the
  // asking clause is about when it asks how the pair or the team shares the work, though it names only the station.
  const teamAsked =
    facts.team !== undefined &&
    TEAM_WORK_ASK.test(askedText(question)) &&
    !/\bpac(?:e|ed|es|ing)\b|\bsplits?\b(?! (?:the|a|it|them|up)\b)/i.test(askedText(question));
  const aside = (i: Intent) =>
    asked.length > 0 &&
    !asked.includes(i) &&
    !ENGINE_INTENTS.includes(i) &&
    i !== 'medical' &&
    i !== 'calculation' &&
    !(i === 'doubles' && teamAsked);
  const order = [...ranked.filter((i) => !aside(i)), ...ranked.filter(aside)];
  for (const i of order) {
    if (!has(i) && !(i === 'calculation' && calculations.length > 0)) continue;
    if (i === 'calculation' && calculations.length === 0) continue;
    // "5k in 23:10, what hyrox finish can i expect and what pace is my 5k?": the finish asked for leads, the test's pace
    // (a split of the member's own time) follows it as a side figure.
    if (i === 'calculation' && has('predict') && figures.prediction && calculations.every((c) => c.kind === 'split')) continue;
    // "5 hrs a week, race in 14 weeks: how many sessions and what does a week look like?": the week asked for leads, the
    // count for the hours follows it.
    if (i === 'calculation' && has('plan') && figures.week && calculations.every((c) => c.kind === 'volume') && WEEK_ASKED.test(askedText(question)))
      continue;
    if (i === 'predict' && !figures.prediction) continue;
    // "first hyrox in 3 weeks, where do i even start with mental prep?": the race date is context; a clause that asks about
    // the mind and not about the week is not answered with the week's sessions.
    if (i === 'plan' && asked.includes('mental') && !asked.includes('plan')) continue;
    if (i === 'pacing' && !figures.pacing) continue;
    if (i === 'workout' && !figures.workout) continue;
    // "how do i periodise, base build peak taper?" with no race date: the phases as the knowledge lays them out, not a request for the date.
    if (i === 'plan' && !figures.week && PHASES_ASK.test(question)) continue;
    // "how do i structure a hard week vs an easy week, how many hard sessions is too many?" asks how weeks are built in
    // general, which the knowledge answers; only a request for the member's own week is met by asking for the race date.
    if (i === 'plan' && !figures.week && !OWN_PLAN_ASK.test(askedText(question))) continue;
    primary = i;
    break;
  }
  const engine = ENGINE_INTENTS.includes(primary);
  const long = ['plan', 'taper', 'workout', 'shorten', 'missed', 'readiness', 'pacing', 'predict'].includes(primary) || facts.form === 'request';
  const maxWords = long ? 450 : facts.form === 'yesno' || primary === 'calculation' || primary === 'standards' || primary === 'format' ? 160 : 260;
  const usesDivision = Boolean(figures.prediction || figures.pacing || figures.workout || figures.stationGap);
  const askedWords = askedTerms(question, facts);
  // A follow-up ("and for pro women?") asks what the question before it asked.
  const asksLoad = [question, conversation].some(asksRaceLoad);
  // Today's readiness (a score, a short night, one bad night or off day) is the daily check's rule, not over-reaching's.
  const daily =
    primary === 'readiness' && dailyReadiness({ score: facts.readinessScore, sleptHours: facts.sleptHours, oneOffDay: oneOffDay(question) }) !== null;
  const sourceTerms = [
    ...new Set([
      ...(asksLoad ? LOAD_TERMS : []),
      ...(daily ? DAILY_READINESS_SOURCE : []),
      ...calculations.flatMap((c) => c.sources ?? CALCULATION_SOURCES[c.kind]),
      // "what should i eat before my 2pm wave?": the timeline gives the hours, the pre-race meal section the food and grams.
      ...(calculations.some((c) => c.kind === 'race_day') && EATS.test(askedText(question)) ? RACE_MEAL_SOURCE : []),
      // A predicted finish comes from the prediction model's section.
      ...(primary === 'predict' ? PREDICTION_SOURCE : []),
      ...(primary === 'workout' && figures.workout ? WORKOUT_SOURCES[figures.workout.format] : []),
      // "how many km a week should i be running?": the sections titled for runs or sessions a week.
      ...(engine ? [] : volumeTerms(question)),
      // "how do i combine running and strength?": the section titled for that programming ask.
      ...(engine ? [] : memberTitleTerms(question)),
      ...(facts.team ? TEAM_RULE_SOURCES.filter(([re]) => re.test(question)).flatMap(([, words]) => words) : []),
      ...(facts.team?.startsWith('doubles') && WHOLE_STATION.test(askedText(question)) ? WHOLE_STATION_SOURCE : []),
      // A race already run: "What should I do in the week after a Hyrox race?", or the post-race low when the member feels flat.
      ...(has('recovery') && raceJustRun(question) ? (LOW_AFTER_RACE.test(question) ? AFTER_RACE_LOW_SOURCE : AFTER_RACE_SOURCE) : []),
    ]),
  ];
  const topicTerms = [
    ...new Set([
      // A relay question is about the relay, a doubles question about doubles: not both (the divisions overview names both).
      ...(primary === 'doubles' && facts.team ? (facts.team === 'relay' ? 'relay' : 'doubles') : daily ? 'readiness' : (TOPIC_TERMS[primary] ?? ''))
        .split(' ')
        .filter(Boolean),
      ...askedWords,
      ...facts.stations.flatMap((id) => stationById(id).name.toLowerCase().split(' ')),
    ]),
  ];
  return {
    primary,
    intents: facts.intents,
    form: facts.form,
    calculations,
    maxWords,
    engine,
    divisionAssumed: usesDivision && figures.divisionAssumed,
    topicTerms,
    sourceTerms,
    memberTerms: memberTerms(question).filter((t) => !topicTerms.includes(t)),
  };
}
