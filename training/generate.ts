import { snapshotFrom } from '../src/coach/athlete-context.js';
import { formatDuration } from '../src/coach/engines/time.js';
import { computeFigures } from '../src/coach/figures.js';
import { readQuestion } from '../src/coach/intent.js';
import { composeAnswer } from '../src/coach/offline-composer.js';
import { COACH_K_SYSTEM_PROMPT } from '../src/coach/prompt.js';
import { DIVISION_LABELS, STATIONS, type Division, type StationId } from '../src/coach/standards.js';
import type { Athlete } from '../src/db/athletes.js';
import type { Workout } from '../src/db/workouts.js';
import type { RetrievedChunk } from '../src/retrieval/search.js';
import { ragSystem, type Category, type ChatMsg, type Example } from './example.js';

/** Deterministic PRNG (mulberry32), so `build` writes the same dataset every time. */
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

export interface ChunkLike { id: string; source_doc: string; section: string; content: string; topic_tags: string[] }

const TODAY = '2026-11-24';
const DIVS: Division[] = ['open_men', 'open_women', 'pro_men', 'pro_women'];

function athlete(r: Rng, over: Partial<Athlete> = {}): Athlete {
  const division = over.division ?? r.pick(DIVS);
  return {
    id: '00000000-0000-4000-8000-000000000000', discordUserId: 'synthetic', displayName: null,
    weightKg: division.endsWith('women') ? r.int(55, 75) : r.int(70, 95), heightCm: null, age: r.int(22, 52),
    sex: division.endsWith('women') ? 'female' : 'male', division, trainingHistory: {}, currentPhase: null, raceDate: null,
    goalTimeMinutes: null, weeklyAvailabilityHours: null, equipmentAvailable: [], injuriesLimitations: [], preferences: {},
    checkinOptIn: false, checkinTime: null, timezone: 'UTC', createdAt: TODAY, updatedAt: TODAY, ...over,
  };
}

function logs(r: Rng, pattern: 'steady' | 'hard_week' | 'spike' | 'tired'): Workout[] {
  const out: Workout[] = [];
  const types = ['run', 'strength', 'hiit', 'stations', 'run', 'erg'] as const;
  for (let d = 27; d >= 0; d--) {
    const date = new Date(Date.parse(`${TODAY}T00:00:00Z`) - d * 86_400_000).toISOString().slice(0, 10);
    const recent = d < 7;
    if (r.next() < (recent && pattern === 'spike' ? 0.9 : 0.55)) {
      const hard = (pattern === 'hard_week' || pattern === 'tired') && recent;
      out.push({
        id: `${d}`, athleteId: 'a', sourceId: `s${d}`, date, sessionType: r.pick(types),
        durationMin: recent && pattern === 'spike' ? r.int(70, 100) : r.int(35, 70), rpe: hard ? r.int(8, 9) : r.int(4, 7),
        rpePre: pattern === 'tired' && recent ? r.int(3, 4) : null, distanceKm: null, notes: null, prescribed: null, completed: null, createdAt: date,
      });
    }
  }
  return out;
}

/** Writes the answer with the offline composer from real engine figures; chunks only for RAG examples. */
function answer(question: string, a: Athlete, ws: Workout[], chunks: ChunkLike[], history?: string): string {
  const facts = readQuestion(history ? `${history} ${question}` : question);
  const snapshot = snapshotFrom(a, ws, [], TODAY);
  const figures = computeFigures(facts, snapshot);
  const retrieved: RetrievedChunk[] = chunks.map((c, i) => ({ id: c.id, sourceDoc: c.source_doc, section: c.section, content: c.content, topicTags: c.topic_tags, score: 1 / (i + 1) }));
  return composeAnswer({ question, facts, figures, snapshot, chunks: retrieved }).text;
}

const sys = (): ChatMsg => ({ role: 'system', content: COACH_K_SYSTEM_PROMPT });

interface Spec { category: Category; source_doc: string; question: string; a: Athlete; ws?: Workout[] }

function single(s: Spec, n: number): Example {
  return {
    id: `engine-${s.category}-${String(n).padStart(4, '0')}`, category: s.category, source_doc: s.source_doc, provenance: 'engine',
    messages: [sys(), { role: 'user', content: s.question }, { role: 'assistant', content: answer(s.question, s.a, s.ws ?? [], []) }],
  };
}

const t = (sec: number) => formatDuration(sec);

