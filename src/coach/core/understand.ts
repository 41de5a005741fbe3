import { STATION_IDS, type Division, type StationId } from '../../domain/standards.js';
import { clock, KM_PER_MILE, memberClocks, numberWord, timeIn } from './numbers.js';
import { dailyReadiness } from '../engines/readiness.js';

/**
 * What a question asks for, read from its words and numbers (pure). Engine intents (predict,
 * pacing, plan, workout, shorten, readiness, missed) run an engine; the others are answered
 * from the knowledge base, the race standards or the question's own arithmetic.
 */
export type Intent =
  | 'predict'
  | 'pacing'
  | 'plan'
  | 'taper'
  | 'readiness'
  | 'missed'
  | 'shorten'
  | 'workout'
  | 'station'
  | 'calculation'
  | 'standards'
  | 'format'
  | 'benchmarks'
  | 'doubles'
  | 'gear'
  | 'mental'
  | 'logistics'
  | 'medical'
  | 'masters'
  | 'weight_loss'
  | 'nutrition'
  | 'supplements'
  | 'recovery'
  | 'science'
  | 'start'
  | 'coach_system'
  | 'general';

/** How the question is put: it decides the length and the shape of the answer. */
export type Form = 'yesno' | 'compare' | 'howto' | 'request' | 'why' | 'what';

export interface QuestionFacts {
  intents: Intent[];
  form: Form;
  stations: StationId[];
  /** A fresh 5 km or 10 km time, seconds. */
  fiveKmSec?: number;
  /** A training partner's 5 km, given after the member's or the other way round ("he runs 22 min 5k and i run 27"). */
  partnerFiveKmSec?: number;
  /** A doubles partner's 10 km, when the message gives two ("i'm the runner (10 km in 48:00), she's slower (10 km in 55:00)"). */
  partnerTenKmSec?: number;
  tenKmSec?: number;
  /** A goal finish time, seconds. */
  goalSec?: number;
  /** A station time ("my sled push time is 4:30"), seconds. */
  stationSec?: number;
  weeksToRace?: number;
  daysToRace?: number;
  weeklyKm?: number;
  hoursPerWeek?: number;
  sessionsPerWeek?: number;
  availableMin?: number;
  /** The time the member has each training day ("45 min a day", "about 40 mins a day on weekdays", "an hour a day"), minutes. */
  minutesPerDay?: number;
  /** The length of the session asked for ("a 60 min session", "an hour"), minutes. */
  sessionMin?: number;
  /** The length of the timed work itself ("a 20 min emom", "amrap for 15 minutes"), minutes: no warm-up inside it. */
  workMin?: number;
  plannedMin?: number;
  rpe?: number;
  /** Today's pre-session readiness score, 1–10 ("readiness maybe a 3", "readiness 9 every day"). */
  readinessScore?: number;
  /** Hours slept last night ("slept 4.5 hours"); not the night before a race ("slept 3 hrs the night before my race"). */
  sleptHours?: number;
  /** This morning's resting heart rate against the member's usual ("resting hr 58, normally 49", "rhr up 8"), bpm. */
  restingHr?: { rise: number; now?: number; usual?: number };
  /** What was missed ("missed 3 training days", "missed a whole week", "missed 2 sessions"): how many, and of what. */
  missedDays?: number;
  missedUnit?: 'day' | 'session' | 'week';
  bodyMassKg?: number;
  age?: number;
  sex?: 'female' | 'male';
  /** Weights the question names, kg (besides the body mass). */
  weightsKg: number[];
  /** Paces the question names ("4:30/km", "2:05/500m"), seconds per unit. */
  paces: { sec: number; per: 'km' | 'mile' | '500m' }[];
  /** Distances named with a time ("1000 m in 4:30"): the erg/run splits to convert. */
  splits: { distanceM: number; sec: number }[];
  formats: ('emom' | 'amrap' | 'intervals')[];
  sessionType?: 'hiit' | 'run' | 'strength' | 'simulation';
  division?: Division;
  /** The intents of the clause that asks, when the message has others around it (see askingClause). */
  askedIntents?: Intent[];
  /**
   * The weekdays the member can train, 1 = Mon … 7 = Sun ("mon wed fri only", "weekends are out", "no training on fridays"),
   * and whether they were named (the days to train) or only left out (any day but those).
   */
  trainingDays?: { days: number[]; named: boolean };
  /** The minutes the member has on each named day ("mon 30 min, wed 60, sat 90"), 1 = Mon … 7 = Sun. */
  dayMinutes?: Record<number, number>;
  /** Doubles (with the partners' mix) or relay. */
  team?: 'doubles_mixed' | 'doubles_women' | 'doubles_men' | 'doubles' | 'relay';
}

/** The sled push named as such ("sled push", "pushing the sled", "the sled for open women, push and pull"), not only "the sled". */
const SLED_PUSH_NAMED = /\bsled push|\bpush(ing)? (the |a )?sled|\bsled\b[^]*\bpush (?:and|or|&|\/) (?:the )?pull\b/i;

/**
 * How a message names each station: `name` is the words that stand for it, the span a re-ask or a correction swaps or
 * drops ("the 1000m row" → "the 1000m skierg"); `cue` is a word that points at it without naming it ("grip" for the
 * carry). Detection reads both.
 */
const STATION_TEXT: Record<StationId, { name: RegExp; cue?: RegExp }> = {
  skierg: { name: /\bski ?-?ergs?\b|\bski(?:ing)?\b/ },
  sled_push: {
    // "how heavy is the sled for open women, push and pull": a push named after a sled is the sled push.
    name: /\bsled push(?:es|ing)?\b|\bpush(?:ing)? (?:the |a )?sled\b|\bsled\b(?=[^]*\bpush (?:and|or|&|\/) (?:the )?pull\b)|\bsled\b(?!.*\bpull)/,
  },
  sled_pull: {
    // "what weight is the sled push for women open? and the pull?": the pull named after a sled is the sled pull.
    name: /\bsled pull(?:s|ing)?\b|\brope pulls?\b|\bpull(?:ing)? (?:the |a )?sled\b|\bsled\b(?=[^]*\b(?:and|or|plus|what about) (?:the )?pull\b)/,
  },
  burpee_broad_jumps: { name: /\bburpee\w*(?: broad[- ]?jump\w*)?|\bbbjs?\b|\bbroad[- ]?jump\w*/ },
  // Not "third hard day in a row", "5 reps in a row".
  row: { name: /(?<!\b(?:in|on) a )\b(?:erg )?row(?:ing|er)?\b/ },
  farmers_carry: {
    // "i have a barbell and kettlebells" is kit, not the station; nor "carry a water bottle", "carry my phone", "carry
    // gels": carrying kit is not the station.
    name: /\bfarmers?'?s? carr\w*|\bcarry\b(?! (?:a |my |your |the |some |any )?(?:water|bottle|drink|phone|gels?|keys|bag|fluids?|snacks?|food|hydration|vest|towel|stuff|things|anything|something)\b)|\bkettlebells?\b(?![^?]{0,30}\b(?:barbell|dumbbells?|rack)\b)(?<!\b(?:barbell|dumbbells?|rack)\b[^?]{0,30}\bkettlebells?)/,
    cue: /\bgrip\b/,
  },
  sandbag_lunges: { name: /\b(?:sandbag )?lunges?\b|\bsandbag\w*/ },
  wall_balls: { name: /\bwall ?-?balls?\b|\bwbs?\b/ },
};
const STATION_WORDS = Object.fromEntries(
  STATION_IDS.map((s) => {
    const { name, cue } = STATION_TEXT[s];
    return [s, new RegExp(cue ? `${name.source}|${cue.source}` : name.source, 'i')];
  }),
) as Record<StationId, RegExp>;

/** Every place a text names the station, for replacing ("the row" in "how should i pace the 1000m row?"). */
export function stationNames(id: StationId): RegExp {
  return new RegExp(STATION_TEXT[id].name.source, 'gi');
}

/** The stations a text names ("Gloves, chalk and grip for the sled pull and farmers carry" → sled pull, farmers carry). */
export function stationsNamed(text: string): StationId[] {
  return STATION_IDS.filter((s) => STATION_WORDS[s].test(text));
}

/**
 * The member's own body mass ("I'm 82 kg", "a 70 kg woman"): [1] its number, [2] its unit. Not a load ("a 40 kg sled", "my
 * sled push at 152kg", "if i train at 120kg": a figure with "at" right after a station, the sled or training).
 */
