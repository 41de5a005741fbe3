import { RACE, STATIONS, stationById, type StationStandard } from '../../domain/standards.js';
import { stationsNamed } from '../core/understand.js';

/**
 * Race facts the data answers outright (pure): where a station falls in the order, whether there
 * is a time cap, the minimum age, how Roxzone time is counted. Each answer states only what
 * ../shared/facts/hyrox_facts.md §1 says, so a member asking "what comes after the row?" reads
 * "the Farmers Carry" first instead of a quoted passage that merely mentions the row.
 */

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'] as const;

const work = (s: StationStandard) => (s.reps !== undefined ? `${s.reps} reps` : `${s.distanceM!.toLocaleString('en-GB')} m`);
const at = (s: StationStandard) => `the ${s.name} (station ${s.order}, ${work(s)})`;

/** Asks which of two stations comes first (not "after lunges i die at the wall balls"). */
const ORDER_OF_TWO =
  /\b(before or after|after or before|which (one )?(comes|is|goes) first|(comes?|goes?|is|are) (right |straight |just |directly )?(before|after) (the )?\w)/i;

/** A station named by its place ("the 5th station", "station 3", "the last station"). */
function stationAtPlace(q: string): StationStandard | undefined {
  const m =
    /\b(?:which|what)(?:'?s| is)?\s+(?:the\s+)?(\w+)\s+station\b/i.exec(q) ??
    // "station 5" asked about ("whats station 5?", "station 5 is what?"), not named as the place of something else
    // ("i blew up at station 5 last time, what do i do next time?").
    /\b(?:what|which)(?:'?s| is| was)?\s+(?:one\s+is\s+|is\s+)?station\s+(?:number\s+|no\.?\s*|#\s*)?([1-8])\b(?!\s*(?:km|m|min|kg|reps?|x|×))/i.exec(
      q,
    ) ??
    /^\W*station\s+(?:number\s+|no\.?\s*|#\s*)?([1-8])\b(?:\s+(?:is|=)(?:\s+(?:what|which)(?:\s+one)?)?)?\s*\??\s*$/i.exec(q) ??
    /\b(?:which|what) station is (?:number |no\.? |#)?(\w+)\b/i.exec(q);
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  if (word === 'last' || word === 'final') return STATIONS.at(-1);
  const n = ORDINALS.indexOf(word as (typeof ORDINALS)[number]) + 1 || Number.parseInt(word, 10);
  return Number.isInteger(n) && n >= 1 && n <= STATIONS.length ? STATIONS[n - 1] : undefined;
}

/**
 * "what number station is the farmers carry?", "the row, what position is it?": the station is named in the
 * sentence that asks for the number, not in another clause ("what number would that be and what should i do
 * today (8x500m row planned)" asks for a readiness score).
 */
function numberAskNames(q: string): boolean {
  const m = /\b(what|which) (number|position|place)\b/i.exec(q);
  if (!m) return false;
  const before = q.slice(0, m.index).split(/[?.!]/).at(-1) ?? '';
  const after = q.slice(m.index).split(/[?.!(]|\band\b/i)[0] ?? '';
  return stationsNamed(`${before} ${after}`).length > 0;
}

/** "what comes after the row?", "is the ski before or after the sled push?", "which number station is the carry?". */
function orderParts(q: string): string[] {
  if (/\b(week|session|workout|training|eat|drink|gel|fuel|warm[- ]?up)\b/i.test(q)) return [];
  const named = stationsNamed(q)
    .map((id) => STATIONS.find((s) => s.id === id)!)
    .sort((a, b) => a.order - b.order);
  // Two stations and "is X before or after Y?", "which comes first?": which comes first.
  if (named.length === 2 && ORDER_OF_TWO.test(q)) {
    const [a, b] = named as [StationStandard, StationStandard];
    return [
      `**The ${a.name} comes first**: it is station ${a.order} and the ${b.name} is station ${b.order}${b.order - a.order === 1 ? ', straight after it with a 1 km run between' : `, with ${b.order - a.order} runs of 1 km between them`}.`,
    ];
  }
  // One station and "what comes after / before / next".
  const asksNeighbour =
    // …and "whats the station right after the row", "what's the next one after the sleds", "which exercise do you do after the ski".
    /\b(?:what|which)(?:'?s| is)?\s+(?:the\s+)?(?:next\s+)?(?:station\s+|one\s+|exercise\s+)?(?:do (?:you|i|we) do\s+)?(?:comes?\s+|is\s+|goes\s+|follows\s+)?(?:right\s+|straight\s+|directly\s+|just\s+)?(after|before|next after|following|next to)\b/i.exec(
      q,
    );
  const follows = /\bwhat (?:station )?(follows|precedes)\b/i.exec(q);
  if (named.length === 1 && (asksNeighbour || follows)) {
    const s = named[0]!;
    const after = /after|follow|next/i.test((asksNeighbour ?? follows)![1]!);
    if (after) {
      const next = STATIONS[s.order];
      return next
        ? [`**After the ${s.name} comes a 1 km run, then ${at(next)}.**`]
        : [`**Nothing: the ${s.name} is the 8th and last station, and the race ends there** (each of the ${RACE.runs} runs comes before a station).`];
    }
    const prev = STATIONS[s.order - 2];
    return prev
      ? [`**Before the ${s.name} comes ${at(prev)}, then a 1 km run.**`]
      : [`**The ${s.name} is the first station**: only run 1 (1 km) comes before it.`];
  }
  // "which station is 5th?" / "what's the last station?"
  const placed = stationAtPlace(q);
  if (placed && (named.length === 0 || named[0]!.id === placed.id))
    return [`**Station ${placed.order} is the ${placed.name}** (${work(placed)}), after run ${placed.order}.`];
  // "what number station is the farmers carry?", "where does the row come in the order?"
  if (named.length === 1 && (numberAskNames(q) || /\bwhere (is|does|do)\b[^?]{0,40}\b(come|fall|sit|go)\b[^?]{0,20}\b(order|race)\b/i.test(q))) {
    const s = named[0]!;
    return [`**The ${s.name} is station ${s.order} of ${RACE.stations}**, after run ${s.order}.`];
  }
  return [];
}

/** "is there a time limit?", "whats the cut off", "do they pull you if you're too slow?" */
const TIME_CAP =
  /\btime ?caps?\b|\btime limits?\b|\bcut ?-?off times?\b|\b(is there|what'?s|whats|what is) (a |an |the )?cut ?-?off\b|\bhow long do (you|i|we) (have|get) to finish\b|\b(kick|pull|take)s? (you|me|us) off (the course)?\b|\btoo slow to finish\b/i;
/** "how old do you have to be?", "minimum age", "can a 15 year old do it?" */
const MIN_AGE =
  /\bminimum age\b|\bage (limit|restriction|requirement|minimum)s?\b|\bhow old (do|must|should) (you|i|we|they) (have to |need to )?be\b|\bold enough\b/i;
/** Asks whether someone may enter ("can i do it at 17?"), not how a teenager should train for a race already entered. */
const ENTRY =
  /\b(enter|entry|sign(ed)? up|register|allowed|too young|take part|participate)\b|\bcan (i|he|she|they|we|my (?:\w+ ){1,4}?)(do|race|compete|join)\b/i;
/** "is roxzone part of my run time?", "does the transition count as run time?" */
const ROXZONE_COUNTED =
  /\b(roxzone|transitions?)\b[^?]{0,60}\b(count|counted|part of|included|includ|timed|run time|my time|split)\b|\b(count|counted|part of|included|timed)\b[^?]{0,40}\broxzone\b/i;

/** "is the run before or after each station?", "do you start with a run?", "is there a run at the end?", "do you run again after the wall balls?" */
const RUN_PLACE =
  /\b(?:run|running) (?:again |another (?:1 ?km |lap )?)?after (?:the )?(?:wall ?balls?|last station|final station|8th station)\b|\banother run (?:after|at the end)\b|\b(?:is|are|does|do|comes?)\b[^?]{0,15}\bthe runs?\b[^?]{0,15}\b(?:before|after) (?:each|every|the|a) station|\b(?:start|begin|end|finish)s? (?:with|on) (?:a |the )?run\b|\b(?:a |another )?run at the (?:end|start|finish)\b|\brun (?:first|last)\b[^?]{0,20}\bstation/i;
/** "is hyrox the same everywhere?", "same weights in the usa and uk?", "do the stations change each race?" */
const SAME_EVERYWHERE =
  /\bsame (?:everywhere|worldwide|all over|in (?:every|each|all|the|other) (?:country|countries|race|races|event|events|venue|venues)|at (?:every|each|all) (?:race|event|venue)s?)\b|\b(?:stations?|weights?|loads?|format|order|race)\b[^?]{0,30}\b(?:change|differ|vary|different)\b[^?]{0,25}\b(?:each|every|per|between|by|from) (?:race|races|event|events|country|countries|venue|venues|city|cities)\b|\bsame\b[^?]{0,30}\b(?:usa|us|uk|america|europe|australia|asia|germany|country|countries)\b|\bsame\b[^?]{0,40}\b(?:at|in|for) (?:every|each|all|any) (?:hyrox(?:es)?|races?|events?|venues?|cit(?:y|ies)|locations?)\b/i;
/** "is a time in london comparable to one in dublin?", "are some venues faster?", "can i compare times from different cities?" */
const COMPARE = /\b(?:comparable|compare|comparing|comparison)\b/i;
const PLACES =
  /\b(?:venues?|cit(?:y|ies)|courses?|locations?|different (?:races?|events?|places?|countries))\b|\bin [a-z]+\b[^?]{0,40}\b(?:to|with|vs|and) (?:one |a time |the time |my time )?in [a-z]+\b/i;
const FASTER_VENUE = /\b(?:venues?|courses?|locations?|cit(?:y|ies))\b[^?.!]{0,25}\b(?:faster|slower|quicker|easier|harder)\b/i;
/**
 * "when does the timer stop, when i cross a line or after the wall balls?", "what happens when you finish the last station?",
 * "how does the race end?": the clock stops on the last wall ball.
 */
const CLOCK_STOPS =
  /\bwhen (?:does|do|will) (?:the |my )?(?:clock|timer|time|timing|race)\b[^?]{0,25}\b(?:stop|stops|end|ends|finish|finishes)\b|\b(?:clock|timer)\b[^?]{0,30}\b(?:stops?|stopped|ends?)\b|\bwhat happens (?:when|after|once|at the end)\b[^?]{0,40}\b(?:(?:last|final|8th) station|wall ?balls?|last rep)\b|\bhow (?:does|do) (?:the |a )?(?:race|hyrox) (?:end|finish)\b|\bwhere(?:'?s| is) the finish(?: line)?\b/i;
/** "do we get any breaks between stations or is it non stop?", "is there rest between the runs and stations?": none is scheduled. */
const REST_BETWEEN =
  /\b(?:breaks?|rest|resting|pauses?|recovery|time off)\b[^?.!]{0,25}\bbetween (?:the )?(?:stations?|runs?|each|rounds?|exercises?)\b|\bnon[- ]?stop\b|\b(?:do|can|will) (?:you|we|i) (?:get|have) (?:a |any )?(?:breaks?|rest)\b|\b(?:is|are) there (?:any )?(?:breaks?|rest(?: periods?)?)\b/i;
/** "is run 1 the same length as the others?", "are all the runs exactly 1km?", "why is the last run longer?": distance, not a split's time. */
const RUN_LENGTH =
  /^(?![^]*\b(?:tak(?:e|es|ing)|took|slower|faster|split|pace)\b)[^]*\b(?:run ?[1-8]|first run|last run|final run|(?:all|each|every)(?: of)? (?:the |8 |eight )?runs?|the runs)\b[^?]{0,40}\b(?:same (?:length|distance)|exactly|really (?:1 ?k|1 ?km|a k)|actually (?:1 ?k|1 ?km|a k)|longer|shorter|different (?:length|distance)|(?:1 ?km|1 ?k|1,?000 ?m) each)\b/i;

/** "mass start?", "how many people start at once", "do we all start together?" */
const MASS_START =
  /\bmass start\b|\b(?:all|everyone|every ?body) start(?:s|ing)? (?:together|at once|at the same time)\b|\bhow many (?:people|athletes|racers|of us) (?:race|start|go|run)\b[^?]{0,25}\b(?:same time|at once|together|each wave|per wave|a wave|in a wave)\b/i;

/** "difference between pro and open (apart from weight)?", "pro vs open?" with no station named: only the loads differ. */
export function divisionDifference(q: string): string[] {
  if (stationsNamed(q).length > 0) return [];
  const both = /\bpro\b/i.test(q) && /\bopen\b/i.test(q);
  if (!both || !/\b(?:difference|differ|differs|vs\.?|versus|compared?|apart from|other than|besides|only the weights?)\b/i.test(q)) return [];
  return [
    `**Only the loads differ**: Pro and Open race the same ${RACE.runs} runs of ${RACE.runDistanceM / 1000} km and the same ${RACE.stations} stations in the same order, with the same distances and reps; Pro moves heavier sleds, kettlebells, sandbag and wall ball, while the wall-ball target stays 2.70 m for women and 3.00 m for men. Open needs no qualification, the Elite 15 race at Pro loads, and from the 2026 World Championships age-group slots come from Pro races (except the over-60s and the Regional Open Championships).`,
  ];
}

/** "is it 8 runs or 9 cos of the start", "how many runs are there": the run count (not "how many runs a week"). */
const RUN_COUNT =
  /\b(?:8|9|eight|nine|7|seven) runs? or (?:8|9|eight|nine|7|seven)\b|\bhow many (?:runs|km|kilometres|kilometers|k)\b(?![^?.!]{0,20}\b(?:a|per|each|every) (?:week|day)\b)(?=[^?.!]{0,30}\b(?:race|hyrox|in (?:it|total)|altogether|are there|is it|do you|do we)\b)/i;

/**
 * "farmers carry distance, 200m?", "burpee broad jump 80m or 100m?": a station's distance or reps said back, confirmed or
 * corrected from the standards (the same in every division).
 */
function workConfirm(q: string): string[] {
  const named = stationsNamed(q);
  // "still 75 or is it 100 now?" asks about a rule change, which the season rules answer.
  if (
    named.length !== 1 ||
    !q.includes('?') ||
    TRAINING.test(q) ||
    /\b(still|now|anymore|any more|changed?|this season|new rules?)\b/i.test(q) ||
    // "wall ball strategy for 100 reps?" asks how, with the reps as its context.
    /\b(strategy|how|tips?|pace|pacing|break|split|technique|faster|unbroken|plan|should)\b/i.test(q)
  )
    return [];
  const s = stationById(named[0]!);
  const unit = s.reps !== undefined ? ' reps' : ' m';
  const number = s.reps !== undefined ? String.raw`(\d{2,3}) ?(?:reps?|wall ?balls?)?` : String.raw`(\d{2,4}) ?(?:m|metres|meters)`;
  // The number said back for checking: "200m?", "100 wall balls right?", "80m or 100m?", "is it 50m?".
  const checked = [
    new RegExp(String.raw`\b${number}(?=\s*(?:\?|,?\s*(?:right|correct|yeah|isn'?t it)\b))`, 'gi'),
    new RegExp(String.raw`\b${number}\s+or\s+${number}`, 'gi'),
    new RegExp(String.raw`\b(?:is|are) (?:it|they|the [a-z]+(?: [a-z]+){0,2}) ${number}(?![\w.])`, 'gi'),
  ];
  const said = [...new Set(checked.flatMap((re) => [...q.matchAll(re)].flatMap((m) => m.slice(1).filter(Boolean).map(Number))))];
  if (said.length === 0) return [];
  const actual = s.reps ?? s.distanceM!;
  const work = `the ${s.name} station is ${actual}${unit} in every division`;
  if (!said.includes(actual)) return [`**No: ${work}** (not ${said.map((n) => `${n}${unit}`).join(' or ')}).`];
  return [said.length === 1 ? `**Yes: ${work}.**` : `**${work[0]!.toUpperCase()}${work.slice(1)}.**`];
}
const TRAINING = /\b(session|workout|training|train|practice|practise|week|emom|amrap|intervals?|sets?|in the gym)\b/i;

export function raceFactParts(q: string, age: number | undefined): string[] {
  const order = orderParts(q);
  if (order.length > 0) return order;
  const confirm = workConfirm(q);
  if (confirm.length > 0) return confirm;
  if (RUN_COUNT.test(q) && !TRAINING.test(q))
    return [
      `**${RACE.runs} runs of ${RACE.runDistanceM / 1000} km**: the race starts with run 1 and alternates run and station, ending with the Wall Balls, so there are ${RACE.runs} runs (${(RACE.runs * RACE.runDistanceM) / 1000} km) and ${RACE.stations} stations, with no extra run at the start or after the last station.`,
    ];
  if (RUN_PLACE.test(q) && !/\b(session|workout|week|training|brick|sim(ulation)?)\b/i.test(q)) {
    const asksEnd =
      /\b(?:end|finish|after (?:the )?(?:wall ?balls?|last station|final station|8th station))\b/i.test(q) &&
      !/\b(?:start|begin|before or after|each station|every station)\b/i.test(q);
    if (!asksEnd)
      return [
        `**Every station comes after a 1 km run**: the race starts with run 1, then the SkiErg, and alternates run and station ${RACE.runs} times; it ends with the Wall Balls (station ${RACE.stations}), so there is no run after the last station.`,
      ];
    // "is there a run after the wall balls?" is answered "No"; "does it finish on the wall balls or is there another run?"
    // offers both, so a bare "No" would deny the first: the format's sentence on how the race ends answers it instead.
    if (!/\bor\b/i.test(q))
      return [
        `**No: the race ends with the Wall Balls, and no run follows them.** The clock stops when your last wall ball hits the target; each of the ${RACE.runs} runs of 1 km comes before a station, starting with run 1 before the SkiErg.`,
      ];
  }
  // The Roxzone's own timing is its rule's answer ("does the clock stop in the roxzone?").
  const raceDay =
    !/\b(?:roxzone|transitions?)\b/i.test(q) &&
    !/\b(session|workout|week|training|train|sim(ulation)?s?|practice|practise|emom|amrap|intervals?|in the gym)\b/i.test(q);
  if (CLOCK_STOPS.test(q) && raceDay)
    return [
      `**The clock stops when your last wall ball hits the target**: the Wall Balls are station ${RACE.stations}, the last, and no run follows them. The clock started at the start line and ran without a break through all ${RACE.runs} runs, ${RACE.stations} stations and the Roxzone transitions between them.`,
    ];
  if (REST_BETWEEN.test(q) && raceDay && !/\bhow long\b|\bshould (?:i|we)\b/i.test(q))
    return [
      `**No scheduled rest: Hyrox is non-stop.** The clock runs from the start line until your last wall ball hits the target, through all ${RACE.runs} runs, ${RACE.stations} stations and the Roxzone transitions between them; you may walk or pause whenever you need to, but the time keeps counting.`,
    ];
  if (RUN_LENGTH.test(q) && raceDay)
    return [
      '**Each run is 1 km on paper, but they are not all exactly alike**: run 1 can differ in length from the others, and the final run often includes the walk to the wall-ball area, which counts as run time. How many laps make up each kilometre depends on the venue, so check the course map in your athlete guide.',
    ];
  if (((COMPARE.test(q) && PLACES.test(q)) || FASTER_VENUE.test(q)) && raceDay)
    return [
      `**Roughly, not exactly.** Every Hyrox has the same format (${RACE.runs} runs of 1 km and the same ${RACE.stations} stations in the same order, with loads set by division and season, not by venue), so a finish time says a lot about fitness wherever it was set. But venues differ in ways that move times: the floor (carpet or turf) changes how heavy the sleds feel, the number of laps and 90° turns per kilometre and a crowded course slow the runs, and run 1 and the last run are not exactly 1 km. One athlete ran 31:02 of running in total at London and 32:27 a week later on the four-lap Los Angeles course, so compare splits run by run and station by station, and read a gap of a minute or so between two venues as possibly the course, not the athlete.`,
    ];
  if (SAME_EVERYWHERE.test(q) && !/\b(session|workout|training|week)\b/i.test(q))
    return [
      `**${/\b(change|differ|vary|different)\b/i.test(q) ? 'No' : 'Yes'}: the format is the same at every Hyrox race**: the same ${RACE.runs} runs and ${RACE.stations} stations in the same order, with loads set by division and season in the rulebook, not by country or venue. What differs between venues is the floor (carpet or turf), which changes how heavy the sleds feel.`,
    ];
  if (MASS_START.test(q))
    return [
      "**No mass start: Hyrox starts athletes in waves**, each with its own start time, and you must start in the wave you were given (starting in the wrong wave is a disqualification under the 2025/26 rules). How many athletes go in a wave and how far apart waves start varies by event: your event's athlete guide gives your wave time.",
    ];
  if (TIME_CAP.test(q) && !/\b(session|workout|amrap|emom|wod)\b/i.test(q))
    return [
      '**There is no time cap in Hyrox**: every finisher gets a time, so for a first race finishing is the first goal, at whatever pace that takes.',
    ];
  // "16 year old here, can i do pro division?" asks about the division, which the divisions answer gives.
  const teen = age !== undefined && age < 18 && ENTRY.test(q) && !/\b(pro|open|elite|doubles|relay|divisions?)\b/i.test(q);
  if (MIN_AGE.test(q) || teen) {
    if (age !== undefined && age < 16)
      return [`**The minimum age is 16**, so a ${age}-year-old cannot enter yet; check the event's athlete guide for how age is counted.`];
    if (age !== undefined && age < 18)
      return [`**Yes: the minimum age is 16**, so a ${age}-year-old can enter; the youngest individual age group is 16–24.`];
    return ['**The minimum age is 16**; the youngest individual age group is 16–24.'];
  }
  if (ROXZONE_COUNTED.test(q))
    return [
      `**Roxzone is timed separately from the runs and the stations, and it counts in your total finish time**: it is the transition time from the end of a run into a station, setting up, and back out to the next run, ${RACE.transitions} times a race. The final run often includes the walk to the wall-ball area, which counts as run time, not Roxzone.`,
    ];
  return [];
}
