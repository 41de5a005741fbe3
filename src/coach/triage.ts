import { foldText, normalise } from './normalise.js';
import {
  JOINT_PATTERNS,
  MILD_PAIN_FLAG,
  STRAIN_FLAG,
  STRONG_OVERREACHING,
  TENDON_STIFF_FLAG,
  TRIAGE_RULES,
  type Joint,
  type TriageCategory,
} from './triage-rules.js';
import { referralFor, trainingBackPain, whenCleared } from './triage-text.js';
import { ASKS_HOW_TO_TELL, askedText, readQuestion } from './core/understand.js';
import { wantsYesNo } from './core/verdict.js';

export type { Joint, TriageCategory } from './triage-rules.js';

/** What a coaching answer must not contain once a question has been triaged. */
export type TriageConstraint =
  | { kind: 'no_training' }
  | { kind: 'no_dose' }
  | { kind: 'no_load'; joint: Joint | 'affected area' }
  | { kind: 'deload' }
  | { kind: 'no_weight_targets' }
  | { kind: 'rest_while_ill' }
  | { kind: 'ease_load' };

/**
 * The structured verdict both writers use. `ok`: coach normally. `off_topic`: redirect.
 * `refer`: put `referral` first; when `replace` is false, a normal coaching answer may follow
 * it as long as it keeps to `constraints` (see `screenReply`).
 */
export interface TriageVerdict {
  kind: 'ok' | 'off_topic' | 'refer';
  categories: TriageCategory[];
  flags: string[];
  joints: Joint[];
  /** Markdown: no diagnosis, no dose; who to see; what training is safe meanwhile. Empty when ok. */
  referral: string;
  constraints: TriageConstraint[];
  /** Answer with the referral alone (red flags, doping, pregnancy, disordered eating). */
  replace: boolean;
  /** A sign of an acute or worsening injury in the message (sharp, shooting, worse, weeks, at night, down one leg…). */
  acute?: boolean;
  /** The pain named is someone else's (a doubles partner's knees): an aside to the member's question unless acute. */
  thirdParty?: boolean;
  /** Why an `off_topic` question reads so (see OffTopicReason); set exactly when kind is off_topic. */
  offTopic?: OffTopicReason;
}

/** Categories whose answer is the referral alone: no coaching answer may follow it. */
// Illness replaces it too: the neck check is the whole answer, and a session for today ("interval day, go?") must not follow.
// A known condition (the heart, heart medicine, a replaced joint) is answered by its own text: the clinician's limits, what to ask, when to stop.
// Lost or irregular periods (REDs) too: the doctor comes first, and no coaching section may follow it with a deficit or a week.
const REPLACING: ReadonlySet<TriageCategory> = new Set([
  'crisis',
  'red_flag',
  'doping',
  'pregnancy',
  'eating_disorder',
  'reds',
  'illness',
  'condition',
]);
const ORDER: TriageCategory[] = [
  'crisis',
  'red_flag',
  'doping',
  'pregnancy',
  'eating_disorder',
  'reds',
  'condition',
  'injury',
  'niggle',
  'postpartum',
  'illness',
  'medication',
  'low_energy',
  'overreaching',
];

