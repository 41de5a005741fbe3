import { BAD_RACE_WORDS, LOW_AFTER_RACE, TRAINING_LOAD_ASK, askedText, raceJustRun } from './understand.js';
/**
 * Members' words → the knowledge base's words (pure). A member asks "what time should I get to
 * the venue?" and the section is titled "Race-day timeline"; "I panic and stop every 5 reps" is
 * answered under "Chunking". Each rule names a sub-topic in the member's words and the terms the
 * knowledge writes it in; the terms join the search and the passage weights (half weight), so a
 * knowledge base without those words is unaffected.
 */
/** "race is sunday, should i train saturday?": a weekday and the one before it, one of them the race's. */
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const DAY_BEFORE = new RegExp(
  DAYS.map((day, i) => {
    const before = DAYS[(i + 6) % 7]!;
    const d = `${day.slice(0, 3)}(?:${day.slice(3)})?`;
    const b = `${before.slice(0, 3)}(?:${before.slice(3)})?`;
    return `\\brac(?:e|ing)\\b[^.?!]{0,25}\\b${d}\\b[^]{0,60}\\b${b}\\b|\\b${b}\\b[^]{0,60}\\brac(?:e|ing)\\b[^.?!]{0,25}\\b${d}\\b`;
  }).join('|'),
  'i',
);

/** An ask about when to start pushing in the race ("when should i start going hard?"). */
const START_PUSHING_ASK =
  /\b(?:when|where)\b[^?.!]{0,40}\b(?:start|begin) (?:going hard|pushing|racing|to push|to race|sprinting|emptying)\b|\bwhen (?:should|do|to|can|must) (?:i|you|we) (?:push|go hard|go all[- ]out|pick it up|empty the tank|give it everything|attack)\b/i;
/**
 * "how hard should the runs feel compared to the stations", "pacing by feel only", "rpe for the runs vs the stations", "out of
 * 10 how hard on the runs": the race's effort by part (RPE), not a heart-rate device, the lab study's lactate, nor how easy an
 * easy run is; only for the race ("how hard should my easy runs feel" is the easy-run section's).
 */
const RACE_EFFORT_ASK =
  /^(?=[^]*\b(?:race|racing|hyrox|stations?|on the day)\b)(?![^]*\b(?:easy|long run|training|threshold|intervals?|tempo|zone ?\d|sessions?|workouts?|emoms?|sets?)\b)[^]*(?:\bhow hard\b[^.?!]{0,40}\bfeel\b|\bfeel\b[^.?!]{0,30}\beffort\b|\beffort[- ]?wise\b|\b(?:by|on) feel\b|\brpe\b[^.?!]{0,20}\b(?:runs?|stations?)\b|\bout of (?:10|ten)\b|\bhow hard\b[^.?!]{0,40}\b(?:runs?|stations?)\b[^.?!]{0,30}\b(?:compared|vs\.?|versus|than|and)\b|\b(?:right|correct) (?:speed|pace|effort)\b)/i;
