import { BAD_RACE_WORDS, askingClause, raceJustRun, stationsNamed, type QuestionFacts } from './understand.js';
import { wordSet } from './word-set.js';

/**
 * Whether a section is written for someone the question is not about (pure). Many sections are
 * scoped by their titles: to one station ("Burpee broad jumps: … the knee rule"), a team
 * ("… in Hyrox doubles?"), an age ("… at 50 or 60?"), one sex ("Women's splits by tier"), a
 * background ("The runner: strengths and typical gaps") or a finish-time tier ("Sessions for
 * the 1:45 → 1:30 gap"). Such a section shares words with many questions ("lunge rules" and the
 * burpee's knee rule; "doubles every day" and the doubles sections) but answers only the ones in
 * its scope. Overviews that list every division ("Divisions: singles, doubles, relay and age
 * groups") are not scoped.
 */
const PAIN_TITLE = /\bpain\b|\binjur|\bhurts?\b|\bsplints\b|\bstress fracture|\bred flags?\b|\bswollen|\bswelling|\btendinopath/i;
const SYMPTOM =
  /\bpain|\bpainful|\bhurt|\bsore|\bache|\baching|\bachy|\binjur|\bniggl|\btight|\bsplint|\bfractur|\bswell|\bswollen|\btweak|\bstrain|\bsprain|\bclick|\bpop(s|ped|ping)?\b|\btendon|\btendin|\bphysio|\bdoctor|\bbruis|\bnumb|\btingl|\brehab|\bknee\b|\bback\b|\bshin|\bachilles|\bplantar|\bheel\b|\bhip\b|\bshoulder|\bwrist|\belbow|\bneck\b|\bankle|\bcalf|\bcalves|\bhamstring/i;

/**
 * Sections on one narrow subject, each answering only a question that names it (in the member's words): "Should I train
 * fasted?" shares "lose", "fat" and "cut" with every weight question, "Plyometrics … at 50+" shares "start" and "age"
 * with every masters question.
 */
