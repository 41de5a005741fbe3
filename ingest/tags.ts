import { PHASES } from '../src/domain/phases.js';
import { STATION_IDS } from '../src/domain/standards.js';

/**
 * The controlled topic vocabulary (docs/topic-tags.md) and the keyword rules that tag a chunk.
 * A chunk's tags = its document's front-matter tags that its text supports, plus every tag
 * whose rule matches the chunk's section or text.
 */
export const TOPIC_TAGS = [
  // Each station is a tag of its own, named as in the race standards.
  ...STATION_IDS,
  'stations',
  'race_format',
  'divisions',
  'standards',
  'roxzone',
  'run_pacing',
  'race_strategy',
  'race_day',
  'elite',
  'benchmarks',
  'race_prediction',
  'programs',
  'crossfit',
  'running',
  'strength',
  'conditioning',
  'workouts',
  'compromised_running',
  'concurrent_training',
  'energy_systems',
  'physiology',
  'training_load',
  'rpe',
  'autoregulation',
  'intensity_distribution',
  'periodization',
  // Each training phase is a tag of its own, named as in the phase engine and the profile.
  ...PHASES,
  'deload',
  'recovery',
  'sleep',
  'nutrition',
  'hydration',
  'supplements',
  'injury',
  'mobility',
  'testing',
  'engineering',
] as const;
export type TopicTag = (typeof TOPIC_TAGS)[number];

const RULES: Partial<Record<TopicTag, RegExp>> = {
  skierg: /\bski ?erg|\bskiing\b/i,
  sled_push: /\bsled push/i,
  sled_pull: /\bsled pull/i,
  burpee_broad_jumps: /\bburpee/i,
  row: /\brow(ing|er)?\b(?! of)/i,
  farmers_carry: /\bfarmers?'? carr/i,
  sandbag_lunges: /\blunge/i,
  wall_balls: /\bwall ?balls?\b/i,
  roxzone: /\broxzone|transition/i,
  run_pacing: /\bpac(e|ing)\b|\bsplits?\b|\/km\b/i,
  race_strategy: /\brace (strategy|plan)|\bgo(ing)? out (too )?(hot|fast)/i,
  race_day: /\brace[- ]day|\bwarm[- ]?up\b/i,
  divisions: /\bdivision|\bdoubles\b|\brelay\b|\bpro (men|women)/i,
  standards: /\b\d{2,3} ?kg\b.*\b(sled|wall ball|sandbag|kettlebell)|\bstandards?\b/i,
  elite: /\belite|world record|world champion/i,
  benchmarks: /\bbenchmark|\btime trial|\bcooper\b/i,
  race_prediction: /\bpredict|finish time|\btarget time/i,
  crossfit: /\bcrossfit/i,
  running: /\brun(ning|ner)?\b|\bkm\b/i,
  strength: /\bstrength|\bsquat|\bdeadlift|\b1 ?rm\b|\bRIR\b/i,
  conditioning: /\bconditioning|\binterval|\bemom\b|\bamrap\b/i,
  workouts: /\bemom\b|\bamrap\b|\bfor time\b|\bsets? of\b|\d+ ?(×|x) ?\d+/i,
  compromised_running: /\bcompromised run|\bbrick/i,
  concurrent_training: /\bconcurrent|\binterference/i,
  energy_systems: /\baerobic|\banaerobic|\bglycolytic|\blactate|\benergy system/i,
  physiology: /\bvo2 ?max|\bheart rate|\bhrmax|\blactate|\bthreshold/i,
  training_load: /\bsession[- ]rpe|\btraining load|\bacwr\b|acute:chronic|\bmonotony|\bstrain\b/i,
  rpe: /\brpe\b/i,
  autoregulation: /\bautoregulat|\breadiness|\brir\b/i,
  intensity_distribution: /\bpolari[sz]ed|\bpyramidal|\b80\/20\b/i,
  periodization: /\bperiodi[sz]|\bphase\b|\bmesocycle|\bblock\b/i,
  general_prep: /\bgeneral prep/i,
  specific_prep: /\bspecific prep/i,
  competition_prep: /\bcompetition prep/i,
  taper: /\btaper/i,
  deload: /\bdeload/i,
  recovery: /\brecover/i,
  sleep: /\bsleep/i,
  nutrition: /\bprotein|\bcarbohydrate|\bcarbs?\b|\bcalori|\bg\/kg\b|\bnutrition|\bfuel/i,
  hydration: /\bhydrat|\bsweat|\bsodium|\belectrolyte/i,
  supplements: /\bsupplement|\bcaffeine|\bcreatine|\bbeta-alanine|\bnitrate/i,
  injury: /\binjur|\bpain\b|\bachilles|\btendon/i,
  mobility: /\bmobility|\bstretch/i,
  testing: /\btest(s|ing)?\b|\bretest/i,
};

const STATION_TAGS: TopicTag[] = ['skierg', 'sled_push', 'sled_pull', 'burpee_broad_jumps', 'row', 'farmers_carry', 'sandbag_lunges', 'wall_balls'];

export function isTopicTag(value: string): value is TopicTag {
  return (TOPIC_TAGS as readonly string[]).includes(value);
}

/** Tags for one chunk, in vocabulary order. */
export function tagChunk(section: string, text: string, docTags: readonly string[]): TopicTag[] {
  const tags = new Set<TopicTag>();
  const haystack = `${section}\n${text}`;
  for (const [tag, rule] of Object.entries(RULES) as [TopicTag, RegExp][]) {
    if (rule.test(haystack)) tags.add(tag);
  }
  // Front-matter tags without a rule (e.g. programs, engineering) describe every chunk of the doc.
  for (const tag of docTags) if (isTopicTag(tag) && !RULES[tag]) tags.add(tag);
  if (STATION_TAGS.some((t) => tags.has(t))) tags.add('stations');
  return TOPIC_TAGS.filter((t) => tags.has(t));
}