/** "how much slower is run 8 than run 1 for most people", "how much do people's runs fade": the race data on the fade. */
const FADE_DATA_ASK =
  /\bhow much (?:slower|do \w+(?:'s)? (?:runs?|pace|splits?|running) (?:fade|slow|drop)|does \w+(?:'s)? (?:pace|running) (?:fade|drop)|(?:do|does) (?:people|most people|everyone|runners|athletes|\w+)(?:'s)? (?:runs? |pace |splits? )?(?:fade|slow down|drop off))\b|\bhow much\b[^.?!]{0,30}\bfade\b|\b(?:run ?8|last (?:run|km)|later runs)\b[^.?!]{0,30}\b(?:\d+ ?%|percent) slower\b|\b\d+ ?% slower\b[^.?!]{0,40}\b(?:run ?1|first (?:run|km|one))\b/i;

/** "lost a minute on the sled and was rattled for the rest", "how do you deal with a bad station mid race". */
const BAD_STATION_ASK =
  /\b(?:lost|losing|lose|dropped|dropping|leaked?)\b[^.?!]{0,15}\b(?:a minute|\d+ ?(?:s|secs?|seconds|mins?|minutes))\b[^.?!]{0,15}\b(?:on|at|in) the (?:sleds?|ski ?erg|ski|row(?:er)?|burpees?|lunges?|farmers|carry|wall ?balls?|stations?)\b|\bbad station\b|\b(?:rattled|thrown|knocked)\b[^.?!]{0,30}\b(?:rest of|for the rest|after that|mid[- ]?race)\b/i;
/** "whats the point of checking my watch, it stresses me out when im behind". */
const WATCH_STRESS_ASK =
  /\b(?:check\w*|look\w* at|glanc\w* at|stare?\w* at)\b[^.?!]{0,10}\b(?:my |the )?watch\b[^]{0,60}\b(?:stress\w*|panic\w*|worr\w*|anxi\w*|spiral\w*|behind|point)\b|\bwatch\b[^.?!]{0,20}\b(?:stresses|stressing|panics?|freaks?) me\b|\bpoint (?:of|in) (?:checking|looking at|wearing)\b[^.?!]{0,15}\bwatch\b/i;
/** "what do i do in the last 15 min before my wave". */
const WAVE_COUNTDOWN_ASK =
  /\b(?:last|final) (?:\d+|few|ten|fifteen|twenty) ?(?:mins?|minutes)\b[^.?!]{0,20}\bbefore (?:my |the |our )?(?:wave|start|heat|gun|race)\b|\bbefore (?:my|the|our) wave\b[^.?!]{0,40}\b(?:warm|stand|do|routine)\b/i;
/** "what if i cant finish and have to stop halfway", "scared of a dnf". */
const NOT_FINISHING_FEAR =
  /\b(?:not|never|won'?t|can'?t|cannot|couldn'?t|fail(?:ing)? to|unable to) (?:be able to )?(?:finish|complete)\b|\bdnf\b|\bdid not finish\b|\b(?:have|need|had) to stop (?:halfway|half way|mid[- ]?race|during)\b/i;

/** Whether the head matters at all ("does mental prep actually matter or is it all fitness?", "is it a head thing?"). */
const MIND_MATTERS_ASK =
  /\b(?:mental\w*|mind ?set|head|mind)\b[^.?!]{0,30}\b(?:matters?|make (?:a|any) difference|worth (?:it|doing|training)|important)\b|\bmore mental than (?:physical|fitness)\b|\ball (?:in the head|mental)\b|\bis it (?:all|just) (?:fitness|physical)\b|\ba head thing\b/i;

/** "what mental stuff should i prepare", "how do i train my head for it": the mental skills to practise before the race. */
const MENTAL_PREP_ASK =
  /\b(?:where|how) (?:do|should|can) i (?:even )?(?:start|begin)\b[^.?!]{0,20}\bmental\b|\bmental (?:prep|preparation)\b(?! (?:on|for) (?:race (?:day|morning)|the (?:day|morning)))(?! (?:\w+ )?(?:matters?|helps?|works?|worth|important|makes?)\b)|\bmental (?:stuff|things|bits|side|skills?|prep\w*)\b[^.?!]{0,30}\b(?:prepare|prep|practi[sc]e|work on|train|do)\b|\b(?:prepare|prep|practi[sc]e|train|work on)\b[^.?!]{0,20}\b(?:mentally|my (?:head|mind)|the mental (?:side|game|stuff))\b/i;

/** Each rule: the words that raise it, the knowledge base's words it adds, and whether only the sentence that asks counts. */
/** Being behind, or wanting to be ready in time: why a member thinks of doubling up ("race in 6 weeks and i feel behind"). */
const CATCH_UP = /\b(?:catch(?:ing)? up|behind|get ready|be ready|ready in time|in time|make up|fitter faster)\b/i;
/** "should i train twice a day to get ready for hyrox? i feel behind": extra sessions to catch up (the missed-sessions rules), not how to order a double day. */
const CATCH_UP_DOUBLES = /\b(?:twice (?:a|per) day|two[- ]a[- ]days?|(?:2|two) (?:sessions|workouts) (?:a|per) day|double (?:days|sessions|up))\b/i;
const catchUpDoubles = (q: string): boolean => CATCH_UP.test(q) && CATCH_UP_DOUBLES.test(q);

const RULES: [RegExp, string, 'asked'?][] = [
  // Race day and venue
  [
    /\b(get|be|arrive) (to|at) the (venue|hall|race)|\bwhat time should i (get|arrive|be)|\bhow early\b|\barriv/i,
    'race-day timeline arrival start wave',
  ],
  [/\bwarm[- ]?ups?\b|\bwarm up\b/i, 'warm-up race-day timeline drills'],
  // "is there a proper warm up area or do ppl just jog outside": the place, which the venue's facilities describe.
  [
    /\bwarm[- ]?up (?:area|zone|space|room|hall)s?\b|\bwhere (?:do|can|should) (?:i|we|you|people|ppl) warm[- ]?up\b/i,
    'facilities venue warm-up area',
  ],
  // "can my mate run next to me to pace me? hes not racing", "is a pacer allowed": outside help, not pacing
  // skill. Only in a race's context: "my mate runs with me on long runs" is training company.
  [
    /^(?=[^]*\b(?:allowed|race|racing|hyrox|course|legal|rules?)\b)(?:[^]*\bpacers?\b|[^]*\bpace (?:me|him|her|us)\b|[^]*\b(?:friend|mate|buddy|brother|sister|dad|mum|mom|husband|wife|boyfriend|girlfriend|coach|someone|somebody)\b[^.?!]{0,50}\brun(?:s|ning)? (?:next to|alongside|beside|with) (?:me|him|her|us)\b)/i,
    'friend pace run alongside outside assistance',
  ],
  // "can spectators give me a drink or a gel", "can my coach hand me water at the sleds": a hand-up from outside.
  [
    /\b(?:coach|friends?|mates?|spectators?|supporters?|family|crowd|someone|somebody|wife|husband|boyfriend|girlfriend)\b[^.?!]{0,60}\b(?:hand|give|pass|throw)s?\b[^.?!]{0,20}\b(?:water|drinks?|bottles?|gels?|food|snacks?)\b/i,
    'coach stations hand water outside assistance',
  ],
  // "can my friends cheer for me, where can spectators stand": supporters watching, not the course rules.
  [
    /\b(?:friends?|family|mates?|kids|parents|wife|husband|boyfriend|girlfriend|supporters?|spectators?)\b[^.?!]{0,40}\b(?:watch|cheer|spectate|come and see)\b|\bwhere (?:can|do|should|will) (?:spectators|supporters|my \w+) (?:stand|sit|watch)\b/i,
    'friends family watch cheer spectators stand',
  ],
  // "how many people start in one wave?", "how long before do i need to be in the start pen": the wave and its pen.
  [
    /\bhow many (?:people|athletes|racers|others|ppl|runners|competitors)\b[^.?!]{0,40}\b(?:waves?|heats?|start|pen|corral|at once|together)\b|\bwave sizes?\b|\bstart(?:ing)? (?:pen|corral)\b|\bcorral\b/i,
    'athletes start wave start pen countdown',
  ],
  // "can i stop and rest on the run or sit down": walking and stopping are allowed, the clock runs.
  [
    /\bsit down\b|\bstand still\b|\bstop (?:and (?:rest|walk)|running)\b|\b(?:stop|rest) (?:on|during) the (?:runs?|course)\b/i,
    'walking runs allowed time cap',
  ],
  // "whats the start like, do you get a briefing or just go": the start pen and the wave start.
  [
    /\bbriefings?\b|\b(?:the|race|wave) start (?:like|area|work)\b|\bhow (?:does|do) (?:the|a) (?:race |wave )?start\b/i,
    'race-day timeline start pen wave',
  ],
  // "is the venue cold? what do ppl wear before the start": the hall's temperature, not an illness.
  [
    /\b(?:venues?|halls?|arenas?|inside)\b[^.?!]{0,20}\b(?:cold|warm|hot|chilly|freezing|temperature)\b|\b(?:cold|warm|hot|chilly|freezing)\b[^.?!]{0,20}\b(?:venues?|halls?|arenas?)\b/i,
    'venues halls temperature air warm layer',
  ],
  // "what do I eat before the race / that day", not "how much protein a day".
  [
    /^(?![^]*\b(night|day|evening) before\b)(?![^]*\bafter (the |my |a )?(race|hyrox|finish)\b)(?!(?![^]*\b(?:before|b4|breakfast)\b)[^]*\b(?:during|mid|in the middle of) (?:the |a )?(?:race|hyrox)\b)[^]*\b(eat|breakfast|meal|lunch)\b.*\b(race|morning|before|that day|on the day)\b|\brace is at \d|\bwave is at\b/i,
    'pre-race meal hours before timeline',
  ],
  // The hall's floor, not the floor a knee, chest or hands touch in a movement standard ("does my back knee have to touch the floor").
  [
    // …not a sled's technique asked on race carpet ("sled push on carpet, body position? short steps or long?").
    /^(?![^]*\bsled\w*\b[^]*\b(?:position|posture|steps?|stride|technique|cues?|hand over hand|sit down|lean|arms?|feet|foot|grip|hips?)\b)(?:[^]*\bindoors?\b|[^]*\boutdoors?\b|(?![^]*\b(?:knees?|lunges?|burpees?|chest|hands?|touch\w*|spit\w*)\b)[^]*\bfloor\b|[^]*\bsurface\b|[^]*\bturf\b|[^]*\bcarpet\b|[^]*\bhall\b)/i,
    'venues halls carpet turf surface',
  ],
  // "treadmill or outside for my runs? the race is indoors": the treadmill section, ahead of the hall said as context.
  // …not a session asked for with the treadmill as its place ("give me a threshold session i can do on the treadmill"): the
  // session's own section answers (the threshold and interval rules below).
  [
    /^(?![^]*\b(?:give|write|design|build|create|make|suggest|recommend)\b[^.?!]{0,25}\b(?:an? |me an? |me some )?(?:threshold|tempo|interval|speed|run(?:ning)?|hill)? ?(?:session|workout|sesh)s?\b)[^]*\btreadmills?\b/i,
    'treadmill incline run training',
    'asked',
  ],
  // "does my back knee have to touch the floor every rep?": the lunge standard.
  [
    /\bknees?\b[^.?!]{0,40}\btouch\w*\b|\btouch\w*\b[^.?!]{0,30}\bknees?\b|^(?=[^]*\blunges?\b)[^]*\bknees?\b[^.?!]{0,40}\b(?:floor|ground)\b/i,
    'movement standards lunges knee touch floor no-reps',
  ],
  // A watch that measured the distance ("my watch said 1.2 km"), not one that shows heart rate.
  [
    /\blaps?\b|(?<!\b(?:off|from) the )(?<!\b(?:bottles?|gels?|drinks?|water|food|snacks?)\b[^.?!]{0,25})\bcourse\b(?![^.?!]{0,15}\b(water|drink|bottle)\b)(?<!\bwater (?:on|along|at) the course)|\blayout\b|\b1\.\d ?km\b|\bwatch (said|says|measured)\b[^.?!]{0,20}\b(\d+(\.\d+)? ?(km|k|mi|miles?)|long|longer|short|shorter|more|less|over|under|distance)\b|\bgps\b/i,
    'running course laps layout',
  ],
  [/\bafter (i|you) finish|\bresults?\b|\bsplits? (back|after)|\bread(ing)? my splits/i, 'splits after race results'],
  [/\bwrong wave|\bstart (with|in) (my|her|his|a) (friend|wave)|\bchange (my )?wave/i, 'wave start first-timer checklist'],
  // "can i use my own wall ball?": the organiser's kit (not "bring my own gels", which is food).
  [
    /\b(my|our) own (wall ?ball|sandbag|kettlebells?|bells|equipment|gear|rope|ball)|\bbring (my|our) own\b(?! (?:gels?|food|snacks?|drinks?|water|bottles?|electrolytes?|fuel)\b)/i,
    'equipment venue conditions',
  ],
  // "are there judges at every station": who judges the race and what they enforce.
  [/\bjudges?\b|\breferees?\b|\bwho (?:checks|counts|watches)\b/i, 'judges movement standards no-reps'],
  // "did the rules change this season? anything new for 25/26": the season's rule changes.
  [
    /\b(?:rules?|rulebooks?)\b[^.?!]{0,30}\b(?:chang\w*|new|updat\w*|different)\b|\b(?:chang\w*|new|updat\w*)\b[^.?!]{0,30}\b(?:rules?|rulebooks?)\b|\b(?:20)?2[3-7] ?\/ ?(?:20)?2[4-8]\b(?! ?(?:kg|km|min))/i,
    'rule changes by season 2024/25 2025/26',
  ],
  // "what's elite 15 and how do you get into it": the professional series, not the age-group route to the Worlds.
  [/\belite ?15\b|\belite (?:series|division|races?|field|athletes?)\b/i, 'elite 15 professional series majors qualification'],
  // "can i switch from doubles to singles after i registered?": changing the entry, not partners changing over.
  [
    /\b(?:switch|change|move|swap|transfer)\w*\b[^.?!]{0,40}\b(?:after (?:i|we) (?:registered|signed up|booked|entered|paid)|(?:my|our|the) (?:ticket|entry|registration|place|spot))\b|\b(?:switch|change|move)\w* (?:from )?(?:doubles|singles|pro|open|relay) (?:to|into) (?:doubles|singles|pro|open|relay)\b|\b(?:change|switch) (?:my |our )?divisions?\b/i,
    'change division transfer ticket event',
  ],
  // Dropping the kit mid-station.
  [/\bdrop(ped|ping|s)? (the |my )?(sandbag|bag|kettlebells?|bells|ball)\b/i, 'movement standards no-reps penalty'],
  // A bag to pack, not the sandbag of the lunges ("sandbag lunges - where do i put the bag?").
  [/\bchecklist|\bwhat (do i|to|should i) (bring|pack)|^(?![^]*\b(?:sandbag|lunges?)\b)[^]*\bbag\b/i, 'first-timer checklist'],
  // "coffee the morning of the race", "pre-workout before the race": the caffeine section.
  [/\bcoffee\b|\bespresso\b|\bpre-?workouts?\b|\benergy drinks?\b/i, 'caffeine'],
  // "what takes up more of the race time, the running or the stations?": the time model's shares.
  [
    /\bmore of the (race|time)\b|\b(what|which) (takes|is) (up )?more (race )?time\b|\b(%|percent(age)?|share|how much) of the (race|time)\b|\brunning or (the )?stations\b[^.?!]{0,30}\b(time|longer|more)\b/i,
    'time model runs stations roxzone',
  ],
  // "what weight should i be training with instead?": the training loads by level, not the race's.
  [TRAINING_LOAD_ASK, 'scaling level loads training'],
  // Doubles and relay
  // …in doubles, a changeover is a swap between partners ("how do changeovers work in doubles wall balls, can we swap every 10?").
  [
    /^(?![^]*\b(?:doubles|partner)\b(?![^]*\brelay\b))[^]*(?:\bhand-?overs?\b|\bhandoffs?\b|\btag\b|\bband\b|\bchangeovers?\b|\bwhich legs?\b|\bwho (should )?(runs?|does)\b)/i,
    'relay rules legs hand-overs',
  ],
  [
    // …not changing the entry after registering ("can i switch from doubles to singles after i registered?").
    /^(?=[^]*\b(?:doubles|partner)\b)(?![^]*\brelay\b)(?![^]*\b(?:registered|signed up|booked|tickets?|entry|registration)\b)[^]*(?:\bchangeovers?\b|\bhand-?overs?\b|\b(?:swap|switch|change|rotate)\w*\b[^.?!]{0,30}\b(?:every|after|each|often|as much|whenever)\b|\bhow often\b[^.?!]{0,20}\b(?:swap|switch|change|rotate))/i,
    'switch as often as we like doubles changeovers',
  ],
  [
    // "split the wall balls" between partners; alone, "split wall balls 10s or 20s" is sets (no partner in the message).
    /^(?=[^]*\b(doubles|partner|relay|team|we|us|our|both)\b)[^]*((?<!\b(?:how|who|which)\b[^.?!]{0,20})\bsplit (the )?(runs?|stations?|work|wall ?balls|sleds?|lunges|burpees|ski ?erg|row|carry)|\b50 ?\/ ?50\b|\bone of us (just )?(do|does|take)|\b(do|does|take) the whole (station|sled|carry|row|ski|farmers|wall|lunges?|burpees?))|\b(both|together) (have to |must )?run(?!\s*(?:~|about|around|like|sub|under)?\s*\d)|\brun together|^(?=[^]*\b(?:doubles|partners?|pair)\b)[^]*\b(?:\d ?km|km|running|runs?)\b[^.?!]{0,20}\b(?:each|both)\b(?! (?:week|day|session))|\bboth run\b(?!\s*(?:~|about|around|like|sub|under)?\s*\d)/i,
    'doubles rules running together splitting stations',
  ],
  // "how does the relay work, how many runs does each person do": the relay's own rules.
  [
    /^(?=[^]*\brelay\b)[^]*(?:\bhow (?:does|do|is|will)\b[^.?!]{0,25}\bwork|\bhow many (?:runs?|stations?|km|legs?|laps?)\b|\beach (?:person|athlete|member|runner|of us|one)\b|\brules?\b|\bexplain\b)/i,
    'relay rules legs hand-overs',
  ],
  // "who should do wall balls in doubles?": which partner takes which station.
  // …in a relay, the relay's own rules say who does what ("for a mixed relay, which stations should the woman do?").
  [
    /^(?=[^]*\brelay\b)[^]*(?:\bwho (?:should |will |does |do |gets to )?(?:do|does|take|takes|run|runs|get)\b|\bwhich (?:stations?|legs?|runs?) (?:should|does|do|will|would|can|to)\b)/i,
    'relay rules legs who does what',
  ],
  [
    /^(?![^]*\brelay\b)(?=[^]*\b(doubles|partner|team|we|us|our)\b)[^]*(?:\bwho (should|does|do|will|gets to)( we)? (do|take|go on|get)\b|\bwhich (?:stations?|legs?|runs?) (?:should|does|do|will|would|can|to)\b)/i,
    'which station doubles share',
  ],
  // "shes much stronger on sled. how do we split the sled push & pull": how to share the stations is a tactic, who takes which.
  [
    /^(?=[^]*\b(doubles|partner|relay|team|we|us|our)\b)[^]*(?:\b(?:how|who|which)\b[^.?!]{0,30}\b(?:split|share|divide)\b|\b(?:stronger|weaker|fitter|better|worse) (?:on|at|in) (?:the )?(?:sleds?|stations?|ski|row|carry|lunges|wall ?balls|burpees|running|runs?)\b)/i,
    'which station doubles share stronger',
  ],
  // "is doubles easier than singles?", "how much faster is doubles than solo?": what a doubles time says against a singles one.
  [
    /\bdoubles?\b[^.?!]{0,40}\b(?:easier|harder|faster|slower|quicker)\b[^.?!]{0,40}\b(?:singles?|solo|alone|individual|on (?:my|our) own)\b|\b(?:singles?|solo)\b[^.?!]{0,40}\b(?:easier|harder|faster|slower|quicker)\b[^.?!]{0,40}\bdoubles?\b/i,
    'open doubles singles time benchmark rests',
  ],
  // "first ever hyrox - doubles with my mate or solo?": the choice between racing alone and as a pair.
  [
    /\bdoubles\b[^.?!]{0,40}\bor\b[^.?!]{0,15}\b(?:solo|singles?|open|alone|on my own|individual)\b|\b(?:solo|singles?|alone|individual)\b[^.?!]{0,15}\bor\b[^.?!]{0,40}\bdoubles\b/i,
    'open or doubles first verdict',
  ],
  // "how to train for doubles together when we only see each other on weekends": what a pair rehearses together.
  [
    /\b(?:only|just|never|rarely|mostly) (?:see|train with|meet|get to train with) (?:each other|my partner|her|him|them)\b|\b(?:train|training) (?:apart|separately|on our own|alone)\b|\blives? (?:\d+ ?(?:hours?|hrs?|miles|km) away|apart|far away|far apart|in (?:a )?different)\b/i,
    'test plan half simulation partner practise hand-over',
  ],
  // "can we both do the burpee broad jumps at the same time": only one partner works at a time.
  [/^(?=[^]*\b(doubles|partners?|relay|team|we|us|both)\b)[^]*\b(?:at the same time|at once|simultaneously)\b/i, 'both partners same time'],
  // Kit
  [/\bshoes?\b|\btrainers\b|\bsneakers\b/i, 'shoes running cross-trainer'],
  [/\bcarbon|\bsuper-?shoes?|\bplated\b|\bvaporfly|\balphafly/i, 'carbon super-shoes'],
  [/\bgloves?\b|\bchalk\b|(?<!\b(?:chest|hr|heart rate|watch) )\bstraps?\b/i, 'gloves chalk grip'],
  // Not a race or running belt for gels, a phone or the race number.
  [
    /(?<!\b(?:race|running|run|number|gel|hydration|bib) )\bbelt\b(?![^.?!]{0,20}\b(?:gels?|phone|number|bib|keys|fuel|bottle)\b)|\bsleeves\b|\bwraps?\b/i,
    'lifting belts knee sleeves allowed',
  ],
  // "is X allowed?": kit rules when it names kit or nothing else, the movement standards when it names a movement
  // ("is walking the lunges allowed?").
  [
    // …unless it names kit with a rule of its own ("are headphones allowed", "garmin and a hr strap, or is that banned").
    // …nor a person's age ("my son is 15, is he allowed?").
    /^(?![^]*\b(son|daughter|kids?|child(?:ren)?|teen\w*|age|old|young|lunges?|wall ?balls?|burpees?|broad jumps?|sled|ski ?erg|row(er|ing)?|carry|squat|knees?|rep|airpods|earbuds|ear ?buds|earphones|head ?phones|music|phones?|cameras?|watch(?:es)?|garmin|whoop|straps?|gloves?|chalk|shoes?|bottles?|wristbands?|vests?|ankle weights?)\b)[^]*\b(allowed|banned|legal)\b/i,
    'lifting belts knee sleeves allowed',
  ],
  [
    /\b(lunges?|wall ?balls?|burpees?|broad jumps?|sled|carry|squat|knees?|rep)\b[^]*\b(allowed|legal)\b|\b(allowed|legal)\b[^]*\b(lunges?|wall ?balls?|burpees?|broad jumps?|sled|carry)\b/i,
    'movement standards no-reps',
  ],
  // Behind the plan in the race ("at km 5 im at 6:10, push or accept it?"): adjusting the plan on the day, not no-reps.
  [
    /\b(?:behind|slower than|off) (?:my |the )?(?:plan|pace|target|splits?)\b|\bpush or (?:accept|ease|back off|hold)|\b(?:at|by) (?:km|run|k) \d\b[^.?!]{0,40}\b(?:\d:\d\d|behind|slow)/i,
    'adjusting plan on the day bad station return next kilometre',
  ],
  // "what should i eat after the race to recover": refuelling and the week after, not the pre-race meal.
  [
    /\b(eat|food|meal|refuel\w*|drink|protein|carbs?)\b[^.?!]{0,25}\bafter (the |my |a )?(race|hyrox|finish)\b|\bpost[- ]race (meal|food|nutrition|recovery)\b/i,
    'refuelling carbohydrate protein',
  ],
  // "what time would win the 55-59 age group": what wins an age group.
  [/\bwin(s|ning)?\b[^.?!]{0,30}\bage (group|categor\w*)|\bage (group|categor\w*)\b[^.?!]{0,30}\bwin/i, 'time wins age group results'],
  // "im 120kg, first hyrox realistic?": a bigger beginner (a body mass of 110 kg or more, said of oneself).
  [/\b(?:i'?m|i am|weigh(?:ing)?|at)\s*1[1-9]\d\s*(?:kg|kgs|kilos)\b/i, 'bigger beginner 120 kg'],
  // "can i start hyrox at 58?", "am i too old": starting late, not the wave start.
  [
    /\b(?:start|begin|take up|get into)\b[^.?!]{0,25}\b(?:at|aged?)\s*\d{2}\b(?!\s*(?:kg|min|km|%|:|am|pm))|\btoo old\b|\btoo late to (?:start|begin|get)/i,
    'too late start 50 60 maximum age beginner',
  ],
  // "is it ok to do plyos at 55?": jump training.
  [/\bplyos?\b|\bplyometrics?\b|\bjump training\b|\bbox jumps?\b|\bbounding\b/i, 'plyometrics jump training'],
  // "what should i be thinking about during the farmers carry": the mental cues per station, not the station's technique.
  [
    /\b(?:think(?:ing)? about|focus(?:ing)? on|(?:stay|keep|staying|keeping) (?:(?:me|myself) )?focused|mind (?:wanders|drifts|goes blank)|in my head|mentally|stay calm|keep calm|cue words?|(?:say|saying|tell|telling) (?:to )?myself|mental (?:tips?|tricks?|cues?|strateg(?:y|ies)|advice|hacks?|approach))\b[^.?!]{0,40}\b(?:stations?|sleds?|farmers|carry|wall ?balls?|lunges?|burpees?|ski ?erg|ski|row(?:er|ing)?|roxzone|transitions?)\b|\b(?:stations?|sleds?|farmers|carry|wall ?balls?|lunges?|burpees?|ski ?erg|row(?:er|ing)?|roxzone|transitions?)\b[^.?!]{0,40}\b(?:think(?:ing)? about|focus(?:ing)? on|in my head|mentally|stay calm|keep calm|lose (?:my )?focus)\b/i,
    'think about each station cues',
  ],
  // "how hard should i go on the skierg?": pacing inside a station.
  [/\bhow hard (?:should|do|can|to) (?:i |you )?(?:go|push|pull|row|ski)\b/i, 'pacing inside each station'],
  // "got 5 no reps and totally lost my head": handling a no-rep, not the station's time loss.
  [
    /\bno[- ]?rep(?:s|ped)?\b[^.?!]{0,60}\b(?:lost (?:my|the) head|frustrat\w*|angry|rattled|tilted|panic\w*|mentally|my head)\b|\b(?:lost (?:my|the) head|frustrat\w*|angry|rattled)\b[^.?!]{0,60}\bno[- ]?rep/i,
    'handling no-rep penalty reset',
  ],
  // "sandbag lunges - where do i put the bag, behind my neck or front rack?": the lunge standard says where the bag goes.
  [
    // …not the kit bag ("where do i put my bag, is there bag drop?").
    /^(?=[^]*\b(?:sandbag|lunges?)\b)[^]*\bwhere (?:do|should|does|to) (?:i |you )?(?:put|hold|carry|place|rest|have) (?:the |my )?(?:sand)?bag\b|\b(?:sand)?bag\b[^.?!]{0,40}\b(?:front rack|behind (?:my|the) neck|on (?:my|the|one|both) shoulders?|bear hug)\b|\b(?:front rack|behind (?:my|the) neck)\b[^.?!]{0,40}\b(?:sand)?bag\b/i,
    'movement standards bag both shoulders',
  ],
  // "can i use my knees to get up in the burpees now": the burpee knee rule.
  [/\bknees?\b[^.?!]{0,30}\b(?:get up|stand(?:ing)? up|push up|getting up)\b|\bknee rule\b/i, 'burpee knee rule stand up'],
  // "do the judges assign sled lanes or do i just pick one": the lane rule.
  [/\blanes?\b[^.?!]{0,40}\b(?:assign|pick|choose|free|empty)\b|\b(?:assign|pick|choose)\w*\b[^.?!]{0,40}\blanes?\b/i, 'judge assigns sled lane'],
  // "me and my partner are doing doubles, how do we pace it", "relay team of 4, how should each of us pace our runs":
  // pacing a team race (the slower partner's run pace, short swaps; relay kilometres near fresh pace).
  [/^(?=[^]*\b(?:doubles|relay|partners?)\b)[^]*\bpac(?:e|ed|es|ing)\b/i, 'pacing in doubles and relay slower partner'],
  // "doing doubles with my mate who is fitter than me, i feel like im letting him down": a fitness gap between partners.
  [
    /\bletting (?:him|her|them|my (?:partner|mate|teammate|team|friend)|the team|us|everyone) down\b|^(?=[^]*\b(?:doubles|relay|partners?|team ?mates?)\b)[^]*\b(?:fitter|faster|stronger|better|slower|weaker) than (?:me|him|her)\b/i,
    'doubles partner much slower than me fitness gap',
  ],
  // "doing doubles saturday and singles sunday": two races in one weekend.
  [
    /^(?=[^]*\b(?:weekend|next day|both days|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)[^]*(?:\bdoubles\b[^.?!]{0,40}\b(?:singles|solo|individual)\b|\b(?:singles|solo|individual)\b[^.?!]{0,40}\bdoubles\b)/i,
    'doubles and singles in one weekend',
  ],
  // "can i wear airpods in the race?": the race's headphone rule (training with music is its own rule below).
  [
    /^(?![^]*\b(train|training|gym|sessions?|long runs?|easy runs?)\b)[^]*\b(airpods|earbuds|ear ?buds|earphones|headphones|head ?phones|music|spotify|playlist|podcasts?)\b/i,
    'headphones music phones',
  ],
  // "can i race with my airpods in? i rely on music in hard sessions": racing with them is the race's rule, whatever the
  // training context around it.
  [
    /\b(?:race|racing)\b[^.?!]{0,20}\b(?:airpods|earbuds|ear ?buds|earphones|headphones|head ?phones)\b|\b(?:airpods|earbuds|ear ?buds|earphones|headphones|head ?phones)\b[^.?!]{0,20}\b(?:in|during|on) (?:the |a )?(?:race|course)\b/i,
    'headphones music phones',
  ],
  // "can i bring my phone in the race to film?": phones are banned on the course with headphones and body cameras.
  [
    /\bphones?\b[^.?!]{0,30}\b(?:in|during|on|into|onto) (?:the )?(?:race|course)\b|\b(?:bring|carry|take|run with|race with)\b[^.?!]{0,15}\bphones?\b|\b(?:body ?cam(?:era)?s?|gopro)\b/i,
    'headphones phones body cameras',
  ],
  [/\bdamper|\bdrag factor|\bstroke rate/i, 'damper drag factor stroke rate'],
  // Mental
  // Panic that stops the reps ("I panic and stop every 5 reps"), not panic at a heart-rate reading.
  [
    /\bpanic\b[^.?!]{0,40}\b(stop|reps?|sets?|break|drop)|\bstop (every|after)|\bbreak (it|them) up|\bsets of\b|\bin chunks?\b|\bunbroken\b/i,
    'chunking planned sets',
  ],
  // "should i count reps out loud or in my head on the wall balls": counting down the planned sets, not the laps rule.
  [
    // …and "i count up and by 60 im broken, better way to count?": how to count is the ask.
    /\bcount(?:ing)? (?:the |my )?(?:reps|sets|down|backwards|up|upwards)\b|\bcount(?:ing)?\b[^.?!]{0,20}\b(?:out loud|in my head)\b|\b(?:way|how) (?:to|should i|do i) count\b(?! (?:laps?|calories|macros|carbs))/i,
    'chunking planned sets count down',
  ],
  // The start pen is nerves, unless the question is what to eat or drink there, or what the pen is and when to be in it.
  [
    /\bnerv(es|ous)|\bshak(es|y|ing)|\banxi|\bcalm (down|myself)|\bbutterflies|^(?![^]*\b(?:eat|banana|gel|snack|food|drink)\w*\b)(?![^]*\b(?:what(?:'?s| is) (?:the|a|this) start pen|start pen (?:thing|area)|when (?:do|should|must) (?:i|we) (?:be|get|go)|what time|how early|how long before)\b)[^]*\bstart pen\b/i,
    'pre-race nerves arousal control',
  ],
  // "whats the start pen thing, when do i need to be in it": the pen's place in the race-day timeline.
  [
    /\bwhat(?:'?s| is) (?:the|a|this) start pens?\b|\bstart pens? (?:thing|area)\b|\bstart pens?\b[^.?!]{0,40}\b(?:when|what time|how early|how long before|be in|get in)\b|\b(?:when|what time|how early)\b[^.?!]{0,40}\bstart pens?\b/i,
    'race-day timeline start pen wave',
  ],
  // "i keep imagining failing the sled push in front of everyone", "worried i'll embarrass myself": fear of failing in public.
  [
    /\bimagin\w* (?:failing|messing|getting it wrong|blowing up)|\bin front of (?:everyone|every1|people|the crowd|everybody)|\bembarrass|\b(?:scared|afraid|worried|terrified) (?:of|about|i'?ll|ill|that i'?ll|that ill|i will|that i will|i might|i'?m going to|im gonna|i'?ll be) (?:failing|fail|not finishing|(?:be|being|come|coming|finish|finishing) (?:dead |absolute |very )?last|getting no[- ]?repped|embarrass)/i,
    'nervous pre-race nerves arousal control first',
    // "…she's terrified of coming last. what's a decent goal time?" asks for a time; the fear is context.
    'asked',
  ],
  // "does mental prep actually matter or is it all fitness?", "is hyrox more mental than physical": why the head matters.
  [MIND_MATTERS_ASK, 'why mental skills matter hyrox', 'asked'],
  // "first hyrox next month… any advice for the mindset?": the head for a first race is the first-timer's nerves routine.
  // …not whether the head matters at all.
  [
    /^(?![^]*(?:\bmatters?\b|\bmake (?:a|any) difference\b|\bmore mental than\b|\ball fitness\b))[^]*(?:\bmind ?set\b|\bmental(?:ly)? (?:prep\w*|side|game|approach|ready|strong)\b|\bhead ?space\b|\bright head\b|\bconfiden(?:ce|t)\b)/i,
    'nervous first hyrox relabel normal',
    'asked',
  ],
  // "i dread the wall balls", "i hate the sled, how do i stop dreading it": a station feared, met with chunks and a cue.
  [
    /\b(?:dread\w*|hate|hating|fear\w*|scared of|afraid of|terrified of)\b[^.?!]{0,25}\b(?:stations?|sleds?|farmers|carry|wall ?balls?|lunges?|burpees?|bbjs?|broad jumps?|ski ?erg|ski|row(?:er|ing)?)\b/i,
    'chunking planned sets think about each station cues',
  ],
  // "what do i think about at rep 60 of the wall balls", "when everything burns": the cue and the chunk, not the runs' slump.
  [
    /\brep (?:\d+|fifty|sixty|seventy|eighty)\b|\b(?:everything|it all|legs?|quads|shoulders|arms) (?:burns?|burning|hurts?|screaming)\b/i,
    'think about each station cues count down',
    'asked',
  ],
  // "my partner gets stressed and snappy in races, how do i keep us both calm": calm under stress is arousal control.
  [
    /\bkeep (?:us |me |them |him |her )?(?:both )?calm\b|\bstressed\b[^.?!]{0,30}\b(?:race|racing|races)\b/i,
    'pre-race nerves arousal control calm',
    'asked',
  ],
  // "how do i stay positive when i'm last in my wave?": self-talk when behind.
  [/\bstay positive\b|\b(?:last|behind|at the back) (?:in|of) (?:my|the) wave\b/i, 'self-talk cue words', 'asked'],
  // A mind that falls apart, not "my lunges fall apart at the end".
  [
    /\bslump|\b(?:dark|bad|rough) patch|\bwant(?:na| to) stop\b|\bhit a wall|\b(i|i'?m|head|mind|mentally)\b[^.?!,]{0,12}\bfall(ing)? apart|\bfall(ing)? apart mentally|\bdark place|\bstart walking|\bgive up|\bquit/i,
    'mid-race slump',
  ],
  [/\bself[- ]talk|\bmantra|\bcue words?|\bwhat (do i|to) (say|tell) (to )?myself/i, 'self-talk cue words'],
  // "what should i actually say to myself", "any mantras": the words themselves, which the two kinds of self-talk list.
  [
    /\bwhat (?:should |do |can )?(?:i )?(?:actually )?(?:say|tell) (?:to )?myself\b|\bmantras?\b|\bwhat (?:words|phrases)\b/i,
    'instructional cues motivational statements',
    'asked',
  ],
  // "what should i say to myself when it gets hard", "how do i stop negative thoughts mid race": what the athlete says to themselves.
  [
    /\b(?:say|tell|saying|telling) (?:to )?myself\b|\bnegative (?:thoughts?|thinking|voice|self|talk|statements?)\b|\b(?:inner|little) voice\b|\b(?:self[- ])?doubts?\b|\btalk(?:ing)? myself (?:out|into)\b/i,
    'self-talk cue words',
    'asked',
  ],
  // "someone overtakes me and i panic", "people fly past me on run 1": let people go, run your own pace.
  [
    /\bovertak\w*|\b(?:people|someone|everyone|others?|they) (?:pass(?:es|ing)?|fly|flying|go|going|went|run(?:s|ning)?) (?:past|by) me\b|\bget(?:ting)? passed\b/i,
    'pacing discipline adrenaline let people go',
    'asked',
  ],
  // "how do i break the race up mentally, 8 runs feels endless": one piece at a time.
  [
    /\bbreak (?:the race|it|hyrox|the runs?) (?:up|down)\b|\bfeels? (?:endless|never[- ]ending|so long)\b|\b(?:race|hyrox|it) as a whole\b|\b(?:feels?|so|too) overwhelm\w*|\b(?:8|eight) ?(?:k|km|runs)\b[^.?!]{0,10}\b(?:plus|and|\+) (?:8|eight) stations\b|\bone (?:run|station|km|kilometre|piece) at a time\b/i,
    'mid-race slump shrink focus chunking',
    'asked',
  ],
  // "what if i cant finish and have to stop halfway", "scared of a dnf": no time cap, walking allowed, pace for the finish.
  [NOT_FINISHING_FEAR, 'time cap finish last walking runs allowed'],
  // "lost a minute on the sled and was rattled for the rest", "how do you deal with a bad station mid race": one slow
  // station is not a reason to leave the plan; the next split is what counts.
  [BAD_STATION_ASK, 'using splits during race one slow station return plan next kilometre'],
  // "whats the point of checking my watch, it stresses me out": the watch at fixed points only, judged by ranges.
  [WATCH_STRESS_ASK, 'using splits during race watch fixed points ranges'],
  // "my brain tells me to walk on run 6", "head goes on run 5": the mid-race slump by its runs.
  [
    /\b(?:brain|head|mind|voice)\b[^.?!]{0,30}\b(?:walk|stop|quit|give up|slow down)\b[^.?!]{0,25}\bruns? ?[5-7]\b|\bruns? ?[5-7]\b[^.?!]{0,40}\b(?:brain|head|mind|mentally|purely mental|give up|want(?:na| to) (?:walk|stop))\b/i,
    'mid-race slump runs 5 7',
  ],
  // "what do i do in the last 15 min before my wave": the start-pen routine.
  [WAVE_COUNTDOWN_ASK, 'start-pen routine last 15 minutes wave'],
  [MENTAL_PREP_ASK, 'practising mental skills training imagery cue words chunk plan'],
  // "whats the penalty list this season?", "what are the penalties": the table of time penalties and disqualifications.
  [
    /\b(?:list|table|all) (?:of )?(?:the )?(?:time )?penalt|\bpenalt(?:y|ies) (?:list|table)\b|\bwhat (?:are|r) (?:the )?(?:time )?penalt|\btime penalt\w* (?:now|this season|instead)/i,
    'penalties time penalties disqualification',
  ],
  // "can i skip the rest of the wall balls and take a penalty?", "do i have to do all 100": skipping is not a penalty option.
  // …in the race: "legs wrecked after sleds, should i skip my run today?" skips a training day.
  [
    /^(?![^]*\b(?:today|tonight|tomorrow|this (?:morning|evening|week)|sore|soreness|doms|wrecked|trashed)\b)[^]*\bskip (?:the |a |some |my )?(?:rest|station|stations|run|runs|lap|laps|reps|wall ?balls|lunges|burpees|sled)\b|\bdo (?:i|we|you) (?:have|need) to (?:do|finish|complete) (?:all|every|the whole)\b|\bshort(?:en|cut) (?:a |the )?(?:run|lap|course)\b/i,
    'skip shorten run missed laps skipped stations disqualification',
  ],
  // "whats the penalty in doubles if my partner runs ahead", "do we get penalised if we swap mid set": a team's penalty is
  // in its own rules (running together, the resting partner), beside the penalty table.
  [
    /^(?=[^]*\b(?:doubles|partners?)\b)(?![^]*\brelay\b)[^]*\bpenali[sz]\w*|^(?=[^]*\b(?:doubles|partners?)\b)(?![^]*\brelay\b)[^]*\bpenalt/i,
    'doubles rules running together penalties',
  ],
  [/^(?=[^]*\brelay\b)[^]*\bpenal(?:t|i[sz])/i, 'relay rules hand-overs penalties'],
  [/\bno[- ]?rep(ped|s)?\b|\bpenalt/i, 'no-rep penalty movement standards'],
  // "can i wear a weight vest in the race", "ankle weights during hyrox?": extra load in the race, where every station is the
  // organiser's at the division's standard (training in a vest is its own section).
  [
    /^(?=[^]*\b(?:race|racing|hyrox|comp\w*|allowed|legal|banned|on the day)\b)(?![^]*\b(?:train|training|sessions?|gym|long runs?|easy runs?|strides)\b)[^]*\b(?:weight(?:ed)? vests?|vests? with weights?|ankle weights?|wrist weights?|weighted (?:belt|backpack|pack|clothing|shorts)|(?:extra|added|additional) (?:weight|load))\b/i,
    'own equipment organiser division standard weight vest race',
  ],
  // "whats the burpee broad jump standard, do i need to jump with both feet": a station's rule is its movement standard
  // (not a strength standard, nor a team's rules).
  [
    /^(?=[^]*\b(?:lunges?|wall ?balls?|burpees?|broad jumps?|bbjs?|sleds?|ski ?erg|row(?:er|ing)?|carry|farmers)\b)(?![^]*\b(?:doubles|relay|partners?|strength standards?)\b)[^]*\b(?:standards?|rules?|what counts)\b/i,
    'movement standards no-reps',
  ],
  // "my wall balls keep hitting below the line": the target standard and why throws fall short.
  [/\b(below|under|short of|miss(es|ing)?) the (line|target|mark)\b|\bnot (hitting|reaching) the (line|target|mark)\b/i, 'no-reps target height'],
  // Comparing oneself with other people, not one pace with another ("long run pace compared to race pace").
  [
    /\bcompar(e|ing)\b[^.?!]{0,15}\b(myself|me|others|other people|everyone|them)\b|\bcompar(?:e|ing)\b[^.?!]{0,30}\b(?:to|with) (?:my |the )?(?:mates?|friends?|partners?|him|her|them|others|people|everyone|the guy|the girl)\b|\bfaster than me|\beveryone (else )?is faster|\bjealous|\b(?:laps?|lapping|overtakes?|overtaking) me\b|\b(?:leaves?|leaving) me (?:behind|for dead)\b|\b(?:feel(?:ing)? like )?(?:a|such a|total|complete) (?:fraud|imposter|impostor)\b/i,
    'progress splits own benchmarks',
  ],
  // "i keep looking at the guy next to me on the ski and going too hard to keep up": racing the athlete beside you, not
  // comparing progress at the gym; let them go and hold your own plan.
  [
    /^(?=[^]*\b(?:race|racing|hyrox|ski ?erg|ski|row(?:er|ing)?|sleds?|run ?1|first run|wave|start|heat|lane)\b)[^]*(?:\b(?:guy|girl|bloke|lad|woman|man|person|people|athletes?|others?|everyone|racers?|someone) (?:next to|beside|around|alongside|in front of) me\b|\bkeep(?:ing)? up with (?:him|her|them|the (?:guy|girl|others|pack|group|people))\b|\bstop comparing\b)/i,
    'pacing discipline adrenaline let people go',
  ],
  // Motivation that is gone is a load question; staying motivated through a long run is a mental skill.
  [
    /^(?![^]*(?:\bskip(?:ping|ped)? (?:my |the )?(?:sessions?|training|workouts?|gym)\b|\b(?:mate|partner|buddy|friend|pal)s? (?:has |have )?(?:dropped|pulled) out\b))[^]*(?:\b(no|lost|losing|lack of|zero|gone)\b[^.?!]{0,15}\bmotivat|\bmotivation\b[^.?!]{0,15}\b(gone|dropped|low|zero)|\bdon'?t want to train|\bchore\b|\bburn(ed|t)? ?out)/i,
    'over-reaching symptoms motivation deload',
  ],
  // "8 month build and im already losing motivation", "race is ages away, how do i keep going": motivation over a long
  // build, kept by if-then plans, habit and logged targets (not the fatigue of over-reaching).
  [
    /^(?=[^]*\bmotivat)[^]*(?:\b(?:\d+|six|seven|eight|nine|ten|eleven|twelve)[- ]?months?\b|\blong (?:build|block|prep|way off|time)\b|\bmonths (?:away|out|to go|off)\b|\bages away\b|\bso far (?:away|off)\b)/i,
    'motivated habit if-then plans logged target',
  ],
  [/\b(stay|staying|keep|keeping)( myself)? motivated\b|\bboring\b|\bbored\b/i, 'self-talk cue words chunking'],
  // "i train on my own at 5am, no gym buddies, motivation tanking": training alone, the partner's jobs replaced.
  [
    /\b(?:train(?:ing|s)?|work(?:ing)? out|run(?:ning)?) (?:on my own|alone|by myself|solo)\b|\bno (?:gym |training )?(?:buddies|buddy|partners?|mates|friends to train)\b|\b(?:no one|nobody) to train with\b|\bkeep skipping (?:my |the )?(?:sessions?|training|workouts?|gym)\b|\b(?:mate|partner|buddy|friend|pal)s? (?:has |have )?(?:dropped|pulled) out\b/i,
    'training partner alone motivated habit',
  ],
  [
    /\bwalk(ing)? (during|in|on) the runs?|\bis it ok to walk|\bwalk(ed)? (the|some|a) runs?|\bwalk(?:ing|ed)? (?:some|part|bits|most|a few|one|two)(?: of)? (?:the |my )?runs?\b|\bwalking (?:is|=|means?) (?:failing|failure|giving up|cheating)/i,
    'walking runs first-timer finish',
  ],
  [
    /\bgoal time\b|\bjust (aim|want) to finish|\bjust finish\b|\bfirst (race|hyrox) (goal|target|time)\b|\bgoal for (my|a) first\b/i,
    'finish-time benchmarks first race goal',
  ],
  [/\badrenaline|\bgo out too (fast|hard)|\bstart(ed)? too (fast|hard)/i, 'pacing discipline adrenaline start'],
  // Masters and populations
  [
    /\btoo old|\btoo late (?:to (?:start|begin|take up|get into)|for (?:me|hyrox|someone)|at \d)|\bi'?m (4|5|6|7)\d\b|\b(4|5|6|7)\d ?(years? old|yo|y\/o)\b|\bolder\b|\bover (40|50|60)\b/i,
    'masters training after 40 recovery strength',
  ],
  // "60 year old grandad, never raced anything, realistic or am i kidding myself": not too late to start.
  [
    /^(?=[^]*(?:\b(?:i'?m|im|i am|at) [5-8]\d\b(?!\s*(?:kg|min|km|%|:|k\b|s\b))|\b[5-8]\d ?(?:years? old|yo|y\/o)\b|\bat my age\b|\bin my (?:50|60|70)s\b))[^]*\b(?:realistic|kidding (?:myself|me)|deluded|too old|too late|never (?:raced|done|competed|trained)|(?:first|1st) (?:ever )?(?:hyrox|race))\b/i,
    'too late start 50 60 beginner',
  ],
  [/\bperiod\b|\bmenstrual|\bcycle\b.*\b(women|train)|\biron\b|\breds\b/i, 'women-specific menstrual cycle REDs iron'],
  // The menopause has its own sections (training through it, bone density after it), not the menstrual cycle's.
  // Its symptoms ("hot flushes", "night sweats", sleep) have their own section; "anything i should change in training" is the training one.
  [/\bmenopaus|\bperimenopaus/i, 'perimenopause menopause strength'],
  [
    /\bhot flash(es)?\b|\bhot flush(es)?\b|\bnight sweats?\b|^(?=[^]*\b(?:peri-?)?menopaus)[^]*\b(?:sleep|sleeping|slept|nights?)\b/i,
    'perimenopause flushes night sweats sleep',
  ],
  [/\bpregnan|\bpostpartum|\bafter birth|\bmidwife/i, 'pregnancy after birth doctor midwife'],
  [/\bwheelchair|\badaptive|\bdisab|\bamput|\bimpair/i, 'adaptive divisions'],
  // …or a child the member names ("my son is 15 and wants to do hyrox with me").
  [
    /\b1[3-7] ?(years? old|yo|y\/o)\b|\bi'?m 1[3-7]\b|\bteen|\bminimum age|\bhow old do you have to be|\b(?:son|daughter|kid|child|boy|girl|nephew|niece|he|she)(?:'s| is)? 1[0-7]\b(?!\s*(?:kg|min|km|%|:|reps?|s\b|secs?))/i,
    'age groups divisions minimum age teenager',
  ],
  [/\bage group (podium|win|winning|results|times?)|\bpodium\b|\bgood (age group|ag) times?\b/i, 'age groups results finish times'],
  // "what's a good time for a 45-49 woman": a time judged within an age band.
  [
    /\b(?:1[6-9]|[2-8]\d) ?[-–] ?(?:2[4-9]|[3-8]\d)\b[^.?!]{0,40}\b(?:time|finish)\b|\b(?:good|decent|average|competitive) (?:time|finish)\b[^.?!]{0,40}\b(?:1[6-9]|[2-8]\d) ?[-–] ?(?:2[4-9]|[3-8]\d)\b/i,
    'age groups results finish times wins',
  ],
  // "how do i know if i'm ready to go pro?"
  [
    // …"pro or open for my first race?" (not "pro or open weights", which are the loads).
    /\b(go|going|move|moving|step|switch)( up)? (to )?pro\b|\b(do|doing|race|racing|enter|try) pro\b(?! or)|\bready (for|to go|to race) pro\b|\bpro division\b|\b(?:pro or open|open or pro)\b(?! (?:weights?|loads?|sleds?|wall ?balls?|kettlebells?|sandbags?))/i,
    'right division pro open first-timer',
  ],
  [/\bage ?groups?\b|\bage categor|\bwhich (age|category)/i, 'age groups divisions'],
  // Body weight and nutrition
  [/\blos(e|ing) (weight|fat|\d+ ?kg)|\bcut(ting)?\b.*\bweight|\bdeficit|\btoo heavy|\b1[0-5]\d ?kg\b/i, 'losing weight deficit rate protein'],
  // "eat 1000 cals under maintenance every day": how big a deficit.
  [
    /\b\d{3,4}\s*(cals?|kcals?|calories)\b[^.?!]{0,30}\b(under|below|less|deficit|off)\b|\b(under|below) maintenance\b|\bhow (big|large|much) (of )?a deficit\b/i,
    'deficit size kcal',
  ],
  // Food the day before; training the day before is race week.
  [
    /\bcarb[- ]?load|\b(eat|food|meal|dinner|carbs?)\b[^?.!]{0,40}\b(day|night|evening) before\b|\b(day|night|evening) before\b[^?.!]{0,40}\b(eat|food|meal|dinner|carbs?)\b/i,
    'day before race fuelling carbohydrate',
  ],
  [
    /\b(train|training|workout|session|run|gym)\b[^?.!]{0,30}\bday before\b|\bday before\b[^?.!]{0,30}\b(train|training|workout|session)\b/i,
    'shakeout strides openers race week',
  ],
  [DAY_BEFORE, 'shakeout strides openers race week'],
  // "cut 5kg before my race": losing weight, not cutting training volume.
  [
    /\bcut(?:ting)? (?:\d+(?:\.\d)? ?(?:kg|kgs|kilos?|lbs?|pounds|stone)|weight|body ?fat|calories)\b|\b(?:still|been|keep|i'?m|im|i am) (?:still )?(?:cutting|dieting)\b(?! (?:back|down|out|short|it|them|my|the|a|runs?|sessions?)\b)|\bon a (?:cut|diet)\b|\b(?:drop|shed|lose) (?:\d+(?:\.\d)? ?(?:kg|kgs|kilos?|lbs?|pounds|stone))\b/i,
    'lose weight rate body mass stop dieting',
  ],
  // "if i spit on the floor is that a penalty": the 2025/26 spitting rule.
  [/\bspit(?:ting)?\b|\bsnot\b|\bclear(?:ing)? (?:my|your|the) nose\b/i, 'penalties spitting nose floor'],
  [
    // …"can i bring my own gels and eat them on the course": eating in the race.
    /\bgels?\b|\bduring the race\b.*\b(eat|drink|fuel)|\beat\w*\b[^.?!]{0,20}\b(?:on|around) the course\b|\b(eat|fuel|drink|snack)\w*\b[^.?!]{0,15}\b(during|in the middle of|mid) (the |a )?(race|hyrox|event)\b|\bin-?race (fuel|nutrition|food)|\bmid-?race (fuel|food|snack)|\b(eat|fuel|snack|food|banana|sweets|jelly babies|chews?)\w*\b[^.?!]{0,30}\b(between (the )?stations|in the roxzone|on the course|mid[- ]?race)\b/i,
    'in-race fuelling per hour',
  ],
  [/\bsweat|\bhow much (water|fluid)|\bdehydrat|(?<!\b(?:stomach|tummy|gut|belly|abdominal) )\bcramp/i, 'hydration sweat rate sodium'],
  // "should i drink water at every station?", "hydration vest or a bottle during the race?", "gels during the race": in-race drinking and fuel.
  [
    /\bdrink\w*\b[^.?!]{0,30}\b(?:during|in|at|mid)[- ]?(?:the |a |every |each )?(?:race|hyrox|roxzone|stations?)\b|\bhydration (?:vest|pack|belt)\b|^(?![^]*\bwhere (?:do|can|should) (?:i|we) (?:put|leave|keep|store)\b)[^]*\bbottle\b[^.?!]{0,20}\b(?:during|in|mid)[- ]?(?:the )?race\b/i,
    'sodium drinking during the race in-race fuelling',
  ],
  // "doubles in the morning and singles in the afternoon, what do i eat in between?", "2 races same day, 4 hours apart": two races on one day.
  [
    /\b(?:two|2|both|back[- ]to[- ]back) (?:races|heats|events)\b[^.?!]{0,40}\b(?:same day|one day|in a day|apart)\b|\bsame day\b[^.?!]{0,40}\b(?:two|2|both|doubles|singles|races)\b|\b(?:doubles|singles|solo)\b[^.?!]{0,30}\b(?:morning|afternoon)\b[^]{0,60}\b(?:singles|doubles|solo)\b|\bbetween (?:the |my |our |two |2 |both )?(?:races|heats)\b/i,
    'two races same day between refuel',
  ],
  // "how fast can i lose weight", "lose 5kg before my race in 12 weeks, realistic?": the rate, not whether to lose at all.
  [
    /\bhow (?:fast|quickly|quick|much|many (?:kg|kilos?|lbs?|pounds)) (?:can|should|could|do|would) (?:i|you|we)\b[^.?!]{0,15}\b(?:lose|drop|cut|shed)\b|\b(?:lose|drop|cut|shed)\w*\b[^.?!]{0,15}\b\d+(?:\.\d)? ?(?:kg|kgs|kilos?|lbs?|pounds)\b[^.?!]{0,40}\b(?:\d+ ?(?:weeks?|wks?|months?)|realistic|possible|doable|too (?:much|fast))/i,
    'how fast lose weight rate body mass week',
  ],
  // "does creatine make you heavier?": the water it stores, which its section states.
  [
    /^(?=[^]*\bcreatine\b)[^]*\b(?:heavier|weight gain|gain weight|put on weight|bloat\w*|water (?:weight|retention)|puffy|body ?weight)\b/i,
    'creatine body mass water',
  ],
  // "what supplements are actually worth it?": the short list with evidence, which the conservative plan gives.
  [
    /\b(?:which|what) supplements?\b|\bsupplements?\b[^.?!]{0,30}\b(?:worth|actually work|recommend\w*|best|should i (?:take|use)|do i need)\b|\b(?:worth|best|recommend\w*)\b[^.?!]{0,20}\bsupplements?\b/i,
    'conservative supplement plan mostly none',
  ],
  // "how many calories should i eat on a heavy training day": daily energy and carbohydrate by the session, not a race's cost.
  [
    /^(?![^]*\b(?:race|hyrox) (?:burn|cost)s?\b)[^]*(?:\bhow many (?:calories|kcals?|cals)\b[^.?!]{0,40}\b(?:eat|day|daily)\b|\b(?:calories|kcals?|cals)\b[^.?!]{0,20}\b(?:a|per) day\b)/i,
    'eat enough energy availability matching carbohydrate day session',
  ],
  // "sodium bicarbonate for hyrox?": the buffer, not the sodium in sweat.
  [/\bbicarb\w*|\bbaking soda\b/i, 'sodium bicarbonate baking soda'],
  // "i get salt marks on my shirt", "do i need electrolytes in training": a salty sweater's sodium.
  [/\bsalt (marks?|stains?|crust)|\bsalty (sweat|sweater)|\belectrolytes?\b/i, 'sodium drinking salty sweaters electrolytes'],
  // "what can i do instead of some of my runs?": training that replaces what hurts or what cannot be done.
  [
    /\binstead of (?:some of |any of |all of )?(?:my |the )?(?:runs?|running)\b|\breplace (?:some of |all of )?(?:my |the )?(?:runs?|running)\b|\bcross[- ]?train/i,
    'replace safe hurts low-impact bike row skierg',
  ],
  // Eating too little ("i havent eaten much this week trying to make weight"): energy availability first.
  [
    /\b(haven'?t|have not|hardly|barely|not) (been )?eat(en|ing)?\b|\bskip(ping)? meals\b|\bunder-?eat|\bunder-?fuel|\bnot eating enough\b|\beat(ing)? enough\b|\bmak(e|ing) weight\b|\b1[0-9]00 ?(cal|cals|kcal|calories)\b[^.?!]{0,30}\b(a|per) day\b/i,
    'eat enough energy availability',
  ],
  // Dieting and feeling empty in training ("cutting at 1800kcal … feel dead", "dieting and every session feels awful"): energy availability and the deficit's size.
  [
    /^(?=[^]*\b(?:cutting(?! (?:my|the|a|back|down|out|short|it|them|runs?|sessions?)\b)|dieting|on a diet|in a (?:calorie |caloric )?deficit|calorie deficit|low[- ]?cal(?:orie)?s?|\d{3,4} ?(?:kcals?|cals?|calories))\b)(?=[^]*\b(?:dead|awful|terrible|horrible|exhausted|tired|wrecked|drained|flat|knackered|shattered|empty|weak|sluggish|fatigu\w*|no energy|low energy)\b)/i,
    'eat enough energy availability deficit size kcal REDs warning signs',
  ],
  // A medical condition: the doctor sets the limits.
  [
    /\b(high blood pressure|hypertension|diabetes|diabetic|asthma|heart condition|epilepsy|medical condition)\b/i,
    'medical condition doctor clearance',
  ],
  [/\bvegan|\bvegetarian|\bplant[- ]based/i, 'protein daily'],
  // "should i train in the morning or evening?", "my wave is at 8am, should i change when i train?"
  [
    /\btime of day\b|\bsame time (of day )?as (my |the )?(race|wave)|\btrain(ing)? (in the |at )?(morning|evening|night)s?\b|\b(morning|evening) (training|sessions?|workouts?|runs?)\b|\bwhen i train\b/i,
    'time of day morning evening wave same time',
  ],
  // "can i still do hyrox if im overweight?"
  [/\boverweight\b|\bobese\b|\bbig(ger)? (guy|girl|person|lad|bloke|beginner)\b|\bplus[- ]size/i, 'bigger beginner 120 kg'],
  // "do i need to be heavier to push the sled?", "is lighter faster?"
  [
    /\b(be|being|get|getting|am|i'?m|im)\s+(a bit |much |a lot )?(heavier|lighter|bigger|smaller)\b|\blighter (is|=|means) faster\b|\bbody ?weight\b[^.?!]{0,30}\b(faster|slower|sled|matter)/i,
    'myths body weight race weight lighter',
  ],
  // Training
  [
    /\bwhere (do|should) i (even )?start|\bnew to (this|hyrox)|\bnever (done|raced)|\bcomplete beginner|\b(need|have) to be fit\b|\bhow fit (do|should) i\b|\bstart(ing)? hyrox training\b/i,
    'first-timer beginner base',
  ],
  // "is a 6 week block enough to get ready for my first hyrox?", "how long do i need to prepare?"
  [
    /\b(is|are|will)\s+(a |an )?\d{1,2}[- ]?(weeks?|wks?|months?)\b[^?.!]{0,30}\b(enough|long enough|sufficient|too short)\b|\bhow long (do i need|does it take|should i (train|prepare))\b[^?.!]{0,30}\b(prepare|train|get ready|ready)\b|\benough time to (prepare|train|get ready)\b/i,
    'how long complete beginner need prepare first',
  ],
  // "is hyrox harder than a marathon?"
  [
    /\b(harder|easier|different|difference|compare[sd]?|vs\.?|versus|like)\b[^?.!]{0,40}\b(marathon|half marathon|running race|crossfit( workout)?|spartan|tough mudder|obstacle( course)?( races?)?|ocr|deka)\b|\b(marathon|crossfit|spartan|tough mudder|obstacle races?|ocr|deka)\b[^?.!]{0,30}\b(harder|easier|vs\.?|versus)\b|\bjust (another|an?) (obstacle|ocr|fitness)\b/i,
    'differs running race',
  ],
  [
    /\b(which|what) division\b|\bdivision (should|to) (i )?(enter|pick|choose|do)\b|\b(should|do) i (do|race|enter|pick|go|sign up( for)?)\b[^?.!]{0,20}\b(open|pro) or (open|pro)\b/i,
    'right division pro open first-timer',
  ],
  // "whats the difference between hyrox divisions, which one should i do as a beginner": the choice of division.
  [
    /^(?=[^]*\bdivisions?\b)[^]*\bwhich (?:one|division|of them)?\s*(?:should|do|would|could|to|is best for) (?:i|we|a beginner)\b/i,
    'right division pro open first-timer',
  ],
  // "how many sled pushes should i do a week?", "how often should i train wall balls?"
  [
    /\bhow (many|often|much)\b[^?.!]{0,40}\b(sleds?|wall ?balls?|lunges?|burpees?|carr(y|ies)|stations?|ski ?erg|row(ing)?)\b[^?.!]{0,30}\b(a|per|each) week\b|\b(sleds?|wall ?balls?|lunges?|burpees?|stations?)\b[^?.!]{0,30}\bhow (often|many times)\b|\bhow often\b[^?.!]{0,30}\b(train|do|practi[sc]e)\b[^?.!]{0,20}\b(sleds?|wall ?balls?|lunges?|burpees?|stations?)\b|\bhow (many times|often)\b[^?.!]{0,20}\b(a|per|each) week\b[^?.!]{0,40}\b(sleds?|wall ?balls?|lunges?|burpees?|carr(y|ies)|stations?|ski ?erg|row(ing)?)\b/i,
    'station sessions week',
  ],
  // "bbjs are my worst, thinking of doing them 4-5x a week": how often a station is trained.
  [
    /\b(sleds?|wall ?balls?|lunges?|burpees?|bbjs?|carr(y|ies)|stations?|ski ?erg|row(ing)?|them)\b[^?.!]{0,40}\b(\d(-\d)?|twice|three|four|five|six)( ?x| times)? (a|per) week\b/i,
    'station sessions week',
  ],
  // "whats a good 1k row time?", "good sled push time for open men"
  [
    /\b(good|decent|fast|average|target|realistic)\b[^?.!]{0,20}\b(row|ski ?erg|ski|sled( push| pull)?|wall ?balls?|lunges?|burpees?|carry|station)\b[^?.!]{0,10}\b(times?|splits?)\b/i,
    'station targets tier goal time split',
  ],
  // "what should i eat after training?"
  [
    // …"after a hard double session" too.
    /\b(eat|food|meal|refuel\w*)\b[^?.!]{0,20}\bafter (?:a |my |the )?(?:(?:hard|big|long|heavy|tough|double|two|2) )*(training|sessions?|workouts?|gym|lifting)\b|\bpost[- ]workout\b/i,
    'refuelling between sessions',
  ],
  [
    /\b(\d|three|four|five|six) days? a week|\b\d ?x (?:a|per) week\b[^.?!]{0,10}(?:\bplus\b|\band\b|\+)\s*(?:\d|two|three|four)\b|\bhours? a week|\bhow (often|many days|many sessions|many times)(?: a week| per week| each week)? (should|do|can) i (train|work ?out|run|lift)|\b(with|on|doing|have|got) (\d|three|four|five|six) (sessions|workouts|training days)\b/i,
    'sessions per week hours available',
  ],
  [/\bcrossfit|\bwod\b|\bbox\b/i, 'crossfit athlete'],
  // "still doing crossfit 4x a week, what do i swap out for hyrox prep?": the CrossFit week turned towards Hyrox.
  [
    /^(?=[^]*\b(?:crossfit|wods?|hwpo|prvn|comptrain|mayhem)\b)[^]*\b(?:swap\w*|replac\w*|drop\w*|instead|cut out|take out)\b/i,
    'translating session types bridge block crossfit program',
  ],
  // "doing a marathon in april and hyrox in june, how do i train for both": one build with both races (not which is harder).
  [
    /^(?=[^]*\b(?:half[- ]?)?marathon\b)(?=[^]*\b(?:both|same (?:build|block|season|year|time)|and (?:a |my |then )?hyrox|then hyrox|hyrox (?:in|after|before|a few)|weeks? (?:after|before|apart|later)|months? (?:after|before|apart|later)|train(?:ing)? for)\b)[^]*$/i,
    'half marathon marathon same build',
  ],
  // "i play sunday league football and train twice midweek": another sport's hard days in the week, kept apart from Hyrox's.
  [
    /\b(?:football|soccer|rugby|hockey|basketball|netball|tennis(?! elbow)|sunday league|5[- ]a[- ]side|futsal|gaa|handball|volleyball|cricket)\b/i,
    'managing interference week hard sessions separated easy rest days',
  ],
  // "is training twice a day worth it?", "am and pm sessions": two sessions in one day.
  [
    /\btwice (?:a|per|in a|in one|the same) day\b|\btwo[- ]a[- ]days?\b|\b(?:2|two) (?:sessions|workouts) (?:a|per|in a|in one|on the same|the same) day\b|\bdouble (?:days|sessions)\b|\bam and pm\b|\bmorning and (?:evening|night|afternoon)\b/i,
    'two sessions one day morning evening back to back',
  ],
  // "what order should i do things in a session, run first then stations?": which comes first when both share one visit.
  [
    /\b(?:run|running|runs|stations?|lift|lifting|strength|weights|gym)\s+first\b(?! thing)|\b(?:order|sequence)\b[^.?!]{0,30}\b(?:session|workout)\b/i,
    'back to back run first lift first two sessions one day',
  ],
  // "should my strength work be heavy low reps or lighter circuits?": heavy strength kept beside station strength-endurance.
  [
    /\bheavy\b[^.?!]{0,30}\b(?:low reps?|light(?:er)?|high reps?|circuits?|endurance)\b|\b(?:low|high)[- ]reps?\b[^.?!]{0,30}\bor\b[^.?!]{0,30}\b(?:low|high|light\w*|heavy|circuits?)\b/i,
    'lifting heavy strength sessions week maintenance strength-endurance',
  ],
  // "how do i breathe on wall balls and burpee broad jumps": breathing at the stations (the running's breathing is its own section).
  [
    /^(?=[^]*\b(?:stations?|wall ?balls?|burpees?|bbjs?|broad jumps?|sled\w*|lunges?|sandbag|farmers?|carry|ski ?ergs?|row(?:ing|er)?)\b)[^]*\bbreath(?:e|ing)\b/i,
    'breathe stations breathing',
    'asked',
  ],
  [/\brunner\b|\bmarathon|\bhalf marathon|\brunning background/i, 'runner running background'],
  [
    /\bno (sled|ski ?erg|rower|skierg)|\bdon'?t have (a |an )?(sled|ski|rower)|\bwithout (a |an )?(sled|ski|rower)|\bsubstitut/i,
    'substitutes equipment missing',
  ],
  [
    /\bcompromised|\bbricks?\b|\brun(ning)? (straight )?(after|off|out of) (the |a )?(stations?|sleds?|sled push|wall ?balls|lunges|burpees|ski ?erg|row)|\brun(?:s|ning)?\b[^.?!,]{0,25}\b(?:after|off|following) (?:the |a |my )?(?:stations?|sleds?|sled push|wall ?balls|lunges|burpees|ski ?erg|row|them|those)\b|\b(?:run|running|runs) on (?:tired|heavy|dead|fatigued|pre-?fatigued) legs\b|\bheavy legs on the runs?|\blegs?\b[^.?!]{0,20}\b(?:feel )?(?:like )?(?:concrete|jelly|lead|bricks?|wood(?:en)?|dead)\b[^.?!]{0,15}\bafter\b/i,
    'compromised running bricks',
  ],
  // …but "how easy are easy runs supposed to be?" asks how easy, not how much of the week.
  // …nor "zone 2 feels so slow, 7:30/km, is that right?", which asks how easy too.
  [
    /^(?![^]*\bhow easy\b)(?![^]*\bzone ?2\b[^.?!]{0,30}\b(?:slow|pace|feels?|\/km|too easy))[^]*(?:\bzone ?2\b|\beasy runs?\b|\b80\/20|\bpolari[sz])/i,
    'intensity distribution 80/20 easy',
  ],
  // "what heart rate zone should my easy runs be?": how easy, not race-day heart rate.
  [
    /\beasy (runs?|running|days?)\b[^?.!]{0,30}\b(heart rate|hr|zone|pace|how easy|slow)\b|\b(heart rate|hr|zone|pace|how easy|how slow)\b[^?.!]{0,30}\beasy (runs?|running)\b|\bzone ?2\b[^?.!]{0,30}\b(slow|pace|feels?|\/km|too easy|heart rate|hr|bpm)\b/i,
    'how easy easy runs conversational talk sentences',
  ],
  // "5k is 25 mins, want to get under 22", "how do i improve my 10k time": a faster fresh race is built by threshold work and
  // intervals at paces from the time it gives (the sessions-with-paces section), not by whatever else the message names.
  [
    /\b(?:improve|lower|drop|bring down|get down|faster|quicker|pb|pr)\b[^.?!]{0,30}\b(?:5 ?k|5 ?km|10 ?k|10 ?km|parkrun)\b|\b(?:5 ?k|5 ?km|10 ?k|10 ?km|parkrun)\b[^.?!]{0,40}\b(?:get|go|be|run|break|going) (?:under|below|sub)\b|\bget (?:under|below|sub)[- ]?\d{2}\b/i,
    'threshold interval sessions paces',
  ],
  // Not "a compromised running session" (running after a station: bricks, not intervals).
  [
    /\bthreshold\b|\bintervals?\b|\btempo\b|\brepeats?\b|(?<!\bcompromised )\brun(?:ning)? (?:workouts?|sessions?)\b/i,
    'threshold interval sessions paces',
  ],
  // "should run 8 be my fastest since its the last one": run 8 against the planned fade, not run 1's section.
  [
    /\b(?:run ?8|run eight|(?:last|final) (?:one|run|km))\b[^.?!]{0,30}\b(?:fastest|faster|quickest|sprint\w*|all[- ]out)\b|\b(?:fastest|faster|quickest)\b[^.?!]{0,30}\b(?:run ?8|run eight|(?:last|final) (?:one|run|km))\b/i,
    'run 8 protect planned fade',
  ],
  // "i always get a stitch on the runs after burpees": the stitch, not the station it follows.
  [/\bstitch(?:es)?\b|\bside (?:ache|pain|cramp)s?\b/i, 'stitch side ache'],
  // "do i sprint the last run?": the knowledge calls it run 8 (protect it, when to start pushing); "the first run" is run 1.
  [/\b(last|final) (run|km|k|kilometre)\b(?! of (the|my) (week|block|session))/i, 'run 8 protect pushing finish'],
  [/\bfirst (run|km|k|kilometre)\b(?! of (the|my) (week|block|session))/i, 'run 1 fastest pacing start'],
  [/\bmileage|\bhow (much|far) should i run|\brun volume|\b(km|k|miles) (a|per) week|\bhow many (km|k|miles)\b/i, 'run volume runs often'],
  // "is running 3 times a week enough?", "is 3 runs a week enough?", "how many runs a week?"
  [
    /\brun(ning)? (\d|two|three|four|five|twice)( times| days)? (a|per) week|\b(\d|two|three|four|five|six) runs? (a|per) week|\bhow many runs\b|\bhow often should i run\b/i,
    'runs week often',
  ],
  // "should i lift on the same day as running?", "run before or after weights?"
  [
    // …not two races on one day, which is refuelling between them.
    /^(?![^]*\b(?:races|heats)\b)(?=[^]*\bsame day\b)|\b(?:day after|after) (?:a |my |the )?(?:heavy |big |hard )?legs? (?:day|session)\b|\b(run|running|cardio)\b[^.?!]{0,20}\b(before|after|then)\b[^.?!]{0,15}\b(lift|lifting|weights|strength|gym)\b|\b(lift|lifting|weights|strength|gym)\b[^.?!]{0,20}\b(before|after|then)\b[^.?!]{0,15}\b(run|running|cardio)\b|\binterference\b/i,
    'interference same-day sessions separate strength running',
  ],
  // "how do i combine gym and running without being wrecked": interference managed across the week.
  [
    /\b(?:combine|combining|balance|balancing|mix|mixing|fit|fitting|juggl\w*)\b[^.?!]{0,30}\b(?:gym|lifting|strength|weights)\b[^.?!]{0,15}\b(?:and|with|\+|&)\b[^.?!]{0,10}\b(?:run|running|cardio)\b|\b(?:combine|combining|balance|balancing|mix|mixing)\b[^.?!]{0,30}\b(?:run|running)\b[^.?!]{0,15}\b(?:and|with|\+|&)\b[^.?!]{0,10}\b(?:gym|lifting|strength|weights)\b/i,
    'managing interference week concurrent',
  ],
  // "should i keep lifting heavy during a hyrox build?": strength kept at maintenance, not the standards to reach.
  [
    /\b(?:keep|stop|still|continue|maintain|drop)\w*\b[^.?!]{0,15}\b(?:lifting|lift|strength|heavy|weights|squatting|deadlifting)\b|\blift(?:ing)? heavy\b/i,
    'strength sessions week maintenance',
  ],
  // "should i run on consecutive days": hard days separated by easy days or rest.
  [/\bconsecutive days?\b|\bback[- ]to[- ]back days?\b|\b(?:two|2) days in a row\b/i, 'rest days hard sessions separated easy'],
  // "i do f45 3x a week, how do i add hyrox training": a class program with Hyrox added (a named class brand; "gym classes"
  // alone are too general: a beginner's "where do i start" or a masters athlete's hard sessions). Only when the member does
  // the classes: "crossfit vs f45 vs orange theory, which is best?" compares programs, it does not plan a week around one.
  [
    /^(?=[^]*\b(?:i do|i'?m doing|doing|i go to|go to|attend\w*|currently|add|adding|plus|alongside|on top of|\d ?x)\b)[^]*(?:\bf45\b|\borange ?theory\b|\botf\b|\bbootcamps?\b)/i,
    'class program plus hyrox example week',
  ],
  // "how do i periodise for hyrox, base build peak taper?": the four phases by weeks to race.
  [/\bperiodi[sz]\w*|\b(?:training )?phases\b|\bbase\b[^.?!]{0,20}\bbuild\b[^.?!]{0,20}\b(?:peak|taper)\b/i, 'four phases weeks race'],
  // "lunges kill me and run 8 is my slowest, how to fix": where run 8 loses time.
  [
    /\b(?:run ?8|run eight)\b[^.?!]{0,40}\b(?:slow\w*|worst|dies?|dying|kill\w*|fix|improve|fades?|collapse\w*|falls? apart)\b|\b(?:slow\w*|worst|fix|improve)\b[^.?!]{0,30}\b(?:run ?8|run eight)\b/i,
    'where time is lost run 8 lunges transition',
  ],
  // "how do i get faster at the 1km runs between stations": running on tired legs, trained by bricks and threshold work.
  [
    /\b(?:faster|quicker|improve|better)\b[^.?!]{0,30}\b(?:1 ?km|km|k|runs?|running)\b[^.?!]{0,20}\bbetween (?:the )?stations\b/i,
    'compromised running bricks threshold',
  ],
  [/\bstrength\b|\bsquat|\bdeadlift|\bgym (work|sessions)|\blifting\b/i, 'strength training standards'],
  [/\bsimulation|\bsims?\b|\bhalf (race|sim)|\bfull (race|sim)|\bmock race/i, 'race simulations half full'],
  [/\bdeload|\brest week|\beasy week/i, 'deload every 3–4 weeks'],
  // Not "i feel sick after wall balls" (nausea after an effort).
  // "ill" is also "I'll" typed without the apostrophe ("scared ill come last"): not when a verb follows.
  [
    /\bmissed\b|\btime off|\bholiday|\bvacation|(?<!\bfeel(?:s|ing)? )\bsick\b(?! after)|\bill\b(?! \w+ly\b)(?! (?:be|come|do|get|go|need|have|try|just|still|never|not|finish|make|race|run|see|look|start|take|keep|lose|hit|want|feel|end|know|manage|walk|stop|blow|die|be|pass|fail|probably|prob|def|always)\b)/i,
    'missed sessions time off',
  ],
  [/\btravel/i, 'training while travelling'],
  [
    // Not the weather: "run in the rain/cold", "cold weather", "a cold morning", "cold plunge".
    /(?<!\b(?:the|in|it'?s|its|freezing|so|too|when|venues?|halls?|arenas?|it|be|gets?|feels?|bit|pretty|very|really|quite) |\/)\bcold\b(?! (?:weather|outside|out\b|temps?|temperatures?|mornings?|days?|air|hall|plunge|water|bath|showers?|tub|exposure))|\bflu\b|\bfever\b|\brunny nose|\bcovid|\bvirus|\bchest infection|\b(been|got over|getting over|recover(ed|ing)? from) (a |an |the )?(ill|sick|illness|bug|infection)/i,
    'illness training missed sessions',
  ],
  // "my resting hr has gone down since i started training": a falling resting heart rate is fitness (not the rise that warns).
  [
    /\b(?:resting (?:hr|heart ?rate|pulse)|rhr)\b[^.?!]{0,40}\b(?:dropped|drops|dropping|down|lower|fallen|fell|falling|decreased?|decreasing|used to be|went from)\b/i,
    'resting heart rate dropped months good sign',
  ],
  // "legs absolutely wrecked 2 days after heavy sled pushes": soreness said in the members' words.
  [
    /\bsoreness|\bsore\b|\bdoms\b|\b(?:legs?|quads|glutes|hamstrings|calves)\b[^.?!]{0,20}\b(?:wrecked|trashed|destroyed|smashed|battered|in bits)\b/i,
    'soreness active recovery',
  ],
  // "super sore from leg day, train or rest today?": whether soreness changes the day's plan (limping or not).
  [
    /^(?=[^]*\b(?:sore|soreness|doms|stiff|wrecked|trashed|destroyed|smashed|battered)\b)[^]*\b(?:train|rest|skip|run|session|workout|today|tomorrow)\b[^.?!]{0,30}\?|\b(?:train|run|work ?out|exercise) (?:through|with) (?:the )?(?:soreness|doms)\b/i,
    'when soreness changes the plan limp running form swap easy running better',
    'asked',
  ],
  // "can i do two hyrox races in a month?"
  [
    /\b(two|2|three|3|back[- ]to[- ]back) (hyrox )?races\b|\bbetween (hyrox )?races\b|\brace again\b|\bhow (often|many times) (can|should) i race\b/i,
    'race again recover week after',
  ],
  // "i race in 3 weeks and again 5 weeks after that": two races a few weeks apart.
  [
    /\brac(?:e|ing)\b[^.?!]{0,30}\band again\b|\b(?:another|a second|second) (?:hyrox|race)\b[^.?!]{0,40}\b(?:weeks?|after|later)\b|\braces? \d+ weeks? apart\b/i,
    'two races weeks apart train between',
  ],
  // "what should i do the week after my race?" ('after' is a stop word, so the week after reads like the weeks before)
  [
    /^(?![^]*\b(showers?|changing rooms?|lockers?|medals?|results?|food|shirt|t-?shirt|podium|ceremony|bag drop|parking|toilets?)\b)[^]*(?:\b(week|days?) after (my|the|a|your) (hyrox |first )?race\b|\bafter (my|the|a|your) (hyrox |first )?race\b|\bpost[- ]race\b|\brecover(y|ing)? (from|after) (a |the |my )?(hyrox|race)\b)/i,
    'recover easy days soreness readiness',
  ],
  // "my run splits in the race were 5:30 but i run 4:45 in training, why?": why Hyrox runs are slower than fresh ones.
  [
    /\b(race|hyrox)\b[^.?!]{0,40}\b(\d:\d\d|slower)\b[^.?!]{0,40}\b(in training|fresh|normal|10k|5k)\b[^]*\bwhy\b|\bwhy\b[^.?!]{0,40}\bslower (in the race|than (in )?training|in hyrox)\b/i,
    'compromised running why hyrox runs slower',
  ],
  // "my runs were even but my stations were slow, where should i focus?": where station training time goes.
  [
    /\bstations? (?:were|are|was|is) (?:\w+ )?(?:slow|bad|weak|terrible|awful)\b|\b(?:slow|weak|bad) stations?\b/i,
    'choosing where to spend station training time',
  ],
  // "should i walk the roxzone to recover or jog it?": the Roxzone as free time.
  [
    /\broxzone\b[^.?!]{0,40}\b(?:walk|jog|run|recover|rest|breathe|fast|quick)\w*|\b(?:walk|jog|run|recover|rest)\w*\b[^.?!]{0,25}\broxzone\b/i,
    'roxzone free time',
  ],
  // "is it bad to run every day? i do 5k daily for a streak": no rest days.
  [
    /\b(?:run|running|train|training|workout)\b[^.?!]{0,15}\b(?:every ?day|daily|7 days a week|seven days a week)\b|\b(?:run|running) streak\b|\bstreak\b[^.?!]{0,20}\b(?:run|running|days?)\b|\bno rest days?\b/i,
    'rest days a week',
  ],
  // "i run 5:00/km for 5k but in hyrox i only manage 6:30, what do i work on": the gap between fresh and Hyrox running.
  [
    /\b(?:in|at) (?:a |the )?(?:hyrox|race)\b[^.?!]{0,25}\b(?:i )?(?:only|just)? ?(?:manage|hold|average|do|run)\b[^.?!]{0,15}\d:\d\d|\b\d:\d\d\b[^.?!]{0,20}\b(?:in|at) (?:a |the )?(?:hyrox|race)\b/i,
    'compromised running why hyrox runs slower',
    'asked',
  ],
  // The race wristband from registration ("where do the wristbands go, what if i lose mine"), not a pacing-plan wristband;
  // where a bottle can be kept ("where do i put my water bottle… in the roxzone"): what the venue provides.
  [
    /\bwristbands?\b(?![^.?!]{0,25}\b(?:plan|paces?|pacing|splits?|targets?)\b)(?<!\b(?:plan|paces?|pacing|splits?|targets?)\b[^.?!]{0,25}\bwristbands?)/i,
    'facilities venue registration wristband',
  ],
  [
    /\bwhere (?:do|can|should) (?:i|we) (?:put|leave|keep|store) (?:my |our |a )?(?:water )?bottles?\b|\bbottles?\b[^.?!]{0,30}\bin the roxzone\b/i,
    'facilities venue water course',
  ],
  // What the venue has ("are there showers after the race", "is there water on the course").
  [
    // …"can i bring a gel and a bottle onto the course with me".
    /\bshowers?\b|\bchanging rooms?\b|\blockers?\b|\b(?:is|are) there (?:a |any )?bag ?drops?\b|\bwhere\b[^.?!]{0,20}\bbag ?drop\b|\bwater (on|along|at) (the )?course\b|\b(bring|need) (a |my |my own |our own |your own )?(water )?bottle\b|(?![^]*\b(?:eat|eating|fuel|fuelling|fueling)\b)\b(?:bring|carry|take|have)\b[^.?!]{0,25}\b(?:bottles?|gels?|drinks?)\b[^.?!]{0,25}\b(?:on|onto|into|around) the course\b/i,
    'facilities venue changing rooms showers bag drop water',
  ],
  // "had a terrible race", "shit race", "rough race": a bad race to review and move on from.
  [
    new RegExp(
      String.raw`\b(terrible|horrible|awful|shit|rough|bad|disastrous|nightmare) (hyrox |first )?(race|result|day)\b|\bhow do i get over\b|${BAD_RACE_WORDS.source}`,
      'i',
    ),
    'bad race disappointed review move on',
  ],
  // "should i foam roll": a recovery method, not a rolling average.
  [/\bfoam[- ]?roll|\bmassage gun\b/i, 'recovery methods active recovery soreness'],
  // "what's the world record?", "how fast are the best?"
  [/\bworld records?\b|\bfastest (hyrox|time|ever)|\bhow fast are the (best|pros|elites?)/i, 'record fast best'],
  [/\bsleep/i, 'sleep hours'],
  // "how many hard sessions a week should i do": the count of hard days, not recovery in general.
  [/\bhow many (?:hard|intense|tough|high[- ]intensity|heavy|quality|hiit) (?:sessions?|days?|workouts?)\b/i, 'hard sessions a week'],
  // "slept like 2 hours bc nerves, race is at 1pm": one bad night before the race.
  [
    /^(?=[^]*\b(race|racing|comp|competition)\b)[^]*(\bslept (like |only |about |maybe )?(\d|badly|terribly|poorly|awful|barely|horribly)|\b(didn'?t|couldn'?t|could not|did not) sleep\b|\bno sleep\b|\b(?:bad|rough|poor|terrible|awful|crap|sleepless|broken|restless|short) night'?s?\b)/i,
    'slept badly night before',
  ],
  // "2 hours of sleep the night before the race": one bad night, not the weekly average.
  [/\b(sleep|slept)\b[^.?!]{0,40}\bnight before\b|\bnight before\b[^.?!]{0,40}\b(sleep|slept)\b/i, 'slept badly night before'],
  // "how do i pace the wall balls at the end when im dead?": 100 reps are paced by how the sets are split.
  [/\bpac(?:e|ed|ing)\b[^.?!]{0,30}\bwall ?balls?\b|\bwall ?balls?\b[^.?!]{0,30}\bpac(?:e|ed|ing)\b/i, 'split sets breathe legs fail', 'asked'],
  // "how many wall balls should i do unbroken?": how to split the sets.
  [/\bunbroken\b|\b(reps?|wall ?balls?|burpees?|lunges?)\b[^.?!]{0,20}\bin a row\b|\bwithout (stopping|a break|breaking)\b/i, 'split sets unbroken'],
  // "can my kids come watch? where does family stand?"
  // …"can my coach stand near the sleds and shout at me": a supporter at the course side, whoever it is.
  [
    /\bspectat|\b(family|kids|friends|parents|supporters?|fans)\b[^?.!]{0,30}\b(watch|come|stand|see|cheer)\b|\b(?:coach|mate|friend|partner|wife|husband|girlfriend|boyfriend|mum|dad)\b[^?.!]{0,30}\b(?:stand|shout|yell|scream|cheer)\w*\b/i,
    'spectators roxzone race day',
  ],
  // "can my friend film me on the course or do they have to stay in the stands"
  [
    /\b(film|filming|video|record|photos?|pictures?)\b[^?.!]{0,40}\b(course|stands|race|stations?)\b|\bin the stands\b/i,
    'spectators roxzone race day',
  ],
  // "no gym, just 2 dumbbells at home": training without the race kit.
  [
    /\b((train|training|work ?out|gym) at home|at home\b[^.?!]{0,30}\b(dumbbells?|kettlebells?|equipment|kit)|home gym|garage gym|no gym|without a gym|just (a |some |two |2 ?x? ?)?(dumbbells?|kettlebells?|db'?s)|only (have )?(a |some |two |2 ?x? ?)?(dumbbells?|kettlebells?))\b/i,
    'without sled substitutes equipment missing',
  ],
  // "i waste so much time at the start of every station": the transition into the station.
  [
    /\b(into|out of|start of|starting|set(ting)? up (at|for)) (the |each |every |a )?stations?\b|\btransitions?\b/i,
    'getting into out of each station roxzone',
  ],
  // "same 60 min class every single day, no rest days": monotony.
  [/\bno rest days?\b|\bsame (class|session|workout)\b[^?.!]{0,30}\bevery\b/i, 'monotony strain rest days'],
  // "had my baby 5 months ago": after birth.
  [
    /\b(had|gave birth to) (a |my |our )?baby\b[^.?!]{0,20}\b(ago|weeks?|months?)\b|\bpost[- ]?partum|\bpost[- ]?natal|\bafter (giving )?birth|\bpregnan/i,
    'pregnancy after birth',
  ],
  // After a birth, the question is how to return: the return-to-running section, not the pregnancy referral section.
  [
    /\b(had|gave birth to) (a |my |our )?baby\b[^.?!]{0,20}\b(ago|weeks?|months?)\b|\bpost[- ]?partum|\bpost[- ]?natal|\bafter (giving )?birth/i,
    'returning running after birth',
  ],
  // "my gp put me on blood pressure tablets": medication is the doctor's.
  [/\bblood pressure\b|\b(medication|meds|prescri\w*)\b|\b(beta[- ]?blockers?|inhalers?|insulin)\b/i, 'medical condition doctor'],
  // "can i wear my garmin and a hr strap in the race or is that banned": what the race rules ban (not watches).
  [
    /\b(?:garmin|watch(?:es)?|whoop|(?:hr|heart rate|chest) (?:monitors?|straps?))\b[^]*\b(?:allowed|banned|legal|rules?|in the race|during the race|race day)\b|\b(?:allowed|banned)\b[^]*\b(?:garmin|watch(?:es)?|(?:hr|heart rate|chest) (?:monitors?|straps?))\b/i,
    'race rulebook ban headphones phones body cameras not watches',
  ],
  // "do i need a heart rate monitor / chest strap?"
  [
    /\bchest strap|\b(hr|heart rate|heart-rate) (monitors?|straps?|watch)|\b(garmin|apple watch|whoop|sports? watch|smart ?watch)\b/i,
    'heart rate watch RPE',
  ],
  // "a crossfit program 6 days a week and a running plan on top": two programs at once.
  [
    /\b(plan|program(me)?|runs?|running|sessions?|classes)\b[^.?!]{0,30}\bon top\b(?! of (?:my |the |this )?(?:plan|program(?:me)?|training)\b)|\b(both|two) (plans|programs|programmes)\b|\b(combine|combining|stack|stacking|run) (two|both|the two)\b[^.?!]{0,20}\b(plans|programs|programmes)\b|\bplus (a|my) (running|run|hyrox) (plan|program)/i,
    'two-plan trap red flags program combination',
  ],
  // "is it worth getting a coach or can i just follow an app?": choosing a program.
  [
    /\b(apps?|online (program|plan|coach)|personal trainer|(a|my own) coach\b|follow (a|an|the) (program|plan|app))\b/i,
    'questions to ask of any program choosing',
  ],
  // "should i lift heavy or light for hyrox?"
  [
    /\b(heavy or light|light or heavy)\b|\bhow heavy should i (lift|train)\b|\brep ranges?\b|\b(low|high) reps\b/i,
    'strength standards autoregulated',
  ],
  // "is it bad that my run 1 was way faster than the rest?"
  [/\b(run ?1|first (run|km|k|kilometre))\b[^.?!]{0,40}\b(fast|faster|quick|quicker|hot)\b|\bfaster than the rest\b/i, 'run 1 fastest planned fade'],
  // "whats the best recovery drink after a session?": refuelling, not sweat rates.
  [/\brecovery (drinks?|shakes?|meals?|food|snacks?)\b|\bprotein shake\b/i, 'refuelling between sessions protein carbohydrate'],
  // "i have a half marathon 3 weeks before my hyrox": two races close together.
  [
    /\b(half marathon|marathon|10 ?k race|triathlon|another race)\b[^.?!]{0,40}\b(before|after)\b[^.?!]{0,25}\b(hyrox|race)\b/i,
    'race again recover week after taper',
  ],
  // "first hyrox in 6 weeks and havent done any sleds": the kit not yet tried.
  [
    /\b(haven'?t|have not|never|not yet)\b[^.?!]{0,20}\b(done|tried|pushed|pulled|used|touched)\b[^.?!]{0,15}\b(sleds?|ski ?erg|rower|sandbag|wall ?balls?)\b|\bno access to (a |the )?(sleds?|ski ?erg)/i,
    'without sled substitutes book real equipment',
  ],
  // "can i listen to music while training?": training with music, not the race's headphone rule.
  [
    /\b(music|headphones|earbuds|airpods|podcasts?)\b[^.?!]{0,30}\b(train|training|gym|runs?|running|sessions?)\b|\b(train|training|gym|runs?|running)\b[^.?!]{0,20}\b(with|to) (music|headphones|podcasts?)\b/i,
    'train with music without it',
  ],
  // "how long before the race should i do my last hard session?"
  [
    /\blast (hard|big|long|heavy|key|tough) (session|workout|run|day|sim|simulation)\b|\bhow (long|many days) before the race should i (stop|do|train)/i,
    'taper last two weeks openers',
  ],
  // "im 38 female, how much should i be lifting?"
  [/\bhow (much|heavy) should i (be )?lift(ing)?\b|\bstrength standards?\b|\bhow strong should i be\b/i, 'strength standards'],
  // "what do i do if i fall behind my pacing plan in the race?"
  [
    /\b(fall|fell|falling|get|got|am|i'?m) behind\b|\bbehind (my |the )?(plan|pace|splits|schedule)\b|\boff (my |the )?(plan|pace)\b/i,
    'adjusting the plan on the day',
  ],
  // "do i need to eat during training sessions over an hour?": carbohydrate per hour, as in the race.
  [
    /\b(eat|fuel|carbs?|gels?|drink)\b[^.?!]{0,15}\b(during|in|on) (my |a |the )?(training|sessions?|workouts?|long runs?|intervals?)\b/i,
    'in-race fuelling 30–60 g per hour',
  ],
  // "long run how long? i'm at 10km max": the long run's length (not a 3-rep max).
  [
    /\blong runs?\b[^.?!]{0,20}\bhow (?:long|far)\b|\bhow (?:long|far)\b[^.?!]{0,25}\blong runs?\b|\blong runs?\b[^.?!]{0,15}\b(?:length|distance)\b/i,
    'how long should my long run be',
  ],
  // "should i train the day after a night out, had like 5 drinks": alcohol, not sweat-rate drinking.
  [
    /\balcohol|\bbeers?\b|\bwine\b|\bpints?\b|\bbooze|\bhang ?over|\bhungover|\bdrunk\b|\bnight out\b|\b(?:\d+|few|couple of|some|lots of|too many) drinks\b|\b(?:stag|hen|bachelor|bachelorette)(?: do| party| night| weekend)?\b|^(?![^]*\b(?:water|fluids?|electrolytes?|sweat\w*|hydrat\w*|sports? drinks?|sodium|salt)\b)[^]*\bdrinking\b/i,
    'alcohol training race week',
  ],
  // "what should my long run pace be compared to race pace?"
  [
    /\blong runs? pace\b|\bpace (of|for) (my |the )?long runs?\b|\bhow (fast|slow) should (my|the) long runs?\b/i,
    'long run easy conversational pace',
  ],
  // "should women do the same training as men?"
  [
    /\b(women|woman|female|girls?)\b[^.?!]{0,40}\b(same|different|differently)\b[^.?!]{0,20}\b(training|train|program)|\btrain(ing)? (differently|different) (as|for) (a )?(woman|women|female)/i,
    'women-specific notes',
  ],
  // "should i do sprints for hyrox?"
  [/\bsprints?\b|\bsprinting\b|\bspeed work\b/i, 'interval sessions paces threshold'],
  // "how do i stop my legs cramping on the sled push?"
  [/(?<!\b(?:stomach|tummy|gut|belly|abdominal) )\bcramp(s|ing|ed)?\b/i, 'cramp calves hamstrings'],
  // "toilet queues at hyrox, should i go before the pen?": the venue and the race-day timeline.
  [/\btoilets?\b|\bloos?\b|\bportaloos?\b|\bport-?a-?(?:loo|potty|john)s?\b/i, 'facilities venue toilets race-day timeline'],
  // "is it ok to eat a banana in the start pen like 10 min before go": the last food before the start.
  [
    /\b(?:eat|banana|gel|snack|food|sweets)\w*\b[^.?!]{0,30}\b(?:start pen|before (?:the |my )?(?:start|wave|go|gun)|\d+ ?min(?:ute)?s? before)\b/i,
    'pre-race meal hours before start',
  ],
  // "lost all motivation since my race 3 weeks ago": after a race, the post-race low.
  [
    /\b(?:motivation|flat|low|down|empty|blues)\b[^.?!]{0,40}\bsince (?:my|the) (?:last )?race\b|\bpost[- ]race (?:blues|low|dip)\b/i,
    'post-race blues flat low days after race',
  ],
  // "visualisation - does it work and how would i do it": imagery practised in training.
  [/\bvisuali[sz]\w*|\bimagery\b|\bmental rehears\w*/i, 'practising mental skills training imagery'],
  // "i play football twice a week, how do i fit hyrox training around it": another sport in the week.
  [
    /\b(?:play|playing|do|doing)\b[^.?!]{0,10}\b(?:football|soccer|rugby|hockey|netball|basketball|tennis(?! elbow)|padel|squash|cricket|climbing|bjj|jiu ?jitsu|martial arts|boxing|cycling|swimming)\b|\bfit (?:hyrox|training|it) (?:around|in with)\b/i,
    'managing interference training week sessions hours',
  ],
  // "do i need a weight belt for the sled? is it allowed": kit rules, not the sled loads.
  [/\b(?:weight|weightlifting|lifting|lever) belt\b/i, 'lifting belts knee sleeves allowed'],
  // "just finished my first hyrox, what should i do now, this week": the week after the race.
  [
    /\bjust (?:finished|did|done|completed|raced)\b[^.?!]{0,30}\b(?:hyrox|race)\b|\b(?:finished|did|done) (?:my )?(?:first )?hyrox (?:yesterday|today|this weekend|last weekend|on (?:saturday|sunday))\b/i,
    'week after race recover',
  ],
  // "how do you deal with the pain in the lunges? my legs are on fire and my brain says stop": effort, not injury.
  [
    /\b(?:legs?|quads|lungs|everything)\b[^.?!]{0,15}\bon fire\b|\bbrain (?:says|tells me|is telling me|screams) (?:to )?stop\b|\b(?:deal with|handle|push through|embrace|manage) (?:the )?(?:pain|burn|burning|suffering|hurt)\b/i,
    'mid-race slump chunking self-talk cue words',
  ],
  // "i get stomach cramps during races, is it what im eating before?": the gut, not a muscle.
  [
    /\b(?:stomach|tummy|gut|belly|gi)\b[^.?!]{0,15}\b(?:cramps?|cramping|issues?|problems?|upset|pain|aches?|trouble|bloat\w*)\b|\b(?:need|needing|run(?:ning)?) (?:for )?the (?:loo|toilet)\b/i,
    'stomach gi problems toilet',
  ],
  // "my doubles partner is late, can we swap waves?", "will we lose our slot": a late start or a wave change.
  [
    /\b(?:swap|change|switch|move)\w* (?:\w+ ){0,2}waves?\b|\blose (?:our|my|the) (?:slot|place|wave|spot)\b|\b(?:partner|mate|friend)\b[^.?!]{0,15}\b(?:is |are |running |gonna be |will be )?late\b|\blate for (?:my|our|the) wave\b/i,
    'missed my wave late',
  ],
  // "how many carbs a day should i eat training": the daily bands, not the pre-race meal.
  [/\bcarb(?:s|ohydrates?)?\b[^.?!]{0,25}\b(?:a|per|each) day\b|\bdaily carb/i, 'daily carbohydrate acsm bands'],
  // Racing
  // "do u have to do all 100 wall balls before moving on or can u go back and forth to the run": the format (complete
  // each station, in order; the clock stops on the last wall ball), not how to train the station.
  [
    /\bbefore (?:moving on|going on|you move on|i move on|leaving|the next (?:run|station))\b|\bback and forth\b|\b(?:go|come|run) back (?:to|and)\b[^.?!]{0,20}\b(?:station|run|wall ?balls?|sled)|\b(?:finish|do|complete) (?:all|every|the whole)\b[^.?!]{0,25}\bbefore\b/i,
    'race in one sentence complete one station eight times same order clock stops last wall ball',
  ],
  // "what actually IS a hyrox race? how far do you run, how many stations?"
  [
    /\bbetween (each|every|the) stations?\b|\b(run|running) the (full|whole) (1 ?)?k(m)?\b|\bwhat (actually )?(is|are) (a )?hyrox( race)?\b|\bhow far (do you|do we|is the) run|\bhow many stations\b|\bhow (does|do) (a )?hyrox (race )?work/i,
    'race in one sentence eight stations order',
  ],
  [
    /\bhow long (does|will|would|did) (a |the |my )?(first )?hyrox( race)? (?:usually |normally |typically |generally |tend to |on average )?take|\bhow long is (a |the )?(hyrox|race)\b(?! (course|run))|\bhow long (does|will) it take (me |a beginner )?to (finish|complete)|\baverage (hyrox )?(finish(ing)? )?times?\b|\bnormal (finish )?time\b|\bis (a )?\d:\d\d (bad|good|slow|ok)/i,
    'finish-time benchmarks tiers first race',
  ],
  [/\bwhere (do|will) i lose|\blosing time|\bwhere .* time (go|lost)/i, 'where time is lost'],
  [/\bgood time|\bdecent time|\baverage time|\brealistic (time|goal)|\bwhat time (should|can|will|would) i\b/i, 'finish-time benchmarks tiers'],
  [/\bheart rate\b.*\brace|\bhr\b.*\brace|\brace\b.*\b(heart rate|hr)\b/i, 'heart rate RPE race day'],
  // "can i pace hyrox off heart rate? what zones for the runs", "pacing by rpe, what should each part feel like": racing by
  // heart rate or effort, not a heart-rate monitor for training nor the readiness score.
  [
    // …not "same 4:50 pace, rpe 8" (a session that felt hard) nor "my easy runs by heart rate" (training).
    /\b(?:pac(?:e|ed|es|ing)|rac(?:e|ed|es|ing))\b[^.?!]{0,20}\b(?:by|off|on|with|using|to|from) (?:my |your |the )?(?:heart ?rate|hr|bpm|rpe|effort|feel)\b|\b(?:heart ?rate|hr) zones?\b[^.?!]{0,40}\b(?:race|stations?|hyrox)\b|\brpe\b[^.?!]{0,40}\b(?:race|racing|hyrox|each (?:part|bit|section|station))\b/i,
    'heart rate RPE race day effort',
  ],
  [/\b(go|went) out too|\bblew up|\bon the day\b|\bfeel(ing)? bad (on|during)/i, 'adjusting the plan on the day'],
  // "my sled took 40s longer than in training, should i have run harder after to make it up?": lost time is not chased.
  [
    /\bmake (?:it|that|them|the time|time|the difference) (?:up|back)\b|\bmake up (?:the |for (?:the |it|that)?)?(?:time|it|that|lost)\b|\b(?:win|get|claw|pull) (?:it|that|the time|time) back\b|\bchas(?:e|ing) (?:the |lost )?(?:time|it)\b/i,
    'adjusting the plan on the day slow sled floor chase next run bad station',
    'asked',
  ],
  // "what do i do when my pacing plan falls apart mid race": the plan adjusted, not a mind that falls apart.
  [
    /\b(?:plan|pacing|pace|splits?)\b[^.?!]{0,15}\b(?:falls?|fell|falling|goes|went|going|gone) (?:apart|wrong|out the window|to (?:pieces|bits|hell))\b/i,
    'adjusting the plan on the day bad station return next kilometre',
  ],
  // "first hyrox, no goal time, how do i pace it?": pacing a first race by effort.
  [
    /^(?=[^]*\bpac(?:e|ed|ing)\b)[^]*\b(?:first|1st|debut) (?:hyrox|race|ever race|event|comp\w*)\b|^(?=[^]*\bpac(?:e|ed|ing)\b)[^]*\bno (?:goal|target)\b/i,
    'pacing first hyrox no goal time effort',
  ],
  // "is it better to run slower and hit the stations hard or the other way": runs against stations.
  [
    /\b(?:run|runs|running)\b[^.?!]{0,30}\b(?:slow|slower|easy|easier|steady|conservative)\b[^.?!]{0,40}\bstations?\b|\bstations?\b[^.?!]{0,30}\b(?:slow|slower|easy|easier|steady|conservative)\b[^.?!]{0,40}\b(?:runs?|running)\b|\bsave (?:my legs|energy|myself) for the (?:stations|runs)\b|\b(?:attack|hit|smash) the stations\b/i,
    'run easy attack stations other way round',
  ],
  // "how do i pace the sled push, go all out or steady?": the sled in lengths with pauses at the turns.
  [
    /\bpac(?:e|ed|ing)\b[^.?!]{0,20}\bsleds?\b|\bsled (?:push|pull)\b[^.?!]{0,30}\b(?:all[- ]out|steady|rests?|pauses?|break (?:it )?up|how many (?:rests|breaks|stops))\b/i,
    'pacing inside each station sled lengths pause turns',
  ],
  // "how do i avoid going out too fast?": the start.
  [
    // …and "went out with the fast guys", "getting sucked in at the start", "chasing the quick lads on run 1".
    /\b(go|goes|going|went) out (too )?(fast|hard|hot|quick)\b|\bstart(ing|ed)? (too )?(fast|hard|hot|quick)\b|\b(?:go|goes|going|went) out with (?:the )?(?:fast|quick|front|lead)\w*|\bsucked in\b|\b(?:chas(?:e|ed|ing)|keep(?:ing)? up with|follow(?:ed|ing)?|stay(?:ing)? with) (?:the )?(?:fast|quick|faster|quicker|lead|front)\w* (?:guys|people|ones|runners|athletes|pack|group|girls|lads|crowd)\b/i,
    'pacing discipline adrenaline start run 1',
  ],
  // "i get carried away at the start with everyone sprinting", "how do i hold back when the adrenalin kicks in": the start's
  // adrenaline, not holding back inside a station.
  [
    /\b(?:get|got|getting|gets) carried away\b|\badrenalin(?:e)?\b[^.?!]{0,40}\b(?:start|run ?1|first (?:run|km|k|kilometre)|kicks? in|hold (?:myself )?back)\b|\b(?:start|run ?1|first (?:run|km|k|kilometre))\b[^.?!]{0,40}\badrenalin|\bevery(?:one|body|1) (?:sprint(?:s|ing)?|fl(?:y|ies|ying)|bolt(?:s|ing)?|shoot(?:s|ing)?|tak(?:es|ing)) off\b|\bcaught up (?:in|with) (?:the )?(?:crowd|hype|atmosphere|start)\b/i,
    'pacing discipline adrenaline start run 1',
  ],
  // "how do i know if im going too hard in the first half", "went out way too fast, how do i hold back": the start, when
  // the sentence that asks says it ("i always go out way too fast on run 1" beside "how should i pace my runs" is context).
  [
    /\b(?:go|goes|going|went|gone) out (?:way|far|much|a bit|a little|slightly|so|massively) too (?:fast|hard|hot|quick)\b|\bstart(?:ing|ed)? (?:way|far|much|a bit|a little|slightly|so) too (?:fast|hard|hot|quick)\b|\b(?:go|goes|going|went) (?:way |far |much )?too (?:fast|hard|hot|quick)\b[^.?!]{0,30}\b(?:early|start|first (?:half|run|km|k|kilometre|few)|run ?1)\b/i,
    'pacing discipline adrenaline start run 1',
    'asked',
  ],
  // "go hard on the skierg since I'm fresh, or save it?"
  [
    /\bgo(ing)? (hard|all[- ]out|full gas)\b|\bsave (it|energy|myself|my legs)\b|\bhold (back|something)\b|\bsprint (the|it)\b/i,
    'pacing inside each station',
  ],
  // "sled push is my best station, should i just send it and bank time?", "go fast early while im fresh and hang on?"
  [
    /\bbank(ing)? (some )?(time|seconds|a minute|minutes)\b|\bsend it\b|\b(fast|hard) early\b|\bhang on\b|\b(while|when|since|as) (i'?m |im |i am )?(still )?fresh\b|\b(i'?m|im|i am) (still )?fresh\b/i,
    'pacing inside each station start pushing',
  ],
  // "how do i run after the sled push, my legs are concrete and i walk the first bit": leaving a station in the race (walk a
  // few breaths, build into the run by effort for the first 200 m), not a training session to get better at it.
  [
    /^(?![^]*\b(?:train(?:ing)?|get better|improve|sessions?|workouts?|bricks?|practi[sc]e)\b)[^]*(?:\bhow (?:do|should|can) (?:i|you) (?:\w+ ){0,2}run(?:ning)? (?:again )?(?:after|off|out of)\b|\bget(?:ting)? (?:going|running) again\b)/i,
    'getting into and out of each station leave running first 200 m effort',
  ],
  // "1st hyrox, whats the overall gameplan? go steady and finish strong or bank time early?": the race plan.
  [
    /\bgame ?plan\b|\brace (?:strategy|plan|tactics)\b|\b(?:overall|race|pacing) strateg(?:y|ies)\b|\b(?:go|start|stay|run) (?:it )?steady\b[^.?!]{0,40}\b(?:finish|end|push|strong)\b|\bfinish strong\b/i,
    'pacing discipline run 1 planned fade start pushing',
  ],
  // "when should i start going hard? i always finish with loads left"
  [
    new RegExp(
      `${START_PUSHING_ASK.source}|${/\b(had|have|with|got) (loads|lots|plenty|too much|so much)( of (energy|gas))? left\b|\bfinish(ed|ing)? (too )?fresh\b|\bleft (too much|something) (in the tank|out there)\b/.source}`,
      'i',
    ),
    'start pushing hyrox race',
  ],
  // The race's effort by part, in the knowledge's words.
  [RACE_EFFORT_ASK, 'rpe effort race day runs stations'],
  // The race data on the fade (run 8 against run 1 by finish tier), not the plan's own mild fade alone.
  [FADE_DATA_ASK, 'negative split race data run 8 slower run 1 fade'],
];

/** The terms of the start's rules (see memberTerms). */
const START_TERMS = 'pacing discipline adrenaline start run 1';

/**
 * Programming asks whose answer is one section titled for them, in the member's words → that title's words. They are
 * weighed like a figure's source (plan.sourceTerms): "how do i combine running and strength" is answered by "Managing
 * interference in the week", not by the study behind it.
 */
const TITLE_RULES: [RegExp, string][] = [
  // "give me a threshold run session i can do on the treadmill": the session itself ("Template: run intervals and threshold
  // runs"), wherever it is run.
  [
    /\b(?:give|write|design|build|create|make|suggest|recommend)\b[^.?!]{0,25}\b(?:threshold|tempo)\b[^.?!]{0,10}\b(?:session|workout|sesh)\b/i,
    'template threshold runs',
  ],
  [
    /\b(?:combine|combining|balance|balancing|mix|mixing|fit|fitting|juggl\w*)\b[^.?!]{0,40}\b(?:run\w*|cardio|strength|lifting|weights|gym)\b[^.?!]{0,15}\b(?:and|with|\+|&)\b[^.?!]{0,10}\b(?:run\w*|cardio|strength|lifting|weights|gym)\b|\bwithout (?:one|it|them|the (?:running|lifting)) (?:killing|hurting|ruining|affecting)\b/i,
    'managing interference',
  ],
  [
    /\btwice (?:a|per|in a|in one|the same) day\b|\btwo[- ]a[- ]days?\b|\b(?:2|two) (?:sessions|workouts) (?:a|per|in a|in one|on the same|the same) day\b|\bdouble (?:days|sessions)\b|\bam and pm\b|\b(?:run|running|stations?|lift|lifting|strength|weights)\s+first\b(?! thing)|\b(?:order|sequence)\b[^.?!]{0,30}\b(?:session|workout)\b/i,
    'lift back sessions',
  ],
  [
    /\bheavy\b[^.?!]{0,30}\b(?:low reps?|light(?:er)?|high reps?|circuits?)\b|\b(?:low|high)[- ]reps?\b[^.?!]{0,30}\bor\b[^.?!]{0,30}\b(?:low|high|light\w*|heavy|circuits?)\b/i,
    'lifting heavy',
  ],
  [
    /^(?=[^]*\b(?:crossfit|wods?|hwpo|prvn|comptrain|mayhem)\b)[^]*\b(?:swap\w*|replac\w*|drop\w*|instead|cut out|take out)\b/i,
    'bridge block crossfit',
  ],
  // "complete beginner, first month of hyrox training, what do i do week 1 to 4": the beginner base weeks, not how long to prepare.
  [
    /^(?=[^]*\b(?:beginner|novice|new to|never (?:done|trained|raced)|first (?:ever )?(?:hyrox|race))\b)[^]*\b(?:first (?:month|few weeks|\d weeks|four weeks)|weeks? 1 (?:to|-|–) ?[2-8]|week one|first week)\b/i,
    'beginner base',
  ],
  // "bbjs are my worst, thinking of doing them 4-5x a week", "how often should i train wall balls": how often a station is trained.
  [
    /\b(?:sleds?|wall ?balls?|lunges?|burpees?|bbjs?|carr(?:y|ies)|stations?|ski ?ergs?|row(?:ing)?|them)\b[^?.!]{0,40}\b(?:\d(?:-\d)?|twice|three|four|five|six)(?: ?x| times)? (?:a|per) week\b|\bhow (?:often|many times)\b[^?.!]{0,40}\b(?:sleds?|wall ?balls?|lunges?|burpees?|bbjs?|stations?)\b|\b(?:sleds?|wall ?balls?|lunges?|burpees?|bbjs?|stations?)\b[^?.!]{0,30}\bhow (?:often|many times)\b|\bhow many station sessions\b/i,
    'station sessions',
  ],
  // The mental-skills sections a mind question is answered by, whatever station or venue word it names: one slow station or
  // a watch that worries ("Using splits during and after the race"), the last minutes before the wave ("…a start-pen
  // routine"), the fear of not finishing ("Is there a time cap or cut-off in Hyrox?…").
  [BAD_STATION_ASK, 'splits during'],
  [WATCH_STRESS_ASK, 'splits during'],
  [WAVE_COUNTDOWN_ASK, 'pen routine'],
  [MENTAL_PREP_ASK, 'practising mental skills'],
  [NOT_FINISHING_FEAR, 'time cap'],
  // The race's effort by part: "Heart rate, RPE and fuelling on race day".
  [RACE_EFFORT_ASK, 'rpe race'],
  // The race data on the fade, in the section on negative splits (19 % for sub-60, 29–45 % for the 60–110 minute tiers).
  [FADE_DATA_ASK, 'negative split race data average'],
  // "when should i actually start going hard in the race?": the section on when to push, whatever the race before it was like
  // ("first one i went out hot" is why they ask).
  [START_PUSHING_ASK, 'pushing'],
  // "crossfitter on 10km a week, how fast can i build my running up", "how quick can i ramp it up without my shins going":
  // the run volume progression (10–20 % a week at most, a lighter week every fourth).
  [
    /^(?![^]*\b(?:can'?t|cannot|unable to) run\b)[^]*(?:\bhow (?:fast|quick(?:ly)?|much|soon) (?:can|should|do|could) (?:i|you) (?:build|ramp|increase|add|up|grow|progress)\w*\b|\b(?:build|ramp|increase|grow)\w* (?:my |the )?(?:running|mileage|km|kms|miles|run volume)\b[^.?!]{0,20}\b(?:up|safely|quickly|fast)\b|\b(?:build|ramp)\w* (?:it|them) up\b[^.?!]{0,40}\b(?:shins?|injur\w*|calves|achilles|hurt)\b)/i,
    'run volume progression',
  ],
  // "cant run more than about 2km without stopping", "i get out of breath after 1km and have to walk, how do i get to the
  // whole 8km": a beginner's running, built from run-walk (the beginner's preparation section).
  [
    /\b(?:can'?t|cannot|unable to|struggle to) run (?:more than |further than |over |past )?(?:about |like |even )?(?:\d+(?:\.\d)? ?(?:km|k|miles?|mins?|minutes)|a (?:km|mile|kilometre))\b|\bhave to (?:stop and )?walk\b[^.?!]{0,60}\b(?:km|run|running)\b|\b(?:km|run|running)\b[^.?!]{0,60}\bhave to (?:stop and )?walk\b|\bwithout (?:stopping|walking)\b[^.?!]{0,40}\b(?:build|get|run)\b|\b(?:build|get) (?:up )?to (?:running )?(?:the (?:whole|full) |all )?(?:8 ?(?:km|k)|eight kilomet\w*)\b/i,
    'complete beginner prepare run-walk',
  ],
];

/** The title words of the section a programming ask is answered by (see TITLE_RULES); only the sentence that asks counts. */
export function memberTitleTerms(question: string): string[] {
  const asked = askedText(question);
  // Doubling up to catch up is answered by the missed-sessions rules ("Do not double up"), not by how to order two sessions in one day.
  if (catchUpDoubles(question)) return ['missed', 'sessions', 'time', 'off'];
  return [...new Set(TITLE_RULES.filter(([re]) => re.test(asked)).flatMap(([, t]) => t.split(' ')))];
}

/** Rules about the days before a race, which a race already run does not ask about ("raced on saturday, what now?"). */
const BEFORE_THE_RACE = new Set(['shakeout strides openers race week', 'taper last two weeks openers', 'pre-race meal hours before timeline']);
export function memberTerms(question: string): string[] {
  const out: string[] = [];
  const asked = askedText(question);
  const behind = raceJustRun(question);
  // "when should i start going hard? first one i went out hot": a start said only as context is why they ask, not what.
  const pushAsked = START_PUSHING_ASK.test(asked);
  for (const [re, terms, only] of RULES)
    if (!(behind && BEFORE_THE_RACE.has(terms)) && !(pushAsked && terms === START_TERMS && !re.test(asked)) && re.test(only ? asked : question))
      out.push(...terms.split(' '));
  // A race already run: the week after it, and the low that can follow it.
  if (behind) out.push('week', 'after', 'race', 'recover');
  if (catchUpDoubles(question)) {
    const twoInADay = new Set('two sessions one day morning evening back to back'.split(' '));
    return [...new Set([...out.filter((w) => !twoInADay.has(w)), 'missed', 'sessions', 'double', 'up'])];
  }
  if (behind && LOW_AFTER_RACE.test(question)) out.push('post-race', 'blues', 'flat', 'low', 'days', 'after', 'race');
  return [...new Set(out)];
}