/** Engine-backed single-turn questions over varied athletes (real calculations, no filler). */
function engineSpecs(r: Rng): Spec[] {
  const specs: Spec[] = [];
  for (let i = 0; i < 140; i++) {
    const a = athlete(r);
    const five = r.int(17 * 60, 32 * 60);
    const phr = r.pick([
      `My 5K time is ${t(five)}. What Hyrox finish time should I target?`,
      `I run 5 km in ${t(five)} (${DIVISION_LABELS[a.division!]}). What could I realistically finish Hyrox in?`,
      `5k PB ${t(five)}, racing ${DIVISION_LABELS[a.division!]}. Predict my Hyrox time and how it splits.`,
      `With a ${t(five)} 5K, what finish time should I aim for in my first Hyrox?`,
    ]);
    specs.push({ category: 'race_strategy', source_doc: 'team4b_recovery_testing.md', question: phr, a });
  }
  for (let i = 0; i < 120; i++) {
    const a = athlete(r);
    const goal = r.int(60, 120) * 60;
    const phr = r.pick([
      `How should I pace my 1 km runs for a sub ${t(goal)} Hyrox?`,
      `Give me splits for a ${t(goal)} goal in ${DIVISION_LABELS[a.division!]}: runs, stations and Roxzone.`,
      `What pace plan gets me under ${t(goal)}? I'm racing ${DIVISION_LABELS[a.division!]}.`,
    ]);
    specs.push({ category: 'race_strategy', source_doc: 'team1b_pacing.md', question: phr, a });
  }
  const formats = ['EMOM', 'AMRAP', 'interval'] as const;
  for (let i = 0; i < 140; i++) {
    const a = athlete(r, { trainingHistory: { experience: r.pick(['beginner', 'intermediate', 'advanced']) } });
    const st = [...new Set([r.pick(STATIONS), r.pick(STATIONS)])].map((s) => s.name);
    const fmt = r.pick(formats);
    const phr = r.pick([
      `Design me an ${fmt} workout targeting the ${st.join(' and ')} station${st.length > 1 ? 's' : ''}.`,
      `I'm ${String(a.trainingHistory.experience)} (${DIVISION_LABELS[a.division!]}). Give me an ${fmt} session for ${st.join(' + ')}.`,
      `Build an ${fmt} to work on ${st.join(' and ')} for ${DIVISION_LABELS[a.division!]}.`,
    ]);
    specs.push({ category: 'workout_programming', source_doc: 'team7_workout_construction.md', question: phr, a });
  }
  for (let i = 0; i < 70; i++) {
    const a = athlete(r);
    const planned = r.pick([45, 60, 75, 90]);
    const avail = r.pick([20, 25, 30, 35, 40].filter((x) => x < planned));
    const type = r.pick(['HIIT', 'run', 'strength', 'simulation']);
    specs.push({ category: 'workout_programming', source_doc: 'team7_workout_construction.md', question: `I only have ${avail} minutes today instead of ${planned}. What should I do with my ${type} session?`, a });
  }
  for (let i = 0; i < 100; i++) {
    const weeks = r.int(1, 24);
    const hours = r.int(3, 12);
    const a = athlete(r, { weeklyAvailabilityHours: hours });
    const phr = r.pick([
      `I have ${weeks} weeks until Hyrox and ${hours} hours per week. How should I structure my training?`,
      `${weeks} weeks to race day, ${hours} hours a week available. What should this week look like?`,
      `Race is in ${weeks} weeks. Which phase am I in and what does a ${hours}-hour week look like?`,
    ]);
    specs.push({ category: 'workout_programming', source_doc: 'team5_periodization.md', question: phr, a });
  }
  const judgments: [string, 'steady' | 'hard_week' | 'spike' | 'tired'][] = [
    ['My RPE has been 8+ on all sessions this week. What should I do?', 'hard_week'],
    ['I feel exhausted but I have a key session today. Should I do it?', 'tired'],
    ['I doubled my training this week. Is that a problem?', 'spike'],
    ['How is my training load looking? Am I doing too much?', 'steady'],
    ['Should I deload this week? My legs feel heavy.', 'tired'],
  ];
  for (let i = 0; i < 90; i++) {
    const [q, pattern] = r.pick(judgments);
    specs.push({ category: 'coaching_judgment', source_doc: 'team5b_autoregulation.md', question: q, a: athlete(r), ws: logs(r, pattern) });
  }
  for (let i = 0; i < 30; i++) {
    const days = r.int(2, 5);
    specs.push({ category: 'coaching_judgment', source_doc: 'team5b_autoregulation.md', question: `I missed ${days} training days this week due to ${r.pick(['travel', 'work', 'a cold', 'family stuff'])}. How do I get back on track?`, a: athlete(r), ws: logs(r, 'steady') });
  }
  for (let i = 0; i < 40; i++) {
    const a = athlete(r);
    const st = r.pick(STATIONS);
    const sec = r.int(90, 480);
    specs.push({ category: 'coaching_judgment', source_doc: 'team1c_station_breakdown.md', question: `My ${st.name.toLowerCase()} time is ${t(sec)}. What's the fastest way to improve?`, a });
  }
  return specs;
}

