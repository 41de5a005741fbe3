import { DIVISION_LABELS, STATIONS, type Division } from '../src/domain/standards.js';
import type { Category } from './example.js';
import type { GoldContext } from './gold.js';

/**
 * Engines generate inputs, not answers: synthetic members (profile, four weeks of logs with a
 * pattern) and the questions they would type. The prompt built from them carries the engine
 * figures; the answer is written by the team or drafted by the teacher and reviewed.
 */

/** Deterministic PRNG (mulberry32), so the same inputs come out on every run. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
  };
}
type Rng = ReturnType<typeof rng>;

export interface GeneratedInput {
  id: string;
  category: Category;
  source_doc: string;
  question: string;
  context: GoldContext;
}

const DIVS: Division[] = ['open_men', 'open_women', 'pro_men', 'pro_women'];
type Pattern = 'steady' | 'hard_week' | 'spike' | 'tired';

export function syntheticLogs(r: Rng, pattern: Pattern): NonNullable<GoldContext['logs']> {
  const types = ['run', 'strength', 'hiit', 'stations', 'run', 'erg'] as const;
  const out: NonNullable<GoldContext['logs']> = [];
  for (let d = 27; d >= 0; d--) {
    const recent = d < 7;
    if (r.next() >= (recent && pattern === 'spike' ? 0.9 : 0.55)) continue;
    const hard = (pattern === 'hard_week' || pattern === 'tired') && recent;
    out.push({
      daysAgo: d,
      type: r.pick(types),
      min: recent && pattern === 'spike' ? r.int(70, 100) : r.int(35, 70),
      rpe: hard ? r.int(8, 9) : r.int(4, 7),
      ...(pattern === 'tired' && recent ? { rpePre: r.int(3, 4) } : {}),
    });
  }
  return out;
}

const OPENERS = ['', 'hey coach, ', 'Quick one: ', 'ok so ', 'Coach, ', 'Need advice. ', 'hi! ', 'Honest question: '];
const mmss = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

/** Question makers: each returns [category, source document, question, context]. */
const MAKERS: ((r: Rng) => [Category, string, string, GoldContext])[] = [
  (r) => {
    const d = r.pick(DIVS);
    const five = r.int(19 * 60, 30 * 60);
    return [
      'race_strategy',
      'team4b_recovery_testing.md',
      `${r.pick(OPENERS)}my 5k is ${mmss(five)} and I'm doing ${DIVISION_LABELS[d]} ${r.pick(['in spring', 'next month', 'in 10 weeks', 'later this year'])}. what finish is realistic${r.pick(['?', ', and where do I lose the most time?', ' — and should I worry about the sleds?'])}`,
      { athlete: { division: d } },
    ];
  },
  (r) => {
    const p: Pattern = r.pick(['hard_week', 'tired', 'spike', 'steady']);
    return [
      'coaching_judgment',
      'team5b_autoregulation.md',
      `${r.pick(OPENERS)}${r.pick({ hard_week: ['everything has felt like RPE 8+ this week', 'all my sessions were brutal this week'], tired: ['legs feel heavy and I slept badly', "I'm exhausted but there's a key session today"], spike: ['I basically doubled my training this week', 'added a lot of volume this week, felt fine'], steady: ['how is my load looking', 'am I doing enough or too much'] }[p])}. ${r.pick(['what should I do?', 'push on or back off?', 'what does my data say?'])}`,
      { logs: syntheticLogs(r, p) },
    ];
  },
  (r) => {
    const st = r.pick(STATIONS);
    const d = r.pick(DIVS);
    return [
      'coaching_judgment',
      'team1c_station_breakdown.md',
      `${r.pick(OPENERS)}${st.name.toLowerCase()} is my worst station (${DIVISION_LABELS[d]}). ${r.pick(['how do I fix it in 6 weeks?', 'what should a session for it look like?', 'technique or fitness problem?'])}`,
      { athlete: { division: d } },
    ];
  },
  (r) => {
    const h = r.int(4, 12);
    return [
      'workout_programming',
      'team5_periodization.md',
      `${r.pick(OPENERS)}${h} hours a week, race in ${r.int(3, 20)} weeks. ${r.pick(['how should the week look?', 'which phase am I in and what do I do this week?', 'how many runs vs station days?'])}`,
      { athlete: { weeklyAvailabilityHours: h } },
    ];
  },
  (r) => {
    const planned = r.pick([45, 60, 75, 90]);
    const avail = r.pick([20, 25, 30, 40].filter((x) => x < planned));
    return [
      'workout_programming',
      'team7_workout_construction.md',
      `${r.pick(OPENERS)}only ${avail} min today instead of ${planned}, it was meant to be a ${r.pick(['threshold run', 'strength day', 'HIIT session', 'simulation'])}. what do I keep?`,
      {},
    ];
  },
];

/** `count` generated inputs (the teacher drafts answers to them for review). */
export function generateInputs(count: number, seed = 2026): GeneratedInput[] {
  const r = rng(seed);
  return Array.from({ length: count }, (_, i) => {
    const [category, source_doc, question, context] = MAKERS[i % MAKERS.length]!(r);
    return { id: `teacher-${String(i).padStart(4, '0')}`, category, source_doc, question, context };
  });
}