const BODY_MASS = [
  /\b(?:i(?:'m| am|m)?|i weigh|(?<!\b(?:they|it|sled|bells?|bag|ball|does|do|that|this|which)\s)weigh(?!s)|weighing|body ?(?:weight|mass)(?: is| of)?|(?<!\b(?:sled|push|pull|ski|skierg|row|carry|farmers?|lunges?|sandbag|bag|wall ?balls?|balls?|train|training)\s)at|for(?: a| an)?|me)\s*(?:about |around |~)?(\d{2,3}(?:\.\d)?)\s*(kg|kilos?|lbs?|pounds)\b(?!\s*(?:sled|bag|ball|bells?|kettlebell|before|after|plates?))/i,
  /\b(\d{2,3}(?:\.\d)?)\s*(kg|lbs?)\s*(?:athlete|body ?weight|bodyweight|guy|woman|man|female|male|person|girl|lad)\b/i,
] as const;
/**
 * "how much should i increase my running each week without getting injured", "injury-free mileage": staying healthy is a
 * training question (load and progression), not a pain to refer; a pain the member names still makes it medical.
 */
export const INJURY_PREVENTION =
  /\b(?:without|w\/o|avoid(?:ing)?|prevent(?:ing)?|so (?:that )?i (?:don'?t|do not|won'?t)|not to|less likely to|risk of|stay(?:ing)?)\s+(?:getting |get |being |ending up |picking up )?(?:injured|hurt|injuries|an injury|injury)\b|\binjury[- ](?:free|prevention)\b/gi;

/** "how does a hyrox race actually work?", "whats the structure of a hyrox", "how is the race set up": the race format itself. */
export const RACE_STRUCTURE =
  /\bhow (?:does|do) (?:a |the )?(?:hyrox )?(?:race|races|event|hyrox)(?: actually| even| exactly)? work\b|\b(?:structure|layout|breakdown|set ?up) of (?:a |the )?(?:hyrox|race)\b(?! (?:week|plan|training|sim\w*))|\bhow (?:is|are) (?:a |the )?(?:hyrox|race)s? (?:structured|set up|laid out|organi[sz]ed)\b/i;

/** "last trained 9 days ago", "last run was 2 weeks ago": the days since the last session (the missed-sessions rules). */
const LAST_TRAINED =
  /\blast (?:trained|ran|run|session|workout|lifted|training)\b(?: (?:was|i did|i had))?[^.?!\d]{0,10}?(\d{1,2}|one|two|three|four|five|six|seven|a)\s*(days?|weeks?) ago\b/;
/** "back from 3 weeks holiday", "had 2 weeks of vacation": time away from training, named by what it was ("20 weeks away" alone is a race ahead, not time off). */
const TIME_AWAY =
  /\b(\d{1,2}|two|three|four|five|six|seven|a)[- ]?(days?|weeks?)(?:'s?)? (?:of )?(?:holiday|vacation|hols|break|away from (?:training|the gym|running|it all)|travel(?:l?ing)?|sick|illness|off (?:sick|ill|work))\b/;

/** The count and unit ("9", "days") of time off said as the last session or as time away; null when neither is said. */
function timeAway(q: string): [string, string, string] | null {
  const m = new RegExp(LAST_TRAINED.source, 'i').exec(q) ?? new RegExp(TIME_AWAY.source, 'i').exec(q);
  return m ? [m[0], m[1]!, m[2]!] : null;
}

/** Intent patterns, most specific first (the first one found is the primary intent unless an engine result outranks it). */
const INTENT_WORDS: [Intent, RegExp][] = [
  [
    'medical',
    /\b(injur\w*|(?<!\b(?:everything|it|all|that|this|everything just) )(?:hurts?|hurting)|pain(ful)?(?! (?:in|of|at|during) the (?:last|final|end|back half|second half)\b| cave\b)(?<!\b(?:deal with|handle|embrace|push through|manage) (?:the )?pain)|ache|aching|sore (back|knee|shoulder)|physio|tendon\w*|strain(ed)?|sprain\w*|niggle|plantar|shin splints?|swollen|swelling|asthma|pregnan\w*|diabet\w*|medication)\b/i,
  ],
  [
    'readiness',
    /\brpe\b.*(?<!\bout of |\/)\b(8|9|10)\+?(?! ?\/ ?10\b)(?!\s*(?:=|is)\s*(?:max|all[- ]out))|\bexhausted|(?<!\b(?:back|arms?|shoulders?|grip|forearms?|hands?|core|quads?|calves|glutes|hamstrings?|neck) (?:gets?|got|getting|goes|went|feels?|felt|is|are|was|were) (?:really |so |very |a bit |quite |too )?)\btired(?! legs\b)|\b(?:dead|wrecked|trashed|cooked) legs\b|\blegs (?:feel |are |have been |feeling )?(?:dead|wrecked|trashed|cooked)\b|\b(?:\d|two|three|four|five|several|few|couple(?: of)?) (?:bad|rough|poor|short|broken|sleepless) nights\b|\bfatigu|\b(should|do) i (take a |need a |need to )?deload|\bneed (a |to )?deload|\btime (for a|to) deload|\bovertrain|\bover-?reach|\bburn(ed|t)? ?out|\bresting (hr|heart)|\bheart rate (is )?(up|high|elevated)|\bhrv\b|\bno motivation|\bunmotivated|\bmotivation (is )?(gone|low|zero|dead)|\blost (my|all) motivation|\bdon'?t want to train|\b(feels|is) like a chore|\bsleep(ing)? (is )?(poor|bad|badly)|\bpoor sleep|\bacwr|\btraining load|\bhow (much|hard) (am i|have i)|^(?![^]*\b(?:rac(?:e|ing)|comp|competition|event|nerv\w*|anxi\w*|first hyrox|hyrox (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)[^]*(?:\b(?:barely|hardly|didn'?t|couldn'?t|not) (?:slept|sleep)\b|\bslept (?:badly|terribly|poorly|awful|bad)\b|\bno sleep\b)|\b(?:hard|heavy|big|training) (?:days|sessions) in a row\b|\bpush through or (?:swap|switch|take|go|do|rest)|\boverdo(?:ing|ne)? it\b|\b(?:every|each) (?:session|workout|run)\b[^.?!]{0,30}\b(?:brutal|awful|horrible|a struggle|so hard|really hard)\b|\b(?:added|upped|increased|bumped up|ramped up|doubled)\b[^.?!]{0,25}\b(?:volume|load|mileage|training|sessions)\b[^]*\b(?:keep (?:building|going|this up)|next week|too much)\b/i,
  ],
  [
    'missed',
    /\bmiss(ed)?\b.*\b(days?|sessions?|weeks?|training)|\bback on track|\bafter (being )?(sick|ill)\b|\bbeen sick\b|\bhaven'?t (?:trained|been training|run|done anything)\b[^.?!]{0,25}\b(?:\d+|a|two|three|four|few|couple of) (?:weeks?|days?)\b|\b(?:\d+|two|three|four|a few|a couple of) weeks? off\b/i,
  ],
  [
    'mental',
    /\bpanic|\bnerv(es|ous)|\banxi|\bnegative (?:thoughts?|thinking|voice|self[- ]talk)|\b(?:say|tell|saying|telling) (?:to )?myself\b|\bself[- ]doubt|\bmental(?!ly)(?<!\b(?:been|is|was|gone|goes|go|going|went|absolutely|bit|proper|work(?:'s)?|been absolutely) mental)|\bmentally|\bmind ?set|\bmy mind\b|\bmind right\b|\bmotivat|\bself[- ]talk|\bchunk|\bbounce back\b|\bkeep (?:going|pushing)\b|\bpush through\b|\bdig deep\b|\bwhen (?:it|everything) (?:hurts|gets hard)\b|(?<!\bwhere (?:should|do|can|would) (?:i|we) )\bfocus(?!\w* on (?:in|during|for) (?:training|my training|the (?:next|last) \d+ weeks)|\w* on\b[^?]{0,25}\b(?:training|sessions?|weeks?|most|first))(?<!\bthing to focus)|\bslump|\bdark place|\bgive up|\bquit|\bconfiden|\bscared|\bfear|\bstay calm|\bdread\w*|\bkeep (?:us |me |them )?(?:both )?calm\b|\bstressed\b|\bembarrass|\bin front of (?:everyone|every1|people|the crowd|everybody)|\bimagin\w* (?:failing|messing|getting it wrong|blowing up)|\bfreak(?:ing)? out|\bstay positive|\bpositive\b[^.?!]{0,20}\b(?:last|behind)\b|\bhead\b(?! ?(?:cold|colds|ache|aches|torch)\b)|\bvisuali|\b(?:what|how) (?:should|do|to) i (?:be )?think(?:ing)? (?:about|of)\b|\bterrified\b|\bafraid\b|\boverwhelm\w*|\bintimidat\w*|\bjitters\b|\bbutterflies\b|\b(?:stomach|tummy|gut)\b[^.?!]{0,15}\bknots?\b|\bthe shakes\b|\bworr(?:ied|y|ying)\b(?=[^.?!]{0,30}\b(?:race|hyrox|start|last|finish\w*|fail\w*|let\w*|embarrass\w*|dnf|wave|crowd)\b)|\bcan'?t stop thinking\b|\bover ?thinking\b|\b(?:completely |totally )?lost it\b|\blost (?:my|the) (?:head|cool|composure|nerve|focus|mind)\b|\bchok(?:e|ed|ing) (?:on|in|at|under)\b|\bbottl(?:e|ed) it\b|\b(?:mental )?toughness\b|\bresilien\w*|\bconcentrat\w*|\bzon(?:e|ed|ing) out\b|\bswitch(?:ed|ing)? off\b(?! (?:the|my|your|it)\b)|\bdistract\w*|\bmantras?\b|\bcue words?\b|\bsucked in\b|\bcompar(?:e|ing) myself\b|\brattled\b|\bstress(?:es|ing) me\b|\b(?:bad|rough|disaster) station\b|\bthrown off\b/i,
  ],
  [
    'gear',
    /\bshoes?\b|\btrainers\b|\bsneakers|\bspikes|\bsuper-?shoes?|\bcarbon|\bgloves?\b|\bbelt\b|\bkit\b|\bclothing|\bwear\b|\bsocks|\bheadphones|\bchalk|\bknee (sleeves|pads)|\bwrist wraps|\bcompression|\bheart rate (monitor|strap)|\bwatch\b(?<!\b(?:anything|things?|what|something|stuff|need|have) to watch)(?! (?:out|for)\b)|\blifting straps\b|\bweight(?:ed)? vests?\b|\bankle weights?\b|\b(?:knee|wrist|elbow|ankle|support|compression) (?:sleeves?|pads?|wraps?|straps?|supports?|braces?)\b|\bbraces?\b/i,
  ],
  [
    'logistics',
    /\brace[- ]?(day|morning)|\bmorning of\b|\bbefore the (race|start)|\barriv|\bcheck[- ]in\b|\bwarm[- ]?up\b.*\brace|\bwave\b|\bvenue|\bindoor|\bhall\b|\bsurface|\bcarpet|\bflooring|\blaps?\b|\bcourse\b|\bbag drop|\bspectat|\bregist/i,
  ],
  [
    'masters',
    /\bmasters?\b|\bage ?groups?\b|\bi'?m (4|5|6|7)\d\b(?! ?(?:min|mins|minutes|km|k\b|kg|kilos?|s\b|sec|secs|seconds|%|m\b|reps|cal))|\b(4|5|6|7)\d[ -](years?[ -]olds?|yo|y\/o)\b|\bolder athlete|\bover (40|50|60)\b/i,
  ],
  [
    'weight_loss',
    /\blos(e|ing) (\d+ ?kg|weight|fat|some)|\b(?:still|been|keep|i'?m|im|i am) (?:still )?(?:cutting|dieting)\b(?! (?:back|down|out|short|it|them|my|the|a|runs?|sessions?)\b)|\bon a (?:cut|diet)\b|\bweight loss|\bcut(ting)? weight|\bdeficit|\bleaner|\bdrop (\d+ ?kg|weight)/i,
  ],
  // "thinking of doing a double, run am and stations pm", "double day", "double up": two sessions in a day, not the division.
  [
    'doubles',
    /\bdoubles\b|(?<!\b(?:a|one|the) )\bdouble\b(?! ?(?:up|ups|days?|sessions?|workouts?|runs?|training|threshold|session day)\b)|\brelay\b|\bpartner\b|\bteam ?mate|\bhand-?over|\bhandoff|\btag\b/i,
  ],
  [
    'benchmarks',
    /\b(good|decent|average|typical|normal|realistic|fast|slow) (finish(ing)? )?time|\bwhat time (is|would be) (good|decent)|\bfinish(ing)? times (for|of|in|by)\b|\bworld record|\bfastest (ever|time)|\bpercentile|\baverage (finish|time)|\bhow (long|fast) (do|does|will) (most|it take|people)|\btop \d+ ?%/i,
  ],
  ['supplements', /\bsupplement|\bcreatine|\bcaffeine|\bcoffee|\bbeta[- ]alanine|\bnitrate|\bbeetroot|\bsodium bicarb/i],
  [
    'nutrition',
    /\bgels?\b|\belectrolyte|\bprotein|\bcarbs?\b|\bcarbohydrate|\beat(ing)?\b|\bfood|\bnutrition|\bfuel|\brefuel|\bdiet|\bcalori|\bhydrat|\bdrink|\bmeal|\bbreakfast|\bvegan|\bvegetarian/i,
  ],
  // …not the seconds caught in the race ("walk a bit to recover after the sled push"): that is pacing.
  [
    'recovery',
    /\bsleep|(?<!\b(?:walk|jog|stand|rest|pause|breathe|slow down|ease off)\w*(?: (?:a bit|a little|a few (?:seconds|secs|steps)|for a (?:bit|second|moment)))? to )\brecover|\brest days?\b|\bmassage|\bice bath|\bsauna|\bfoam roll|\bstretch/i,
  ],
  [
    'science',
    /\binterference|\bconcurrent training|\bvo2 ?max|\blactate|\benergy system|\baerobic|\bzone ?2\b|\bpolari[sz]|\bthreshold\b.*\bwhat|\bwhat is (a |the )?threshold|\bmitochondri/i,
  ],
  [
    'standards',
    /\bweights?\b|\bhow heavy|\bstandards?\b|\bwhat loads?\b|\bwhich loads?\b|\bhow many (reps|metres|meters|m\b)|\b(8|eight) stations|\bstations? (in )?order|\border of|\bevery station|\brules?\b|\bno-?reps?\b|\bjudge|\bpenalt|\btouch the (floor|ground)|\bknee (has to|must) touch|\btarget height|\bhow (far|long) is (the|each)|\bdistance\b/i,
  ],
  [
    'format',
    /\bwhat is (a )?hyrox|\bhow does (a )?hyrox work|\broxzone|\btransition|\bformat\b|\bhow many (runs|stations|km)(?! (a|per|each|every) week)|\bhow long is (each|the) run|\btime cap|\bopen (vs|or|and) pro|\bpro (vs|or|and) open|\bdivisions?\b/i,
  ],
  [
    'start',
    /\bwhere (do|should) i (even )?start|\bnever done (a )?hyrox|(?<!\b(?:did|done|finished|after|completed|raced|ran) (?:my |the )?)\bfirst (ever )?hyrox(?! (?:last|yesterday|this past)\b)|\bcomplete(ly)? (beginner|novice)|\bnew to hyrox|\bjust signed up|\bhow do i (get started|start)/i,
  ],
  [
    'coach_system',
    /\bcoach k\b.*\b(how|work|data|privacy)|\bhow do you (work|know)|\bmy data\b|\bdelete my\b|\bthumbs|👍|\b(log|record|track|save)\b (a |my |this |the |today'?s )?(workout|session|run|training|benchmark)\b|\bhow do i (log|record)\b|\/(log|benchmark|profile)\b/i,
  ],
];

/** "no skierg", "without a sled", "don't have a rower": what follows, up to the end of the clause. */
// …but a "no rep" is a rep that does not count, not missing kit ("what counts as a no rep in burpee broad jumps").
/**
 * A fresh race's pace (per km or per mile) said beside its distance is that race's time: "i can hold 5:15/km for 10k fresh",
 * "im a 7:30 mile pace runner for 10k" (pace first), "my 5k pace is 4:50/km", "5k at 5:00 per km" (distance first).
 */
const RACE_PACE_UNIT = String.raw`(?:\/|per )\s*(?<unit>km|k|kilomet\w*|mi(?:le)?)\b|\s*(?<unit2>mile|km) pace\b`;
const RACE_PACE_AFTER = new RegExp(
  String.raw`\b(?<pace>\d{1,2}:\d{2})\s*(?:${RACE_PACE_UNIT})[^.?!\d]{0,20}\b(?:for|over|in) (?:a |my |the )?(?<km>5|10) ?(?:k|km)\b`,
  'i',
);
const RACE_PACE_BEFORE = new RegExp(
  String.raw`\b(?<km>5|10) ?(?:k|km) (?:(?:pace|pb pace|race pace)(?: is| was| of|:)?|at|@) (?:about |around |roughly )?(?<pace>\d{1,2}:\d{2})\s*(?:${RACE_PACE_UNIT})`,
  'i',
);

/**
 * "45 min a day", "about 40 mins a day on weekdays", "an hour a day", "90 minutes per day": the time the member has on each
 * training day (not a walk, a commute, a shift or sleep).
 */
const MINUTES_A_DAY =
  /(?<!\b(?:walk\w*|commut\w*|sit\w*|sitting|driv\w*|sleep\w*|slept|screens?|work\w*|stand\w*|fast\w*|steps|on my feet)\s+(?:for\s+)?(?:about |around |roughly |~\s*)?)\b(\d{2,3}|an?|one|1(?:\.5)?|2)\s*(min(?:ute)?s?|hours?|hrs?|h)\s*(?:a|per|each|every)\s*day\b(?!\s*(?:of|on my feet|walking|sitting))/i;

function minutesOf(n: string, unit: string): number {
  const v = /^an?$|^one$/i.test(n) ? 1 : Number(n);
  return /^h/i.test(unit) ? v * 60 : v;
}

// Not the "no" that answers back ("no i meant the row", "no, the pull").
const LACKS =
  /\b(?:no(?!\s+reps?\b)(?![\s,.!]*(?:i|i'm|im|sorry|wait|not|that|it|its|it's|you|the)\b)|without|don'?t have|doesn'?t have|haven'?t got|have no|has no)\s+((?:an? |any )?[^.?!,;]{0,30})/gi;

function readEntities(q: string, facts: QuestionFacts): void {
  // Kit the member does not have ("my gym has no sled or skierg") is not what the question is about.
  const lacking = [...q.matchAll(LACKS)].map((m) => m[1]!).join(' ');
  facts.stations = STATION_IDS.filter((s) => STATION_WORDS[s].test(q) && !STATION_WORDS[s].test(lacking));
  if (facts.stations.includes('sled_pull') && !SLED_PUSH_NAMED.test(q)) facts.stations = facts.stations.filter((s) => s !== 'sled_push');

  const five =
    /\b5\s?k(?:m)?\b(?:\s*(?:time|pb|pr|run))?(?:,?\s*(?:currently|right now|at the moment|atm|rn))?\s*(?:is|of|was|in|=|:|at|(?:down )?to|under|below|sub)?\s*(?:around|about|~)?\s*(\d{1,2}:\d{2}|\d{2}(?:\.\d)?\s*(?:min(?:ute)?s?)?)(?!\s*(?:\/|(?:min(?:ute)?s?\s*)?(?:per|a)\s+(?:km|k\b|kilomet|mile|mi\b)))/i.exec(
      q,
    ) ?? /(\d{1,2}:\d{2}|\d{2}\s*min(?:ute)?s?)\s*(?:for (?:a|my|the) )?5\s?k/i.exec(q);
  // "5k at 5:00 per km" is a pace (the lookaheads), not a 5 km in five minutes.
  if (five) facts.fiveKmSec = timeIn(five[1]!.includes(':') || /min/i.test(five[1]!) ? five[1]! : `${five[1]} min`);
  // "he runs 22 min 5k and i run 27": a partner's 5 km after the first one; a pair runs together, so the slower time sets the pace.
  const partner = five
    ? /\band (?:i|she|he|my (?:partner|mate|wife|husband|girlfriend|boyfriend)|(?:s)?he) (?:run|runs|do|does|am at|'?m at|is at|can do)\s*(?:a |about |around |~)?(\d{1,2}:\d{2}|\d{2})\b/i.exec(
        q.slice(five.index),
      )
    : null;
  if (partner && facts.fiveKmSec !== undefined) facts.partnerFiveKmSec = timeIn(partner[1]!.includes(':') ? partner[1]! : `${partner[1]} min`);
  const ten =
    /\b10\s?k(?:m)?\b(?:\s*(?:time|pb|pr|run))?(?:,?\s*(?:currently|right now|at the moment|atm|rn))?\s*(?:is|of|was|in|=|:|at)?\s*(?:around|about|~)?\s*(\d{1,2}:\d{2}(?::\d{2})?|\d{2}(?:\.\d)?\s*(?:min(?:ute)?s?)?)(?!\s*(?:\/|(?:min(?:ute)?s?\s*)?(?:per|a)\s+(?:km|k\b|kilomet|mile|mi\b)))/i.exec(
      q,
    );
  // "i run a 45 min 10k": the time said before the distance.
  const tenBefore = ten ? null : /(\d{1,2}:\d{2}(?::\d{2})?|\d{2}\s*min(?:ute)?s?)\s*(?:for (?:a|my|the) )?10\s?k(?:m)?\b/i.exec(q);
  const tenBeforeSec = tenBefore ? timeIn(tenBefore[1]!) : undefined;
  if (tenBeforeSec !== undefined && tenBeforeSec >= 1500 && tenBeforeSec <= 7200) facts.tenKmSec = tenBeforeSec;
  if (ten) facts.tenKmSec = timeIn(ten[1]!.includes(':') || /min/i.test(ten[1]!) ? ten[1]! : `${ten[1]} min`);
  // A second 10 km time in the same message is the partner's (two athletes, one of them slower).
  const tens = [...q.matchAll(/\b10\s?k(?:m)?\b[^\d]{0,12}(\d{1,2}:\d{2}(?::\d{2})?)/gi)].map((m) => timeIn(m[1]!));
  if (tens.length >= 2 && facts.tenKmSec !== undefined && tens[1] !== facts.tenKmSec) facts.partnerTenKmSec = tens[1];

  const goal =
    /\b(?:sub[- ]?|under |goal (?:time )?(?:of |is )?|target(?:ing)? (?:of |is )?|break(?:ing)? |aim(?:ing)? (?:for |at )?|finish in |(?:going|shooting|hoping|gunning) for (?:a |about |around )?)(\d:\d{2}(?::\d{2})?|\d{2,3}\s*min(?:ute)?s?|\d\s*h\w*\s*\d{0,2})/i.exec(
      q,
    ) ??
    /\b(\d:\d{2}(?::\d{2})?|\d{2,3}[- ]?min(?:ute)?s?|\d\s*h(?:rs?|ours?)?\s*\d{2})\s*(?:goal|target|finish)\b/i.exec(q) ??
    // "what pace for a 75 min hyrox", "splits for a 1:20 race": a finish named by the race it is for (not "my 1:38 race",
    // "did a 95 min hyrox": one already run).
    /(?<!\b(?:my|last|did|ran|raced|done|finished|previous|first|her|his|their)\s+(?:a\s+|an\s+)?)\b(\d:\d{2}(?::\d{2})?|\d{2,3}[- ]?min(?:ute)?s?)\s*(?:hyrox|race)\b/i.exec(
      q,
    ) ??
    // "1hr45 open mens, what splits", "doing 1h30 as a woman": a finish in hours and minutes, said without a goal word
    // (not "1 hour 45 of driving", "slept 7h30").
    /(?<!\b(?:slept|sleep|sleeping|drive|driving|flight|shift|took|after|for)\s+(?:about |around |~)?)\b([1-3]\s*(?:h|hr|hrs)\s*[0-5]\d)\b(?!\s*(?:of|drive|flight|shift|sleep|nap|away|before|after|ago))/i.exec(
      q,
    ) ??
    // "what pace for the runs if i want 1:15": a finish the member wants, in h:mm (a pace, "4:50/km", is not one).
    /\b(?:want(?:ing)?|hop(?:e|ing)|looking|trying|plan(?:ning)?)\s+(?:to\s+(?:go|do|run|finish|hit|get|break|race)\s+)?(?:a\s+|about\s+|around\s+)?(\d:\d{2}(?::\d{2})?)\b(?!\s*(?:\/|per\b|pace|min\/))/i.exec(
      q,
    );
  if (goal) {
    const g = goal[1]!.replace('-', ' ');
    facts.goalSec = /^\d:\d{2}$/.test(g) ? clock(`${g}:00`) : timeIn(g);
  } else {
    // "i want to go sub 90": a finish in minutes said without its unit (not "sub 20 5k", "sub 90 s", "sub 40kg").
    const bare =
      /\bsub[- ]?(\d{2,3})\b(?!\s*(?:s\b|secs?|seconds?|kg|lbs?|km|k\b|m\b|%|bpm|spm|w\b|watts|\/|on |for (?:the |my |a )?(?:row|ski|sled|wall|burpee|farmer|lunge|5|10)))/i.exec(
        q,
      );
    const minutes = bare ? Number(bare[1]) : NaN;
    if (minutes >= 50 && minutes <= 180) facts.goalSec = minutes * 60;
  }

  if (facts.stations.length > 0) {
    const st =
      /\b(?:time|split)\s*(?:is|was|of)?\s*(\d{1,2}:\d{2})(?!\s*\/)/i.exec(q) ??
      /(\d{1,2}:\d{2})\s*(?:on|for)\s*(?:the |my )?(?:sled|ski|row|wall|burpee|farmer|lunge)/i.exec(q);
    // "my sled push was 4:10", "my wall balls took 8 mins": the time follows the station.
    const after =
      /\b(?:sled|ski|row(?:ing)?|wall ?balls?|burpees?|farmers?|carry|lunges?)\b[^.?!\d]{0,25}?\b(?:took|take|was|were|in|at)\s*(?:about |around |~)?(\d{1,2}:\d{2}|\d{1,2}(?:\.\d)?\s*min(?:ute)?s?)\b(?!\s*\/)/i.exec(
        q,
      );
    const sec = st ? clock(st[1]!) : after ? (/:/.test(after[1]!) ? clock(after[1]!) : Math.round(parseFloat(after[1]!) * 60)) : undefined;
    if (sec !== undefined && sec >= 30 && sec <= 1800 && !facts.fiveKmSec) facts.stationSec = sec;
  }

  const W = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|sixteen)';
  // "race in 7 weeks" / "7 weeks out" first; "2 weeks off" or "3 weeks ago" is not time to race.
  const weeks =
    new RegExp(
      `\\b(?:race|hyrox|comp\\w*)\\s*(?:is\\s*)?(?:in|on)\\s*${W}[- ]?(?:weeks?|wks?)\\b|\\b${W}[- ]?(?:weeks?|wks?)\\s*(?:out|to go|until|till|away|left|before|from)`,
      'i',
    ).exec(q) ??
    new RegExp(
      `\\b${W}[- ]?(?:weeks?|wks?)\\b(?!\\s*(?:ago|off|of (?:training|logs|doubles|the (?:block|plan|program))|in a row|back|in(?:to)? (?:the |my |this )?(?:block|plan|program|training|cycle|build)|since|straight|running))`,
      'i',
    ).exec(q);
  if (weeks) facts.weeksToRace = numberWord((weeks[1] ?? weeks[2])!);
  // "race is 3 months away", "hyrox in 4 months": whole weeks (a month is about 4.3 weeks).
  const months = weeks
    ? null
    : new RegExp(
        `\\b(?:race|racing|hyrox|comp\\w*)\\s*(?:is\\s*)?(?:in|on)\\s*(?:about |around |roughly |~)?${W}\\s*months?\\b|\\b${W}\\s*months?\\s*(?:out|to go|until|till|away|left|to (?:prepare|prep|train|get ready))\\b`,
        'i',
      ).exec(q);
  const monthsN = months ? numberWord((months[1] ?? months[2])!) : NaN;
  if (monthsN >= 1 && monthsN <= 12) facts.weeksToRace = Math.round(monthsN * 4.35);
  const days =
    /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen)[- ]?days?\s*(?:out|to go|until|before|away|till|left)|\b(?:race|hyrox|comp\w*) (?:is )?(?:in|on) (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten) days?\b|\brace (?:is )?(tomorrow)/i.exec(
      q,
    );
  if (days) facts.daysToRace = days[3] ? 1 : numberWord((days[1] ?? days[2])!);
  if (facts.daysToRace !== undefined && facts.weeksToRace === undefined) facts.weeksToRace = Math.floor(facts.daysToRace / 7);
  const km = /\b(\d{1,3}(?:\.\d)?)\s*(km|kilomet\w*|miles?|mi)\s*(?:per|a|\/|each)\s*week/i.exec(q);
  if (km) facts.weeklyKm = Math.round(Number(km[1]) * (/^mi/i.test(km[2]!) ? 1.609344 : 1) * 10) / 10;
  const hours = /\b(\d{1,2}(?:\.\d)?)\s*(?:hours?|hrs?|h)\s*(?:per|a|\/|each|of training)\s*(?:a )?week/i.exec(q);
  // "i have about 6 hours to train": the week's hours, said without "a week" (not "an hour a day").
  const toTrain = hours
    ? null
    : /\b(?:have|got|get)\s+(?:about |around |roughly |maybe |~\s*)?(\d{1,2}(?:\.\d)?)\s*(?:hours?|hrs?)\s+(?:to train|of training|for training)\b(?!\s*(?:a|per|each) (?:day|night|session))/i.exec(
        q,
      );
  if (hours ?? toTrain) facts.hoursPerWeek = Number((hours ?? toTrain)![1]);
  const sessions =
    /\b(\d|one|two|three|four|five|six|seven)\s*(?:days?|sessions?|times?|x)\s*(?:per|a|\/|each)\s*week|\b(\d|three|four|five|six) days? (?:of training )?(?:is all|max)/i.exec(
      q,
    );
  // "a good weekly structure with 4 sessions": sessions named with the week elsewhere in the message.
  const weekly = sessions
    ? null
    : /\b(?:with|on|at|doing|do|have|got|into|over) (\d|three|four|five|six|seven) (?:sessions|training days|days|workouts)\b/i.exec(q);
  if (sessions) facts.sessionsPerWeek = numberWord((sessions[1] ?? sessions[2])!);
  // "i train 5 days total": the member's training days, said without "a week".
  else if (!weekly) {
    const total =
      /\btrain(?:ing)? (\d|three|four|five|six|seven) (?:days|sessions|times)(?: (?:total|in total|all up))?\b(?!\s*(?:before|after|out|to go|until|ago|later|from|of (?:the|my) race))/i.exec(
        q,
      );
    if (total) facts.sessionsPerWeek = numberWord(total[1]!);
  } else if (weekly && /\bweek(ly)?\b/i.test(q)) facts.sessionsPerWeek = numberWord(weekly[1]!);
  // "a week with 3 runs 2 hyrox sessions and 1 strength": the week's sessions named by kind, two kinds or more, summed.
  if (facts.sessionsPerWeek === undefined && /\bweek(ly)?\b/i.test(q)) {
    const kinds = [
      ...q.matchAll(
        /\b(\d|one|two|three|four|five|six)\s*(?:x\s*)?(?:easy |hard |long |short )?(?:runs?|(?:hyrox|station|strength|gym|lifting|weights|run|running|erg|conditioning|crossfit|class(?:es)?) ?(?:sessions?|days?|workouts?)?|sessions?|lifts?)\b(?!\s*(?:a|per|each|every) (?:day|session))/gi,
      ),
    ];
    const n = kinds.reduce((sum, m) => sum + numberWord(m[1]!), 0);
    if (kinds.length >= 2 && n >= 2 && n <= 14) facts.sessionsPerWeek = n;
  }
  // "split my 4 sessions between running and strength", "what should my 3 sessions be": the member's sessions, a week's worth.
  const mine =
    facts.sessionsPerWeek === undefined
      ? /\b(?:my|the|those|these|our)\s+(\d|two|three|four|five|six|seven)\s+(?:weekly\s+)?(?:sessions|training days|workouts)\b/i.exec(q)
      : null;
  if (mine && WEEK_SHAPE_ASK.test(q)) facts.sessionsPerWeek = numberWord(mine[1]!);
  // "can u make me a 3 day split": three training days a week.
  const split = facts.sessionsPerWeek === undefined ? /\b(\d|two|three|four|five|six)[- ]day split\b/i.exec(q) : null;
  if (split) facts.sessionsPerWeek = numberWord(split[1]!);
  // "6 days a week, 8 hours, 10 weeks to race": hours named beside the week's sessions are the week's hours
  // (not "8 hours of sleep", a shift or a finish "under 2 hours").
  const looseHours =
    facts.hoursPerWeek === undefined && facts.sessionsPerWeek !== undefined
      ? /(?<!\b(?:slept|sleep|sleeping|shifts?|work|working|under|sub|in|within|finish\w*)\s+(?:about |around |~)?)\b(\d{1,2}(?:\.\d)?)\s*(?:hours?|hrs?)\b(?!\s*(?:of )?(?:sleep|shifts?|before|after|ago|later|drive|flight|away|a (?:day|night)|per (?:day|night)|each (?:day|night)|\d))/i.exec(
          q,
        )
      : null;
  if (looseHours && Number(looseHours[1]) >= 2 && Number(looseHours[1]) <= 25) facts.hoursPerWeek = Number(looseHours[1]);
  // "running 5x a week plus 3 gym sessions": the sessions added to the week's count.
  const plus = sessions
    ? /\b(?:plus|\+|&|and|with)\s*(?:another\s*)?(\d|two|three|four|five)\s*(?:x\s*)?(?:gym|strength|lifting|weights|hyrox|station|crossfit|class|run(?:ning)?)?\s*(?:sessions?|days?|runs?|classes|workouts?|lifts?)\b(?!\s*(?:a|per|each) (?:day|session))/i.exec(
        q.slice(sessions.index + sessions[0].length),
      )
    : null;
  if (plus && facts.sessionsPerWeek !== undefined) facts.sessionsPerWeek += numberWord(plus[1]!);
  // "i can only train tue thu sat and sun": the days given, and as many sessions as days unless a count was said.
  // "mon 30 min, wed 60 and sat 90": those days, one session on each, and the week's hours their sum.
  const dayMinutes = readDayMinutes(q);
  if (dayMinutes) {
    facts.dayMinutes = dayMinutes;
    const days = Object.keys(dayMinutes)
      .map(Number)
      .sort((a, b) => a - b);
    facts.trainingDays = { days, named: true };
    facts.sessionsPerWeek ??= days.length;
    facts.hoursPerWeek ??= days.reduce((a, d) => a + dayMinutes[d]!, 0) / 60;
  }
  const trainingDays = dayMinutes ? undefined : readTrainingDays(q);
  if (trainingDays) {
    facts.trainingDays = trainingDays;
    if (trainingDays.named && facts.sessionsPerWeek === undefined) facts.sessionsPerWeek = trainingDays.days.length;
  }

  const only =
    /\b(?:only|just)\s*(?:have|got)?\s*(\d{1,3})\s*(?:min(?:ute)?s?)/i.exec(q) ??
    /\b(\d{1,3})\s*min(?:ute)?s?\s*(?:today|instead|available|left)\b/i.exec(q);
  const instead =
    /\binstead of\s*(?:the\s*|my\s*)?(?:planned\s*)?(\d{1,3})\s*(?:min(?:ute)?s?)?/i.exec(q) ?? /\bplanned (?:a )?(\d{1,3})[- ]?min/i.exec(q);
  if (only) facts.availableMin = Number(only[1]);
  const daily = MINUTES_A_DAY.exec(q);
  const dailyMin = daily ? minutesOf(daily[1]!, daily[2]!) : NaN;
  if (dailyMin >= 20 && dailyMin <= 180) facts.minutesPerDay = dailyMin;
  const length =
    /\b(\d{2,3})[- ]?(?:min(?:ute)?s?|mins?)\b(?!\s*(?:rest|easy|run|of running|warm|cool|per|a (?:day|week)|(?:for (?:a |my |the )?)?(?:5|10)\s?k))/i.exec(
      q,
    ) ?? /\b(an|one|1) ?(?:hour|hr)\b/i.exec(q);
  if (length) facts.sessionMin = /^\d+$/.test(length[1]!) ? Number(length[1]) : 60;
  const work =
    /\b(\d{1,2}) ?(?:min(?:ute)?s?|mins?|')(?: long)? (?:emom|amrap|e2mom)\b/i.exec(q) ??
    /\b(?:emom|amrap|e2mom)s?(?: (?:for|of|lasting))? (\d{1,2}) ?(?:min(?:ute)?s?|mins?|')(?!\w)/i.exec(q);
  if (work) facts.workMin = Number(work[1]);
  if (instead) facts.plannedMin = Number(instead[1]);

  const rpe = /\brpe\s*(?:of|is|at|has been|been)?\s*(\d{1,2})(\+)?/i.exec(q);
  if (rpe) facts.rpe = Number(rpe[1]);
  const readiness =
    /\breadiness(?: score)?\s*(?:is|was|of|at|maybe|about|like|around|only|just|a|an|~|:|back to|back at|up to|now|\s)*(\d{1,2})(?:\s*\/\s*10)?\b/i.exec(
      q,
    );
  if (readiness && Number(readiness[1]) >= 1 && Number(readiness[1]) <= 10) facts.readinessScore = Number(readiness[1]);
  // "slept 5h", "slept 5-6h": last night's hours (a range's middle), today's readiness check.
  const slept =
    /\bslept\s*(?:only|just|about|around|like|maybe|~)?\s*(\d{1,2}(?:\.\d)?)(?:\s*(?:-|–|to)\s*(\d{1,2}(?:\.\d)?))?\s*(?:h|hrs?|hours?)\b/i.exec(q);
  // "only got 4 hours sleep", "had 5h sleep last night": last night's hours said with got/had (not "i get 6 hrs a night").
  const gotSleep =
    /\b(?:got|had|managed|grabbed)\s*(?:only|just|about|around|like|maybe|~|a|an)?\s*(\d{1,2}(?:\.\d)?)(?:\s*(?:-|–|to)\s*(\d{1,2}(?:\.\d)?))?\s*(?:h|hrs?|hours?)\s*(?:of\s*)?(?:sleep|kip)\b(?!\s*(?:a|per|each|every) night|\s*on average)/i.exec(
      q,
    );
  const night = slept ?? gotSleep;
  const sleptH = night ? (Number(night[1]) + Number(night[2] ?? night[1])) / 2 : NaN;
  // "slept 3 hrs the night before my race": race-night sleep (the mental-skills section), not today's readiness.
  if (sleptH > 0 && sleptH <= 14 && !NIGHT_BEFORE_RACE.test(q)) facts.sleptHours = sleptH;
  const hr = restingHrOf(q);
  if (hr) facts.restingHr = hr;
  const missed =
    /\bmiss(?:ed)?\s*(\d{1,2}|one|two|three|four|five|six|seven|a)\s*(?:whole\s*|full\s*)?(?:training\s*)?(days?|sessions?|workouts?|weeks?)/i.exec(
      q,
    ) ??
    // "haven't trained for 3 weeks", "3 weeks off": time off said without "missed".
    /\bhaven'?t (?:trained|been training|run|done anything)\b[^.?!\d]{0,20}?(\d{1,2}|one|two|three|four|five|six|seven|a)\s*(days?|weeks?)\b/i.exec(
      q,
    ) ??
    /\b(\d{1,2}|two|three|four|five|six|seven|a)\s*(weeks?) off\b/i.exec(q) ??
    // "last trained 9 days ago", "back from 3 weeks holiday", "2 weeks of vacation, did nothing": time off in other words.
    timeAway(q);
  if (missed) {
    const n = missed[1] === 'a' ? 1 : numberWord(missed[1]!);
    const unit = missed[2]!.toLowerCase();
    facts.missedUnit = unit.startsWith('week') ? 'week' : unit.startsWith('day') ? 'day' : 'session';
    facts.missedDays = facts.missedUnit === 'week' ? n * 7 : n;
  }

  const mass = BODY_MASS[0].exec(q) ?? BODY_MASS[1].exec(q);
  if (mass) facts.bodyMassKg = Math.round(Number(mass[1]) * (/^(lb|pound)/i.test(mass[2]!) ? 0.45359237 : 1) * 10) / 10;
  // "how many carbs should i eat per day? 75kg, training 6 hrs a week": in a question about what to eat or take, the one
  // mass given on its own (no kit, no station) is the member's.
  // …in kg or in pounds ("5'10 and 172lbs, carbs at 6g/kg?").
  const alone = [...q.matchAll(/\b(\d{2,3}(?:\.\d)?)\s*(kg|lbs?|pounds)\b/gi)].map((m) => ({
    kg: /^(lb|pound)/i.test(m[2]!) ? Math.round(Number(m[1]) * 0.45359237 * 10) / 10 : Number(m[1]),
  }));
  if (
    !mass &&
    alone.length === 1 &&
    alone[0]!.kg >= 40 &&
    alone[0]!.kg <= 160 &&
    /\b(carbs?|carbohydrates?|protein|calories|kcal|caffeine|coffee|espresso|pre-?workout|creatine|gels?|breakfast|meals?|eat|eating|fuel\w*|grams?|how much (should i )?(eat|drink))\b/i.test(
      q,
    ) &&
    !/\b(sled|sandbag|bag|ball|bells?|kettlebells?|kbs?|plates?|dumbbells?|vest|load|lift\w*|squat|deadlift)\b/i.test(q)
  )
    facts.bodyMassKg = alone[0]!.kg;
  const age =
    /\b(?:i'?m|i am|aged?|turning|turn|i turn|i'?ll be|i will be)\s*(\d{2})\b(?!\s*(?:kg|min|km|%|:|mins?\b|minutes|k\b|sec))/i.exec(q) ??
    /\b(\d{2})\s*(?:years? old|yo|y\/o)\b/i.exec(q) ??
    // "at 58 should i still lift heavy": an age said with "at", with no unit after it and no clock or pace around it.
    /(?:^|[.,!?]\s*)at (\d{2})\b(?!\s*(?:kg|min|km|%|:|mins?\b|minutes|k\b|sec|s\b|reps|m\b|cal|bpm|spm|rpm|watts?|w\b|\/))/i.exec(q) ??
    // "am i too old at 67", "too late at 58 to start": an age said after too old or too late.
    // "what age group would i be in at 47": an age said after "be in at" or "be at".
    /\b(?:be|be in|in) at (\d{2})\b(?!\s*(?:kg|min|km|%|:|mins?\b|minutes|k\b|sec|s\b|reps|m\b|cal|bpm|spm|rpm|watts?|w\b|\/))/i.exec(q) ??
    /\btoo (?:old|late)\b[^.?!\d]{0,12}\bat (\d{2})\b(?!\s*(?:kg|min|km|%|:|mins?\b|minutes|k\b|sec|s\b))/i.exec(q) ??
    // "58F, my dexa showed…", "46, my sled times…", "55 and my bbjs are dire": an age the message opens with.
    /^\s*(\d{2})\s*(?:[fm]\b)?\s*(?:,|and\b|&)/i.exec(q) ??
    /\b(\d{2})f\b/i.exec(q);
  if (age && Number(age[1]) >= 14 && Number(age[1]) <= 90) facts.age = Number(age[1]);
  for (const m of q.matchAll(/\b(\d{1,3}(?:\.\d)?)\s*(kg|kilos?|lbs?)\b/gi)) {
    const kg = Math.round(Number(m[1]) * (/^lb/i.test(m[2]!) ? 0.45359237 : 1) * 10) / 10;
    if (kg !== facts.bodyMassKg) facts.weightsKg.push(kg);
  }
  for (const m of q.matchAll(/\b(\d{1,2}:\d{2})\s*(?:\/|per |a )\s*(km|k|kilometre|kilometer|mile|mi|500 ?m?)\b/gi)) {
    facts.paces.push({ sec: clock(m[1]!)!, per: /^mi/i.test(m[2]!) ? 'mile' : /^500/.test(m[2]!) ? '500m' : 'km' });
  }
  // "whats 6 min/km in min per mile", "5.5 mins per km", "a 9 minute mile": a pace in whole (or decimal) minutes.
  for (const m of q.matchAll(
    /\b(\d{1,2}(?:\.\d{1,2})?)\s*(?:min(?:ute)?s?|mins)\s*(?:\/\s*|per |a |-\s*)?(km|kilomet(?:re|er)|miles?|mi)\b(?!\s*(?:run|jog|walk|warm|cool|easy))/gi,
  )) {
    const sec = Math.round(Number(m[1]) * 60);
    if (sec >= 150 && sec <= 1200 && !facts.paces.some((p) => p.sec === sec)) facts.paces.push({ sec, per: /^mi/i.test(m[2]!) ? 'mile' : 'km' });
  }
  // "whats 7:30 mile pace in min/km", "4:50 km pace": a pace named by its unit before the word "pace".
  for (const m of q.matchAll(/\b(\d{1,2}:\d{2})\s*(?:min(?:ute)?s?\s*)?(?:per\s*)?(km|k|kilomet(?:re|er)|mile|mi)\s*pace\b/gi)) {
    const sec = clock(m[1]!)!;
    if (sec >= 150 && sec <= 1200 && !facts.paces.some((p) => p.sec === sec)) facts.paces.push({ sec, per: /^mi/i.test(m[2]!) ? 'mile' : 'km' });
  }
  // "if i run each km in 5:15", "every k at 5:10": a pace said the other way round.
  for (const m of q.matchAll(/\b(?:each|every) (?:km|k|kilometre|kilometer|1 ?km|1 ?k)\s*(?:run\s*)?(?:in|at)\s*(\d{1,2}:\d{2})\b/gi))
    if (!facts.paces.some((p) => p.sec === clock(m[1]!))) facts.paces.push({ sec: clock(m[1]!)!, per: 'km' });
  // "skierg 500m split 1:55", "my row split of 1:55": on the SkiErg or row a split under 3:00 is the monitor's pace per 500 m,
  // not the station's time.
  const ergSplit =
    /\b500 ?m?\s*(?:split|pace)\s*(?:is|was|of|=|:|at)?\s*(?:about |around |~)?(\d:\d{2})\b/i.exec(q) ??
    (facts.stations.length === 1 && (facts.stations[0] === 'skierg' || facts.stations[0] === 'row')
      ? (/\bsplits?\s*(?:is|was|of|=|:|at)?\s*(?:about |around |~)?(\d:\d{2})\b(?!\s*(?:\/|per )\s*(?:km|k\b|mile))/i.exec(q) ??
        // "2000m at a 1:58 split", "holding 1:55 pace on the row": the time before the word.
        /\b(?:at|@|hold(?:ing)?|held|on)\s*(?:a |an )?(?:about |around |~)?(\d:\d{2})\s*(?:split|pace)\b/i.exec(q))
      : null);
  const ergSplitSec = ergSplit ? clock(ergSplit[1]!)! : NaN;
  if (ergSplitSec >= 80 && ergSplitSec < 180 && !facts.paces.some((p) => p.per === '500m' && p.sec === ergSplitSec))
    facts.paces.push({ sec: ergSplitSec, per: '500m' });
  if (facts.paces.some((p) => p.per === '500m' && p.sec === facts.stationSec)) delete facts.stationSec;
  // A fresh race's pace is that race's time (RACE_PACE_AFTER, RACE_PACE_BEFORE).
  const racePace = RACE_PACE_AFTER.exec(q) ?? RACE_PACE_BEFORE.exec(q);
  if (racePace?.groups) {
    const { pace, km, unit, unit2 } = racePace.groups;
    const perKm = /^mi/i.test(unit ?? unit2 ?? '') ? clock(pace!)! / KM_PER_MILE : clock(pace!)!;
    const sec = Math.round(perKm * Number(km));
    if (km === '10' && facts.tenKmSec === undefined) facts.tenKmSec = sec;
    if (km === '5' && facts.fiveKmSec === undefined) facts.fiveKmSec = sec;
  }
  for (const m of q.matchAll(
    /\b(\d{3,5}|\d{1,2}(?:\.\d)?\s*k)\s*(?:m\b|metres?|meters?)?\s*(?:row|ski|skierg|run|tempo(?: run)?|easy run|jog|time trial|tt|test|effort|parkrun|of running|of runs|farmers?(?: carry)?|carry|(?:sandbag )?lunges?|burpee broad jumps?|bbjs?|sled (?:push|pull))?\s*(?:in|of|at|:|=|took(?: me)?|takes(?: me)?)\s*(\d{1,2}:\d{2}(?::\d{2})?)\b(?!\s*(?:\/|per |a )\s*(?:km|k\b|kilomet|mile|mi\b|500))|\b(\d{1,2}:\d{2})\s*(?:for (?:a |the |my )?)?(\d{3,4})\s*(?:m\b|metres?|meters?)/gi,
  )) {
    const distanceM = metres(m[1] ?? m[4]!);
    const sec = clock((m[2] ?? m[3])!);
    if (distanceM >= 100 && distanceM <= 42195 && sec) facts.splits.push({ distanceM, sec });
  }
  // "2k row 7:55", "1000m ski 3:58": an erg distance and its time with nothing between.
  for (const m of q.matchAll(
    /\b(\d{3,4}|\d(?:\.\d)?\s*k)\s*(?:m\b|metres?|meters?)?\s*(?:row|ski|skierg|erg)\s*(?:-|–|:)?\s*(\d{1,2}:\d{2})\b(?!\s*(?:\/|per |a )\s*500)/gi,
  )) {
    const distanceM = metres(m[1]!);
    const sec = clock(m[2]!);
    if (distanceM >= 100 && distanceM <= 2000 && sec && !facts.splits.some((x) => x.distanceM === distanceM)) facts.splits.push({ distanceM, sec });
  }
  // "what pace is a 45 min 8k?", "8k in 45 mins": a run distance with its time in minutes, when a pace is asked
  // (a 5 km or 10 km in minutes is a test, read above).
  for (const m of (/\bpace|\bper (km|k|mile)\b|\/km|\bsplits?\b/i.test(q) ? q : '').matchAll(
    /\b(\d{1,3})\s*min(?:ute)?s?\s+(\d{1,2}(?:\.\d)?)\s*(?:k|km)\b|\b(\d{1,2}(?:\.\d)?)\s*(?:k|km)\s*(?:run\s*)?in\s*(\d{1,3})\s*min(?:ute)?s?\b/gi,
  )) {
    const distanceM = Number(m[2] ?? m[3]) * 1000;
    const sec = Number(m[1] ?? m[4]) * 60;
    if (
      distanceM >= 1000 &&
      distanceM <= 42195 &&
      distanceM !== 5000 &&
      distanceM !== 10000 &&
      sec > 0 &&
      !facts.splits.some((x) => x.distanceM === distanceM)
    )
      facts.splits.push({ distanceM, sec });
  }
  // "2k test was 9:10": an erg test (up to 2,000 m) said with "test was"; a 5 km "is 21:30" is a run test, read above.
  for (const m of q.matchAll(
    /\b(\d{3,4}|\d(?:\.\d)?\s*k)\s*(?:m\b|metres?|meters?)?\s*(?:(?:row|ski|skierg|erg)\s*(?:test\s*)?(?:time\s*)?|test\s*)(?:was|is|=)\s*(\d{1,2}:\d{2})\b/gi,
  )) {
    const distanceM = metres(m[1]!);
    const sec = clock(m[2]!);
    if (distanceM >= 100 && distanceM <= 2000 && sec && !facts.splits.some((x) => x.distanceM === distanceM)) facts.splits.push({ distanceM, sec });
  }

  if (/\bemom\b/i.test(q)) facts.formats.push('emom');
  if (/\bamrap\b/i.test(q)) facts.formats.push('amrap');
  if (/\bintervals?\b/i.test(q)) facts.formats.push('intervals');
  // "a 45 min emom for sleds and wall balls": in a session asked for, "sleds" are both sleds.
  if (facts.formats.length > 0 && /\bsleds\b/i.test(q))
    facts.stations = STATION_IDS.filter((s) => s === 'sled_push' || s === 'sled_pull' || facts.stations.includes(s));
  const st = /\b(hiit|interval|strength|lifting|run|tempo|simulation)\b/i.exec(q);
  if (st)
    facts.sessionType = (
      { hiit: 'hiit', interval: 'hiit', strength: 'strength', lifting: 'strength', run: 'run', tempo: 'run', simulation: 'simulation' } as const
    )[st[1]!.toLowerCase() as 'hiit'];

  const women = /\b(women'?s?|woman|female|girls?|ladies|her|she)\b/i.test(q);
  const men = /\b(men'?s?|man|male|guys?|boys?|he|him)\b/i.test(q);
  facts.sex = /\bi'?m (a )?(woman|female|girl)\b|\bas a (woman|female|girl)\b/i.test(q)
    ? 'female'
    : /\bi'?m (a )?(man|male|guy)\b|\bas a (man|male|guy)\b/i.test(q)
      ? 'male'
      : undefined;
  const teamTalk = q.replace(TWO_A_DAY, ' ');
  if (/\bmixed\b/i.test(teamTalk) && /\bdoubles?\b|\bpair\b|\bpartner\b/i.test(teamTalk)) facts.team = 'doubles_mixed';
  else if (/\bdoubles?\b/i.test(teamTalk)) facts.team = women && !men ? 'doubles_women' : men && !women ? 'doubles_men' : 'doubles';
  else if (/\brelay\b/i.test(q)) facts.team = 'relay';
  // "can i do it with my wife?": racing with one other person is doubles.
  else if (
    /\b(race|enter|compete|sign(ed)? up|team up|do (it|this|hyrox|a hyrox|the race))\b[^.?!]{0,25}\b(with|and) my (wife|husband|partner|girlfriend|boyfriend|fianc[eé]e?|mate|friend|best friend|brother|sister|dad|mum|mom|son|daughter)\b/i.test(
      q,
    )
  )
    facts.team = 'doubles';
  // "can we both do the burpee broad jumps at the same time": two people at one station is a doubles question.
  else if (
    /\b(?:we both|both of us|the two of us|(?:me|i) and my (?:partner|mate|friend|wife|husband|girlfriend|boyfriend)|my (?:partner|mate|friend) and (?:i|me))\b[^.?!]{0,50}\b(?:at the same time|at once|simultaneously)\b/i.test(
      q,
    )
  )
    facts.team = 'doubles';
  const pro =
    /\bpro\b/i.test(q) &&
    !/(?<!\b(?:wom[ae]n|m[ae]n|female|male|girls?|guys?)'?s? )\bpro(s|fessional)? (athletes|use|do)\b|\bopen (vs|or|and) pro|\bpro (vs|or|and) open|\bdifference between/i.test(
      q,
    );
  const sexWord =
    /\bpro (women|woman|female)|\b(women'?s?|woman|female) pro|\bopen (women|woman|female)|\b(women'?s?|woman|female) open|\bi'?m (a )?(woman|female|girl)|\bas a (woman|female|girl)/i.test(
      q,
    )
      ? 'women'
      : /\bpro (men|man|male)|\b(men'?s?|man|male) pro|\bopen (men|man|male)|\b(men'?s?|man|male) open|\bi'?m (a )?(man|male|guy)|\bas a (man|male|guy)/i.test(
            q,
          )
        ? 'men'
        : facts.team
          ? undefined
          : women && !men
            ? 'women'
            : men && !women
              ? 'men'
              : undefined;
  // "the weights for all 4 divisions? open/pro men and women" names no one division.
  if (SEVERAL_DIVISIONS.test(q)) return;
  if (sexWord) facts.division = `${pro ? 'pro' : 'open'}_${sexWord}` as Division;
  else if (facts.sex) facts.division = `${pro ? 'pro' : 'open'}_${facts.sex === 'female' ? 'women' : 'men'}` as Division;
}

function readForm(q: string): Form {
  if (/\b(vs\.?|versus|or|better|difference between|compared? to)\b/i.test(q) && /\b(which|better|difference|vs\.?|versus|compare)\b/i.test(q))
    return 'compare';
  if (
    /\b(design|write|give|build|create|make|plan|programme|program)\b.{0,25}\b(me|my|a|an)\b.{0,30}\b(workout|session|wod|plan|week|programme|program|emom|amrap)\b/i.test(
      q,
    )
  )
    return 'request';
  if (/^\s*(why|how come)\b/i.test(q)) return 'why';
  // "can you give me a mantra or two…", "could u suggest some cue words": a request for the thing, not a yes/no question.
  if (/^\s*(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+|plz\s+)?(?:give|tell|suggest|recommend|share|list|explain|send|show)\b/i.test(q))
    return 'what';
  // "how many wall balls are there?", "how long is the lunge section?" ask for a fact, not a method.
  if (
    /^\s*(how(?! (many|much|long|far|heavy|high|tall|big)\b)|what's the best way|what is the best way|tips?\b|any tips)/i.test(q) ||
    /\bhow (do|should|can) i\b/i.test(q)
  )
    return 'howto';
  if (
    /^\s*(is|are|can|could|should|do|does|did|will|would|am|must|may|have)\b/i.test(q) ||
    /,\s*(is|are|can|should|do|does|will) (it|that|this|i)\b[^.?]*\?\s*$/i.test(q)
  )
    return 'yesno';
  return 'what';
}

/** Words about the training itself (volume, sessions, hours), as opposed to kit, food or logistics. */
const TRAINING_TALK =
  /\btrain(ing)?\b|\bthis week\b|\b(week|it) look like\b|\bweek (?:itself|exactly|then) look like\b|\bweek before (?:the |my )?race (?:look|be) like\b|\bday[- ]by[- ]day\b|\bplan\b|\bschedule\b|\bwhat (should|do) i do\b|\bsessions?\b|\bvolume\b|\bhours?\b|\bminutes?\b|\bmins?\b|\bworkouts?\b|\bkeep going\b|\bmileage\b|\bintervals?\b|\blong runs?\b|\bdoubles? (every|each|a) day\b/i;

/** A planned deload the member would skip or cut short ("can i skip it and keep building?", "push through the deload week"). */
const SKIPS_DELOAD =
  /\b(?:skip|skipping|drop|ditch|miss|cancel|push through)\b|\bkeep (?:building|going|pushing|training hard)\b|\bdo i (?:really )?(?:need|have) to\b/i;
/** A deload just finished ("finished my deload week", "after my deload", "coming off a deload"). */
const DELOAD_DONE = /\b(?:finished|done|completed|after|end of|(?:coming|came|come) (?:off|out of)|back from|just had)\b[^.?!]{0,20}\bdeload\b/i;
/** …and the return to the plan asked about ("do i jump straight back in?", "where i was", "resume"). */
const RETURN_ASK = /\b(?:jump|go|get|straight|back into|back to|resume|pick up|return|where i (?:was|left off)|start again|ramp)\b/i;

/**
 * A turn of the planned deload the member asks about: skipping it ("feel amazing, the plan has a deload next week, can i skip
 * it and keep building?") or coming back from it ("finished my deload week, do i jump straight back into the plan?").
 * Undefined otherwise, and when the member names signs of fatigue (then the readiness signs answer).
 */
export function deloadTurn(q: string): 'skip' | 'done' | undefined {
  if (!/\bdeload/i.test(q)) return undefined;
  const asked = askedText(q);
  if (DELOAD_DONE.test(q) && RETURN_ASK.test(asked)) return 'done';
  if (
    SKIPS_DELOAD.test(asked) &&
    !/\bdeload (?:now|early|this week)\b|\bi (?:think i |probably |definitely )?need (?:a|to) deload\b/i.test(q) &&
    !fatigueSigns(q)
  )
    return 'skip';
  return undefined;
}

/** The sentence that asks names race week itself ("what's the plan for race week itself?", "and the week of the race?"). */
const RACE_WEEK_ASKED = /\brace week\b|\bweek of (?:the |my )?race\b/i;

/** "whats the roxzone?": what the member asks to have defined. */
const DEFINES =
  /\bwhat(?:'?s| is| are| (?:even|actually|exactly) (?:is|are))\s+(?:(?:even|actually|exactly)\s+)?(?:the |a |an )?([a-z0-9 -]{2,30}?)(?:\s+mean|\s+thing\b[^?]{0,40})?\s*\?/i;

/** The thing a "what is X?" question asks to have defined ("roxzone"), whatever context follows it. */
export function definedSubject(q: string): string | undefined {
  const subject = DEFINES.exec(q)?.[1]?.trim();
  return subject &&
    !/\b(good|best|better|bad|normal|realistic|average|the (plan|point)|it|that|this|more|most|different|types?|kinds?|main|options|difference)\b/i.test(
      subject,
    )
    ? subject
    : undefined;
}

/** A question about several divisions at once. */
const SEVERAL_DIVISIONS =
  /\b(all|every|each|both)( the)? (4 |four |2 |two )?divisions?\b|\bopen ?(\/|and|&|or|vs\.?) ?pro\b|\bpro ?(\/|and|&|or|vs\.?) ?open\b|\b(men|man) ?(and|&|\/) ?wom[ae]n\b|\bwom[ae]n ?(and|&|\/) ?(men|man)\b/i;

/** Two sessions a day ("doing doubles every day", "two-a-days"): not the doubles division. */
const TWO_A_DAY =
  /\bdoubles? (every|each|most|a|per) (day|days|week)\b|\btwo[- ]a[- ]days?\b|\bdouble (sessions?|days?|ups?)\b|(?<!\b(?:for|in|as) )\b(?:a|one) double\b(?! (?:race|division|partner|hyrox|relay|category)\b)/gi;

/** The night before a race ("night before my race", "the night before the hyrox"). */
const NIGHT_BEFORE_RACE = /\bnight before (?:my |the |a |race|hyrox|comp)/i;

const RESTING_HR = String.raw`(?:resting (?:hr|heart ?rate|pulse)|rhr|morning (?:hr|heart ?rate|pulse))`;
/** "resting hr up 8 beats", "rhr is up by about 6". */
const HR_UP = new RegExp(
  String.raw`\b${RESTING_HR}\b[^.?!\d]{0,20}?\bup (?:by )?(?:like |about |around |roughly |~)?(\d{1,2})\b(?!\s*(?:%|min|km|kg))`,
  'i',
);
/** "resting hr was 58 this morning, normally sits around 49". */
const HR_PAIR = new RegExp(
  String.raw`\b${RESTING_HR}\b[^.?!\d]{0,30}?\b(\d{2,3})\b[^.?!\d]{0,40}?\b(?:normally|usually|typically|normal is|baseline(?: is)?|average(?: is)?|avg)\b[^.?!\d]{0,25}?\b(\d{2,3})\b`,
  'i',
);

/** This morning's resting heart rate above the usual, in the member's words; a fall ("44 lately, used to be 52") is not a rise. */
export function restingHrOf(q: string): { rise: number; now?: number; usual?: number } | undefined {
  const pair = HR_PAIR.exec(q);
  if (pair) {
    const [now, usual] = [Number(pair[1]), Number(pair[2])];
    if (now >= 30 && now <= 120 && usual >= 30 && usual <= 120 && now > usual) return { rise: now - usual, now, usual };
    return undefined;
  }
  const up = HR_UP.exec(q);
  if (up && Number(up[1]) >= 1 && Number(up[1]) <= 40) return { rise: Number(up[1]) };
  return undefined;
}

/**
 * Asks how to tell, or offers over-training as one of two readings ("is that a good sign or am i overtrained?", "am i
 * overtraining or just knackered?"): the word alone is then no sign; the member's other signs still count.
 */
export const ASKS_HOW_TO_TELL =
  /\bhow (?:do|can|would|will) (?:i|you) (?:know|tell)\b|\bwhat are (?:the )?(?:signs|symptoms)\b|\bdifference between\b|\bor (?:am i |i'?m |im |have i |is (?:it|this|that) |maybe )?(?:just |been )?over-?(?:train|reach)\w*|\bover-?(?:train|reach)\w* (?:or|vs\.?|versus) /i;

/** The sentence that asks is about the mind ("what should i think about during the farmers carry?"), not only its context ("…she's nervous"). */
export function asksAboutMind(q: string): boolean {
  return INTENT_WORDS.find(([i]) => i === 'mental')![1].test(askedText(q));
}

/** Nights of sleep said over days: "sleeping 5-6h", "getting 5h of sleep", "nights … 4-5 hours each". */
const SHORT_SLEEP =
  /\bsleeping\s*(?:only|just|about|around|like|maybe|~)?\s*(\d{1,2}(?:\.\d)?)(?:\s*(?:-|–|to)\s*(\d{1,2}(?:\.\d)?))?\s*(?:h|hrs?|hours?)\b|\bgetting\s*(?:only|just|about|around|like|maybe|~)?\s*(\d{1,2}(?:\.\d)?)(?:\s*(?:-|–|to)\s*(\d{1,2}(?:\.\d)?))?\s*(?:h|hrs?|hours?)\s*(?:of\s*)?(?:\w+\s+)?sleep\b|\bnights?\b[^.?!\d]{0,30}?(\d{1,2}(?:\.\d)?)(?:\s*(?:-|–|to)\s*(\d{1,2}(?:\.\d)?))?\s*(?:h|hrs?|hours?)\b/i;

/** Heavy legs in the member's words ("legs are heavy", "heavy legs", "legs sore and heavy"). */
const HEAVY_LEGS = /\bheavy legs\b|\blegs (?:feel |are |have been |feeling |still )?(?:so |really |super |very |a bit |bit )?(?:sore and )?heavy\b/i;

/** A bad night's sleep ("rough night", "slept like crap", "barely slept"). */
const BAD_NIGHT =
  /\b(?:bad|rough|poor|terrible|awful|crap|shit|shocking|broken|restless|sleepless|short|horrible) night(?:'?s)?\b|\b(?:slept|sleep(?:ing)?) (?:badly|terribly|poorly|awful(?:ly)?|bad|like (?:crap|shit|rubbish|garbage))\b|\b(?:barely|hardly|didn'?t|couldn'?t) (?:slept|sleep)\b|\bno sleep\b/i;
/** A day that went badly or feels off ("off day yesterday", "felt awful on my easy run", "feel flat today"). */
const OFF_DAY =
  /\b(?:off|bad|rough|shocking|terrible|awful|rubbish|crap|shit|horrible) (?:day|session|run|workout)\b|\b(?:felt|feel|feeling) (?:awful|terrible|rubbish|crap|shit|flat|heavy|sluggish|dead|off|horrible|bad|tired|knackered|wrecked)\b|\b(?:i'?m|im|i am|so|bit|a bit|pretty|really|super|very|quite|abit|kinda) (?:tired|flat|knackered|wrecked|drained|sluggish|shattered)\b|^\W*(?:tired|flat|knackered|wrecked|drained|sluggish|shattered)\b/i;
/** Said of one day or night. */
const ONE_TIME =
  /\b(?:one|a|1|single) (?:bad|rough|poor|off|terrible|awful|crap|shocking|sleepless)\b|\blast night\b|\bthis morning\b|\btoday(?:'?s)?\b|\btonight\b|\byesterday\b/i;
/** Said of a run of days, or with a sign that only a trend gives (resting heart rate, HRV, RPE). */
const LASTING =
  /\b(?:\d+|two|three|four|five|six|several|few|couple(?: of)?) (?:days|nights|weeks|sessions|mornings|runs)\b|\bin a row\b|\ball (?:week|the time)\b|\blately\b|\brecently\b|\bevery (?:day|night|morning|session|run)\b|\bagain\b|\bstill (?:tired|sore|heavy|flat|exhausted|wrecked|knackered|low|up|high|bad|feel\w*|not|sleeping)\b|\bconstantly\b|\bfor (?:a |the (?:last|past) )?(?:while|ages|weeks?|days|nights)\b|\bbeen\b|\bkeep (?:getting|feeling|sleeping|having)\b|\bthis week\b|\bsleeping (?:badly|poorly|terribly|bad|awful(?:ly)?|like (?:crap|shit))\b|\b(?:stressful|hectic|busy|hard|rough|crazy|long) (?:week|month|few weeks)\b|\bresting (?:hr|heart)\b|\brhr\b|\bhrv\b|\brpe\b|\bill\b|\bsick\b|\bfever\b/i;
/** The race itself: the night before a race is its own section (sleep in perspective), not the training day's readiness. */
const RACE_NIGHT =
  /\brac(?:e|ing)\b(?![- ]?(?:sim\w*|pace|specific|rehearsal))|\bcomp(?:etition)?\b|\bevent\b|\bnerv\w*|\banxi\w*|\bfirst hyrox\b|\bhyrox (?:is |was )?(?:tomorrow|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

/**
 * One bad night or one off day ("rough night's sleep, hard session planned, train or not?", "off day yesterday, should i
 * cut my week?"): the daily readiness rule answers it, not the deload template for several days of warning signs.
 */
export function oneOffDay(q: string): boolean {
  const night = BAD_NIGHT.test(q);
  return (night || (OFF_DAY.test(q) && ONE_TIME.test(q))) && !LASTING.test(q) && !RACE_NIGHT.test(q);
}

/** Signs of fatigue in the member's words (the readiness intent's own words: resting heart rate, HRV, tired, RPE 8+…). */
export function fatigueSigns(q: string): boolean {
  // "do i need a deload?" asks for the rule; "5 weeks straight building, need a deload?" names no sign.
  const asks =
    /\b(should|do) i (take a |need a |need to )?deload|\bneed (a |to )?deload|\btime (for a|to) deload|\bacwr|\btraining load|\bhow (much|hard) (am i|have i)/gi;
  return INTENT_WORDS.find(([i]) => i === 'readiness')![1].test(q.replace(asks, ' '));
}

/** What a correction takes back: "not the ski", "not my row". */
const TAKEN_BACK = /\bnot (?:the |a |an |my )?([a-z0-9-]+(?: [a-z0-9-]+)?)/i;

/**
 * A correction of the previous question ("sorry i meant the 2k row test not the ski"): the words
 * it takes back ("not the ski") are dropped from the previous question, so the follow-up reads
 * as the question the member meant. Null when the message corrects nothing.
 */
export function correctedQuestion(previous: string, message: string): string | null {
  if (!/\b(i meant|i mean|meant to say|sorry,? (i|not)|not the)\b/i.test(message)) return null;
  const negated = TAKEN_BACK.exec(message)?.[1] ?? '';
  const takenBack = STATION_IDS.filter((id) => STATION_WORDS[id].test(negated));
  if (takenBack.length === 0) return null;
  let corrected = previous;
  for (const id of takenBack) corrected = corrected.replace(stationNames(id), ' ');
  return `${corrected} ${message.replace(TAKEN_BACK, ' ')}`.replace(/\s+/g, ' ').trim();
}

/**
 * The division a follow-up switches to ("and for women?", "what about for pro?" after a question
 * about Open Men): the level and the sex it names, the rest from the division before. Undefined
 * when it names neither, or when the division before is unknown and it names only one.
 */
export function followUpDivision(before: Division | undefined, message: string): Division | undefined {
  const level = /\bpro\b/i.test(message) ? 'pro' : /\bopen\b/i.test(message) ? 'open' : undefined;
  const women = /\b(wom[ae]n|female|girls?|ladies)\b/i.test(message);
  const men = /\b(m[ae]n|male|guys?)\b/i.test(message);
  // "what about my girlfriend? she's doing open": the person the follow-up is for says which division, when no word does.
  const her =
    !women &&
    !men &&
    /\b(?:my|her|his|for) (?:girlfriend|gf|wife|sister|mum|mom|daughter|fianc[eé]e|niece|aunt)\b|\bshe(?:'s| is| does| will| wants| would)\b/i.test(
      message,
    );
  const him =
    !women &&
    !men &&
    /\b(?:my|her|his|for) (?:boyfriend|bf|husband|brother|dad|son|fianc[eé]|nephew|uncle)\b|\bhe(?:'s| is| does| will| wants| would)\b/i.test(
      message,
    );
  const sex = (women || her) && !(men || him) ? 'women' : (men || him) && !(women || her) ? 'men' : undefined;
  if (!level && !sex) return undefined;
  const [beforeLevel, beforeSex] = before ? (before.split('_') as [string, string]) : [];
  const l = level ?? beforeLevel;
  const x = sex ?? beforeSex;
  return l && x ? (`${l}_${x}` as Division) : undefined;
}

/** Talk about changing body weight ("lose weight", "weight loss", "weigh 70"). */
const BODY_WEIGHT_TALK =
  /\b(los(e|ing)|cut(ting)?|drop(ping)?|gain(ing)?|put on|shed(ding)?|body|my|race|healthy|target|make|making|made)\s+(?:(?:some|any|a|much|more)\s+)?(?:(?:load|lot|bit|ton|bunch|couple)\s+of\s+)?weight\b|\bweight[- ](loss|gain|cut)\b|\bwater weight\b|\bweigh(ing)?\s+(about |around )?\d+(\.\d)?\s*(kg|kilos?|lbs?|pounds)?/;

/** The member's own mass compared ("do I need to be heavier to push the sled?"). */
const HEAVIER_BODY = /\b(be|being|get|getting|am|i'?m|im|was)\s+(a bit |much |a lot )?(heavier|lighter)\b/;

/** "Weights" that mean lifting in the gym ("run before or after weights?", "a weights session"). */
const GYM_WEIGHTS =
  /\blift(ed|ing|s)?\s+(a\s+)?weights?\b|\b(do(ing)?|after|before|hit(ting)?|free|gym|with|light|heavy)\s+weights\b|\bweights?\s+(sessions?|days?|training|room|workouts?|gym)\b/;

/** Weight that is training kit, not a race load ("a weight vest for training runs"). */
const KIT_WEIGHT = /\bweight(ed)? vests?\b|\b(?:weight|weightlifting|lifting) belts?\b|\bweighted (vest|runs?|backpack|ruck)\b|\bankle weights\b/;

/** Words that ask for a race load ("carb load" is nutrition, not a station load). */
const LOAD_WORDS =
  /\bweights?\b|\bhow heavy|\b(?:what|how much) (?:do|does) (?:the|they|these|those|it|a|an|that|this)\b[^.?!]{0,25}\bweigh\b|(?<!\b(?:carb(?:o|ohydrate)?[- ]?|training |had |have |got |with |daily |weekly |walked |did |my |(?:sweat|sweats|sweating|eat|eats|ate|eating|drink|drinks|drank|drinking|run|runs|ran|running|sleep|slept|improved?|helped?|hurts?|ached?|aches|lost|gained|loved?|loves|talk|talks|cried|laughed) ))\bloads?\b(?! (?:left|of|more|better|to spare|in the tank|it|them|up|phase))|(?<!(?:\bper|\/|\bg|\bmg|\bml|\beach)\s?)\bkg\b(?!\s?(?:a|per) (?:day|week)\b)|\b(?:sleds?|push|pull|ball|bag|sandbag|kettlebells?|kbs?|carry|lunges?)\b[^.?!\d]{0,30}\d+(?:\.\d)?\s*(?:kgs?|lbs?)\b|\blbs?\b|\bpounds?\b|\b(?:kbs?|kettlebells?)\b(?=[^.?!]{0,25}\b(?:\d+s?|heavy|heavier|lighter|size|weigh)\b)|(?:\b\d+s?|\bheavy|\bsize|\bwhat|\bwhich)\b[^.?!]{0,25}\b(?:kbs?|kettlebells?)\b|\b(sleds?|ball|bag|sandbag|bells)\b[^.?!]{0,25}\b(heavier|lighter)\b|\b(heavier|lighter)\b[^.?!]{0,25}\b(sleds?|ball|bag|sandbag|bells)\b/i;

/**
 * "what's a good time for a 45-49 woman? is sub 1:30 decent": the member asks how a time compares with the field, not for
 * a plan to run it, unless the same ask wants pacing or splits.
 */
export function judgesATime(q: string): boolean {
  const asked = askedText(q);
  return (
    /\b(?:good|decent|respectable|average|competitive|normal)\s+(?:\w+\s+)?(?:time|finish)\b|\bis (?:a |an )?(?:sub[- ]?|under )?\d:\d\d\b[^.?!]{0,25}\b(?:good|decent|bad|slow|fast|ok|okay|respectable|competitive|average)\b/i.test(
      asked,
    ) && !/\bpac(?:e|es|ing)\b|\bsplits?\b|\bplan\b|\bstrategy\b|\bhow (?:do|should|can) i\b/i.test(asked)
  );
}

/**
 * The sentences of a message that ask (end in a question mark), or the whole message when none does: "can i still do
 * my sled push session thursday? its at race load" asks about the session, not the load.
 */
export function askedText(q: string): string {
  const sentences = q
    .split(/(?<=[.?!])\s+|\n+/)
    .map((x) => x.trim())
    .filter(Boolean);
  // A last clause without its question mark still asks when it opens as a question ("…further than open? or is it just heavier weights").
  const asking = sentences.filter((x, i) => x.endsWith('?') || (i === sentences.length - 1 && ASKS_ON.test(x)));
  return asking.some((x) => x.endsWith('?')) ? asking.join(' ') : q;
}

/** A clause that asks: it opens as a question, or puts one to the coach ("should i", "can i", "how do i"). */
const CLAUSE_ASKS =
  /^(?:(?:or|and|also|plus|so)\s+)?(?:how|what|whats|what's|which|when|where|why|can|could|should|shall|is|are|am|do|does|did|will|would|any|anything|tips?|worth)\b|\b(?:should|can|could|shall|do|must|would) (?:i|we)\b|\bam i\b|\bi (?:wonder|want to know)\b|\?\s*$/i;
/** A clause that points back at the one before it ("how do i train that", "is it worth it"). */
export const POINTS_BACK = /\b(?:that|this|it|those|these|them|there)\b/i;
/** Content words that do not make a clause's subject. */
const THIN = new Set(
  'how what whats which when where why can could should shall is are am do does did will would any anything tip tips worth i we you it that this those these them there the a an to of for on in at with my me be get still ok okay fine idea good bad best way really just even about or and so'.split(
    ' ',
  ),
);

/** The message as the clause reader reads it: one line, straight apostrophes. */
function clauseText(q: string): string {
  return askedText(q).replace(/\s+/g, ' ').replace(/[’‘]/g, "'");
}

/** The clause that asks, when it leaves some of the message out as context; undefined when the whole message asks. */
export function askingClauseCut(q: string): string | undefined {
  const clause = askingClause(q);
  return clause === clauseText(q) ? undefined : clause;
}

/**
 * The clauses that carry the ask, without the context around them: "i'm fine on wall balls but
 * my running falls apart after the sleds, how do i train that" asks about running after the sleds, not the wall balls;
 * "how much protein do i need a day, i lift 3 times a week" asks about protein, not lifting. The asking sentence (askedText)
 * is cut at commas, semicolons, colons, sentence ends and "but"; the clauses that ask are kept, with the clause before one that points back ("that",
 * "it") or says nothing of its own. The whole asking sentence when no clause asks, or every clause does.
 */
export function askingClause(q: string): string {
  const asked = clauseText(q);
  // Each clause with whether a "but" opens it: what comes before "but" is conceded, not asked about.
  const pieces = asked.split(/([,;:]\s+|\s+but\s+|(?<=[.?!])\s+)/i);
  const parts: { text: string; afterBut: boolean }[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const text = pieces[i]!.trim();
    if (text) parts.push({ text, afterBut: i > 0 && /\bbut\b/i.test(pieces[i - 1]!) });
  }
  if (parts.length < 2) return asked;
  const keep = new Set<number>();
  for (const [i, p] of parts.entries()) {
    if (!CLAUSE_ASKS.test(p.text)) continue;
    const own = (p.text.toLowerCase().match(/[a-z][a-z']+/g) ?? []).filter((w) => !THIN.has(w));
    // "worth it?", "is that ok?": the whole message is what is asked about.
    if (own.length === 0) return asked;
    keep.add(i);
    // "how do i train that": the clauses before it, back to a "but".
    if (POINTS_BACK.test(p.text) || own.length < 2)
      for (let j = i - 1; j >= 0; j--) {
        keep.add(j);
        if (parts[j]!.afterBut) break;
      }
  }
  // "open, pro, doubles... is there more?", "how heavy is the sled for open women, push and pull": a list's items are not context.
  for (const [i, p] of parts.entries()) {
    const words = p.text.split(' ').length;
    if (words < 3 || (words <= 4 && /^\w+ (?:and|or|&|\/) (?:the )?\w+$/i.test(p.text))) keep.add(i);
  }
  if (keep.size === 0 || keep.size === parts.length) return asked;
  return parts
    .filter((_, i) => keep.has(i))
    .map((p) => p.text)
    .join(', ');
}

/**
 * Asks how much or how often to train ("how many km a week", "every week or is that overkill", "can i get away with 2 runs a
 * week", "is 45 min 4 days a week enough", "can i add an extra session"): a figure or a yes/no on the volume, not a session.
 * Not "32 km a week, how many miles is that": a conversion of the member's own distance.
 */
export const VOLUME_ASK =
  /\bhow (?:often|many|much)\b[^?.!]{0,40}\b(?:a|per|each|every) week\b|\bhow many (?:km|kms|kilomet\w*|miles|runs|sessions|days|times)\b(?!\s*(?:is|are|was|would be|does that make) (?:that|this|it)\b)|\b(?:every|each) week\b[^?.!]{0,30}\b(?:or|overkill|too)\b|\boverkill\b|\bget away with\b[^?.!]{0,30}\b(?:a|per) week\b|\bis (?:that|this|it) enough\b|\benough\b[^?.!]{0,20}\b(?:for|to (?:get|hit|go|break))\b|\b(?:add|fit in|squeeze in) (?:an? )?(?:extra|another|more|additional) (?:session|workout|run)s?\b|\btoo (?:many|often)\b/i;

/** The words of the knowledge's "how many / how often" sections for a volume ask: runs and mileage, or sessions. */
export function volumeTerms(q: string): string[] {
  if (!VOLUME_ASK.test(askedText(q))) return [];
  const asked = askedText(q);
  // "how many km a week": the distance guides (km), not the runs-a-week count.
  if (/\bhow (?:many|much) (?:km|kms|kilomet\w*|miles|mileage|running)\b|\bmileage\b/i.test(asked)) return ['km', 'weekly', 'running'];
  // "how many times a week should i do wall balls and sled?": the station sessions a week.
  if (stationsNamed(asked).length > 0) return ['station', 'sessions'];
  return /\bruns?\b|\brunning\b/i.test(asked) ? ['runs', 'run', 'volume'] : ['sessions'];
}

/** A goal time for a 5 km or 10 km run itself ("want sub 48", "break 25", "down to 23:30"): its minutes or m:ss. */
export const RUN_GOAL =
  /\b(?:sub[- ]?|under |break(?:ing)? |(?:get|go|run) (?:under|sub) |down to )(\d{1,2}(?::\d{2})?)(?!\s*(?:s\b|secs?|seconds|kg|lbs?|%|bpm|w\b|\/|:\d))/i;

/** A race the member has already run: a result, a goal that was missed. */
const PAST_RACE =
  /\b(did|got|ran|clocked|finished(?: in)?|came in(?: at)?)\s*(?:a\s*)?\d:\d{2}\b|\b(was|were) (aiming|going|hoping) for\b|\b(race|hyrox) (yesterday|last (week|weekend|month))\b|\byesterday'?s race\b|\bmy last (race|hyrox)\b|\bthought i'?d (?:go|get|be|do|finish|break)\b|\b(?:hoped|wanted) to (?:go|get|break|finish)\b[^.?!]{0,20}\b(?:but|and)\b/i;

/** A day that is behind the member when a race was run on it ("on saturday", "yesterday", "last weekend", "2 days ago"). */
const PAST_DAY = String.raw`(?:on |last |this (?:past )?)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\byesterday\b|\btoday\b|\bthis morning\b|\b(?:last|this|this past|at the|on the) weekend\b|\blast (?:week|night)\b|\b(?:\d{1,2}|a|two|three|four|five|six|a few|a couple of|couple(?: of)?) days? ago\b|\b(?:a|one|1) week ago\b`;
/**
 * A race the member has run, in the days behind them ("raced hyrox on saturday", "did my first hyrox yesterday", "my race
 * was last weekend", "had my race 2 days ago", "just finished hyrox london"): the days after it (recovery, the return to
 * training), not the days before it. A weekday after a past verb is behind the member; "race is on saturday" is not.
 */
export const RACE_JUST_RUN = new RegExp(
  [
    // "raced hyrox on saturday", "did my first hyrox yesterday", "competed in doubles saturday", "finished hyrox london on sunday".
    String.raw`\b(?:raced|competed|did|done|finished|completed|ran|bombed|tanked|flopped|smashed|nailed|crushed|messed up|blew up in)\b(?: (?:in|at))?(?: (?:my|the|a|our|an))?(?: (?:first|1st|second|2nd|third|last))?(?: (?:ever|official))?(?: (?:hyrox|race|doubles|relay|singles|comp(?:etition)?|event))\b(?! ?(?:sim\w*|simulation|pace|prep|week|plan|kit|day|training|trains?|class(?:es)?|sessions?|workouts?|style|wods?|circuits?|gym)\b)[^.?!,]{0,25}?\b(?:${PAST_DAY})`,
    // "raced on saturday", "competed yesterday": the race verb with its day.
    String.raw`\b(?:raced|competed)\b[^.?!,]{0,20}?\b(?:${PAST_DAY})`,
    // "my race was last weekend", "had my race 2 days ago", "my hyrox was on sunday".
    String.raw`\b(?:my|the|our) (?:first |last )?(?:race|hyrox|comp(?:etition)?)\b (?:was|went)\b(?![^.?!,]{0,20}\b(?:moved|changed|cancel\w*|postponed)\b)`,
    String.raw`\bhad (?:my|the|our|a) (?:first )?(?:race|hyrox)\b[^.?!,]{0,20}?\b(?:${PAST_DAY})`,
    // "at my race yesterday", "the race last weekend", "hyrox 3 days ago": a day that can only be behind the member.
    String.raw`\b(?:race|hyrox)\b (?:on )?(?:yesterday|last (?:week|weekend|\w+day)|this past weekend|(?:\d{1,2}|a|two|three|four|five|six|a few|a couple of|couple(?: of)?) days? ago)\b`,
    // "just finished my hyrox", "just raced", "since my race", "the race on saturday went well".
    String.raw`\bjust (?:finished|did|done|completed)\b[^.?!,]{0,20}?\b(?:hyrox|race|doubles|relay)\b(?! ?(?:sim\w*|simulation|pace|prep|plan|training|trains?|class(?:es)?|sessions?|workouts?|style|wods?|circuits?|gym)\b)|\bjust (?:raced|competed)\b`,
    String.raw`\b(?:since|after) (?:my|the) (?:last )?(?:race|hyrox)\b[^.?!,]{0,15}?\b(?:${PAST_DAY})|\bsince (?:my|the) (?:last )?(?:race|hyrox)\b(?! (?:is|will)\b)`,
  ].join('|'),
  'i',
);

/** A race still ahead in the same message ("raced saturday, next one in 6 weeks"): the days after are not all it asks. */
const RACE_AHEAD = /\bnext (?:race|hyrox|one|comp\w*)\b|\brace (?:is |'?s )?(?:in|on) \w|\b\d+ ?(?:weeks?|wks?|days?) (?:out|to go|until)\b/i;

/**
 * The question without the race already run ("raced hyrox on saturday", "competed in doubles saturday", "my race was last
 * weekend"): it says when and what happened, not what is asked; its days would find the Saturday of a race week and its
 * division the doubles sections.
 */
export function withoutRaceRun(q: string): string {
  if (!raceJustRun(q)) return q;
  return q
    .replace(new RegExp(RACE_JUST_RUN.source, 'gi'), ' ')
    .replace(new RegExp(PAST_DAY, 'gi'), ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * A race gone badly in the member's words, beyond "bad race" ("bombed my race", "15 mins slower than my sim", "gutted",
 * "cant stop beating myself up", "thought id go under 1:40"): the review-and-move-on section's subject.
 */
export const BAD_RACE_WORDS =
  /\b(?:bombed|tanked|flopped|messed up|blew up in|choked (?:in|at)) (?:my |the |at )?(?:hyrox|race|result|sim)\b|\b(?:race|result|hyrox) (?:was|went) (?:a )?(?:disaster|shocker|car crash|terribly|badly|awfully)\b|\bgutted\b|\bbeat(?:ing)? myself up\b|\bthought i'?d (?:go|get|be) (?:under|sub|faster)\b|\b\d+ ?(?:mins?|minutes) slower than (?:my |the )?(?:sim|goal|target|plan|expected|last)/i;

/** "did hyrox last saturday and felt flat and down all week since": low after a race is the post-race low, not tired legs. */
export const LOW_AFTER_RACE = /\b(?:flat|low|down|blues|empty|sad|deflated|unmotivated|no motivation|lost (?:my |all )?motivation|meh)\b/i;

/** The member has just run a race and asks about the days after it (not a race still ahead of them). */
export function raceJustRun(q: string): boolean {
  return RACE_JUST_RUN.test(q) && !RACE_AHEAD.test(q.replace(RACE_JUST_RUN, ' '));
}

const ASKS_ON = /^(or|and|also|plus|is|are|do|does|can|could|should|what|how|which|whats|what's)\b/i;

/** A question about the load to train with ("what weight should i be training with instead?"), not the race's. */
export const TRAINING_LOAD_ASK =
  /\b(what|which|how much|how heavy)\b[^?.!]{0,20}\b(weight|load)s?\b[^?.!]{0,20}(?:\b(?:should|do|can)\s+(?:i|we|you|u)\b[^?.!]{0,12}|\bto\s+(?:\w+\s+)?)\b(train|training|use|start|practi[sc]e|build up)\b|\btrain(ing)? (with|at)\b[^?.!]{0,15}\b(weight|load|kg)\b|\bhow heavy should (?:my|i|the) (?:training|practice|gym)\b|\b(?:training|practice|gym) (?:sled|load|weight)s?\b[^?.!]{0,30}\b(?:compared (?:to|with)|vs\.?|relative to|than) (?:the )?race\b/i;

/** The question asks for a race load, once what it says of the member's body weight or kit is set aside. */
export function asksRaceLoad(q: string): boolean {
  const asked = askedText(q);
  // "75 min at rpe 7, whats the load": a session's training load (RPE × minutes), not the race's.
  if (
    /\brpe\b|\bAU\b|\bacwr\b|\b(?:session|training|weekly) (?:\w+ )?loads?\b/i.test(q) &&
    !/\bkgs?\b|\blbs?\b|\bsleds?\b|\bsandbag|\bwall ?balls?\b|\bkettlebells?\b|\bdivision/i.test(asked)
  )
    return false;
  return !TRAINING_LOAD_ASK.test(asked) && LOAD_WORDS.test(withoutBodyWeight(askingClause(q)).replace(CANNOT_MOVE_LOAD, ' '));
}

/**
 * What the member says they cannot yet move ("i cant push the sled at open weight yet", "can barely lift the pro bag"): their
 * situation, not a question about the race's loads.
 */
const CANNOT_MOVE_LOAD =
  /\b(?:can'?t|cannot|can ?not|can barely|struggle to|unable to)\s+(?:\w+\s+){0,4}?(?:at|with)\s+(?:the\s+)?(?:open|pro|race|full|race[- ]day)\s+(?:weights?|loads?)\b/gi;

/** The question without what it says about the member's own body weight ("lose weight", "I'm 120 kg", "weigh 70 kg") or weighted kit. */
export function withoutBodyWeight(q: string): string {
  // "should i train with a weight vest? how heavy?": how heavy is the vest.
  const kit = KIT_WEIGHT.test(q) ? [/\bhow heavy\b/] : [];
  return [BODY_WEIGHT_TALK, HEAVIER_BODY, GYM_WEIGHTS, ...BODY_MASS, KIT_WEIGHT, ...kit].reduce(
    (text, re) => text.replace(new RegExp(re.source, 'gi'), ' '),
    q,
  );
}

/** A distance as the member writes it ("2k", "1.5 k", "500") in metres. */
function metres(dist: string): number {
  return /k/i.test(dist) ? Number(dist.replace(/k/i, '').trim()) * 1000 : Number(dist);
}

/**
 * Asks what the week's sessions should be ("what should the 3 sessions be?", "what should my 4 days look like", "what sessions
 * should i do"), how to fit kinds of training into the week or its days ("how do i fit strength and running into the same
 * week?", "fit running and lifting into 4 days"), how to split the sessions ("split my 4 sessions between running, strength
 * and stations") or how to set the week up ("how do i set up hyrox training with that?"). Read with the week's sessions,
 * hours or minutes a day, or the weeks to race.
 */
export const WEEK_SHAPE_ASK =
  /\bwhat (?:should|would|could|shall|do|will) (?:the|those|these|my|each|all|all of my|all the)\s+(?:(?:\d|two|three|four|five|six|seven)\s+)?(?:sessions?|days|workouts?|training days)\s+(?:be|look like|consist of|include|involve|have)\b|\bwhat (?:sessions|workouts|kind of sessions|type of sessions) (?:should|do|would|could) i\b|\bfit\b[^.?!]{0,40}\binto\s+(?:the same week|(?:a|one|my|the|\d|two|three|four|five|six|seven)\b[^.?!]{0,12}\b(?:week|days|sessions))\b|\bsplit (?:up )?(?:my|the|those|these|our)\s+(?:(?:\d|two|three|four|five|six|seven)\s+)?(?:sessions|days|training days|workouts|week|training time)\b|\bhow (?:should|do|can|would|could) i (?:best )?(?:set up|structure|organi[sz]e|arrange|lay out|schedule|plan out)\b|\bhow (?:should|would|do|could|can) (?:you|u) (?:lay|set|map|structure|split|organi[sz]e|arrange)\b|\blay (?:it|this|that|them|those) out\b|\bwhat (?:should|do|shall|would) i do (?:on )?(?:each|every|those|these|the|my) (?:training )?days?\b|\b(?:best|ideal|right|good) (?:weekly |training )?split\b(?!\s+(?:times?|for (?:run|the run|each run|my runs)))/i;

/** "how do i periodise for hyrox, base build peak taper?": the phases of a build asked for, not one week of it. */
export const PHASES_ASK = /\bperiodi[sz]\w*|\b(?:training )?phases\b|\bbase\b[^.?!]{0,20}\bbuild\b/i;

/** The floor a race is held on: where a station is done, not what is asked about it. */
const SURFACE_WORDS = /\b(?:carpet|turf|surface|flooring|floor)\w*/gi;
/** How a station is done: technique, position, steps, grip, cues. */
const STATION_TECHNIQUE_ASK =
  /\btechnique|\bposition|\bposture|\bsteps?\b|\bstride|\bgrip\b|\bcues?\b|\btips?\b|\bhand over hand\b|\barms?\b|\blegs?\b|\bhips?\b|\bfeet\b|\bfoot\b|\bhow (?:do|should|can) i (?:push|pull|do|move|get)\b|\bsit down\b|\bwalk back\b|\blean\b/i;

/** A weekday, whole or cut short ("mon", "tues", "thurs", "saturdays"), as a RegExp source; not "month", "friend" or "sunscreen" with \b around it. */
export const WEEKDAY = String.raw`(?:mon(?:days?)?|tue(?:s(?:days?)?)?|wed(?:s|nesdays?)?|thu(?:r(?:s(?:days?)?)?)?|fri(?:days?)?|sat(?:urdays?)?|sun(?:days?)?)`;
const DAY_TOKEN = new RegExp(String.raw`\b(?:(${WEEKDAY})|(week ?ends?)|(week ?days?))\b`, 'gi');
const DAY_INDEX: Record<string, number> = { mo: 1, tu: 2, we: 3, th: 4, fr: 5, sa: 6, su: 7 };
/** Between two days of one list ("tue, thu and sat", "tues/thurs/sat") or of a range ("mon-fri", "monday to thursday"). */
const LIST_GAP = /^\s*(?:,|\/|&|\+|\band\b|\bor\b|,\s*and\b|,\s*or\b)?\s*$/i;
const RANGE_GAP = /^\s*(?:-|–|—|\bto\b|\bthru\b|\bthrough\b|\btill\b|\buntil\b)\s*$/i;
/** Said before the days: they are out ("no training on fridays", "can't do saturdays or sundays", "every day except sunday"). */
const DAYS_OUT_BEFORE =
  /\b(?:no|not|never|except|apart from|besides|other than|but not|can'?t|cannot|can not|unable to|won'?t|busy)\b(?:\s+(?:train(?:ing)?|do|make|go|gym|sessions?|workouts?|on|the|any|at all|be|there|get to the gym))*\s*(?:on\s+)?$/i;
/** Said after the days: they are out ("weekends are out", "sundays off", "fridays are a no"). */
const DAYS_OUT_AFTER =
  /^\s*(?:(?:is|are)\s+(?:out|off|a no|impossible|busy|taken|a write-?off|family (?:day|time))\b|off\b|(?:are |is )?no good\b|never\b)/i;
/** Said before the days: the days to train ("i can only train", "free", "3 days:", "got 5 days,", "training is", "the gym"). */
const DAYS_IN_BEFORE =
  /(?:\b(?:only|just|i can|i'?m able to|free|available|availability|train(?:ing|s)?|gym)\b[^.?!]{0,30}|\bdays?\s*[:,(-]?\s*(?:on\s+)?|\bsessions\s*(?:[:(-]\s*|on\s+))$/i;
/** Said after the days: the days to train ("mon wed fri only", "tues/thurs/sat are my training days", "work for me"). */
const DAYS_IN_AFTER =
  /^\s*(?:only\b|(?:is|are) (?:my|the) (?:only )?(?:training |free |gym )?days\b|(?:is|are) (?:free|all i have|it)\b|works? (?:for me|best)\b|free\b)/i;
/** Days that are not about the week's training: the race, one day's session, a single past or coming day. */
const NOT_TRAINING_DAYS =
  /\b(?:race|racing|comp\w*|event|long run|last|this|next|yesterday|today|tomorrow|instead|did|rest day|since|until)\b[^.?!]{0,25}$/i;

/**
 * A weekday with the minutes the member has on it, either order: "mon 30 min", "sat: 1.5h", "sun 2 hrs", "wed an hour",
 * "wed 60" (unit from the list's other days), "45 min on tuesday".
 */
const DAY_THEN_TIME = new RegExp(
  String.raw`\b(?<day>${WEEKDAY})\b\s*(?:[:=@-]|–)?\s*(?:for\s+|is\s+|i (?:have|get|got)\s+)?(?:about |around |roughly |max |~\s*)?(?<n>\d{1,3}(?:\.\d)?|an?|one)(?:\s*(?<unit>min(?:ute)?s?|m(?![a-z])|hours?|hrs?|h(?![a-z])|'))?(?!\s*(?:km|k\b|kg|x\b|reps?|am\b|pm\b|:\d|\d|%|weeks?|days?|th\b|st\b|nd\b|rd\b))`,
  'gi',
);
const TIME_THEN_DAY = new RegExp(
  String.raw`\b(?<n>\d{1,3}(?:\.\d)?|an?|one)\s*(?<unit>min(?:ute)?s?|hours?|hrs?|h)\s*(?:on\s+)?(?:a\s+)?(?<day>${WEEKDAY})\b`,
  'gi',
);

/**
 * The minutes the member has on each named day ("mon 30 min, wed 60 and sat 90", "tue 45min, thu 45min, sun 2 hrs"), when
 * at least two days carry a time and at least one of them has its unit (a bare "wed 60" takes the list's unit). Each day's
 * minutes are 15–240; undefined when fewer than two days carry one, or a day is given twice with different times.
 */
export function readDayMinutes(question: string): Record<number, number> | undefined {
  const q = question.replace(/[’‘]/g, "'");
  const found: { day: number; n: string; unit?: string; at: number }[] = [];
  for (const re of [DAY_THEN_TIME, TIME_THEN_DAY])
    for (const m of q.matchAll(re)) {
      const g = m.groups!;
      // "an hour" needs its unit; "a" alone after a day is an article ("sat a long run").
      if (/^(?:an?|one)$/i.test(g.n!) && !g.unit) continue;
      found.push({ day: DAY_INDEX[g.day!.slice(0, 2).toLowerCase()]!, n: g.n!, ...(g.unit ? { unit: g.unit } : {}), at: m.index! });
    }
  const withUnit = found.filter((f) => f.unit !== undefined);
  if (found.length < 2 || withUnit.length === 0) return undefined;
  const listUnit = withUnit.some((f) => /^(?:m|')/i.test(f.unit!)) ? 'min' : 'h';
  const out: Record<number, number> = {};
  for (const f of found.sort((a, b) => a.at - b.at)) {
    const v = /^(?:an?|one)$/i.test(f.n) ? 1 : Number(f.n);
    // A bare number takes the list's unit, but a small one is hours ("sat 2") and a large one minutes ("wed 45").
    const unit = f.unit ?? (v <= 4 ? 'h' : v >= 15 ? 'min' : listUnit);
    const min = /^h/i.test(unit) ? v * 60 : v;
    if (min < 15 || min > 240) return undefined;
    if (out[f.day] !== undefined && out[f.day] !== min) return undefined;
    out[f.day] = min;
  }
  return Object.keys(out).length >= 2 ? out : undefined;
}

/**
 * The weekdays a member can train, from the days the message names with its words for them (pure): a list or range said
 * as the days to train ("i can only train tue thu sat and sun", "got 5 days, mon-fri", "mon wed fri only", "only weekends"),
 * less the days said to be out ("weekends are out", "no training on fridays", "not sundays", "i work weekends"). Days
 * named for anything else (the race day, a long run, "last saturday") are not read. Undefined when none or all seven.
 */
export function readTrainingDays(question: string): { days: number[]; named: boolean } | undefined {
  const q = question.replace(/[’‘]/g, "'");
  const tokens = [...q.matchAll(DAY_TOKEN)];
  if (tokens.length === 0) return undefined;
  // Group the days said together: a list or range is one group.
  const groups: { start: number; end: number; days: Set<number>; words: number; short: boolean }[] = [];
  let prev: { end: number; day?: number } | undefined;
  for (const m of tokens) {
    const start = m.index!;
    const end = start + m[0].length;
    const days = m[1] ? [DAY_INDEX[m[1].slice(0, 2).toLowerCase()]!] : m[2] ? [6, 7] : [1, 2, 3, 4, 5];
    const gap = prev ? q.slice(prev.end, start) : undefined;
    const group = groups.at(-1);
    if (group && gap !== undefined && RANGE_GAP.test(gap) && prev?.day !== undefined && m[1]) {
      for (let d = prev.day; d !== days[0]; d = (d % 7) + 1) group.days.add(d);
      group.days.add(days[0]!);
      group.end = end;
      group.words++;
    } else if (group && gap !== undefined && LIST_GAP.test(gap)) {
      days.forEach((d) => group.days.add(d));
      group.end = end;
      group.words++;
    } else groups.push({ start, end, days: new Set(days), words: 1, short: false });
    // "sun", "sat", "wed" alone are other words ("in the sun", "i sat", "we wed"): a short day counts only in a list.
    if (m[1] && m[1].length <= 3 && /^(?:sun|sat|wed|mon)$/i.test(m[1])) groups.at(-1)!.short = true;
    prev = { end, ...(m[1] ? { day: days[0] } : {}) };
  }
  const named = new Set<number>();
  const out = new Set<number>();
  for (const g of groups) {
    if (g.short && g.words === 1) continue;
    const before = q
      .slice(Math.max(0, g.start - 50), g.start)
      .split(/[.?!;]/)
      .at(-1)!;
    const after = q.slice(g.end, g.end + 40);
    if (NOT_TRAINING_DAYS.test(before)) continue;
    // "i work weekends": work takes the days it names, when they are a few (not "i work mon-fri", when members train anyway).
    const atWork = /\bwork(?:ing|s)?\s+(?:on\s+)?(?:most\s+|all\s+)?$/i.test(before) && g.days.size <= 2;
    if (DAYS_OUT_BEFORE.test(before) || DAYS_OUT_AFTER.test(after) || atWork) g.days.forEach((d) => out.add(d));
    // One day is a week's training days only when said so ("only saturdays"), not "my sled push session thursday".
    else if (
      (DAYS_IN_BEFORE.test(before) || DAYS_IN_AFTER.test(after)) &&
      (g.days.size > 1 || /\b(?:only|just)\b/i.test(`${before} ${after.slice(0, 8)}`))
    )
      g.days.forEach((d) => named.add(d));
  }
  const days = (named.size > 0 ? [...named] : [1, 2, 3, 4, 5, 6, 7]).filter((d) => !out.has(d)).sort((a, b) => a - b);
  if ((named.size === 0 && out.size === 0) || days.length === 0 || days.length === 7) return undefined;
  return { days, named: named.size > 0 };
}

export function readQuestion(question: string, whole = true): QuestionFacts {
  // "4.45/km", "1k in 3.58": the member's dot times in the clock forms the readers take (its own readers take "1hr32").
  const q = memberClocks(question.replace(/\s+/g, ' ').replace(/[’‘]/g, "'"), { hours: false });
  const facts: QuestionFacts = { intents: [], form: readForm(q), stations: [], formats: [], weightsKg: [], paces: [], splits: [] };
  readEntities(q, facts);

  const add = (i: Intent, when: boolean) => {
    if (when && !facts.intents.includes(i)) facts.intents.push(i);
  };
  // "i only have 45 min per session 4 days a week, is that enough?": the length of every session of the week, not one to cut today.
  const everySession =
    (facts.sessionsPerWeek !== undefined || /\b(?:per|each|every) (?:session|workout)\b/i.test(q)) &&
    !/\binstead\b|\btoday\b|\btonight\b|\bplanned\b|\bthis (?:morning|evening|session)\b/i.test(q);
  // "what's the best running workout if I only have 45 min": a new session for the time, not a planned one to cut.
  const newSession =
    /\b(?:best|good|great|ideal|quick|effective|decent)\b[^.?!]{0,25}\b(?:workouts?|sessions?|wods?)\b/i.test(q) &&
    !/\b(?:my|planned|today'?s|scheduled)\b[^.?!]{0,20}\b(?:workouts?|sessions?|wods?)\b/i.test(q);
  add(
    'shorten',
    facts.availableMin !== undefined && !everySession && !newSession && /\binstead|\bonly|\bshort(en)?|\bless time|\bno time|\bjust have/i.test(q),
  );
  add(
    'calculation',
    (facts.weightsKg.length > 0 && /\bplates?|\bempty|\bsled (itself )?weighs|\bhow much (weight|to add)|\badd\b/i.test(q)) ||
      (facts.bodyMassKg !== undefined && /\bhow (much|many)|\bgrams?\b|\bper day\b|\bmg\b/i.test(q)) ||
      facts.paces.length > 0 ||
      (facts.splits.length > 0 && /\bpace|\bsplit|\b500|\bper km|\bconvert/i.test(q)) ||
      /\bconvert|\bin (miles|km|kg|lbs?|pounds)\b\??$|\bhow much did i fade|\bfade\b.*\brun 1\b|\brun 1\b.*\brun 8\b/i.test(q),
  );
  // "How often should I deload?" asks for the rule, not for today's check of the athlete's load.
  const asksRule =
    /\bhow (often|frequently|long|many)\b|\bwhen (do|should) (i|you)\b.*\bdeload|\bevery (few|\d+) weeks\b/i.test(q) &&
    !/\bthis week|\bright now|\btoday|\bmy (logs?|load|week)/i.test(q);
  // "how do i know if im overtraining vs just tired?" asks how to tell, and names no sign of its own.
  const asksSigns = ASKS_HOW_TO_TELL.test(q);
  // "resting heart rate dropped from 62 to 55 over 3 months": a falling resting heart rate (or a rising HRV) is fitness, not fatigue.
  const fitterHeart =
    /\bresting (?:hr|heart ?rate)\b[^.?!]{0,40}\b(?:dropped|drops|dropping|down|lower|fallen|fell|falling|decreased?|decreasing|gone down|went down)\b|\bhrv\b[^.?!]{0,30}\b(?:up|risen|rose|rising|higher|increased?|improv\w*)\b/i.test(
      q,
    ) && !/\b(?:tired|exhausted|fatigu\w*|sleep\w* (?:badly|poorly)|poor sleep|no motivation|heavy legs)\b/i.test(q);
  // "motivation is gone since my race, 3 weeks of skipping sessions": a member not training is not over-reached.
  const notTraining = /\bskip(ping|ped)? (sessions?|training|workouts?)\b|\bhaven'?t (trained|been training)\b|\bsince my (last )?race\b/i.test(q);
  // "bench 1rm 100kg, RPE 8 for 5 reps, what weight?": the RPE of a set to load is a prescription, not a sign of fatigue.
  const setToLoad =
    /\b1 ?rm\b|\bone rep max\b|\bwhat weight\b|\bhow (?:heavy|much weight)\b/i.test(q) &&
    /\brpe\s*\d+\s*(?:for|x|×)\s*\d+\s*reps?\b|\b\d+\s*reps?\s*(?:at|@)\s*rpe\b|\bwhat weight\b/i.test(q) &&
    !/\btired|\bexhausted|\bfatigu|\bevery (?:session|day)|\ball week|\bresting (hr|heart)|\bhrv\b/i.test(q);
  // "did my first hyrox yesterday, legs are wrecked": tired legs after a race are the race's, which the week after it answers
  // (a readiness score, a short night or a resting heart rate the member gives still runs the check).
  const raceBehind = raceJustRun(q);
  const afterRace = raceBehind && facts.readinessScore === undefined && facts.sleptHours === undefined && facts.restingHr === undefined;
  for (const [intent, re] of INTENT_WORDS.slice(0, 3))
    add(
      intent,
      re.test(intent === 'medical' ? q.replace(INJURY_PREVENTION, ' ') : q) &&
        !(
          intent === 'readiness' &&
          (afterRace ||
            asksRule ||
            asksSigns ||
            fitterHeart ||
            setToLoad ||
            (notTraining && !/\btired|\bexhausted|\bfatigu|\bresting (hr|heart)|\bhrv\b/i.test(q)))
        ),
    );
  // "last trained 9 days ago", "back from 3 weeks holiday": time off said without "missed" is the missed-sessions rule's.
  add('missed', timeAway(q) !== null);
  // "big week logged, legs are heavy", "legs sore and heavy": heavy legs from training, not the taper's normal heaviness.
  add('readiness', HEAVY_LEGS.test(q) && !/\btaper|\bcut(?:ting)? back\b|\brace (?:is )?in \d+ days\b|\brace week\b/i.test(q));
  // "sleeping 5-6h", "getting maybe 5h of broken sleep for the last 2 weeks", "3 nights, 4-5 hours each": nights under the
  // 7-hour floor over days are a sign of accumulated fatigue (cut the load), not one night's readiness check.
  const nights = SHORT_SLEEP.exec(q);
  const [lo, hi] = nights ? [1, 3, 5].map((i) => [nights[i], nights[i + 1]]).find(([a]) => a !== undefined)! : [];
  add('readiness', lo !== undefined && (Number(lo) + Number(hi ?? lo)) / 2 < 7 && !NIGHT_BEFORE_RACE.test(q));
  // A readiness score or a short night is today's readiness check.
  add('readiness', dailyReadiness({ score: facts.readinessScore, sleptHours: facts.sleptHours, oneOffDay: oneOffDay(q) }) !== null);
  if (asksRule && /\bdeload/i.test(q)) add('recovery', true);
  // "can i skip the deload and keep building?", "finished my deload week, do i jump straight back in?": the readiness rules'
  // question about a planned deload.
  add('readiness', deloadTurn(q) !== undefined);
  // "10k is 52 min, want sub 48 by march, realistic?": the goal is a faster 10 km (a time under an hour next to a 5k or 10k), not a Hyrox finish.
  const runGoal = RUN_GOAL.exec(q);
  const goalForTheRun =
    runGoal !== null &&
    Number(runGoal[1]!.split(':')[0]) >= 10 &&
    Number(runGoal[1]!.split(':')[0]) < 60 &&
    // "what if i get my 5k down to 23 min?": that time is the 5 km the prediction is asked for, not a goal beside it.
    ![facts.fiveKmSec, facts.tenKmSec].includes(runGoal[1]!.includes(':') ? timeIn(runGoal[1]!) : Number(runGoal[1]) * 60) &&
    (facts.fiveKmSec !== undefined || facts.tenKmSec !== undefined) &&
    facts.goalSec === undefined &&
    !/\bhyrox (?:time|finish)|\bfinish (?:time|in)\b|\bpredict/i.test(q);
  add(
    'predict',
    !goalForTheRun &&
      (facts.fiveKmSec !== undefined || facts.tenKmSec !== undefined) &&
      (/\btarget|\bpredict|\bfinish|\bexpect|\bwhat (hyrox )?time|\bhow fast|\bcould i|\bwhat can i|\brealistic|\bhyrox time|\bwhat if\b/i.test(q) ||
        // "my 5k is 25 min, can i go sub 1:20?": a goal whose chances are asked.
        (facts.goalSec !== undefined &&
          /\bcan i (?:go|get|break|hit|do|run) (?:a )?(?:sub|under)\b|\b(?:possible|doable|achievable)\b/i.test(askedText(q)))),
  );
  add('predict', /\bpredict/i.test(q));
  add(
    'pacing',
    // "a 3 day split: 1 run day, 1 strength day…" is a training split, not race splits.
    /\bpac(e|es|ing)\b|\bsplits?\b(?<!\b(?:\d|two|three|four|five|six)[- ]day splits?|\btraining splits?|\bweekly splits?)(?!\s+(?:up\s+)?(?:my|the|those|these|our)\s+(?:(?:\d|two|three|four|five|six|seven)\s+)?(?:sessions|days|training|workouts|week|time)\b)|\bhow fast (should|do|does|must|would|will) (i|my)\b|\bper km\b/i.test(
      q,
    ) &&
      !(facts.intents.includes('calculation') && facts.goalSec === undefined) &&
      // "tue 45min, thu 45min, sun 2 hrs. whats the best split?": with the minutes of each day given, a split is the week's.
      !(facts.dayMinutes !== undefined && facts.goalSec === undefined && !/\bpac(e|es|ing)\b|\brun splits?\b/i.test(q)) &&
      // "my run splits in the race were 5:30 but i run 4:45 in training, why?" asks why, not for a plan.
      !(/\bwhy\b/i.test(askedText(q)) && /\b(were|was)\b/i.test(q) && facts.goalSec === undefined),
  );
  // "did 1:52 at my race yesterday, was aiming for 1:40. how do i get over this": a goal that is behind the member is
  // not a race to pace, unless the ask is about pacing.
  const pastGoal = PAST_RACE.test(q) && !/\bpac(e|es|ing)\b|\bsplits?\b|\bnext (race|time|one)\b|\bplan\b/i.test(askedText(q));
  // "how long should my long run be? target is sub 1:30", "is 30km a week enough running to go sub 75": the goal is the
  // context of a training-volume question, not a race to pace.
  const volumeForGoal =
    (VOLUME_ASK.test(askedText(q)) || /\blong runs?\b/i.test(askedText(q))) && !/\bpac(e|es|ing)\b|\bsplits?\b|\bstrategy\b/i.test(askedText(q));
  add(
    'pacing',
    facts.goalSec !== undefined &&
      !pastGoal &&
      !volumeForGoal &&
      !judgesATime(q) &&
      // "how fast should my 1k row be for a 1:20 finish?": a station with a goal asks for its target.
      (/\b(plan|runs?|hit|get|break|go|strategy|aim|target(s|ing)?|times?|stations?|roxzone)\b/i.test(q) || facts.stations.length > 0) &&
      !facts.intents.includes('predict'),
  );
  add(
    'workout',
    // "how much rest between intervals for 1k repeats?" asks about a session, not for one.
    // "which is better, 400m reps or 1km reps?" compares sessions; it does not ask for one.
    // "no fever just a blocked nose, intervals ok?", "should i still do my intervals?" ask for permission, not for a session.
    (facts.formats.length > 0 &&
      // "zone 2 or intervals, whats better?" compares too, the other way round.
      !/\bhow (much|long|many)\b|\bwhat (rest|pace|recovery)\b|\b(which|what)('?s| is)? (better|best)\b[^?]*\bor\b|\bbetter\b[^?]*\bor\b|\b(?:or|vs\.?|versus)\b[^?.!]{0,40}\b(?:better|best)\b/i.test(
        q,
      ) &&
      !/\b(?:can|should|could|shall) i (?:still |just |even )?(?:do|go|run|train|hit|skip)\b|^\W*(?:is|are|would|does)\b[^?]{0,80}\b(?:good|decent|solid|ok|okay|enough|right|smart)\b[^?]{0,25}\b(?:sesh|session|workout|set|intervals?)\b|\b(?:ok|okay|fine|safe|alright|wise|a good idea)\W*(?:or (?:not|skip|rest)\W*)?\?|\binterval day\b|\bgo\?|\bdo i (?:still |even )?(?:do|go|run|train|hit|skip)\b|\bpush (?:on|through)\b|\bgo or\b|\bor (?:not|no|back off|skip|rest|modify|swap|go easy|take it easy)\b|\b(?:go|no go|modify|skip)\W*$|\b(?:ok|okay|fine|safe|alright) to (?:still )?(?:do|go|run|train|hit|skip)\b|\bor (?:just )?(?:go )?easy\b|\bskip (?:the|my|today'?s|tonight'?s|this) (?:intervals?|session|workout|sesh|run)\b/i.test(
        askedText(q),
      ) &&
      // "do fasted intervals burn more fat?": eating around a session, not a session to build.
      !/\bfasted\b|\bon an empty stomach\b|\bbefore (?:breakfast|eating)\b|\bburns? (?:more |extra )?(?:fat|calories)\b/i.test(askedText(q))) ||
      /\b(design|write|give|build|create|make)\b.{0,15}\b(me )?(an? |my |some )?.{0,40}\b(workout|session|wod|circuit)/i.test(q) ||
      // "wall ball conditioning workout pls", "any sled session ideas?"
      /\b(?:workout|session|wod|circuit)s?\b[^.?!]{0,6}\b(?:pls|plz|please|ideas?)\b/i.test(q) ||
      // "whats a good first workout to try hyrox style?"
      /\b(first|beginner|sample|example|starter|taster)\b[^.?!]{0,20}\b(workout|session|wod)\b[^.?!]{0,25}\b(try|hyrox)\b/i.test(q),
  );
  // Close to the race, a question about training is a taper question (the phase engine's taper is the last 2 weeks).
  const close = (facts.daysToRace !== undefined && facts.daysToRace <= 21) || (facts.weeksToRace !== undefined && facts.weeksToRace <= 2);
  // Not "my period always lands on race week": something that happens in race week is not a question about its training.
  const raceWeek =
    /\brace week|\bweek before (the |my )?race|\b(?:the )?week of (?:the |my )?race\b/i.test(q) &&
    !/\b(lands?|landing|falls?|falling|comes?|hits?) (on|in|during) (the )?race week/i.test(q);
  // …when the sentence that asks is about training ("landing 2 days before. anything i should do differently?" asks about travel).
  // "is it bad to train hard two days before a race?" asks for a verdict on one session, which the knowledge gives, not for a race week.
  const judgesOne = /^\W*(?:is it|would it be|is that) (?:bad|ok|okay|fine|smart|wise|dumb|stupid|a (?:good|bad) idea|safe) to\b/i.test(askedText(q));
  // "how do i periodise, base build peak taper?" names the taper as one phase of the plan it asks for.
  const phasesAsked = PHASES_ASK.test(q);
  // "raced hyrox on saturday, what should i do this week": the week after a race is recovery, not a taper.
  // "race is tomorrow, stomach in knots, what do i do tonight?": nerves asked about with "what do i do" are the mental side of
  // the race, not its training week; the training words themselves still ask for the taper.
  const nervesOnly = asksAboutMind(q) && !TRAINING_TALK.test(askedText(q).replace(/\bwhat (?:should|do) i do\b/gi, ' '));
  add(
    'taper',
    !raceBehind && ((/\btaper/i.test(q) && !phasesAsked) || ((close || raceWeek) && !judgesOne && !nervesOnly && TRAINING_TALK.test(askedText(q)))),
  );
  add('recovery', raceBehind);
  // "what's the plan for race week itself?": the week of the race, whatever was said of the weeks before it.
  if (raceWeek && TRAINING_TALK.test(q) && facts.daysToRace === undefined) facts.weeksToRace = 0;
  // "race in 16 days, how do i taper? … and what should race week itself look like?": the sentence that asks names race week,
  // so the week planned is race week, whatever the days said before it (they count to the race, not this week).
  else if (raceWeek && RACE_WEEK_ASKED.test(askedText(q)) && TRAINING_TALK.test(q) && facts.daysToRace !== undefined && facts.daysToRace > 7) {
    facts.weeksToRace = 0;
    delete facts.daysToRace;
  }
  // A plan is asked for in the sentence that asks ("10 sessions a week, will that be too much?" mentions a plan it
  // already has), and "6x a week for hyrox" is how often, not "a week for" the race.
  const planAsk = askedText(q).replace(/\b(\d+ ?x?|\w+ times|sessions?|days?|runs?|(?:\d+(?:\.\d)? ?)?(?:hours?|hrs?|h)) (a|per) week\b/gi, ' ');
  // "what should the 3 sessions be?", "how do i fit strength and running into 4 days?", "split my 4 sessions between running,
  // strength and stations", "how do i set up training with that?": with the week's sessions, hours or minutes a day given,
  // the member asks what goes in the week.
  const volumeGiven = facts.sessionsPerWeek !== undefined || facts.hoursPerWeek !== undefined || facts.minutesPerDay !== undefined;
  add('plan', (volumeGiven || (facts.weeksToRace !== undefined && facts.daysToRace === undefined)) && WEEK_SHAPE_ASK.test(askedText(q)));
  add(
    'plan',
    (facts.weeksToRace !== undefined &&
      facts.daysToRace === undefined &&
      /\bstructure|\bprogram|\bplan\b|\bschedule|\bphase|\b(?:\d|two|three|four|five|six)[- ]day split\b|\btraining split\b|\bweek (look|be)\b|\b(?:training|running|runs|mileage) (?:look|be) like\b|\bwhat should i (do|train)|\bwhat (?:do|shall) i (?:do|train)\b|\bhow should i train|\bhow (?:do|should|can|would) i (?:best )?(?:get ready|prepare)\b|(?<!\b(?:hyrox|race|during|my|the|this|in|of|through|whole)\s)\bprep\b|\bgive me (a|my) week|\b(?:thing|things) to focus on\b|\bwhat (?:should|do) i (?:focus|concentrate) on\b|\bprioriti[sz]e?\b|\bwhat should (?:each|every|my) (?:session|day)s?\b|\b(?:a|an|my|the|this) (?:\d+|twelve|sixteen)[- ]?(?:weeks?|wks?)[- ](?:build|block|build-?up)\b/i.test(
        planAsk,
      )) ||
      (volumeGiven &&
        /\bplan|\bweek (for|of|look)|\bgive me|\bstructure|\bschedule|\bprogram|\bsplit (my|the) week|\bwhat (should|do) i do|\b(?:thing|things) to focus on\b|\bprioriti[sz]e?\b|\bwhat should (?:each|every|my) (?:session|day)s?\b|\bhow (should|do|can) i (split|structure|organi[sz]e|use|spend|fill) (them|those|it|my)\b|\b(?:lay|map|set) (?:out|up) (?:a|my|the|your|an?) (?:\w+ )?week\b/i.test(
          planAsk,
        )) ||
      // "whats the plan for the last run after lunges?" is a race plan for one part of the race, not a training plan.
      (/\bstructure (my|the|a)|\bprogram(me)? (for|my)|\bplan (my|for|out)|\bweekly (plan|schedule|structure)|\bperiodi[sz]|\btraining (plan|block|week)|\b(?:make|write|build|design|create|draw up|put together|give) (?:me )?(?:a |my )?(?:training )?(?:week|weekly plan)\b/i.test(
        planAsk,
      ) &&
        !/\bplan for (?:the |my )?(?:(?:first|last|final|next) (?:run|km|kilometre|station)|run \d|roxzone|race day|the race|it)\b/i.test(planAsk)),
  );
  // "3 days: mon wed fri, make me a 3 day split", "6 days a week but only mon wed fri, how do i fit it in?": with the days
  // given, fitting or splitting the week is asking for it.
  add(
    'plan',
    facts.trainingDays !== undefined &&
      (facts.sessionsPerWeek !== undefined || facts.hoursPerWeek !== undefined) &&
      /\bfit (?:it|them|everything|that|this|it all|all of it) in\b|\b(?:\d|two|three|four|five|six)[- ]day split\b|\bspread (?:it|them|my|the)\b|\b(?:lay|set) (?:it|them) out\b/i.test(
        planAsk,
      ),
  );
  // "how many times a week should i run? i train 5 days total": the runs of the member's week, which the week plan counts.
  add(
    'plan',
    (facts.sessionsPerWeek !== undefined || facts.hoursPerWeek !== undefined) &&
      /\bhow (?:many times|often|many days)\b[^.?!]{0,40}\brun\b|\bhow many runs\b/i.test(askedText(q)),
  );
  // "lose weight", "I'm 120 kg": the member's body weight, not a race load; and only what the message asks.
  // …and only the clause that asks ("the sled push weight scares me, how do i get stronger" is not asking for the weights).
  const asking = askingClause(q);
  const aboutLoads = TRAINING_LOAD_ASK.test(askedText(q)) ? '' : withoutBodyWeight(asking);
  // Kit the member does not have ("no watch allowed on me, it died lol, so pacing by feel only") is not what the question
  // is about, as with stations, unless the clause that asks names it ("no carbon shoes, do i need them?").
  const withoutLacking = q.replace(LACKS, ' ');
  const gearAsked = INTENT_WORDS.find(([i]) => i === 'gear')![1].test(asking);
  for (const [intent, re] of INTENT_WORDS.slice(3))
    add(
      intent,
      re.test(
        intent === 'standards' ? aboutLoads : intent === 'doubles' ? q.replace(TWO_A_DAY, ' ') : intent === 'gear' && !gearAsked ? withoutLacking : q,
      ),
    );
  // "sled push on carpet feels like pushing a car, body position?": the surface is where, the station's technique is what is asked.
  if (
    facts.intents.includes('logistics') &&
    facts.stations.length > 0 &&
    STATION_TECHNIQUE_ASK.test(askedText(q)) &&
    !INTENT_WORDS.find(([i]) => i === 'logistics')![1].test(q.replace(SURFACE_WORDS, ' '))
  )
    facts.intents.splice(facts.intents.indexOf('logistics'), 1);
  if (facts.team) add('doubles', true);
  if (facts.age !== undefined && facts.age >= 40) add('masters', true);
  add('format', RACE_STRUCTURE.test(q));
  add('station', facts.stations.length > 0 && !facts.intents.includes('workout'));
  if (facts.intents.length === 0) facts.intents.push('general');
  // What the clause that asks is about, when the message also says other things: "i'm fine on the ski erg but my legs die on
  // the row, how should i pace the row?" asks about the row; "my lower back gets tired on the farmers carry, can i wear a
  // lifting belt?" asks about kit.
  if (whole && asking !== clauseText(q) && asking !== q) {
    const own = readQuestion(asking, false);
    facts.askedIntents = own.intents;
    if (own.stations.length > 0 && own.stations.length < facts.stations.length) facts.stations = own.stations;
  }
  return facts;
}
