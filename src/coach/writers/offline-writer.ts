import { contentWords } from '../../domain/text.js';
import { asksOtherKind, verdictOpening, wantsYesNo, type Advice } from '../core/verdict.js';
import type { RetrievedChunk } from '../../retrieval/search.js';
import { withoutAck } from '../core/follow-up.js';
import { askParts, askWeights, countsTheAsk, questionTerms, specificTerms } from '../core/passages.js';
import { askedText, asksRaceLoad, definedSubject, RACE_STRUCTURE, stationsNamed, VOLUME_ASK, withoutBodyWeight } from '../core/understand.js';
import { wordSet } from '../core/word-set.js';
import { DIVISION_LABELS, DIVISIONS, RACE, STATIONS, describeStation, stationById, type Division, type StationId } from '../../domain/standards.js';
import {
  BOLD_QUESTION,
  bestBlock,
  blocksOf,
  definitionOf,
  overlap,
  quotedAlready,
  secondBlock,
  splitSentences,
  wordCount,
  writtenForAPair,
  type Block,
} from './blocks.js';
import { generalKnowledge } from './general-knowledge.js';
import { memberTerms } from '../core/topics.js';
import { askedOptions, coverOptions } from './options.js';
import { ASKS_WHAT_TO_DO, askedDetail, pointLeft } from './detail.js';
import { answerFirst, figureAsk, givesAsked, labelledAnswer, leadAsk, type LeadAsk } from './lead.js';
import { runningPacesLine } from '../core/run-paces.js';
import { pairPaceText } from '../core/figures.js';
import {
  missedSection,
  pacingSection,
  planSection,
  predictSection,
  readinessCall,
  readinessSection,
  shortenSection,
  stationSection,
  stationTargetsLine,
  workoutSection,
} from './engine-text.js';
import { divisionDifference, raceFactParts } from './race-facts.js';
import { ageLoadsText, asksAgeLoads } from '../core/age-loads.js';
import type { Writer, WriterInput, Written } from './writer.js';
import { DELOAD_LINE } from '../triage.js';
import { DAY_NAMES, TAPER_VOLUME_CUT } from '../engines/phase.js';

export const OFFLINE_MODEL = 'offline-composer';

/** A paragraph that points at the block after it: "the plan below", "as follows". */
const POINTS_BELOW = /\b(?:below|as follows)\b/i;
/** A how-to ask: "how do i train…", "how can i build…", not "how do i know…" nor a quantity ("how many", "how long"). */
// …and "where do i even start with mental prep?", "what mental stuff should i prepare?": asks for what to do, in steps.
const HOW_TO =
  /\bhow (?:do|can|should|would) (?:i|we|you) (?!know\b|tell\b|find out\b)[a-z]+|\bhow to [a-z]+|\bwhere (?:do|should|can|would) (?:i|we) (?:even )?(?:start|begin)\b|\bwhat (?:\w+ ){0,3}(?:should|do|can) (?:i|we) (?:prepare|practi[sc]e|work on)\b/i;
/**
 * An ask for a list: every item, the options, the steps, tips, what changed ("anything new for 25/26?"). "The steps" asks for
 * them; a step the member takes ("can i step up or use my knees?") is a movement, not a list.
 */
export const LIST_ASK =
  /\bevery\b|\ball (the )?\w+s\b|\blist\b|\bin order\b|\bsteps?\b(?!\s+(?:up|back|out|in|forwards?|over|off|down|(?:the|my|your) feet)\b)|\bwalk me through|\bwhat are the\b|\boptions\b|\btips\b|\banything new\b|\bwhat(?:'?s| is| has)? (?:new|changed)\b|\bdid the rules change\b/i;
/** A list of at least three numbered steps. */
function numberedSteps(text: string): boolean {
  const items = text.match(/^\s*\d+[.)]\s.*$/gm) ?? [];
  // Steps say what to do; items that open on "It is…", "They…" describe ("Three features of the format…: It is predictable").
  const describing = items.filter((l) => /^\s*\d+[.)]\s+(?:\*\*)?(?:it|its|this|that|they|these|those|there)\b/i.test(l));
  return items.length >= 3 && describing.length * 2 < items.length;
}
/** A block scoring below this shares too little with the question to be quoted. */
const MIN_BLOCK_SCORE = 0.15;
/** A section title that holds this share of the question's weighted words is titled for the question. */
const TITLE_ANSWERS = 0.4;
/** The member terms a title must be measured against before a share of them says the section is titled for the ask. */
const MEMBER_TITLE_MIN_WORDS = 3;
/** A section's bold opening answer that holds this share of the question's weighted words answers it. */
const BOLD_OPENING_ANSWERS = 0.3;
/** A question that offers two readings of what the member feels ("is that overtraining or just training?", "am i overtrained or just tired"). */
const TWO_READINGS = /\b(?:is|am|are) (?:it|that|this|i|we)\b[^?.!]{0,60}\bor (?:just|simply|only|merely)\b/i;
/** A title that opens with a yes/no question ("Am I overtrained? Over-reaching symptoms in plain words"). */
const YESNO_TITLE_START = /^(?:does|do|is|are|can|should|will|would|am)\b[^?:]*\?/i;
/** An opening this short leads a yes/no section's answer even when the question asks more than one thing. */
const SHORT_OPENING = 60;
/** …or this share, when the block it would otherwise lead with holds no more of them. */
const BOLD_OPENING_SOME = 0.15;
/** The passage choice already weighed titles, bodies and retrieval rank: its order breaks near-ties between blocks. */
const RANK_BONUS = 0.1;
/** A block that opens with its answer in bold, the house format ("**Yes, a sauna after training is OK…**"). */
const BOLD_ANSWER = /^\*\*[^*]{12,}(?<!\?)\*\*/;
/** That bold answer as a sentence of its own: bold to its closing stop, at most 450 characters (about 60 words). */
const BOLD_SPAN = /^\*\*(?:(?!\*\*)[^]){12,450}?[.!?]\*\*(?=\s|$)/;
/** Words of how a question is phrased, not of what it is about ("what should my week look like"). */
const PHRASING = new Set(contentWords('look looks looking like seem seems'));
/** A weekday's name ("Mon", "Saturday"): an example week laid out by day. */
const WEEKDAY_NAME = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\b/g;

/** Under an engine's answer, a passage is quoted only when it bears this much on the question. */
const ENGINE_REASON_SCORE = 0.25;
/** Asks how to get better at a station ("is it better to go hard…" compares; "train for hyrox" is the whole race). */
const IMPROVE =
  /\bimprove|\bfaster|\bbetter(?! to\b)|\bget stronger|\bweak|\bwork on|\btrain(ing)? for\b(?! (a |the |my )?(hyrox|race))|\bhow (do|can|should) i\b(?! (breathe|breath|wear|set|hold|grip|stand|warm|fuel|eat|drink|break|split|chunk|rest|pace|stay|keep|avoid|stop|handle|deal|approach|tackle|think|not|bounce|recover|practi[cs]e running|run after)\b)/i;