/** RAG-augmented: a real chunk in the system message, a question its section answers, an answer that uses it. */
function ragExamples(r: Rng, chunks: ChunkLike[], start: number): Example[] {
  const usable = chunks.filter((c) => c.content.split(/\s+/).length >= 80);
  const out: Example[] = [];
  usable.forEach((c, i) => {
    const topic = c.section.split(' > ').pop()!.replace(/;.*/, '').trim();
    const q = r.pick([
      `What should I know about ${topic.toLowerCase()} for Hyrox?`,
      `Can you explain ${topic.toLowerCase()} and how I should train for it?`,
      `How do I apply this to my training: ${topic.toLowerCase()}?`,
      `Coach, ${topic.toLowerCase()}: what matters most and what should I do this week?`,
    ]);
    const a = athlete(r);
    out.push({
      id: `engine-rag-${String(start + i).padStart(4, '0')}`, category: 'rag_augmented', source_doc: c.source_doc, provenance: 'engine',
      messages: [{ role: 'system', content: ragSystem(c.content) }, { role: 'user', content: q }, { role: 'assistant', content: answer(q, a, [], [c]).replace(/\[1\]/g, '(from the knowledge above)') }],
    });
  });
  return out;
}

/** Two-turn conversations: a prediction, then the pacing plan for it. */
function multiTurn(r: Rng, n: number): Example[] {
  const out: Example[] = [];
  for (let i = 0; i < n; i++) {
    const a = athlete(r);
    const five = r.int(18 * 60, 30 * 60);
    const q1 = `My 5K is ${t(five)} and I race ${DIVISION_LABELS[a.division!]}. What finish time is realistic?`;
    const goal = r.int(65, 115) * 60;
    const q2 = `OK, say I go for ${t(goal)}. How should I pace the runs and stations?`;
    out.push({
      id: `engine-multi-${String(i).padStart(4, '0')}`, category: 'multi_turn', source_doc: 'team1b_pacing.md', provenance: 'engine',
      messages: [sys(), { role: 'user', content: q1 }, { role: 'assistant', content: answer(q1, a, [], []) },
        { role: 'user', content: q2 }, { role: 'assistant', content: answer(`How should I pace a sub ${t(goal)} Hyrox?`, a, [], []) }],
    });
  }
  return out;
}

/** Questions that span two areas (prediction + plan, load + shortened session). */
function crossTopic(r: Rng, n: number): Example[] {
  const out: Example[] = [];
  for (let i = 0; i < n; i++) {
    const a = athlete(r, { weeklyAvailabilityHours: r.int(4, 10) });
    const weeks = r.int(6, 20);
    const five = r.int(19 * 60, 29 * 60);
    const q = r.pick([
      `My 5K is ${t(five)} and my race is in ${weeks} weeks with ${a.weeklyAvailabilityHours} hours per week. What should I target and how should I structure training?`,
      `I have ${weeks} weeks to go, my RPE has been 8+ on every session this week and I only have ${r.pick([30, 40])} minutes today instead of 60. What do I do?`,
    ]);
    out.push({ ...single({ category: 'cross_topic', source_doc: 'cross_topic', question: q, a, ws: q.includes('RPE') ? logs(r, 'hard_week') : [] }, i), id: `engine-cross-${String(i).padStart(4, '0')}` });
  }
  return out;
}

/** Every engine-generated candidate (filters decide what is kept). */
export function generateEngineExamples(chunks: ChunkLike[], seed = 2026): Example[] {
  const r = rng(seed);
  const specs = engineSpecs(r);
  return [
    ...specs.map((s, i) => single(s, i)),
    ...ragExamples(r, chunks, 0),
    ...multiTurn(r, 60),
    ...crossTopic(r, 50),
  ];
}

export type { StationId };