const NARROW_SUBJECTS: [title: RegExp, question: RegExp][] = [
  [/\bfasted\b/i, /\bfast(ed|ing)\b|\bbreakfast|\bempty stomach|\bbefore (eating|food)|\bwithout (eating|food)/i],
  [/\bplyometric|\bjump training\b/i, /\bplyo|\bjump|\bbbjs?\b|\bburpee broad|\bspring\b|\bexplosive|\bbound(s|ing)?\b|\bhops?\b/i],
  [/\btrail shoes\b|\bzero-drop\b/i, /\btrail|\blugs?\b|\bzero[- ]?drop|\baltras?\b|\bbarefoot|\bminimalist/i],
  [/\bsled lanes?\b/i, /\blanes?\b/i],
  // The masters' warm-up answers a warm-up, not every question an older member asks ("63, is it safe to start lifting?").
  [
    /\bwarm-?ups? for masters\b/i,
    /\bwarm(?:ing)?[- ]?ups?\b|\bmobility\b|\bstiff\w*\b|\bloosen\w*\b|\bbefore (?:a |my |the )?(?:session|workout|race|start)\b/i,
  ],
  // A body part's pain section answers a question that names that body part ("legs on fire in the lunges" is no back pain).
  [/\blower back pain\b/i, /\bback\b|\bspine\b|\bspinal\b|\blumbar\b|\bsciatic/i],
  [/\bknee pain\b/i, /\bknees?\b|\bkneecap|\bpatell/i],
  // The blisters section answers blisters and what rubs (socks, hot spots, tape), not "i have wide feet and overpronate,
  // what shoes": a foot's shape or gait is a question about the shoe.
  [
    /\bblisters? on my feet\b/i,
    /\bblister|\bhot ?spots?\b|\bsocks?\b|\bchaf|\brub(?:s|bing|bed)?\b|\bcompeed|\btap(?:e|ing)\b|\braw\b|\bfriction\b|\btoenails?\b|\bpopp?(?:ed|ing)?\b/i,
  ],
  // The sauna and the ice bath answer those, not any question about recovering after training ("my race was last
  // weekend, is it ok to do a hard session today?").
  [/\bsauna\b/i, /\bsauna|\bheat\b|\bsteam room|\bhot (?:room|tub|bath)/i],
  [/\bice bath\b/i, /\bice\b|\bcold (?:water|plunge|bath|shower|tub)|\bplunge|\bcryo/i],
  // The compression section answers compression, not "best socks? got massive blisters".
  [/\bcompression\b/i, /\bcompress/i],
  // "What should I wear…? Are shorts and a T-shirt fine?" answers what to wear, not "salt marks on my shirt" nor a weight
  // vest (a running vest is a top, in British English).
  [
    /\bwhat should i wear\b/i,
    /\bwhat (?:do|should|to) (?:i |you |people )?wear\b|\bcloth(?:es|ing)\b|\boutfit|\bdress\b|\bshorts\b|\btights\b|(?<!\b(?:hydration|weight|weighted) )\bvest\b|\btops?\b|\bkit\b/i,
  ],
  // "Doubles rules: running together and splitting the stations" answers what the rules allow, not who should take which
  // station ("who should do the wall balls in doubles", "he's better at the wall balls, how should we share them?").
  [
    /\bdoubles rules\b/i,
    /\brules?\b|\ballowed\b|\blegal\b|\bhave to\b|\bmust\b|\bcan (?:we|i|you|one|they|my)\b|\bdo we (?:both|have|need)\b|\bpenalt|\btogether\b|\bside by side\b|\bboth run\b|\brun (?:every|all|each)\b|\b(?:\d ?km|km|running|runs?)\b[^.?!]{0,20}\b(?:each|both)\b|\bsplit\b|\b50 ?\/ ?50\b|\b100 ?\/ ?0\b|\bwhole\b|\bhelp\b|\btouch\b|\bloads?\b|\bweights?\b|\bage\b|\bhow does doubles work\b|\bwhat is doubles\b|\bexplain\b/i,
  ],
  // "My doubles partner is much slower than me…" answers a pair with a gap in fitness or speed, not "she's stronger on the sled".
  [
    /\bmuch slower\b/i,
    /\bslower\b|\bfaster\b|\bfitter\b|\bless fit\b|\bunfit\b|\bweaker\b|\bgap\b|\bdifferent (?:fitness|levels?|paces?|speeds?|abilit\w*)\b|\bnot as (?:fit|fast|strong)\b|\bbeginner\b|\bholding (?:me|us|her|him) back\b/i,
  ],
  // "Can both partners push the sled at the same time…?" answers two partners working at once, not who takes which station.
  [
    /\bat the same time\b/i,
    /\bsame time\b|\bat once\b|\bsimultaneous|\btogether\b|\bboth (?:of us )?(?:push|pull|do|work|go|be on|on)\b|\bhelp\b|\btouch\b/i,
  ],
  // The movement matrices are reference tables (pattern, limiting factor, substitute): the answer to "what do i use
  // instead" or "what limits it", not to how to pace, breathe or break up a station.
  [
    /\bmovement matrix\b/i,
    /\bsubstitut|\bswap|\binstead\b|\balternative|\breplace|\bwithout (?:a |an |the |any )?(?:sled|ski|skierg|rower|erg|wall|ball|sandbag|bag|kettlebells?|dumbbells?|equipment|kit)|\bno (?:sled|ski|skierg|rower|erg|wall ?ball|sandbag|kettlebells?|equipment)\b|\b(?:don'?t|doesn'?t|do not|does not) have\b|\bno access\b|\bhome gym\b|\bat home\b|\bmissing\b|\blimit(?:s|ing|er)?\b|\bmuscles?\b|\bpattern\b|\bwhat (?:works|trains)\b/i,
  ],
  [/\bdrive to the race\b|\bstay the night\b/i, /\bdriv|\bhotel|\bnight before|\btravel|\bstay\b|\bjourney|\bcommut|\bflight|\bfly(ing)?\b/i],
  // The jet-lag section answers travel across time zones, not "should i be doing zone 2 runs? how many per week".
  [
    /\btime zones?\b|\bjet lag\b/i,
    /\bjet ?lag|\btime ?zones?\b|\bfly(ing)?\b|\bflights?\b|\btravel|\babroad\b|\boverseas\b|\binternational\b|\bhours? (?:ahead|behind)\b|\bbody clock\b/i,
  ],
  [
    /\bbad (hyrox )?race\b|\bdisappointed\b/i,
    new RegExp(
      String.raw`\bdisappoint|\bgutted|\b(?:bad|terrible|horrible|shit|rough|disastrous) (?:hyrox |first )?(race|result)|\bawful (race|result)|\bwent (badly|wrong)|\bmissed (my )?(goal|target)|\bupset|\bdevastat|\bwaste\b|${BAD_RACE_WORDS.source}`,
      'i',
    ),
  ],
  // Sections for one group of members or one situation: teenagers, leaking, plant-based eating, alcohol, a wearable's
  // recovery score, a missed wave, torn hands, heel pain, two races in a weekend, a running race in the same build,
  // races per year, World Championship qualification, running cadence.
  [
    /\b16- or 17-year-old\b|\bteenager/i,
    /\bteen|\b1[0-7] ?(yo|y\/o|years?|yrs?)\b|\b(i'?m|im|aged?) 1[0-7]\b|\b(?:son|daughter|kid|child|boy|girl|nephew|niece|he|she)(?:'s| is)? 1[0-7]\b(?!\s*(?:kg|min|km|%|:|reps?|s\b|secs?))|\byouth|\bjunior|\bminimum age|\bhow old (do|must)|\bage limit|\bunder[- ]1[68]|\bunder ?18|\btoo young/i,
  ],
  [/\bleaking urine\b/i, /\bleak|\bpee\b|\bpeeing|\bwee\b|\burin|\bbladder|\bincontinen|\bpelvic floor|\bwet myself/i],
  [
    /\bvegetarian\b|\bvegan\b/i,
    /\bvegetarian|\bveggie|\bvegan|\bplant[- ]based|\bno meat\b|\bdon'?t eat meat|\bmeat[- ]free|\btofu|\bpea protein|\bsoy\b/i,
  ],
  [
    /\balcohol\b/i,
    /\balcohol|\bbeers?\b|\bwine\b|\bpints?\b|\bbooze|\bhang ?over|\bhungover|\bdrunk\b|\bvodka|\bcocktails?\b|\bspirits\b|\b(few|couple of|some) drinks\b|\bpub\b|\bsober|\bdry (january|july)|\bnight out\b|\b(?:\d+|lots of|too many) drinks\b|\b(?:stag|hen|bachelor|bachelorette)(?: do| party| night| weekend)?\b|^(?![^]*\b(?:water|fluids?|electrolytes?|sweat\w*|hydrat\w*|sports? drinks?|sodium|salt)\b)[^]*\bdrinking\b/i,
  ],
  [
    /\bwhoop\b|\boura\b/i,
    /\bwhoop|\boura\b|\bgarmin|\bhrv\b|\bheart rate variability|\bbody battery|\brecovery (score|%)|\d+ ?% recovery|\bwatch (says|said)|\bwearable|\bring (says|said)|\bapple watch|\bpolar\b|\bcoros\b|\bsleep score|\btraining readiness|\breadiness score/i,
  ],
  [
    /\bmissed my wave\b/i,
    /\bmiss(ed|ing)? (my |the )?(wave|start)|\b(running|i'?m|be|am) late\b|\blate for\b|\boverslept|\bslept in\b|\btraffic\b|\bdelayed\b|\bwrong wave|\b(change|swap|move) (my |to a |to another )?(later )?wave|\banother wave|\blater wave/i,
  ],
  [
    /\btorn calluses\b/i,
    /\bcallus|\bblisters?\b|\brip(s|ped)?\b|\btor[en]\b|\bskin\b|\bpalms?\b|\brope burn|\bhands? (are |is |got |get )?(raw|sore|bleed|shred|cut|wreck)/i,
  ],
  [
    /\bplantar\b|\bunder the heel\b/i,
    /\bheels?\b|\bplantar|\barch(es)? (pain|hurts?|aches?)|\b(foot|feet) (pain|hurts?|aches?|sore)|\bsoles? of (my|the) (foot|feet)|\bsore (foot|feet|arch)/i,
  ],
  [
    /\bsingles in one weekend\b/i,
    /\b(two|2|both) races\b|\braces? (on )?(both days|back[- ]to[- ]back|two days running)|\bback[- ]to[- ]back (races|days)|\bsame weekend\b|\bone weekend\b|\brac(e|ing) (again )?the (next|following) day|\b(doubles|singles|relay)\b.*\b(doubles|singles|relay)\b.*\b(weekend|next day|both days)\b|\b(doubles|singles|solo)\b[^.?!]{0,20}\b(mon|tues|wednes|thurs|fri|satur|sun)day\b[^.?!]{0,20}\b(doubles|singles|solo)\b[^.?!]{0,20}\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i,
  ],
  [/\bhalf marathon or a marathon\b/i, /\bmarathon|\bhalf-marathon|\b(21|42) ?k(m)?\b|\b(running|road) race|\b10 ?k race/i],
  [
    /\bhyrox races can i do\b/i,
    /\b(races|hyroxes|events|competitions)\b[^.?!]{0,30}\b(a|per|each|in a|in one|this) (year|season)\b|\bhow many (races|hyroxes|hyrox races|events)\b|\bhow often (can|should) i (race|compete)\b|\brace (too )?(often|much)\b/i,
  ],
  [/\bqualify for worlds\b/i, /\bworlds\b|\bworld champ|\bchampionships?\b|\bslots?\b/i],
  // The start-pen routine for nerves answers nerves, not "whats the start pen thing, when do i need to be in it".
  [
    /\bnervous before\b/i,
    /\bnerv|\banxi|\bscared|\bpanic|\bcalm|\bbutterfl|\bshak(?:y|ing|es)\b|\bworr|\bfreak|\bstress|\bfear|\bterrif|\bmental|\bhead\b|\bmind\b|\bfocus|\broutine|\bpsych|\bbreath|\bdread|\bpressure\b/i,
  ],
  // Laps and the timing system's penalties answer those, not "do we get judged differently in doubles".
  [
    /\bmiss a lap\b/i,
    /\blaps?\b|\bpenalt|\bmiss(?:ed|ing)? (?:a |the |one )?(?:lap|station|run)|\bcount|\bout of order\b|\bwrong order\b|\bskip|\btiming\b|\bdq\b|\bdisqualif/i,
  ],
  [/\bjudges at every station\b/i, /\bjudges?\b|\breferees?\b|\bofficials?\b|\bwho (?:checks|watches|counts)\b/i],
  // "Pro or Open for my first Hyrox?" answers the choice of a division, which names Pro.
  [/\bpro or open for my first\b/i, /\bpro\b|\bdivisions?\b/i],
  // "What is the Elite 15…?" answers the professional series.
  [/\bwhat is the elite 15\b/i, /\belite|\bpros?\b|\bprofessional|\bmajors?\b/i],
  // Changing an entry after registering answers that, not "can we switch as often as we like in doubles".
  [
    /\bchange my division\b/i,
    /\bregist|\bsigned up\b|\bbooked\b|\btickets?\b|\bentry\b|\btransfer|\brefund|\b(?:change|switch|move)\w* (?:my |our )?(?:division|event|race)\b|\b(?:switch|change|move)\w* (?:from )?(?:doubles|singles|pro|open|relay) (?:to|into)\b|\bcan'?t (?:race|make it|go)\b/i,
  ],
  // One word in common is no subject in common: "barely slept" is not Nick Bare, "foam rolling" not the ACWR's rolling
  // average, "how do i stop going out too hard" not when to stop dieting, "feel dead" not dead hangs, "im a crossfitter,
  // how should i change my training" not the DEKA/Spartan comparison.
  [/\bnick bare\b|\bbpn\b/i, /\bbpn\b|\bnick\b|\bbare\b|\bbare performance/i],
  [
    /\bacwr\b/i,
    /\bacwr\b|\bacute\b|\bchronic\b|\bratio\b|\bworkload|\btraining load|\bload (?:spike|jump|increase)|\bspikes?\b|\brolling average|\bsweet spot\b|\binjury risk|\bdoubl(?:e|ed|ing) (?:my|the)\b|\btoo (?:much|fast|soon)\b|\bincreas|\bhours\b|\bloads?\b|\bau\b/i,
  ],
  [
    /\bstop dieting\b|\bwhile dieting\b/i,
    /\bdiet|\bweight\b|\bcut(?:ting)?\b|\bdeficit|\blos(?:e|ing) (?:weight|fat|\d)|\b\d+(?:\.\d)? ?(?:kg|kgs|kilos|lbs?)\b|\bcalori|\bkcal|\blean(?:er)?\b|\bbody ?fat\b|\bfat loss\b|\bmaintenance\b/i,
  ],
  [/\bgrip training\b/i, /\bgrip|\bhangs?\b|\bcarry|\bfarmers|\bforearms?\b|\bkettlebells?\b|\bhands?\b|\bholds?\b|\bsled pull|\brope/i],
  [
    /\bdeka\b/i,
    /\bdeka\b|\bspartan|\bobstacle|\bocr\b|\bmudder|\bdiffer|\bcompar|\bvs\.?\b|\bversus\b|\bharder\b|\beasier\b|\blike (?:a )?crossfit|\bsame\b|\bevery hyrox\b/i,
  ],
  // Handling a no-rep is the mind's side of a rule: "what changed in the rules for 25/26, heard something about penalties"
  // asks for the rules, "anxious about getting no reps in front of everyone, how to deal" for the handling.
  [
    /\bhandling a no-rep\b/i,
    /\bhandl|\bdeal\b|\bdealing\b|\bcope\b|\bcoping\b|\bfrustrat|\bangry|\bupset|\bannoy|\bmental|\bhead\b|\bmind\b|\bcalm|\bpanic|\banxi|\bnerv|\bembarrass|\brattled|\btilt|\breset|\breact|\brespond|\bin front of|\bscared|\bworr|\bfear|\bstress|\bcomposure|\bwhat (?:do|should) i do\b|\bwhat happens\b|\bwhat if\b|\bargue|\bunfair|\bkeep getting\b|\brag(?:e|ed|ing)\b|\bwreck|\blose (?:it|my cool)\b|\blet (?:that|it|this|stuff|them)\b|\bno[- ]?repp?ed\b/i,
  ],
  // "Heart rate, lactate and effort through the race" reports what the lab study measured: it answers a question about heart
  // rate, lactate or the physiology, not "what should each part of the race feel like, rpe for the runs vs the stations".
  [
    /\blactate\b/i,
    /\blactate|\blactic|\bheart ?rate|\bhr\b|\bbpm\b|\bzone ?[1-5]\b|\bphysiolog|\bscien|\bstud(?:y|ies)\b|\bresearch|\blab\b|\bmmol|\bvo2|\bthreshold|\bwhat happens (?:to|in) (?:my|the|your) body\b/i,
  ],
  // "Pacing your first Hyrox with no goal time" answers how to pace or what time to expect, not "where do i even start? never
  // done hyrox" (a first race, but a question about training); "How many calories does a Hyrox race burn…?" answers the burn,
  // not "what should i eat the day before?".
  [
    /\bpacing your first\b/i,
    /\bpac(?:e|ed|es|ing)\b|\bhow (?:fast|hard|quick)|\bspeed\b|\bsplits?\b|\beffort\b|\bwalk|\bgo(?:ing)? out\b|\bstart(?:ing)? (?:too|at|off|out|fast|slow|hard|easy)\b|\bwhat time\b|\b(?:target|goal|finish|finishing) times?\b|\bno (?:clue|idea)\b|\bfinish in\b|\bblow(?:ing)? up\b|\bfade|\bgo(?:ing)? (?:hard|harder|all[- ]out)\b|\bpush(?:ing)?\b|\b(?:loads|lots|plenty|more|something) left\b/i,
  ],
  [
    /\bcalories does a hyrox race burn\b/i,
    /\bcalori|\bkcal|\bburn|\benergy (?:expenditure|used|cost)\b|\beat (?:them|it|that|those) back\b|\bwatch (?:says|said)\b/i,
  ],
  [/\bcadence\b/i, /\bcadence|\bsteps? (a|per) min|\bspm\b|\bstep rate|\bstrides?\b|\boverstrid|\bfoot ?strike|\brunning form\b|\bmy form\b/i],
];

/** Sections for a first race, and a member who has raced one ("first one i went out hot", "in my last race", "my second hyrox"). */
const FIRST_TIMER_TITLE = /\bfirst[- ]timers?\b|\bfirst (?:hyrox|race)\b/i;
const RACED_BEFORE =
  /\b(?:first|last|previous) (?:one|race|hyrox|time)\b,? (?:i|we) (?:went|was|were|did|died|blew|got|felt|ran|finished|raced|walked|hit|crashed|bonked|totally|completely)\b|\b(?:my|this is my|it'?s my) (?:second|2nd|third|3rd|fourth|4th) (?:hyrox|race)\b|\bin my (?:last|first|previous) (?:race|hyrox)\b/i;

/** Sections on a watch or heart-rate device, a member who has none, and a clause asking about one. */
const DEVICE_TITLE = /\bheart rate monitor\b|\bsports watch\b|\bgarmin\b|\bgps watch\b|\bchest strap\b|\bwrist heart rate\b/i;
const LACKS_DEVICE =
  /\b(?:no|without(?: a| my| any)?|not (?:racing|running|wearing|using) (?:with )?(?:a|my|any)?|don'?t (?:have|own|wear)(?: a| any)?|haven'?t got(?: a| any)?|forgot(?: my)?|lost(?: my)?)\s*(?:garmin|watch|gps|hr (?:strap|monitor)|heart rate (?:strap|monitor)|chest strap)\b|\b(?:watch|garmin)\b[^.?!]{0,20}\b(?:died|dead|broke|broken|ran out)\b/i;
const DEVICE_ASKED = /\bwatch(?:es)?\b|\bgarmin\b|\bgps\b|\bstrap\b|\bmonitor\b|\bdevice\b|\bwearable\b|\bbuy\b/i;

/** A section written for a member with no goal time ("Pacing your first Hyrox with no goal time"). */
const NO_GOAL_TITLE = /\b(?:with )?no (?:goal|target)(?: time)?\b|\bwithout a (?:goal|target)\b/i;

export function outOfScope(title: string, question: string, facts: QuestionFacts): boolean {
  if (NARROW_SUBJECTS.some(([t, q]) => t.test(title) && !q.test(question))) return true;
  // A "How long…?" section answers how long, not "how many hard sessions a week should i do?", with which "How long should I
  // recover between hard sessions at 50 or 60?" shares its words; a count of weeks, days or kilometres is a length.
  if (
    /^how long\b/i.test(title) &&
    /\bhow many (?!(?:weeks?|days?|months?|hours?|minutes?|mins?|hrs?|km|k|kms|kilomet\w*|mi|miles?)\b)/i.test(question) &&
    !/\bhow long\b|\bhow much (?:time|rest|recovery)\b/i.test(question)
  )
    return true;
  // "Two Hyrox races a few weeks apart" answers a member with a second race ahead, not one who has just run their race and
  // names none ("my race was last weekend, is it ok to do a hard session today?").
  if (/\btwo hyrox races\b/i.test(title) && raceJustRun(question)) return true;
  const overview = /\bdivisions?\b|\bsingles\b|\bbenchmarks?\b/i.test(title);
  // A station section answers a question about that station, not one about another.
  const titleStations = stationsNamed(title);
  // …except a team rule told with one station as its example ("Can both partners push the sled at the same time in Hyrox
  // doubles?" answers "can we both do the burpee broad jumps at the same time").
  const teamRule = facts.team !== undefined && /\bdoubles\b|\brelay\b|\bpartners?\b/i.test(title);
  if (facts.stations.length > 0 && titleStations.length > 0 && !titleStations.some((s) => facts.stations.includes(s)) && !teamRule) return true;
  if (overview) return false;
  // "…for a first Hyrox, alone or in doubles?" is written for both.
  if (
    /\bdoubles\b|\brelay\b|\bpartners?\b|\bhand-?overs?\b/i.test(title) &&
    !/\balone\b|\bsolo\b|\bsingles?\b|\bindividual/i.test(title) &&
    !facts.team &&
    !/\bpartners?\b|\bteam/i.test(question)
  )
    return true;
  const older = (facts.age ?? 0) >= 40 || facts.intents.includes('masters') || /\bage\b|\bold(er)?\b|\bmenopaus|\bmasters\b/i.test(question);
  if (/\bmasters\b|\bafter 40\b|\bat [4-7]0\b|\bage ?group|\bmenopaus/i.test(title) && !older) return true;
  // "I work night shifts: how should I sleep…" and "Osteopenia or osteoporosis…" answer the members they name.
  if (/\bnight shifts?\b|\bshift work/i.test(title) && !/\bshifts?\b|\bnight work|\bwork(ing)? nights\b/i.test(question)) return true;
  // "…Two sessions in one day" answers a member who trains twice in a day, not "where do i start? i do gym classes 3x a week".
  if (
    /\bsessions in one day\b|\btwo sessions a day\b/i.test(title) &&
    !/\bsame day\b|\b(twice|two sessions|2 sessions|double) (a|per|in one|in a) day\b|\bdouble days?\b|\bdouble sessions?\b|\bback to back\b|\bmorning\b[^.?!]*\b(evening|night|pm)\b|\b\d{1,2} ?am\b[^.?!]*\b\d{1,2} ?pm\b|\bam and pm\b|\btwo-a-days?\b/i.test(
      question,
    )
  )
    return true;
  if (/\bosteop/i.test(title) && !/\bosteo|\bbone (density|health|loss|mass)|\bdexa\b|\bmenopaus|\bbrittle bones?\b/i.test(question)) return true;
  if (
    /\bpregnan|\bafter birth/i.test(title) &&
    !/\bpregnan|\bpostpartum|\bpost-?natal|\bbirth\b|\bbaby\b|\bc-?section|\bnewborn|\bbreast-?feed/i.test(question)
  )
    return true;
  const sex = facts.sex ?? (facts.division?.endsWith('women') ? 'female' : facts.division?.endsWith('men') ? 'male' : undefined);
  const forWomen = /\bwomen'?s?\b|\bfemale\b/i.test(title);
  const forMen = /\bmen'?s?\b|\bmale\b/i.test(title);
  if ((forWomen && !forMen && sex === 'male') || (forMen && !forWomen && sex === 'female')) return true;
  // "The runner: …", "The 12-week plan for the 56 km runner", "4-week block: the CrossFit athlete".
  const runnerTitle = /\brunner\b/i.test(title);
  const crossfitTitle = /\bcrossfit (athlete|background|program)/i.test(title);
  if (runnerTitle && !/\brunner\b|\bmarathon|\brunning background|\b\d+ ?(km|k|mi|miles?)( a| per)? week|\bmileage/i.test(question)) return true;
  if (crossfitTitle && !/\bcrossfit|\bwods?\b|\bbox\b/i.test(question)) return true;
  // A section about the race itself ("Can I wear headphones in a Hyrox race…?") does not answer a question about training
  // ("can i listen to music while training?"), nor one about training a question about the race.
  const inTraining = /\b(while|when|during|for) (i'?m )?train(ing)?\b|\bin training\b|\btraining (runs?|sessions?)\b|\bat the gym\b/i.test(question);
  const inRace = /\b(in|during|on) (the |a |my )?(hyrox )?race\b|\brace day\b|\bon the day\b/i.test(question);
  if (inTraining && !inRace && /\b(in|during) (a |the )?(hyrox )?race\b|\bon race day\b/i.test(title) && !/\btrain/i.test(title)) return true;
  // …unless the training section is the one on the kit asked about ("can i wear a weight vest in the race?": "Should I train
  // with a weight vest…?" says the race has none).
  const sameKit = /\bweight(?:ed)? vests?\b/i.test(title) && /\bvests?\b/i.test(question);
  if (inRace && !inTraining && !sameKit && /\b(train|training)\b/i.test(title) && !/\brace\b/i.test(title)) return true;
  // A section about pain or an injury ("Lower back pain after sled pushes, sled pulls or lunges") answers a member with
  // a symptom, not "what's the difference between sled push and sled pull technique?".
  if (PAIN_TITLE.test(title) && !SYMPTOM.test(question)) return true;
  // "Pacing your first Hyrox with no goal time" answers a member without one: a goal the question names ("first hyrox, want
  // to get under 2 hours, what pace?") is paced from the goal, not by effort alone.
  if (NO_GOAL_TITLE.test(title) && facts.goalSec !== undefined) return true;
  // A first-timer's section ("What a first-timer should know", "Pacing your first Hyrox…") answers a member before a first
  // race, not one who tells how their first went ("first one i went out hot and died on the lunges").
  if (FIRST_TIMER_TITLE.test(title) && RACED_BEFORE.test(question)) return true;
  // A member without the device ("no watch allowed on me, it died lol, so pacing by feel only") is not answered from the
  // sections on that device, unless the clause that asks is about it ("no garmin yet, which watch should i buy?").
  if (DEVICE_TITLE.test(title) && LACKS_DEVICE.test(question) && !DEVICE_ASKED.test(askingClause(question))) return true;
  // A finish-time tier answers a member at that tier: one who names another goal, or none, is not.
  const tiers = [...title.matchAll(/\b([1-2]):([0-5]\d)\b/g)].map((m) => Number(m[1]) * 3600 + Number(m[2]) * 60);
  if (tiers.length > 0 && /\bsub-|\bgap\b/i.test(title)) {
    if (facts.goalSec === undefined) return true;
    const lo = Math.min(...tiers) - 5 * 60;
    const hi = Math.max(...tiers) + 5 * 60;
    if (facts.goalSec < lo || facts.goalSec > hi) return true;
  }
  return false;
}

/**
 * The share of its score a candidate section keeps (pure): half for one written for someone else
 * (outOfScope), one and a half for the section a figure the question asks for comes from (its
 * title holds the plan's source words: "Weights and targets per division" for a race load).
 */
/** A section that argues why a topic matters ("Why mental skills matter in a Hyrox race") rather than saying what to do. */
const WHY_TITLE = /^why\b/i;
/** A question that asks for the reason ("why do i feel sick after wall balls?", "what causes it", "how come"). */
const ASKS_WHY = /\bwhy\b|\bwhat causes\b|\bhow come\b|\breason\b|\bthe point of\b|\bdoes it matter\b/i;

export function passageFactor(title: string, question: string, facts: QuestionFacts, sourceWords: readonly string[]): number {
  if (outOfScope(title, question, facts)) return 0.5;
  // "how do you train mental toughness?" is answered by what to do, not by why mental skills matter.
  if (WHY_TITLE.test(title) && !ASKS_WHY.test(question)) return 0.7;
  const words = wordSet(title);
  const held = sourceWords.filter((w) => words.has(w)).length;
  return sourceWords.length > 0 && held >= Math.min(2, sourceWords.length) ? 1.5 : 1;
}