/** "do i go faster on the sled and slower on the run after or keep it even?": a choice of how to race it, not a training block. */
// "is it faster to do big jumps or short ones?" compares two ways of doing it, like "which is quicker, X or Y".
const RACE_CHOICE =
  /\bor (?:keep|stay|go|save|slow|even|hold|ease|push)\w*\b|\b(?:is it|which is|what'?s|which'?s) (?:faster|quicker|better|more efficient)\b[^?]*\bor\b|\bor\b[^?]*\bwhich (?:is|one is|'?s) (?:faster|quicker|better)\b|\bkeep it even\b|\bhow (?:should|do) i break\b|\bsplit (?:them|it|the reps)\b/i;

/** A quoted part's closing citation (" [2]"). */
const CITE_END = /\s*\[\d+\]$/;
const withoutCite = (part: string) => part.replace(CITE_END, '');
/** A list item's marker ("- ", "* ", "3. ", "2) "). */
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

/** A block or opening that starts with its verdict ("**No.** In doubles…", "Yes, you can…"). */
const VERDICT_START = /^\W{0,2}(yes|no)\b/i;
/** A section titled as a yes/no question ("…: does it matter?", "Is it OK to walk during the runs?"). */
const YESNO_TITLE = /(?:^|[:.]\s+)(?:does|do|is|are|can|should|will|would|am)\b[^?:]*\?\s*$/i;
/** An ask that a yes or no does not answer. */
const OPEN_ASK = /^\W*(how|what|what'?s|which|when|where|why|who)\b/i;
/** A line of a markdown list ("5. **Hand-overs.** …", "- **Loads** …"). */
const LIST_LINE = /^\s*(?:\d+[.)]|[-*])\s/;

/** An FAQ section titled with a quantity question. */
const QUANTITY_FAQ = /^how (often|many|long|much)\b/i;
/** What a quantity FAQ titled for the thing a "how many / how often" ask counts adds to its blocks' scores. */
const QUANTITY_TITLE_BONUS = 0.3;

/** How to run a test ("how do I do a 2k row test?") is the test's protocol, not station training. */
const SYMPTOM = /\bcramp|\bnause|\bsick\b|\bthrow(ing)? up|\bdizz|\bstitch|\bpain|\bhurt|\bnumb|\bblister/i;
const ASKS_TEST = /\b(test|tests|testing|time trial)\b(?![^?]*\b(improve|faster|better)\b)/i;

/** A question about what an infringement costs. */
const ASKS_PENALTY = /\bpenalt(y|ies)\b|\bdisqualif|\bget (a )?dq\b/i;

/** Citation numbers follow the order passages are first cited, so [n] always matches the footer. */
class Citations {
  readonly list: RetrievedChunk[] = [];
  n(c: RetrievedChunk): number {
    const i = this.list.indexOf(c);
    if (i >= 0) return i + 1;
    this.list.push(c);
    return this.list.length;
  }
}

function termWeights(question: string, extra: string[], passages: RetrievedChunk[]): Map<string, number> {
  const terms = [...new Set([...questionTerms(question), ...questionTerms(extra.join(' '))])];
  const docs = passages.map((p) => wordSet(p.content));
  return new Map(terms.map((w) => [w, 1 + Math.log((docs.length + 1) / (docs.filter((d) => d.has(w)).length + 0.5))]));
}

/** The intensity a taper keeps (Bosquet 2007: volume cut 41–60 %, intensity and frequency kept). */
const TAPER_KEEPS = /\b(?:intervals?|speed ?work|race[- ]pace|tempo|threshold|intensity|sprints?|strides|openers?|hard efforts?)\b/i;
/** …and what it cuts: long, heavy or full sessions and tests. */
const TAPER_CUTS = /\b(?:long|heavy|full|simulations?|sims?|tests?|max|volume|mileage|extra|more)\b/i;

/** What the engines decided the member should do, when the question's primary intent is one they decide. */
function adviceOf(input: WriterInput): Advice | null {
  const { plan, figures: f, facts, question } = input;
  const figure = plan.calculations.find((c) => c.advice);
  if (figure?.advice) return figure.advice;
  // The taper cuts volume and keeps the intensity: "should i still do intervals during it?" is a yes, "my usual 100 min long run?" a no.
  if (plan.primary === 'taper') return TAPER_KEEPS.test(askedText(question)) && !TAPER_CUTS.test(askedText(question)) ? 'as_planned' : 'ease';
  return plan.primary === 'readiness' ? readinessCall(f, facts, question).advice : null;
}

/** Words the section's unit for the point asked may take when the quote has used the budget (the budget trims what follows it). */
const DETAIL_ROOM = 90;
/** Words an unanswered ask may take when the other asks have used the budget. */
const ASK_FLOOR = 60;
/** …when its best block scores at least this for the ask's words. */
const ASK_FLOOR_SCORE = 0.6;
/** Share of an ask's weighted words the answer must already contain to count the ask as answered. */
const ASK_COVERED = 0.5;

/** The engine's own paragraphs for an engine intent. */
function engineParts(input: WriterInput): string[] {
  const { figures: f, facts } = input;
  // A doubles pair's two 5 km times: the run pace is the answer, whichever intent asked for it.
  if (f.pair && ['predict', 'pacing', 'doubles'].includes(input.plan.primary))
    return [`**Run at the slower partner's pace:** ${pairPaceText(f.pair)}.`];
  switch (input.plan.primary) {
    case 'doubles':
      return teamGaps(input);
    case 'shorten':
      return shortenSection(f, facts);
    case 'readiness':
      return readinessSection(f, facts, input.question, input.constraints?.includes(DELOAD_LINE));
    case 'missed':
      return missedSection(f, facts);
    case 'predict':
      return [
        ...predictSection(f, facts.goalSec),
        ...(f.pacing
          ? facts.goalSec !== undefined || facts.intents.includes('pacing')
            ? pacingSection(f, input.question, facts.stations)
            : pacingSection(f).slice(0, 1)
          : []),
      ];
    case 'pacing':
      return pacingSection(f, input.question, facts.stations);
    case 'workout':
      return workoutSection(f, facts.sessionMin);
    case 'plan':
    case 'taper':
      return taperOrPlan(input);
    case 'station': {
      // "sled push is my best station… going for 1:25": the station's target at the goal given leads.
      const target = f.stationGap ? undefined : stationTargetsLine(f, facts.stations);
      // "how do i stop my legs cramping on the sled push?" asks about a symptom, not for a station block.
      // "how do i pace the burpee broad jumps?" is answered from how the station is paced, not with a training block.
      const block =
        f.stationGap ||
        (IMPROVE.test(input.question) &&
          !ASKS_TEST.test(input.question) &&
          !SYMPTOM.test(input.question) &&
          !RACE_CHOICE.test(input.question) &&
          !/\bpac(e|ed|ing)\b/i.test(input.question) &&
          !sectionForTheAsk(input))
          ? stationSection(f, facts.stations[0])
          : [];
      return [...(target ? [target] : []), ...block];
    }
    default:
      return [];
  }
}

/** Words of a station's own overview title ("Wall Balls: technique, targets and training"), which name no particular ask. */
const STATION_OVERVIEW_WORDS = new Set(questionTerms('technique targets training train improve faster better'));

/**
 * A passage titled for what a station question asks beyond the station ("burpee broad jumps: jump far or take more small
 * jumps?" → "Burpee broad jumps: how far to jump, stepping, and the knee rule"; "where do i put the bag?" → the lunge
 * standard): its title holds a word of the ask, in the member's words or the knowledge's words for it (member terms),
 * other than the station's name and the words of a station overview. Then the passage answers, not the station's
 * generic training block.
 */
export function sectionForTheAsk(input: Pick<WriterInput, 'question' | 'facts' | 'plan' | 'passages'>): boolean {
  const station = new Set(questionTerms(input.facts.stations.map((id) => stationById(id).name).join(' ')));
  const ask = new Set(
    [...specificTerms(input.question), ...questionTerms(input.plan.memberTerms.join(' '))].filter(
      (w) => !station.has(w) && !STATION_OVERVIEW_WORDS.has(w),
    ),
  );
  // The stemmer leaves some forms apart ("stepping" → "stepp", "step"): a shared start of four letters or more is the same word.
  const same = (t: string, a: string) => t === a || (Math.min(t.length, a.length) >= 4 && (t.startsWith(a) || a.startsWith(t)));
  // …or its bold opening answer holds two or more of the knowledge's words for the ask ("…the lunge standard puts the bag on both shoulders").
  const member = questionTerms(input.plan.memberTerms.join(' ')).filter((w) => ask.has(w));
  return input.passages.slice(0, 2).some((c) => {
    if ([...wordSet(c.section)].some((t) => [...ask].some((a) => same(t, a)))) return true;
    const bold = BOLD_SPAN.exec(c.content.trim())?.[0];
    return bold !== undefined && member.filter((w) => wordSet(bold).has(w)).length >= 2;
  });
}

/**
 * What the knowledge base does not hold for a team question, said first rather than answered with the doubles rules:
 * a doubles finish against a singles one ("is doubles easier than singles? time wise what should we expect") and a
 * plan for partners who train apart ("how to train for doubles together when we only see each other on weekends").
 */
const TEAM_GAPS: [ask: RegExp, line: string][] = [
  [
    /^(?=[^]*\b(?:singles?|solo|alone|individual(?:ly)?|on (?:my|our|his|her) own)\b)[^]*(?:\btime[- ]?wise\b|\bwhat (?:time|finish)\b|\bhow (?:much )?(?:fast|faster|quick|quicker|long)\b|\bexpect\b|\bhow much (?:time|easier)\b)/i,
    "**I can't put a number on it: Coach K's race prediction covers the individual divisions only, and the knowledge base has no figure for how much faster a doubles finish is than a singles one.**",
  ],
  [
    // A plan asked for ("how to train for doubles together when we only see each other on weekends"), not "is that ok?".
    /^(?=[^]*\bhow (?:do |should |can |to |would )?(?:we |i |you )?(?:train|prepare|prep)\b)[^]*(?:\b(?:only|just|never|rarely|mostly) (?:see|train with|meet|get to train with) (?:each other|my partner|her|him|them)\b|\b(?:train|training) (?:apart|separately|on our own)\b|\blives? (?:\d+ ?(?:hours?|hrs?|miles|km) away|apart|far away|far apart|in (?:a )?different)\b)/i,
    "**The knowledge base has no doubles plan for partners who train apart, so I won't make one up.**",
  ],
];

function teamGaps(input: WriterInput): string[] {
  if (!input.facts.team?.startsWith('doubles')) return [];
  return TEAM_GAPS.filter(([ask]) => ask.test(input.question)).map(([, line]) => line);
}

/** The taper still ahead of a member more than 2 weeks out: when it starts and what it cuts (the phase engine's taper weeks). */
function taperAhead(weeksToRace: number): string {
  const cuts = [2, 1, 0].map((w) => `${Math.round((TAPER_VOLUME_CUT[w] ?? 0) * 100)} %`);
  const start = weeksToRace - 2;
  return `**Your taper starts in ${start} week${start === 1 ? '' : 's'}: it is the last 2 weeks before the race, cutting volume progressively by 41–60 % (${cuts[0]} two weeks out, ${cuts[1]} one week out, ${cuts[2]} in race week) while keeping the intensity and the number of sessions.**`;
}

function taperOrPlan(input: WriterInput): string[] {
  const { figures: f, facts } = input;
  if (!f.week) {
    return input.plan.primary === 'taper'
      ? [
          '**In the last 10–14 days, cut volume by 40–60 % and keep the intensity:** short race-pace efforts stay in, long and heavy sessions go.',
          'How many days until your race? With that I lay out the exact week.',
        ]
      : [
          'How many weeks until your race, and how many days a week can you train? With those two numbers I lay out your phase and a day-by-day week.',
        ];
  }
  const parts = planSection(f, facts, input.question);
  // "4 weeks to race, when do i start tapering and how much do i cut?": the taper asked about leads, then this week.
  if (input.plan.primary === 'taper' && f.weeksToRace !== undefined && f.weeksToRace > 2 && !f.noRaceDate && /\btaper/i.test(input.question))
    parts.unshift(taperAhead(f.weeksToRace));
  if (facts.daysToRace !== undefined)
    parts[0] = parts[0]!.replace(/^\*\*\d+ weeks out/, `**${facts.daysToRace} day${facts.daysToRace === 1 ? '' : 's'} out`);
  // "5 hrs a week… thinking 2 runs + 2 gym + 1 class": sessions the hours do not fit are not the week's count.
  // "45 min a day": the member's minutes said with the days.
  const perDay = facts.minutesPerDay !== undefined ? ` at ${facts.minutesPerDay} min a day` : '';
  // "mon 30 min, wed 60, sat 90": the member's days with their minutes.
  const dayTimes = facts.dayMinutes
    ? Object.entries(facts.dayMinutes)
        .map(([d, m]) => `${DAY_NAMES[Number(d) - 1]} ${m} min`)
        .join(', ')
        .replace(/, ([^,]*)$/, ' and $1')
    : undefined;
  const given = dayTimes
    ? dayTimes
    : facts.sessionsPerWeek !== undefined && facts.sessionsPerWeek <= f.week.sessionsPerWeek
      ? `${facts.sessionsPerWeek} days a week${perDay}`
      : facts.sessionsPerWeek === undefined && perDay
        ? perDay.slice(4)
        : undefined;
  if (given)
    parts[0] = f.noRaceDate
      ? parts[0]!.replace('With no race date yet', `With ${given} and no race date yet`)
      : `**With ${given}:** ${parts[0]!.replace(/^\*\*(.*?)\*\*/, '$1')}`;
  if (facts.daysToRace !== undefined) parts.pop();
  return parts;
}

/** A question for a race figure other than a load (loads are asksRaceLoad's: weights, kg, kettlebells, "how heavy"). */
const ASKS_QUANTITY =
  /\bhow (many|far|much|high|tall)\b|\bhow long\b(?![^?.!]*\btak(e|es|ing)\b)|\bdistances?\b|\bhow many reps\b|\bwhat reps\b|\btarget height|\bwhat (is|are) the (standard|weight)|\bwith the distances\b|\b\d+s or \d+s\b(?=[^.?!]*\b(kbs?|kettlebells?|bells|dumbbells?|kg)\b)|\b(kbs?|kettlebells?|bells|dumbbells?)\b[^.?!]*\b\d+s or \d+s\b|\bright\?|\b\d+ ?kg\b/i;

/**
 * A length asked of the member's own movement ("how far should i jump", "how long should each step be", "how far from the
 * wall do i stand"): technique, not the race's distance.
 */
const MOVEMENT_LENGTH =
  /\bhow (?:long|far|big|wide|deep|high) (?:should|do|can|must|would|to) (?:i|you|we)\b[^?.!]{0,20}\b(?:step|stride|jump|stand|lunge|throw|squat)\w*|\bhow (?:long|far|big|wide|deep) (?:should|do|does|is|are) (?:each|every|my|a|your) (?:step|stride|jump|lunge|stance)s?\b|\bhow far (?:from|away from|back from) the wall\b/i;

/** Women and men in a question ("for women", "mens doubles"). */
const WOMEN = /\b(women|woman|female|womens|women's|ladies|girls?)\b/i;
const MEN = /\b(men|man|male|mens|men's|guys?|blokes?)\b/i;
/** The question asks for a station's work (reps or distance), not its load. */
// "how long does the sled pull take?" asks for a time, not the distance.
const ASKS_WORK = /\bhow (many|far)\b|\bhow long\b(?![^?.!]*\btak(e|es|ing)\b)|\bdistances?\b|\bhow many reps\b|\bwhat reps\b|\bmetres\b|\bmeters\b/i;

/**
 * Intents whose questions mention a station or a rep count without asking for the race's loads
 * ("I panic at the wall balls and stop every 5 reps"): the standards table would not bear on them,
 * unless they ask for a load too ("she's nervous: how heavy is the sandbag?").
 */
const NOT_ABOUT_STANDARDS: readonly string[] = [
  'mental',
  'gear',
  'logistics',
  'supplements',
  'nutrition',
  'recovery',
  'science',
  'medical',
  'weight_loss',
  'coach_system',
];

/** Race standards straight from the data, for the division asked (or every division when none is known). */
function standardsParts(input: WriterInput): string[] {
  const { facts, question } = input;
  // "I'm 120 kg and want to lose weight" is the member's body weight, not a race load; "and for pro?" asks what the question before it asked.
  const aboutLoads = withoutBodyWeight(input.conversation ?? question);
  const everyStation =
    // …not a place ("are there judges at every station?") nor a share of the work ("does he have to do half of every station").
    // "whats the order of the stations again": the order asked for.
    /(?<!\b(?:at|by|near|beside|of|do|does|on) )\bevery station|\ball (the )?(8 |eight )?stations|\bstations? in order|\border of (the )?(8 |eight )?stations\b|\bwhat order (are|do|is) (the )?stations\b|\bwalk me through|\bwhich stations(?!\s+(?:should|do|does|will|would|can|could|shall|to)\b)|\bwhat are the stations/i.test(
      question,
    );
  // "what's the difference between open and pro?": the loads are the difference.
  // "is the sled heavier in pro?", "is the wall ball lighter for women?": a comparison needs both sides.
  // …not a training choice ("heavy low reps or lighter circuits?", "lighter sessions"): those are not the race's loads.
  const versus =
    /\bopen (vs\.?|or|and) pro\b|\bpro (vs\.?|or|and) open\b|\b(heavier|lighter)\b(?!\s+(?:circuits?|reps?|sets?|sessions?|work|lifting|lifts?|days?)\b)/i.test(
      withoutBodyWeight(question),
    );
  if (
    (!ASKS_QUANTITY.test(aboutLoads.replace(MOVEMENT_LENGTH, ' ')) && !asksRaceLoad(aboutLoads) && !everyStation && !versus) ||
    // "wall balls in doubles - swap every how many reps?": how a pair or a relay team shares the work, not the station's reps or load.
    (facts.team !== undefined && TEAM_SHARING.test(question) && !asksRaceLoad(question)) ||
    /\bhow (many|much) (times|sessions|days|weeks|protein|carbs?|water|caffeine|rest|sets|recovery|sodium|salt|electrolytes?|fluids?|gels?|calories|kcal)/i.test(
      question,
    ) ||
    // "how long should i rest between hard days? still sore after lunges": recovery time between sessions, not a station's figure.
    /\bhow long\b[^?.!]{0,25}\b(?:rest|recover\w*|wait|leave|take off)\b|\b(?:rest|recovery|days?) between (?:hard|heavy|my|sessions|workouts|days)\b/i.test(
      question,
    ) ||
    // "how many wall balls should i do in training per week" is training volume, not the race's reps.
    /\b(per|a|each) week\b|\bin training\b|\bwhen i train\b/i.test(question) ||
    // "should i do open or pro for my first race?" asks which division to choose, not their loads.
    /\b(should|do) i (do|race|enter|pick|go|sign up( for)?)\b[^?.!]{0,20}\b(open|pro) or (open|pro)\b/i.test(question) ||
    // "beginner here - open or pro division?", "first race, open or pro?": the same choice, said without a verb.
    (/\b(open|pro) or (open|pro)\b/i.test(question) && /\b(beginner|first|new to|newbie|novice|which (one|division)|choose|pick)\b/i.test(question))
  )
    return [];
  // "womens doubles at the world champs: still open women weights?": same-sex doubles race at Pro loads there.
  const worlds = sameSexAtWorlds(question, facts.team);
  const division = versus
    ? undefined
    : worlds
      ? facts.team === 'doubles_women'
        ? 'pro_women'
        : 'pro_men'
      : (facts.division ?? (facts.team ? undefined : input.snapshot.division));
  const asksWeights = versus || asksRaceLoad(input.conversation ?? question);
  const stations = everyStation
    ? [...STATIONS]
    : facts.stations.length > 0
      ? STATIONS.filter((s) => facts.stations.includes(s.id))
      : asksWeights
        ? STATIONS.filter((s) => s.loadKg)
        : [];
  if (stations.length === 0) return [];
  const line = (id: (typeof STATIONS)[number]['id'], d: (typeof DIVISIONS)[number]) => describeStation(id, d);
  if (everyStation) {
    const d = division;
    return [
      `The race is 8 × (1 km run + 1 station), in this order${d ? ` (${DIVISION_LABELS[d]} loads)` : ''}:\n${stations.map((s) => `${s.order}. ${d ? line(s.id, d) : describeStation(s.id, 'open_men').replace(/ (at|with) .*$/, '')}`).join('\n')}`,
    ];
  }
  const unloaded = stations.filter((s) => !s.loadKg);
  const loaded = stations.filter((s) => s.loadKg);
  const sleds = loaded.some((s) => s.id.startsWith('sled'));
  const asksSledIncluded = sleds && /\binclud\w*\b[^?]{0,25}\bsled|\bsled\b[^?]{0,25}\binclud/i.test(question);
  const sledNote = sleds && !asksSledIncluded ? ' (sled loads include the sled)' : '';
  const out: string[] = [];
  if (unloaded.length)
    out.push(`${unloaded.map((s) => `${s.name}: ${s.reps ? `${s.reps} reps` : `${s.distanceM} m`}`).join('; ')}, the same in every division.`);
  if (loaded.length && division) {
    out.unshift(`**${DIVISION_LABELS[division]}:** ${loaded.map((s) => line(s.id, division)).join('; ')}${sledNote}.`);
  } else if (loaded.length) {
    // "how many wall balls are there?", "how long is the lunge section?": the work is the answer, the same in every division.
    const work =
      ASKS_WORK.test(question) && !asksRaceLoad(input.conversation ?? question)
        ? `**${loaded.map((s) => `${s.name}: ${s.reps ? `${s.reps} reps` : `${s.distanceM} m`}`).join('; ')}**, the same in every division.`
        : undefined;
    // "open and pro weights for women?": the women's divisions only (and the men's for men); a question that names its
    // divisions ("open men… pro men") gets the table as it is.
    const both = WOMEN.test(question) && MEN.test(question.replace(/\bwom[ae]n'?s?\b/gi, ''));
    const sexTalk = question.replace(/\b(open|pro)\s+(wom[ae]n|m[ae]n)'?s?\b/gi, ' ');
    const women = !both && WOMEN.test(sexTalk);
    const men = !both && MEN.test(sexTalk.replace(/\bwom[ae]n'?s?\b/gi, ''));
    // A mixed pair or a mixed relay team holds a woman and a man ("mixed doubles, does the guy do the mens sled?"): both Open
    // divisions, whichever partner the question names.
    const mixedTeam =
      (facts.team === 'doubles_mixed' || (facts.team === 'relay' && /\bmixed\b/i.test(question))) && !versus && !/\bpro\b/i.test(question);
    const divisions = DIVISIONS.filter(
      (d) =>
        (mixedTeam && d.startsWith('open')) ||
        ((versus
          ? true
          : /\bopen\b/i.test(question) && !/\bpro\b/i.test(question)
            ? d.startsWith('open')
            : /\bpro\b/i.test(question) && !/\bopen\b/i.test(question)
              ? d.startsWith('pro')
              : true) &&
          (women === men || (women ? d.endsWith('_women') : d.endsWith('_men'))) &&
          !mixedTeam),
    );
    out.unshift(
      `**By division**${sledNote}:\n${loaded
        .map(
          (s) =>
            `- ${s.name}: ${divisions
              .map(
                (d) =>
                  `${DIVISION_LABELS[d]} ${line(s.id, d)
                    .replace(`${s.name} `, '')
                    .replace(/^\d+ (m|reps) /, '')}`,
              )
              .join(' · ')}`,
        )
        .join('\n')}`,
    );
    if (work) out.unshift(work);
  }
  // "does that include the sled itself?": a yes, with what it means for loading plates.
  if (asksSledIncluded)
    out.push(
      `**Yes: ${
        division
          ? loaded
              .filter((s) => s.id.startsWith('sled'))
              .map((s) => `the ${s.name} load of ${s.loadKg![division]} kg`)
              .join(' and the ')
          : 'each sled load'
      } includes the sled itself**, so load plates to the race load minus your sled's empty weight.`,
    );
  // "9 kg to 10 ft, right?": confirm or correct the figure the athlete gave.
  const stated = facts.weightsKg.filter((w) => w > 0);
  const checking = facts.form === 'yesno' || /\bright\?|\bcorrect\?|\bisn'?t it\?|\bor\b/i.test(question);
  const claims = division && checking ? quotedLoads(question, division) : [];
  if (claims.length > 0) {
    // "pro men sled pull is 153kg right? lad swears its 203 and the push is 253": each figure against the load of what it is said of.
    out.unshift(claims.join(' '));
  } else if (stated.length > 0 && loaded.length > 0 && division && checking) {
    const loads = loaded.map((s) => s.loadKg![division]);
    const hit = stated.find((w) => loads.includes(w));
    // "open women sled push is 102kg right? what does it go up to in pro": the figure is checked against the division it is said of.
    const other = (division.startsWith('pro') ? division.replace('pro', 'open') : division.replace('open', 'pro')) as Division;
    const otherNamed = /\bpro\b/i.test(question) && /\bopen\b/i.test(question);
    const otherHit = hit === undefined && otherNamed ? stated.find((w) => loaded.some((s) => s.loadKg![other] === w)) : undefined;
    out.unshift(
      hit !== undefined
        ? /\bor\b/i.test(question) && stated.length > 1
          ? `**${hit} kg.**`
          : `**Yes, ${hit} kg is right.**`
        : otherHit !== undefined
          ? `**Yes, ${otherHit} kg is right for ${DIVISION_LABELS[other]}; ${DIVISION_LABELS[division]} is ${loads.join(' / ')} kg.**`
          : `**No: it is ${loads.join(' / ')} kg.**`,
    );
  }
  // "do the weights go down for older age groups? im 62": loads are set by division, not by age.
  // …said with the age after "at" or against the young ("lighter weights at 61 in open men or same as the young lads?").
  if (
    loaded.length > 0 &&
    ((facts.age !== undefined && facts.age >= 40) ||
      /\bage ?groups?\b|\bolder\b|\bmasters\b|\bat my age\b|\bfor my age\b|\b(4|5|6|7)\d[ -]?(yo|years?[ -]olds?)\b|\bi'?m (4|5|6|7)\d\b|\bat (4|5|6|7)\d\b(?!\s*(?:kg|kgs|kilos?|lbs?|km|k\b|min|mins|minutes|%|s\b|secs?|seconds|reps|m\b|:|bpm|spm|cal))|\b(?:the )?young(?:er)? (?:lads|guys|ones|people|athletes|women|men|girls|boys|kids)\b/i.test(
        question,
      ))
  )
    out.unshift(
      `**The loads are the same in every age group**: they are set by division (Open or Pro, women or men), so ${division ? `as ${DIVISION_LABELS[division]} you race the full ${DIVISION_LABELS[division]} loads at any age` : 'a masters athlete races the full loads of their division'}.`,
    );
  // "can i use a lighter wall ball? is there a scaled option", "do lighter people get a lighter sled? any weight class": no.
  if (loaded.length > 0 && SCALED_ASK.test(withoutBodyWeight(question)) && !out.some((p) => p.startsWith('**The loads are the same')))
    out.unshift(
      `**No: the loads are set only by division** (Open or Pro, women or men): there is no scaled option and no weight class, so everyone in ${division ? `${DIVISION_LABELS[division]}` : 'a division'} races the same loads whatever their body weight.`,
    );
  // "'2x24' - 24kg in each hand or 24 total?": the carry is one kettlebell in each hand.
  const carry = loaded.find((s) => s.id === 'farmers_carry');
  if (carry && division && /\b(each|per|one in each|either) hand\b|\btotal\b|\bcombined\b|\b2 ?x ?\d|\bboth\b/i.test(question)) {
    const kg = carry.loadKg![division];
    const perHand = `**One ${kg} kg kettlebell in each hand** (${2 * kg} kg in total), carried ${carry.distanceM} m: the ${DIVISION_LABELS[division]} Farmers Carry load is per hand.`;
    // It answers what a "2x24, right?" asks, so it replaces the bare "Yes, 24 kg is right".
    if (/^\*\*Yes, \d+(\.\d)? kg is right\.\*\*$/.test(out[0] ?? '')) out.shift();
    out.unshift(perHand);
  }
  return out;
}

/** Asks for a lighter, scaled or body-weight load ("a lighter wall ball", "a scaled option", "any weight class"), not which division is lighter. */
const SCALED_ASK =
  /\b(?:lighter|smaller|easier|reduced)\b[^.?!]{0,25}\b(?:wall ?balls?|ball|sleds?|sandbag|bag|kettlebells?|bells|weights?|loads?|option|version)\b|\bscal(?:ed|ing)? (?:down|option|version|division|weights?|loads?)\b|\bscaled\b|\bweight (?:class(?:es)?|categor\w*)\b|\b(?:lighter|smaller|heavier|bigger) (?:people|athletes|guys|girls|folk|ones)\b/i;

/** A member asking whether their own figure is good enough: a sum restates it, the knowledge judges it. */
const JUDGES_FIGURE =
  /\btoo (?:slow|fast|quick|much|little|long|short|easy|hard|heavy|light)\b|\b(?:is|was) (?:that|this|it) (?:good|ok|okay|enough|normal|bad|realistic|decent)\b|\bslow enough\b|\bfast enough\b/i;

/** Where each loaded station is named in a question, the sleds by "push" and "pull" alone once a sled is named. */
const LOAD_NAMES: [StationId, RegExp][] = [
  ['sled_push', /\bsled push\w*|\bpush(?:ing)? (?:the )?sled|\b(?<=sled\b.*)push\b/gi],
  ['sled_pull', /\bsled pull\w*|\bpull(?:ing)? (?:the )?sled|\b(?<=sled\b.*)pull\b/gi],
  ['farmers_carry', /\bfarmers?'? ?carr(?:y|ies)|\bkettlebells?|\bkbs?\b/gi],
  ['sandbag_lunges', /\bsandbag\w*|\blunges?\b/gi],
  ['wall_balls', /\bwall ?balls?\b/gi],
];

/**
 * The loads a question quotes, each read as said of the station named last before it ("sled pull is 153kg right?
 * lad swears its 203 and the push is 253"), confirmed or corrected against the division's load. Empty unless
 * every quoted figure has a station.
 */
function quotedLoads(question: string, division: (typeof DIVISIONS)[number]): string[] {
  const names = LOAD_NAMES.flatMap(([id, re]) => [...question.matchAll(re)].map((m) => ({ id, at: m.index! })));
  const figures = [...question.matchAll(/\b(\d{1,3}(?:\.\d)?)\s*(kg|kilos?)?\b(?!\s*(?:m\b|min|km|reps?|s\b|sec|x\b|:))/gi)].filter(
    (m) =>
      m[2] !== undefined ||
      /\b(is|its|it'?s|was|says?|said|swears?|swore|reckons?|thinks?|be|at|of|=)\s*$/i.test(question.slice(Math.max(0, m.index! - 12), m.index!)),
  );
  if (figures.length < 2 || names.length === 0) return [];
  const said = new Map<StationId, number[]>();
  for (const f of figures) {
    const before = names.filter((n) => n.at < f.index!).sort((a, b) => b.at - a.at)[0];
    if (!before) return [];
    said.set(before.id, [...(said.get(before.id) ?? []), Number(f[1])]);
  }
  return [...said].map(([id, kgs]) => {
    const s = stationById(id);
    const load = s.loadKg![division];
    const wrong = [...new Set(kgs.filter((k) => k !== load))];
    // "10kg or 20kg? coach said 20": the member offers both, so neither is "right"; the load is the answer.
    const right = kgs.includes(load) && !/\d\s*(?:kg|kilos?)?\s+or\s+\d/i.test(question);
    const sled = id.startsWith('sled') ? ', sled included' : id === 'farmers_carry' ? ' in each hand' : '';
    return `**${DIVISION_LABELS[division]} ${s.name}: ${load} kg${sled}**${right ? ' — right' : ''}${wrong.length ? `${right ? ';' : ' —'} not ${wrong.join(' or ')} kg` : ''}.`;
  });
}

/** "does the race finish on the wall balls or is there another run after them?" (not "the last run of the week"). */
const asksHowItEnds = (q: string) =>
  /\b(finish|end)(es|s)? (on|with)\b|\b(run|anything) after the (wall ?balls|last station)\b|\banother run after\b|\bis the last run\b|\bstop (?:the |my )?(?:clock|time|timer)\b|\b(?:clock|time|timer) stops?\b|\bfinish(?:ing)? line\b|\bwhat counts as finish|\blast run (after|before) (the )?(wall ?balls|last station|finish)\b/i.test(
    q,
  ) && !/\bweek\b/i.test(q);

/** The race format from the data, when the question asks how far, how many runs or stations (not how many a week: that is training). */
function formatParts(input: WriterInput): string[] {
  const q = input.question;
  // "does the race finish on the wall balls or is there another run after them?": the order answers it.
  if (asksHowItEnds(q))
    return [
      `**The race ends with the Wall Balls**, the 8th station: each of the ${RACE.runs} runs of ${RACE.runDistanceM / 1000} km comes before a station, so there is no run after them, and the last run is the same ${RACE.runDistanceM / 1000} km as the others.`,
    ];
  if (
    (!RACE_STRUCTURE.test(q) &&
      !/\bhow (far|long|many)\b.*\b(runs?|running|stations?|km)\b|\bwhat (actually )?is (a )?hyrox|\bhow does (a )?hyrox work|\brun(ning)? the (full|whole) (1 ?)?k(m)?\b|\b(run|running)\b[^.?!]{0,25}\bbetween (each|every|the) stations?\b|\b(?:running|run) total\b|\btotal (?:running|run|km|distance)\b|\bhow much running (?:is|in)\b/i.test(
        q,
      )) ||
    /\bevery station|\bin order|\border of (the )?(8 |eight )?stations\b|\b(a|per|each|every) week\b|\bweekly\b|\blong run/i.test(q) ||
    // "in a relay how many runs and stations does each person do?": the team's share, which its rules give, not the whole race.
    input.facts.team === 'relay' ||
    (input.facts.team !== undefined && /\beach (?:person|athlete|member|of us|one|partner)\b|\bper (?:person|athlete|partner)\b/i.test(q))
  )
    return [];
  return [
    `A Hyrox race is ${RACE.runs} rounds of a ${RACE.runDistanceM / 1000} km run followed by one station: ${RACE.totalRunKm} km of running and ${RACE.stations} stations, always in the same order, with no scheduled rest.`,
  ];
}

/** How a pair or a relay team shares the work: who swaps, splits or takes which share. */
const TEAM_SHARING = /\b(?:swap|switch|rotate|alternate|split|share|take turns)\w*\b|\bchange ?overs?\b|\bhand ?overs?\b|\btag\b/i;

/** A Pro Doubles pair ("pro doubles weights?"): HYROX's heavier doubles division, whose per-station loads the sources do not give. */
function proDoubles(question: string, team: WriterInput['facts']['team']): boolean {
  return team !== undefined && team !== 'relay' && /\bpro\b[^.?!]{0,15}\bdoubles?\b|\bdoubles?\b[^.?!]{0,15}\bpro\b/i.test(question);
}

/** A same-sex doubles pair asking about the World Championships, where they race at Pro loads. */
function sameSexAtWorlds(question: string, team: WriterInput['facts']['team']): boolean {
  return /\bworld champ|\bworlds\b/i.test(question) && (team === 'doubles_women' || team === 'doubles_men');
}

function teamNote(input: WriterInput): string | undefined {
  const team = input.facts.team;
  // "should i carb load for doubles?" is about eating, not the station loads.
  // "i cant push the sled at open weight yet, doubles or open?" says what the member can lift, and asks no load.
  if (
    !team ||
    !/\bweights?\b|\bhow heavy|\bloads?\b/i.test(input.question.replace(/\bcarb(?:o|ohydrate)?[- ]?load\w*/gi, ' ')) ||
    !asksRaceLoad(input.conversation ?? input.question)
  )
    return undefined;
  if (sameSexAtWorlds(input.question, team))
    return `**At the World Championships, same-sex doubles race at Pro loads**: ${team === 'doubles_women' ? "women's doubles use Pro Women loads there, not the Open Women loads of other events" : "men's doubles use Pro Men loads there, not the Open Men loads of other events"}.`;
  if (team === 'relay')
    return 'In the relay every station uses Open loads: women at Open Women loads and men at Open Men loads, also in mixed teams.';
  if (proDoubles(input.question, team))
    return "**Pro Doubles is HYROX's heavier doubles division, but Coach K's sources give no station-by-station loads for it**, so check the rulebook or athlete guide for your season before you set training loads; any Pro loads listed here are the singles Pro loads, for comparison, not confirmed Pro Doubles loads.";
  if (team === 'doubles_mixed')
    return "Mixed doubles is its own case: sources disagree on some mixed-doubles details, so check your event's athlete guide for the exact loads. Until you know them, train for the heavier option: whoever will do most of the sled and carry work should be able to move the heaviest load your division could use.";
  return "Women's doubles use Open Women loads and men's doubles Open Men loads (same-sex Doubles at the World Championships use Pro loads).";
}

/** The text after a leading bold question ("**What's the best sled push technique?** Arms straight…" → "Arms straight…"). */
function withoutBoldQuestion(text: string): string {
  const rest = text.replace(/^\*\*[^*]{8,}\?\*\*\s+(?=\S)/, '');
  return rest.length >= 12 ? rest.charAt(0).toUpperCase() + rest.slice(1) : text;
}

/**
 * A list's own lead-in line ("Tools with evidence behind them:"): what a section's bold opening competes with to lead,
 * since the list's items are quoted after the opening either way. Undefined for a paragraph or a list with no lead-in.
 */
function listLeadIn(block: Block): string | undefined {
  if (block.kind !== 'list') return undefined;
  const first = block.text.split('\n')[0]!.trim();
  return /:$/.test(first) && !/^\s*(?:[-*•]|\d+[.)])\s/.test(first) ? first : undefined;
}

/** Quotes a block whole; a paragraph loses the sentence already used as the lead. */
function quote(block: Block, lead: string | undefined): string {
  if (block.kind !== 'paragraph' || !lead) return block.text;
  return block.sentences.filter((s) => s !== lead).join(' ');
}

function trimToBudget(parts: string[], max: number, keep: number): string[] {
  const out = [...parts];
  while (out.length > keep && wordCount(out.join(' ')) > max) out.splice(out.length - 1, 1);
  return out;
}

export function writeOffline(input: WriterInput): Written {
  const { plan, question, passages } = input;
  const cite = new Citations();
  const terms = input.terms ?? termWeights(question, plan.topicTerms, passages);
  const parts: string[] = [];
  const engine = plan.engine || plan.primary === 'station' || plan.primary === 'doubles' ? engineParts(input) : [];
  const fromData = plan.primary !== 'calculation' && !plan.engine && !(NOT_ABOUT_STANDARDS.includes(plan.primary) && !asksRaceLoad(question));
  // "what's the penalty if…" asks what happens, not the station's load or distance: the penalties section answers it.
  const standards = fromData && !(ASKS_PENALTY.test(question) && !asksRaceLoad(question)) ? standardsParts(input) : [];
  // A race fact the data answers outright ("what comes after the row?", "is there a time cap?") is the answer.
  const ruled = plan.primary !== 'calculation' && engine.length === 0 ? raceFactParts(question, input.facts.age) : [];
  // "do 60 year olds get lighter sleds?": the division sets the loads, the age group only the ranking (when the standards,
  // which say so beside the loads they list, have not answered it).
  const raceFacts =
    ruled.length === 0 &&
    plan.primary !== 'calculation' &&
    engine.length === 0 &&
    asksAgeLoads(question) &&
    !standards.some((p) => p.includes('same in every age group'))
      ? [ageLoadsText(input.facts.age, input.facts.division, input.facts.stations)]
      : ruled;
  const format = fromData && raceFacts.length === 0 ? formatParts(input) : [];
  // "difference between pro and open?": only the loads, which the standards then list.
  const divisions = fromData && raceFacts.length === 0 ? divisionDifference(question) : [];
  const data =
    plan.primary === 'calculation'
      ? plan.calculations.map((c) => c.text)
      : raceFacts.length > 0
        ? raceFacts
        : [...divisions, ...standards, ...format];
  parts.push(...engine, ...data);
  // A race fact the data gives, or arithmetic that answers the whole question ("how many burpees is that?"), needs little else.
  const answeredByData =
    (standards.length > 0 ||
      raceFacts.length > 0 ||
      // …not a team's share of it ("in a relay how many runs does each person do?").
      (format.length > 0 && !input.facts.team) ||
      // …unless the figure is the knowledge base's own (a verdict on the week's volume): its passage says why, cited.
      // …nor a judgement on it ("8 miles in 80 minutes, too slow for a long run?"): the sum is the context, the section the answer.
      (plan.primary === 'calculation' && data.length > 0 && !plan.calculations.some((c) => c.sources) && !JUDGES_FIGURE.test(question)) ||
      plan.calculations.some((c) => c.kind === 'team_age')) &&
    engine.length === 0 &&
    // A mixed or Pro Doubles pair's loads are what the sources disagree on or do not give: the section on them says what to do.
    !(input.facts.team === 'doubles_mixed' || proDoubles(question, input.facts.team)) &&
    !IMPROVE.test(question) &&
    // "i keep failing the wall ball target height, any tips": the fact is not what is asked.
    !/\bwhy\b|\btips?\b|\bany advice\b|\bkeep (failing|missing|getting no)|\bstruggl/i.test(question) &&
    !['howto', 'request'].includes(input.facts.form);
  // A race fact matched by its own rule ("is it a mass start?", "is there a run at the end?") is the whole answer, whatever the form.
  const factAnswered = answeredByData || (raceFacts.length > 0 && engine.length === 0);
  // A decided yes/no question ("go or no go?", "keep going?", "fine, right?") opens with its answer.
  const advice = adviceOf(input);
  const opening = advice && parts.length > 0 ? verdictOpening(question, input.facts.form, advice) : null;
  if (opening) parts[0] = `${opening} ${parts[0]}`;
  const note = teamNote(input);
  // The World Championships exception is the answer to "do we still use open weights at the worlds?", so it leads.
  // …and so is a mixed team's note ("mixed relay, do the girls push the mens sled?": each at their own Open loads; a mixed
  // pair's loads are what sources disagree on).
  const mixedNote =
    input.facts.team === 'doubles_mixed' || (input.facts.team === 'relay' && /\bmixed\b/i.test(question)) || proDoubles(question, input.facts.team);
  if (note) parts.splice(sameSexAtWorlds(question, input.facts.team) || mixedNote ? 0 : parts.length, 0, note);
  if (plan.primary !== 'calculation' && plan.calculations.length > 0) parts.push(...plan.calculations.map((c) => c.text));

  // The reason: the best matching block of the best passage, quoted whole; a second passage only when it adds.
  // A how-to ("how do I do a 2k row test?") is answered in steps.
  const wantsList = input.facts.form === 'howto' || LIST_ASK.test(question);
  // "How much / how many / how long / what dose": blocks that give a figure with its unit come first.
  const wantsAmount =
    /\bhow (much|many|long|often|far|fast|heavy)\b|\bwhat (dose|amount|pace|split)|\bhow (?:much|many) (?:\w+ )?(?:should|do|to)\b/i.test(question) ||
    // "do i need the loading phase (20g a day) or just take 5g?": a dose the member names asks for the dose.
    /\b\d+(?:\.\d+)?\s?(?:g|mg|grams?)\b(?!\/kg)/i.test(question) ||
    /\b(good|best|give me|what'?s a|an? example|write me|which)\b.{0,40}\b(session|workout|drills?|routine|sets?)\b/i.test(question);
  const severalAsks = askParts(question).filter((a) => a.trim()).length >= 2;
  // "my partner and i are doing mixed doubles, who should do the sled push": the ask is the clause after the context.
  // …or after a sentence of context ("shes much stronger on sled. how do we split the sled push & pull").
  const onlyOpenAsks = question
    .split('?')
    .map((a) =>
      a
        .split(/[.!]\s+(?=\S)/)
        .pop()!
        .trim(),
    )
    .filter(Boolean)
    .every(
      (a) =>
        OPEN_ASK.test(a) ||
        OPEN_ASK.test(
          a
            .split(/[,;:]|\s[-–—]\s/)
            .pop()!
            .trim(),
        ),
    );
  // The question's own words among the weights (not the topic words the plan added).
  const asked = new Set(questionTerms(question));
  const ownOf = (t: Map<string, number>) => new Map([...t].filter(([w]) => asked.has(w)));
  // A member asking alone is not answered from a block written for a pair.
  const solo = !input.facts.team && !/\bpartners?\b|\bteam|\bpair\b|\bcouple\b|\bdoubles\b|\brelay\b/i.test(question);
  // A bold answer holds enough of the question, and at least as much as the text it would lead instead of.
  const holdsAsMuch = (bold: string, rival: string) => overlap(bold, terms) >= BOLD_OPENING_SOME && overlap(bold, terms) >= overlap(rival, terms);
  // "how many compromised running sessions a week?": a section titled "How often…/How many…" for the thing counted (a specific
  // word of the question in its title) answers it, ahead of one that designs that session.
  // …and "how often should i do that?" after one about a session counts that session (the conversation names it).
  const pointsBack = input.conversation !== undefined && /\b(?:that|this|it|them|those|these)\b/i.test(question);
  const quantityFaq = (section: string) => countsTheAsk(askedText(question), section) || (pointsBack && countsTheAsk(input.conversation!, section));
  // A block's score plus the match of its section title: a passage titled for the subject leads.
  const pickWith = (t: Map<string, number>) =>
    passages
      .map((c, i) => ({ c, i, pick: bestBlock(c.content, t, wantsList, wantsAmount, solo ? writtenForAPair : undefined, c.section)! }))
      // A section titled for the question ("Is it too late to start Hyrox at 50 or 60?") qualifies its blocks.
      // …in the member's words or in the knowledge base's words for the ask, which broadTerms holds at half weight
      // ("can my kids come watch? where does family stand" → "…lanes and spectators").
      .map((x) => ({
        ...x,
        titled: x.pick
          ? x.pick.score +
            0.5 * Math.max(overlap(x.c.section, t), input.broadTerms ? overlap(x.c.section, input.broadTerms) : 0) +
            (quantityFaq(x.c.section) ? QUANTITY_TITLE_BONUS : 0)
          : 0,
      }))
      .filter((x) => x.pick && x.titled >= MIN_BLOCK_SCORE)
      // A block that opens "Yes." or "No." answers a yes/no question: not one whose every ask is how, what, which or why,
      // unless its section is titled for the question ("What should I wear for my first Hyrox? Are shorts… fine?"): then its verdict goes.
      // …or its block holds every word of the question ("how many gels should i take?": "Yes, if…: one or two gels at most").
      // …otherwise the block answers without its yes or no ("how do i stay positive…?": "Self-talk works: …", not "Yes, self-talk works").
      .map((x) =>
        !onlyOpenAsks ||
        !VERDICT_START.test(x.pick.block.text) ||
        overlap(x.c.section, ownOf(t)) >= TITLE_ANSWERS ||
        (ownOf(t).size > 0 && overlap(x.pick.block.text, ownOf(t)) === 1)
          ? x
          : { ...x, pick: { ...x.pick, block: { ...x.pick.block, text: withoutVerdict(x.pick.block.text) } } },
      )
      .map(({ titled, ...x }) => ({ ...x, pick: { ...x.pick, score: titled + RANK_BONUS * (1 - x.i / passages.length) } }))
      .sort((a, b) => b.pick.score - a.pick.score);
  // When no block matches the question's own words ("is it too late at 52?"), the words the knowledge uses for what it asks get a turn before "not covered".
  let picks = pickWith(terms);
  // A section titled "How often…/How many…/How long…" answers that, not "what's a good compromised running session?".
  const asksQuantity = /\bhow (often|many|long|much)\b|\bfrequen|\b(a|per) week\b/i.test(question) || VOLUME_ASK.test(question);
  const onTopic = picks.filter((x) => asksQuantity || !QUANTITY_FAQ.test(x.c.section));
  if (onTopic.length > 0) picks = onTopic;
  // …and a section titled "How often…/How many…" for the very thing the ask counts leads whatever else scores higher
  // ("how often should i do that?" after a compromised-running session: not a threshold section's "one session a week").
  const counted = picks.filter((x) => quantityFaq(x.c.section));
  if (counted.length > 0) picks = [...counted, ...picks.filter((x) => !counted.includes(x))];
  if (picks.length === 0 && input.broadTerms) picks = pickWith(input.broadTerms);
  // Under an engine's answer, a passage adds its reason only when its section is about the question (a title word in common).
  // …not a word of the ask's phrasing ("what should my week look like" is not about "how do I look after a blister").
  if (parts.length > 0 && plan.engine) {
    const subject = new Map([...terms].filter(([w]) => !PHRASING.has(w)));
    picks = picks.filter((x) => overlap(x.c.section, subject) > 0);
  }
  const room = () => plan.maxWords - wordCount(parts.join(' '));
  // "whats the roxzone?": the sentence that says what it is leads.
  const subject = definedSubject(question);
  // It leads a race fact from the data too ("what even is the elite 15? do they lift heavier than pro?").
  // …not over the member's own sum ("my max hr is 190, what is zone 2?" asks for the beats, not what zone 2 is).
  const definition =
    subject && plan.primary !== 'calculation' && (parts.length === 0 || data.length === parts.length) ? definitionOf(subject, passages) : undefined;
  if (definition) parts.unshift(`${definition.sentence} [${cite.n(definition.c)}]`);
  const answered = parts.length > 0;
  const knowledgeFrom = parts.length;
  // The question's most telling word the knowledge has (the pipeline's weights hold only those; local ones are checked against the passages).
  const known = input.terms ? undefined : wordSet(passages.map((c) => `${c.section} ${c.content}`).join(' '));
  const mainWord = [...terms].filter(([w]) => !known || known.has(w)).sort((a, b) => b[1] - a[1])[0]?.[0];
  // The knowledge base's words for the ask (member terms), each once: a section whose title holds enough of them was chosen
  // for what the member asked, whatever words the member used.
  // Only the sentence that asks counts ("how do you train mental toughness? i fold in every sim" is not about simulations),
  // and not for a yes/no question, whose verdict is in the block that holds its own words ("can i take my shoes off…?").
  const member = new Map(questionTerms(memberTerms(askedText(question)).join(' ')).map((w) => [w, 1]));
  const memberTitled = (c: RetrievedChunk, openingText: string) =>
    !wantsYesNo(question, input.facts.form) &&
    member.size >= MEMBER_TITLE_MIN_WORDS &&
    overlap(c.section, member) >= TITLE_ANSWERS &&
    BOLD_ANSWER.test(openingText) &&
    overlap(openingText, member) > 0;
  // A pick counts once it adds text: a list with no item on the question gives its turn to the next passage.
  let taken = 0;
  let firstScore = 0;
  for (const { c, pick } of picks) {
    const i = taken;
    // Under a referral (a constraint from triage) one passage bears on the question; a second is noise around the referral.
    if (i >= (input.constraints?.length ? 1 : 2) || room() < 30) break;
    if (i === 1 && (plan.engine || pick.score < Math.max(0.3, firstScore * 0.8))) break;
    if (answered && plan.engine && pick.score < ENGINE_REASON_SCORE) break;
    // A race fact the data has answered ("how many wall balls are there?") takes at most one short paragraph titled for it.
    if (factAnswered && (i >= 1 || pick.block.kind !== 'paragraph' || overlap(c.section, terms) < TITLE_ANSWERS || wordCount(pick.block.text) > 90))
      continue;
    // Figures already given by the engines or the data are not repeated from a passage (its table or its sentences of loads).
    if (data.length > 0 && (pick.block.kind === 'table' || (pick.block.text.match(/\d+ ?kg\b/g) ?? []).length >= 3)) continue;
    // …nor a table of worked plans or predictions for other goals under the plan or prediction computed for this one,
    // …nor another example week under the week computed for the member.
    if (engine.length > 0 && ['pacing', 'predict', 'plan', 'taper'].includes(plan.primary) && pick.block.kind === 'table') continue;
    // …nor, when the week is on the member's own days ("mon wed fri only"), an example week's days ("Hard days (Mon, Thu, Fri)…").
    if (engine.length > 0 && input.figures.week?.trainingDays && (pick.block.text.match(WEEKDAY_NAME) ?? []).length >= 2) continue;
    const n = cite.n(c);
    const before = parts.length;
    // A section titled for the question opens with its direct answer (the house format): that opening leads.
    const opening = blocksOf(c.content)[0];
    // A "Yes." or "No." opening answers a yes/no question only ("how long does a hyrox take?" is not one).
    const verdictOpens = opening ? VERDICT_START.test(opening.text) : false;
    // A long opening paragraph still has its direct answer: the bold sentence it opens with.
    const openingText =
      opening?.kind === 'paragraph'
        ? wordCount(opening.text) <= 90
          ? opening.text
          : BOLD_ANSWER.test(opening.text) && wordCount(opening.sentences[0] ?? '') <= 60
            ? opening.sentences[0]
            : // …or, when the sentence split kept the bold together with what follows it, the bold answer alone.
              BOLD_SPAN.exec(opening.text)?.[0]
        : undefined;
    // "do the judges assign lanes or do i pick one?" is no yes/no question, but a section titled for it answers it in its
    // opening all the same: without the "No,".
    const titledForIt =
      overlap(c.section, terms) >= TITLE_ANSWERS &&
      /(?<!\b(?:how|what|why|when|where|which|who)\s)\b(?:do|does|can|should|is|are)\s+(?:i|we|you|they|the|my)\b/i.test(question);
    if (
      !answered &&
      (!verdictOpens || wantsYesNo(question, input.facts.form) || titledForIt) &&
      i === 0 &&
      pick.index > 0 &&
      opening?.kind === 'paragraph' &&
      openingText !== undefined &&
      // A FAQ section's first block answers its own bold question ("**What is a normal time for a first Hyrox?**"), not the
      // section's title: under another of its questions it is no opening.
      !BOLD_QUESTION.test(opening.text) &&
      // …or, for a yes/no question, a section that opens with its yes or no.
      (overlap(c.section, terms) >= TITLE_ANSWERS ||
        // …or titled in the knowledge base's words for what the member asked ("going out way too hard to keep up with the
        // guy next to me" → "Pacing discipline against adrenaline at the start"), with a bold answer on them.
        // …unless the block found is the asked station's own item of a list ("how hard on the sled push?": the sled item).
        (memberTitled(c, opening.text) && !(pick.block.kind === 'list' && stationItems(pick.block.text, input.facts.stations) !== pick.block.text)) ||
        (wantsYesNo(question, input.facts.form) && verdictOpens) ||
        // …or a yes/no question answered by a section titled as one ("I slept badly the night before my Hyrox: does it matter?"):
        // its bold opening is the verdict ("Usually much less than you fear."), whatever words it shares; one ask only, as
        // a second ask ("…anything i should do differently on race day") needs the room the section's body gives it,
        // unless the opening is short enough to leave that room ("does one bad night wreck performance? how do i handle it next time").
        // "is that overtraining or just training?" asks which of two readings: the opening tells them apart the same way.
        ((wantsYesNo(question, input.facts.form) || TWO_READINGS.test(question)) &&
          (!severalAsks || wordCount(openingText) <= SHORT_OPENING) &&
          (YESNO_TITLE.test(c.section) || (TWO_READINGS.test(question) && YESNO_TITLE_START.test(c.section))) &&
          BOLD_ANSWER.test(opening.text)) ||
        // …or a section that opens with its answer in bold ("**Do race simulations every 2–3 weeks…**") on the question's words,
        // or on fewer of them but as many as the block it would otherwise lead with ("…1000 cals under maintenance, good idea?").
        (BOLD_ANSWER.test(opening.text) &&
          (overlap(opening.text, terms) >= BOLD_OPENING_ANSWERS ||
            holdsAsMuch(opening.text, listLeadIn(pick.block) ?? pick.lead ?? pick.block.text))))
    )
      parts.push(`${verdictOpens && !wantsYesNo(question, input.facts.form) ? withoutVerdict(openingText) : openingText} [${n}]`);
    // The section's own bold answer ("**Yes, a sauna after training is OK…**") leads its paragraph when the section is
    // titled for the question, or answers a yes/no question with its yes or no; a study sentence that shares more words does not.
    const boldFirst = pick.index === 0 && pick.block.kind === 'paragraph' ? pick.block.sentences[0] : undefined;
    const lead =
      boldFirst &&
      BOLD_ANSWER.test(boldFirst) &&
      (overlap(c.section, terms) >= TITLE_ANSWERS ||
        memberTitled(c, boldFirst) ||
        (wantsYesNo(question, input.facts.form) && VERDICT_START.test(boldFirst)) ||
        // …or holds as much of the question as the sentence that would lead instead.
        holdsAsMuch(boldFirst, pick.lead ?? ''))
        ? boldFirst
        : pick.lead;
    if (!answered && i === 0 && pick.block.kind === 'paragraph' && lead) {
      // A FAQ's bold question before its answer ("**What is the average finish time?** About 1:30.") leads with the answer.
      parts.push(`${withoutBoldQuestion(lead)} [${n}]`);
      const rest = fit(quote(pick.block, lead), room(), terms);
      if (rest) parts.push(`${rest} [${n}]`);
      // A paragraph that points at the table or list after it ("The plan below puts food, fluid and sleep first…") brings it:
      // whole when it fits, else its header and the rows that bear on the question.
      const next = blocksOf(c.content)[pick.index + 1];
      // …and a how-to question ("how do i train mental toughness?") answered from a paragraph followed by the section's
      // numbered steps gets the steps: the paragraph says why, the steps say how.
      const steps = next?.kind === 'list' && HOW_TO.test(askedText(question)) && numberedSteps(next.text) && !quotedAlready(parts, next.text);
      if (next && next.kind !== 'paragraph' && (POINTS_BELOW.test(pick.block.text) || steps) && !(data.length > 0 && next.kind === 'table')) {
        const shown =
          wordCount(next.text) <= room() + 40
            ? next.text
            : next.kind === 'table'
              ? relevantRows(next.text, terms, room())
              : relevantItems(next.text, terms, room());
        if (shown) parts.push(`${shown} [${n}]`);
      }
    } else {
      let body =
        pick.block.kind === 'list'
          ? relevantItems(stationItems(pick.block.text, input.facts.stations), terms, room(), parts.length === 0)
          : pick.block.text;
      if (wordCount(body) > room() + 40)
        body = pick.block.kind === 'paragraph' ? fit(body, room(), terms) : pick.block.kind === 'table' ? relevantRows(body, terms, room()) : '';
      // A section titled for the question whose best block is too long to quote still has its direct answer: the opening.
      if (!body && parts.length === before && !answered && opening?.kind === 'paragraph' && overlap(c.section, terms) >= TITLE_ANSWERS)
        body = leadingSentences(opening.text, room());
      // A direct question answered from a list under a bare lead-in ("Notes:", "How to handle it:") opens with the item that answers it.
      const itemFirst =
        !answered &&
        i === 0 &&
        parts.length === before &&
        pick.block.kind === 'list' &&
        // "how often should i retest?" asks for a figure, not for steps, whatever its form.
        (!wantsList || /\bhow (often|many|much|long|far)\b/i.test(question)) &&
        !ASKS_SET.test(question) &&
        body
          ? // The item that answers the question's own words ("is there water on the course?": the water item), not the topic's.
            itemLead(body, ownOf(terms).size > 0 ? ownOf(terms) : terms)
          : undefined;
      if (itemFirst) parts.push(`${itemFirst.lead} [${n}]`, ...(itemFirst.rest ? [`${itemFirst.rest} [${n}]`] : []));
      else if (body) parts.push(`${body} [${n}]`);
    }
    // The answer leads, not the FAQ question it answers.
    if (!answered && i === 0 && parts.length > before) parts[before] = withoutBoldQuestion(parts[before]!);
    // A second ask ("worth it? how much?") is answered from the same passage when another block covers it.
    if (i === 0 && !plan.engine && !factAnswered && (severalAsks || wantsAmount)) {
      const more = secondBlock(c.content, terms, pick, wantsAmount, MIN_BLOCK_SCORE, solo ? writtenForAPair : undefined);
      if (more && wordCount(more.text) <= room() + 40)
        parts.push(`${more.kind === 'list' ? relevantItems(more.text, terms, room()) : more.text} [${n}]`);
    }
    // A section's "Yes." or "No." answers its own title's question; quoted under another, the verdict goes.
    // It stays when the section holds the question's most telling word ("treadmill"), not only its common ones ("wear").
    if (
      parts.length > before &&
      VERDICT_START.test(parts[before]!) &&
      (onlyOpenAsks ||
        asksOtherKind(question, c.section) ||
        // "are knee sleeves allowed?" is not answered by "No, you do not need a lifting belt": a yes or no about need is not one about permission.
        (PERMISSION.test(question) && !PERMISSION.test(verdictSentence(parts[before]!)) && NEED.test(verdictSentence(parts[before]!))) ||
        namesAnotherSubject(question, c.section, verdictSentence(parts[before]!)) ||
        !(mainWord && wordSet(`${c.section} ${pick.block.text}`).has(mainWord)))
    )
      parts[before] = withoutVerdict(parts[before]!);
    else if (parts.length > before && VERDICT_START.test(parts[before]!)) parts[before] = verdictFor(parts[before]!, c.section, question);
    if (parts.length > before) {
      if (taken === 0) firstScore = pick.score;
      taken += 1;
    }
  }

  // The point asked beyond the section's title ("…what helps?", "…after a hard run?") is answered from the section's own
  // sentence or list that holds it, right after the lead, when the quote so far left it out.
  if (!plan.engine && !factAnswered && data.length === 0 && parts.length > knowledgeFrom) {
    const lead = /\[(\d+)\]$/.exec(parts[knowledgeFrom]!);
    const c = lead ? cite.list[Number(lead[1]) - 1] : undefined;
    const askedWords = wordSet(askedText(question));
    const own = new Map([...ownOf(terms)].filter(([w]) => askedWords.has(w)));
    const detail =
      c &&
      askedDetail(
        c,
        pointLeft(own, c.section, parts.join(' ')),
        parts.join('\n'),
        Math.max(room(), DETAIL_ROOM),
        ASKS_WHAT_TO_DO.test(askedText(question)),
      );
    if (detail) parts.splice(knowledgeFrom + 1, 0, `${detail.text} [${cite.n(c)}]`);
  }

  // Each ask of a message with several ("am I meant to use my legs? damper setting?") gets its answer,
  // in the order asked: an ask the answer so far leaves uncovered takes the best block for its own words.
  if (!plan.engine && severalAsks) {
    // An ask with no answer yet gets one short part even when the others filled the budget: the answers are put in the
    // order of the asks below, and the budget trims the last of them, so no ask is left without its answer.
    const askRoom = () => Math.max(room(), ASK_FLOOR);
    const allAsks = askWeights(question, terms);
    const stationWords = wordSet(input.facts.stations.map((id) => stationById(id).name).join(' '));
    const specific = new Set(specificTerms(question));
    // The ask's own words, in the order asked (askWeights keeps the parts that hold any weighted word).
    const askTexts = askParts(question).filter((a) => [...wordSet(a)].some((w) => terms.has(w)));
    for (const [k, ask] of allAsks.entries()) {
      // An ask whose own section (titled for it, among the passages the whole message found) is not quoted yet is answered
      // from that section's opening, even when its word is mentioned in passing elsewhere ("what shoes…? and are gloves
      // allowed": the gloves rule mentions shoes, the shoe section answers them). A fact the data answered needs none.
      // The stations named are the message's subject, not what one ask asks ("do i have to touch the line on burpee broad
      // jumps?" is about the line, which a section titled for the station need not answer).
      // …nor are words too common to say what it asks ("what should i do the week after?" is not about "week").
      const asksFor = new Map([...ask].filter(([w]) => !stationWords.has(w) && specific.has(w)));
      // An ask of several words the answer already holds is answered; one word mentioned in passing ("shoes may come off
      // for the wall balls") is not.
      const said = wordSet(parts.join(' '));
      const heldAlready = [...asksFor.keys()].filter((w) => said.has(w)).length >= 2 && overlap(parts.join(' '), asksFor) >= ASK_COVERED;
      const own =
        factAnswered || input.constraints?.length || heldAlready || asksFor.size === 0
          ? undefined
          : sectionForAsk(
              asksFor,
              allAsks.filter((o) => o !== ask),
              passages,
              cite.list,
            );
      const opening = own && sectionOpening(own.content, OPEN_ASK.test(askTexts[k]?.trim() ?? ''));
      // The opening quoted must itself name what the ask asks about: a title that shares a word ("Eat enough to train" for
      // "what should i eat after training?") is not yet an answer.
      if (own && opening && overlap(opening, asksFor) > 0 && !parts.some((p) => p.includes(opening.slice(0, 60)))) {
        const part = `${opening} [${cite.n(own)}]`;
        // The first ask is answered first: its part leads the knowledge, the others follow in order.
        if (k === 0) parts.splice(knowledgeFrom, 0, part);
        else parts.push(part);
        continue;
      }
      if (overlap(parts.join(' '), ask) >= ASK_COVERED) continue;
      const best = passages
        .map((c) => ({ c, pick: bestBlock(c.content, ask, false, wantsAmount, solo ? writtenForAPair : undefined) }))
        .filter(
          (x) =>
            x.pick &&
            x.pick.score >= MIN_BLOCK_SCORE &&
            // …not a block already quoted, with or without its verdict, nor a list one of whose items is already quoted.
            !parts.some((p) => p.includes(x.pick!.block.text.slice(0, 60)) || p.includes(withoutVerdict(x.pick!.block.text).slice(0, 60))) &&
            !quotesItemOf(x.pick!.block, parts),
        )
        .sort((a, b) => b.pick!.score - a.pick!.score)[0];
      // Past the budget, only a block that clearly answers the ask, from a section titled for it.
      // A one-word "ask" ("race is 10 weeks away") is context, not a question of its own.
      // Beside a fact the data or a rule answered, only a block from a section titled for the ask ("is it a mass start?" is not body mass).
      if (
        !best ||
        ((room() < 30 || raceFacts.length > 0) && (ask.size < 2 || best.pick!.score < ASK_FLOOR_SCORE || overlap(best.c.section, ask) === 0))
      )
        continue;
      const b = best.pick!.block;
      // A table the data already gave is not repeated from a passage here either.
      if (data.length > 0 && b.kind === 'table') continue;
      // One ask's block does not carry a yes or no: the verdict, if any, answers the message and was weighed above.
      const plain = VERDICT_START.test(b.text) ? withoutVerdict(b.text) : b.text;
      const text =
        b.kind === 'list' ? relevantItems(plain, ask, askRoom()) : b.kind === 'paragraph' ? fit(plain, Math.min(askRoom(), 90), ask) : plain;
      if (!text || wordCount(text) > askRoom() + 40) continue;
      parts.push(`${text} [${cite.n(best.c)}]`);
    }
  }

  // A section that answers several questions under bold labels ("…results, what finishers get, and do spectators need a
  // ticket?") opened with its first one: asked another ("do spectators need tickets?"), its labelled paragraph leads.
  if (!answered && parts.length > knowledgeFrom) {
    const m = /\[(\d+)\]$/.exec(parts[knowledgeFrom]!);
    const c = m ? cite.list[Number(m[1]) - 1] : undefined;
    // …also when an open ask comes first and a second one only narrows it ("how do relay handovers work? do we tag or is
    // there a band or what": the hand-over item answers both).
    const firstAsk = askParts(question).find((a) => a.trim()) ?? '';
    const oneOpenAsk = (!severalAsks || OPEN_ASK.test(firstAsk.trim())) && !wantsYesNo(question, input.facts.form);
    const labelled = c ? labelledAnswer(c.content, ownOf(terms), withoutCite(parts[knowledgeFrom]!), oneOpenAsk) : undefined;
    if (labelled) {
      // Whole and first, also when a second ask already quoted it, or a sentence of it, further down.
      // A list that holds it as one item keeps its other items.
      const plain = (p: string) => withoutCite(p).trim();
      for (let k = parts.length - 1; k >= knowledgeFrom; k--) {
        const lines = parts[k]!.split('\n');
        const at = lines.findIndex((l) => l.includes(labelled.slice(0, 60)));
        if (lines.length > 2 && at >= 0 && LIST_LINE.test(lines[at]!)) {
          const cite = CITE_END.exec(lines[lines.length - 1]!)?.[0] ?? '';
          lines.splice(at, 1);
          if (at === lines.length && cite && !CITE_END.test(lines[lines.length - 1]!)) lines[lines.length - 1] += cite;
          parts[k] = lines.join('\n');
        } else if (parts[k]!.includes(labelled.slice(0, 60)) || labelled.includes(plain(parts[k]!))) parts.splice(k, 1);
      }
      parts.splice(knowledgeFrom, 0, `${labelled} [${m![1]}]`);
    }
  }

  // "ice bath or sauna after a hard session?": both options are answered, and a sentence that weighs them leads.
  const options = plan.engine || factAnswered || input.constraints?.length ? undefined : askedOptions(question);
  if (options && !definition)
    parts.splice(
      0,
      parts.length,
      ...coverOptions({
        question,
        options,
        parts,
        knowledgeFrom,
        passages: [...new Set([...passages, ...(input.optionPassages ?? [])])],
        cited: cite.list,
        citeOf: (c) => cite.n(c),
        room: room(),
      }),
    );

  // No text twice: a block reached by a second path (a second ask, a neighbouring block) after its verdict was dropped
  // from the first quote is the same block.
  const opening80 = (p: string) => withoutVerdict(withoutCite(p)).replace(/\*\*/g, '').slice(0, 80);
  for (let k = parts.length - 1; k > knowledgeFrom; k--) {
    const head = opening80(parts[k]!);
    if (head.length >= 40 && parts.slice(knowledgeFrom, k).some((p) => opening80(p) === head)) {
      // The later copy goes: the first one's verdict, kept or dropped, was weighed above.
      parts.splice(k, 1);
    }
  }

  // A yes/no question hears its yes or no first: a knowledge part that opens with its verdict moves ahead of the others
  // ("is it ok to walk during the runs?": "**Yes.** Walking on the runs is normal…" before why a planned walk helps).
  if (wantsYesNo(question, input.facts.form) && knowledgeFrom === 0 && parts.length > 1 && !VERDICT_START.test(parts[0]!)) {
    const k = parts.findIndex((p, i) => i > 0 && VERDICT_START.test(p));
    if (k > 0) parts.unshift(...parts.splice(k, 1));
  }

  // The definition is said once.
  if (definition)
    for (let k = 1; k < parts.length; k++)
      parts[k] = parts[k]!.replace(definition.sentence, '')
        .replace(/^\s*(\[\d+\])?\s*$/, '')
        .trim();
  for (let k = parts.length - 1; k >= 1; k--) if (!parts[k]) parts.splice(k, 1);

  // A passage that goes through every station in turn ("Written out for the Sled Push: … For the Wall Balls: …"), quoted for a
  // question about one or two of them, keeps those stations' sentences ("which is closest to the open men ball?").
  if (input.facts.stations.length <= 2)
    for (let k = knowledgeFrom; k < parts.length; k++) parts[k] = stationSentences(parts[k]!, input.facts.stations);

  // A yes/no follow-up ("can i do that one the week of the race or is it too much") hears the sentence that says whether
  // first, not the earlier answer's opening again; its "…or is it too much" restates the one ask.
  const whether = (input.history?.length ?? 0) > 0 && wantsYesNo(question, input.facts.form) && !VERDICT_START.test(parts[0] ?? '');
  // The sentence that gives what was asked (a count, an amount, a rule) leads, not the section's background or summary.
  // …also for several asks that are all rule asks ("can one of us do the whole carry? or does it have to be 50/50"): the rule answers them all.
  if (
    knowledgeFrom === 0 &&
    !plan.engine &&
    (!severalAsks || whether || askParts(question).every((a) => !a.trim() || leadAsk(a)?.kind === 'permission')) &&
    !factAnswered &&
    parts.length > 0
  )
    parts.splice(
      0,
      parts.length,
      ...answerFirst(parts, {
        question,
        // …read on the follow-up's own words, which the conversation's terms may leave out ("the week of the race").
        focus: whether && ownOf(terms).size === 0 ? new Map(questionTerms(withoutAck(question)).map((w) => [w, 1] as const)) : ownOf(terms),
        passages,
        citeOf: (c) => cite.n(c),
        cited: (n) => cite.list[n - 1],
        whether,
      }),
    );

  // The answers follow the order of the asks.
  if (severalAsks) {
    const asks = askWeights(question, terms, 'closed');
    const yesNo = wantsYesNo(question, input.facts.form);
    const askOf = (part: string) => asks.map((a) => overlap(part, a)).reduce((best, v, k, all) => (v > all[best]! ? k : best), 0);
    const ordered = parts
      .slice(knowledgeFrom)
      .map((part, i) => ({ part, i, k: askOf(part), verdict: yesNo && VERDICT_START.test(part) ? 0 : 1 }))
      // Within one ask, a yes/no question's "Yes." or "No." goes ahead of its reasons ("is it all arms? …": "**No.** The stroke…").
      .sort((a, b) => a.k - b.k || a.verdict - b.verdict || a.i - b.i);
    parts.splice(knowledgeFrom, parts.length - knowledgeFrom, ...ordered.map((x) => x.part));
  }

  // "how long is a deload week and how often should i do one?": with several asks for figures (a length, a frequency, a
  // count), the paragraph whose opening gives what most of them ask leads, not background that shares their words
  // ("Deload vs taper: both cut volume…").
  if (severalAsks && knowledgeFrom === 0 && !plan.engine && !factAnswered && parts.length > 1) {
    const figureAsks = askParts(question)
      .map((a) => figureAsk(a))
      .filter((a): a is LeadAsk => a !== undefined);
    if (figureAsks.length >= 2) {
      const answered = (part: string) => {
        if (part.includes('\n')) return -1;
        const opening = splitSentences(withoutCite(part))[0] ?? '';
        return figureAsks.filter((a) => givesAsked(opening, a, question)).length;
      };
      const counts = parts.map(answered);
      const best = counts.indexOf(Math.max(...counts));
      if (best > 0 && counts[best]! > counts[0]!) parts.unshift(...parts.splice(best, 1));
    }
  }

  if (parts.length === 0) {
    const g = generalKnowledge(input);
    parts.push(...g);
  } else if (picks.length === 0 && !plan.engine && plan.primary !== 'calculation' && data.length === 0) {
    parts.push(...generalKnowledge(input));
  }

  const f = input.figures;
  // A first plan needs the race date and the days a week: ask for them rather than assume.
  if (
    (plan.primary === 'start' || (plan.primary === 'plan' && !f.week)) &&
    input.facts.weeksToRace === undefined &&
    input.snapshot.weeksToRace === undefined &&
    !parts.some((p) => p.includes('?'))
  ) {
    parts.push('When is your race, and how many days a week can you train? With those two numbers I lay out your phase and a day-by-day week.');
  }
  if (f.divisionAssumed && (f.prediction || f.pacing || f.workout || f.stationGap))
    parts.push(
      `These figures use ${DIVISION_LABELS[input.figures.division]} loads and shares; tell me your division (or set it with \`/profile set division:…\`) if you race another.`,
    );
  if (plan.primary === 'predict') parts.push('**Next:** retest your 5 km every 4–6 weeks with `/benchmark`, and I will update the prediction.');
  // "crossfit background, running awful (5k 28 min), how do i fix it": the paces that fix it, from the member's own 5 km.
  const paces = !plan.engine && plan.primary !== 'calculation' && parts.length > 0 ? runningPacesLine(question, input.facts) : undefined;
  if (paces) parts.push(paces);
  // A figure from the knowledge base (a verdict on the week's volume) cites the passage it comes from, quoted or not.
  const sourced = plan.primary === 'calculation' ? plan.calculations.find((c) => c.sources) : undefined;
  const at = sourced ? parts.findIndex((p) => p.includes(sourced.text)) : -1;
  const origin = sourced && passages.find((c) => overlap(c.section, new Map(questionTerms(sourced.sources!.join(' ')).map((w) => [w, 1]))) > 0);
  if (at >= 0 && origin && !cite.list.includes(origin)) parts[at] = `${parts[at]} [${cite.n(origin)}]`;
  const body = trimToBudget(parts, plan.maxWords + 40, Math.min(parts.length, engine.length + 2)).join('\n\n');
  // Numbered in reading order: the lead may come from a passage cited after the others.
  const firstAt = (i: number) => body.indexOf(`[${i + 1}]`);
  const cited = cite.list
    .map((c, i) => ({ c, at: firstAt(i) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((x) => x.c);
  return {
    body: renumber(body, cite.list, cited),
    numbered: cited,
    cited,
    model: OFFLINE_MODEL,
    offline: true,
    degraded: false,
    toolsUsed: [],
    messages: [],
    promptTokens: null,
    completionTokens: null,
  };
}

/** A section title that holds this share of an ask's weighted words, its most telling word among them, is titled for that ask. */
const ASK_TITLED = 0.6;

/**
 * The passage titled for one ask of a message with several, when none quoted so far is: its title holds most of the ask's
 * words, its most telling one included, and more of this ask than of any other (a section titled for the message's
 * subject answers every ask a little and none in particular). Only the passages the whole message found are candidates,
 * so the section shares the message's topic; an ask of one word needs a title that is nearly all that word.
 */
export function sectionForAsk(
  ask: Map<string, number>,
  others: Map<string, number>[],
  passages: RetrievedChunk[],
  cited: readonly RetrievedChunk[],
): RetrievedChunk | undefined {
  const top = [...ask].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!top) return undefined;
  const titled = (c: RetrievedChunk) =>
    overlap(c.section, ask) >= ASK_TITLED && wordSet(c.section).has(top) && others.every((o) => overlap(c.section, o) < overlap(c.section, ask));
  if (cited.some(titled)) return undefined;
  return passages.find((c) => !cited.includes(c) && titled(c));
}

/**
 * A section's direct answer: its opening paragraph when short, else the bold answer it opens with (the house format).
 * Under an open ask ("what…", "how…") a "Yes." or "No." answers nothing and goes.
 */
export function sectionOpening(content: string, openAsk: boolean): string | undefined {
  const first = blocksOf(content)[0];
  if (!first || first.kind === 'table') return undefined;
  // A list under a bold answer ("**Yes: shorts… are fine.** The race-specific checks:") keeps the bold answer.
  if (first.kind === 'list') {
    const bold = BOLD_SPAN.exec(first.text)?.[0];
    return bold && openAsk && VERDICT_START.test(bold) ? withoutVerdict(bold) : bold;
  }
  const text =
    wordCount(first.text) <= 70
      ? first.text
      : BOLD_ANSWER.test(first.text) && wordCount(first.sentences[0] ?? '') <= 60
        ? first.sentences[0]
        : BOLD_SPAN.exec(first.text)?.[0];
  if (!text) return undefined;
  return openAsk && VERDICT_START.test(text) ? withoutVerdict(text) : text;
}

/** A question that asks for a set of things (a routine, ways, ideas, what to pack), which a list answers as it stands. */
const ASKS_SET = /\broutine\b|\bways?\b|\bideas?\b|\bthings\b|\bwhat (do|should) i (bring|pack|take)\b|\bchecklist\b|\bplan\b|\bsessions\b/i;
/** The share of the question's weight the answering item must carry to lead. */
const ITEM_LEADS = 0.3;

/**
 * A list under a bare lead-in line of a few words ("Notes:", "Rules behind the table:", "How to handle it:") split into the
 * item that answers the question, as a sentence, and the rest of the list; none when the lead-in says more or no item
 * carries the question.
 */
function itemLead(list: string, terms: Map<string, number>): { lead: string; rest: string } | undefined {
  const lines = list.split('\n');
  const ITEM = /^\s*[-*+]\s+/;
  // A bare lead-in: "Notes:", "How to handle it:", "What is typical (varies by event):".
  if (lines.length < 3 || ITEM.test(lines[0]!) || !/:[*_]*\s*$/.test(lines[0]!) || wordCount(lines[0]!) > 6) return undefined;
  // Numbered steps are an order, not a set of answers to pick from.
  if (!lines.slice(1).every((l) => ITEM.test(l))) return undefined;
  const items = lines.slice(1).map((l) => ({ l, score: overlap(l, terms) }));
  const best = items.reduce((a, b) => (b.score > a.score ? b : a));
  if (best.score < ITEM_LEADS) return undefined;
  const others = items.filter((x) => x !== best).map((x) => x.l);
  return { lead: best.l.replace(ITEM, '').trim(), rest: others.length ? [lines[0]!, ...others].join('\n') : '' };
}

/**
 * A list one of whose items the answer already quotes ("**Sandbag lunges:** bag on both shoulders…" led the answer): quoting
 * the list again for another ask repeats that item under its lead-in, so another block answers the ask.
 */
function quotesItemOf(block: { kind: string; text: string }, parts: readonly string[]): boolean {
  if (block.kind !== 'list') return false;
  const said = parts.join('\n');
  return block.text.split('\n').some((line) => {
    const item = LIST_ITEM.test(line) ? line.replace(LIST_ITEM, '').trim() : undefined;
    return item !== undefined && item.length >= 40 && said.includes(item.slice(0, 60));
  });
}

/**
 * A bullet list longer than the room left keeps its lead-in and the items that bear on the
 * question, in their order; a numbered list (steps, an order) is always quoted whole.
 */
function relevantItems(text: string, terms: Map<string, number>, room: number, onlySource = false): string {
  const lines = text.split('\n');
  const numbered = lines.some((l) => /^\s*\d+[.)]\s/.test(l));
  // Steps in order are quoted whole; a numbered list too long for the answer that is its only source ("5 myths") keeps the items on the question.
  if (wordCount(text) <= Math.max(room, 90) || (numbered && (!onlySource || wordCount(text) <= room + 40))) return text;
  const intro = lines.filter((l) => !LIST_ITEM.test(l) && !/^\s{2,}\S/.test(l));
  const items = lines.map((l, i) => ({ l, i, score: LIST_ITEM.test(l) ? overlap(l, terms) : -1 })).filter((x) => x.score > 0);
  const best = Math.max(0, ...items.map((x) => x.score));
  const kept = items
    .filter((x) => x.score >= best * 0.6)
    .slice(0, 4)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.l);
  return kept.length ? [...intro, ...kept].join('\n') : text;
}

/**
 * A list with an item per station ("- **SkiErg (1,000 m):** …", "- **Sled Push and Sled Pull:** …") quoted for a question
 * about one station keeps that station's items: "how hard should i go on the sled push?" is answered by the sled item, not
 * the SkiErg's. One item left is quoted as a sentence.
 */
export function stationItems(text: string, asked: readonly StationId[]): string {
  if (asked.length === 0) return text;
  const lines = text.split('\n');
  const LABEL = /^\s*[-*+]\s+\*\*([^*]+)\*\*/;
  const items = lines.map((l) => ({ l, named: stationsNamed(LABEL.exec(l)?.[1] ?? '') }));
  const labelled = items.filter((x) => x.named.length > 0);
  // Only a list of stations: most of its items are labelled with one.
  if (labelled.length < 3 || labelled.length < lines.length - 1) return text;
  const kept = labelled.filter((x) => x.named.some((s) => asked.includes(s))).map((x) => x.l);
  if (kept.length === 0) return text;
  return kept.length === 1 ? kept[0]!.replace(/^\s*[-*+]\s+/, '') : kept.join('\n');
}

/**
 * A paragraph that goes through the stations one sentence each, for a question about some of them: the sentences naming
 * those stations (and any naming none), with the citation; a list or table, or a paragraph of fewer than three
 * one-station sentences, as it stands. The sentence-level twin of `stationItems`.
 */
export function stationSentences(part: string, asked: readonly StationId[]): string {
  if (asked.length === 0 || part.includes('\n')) return part;
  const cite = CITE_END.exec(part)?.[0] ?? '';
  const sentences = splitSentences(part.slice(0, part.length - cite.length));
  const named = sentences.map((x) => stationsNamed(x));
  if (named.filter((n) => n.length === 1).length < 3) return part;
  const kept = sentences.filter((_, i) => named[i]!.length === 0 || named[i]!.some((id) => asked.includes(id)));
  return kept.length > 0 && kept.length < sentences.length ? `${kept.join(' ')}${cite}` : part;
}

/**
 * A table too long for the answer keeps its header and the rows that bear on the question, in
 * their order ("how should I warm up?" → the timeline's warm-up row); none when no row does.
 */
export function relevantRows(text: string, terms: Map<string, number>, room: number): string {
  const lines = text.split('\n');
  const header = lines.slice(0, 2);
  if (header.length < 2 || !/^\|[\s|:-]+\|$/.test(header[1]!.trim())) return '';
  const rows = lines
    .slice(2)
    // A row is about what its cells open with ("Warm up for 15–20 minutes…"), not what it mentions in passing ("…the warm-up area").
    .map((l, i) => ({ l, i, score: overlap(l, terms) + 0.5 * overlap(cellOpenings(l), terms) }))
    .filter((x) => x.score > 0);
  const best = Math.max(0, ...rows.map((x) => x.score));
  const kept: typeof rows = [];
  for (const x of rows.filter((r) => r.score >= best * 0.8).sort((a, b) => b.score - a.score)) {
    if (kept.length >= 3 || (kept.length > 0 && wordCount([...header, ...kept.map((k) => k.l), x.l].join(' ')) > room)) break;
    kept.push(x);
  }
  if (kept.length === 0) return '';
  // In the table's order, but the row that holds most of the question leads ("warm up before my wave": the warm-up row,
  // not the breakfast row that mentions the wave in passing).
  const top = kept[0]!;
  const inOrder = [...kept].sort((a, b) => a.i - b.i);
  const chosen = (top.score > inOrder[0]!.score ? [top, ...inOrder.filter((x) => x !== top)] : inOrder).map((x) => x.l);
  const cells = (row: string) =>
    row
      .trim()
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((c) => c.trim());
  // A two-column row reads as a sentence: "**T − 35 min to T − 15 min:** Warm up for 15–20 minutes…".
  if (cells(header[0]!).length === 2)
    return chosen
      .map((r) => cells(r))
      .map(([a, b]) => (chosen.length === 1 ? '' : '- ') + `**${a}:** ${b}`)
      .join('\n');
  return [...header, ...chosen].join('\n');
}

function cellOpenings(row: string): string {
  return row
    .split('|')
    .map((cell) => cell.trim().split(/\s+/).slice(0, 6).join(' '))
    .join(' ');
}

/** When trimming dropped a cited part, numbers close up so they still match the footer. */
function renumber(body: string, all: RetrievedChunk[], kept: RetrievedChunk[]): string {
  return body.replace(/\[(\d{1,2})\]/g, (m, d: string) => {
    const c = all[Number(d) - 1];
    const k = c ? kept.indexOf(c) : -1;
    return k >= 0 ? `[${k + 1}]` : '';
  });
}

/**
 * A section titled for several things ("Gloves, chalk and grip for the sled pull…") whose verdict is about one of them
 * ("Yes, you may wear gloves") while the question asks about another ("can i use my own chalk?").
 */
function namesAnotherSubject(question: string, title: string, verdict: string): boolean {
  const head = title.split(/\s+(?:for|in|on|during|at)\s+|[:?—–]/)[0]!;
  if (!/,|\band\b/.test(head)) return false;
  const subjects = head.split(/,|\band\b/).flatMap((part) => [...wordSet(part)]);
  const asked = wordSet(question);
  const said = wordSet(verdict);
  return subjects.some((w) => asked.has(w)) && !subjects.some((w) => asked.has(w) && said.has(w)) && subjects.some((w) => said.has(w));
}

/** Asks whether something is allowed, not whether it is needed. */
const PERMISSION = /\b(allowed|permitted|legal|banned|against the rules|can (?:i|we|you) (?:use|wear|bring|have))\b/i;
const NEED = /\b(need|necessary|have to|must|required)\b/i;

/** The sentence a verdict opens: up to the first full stop after the yes or no (a bold verdict ends at its closing stars). */
function verdictSentence(text: string): string {
  // A bare "**No.**" or "Yes." is said of the sentence after it.
  const bare = /^\W{0,2}(yes|no)[.!]\W{0,2}\s+/i.exec(text);
  if (bare) return verdictSentence(text.slice(bare[0].length));
  const bold = /^\W{0,2}(yes|no)\b[^*]*\*\*/i.exec(text);
  if (bold) return bold[0];
  return /^[^.!?]*[.!?]/.exec(text)?.[0] ?? text;
}

/** A section title that asks whether something is bad ("Is it bad to train the day before…?", "Is it too late to start…?"). */
const NEGATIVE_TITLE = /\b(?:bad|too late|too old|dangerous|harmful|unsafe|a problem|wrong|a mistake)\b/i;

/**
 * A section's yes or no answers its own title: under "Is it bad to train the day before?", "No" means "go ahead", so
 * quoted for "can i do a light session the day before?" (which asks whether it is fine, not whether it is bad) it is "Yes".
 */
function verdictFor(text: string, section: string, question: string): string {
  // A question framed the same way ("is it bad…?", "am i too old?", "is that not ok?") keeps the section's word.
  if (!NEGATIVE_TITLE.test(section) || NEGATIVE_TITLE.test(question) || /\bnot (?:ok|okay|safe|fine)\b/i.test(question)) return text;
  // "should i still do my long run the day before?": a hard session is the section's "what is bad", so its "No" stands.
  if (/\blong run|\bhard\b|\bintervals?\b|\btests?\b|\bsimulations?\b|\bheavy\b|\bmax(?:imal)?\b|\brace[- ]pace\b/i.test(question)) return text;
  return text.replace(/^(\W{0,2})(yes|no)\b/i, (_m, lead: string, v: string) => {
    const flipped = /^yes$/i.test(v) ? 'No' : 'Yes';
    return lead + (v === v.toUpperCase() ? flipped.toUpperCase() : flipped);
  });
}

/** "**No.** In doubles…" → "In doubles…"; "**Yes, you may wear gloves…**" → "**You may wear gloves…**". */
function withoutVerdict(text: string): string {
  // "**Yes, but only just.** In Coach K's plan…": without its yes the first sentence says nothing, so it goes.
  const hedge = /^(\*\*)?(yes|no),? (but|and|if|unless|mostly|only|usually)\b[^.!?]{0,40}[.!?](\*\*)?\s+(?=\S)/i.exec(text);
  if (hedge) return text.slice(hedge[0].length);
  const bare = text.replace(/^(\*\*)?(yes|no)[.!:]?(\*\*)?\s+(?=\S)/i, (m, open: string | undefined, _v: string, close: string | undefined) =>
    open && !close ? '**' : '',
  );
  if (bare !== text) return bare.replace(/^(\*\*)?(\w)/, (m, b: string | undefined, c: string) => `${b ?? ''}${c.toUpperCase()}`);
  return text.replace(/^(\*\*)?(yes|no),\s*(\w)/i, (m, b: string | undefined, _v: string, c: string) => `${b ?? ''}${c.toUpperCase()}`);
}

/** The first sentences of a paragraph, as many as the budget holds (at least the first). */
function leadingSentences(text: string, budget: number): string {
  const out: string[] = [];
  for (const s of splitSentences(text)) {
    if (out.length > 0 && wordCount([...out, s].join(' ')) > budget) break;
    out.push(s);
  }
  return out.join(' ');
}

/** The sentences of a long paragraph that bear on the question, in their order, within the budget. */
function fit(text: string, budget: number, terms: Map<string, number>): string {
  const sentences = splitSentences(text);
  const ranked = sentences
    .map((s, i) => ({ s, i, score: overlap(s, terms) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score);
  const chosen: typeof ranked = [];
  for (const x of ranked) {
    if (wordCount([...chosen, x].map((y) => y.s).join(' ')) > budget) break;
    chosen.push(x);
  }
  return chosen
    .sort((a, b) => a.i - b.i)
    .map((x) => x.s)
    .join(' ');
}

export const offlineWriter: Writer = { write: async (input) => writeOffline(input) };