// Training, racing and race-day words: a question with none of them (and no body part) is off topic.
// In a Hyrox group most short questions are about Hyrox ("how heavy is it?", "is it indoors?"), so the list is wide.
const DOMAIN =
  /\b(hyrox|train|training|ran\b|(?<![$£€])\d{1,2} ?x ?\d{1,4} ?(?:k|km|m)\b|overtrain\w*|over-?reach\w*|workout|session|run|running|race|racing|go(ing)? out (too )?(fast|hard|hot)|too (fast|slow)|km|mile|pace|pacing|paced|sled|ski|row|sandbag|kettlebell|dumbbell|pro\b|pros\b|elite|compet|podium|rest\b|rest days?|\d+ ?(kg|kgs|kilos?|lbs?|pounds)\b|pounds\b|lbs?\b|sims?\b|simulation|days? off|faster|fitter|fit\b|stronger|grip|heavy|wear|headphones|hard\b|harder|finish|time|first[- ]timer|too old|sign up|breath|cramp|heat\b|hot\b|foam roll|yoga|pilates|swim|cycl|bike|ice bath|cold plunge|sauna|massage|beetroot|juice|calorie|world record|indoors|outdoors|time limit|burpee|lunge|wall ?ball|farmer|carry|station|roxzone|rpe|strength|squat|deadlift|lift|interval|emom|amrap|tempo|threshold|zone|vo2|heart rate|hr\b|hrv|hrmax|hrr\b|rhr\b|mhr\b|karvonen|bpm|resting|pulse|beats|readiness|whoop|oura|garmin|watch|strava|recover|sleep|protein|carb|nutrition|eat|food|meal|breakfast|drink|fluids?|sweat|electrolyte|sodium|gels?|fuel|calorie|kcal|diet|supplement|creatine|caffeine|hydrat|taper|deload|injur|sore|tired|fatigue|coach|plan|program|week|weeks|benchmark|test|time trial|5k|10k|marathon|crossfit|gym|cardio|endurance|muscle|mobility|stretch|warm ?up|cool ?down|pb\b|pr\b|split|division|doubles|relay|fitness|exercise|log|profile|venue|wave|bag ?drop|course|check[- ]?in|bib|wristband|lockers?|timing chip|chip\b|parking|toilets?|beginners?|newbie|novice|day before|night before|walk(ing)?\b|throw(ing)? up|vomit|puk(e|ing)|hotel|accommodation|in advance|wife|husband|girlfriend|boyfriend|partner|age categor|[1-3] [0-5]\d\b|asthma|diabet|medical condition|sick\b|nause|where (do|should) i (even )?start|get(ting)? started|how long (does|will) it take|vibe|atmosphere|cheer|crowd|showers?|changing rooms?|race (pack|number)|spectat|athlete guide|start (?:line|time|wave|pen|corral)|briefings?|the start\b(?! of)|race kit|shoes?|trainers|gloves|chalk|lifting belt|knee sleeves?|no[- ]?rep|judge|penalt|nerv|anxious|motivat|mental|age group|masters|panic|overtak|passing me|confiden|scared|fear\b|self[- ]talk|focus|overweight|obese|stitch|side ache|compression|weight(ed)? vest|music|hangover|qualif|enter|entry|entries|register|registration|tickets?|minimum age|how old|world champ|championships?|elite 15|bbjs?|visuali|imagery|cue words?|plyo|jumps?|sprints?|hills?|strides?|cadence|technique|drills?|ergs?|rower|rowing|treadmill|parkrun|hiit|class(es)?|reps?\b|repeats?\b|\d ?km\b|sets?\b|fast\b|slow\b|steady|effort|legs?\b|arms?\b|shoulders?|grip|pee\b|wee\b|loo\b|dq\b|dq'?d|disqualif|acwr|workload|training load|monotony|anabolic|bcaas?|fat burners?|pre-?workout|whey|shakes?\b|vitamins?|magnesium|iron (?:levels?|tablets?|supplements?)|energy drinks?|callus\w*|blisters?|rope pulls?|ripped (?:my |both )?(?:hands?|palms?))/i;

/** Other subjects: off topic even with a generic word from the list ("what time does the champions league final start?"), unless Hyrox is named. */
const ELSEWHERE =
  /\b((?:recommend|suggest|know|find)\b[^.?!]{0,30}\b(?:restaurants?|cafes?|places? to eat|pubs?|takeaways?)\b|(?:restaurants?|places? to eat|cafes?) (?:near|around|close to|by)\b|cover letter|resume|cv\b|job|essay|homework|crypto|bitcoin|stocks?|invest\w*|football|soccer|champions league|premier league|nba|nfl|world cup|weather|forecast(?! (?:my|a|the|your) (?:finish|time|race|result|split)s?\b)|poem|song|lyrics|capital of|president|election|politic\w*|movie|(?<!\bto )film\b|tv show|netflix|dating advice|wedding|birthday party|python|javascript|translate|recipe for (?!(a |my )?(pre-?race|race|recovery)))/i;
/** Creative writing is not coaching, whatever it is about ("write me a poem about hyrox"). */
const CREATIVE =
  /\b(write|compose|make|give|draft)\b[^.?!]{0,20}\b(poem|song|lyrics|rap|haiku|limerick|story|joke|speech|toast|eulogy|essay|cover letter|wedding vows)s?\b|\btell me a joke\b/i;
/** Writing software is not coaching either, whatever it is for ("write me a python script that scrapes hyrox results"). */
const CODING =
  /\b(write|code|build|make|give|create)\b[^.?!]{0,25}\b(script|code|scraper|bot|app|website|web ?site|spreadsheet formula|macro|sql|python|javascript)\b|\b(python|javascript|typescript|sql|excel formula)\b[^.?!]{0,25}\b(script|code|query|function)\b/i;
/** Choosing a phone, laptop or car is shopping, not race kit ("help me pick a phone with a good camera for race pics"). */
const SHOPPING =
  /\b(pick|choose|buy|recommend|get)\b[^.?!]{0,25}\b(phone|laptop|tablet|camera|tv|car)\b|\b(iphone|pixel \d|samsung galaxy|macbook|laptop)\b/i;
const HYROX_NAMED =
  /\b(hyrox|sled|ski ?erg|wall ?balls?|burpees?|lunges?|roxzone|farmers? carry|rpe|taper|deload|bag ?drop|athlete guide|start wave|(?:on|along) the course|the stands|spectat\w*)\b/i;

/**
 * Training said outright: "had 5 beers at a wedding, long run today or skip?", "new job is stressful, should i cut
 * training?", "hot weather, how should i change my pacing?" are coaching questions whatever else they mention.
 */
const TRAINING_ASKED =
  /\b(train|training|trained|workouts?|sessions?|long run|intervals?|pacing|my pace|treadmill|deload|taper|under the weather|beers?|alcohol|hungover|hangover|pints?)\b/i;

/** Words that make a pain mild and training-related ("a dull ache next day", "a bit sore after sleds", "niggling", "how do i stop it"). */
const MILD =
  /\b(dull|ach(e|es|y|ing)|sore|soreness|niggl\w*|tight|stiff|a bit|a little|slight(ly)?|mild(ly)?|next day|day after|the morning after|how (do|can) i (stop|prevent|avoid)|flar(e|es|ed|ing)( up| ups)?|flare-?ups?|hates?|complain\w*|grumbl\w*|(osteo)?arthrit\w*)\b/;
/** Signs of more than a training ache: sharp or worsening pain, swelling, a pop, numbness, giving way, weeks of it, a fall or twist. */
const ACUTE =
  /\b(sharp|stabb\w*|shoot\w*|swell\w*|swollen|puff\w*|pop\w*|snap\w*|numb\w*|tingl\w*|pins and needles|weak(ness)?|lock\w*|gave way|giv(es|ing) way|can'?t|cannot|unable|limp\w*|worse|worsening|getting worse|weeks|months|every (run|day|session)|constant\w*|all the time|kill\w*|agony|excruciating|throb\w*|twist\w*|rolled|fell|fall|landed|bruis\w*|radiat\w*|(down|into) (my|the|his|her|one) ((left|right|other) )?(leg|buttock|bum)|at night|at rest)\b/;

/** Weeks or months the member proposes to rest or take off ("should i rest it completely for a couple weeks?"): not how long it has hurt. */
const REST_SPAN =
  /\b(?:rest|resting|off|break|stop|stopping|pause)\b[^.?!]{0,25}\bfor (?:a |the )?(?:couple (?:of )?|few |\d+ |two |three |four )?(?:weeks|months)\b|\b(?:a |the )?(?:couple (?:of )?|few |\d+ |two |three |four )(?:weeks|months) (?:off|of rest|rest)\b/g;

/** What provokes it ("sled pushes seem to make it worse", "skierg aggravates it"): a load to ease, not a pain getting worse over time. */
const PROVOKED = /\b(?:make|makes|made|making|aggravat\w*|flares?) (?:it|them|the pain|that)(?: a bit| slightly| a little)? worse\b/g;

/** "heel is agony first thing when i get out of bed": the first-steps pain of plantar heel pain or a stiff achilles, its own section's pattern. */
const FIRST_STEPS = /\b(?:agony|kill\w*|excruciating)\b(?=[^.?!]{0,40}\b(?:first thing|in the mornings?|out of bed|first steps?|first few steps)\b)/g;
const FOOT_OR_TENDON = /\b(?:heels?|plantar|fasci\w*|arch(?:es)?|achilles)\b/;

/**
 * How far off the race or a plan is ("race in 5 weeks", "hyrox in 8 wks", "6 weeks out", "12 weeks to go", "a 16 week plan"):
 * time to come, not how long it has hurt.
 */
const FUTURE_SPAN =
  /\b(?:in|within) (?:a |the )?(?:couple (?:of )?|few |\d+ |two |three |four |five |six |seven |eight |nine |ten |twelve )?(?:weeks|wks|months)(?: time)?\b|\b(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|twelve) ?(?:weeks|wks|months|-week|-month) (?:out|away|to go|left|until|till|til|before|from|plan|program(?:me)?|block|build)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)[- ](?:week|wk|month) (?:plan|program(?:me)?|block|build)\b/g;

/** Phrases that contain a symptom word but say the opposite ("pain-free", "no pain"). */
const NEGATED =
  /\b(pain ?free|no (more )?pain|without (any )?pain|zero pain|(doesn'?t|does not|don'?t|didn'?t|not|never) hurt(s|ing)?|back (end|half|straight|flat)|back (of|to) the (race|pack)|(?:get|got|getting|gets|bring|win|gain|want) (?:it|them|that) back|(?:get|got|getting|gets|bring|win|gain|want) (?:my |the |some |her |his |their )?(?!(?:back|my|the|some|her|his|their|it)\b)\w+ back|(?:come|coming|came|bounce|bouncing|bounced) back|back (?:into|to|in|on) (?:training|running|it|the gym|racing|hyrox|form|shape)|(?:back|ease|easing|backing|eased|backed) off\b|(?:no|not|without|zero|never|nor|isn'?t|wasn'?t) (?:any |really |much |visible |obvious )?(?:swelling|swollen|swell|puffiness|puffy))\b/g;

/** Torn skin on the hands or feet ("tore a callus", "ripped my hands open"): a small wound, not a torn muscle or tendon. */
const SKIN_TEAR =
  /\b(?:tore|torn|tear|teared|ripped|rip|split|ruptured)\s+(?:(?:a|my|the|open|off|both|one|of)\s+){0,2}(?:callus(?:es)?|calluses|blisters?|skin|palms?|hands?)\b(?:\s+open\b)?|\b(?:torn|ripped|split) (?:callus(?:es)?|blisters?|skin)\b/g;

/** Taking something so a pain is not felt ("so i dont feel it", "mask the pain", "get me through the race"). */
const MASKING =
  /\b(?:(?:do ?n[o']?t|wo ?n[o']?t|can ?n[o']?t|not|never) (?:feel|notice) (?:it|the pain|anything|my \w+)|mask(?:s|ing)? (?:the |my )?(?:pain|injury|it)|numb (?:the |my )?(?:pain|it)|get (?:me )?through (?:the )?(?:race|pain|sleds?|it))\b/;

/** A body part named plainly, on folded text (apostrophes gone: "my mums knees"). */
const BODY_PART =
  '(?:knee|kneecap|back|lower back|hip|ankle|achilles|foot|feet|heel|shin|calf|calves|hamstring|hammy|shoulder|elbow|wrist|neck|joint)s?';
/** Someone else the member races or trains with. */
const OTHER_PERSON =
  '(?:mum|mom|mam|mother|dad|father|husband|hubby|wife|partner|girlfriend|boyfriend|gf|bf|fiance|fiancee|friend|mate|buddy|brother|sister|son|daughter|teammate|team mate|client|grandad|grandpa|grandma|nan|uncle|aunt|auntie|colleague)';
/**
 * The pain is someone else's ("my mum has dodgy knees", "my husbands achilles", "she tweaked her knee"): folded text.
 * The member's own joint said anywhere ("my knee", "i have a bad back") keeps it theirs.
 */
const OTHERS_PAIN = new RegExp(
  `\\b(?:her|his|their|${OTHER_PERSON}s)\\s+(?:\\S+\\s+){0,3}?${BODY_PART}\\b|\\b(?:${OTHER_PERSON}|she|he|they)\\s+(?:has|have|had|has got|got|gets|is|s|suffers|struggles|with)\\s+(?:\\S+\\s+){0,3}?${BODY_PART}\\b`,
);
const OWN_PAIN = new RegExp(
  `\\bmy\\s+(?:(?:left|right|lower|upper|bad|dodgy|sore|achy|both|poor|old)\\s+)?${BODY_PART}\\b|\\bi\\s+(?:have|ve|got|ve got|have got|had)\\s+(?:\\S+\\s+){0,2}?${BODY_PART}\\b`,
);

/** The pain in the message belongs to someone else the member mentions, not to the member (folded text). */
export function othersPain(folded: string): boolean {
  return OTHERS_PAIN.test(folded) && !OWN_PAIN.test(folded);
}

/** Caffeine at or above 9 mg/kg brings side effects and no extra benefit (ISSN 2021). */
function extremeStimulant(folded: string): boolean {
  if (!/\b(caffeine|pre ?workout|caffeine pills?|no ?doz)\b/.test(folded)) return false;
  const perKg = [...folded.matchAll(/(\d+(?:\.\d+)?) ?mg ?(?:per |a )?kg\b/g)].some((m) => Number(m[1]) >= 9);
  const total = [...folded.matchAll(/(\d+(?:\.\d+)?) ?(mg|milligrams?|g|grams?)\b/g)].some(
    (m) => (m[2]!.startsWith('g') ? Number(m[1]) * 1000 : Number(m[1])) >= 1000,
  );
  return perKg || total;
}

/**
 * Dieting: a cut, a diet, a deficit or a low daily calorie figure ("cutting at 1800kcal", "dieting", "in a deficit"), or weight
 * or fat being lost on purpose ("trying to cut weight", "losing weight", "leaning out", "on a cut").
 */
const DIETING =
  /\b(?:cutting(?! (?:my|the|a|back|down|out|short|it|them|runs?|sessions?)\b)|(?:cut|cutting|lose|losing|drop|dropping|shed|shedding|shift|shifting) (?:some |the |a bit of |a few )?(?:weight|body ?fat|fat|kilos|kgs?|pounds|lbs)|lean(?:ing)? out|on a cut|dieting|on a diet|in a (?:calorie |caloric )?deficit|calorie deficit|low[- ]?cal(?:orie)?s?|(?:[5-9]\d\d|1\d\d\d|2[0-2]\d\d) ?(?:kcals?|cals?|calories))\b/i;
/** Feeling empty in training ("feel dead", "every session feels awful", "no energy"). */
const DRAINED =
  /\b(?:dead|awful|terrible|horrible|exhausted|tired|wrecked|drained|flat|knackered|shattered|destroyed|cooked|empty|weak|dizzy|light-?headed|rubbish|crap|sluggish|fatigu\w*|no energy|low energy|zero energy|can'?t recover|not recovering)\b/i;

/** The member says they are well again ("feel ok now", "fully recovered", "got over it"). */
const ILLNESS_OVER =
  /\b(?:feel(?:s|ing)?|i'?m|im|i am)\s+(?:ok|okay|fine|better|good|normal|alright|all right|recovered|back to normal)\s+(?:now|again)\b|\b(?:fully|completely) recovered\b|\b(?:got|am|i'?m|im) over it\b/i;
/** A sign of illness said as present or lasting. */
const STILL_ILL =
  /\bstill\b|\bfever|\btemp(?:erature)?\b|\bcough|\bchest\b|\baches?\b|\bshiver|\bbreath|\bdizz|\bfaint|\bpalpitation|\bcovid\b|\b(?:now|currently|today) (?:have|got)\b/i;

/** A clinician has already seen it ("my physio diagnosed…", "cleared by my doctor"). */
const CLINICIAN_SEEN =
  /\b(physio|physiotherapist|doctor|gp|surgeon|consultant|sports doc)\b[^.?!]{0,40}\b(diagnos\w*|said|says|told|cleared|confirmed|thinks)\b|\b(diagnosed|cleared) by\b/i;

/** "will it kill my knees", "is running going to kill my back": a worry about harm, not pain felt now. */
const WORRY_KILL = /\b((?:will|would|could|might|going to|gonna)\b[^.?!]{0,30}?)\bkill\b/gi;

/**
 * Why a question reads as off topic by its words: `task`, it asks for writing, code or shopping, whatever it is about;
 * `subject`, it names another subject (football, a job, the weather) and neither Hyrox nor training; `words`, it has none
 * of the training, racing and race-day words. Null: on topic. The pipeline reads the knowledge base for `words` and
 * `subject` (a question that fits a section's asked questions is on topic), never for `task`.
 */
export type OffTopicReason = 'task' | 'subject' | 'words';

function offTopicOf(question: string, folded: string, text: string): OffTopicReason | null {
  if (
    CREATIVE.test(folded) ||
    CODING.test(folded) ||
    (SHOPPING.test(folded) && !/\b(in|during|at|into|on) (the )?(race|course|station)\b/i.test(folded))
  )
    return 'task';
  if (ELSEWHERE.test(folded) && !HYROX_NAMED.test(folded) && !TRAINING_ASKED.test(folded)) return 'subject';
  const domain =
    DOMAIN.test(folded) ||
    JOINT_PATTERNS.some(([, re]) => re.test(text)) ||
    // What the understanding step reads as a coaching intent ("beta alanine yes or no", "when do i get into the start pen").
    readQuestion(question).intents.some((i) => i !== 'general') ||
    /\b(heart|chest|legs?|knees?|back|hips?|ankles?|shoulders?|hamstrings?|calf|calves|pain|hurts?|sore)\b/.test(folded);
  return domain ? null : 'words';
}

/** The text the triage reads: folded, negations out, "will it kill my knees" a worry, a torn callus skin not a tendon. */
function triageFold(question: string): string {
  return foldText(question).replace(NEGATED, ' ').replace(WORRY_KILL, '$1 harm').replace(SKIN_TEAR, ' callus wound ');
}

/**
 * Triage of a question (pure): normalises the text (NFKC, look-alike letters, punctuation inside
 * words, plurals and verb forms), then matches the rule tables. Never diagnoses; it only decides
 * who the athlete should see and what the answer may still contain.
 */
export function triageQuestion(question: string): TriageVerdict {
  // "will the running kill my knees?" worries about the future; "my knees are killing me" is a symptom now.
  const folded = triageFold(question);
  const text = normalise(folded);
  // "my physio diagnosed a hamstring strain": the clinician has seen it, so the knowledge base's rule (work inside their plan) answers.
  const seen = CLINICIAN_SEEN.test(folded);
  // "had a stomach bug mon-tues… feel ok now": an illness that is over is the return from it (the knowledge base's
  // "come back easy"), not a reason to rest now; any sign still present ("still coughing", "a temp") keeps it.
  const over = ILLNESS_OVER.test(folded) && !STILL_ILL.test(folded);
  const hits = TRIAGE_RULES.filter(
    (r) => r.patterns.some((p) => p.test(text)) && !(seen && r.flag === STRAIN_FLAG) && !(over && r.category === 'illness'),
  );
  // "how do i know if im overtraining vs just tired?" asks how to tell: the word alone is no sign (the knowledge base's signs answer it).
  const asksHowToTell = ASKS_HOW_TO_TELL.test(folded);
  const overreaching = hits.filter((h) => h.category === 'overreaching' && !(asksHowToTell && h.flag === STRONG_OVERREACHING));
  // One sign of over-reaching counts only when it is the strong one or comes with another.
  const overreached = overreaching.length >= 2 || overreaching.some((o) => o.flag === STRONG_OVERREACHING);
  const counted = hits.filter((h) => h.category !== 'overreaching' || (overreaching.includes(h) && overreached));
  if (extremeStimulant(folded)) counted.push({ category: 'doping', flag: 'stimulants above safe limits', patterns: [] });
  // Dieting and feeling empty in training: too little energy for the load comes first (the knowledge base's energy availability).
  // Periods lost with signs of disordered eating: that referral leads and names the periods (one answer, not two).
  const disordered = counted.some((h) => h.category === 'eating_disorder');
  for (const h of counted.filter((c) => c.category === 'reds' && disordered))
    counted.splice(counted.indexOf(h), 1, { ...h, category: 'eating_disorder' });
  if (DIETING.test(folded) && DRAINED.test(folded) && !counted.some((h) => h.category === 'eating_disorder' || h.category === 'reds'))
    counted.push({ category: 'low_energy', flag: 'dieting while training hard and feeling drained', patterns: [] });
  // A painkiller taken so the pain is not felt in the race ("so i dont feel it during the sleds") hides an injury: the pain is seen to first.
  // …or to race or train on a named body part ("how much ibuprofen can i take before the race for my back").
  const onAJoint = JOINT_PATTERNS.some(([, re]) => re.test(text)) && /\b(race|racing|train|training|session|sleds?|run|running)\b/.test(folded);
  if (counted.some((h) => h.category === 'medication') && (MASKING.test(folded) || onAJoint) && !counted.some((h) => h.category === 'injury'))
    counted.push({ category: 'injury', flag: 'pain masked with painkillers to race or train', patterns: [] });
  // A mild ache after training ("lower back hurts after the rower, kind of a dull ache next day"), with no sign of an acute
  // injury, is the knowledge base's technique-or-load case: ease the load and see a physio if it does not settle.
  const injuries = counted.filter((h) => h.category === 'injury');
  if (injuries.length > 0 && injuries.every((h) => h.flag === MILD_PAIN_FLAG) && MILD.test(folded) && !ACUTE.test(folded)) {
    for (const h of injuries) counted.splice(counted.indexOf(h), 1, { ...h, category: 'niggle', flag: 'a mild ache after training' });
  }
  const categories = ORDER.filter((c) => counted.some((h) => h.category === c));
  const joints = JOINT_PATTERNS.filter(([, re]) => re.test(text)).map(([j]) => j);
  if (categories.length === 0) {
    const offTopic = offTopicOf(question, folded, text) ?? undefined;
    return {
      kind: offTopic ? 'off_topic' : 'ok',
      categories,
      flags: [],
      joints,
      referral: '',
      constraints: [],
      replace: false,
      ...(offTopic && { offTopic }),
    };
  }
  const replace = categories.some((c) => REPLACING.has(c));
  const constraints: TriageConstraint[] = [];
  if (replace && !categories.every((c) => c === 'illness')) constraints.push({ kind: 'no_training' });
  if (categories.includes('illness')) constraints.push({ kind: 'rest_while_ill' });
  if (categories.some((c) => c === 'medication' || c === 'doping')) constraints.push({ kind: 'no_dose' });
  if (categories.includes('injury')) {
    for (const joint of joints.length > 0 ? joints : ['affected area' as const]) constraints.push({ kind: 'no_load', joint });
  }
  if (categories.includes('niggle') && !categories.includes('injury')) constraints.push({ kind: 'ease_load' });
  if (categories.includes('overreaching')) constraints.push({ kind: 'deload' });
  if (categories.includes('eating_disorder') || categories.includes('reds')) constraints.push({ kind: 'no_weight_targets' });
  const flags = [...new Set(counted.map((h) => h.flag))];
  // "should i skip my blood pressure tablets on race day?" asks about the medicine first: its referral leads the condition's.
  const ordered = categories.includes('medication') ? ['medication' as const, ...categories.filter((c) => c !== 'medication')] : categories;
  const referral = ordered
    .map((c) => referralFor(c, { flags: counted.filter((h) => h.category === c).map((h) => h.flag), joints, question: foldText(question) }))
    .join('\n\n');
  return {
    kind: 'refer',
    categories,
    flags,
    joints,
    referral,
    constraints,
    replace,
    acute: ACUTE.test(
      (FOOT_OR_TENDON.test(folded) ? folded.replace(FIRST_STEPS, ' ') : folded)
        .replace(REST_SPAN, ' ')
        .replace(FUTURE_SPAN, ' ')
        .replace(PROVOKED, ' '),
    ),
    ...(othersPain(folded) && { thirdParty: true }),
  };
}

/** Injury flags that name pain at a joint, or a question about a diagnosis, and no sign of an acute injury. */
const PLAIN_PAIN: ReadonlySet<string> = new Set([MILD_PAIN_FLAG, TENDON_STIFF_FLAG, 'a question about a diagnosis', 'a mild ache after training']);

/**
 * Pain said beside the question, not a sign for a clinician today: an ache, a dodgy joint or a named complaint (no swelling,
 * pop, giving way, fall, sharp or worsening pain, or red flag). Then an answer that is about something else (kit: "got a dodgy knee, can i wear a knee
 * sleeve?"), or a knowledge section written for that very complaint ("heel hurts on my first steps out of bed" → plantar heel
 * pain), leads, and the referral follows it without the generic "no load" rule the section replaces.
 */
export function painInPassing(verdict: TriageVerdict): boolean {
  return (
    verdict.kind === 'refer' &&
    !verdict.replace &&
    verdict.categories.every((c) => c === 'injury' || c === 'niggle') &&
    verdict.flags.every((f) => PLAIN_PAIN.has(f)) &&
    // Sharp, shooting, worsening, weeks-long, night-time or into-one-leg pain is a sign for a clinician, never an aside.
    !verdict.acute
  );
}

/** The joints a section of the health document is titled for ("Achilles and calf pain…" → ankle, calf); none for its general sections. */
function titledJoints(c: { sourceDoc: string; section: string }): Joint[] {
  if (!/health_injury/.test(c.sourceDoc) || /\bred flags\b|\binjury faq\b|\bwhat training is usually safe\b/i.test(c.section)) return [];
  const title = normalise(foldText(c.section));
  return JOINT_PATTERNS.filter(([, re]) => re.test(title)).map(([j]) => j);
}

/** A cited section written for the complaint: the health document's section titled for the painful joint. */
export function sectionForThePain(verdict: TriageVerdict, cited: readonly { sourceDoc: string; section: string }[]): boolean {
  return cited.some((c) => titledJoints(c).some((j) => verdict.joints.includes(j)));
}

/** How much a pain said in passing weighs a candidate section: the one titled for that joint counts more, one for another joint less. */
export const OWN_JOINT_FACTOR = 2;
export const OTHER_JOINT_FACTOR = 0.5;

/**
 * The weight of a candidate section under a pain said in passing (painInPassing): "plantar fascitis flaring, can i still do the
 * sled and rower?" is answered from the heel's section, not from the achilles one that shares "sled" and "worse". 1 otherwise.
 */
export function painSectionFactor(verdict: TriageVerdict, c: { sourceDoc: string; section: string }): number {
  if (!painInPassing(verdict) || verdict.joints.length === 0) return 1;
  const joints = titledJoints(c);
  if (joints.length === 0) return 1;
  return joints.some((j) => verdict.joints.includes(j)) ? OWN_JOINT_FACTOR : OTHER_JOINT_FACTOR;
}

/** The referral that follows such an answer: who to see and when, without the generic "Meanwhile: no load" line. */
export function referralAfter(verdict: TriageVerdict): string {
  const lead = verdict.thirdParty ? 'For their pain (I can only go on what you tell me):\n' : '';
  return (
    lead +
    verdict.referral
      .split('\n')
      .filter((l) => !/^- Meanwhile: no load\b/.test(l))
      .join('\n')
  );
}

/** The answer when the referral stands alone (or when every coaching answer failed the screen). */
export function triageAnswer(verdict: TriageVerdict): string {
  return [verdict.referral, whenCleared(verdict.categories)].filter(Boolean).join('\n\n');
}

/** The prompt line of the over-reaching constraint; the offline writer reads it to leave the week to the referral. */
export const DELOAD_LINE = 'deload: no session above RPE 6 this week';

/** Constraints as plain lines for the LLM prompt's data block ("no load on knee", "no dose"). */
export function constraintLines(verdict: TriageVerdict): string[] {
  return verdict.constraints.map((c) => {
    switch (c.kind) {
      case 'no_training':
        return 'no training advice: refer only';
      case 'no_dose':
        return 'no dose of any drug, medicine or supplement';
      case 'no_load':
        return `no load on the ${c.joint}: offer only work that keeps it unloaded`;
      case 'deload':
        return DELOAD_LINE;
      case 'no_weight_targets':
        return 'no calorie, weight or body-fat targets';
      case 'ease_load':
        return 'mild ache: ease the load that provokes it, fix technique; no training through sharp or worsening pain';
      case 'rest_while_ill':
        return 'ill: no session while the fever or the symptoms below the neck last; easy sessions only once well';
    }
  });
}

const COACHES =
  "I'm Coach K: Hyrox training, racing, pacing, the 8 stations, recovery and fuelling. " +
  'Ask me something like "What should my 1 km splits be for a 1:30 finish?", "Design an EMOM for sled push and wall balls" or ' +
  '"I missed 3 sessions this week — how do I get back on track?"';

export const OFF_TOPIC_ANSWER = `That's outside what I coach. ${COACHES}`;

/** Information that changes by the hour (the weather, scores, news, prices, traffic): Coach K has no live feed to read it from. */
const LIVE_INFO =
  /\b(weather|forecast|temperature (?:outside|tomorrow|today|on)|rain(?:ing)? (?:tomorrow|today|on|this|at the weekend)|who won|scores?\b|results? of the (?:match|game)|news|stock price|share price|exchange rate|traffic)\b/i;
const WEATHER = /\b(weather|forecast|temperature|rain(?:ing)?|sunny|snow(?:ing)?)\b/i;

/**
 * The redirect for an off-topic question. One that asks for live information ("whats the weather gonna be in london
 * saturday? race day") says first that Coach K cannot look it up and where to; a weather question on a race also hears that
 * the race is indoors (the knowledge base's heat section: halls that warm up through the day).
 */
export function offTopicAnswer(question: string): string {
  if (!LIVE_INFO.test(question)) return OFF_TOPIC_ANSWER;
  if (WEATHER.test(question)) {
    const race = /\b(race|racing|hyrox|comp\w*|event)\b/i.test(question)
      ? ' Hyrox is raced indoors, in exhibition halls that warm up through the day, so the weather will not change the course: plan the journey and bring a warm layer for after.'
      : '';
    return `I can't check live weather forecasts, so look at a weather app or your national weather service for that.${race} ${COACHES}`;
  }
  return `I can't check live information such as scores, news, prices or traffic, so look at a live source for that. ${COACHES}`;
}

/**
 * The referral, answering a yes/no question first: "can i test it with an easy run today?" is a "No." before the
 * referral says why, "should i rest it?" a "Yes." (the referral always means easing off).
 */
export function referralAnswer(triage: TriageVerdict, question: string): string {
  const text = triageAnswer(triage);
  // Only where the rule is Coach K's own (no training on an injury or a red flag until checked); pregnancy, medicines
  // and the rest are the clinician's call, not a yes or no from a coach.
  if (!triage.categories.every((c) => c === 'injury' || c === 'red_flag' || c === 'illness') || !wantsYesNo(question, readQuestion(question).form))
    return text;
  // Back pain from training: neither full rest nor the sessions as planned; the referral's "keep moving" opening answers it.
  if (triage.categories.every((c) => c === 'injury') && trainingBackPain({ ...triage, question: foldText(question) })) return text;
  // Under a referral, resting or seeing someone is a yes; any training (even "test it with an easy run") is a no.
  const ask = askedText(question);
  const opening = REST_OR_CHECK.test(ask) ? 'Yes.' : TRAINS.test(ask) ? 'No.' : null;
  return opening ? `${opening} ${text}` : text;
}

const REST_OR_CHECK =
  /\b(rest|skip|stop|pull out|withdraw|sit (it|this) out|take (a|the|some) (day|days|week|time) off|see (a|the|my) (physio|doctor|gp)|get (it )?checked)\b/i;
const TRAINS = /\b(run|running|train|training|test it|do (it|the|my)|keep|still|go|race|racing|lift|lifting|push|carry on|play|jog|session)\b/i;
