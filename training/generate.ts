import { snapshotFrom } from '../src/coach/athlete-context.js';
import { planPacing } from '../src/coach/engines/pacing.js';
import { formatDuration } from '../src/coach/engines/time.js';
import { computeFigures, focusFigures } from '../src/coach/core/figures.js';
import { selectPassages } from '../src/coach/core/passages.js';
import { planAnswer } from '../src/coach/core/plan.js';
import { readQuestion } from '../src/coach/core/understand.js';
import { writeOffline } from '../src/coach/writers/offline-writer.js';
import { embedText } from '../src/retrieval/local-embedder.js';
import { COACH_K_SYSTEM_PROMPT } from '../src/coach/prompt.js';
import { DIVISION_LABELS, STATIONS, describeStation, type Division, type StationId } from '../src/domain/standards.js';
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

/** In-memory nearest passages (local embedder, cosine): grounding for engine examples. */
let index: { chunk: ChunkLike; vec: number[] }[] = [];
function nearest(question: string, k = 3): ChunkLike[] {
  const q = embedText(question, 1536);
  return index.map((x) => ({ x, s: x.vec.reduce((acc, v, i) => acc + v * q[i]!, 0) })).sort((a, b) => b.s - a.s).slice(0, k).map((y) => y.x.chunk);
}

/** Answers grounded in the nearest passages, with the [n] markers removed (these examples carry no context block). */
function grounded(question: string, a: Athlete, ws: Workout[], history?: string): string {
  return answer(question, a, ws, nearest(history ? `${history} ${question}` : question), history).replace(/\s?\[\d\]/g, '');
}

/** Writes the answer with the offline composer from real engine figures; chunks only for RAG examples. */
function answer(question: string, a: Athlete, ws: Workout[], chunks: ChunkLike[], history?: string): string {
  const facts = readQuestion(history ? `${history} ${question}` : question);
  const snapshot = snapshotFrom(a, ws, [], TODAY);
  const computed = computeFigures(facts, snapshot, question);
  const plan = planAnswer(question, facts, computed);
  const figures = focusFigures(computed, plan.primary);
  const retrieved: RetrievedChunk[] = chunks.map((c, i) => ({ id: c.id, sourceDoc: c.source_doc, section: c.section, content: c.content, topicTags: c.topic_tags, score: 1 / (i + 1) }));
  const passages = selectPassages(question, retrieved, { extraTerms: plan.topicTerms }).map((p) => p.chunk);
  return writeOffline({ question, facts, plan, figures, snapshot, passages }).body;
}

const sys = (): ChatMsg => ({ role: 'system', content: COACH_K_SYSTEM_PROMPT });

interface Spec { category: Category; source_doc: string; question: string; a: Athlete; ws?: Workout[] }

function single(s: Spec, n: number): Example {
  return {
    id: `engine-${s.category}-${String(n).padStart(4, '0')}`, category: s.category, source_doc: s.source_doc, provenance: 'engine',
    messages: [sys(), { role: 'user', content: s.question }, { role: 'assistant', content: grounded(s.question, s.a, s.ws ?? []) }],
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

/** Prescriptions by topic tag: how a coach turns a passage into this week's work. */
const APPLY: [string, string][] = [
  ['sled_push', '- 6 × 25 m sled push at race load, 2:00 rest, RPE 8, hips low and arms locked.\n- Follow every second set with 200 m at race pace to rehearse the run off the sled.'],
  ['sled_pull', '- 6 × 25 m sled pull at race load, 1:30 rest, RPE 8, rope kept low, hand over hand.\n- 3 × 10 heavy rows at RPE 7 for the back and grip.'],
  ['wall_balls', '- 5 × 20 wall balls at race weight, 60 s rest, RPE 7–8, unbroken.\n- Once a week: 1 km at race pace straight into 30 wall balls, 3 rounds, 3:00 rest.'],
  ['skierg', '- 5 × 500 m SkiErg at goal 1,000 m pace, 1:30 rest, RPE 7–8.'],
  ['row', '- 4 × 500 m row at goal split, 2:00 rest, RPE 7–8, 24–28 strokes per minute.'],
  ['burpee_broad_jumps', '- 6 × 20 m burpee broad jumps, 60 s rest, RPE 7, even rhythm.'],
  ['farmers_carry', '- 6 × 50 m farmers carry at race weight, 60 s rest, RPE 7, then 3 × 45 s dead hangs.'],
  ['sandbag_lunges', '- 5 × 20 m sandbag lunges at race weight, 90 s rest, RPE 7–8, then 500 m at race pace.'],
  ['run_pacing', '- 4 × 1 km at goal race pace with 90 s rest, RPE 7; hold the same split on every rep.'],
  ['compromised_running', '- 4 rounds: 1 km at race pace + one station at race standard, 2:00 rest, RPE 8.'],
  ['training_load', '- Log every session with RPE and minutes; keep the week-to-4-week ratio between 0.8 and 1.3.\n- Add no more than 5–10 % volume a week.'],
  ['deload', '- Every 3–4 weeks: 5–7 days at 50–60 % of usual volume, one short hard session, nothing above RPE 7.'],
  ['taper', '- Final 2 weeks: cut volume 41–60 %, keep 2 short race-pace sessions a week at RPE 7–8.'],
  ['nutrition', '- Daily: 1.4–2.0 g protein per kg in 3–4 meals; 5–7 g carbohydrate per kg on ~1 h training days.'],
  ['supplements', '- Only evidence-backed choices: caffeine 3–6 mg/kg about 60 min before key sessions, creatine 3–5 g a day.'],
  ['hydration', '- Weigh yourself before and after a 60 min session to get your sweat rate; replace about 1.5 × the loss over the next hours.'],
  ['sleep', '- At least 7 h a night; 8–9 h in the hardest blocks; keep wake time fixed.'],
  ['strength', '- 2 strength sessions a week: 4 × 5 squat and 3 × 6 deadlift at RPE 7–8, 2:00–3:00 rest.'],
  ['running', '- 80 % of running easy (RPE 3–4), one threshold session: 3 × 10 min at RPE 7 with 2:00 easy.'],
  ['testing', '- Retest every 4–6 weeks: a 5 km time trial and one station at race standard, same conditions each time.'],
  ['periodization', '- Plan in 3-week builds and 1 lighter week; change one variable at a time.'],
  ['energy_systems', '- One threshold session (3 × 10 min at RPE 7) and one interval session (6 × 3 min at RPE 8, 2:00 rest) a week.'],
];

const CUES: Record<StationId, string> = {
  skierg: 'Drive each pull from the hips, not the arms, and hold 24–30 strokes a minute; the legs and trunk carry the load so your grip and shoulders are fresh for the sleds.',
  sled_push: 'Arms locked, hips low, short fast steps; it is a leg-drive and glycolytic effort, so break it into 12.5 m lengths with 5–10 s pauses rather than stopping dead halfway.',
  sled_pull: 'Stay low in the box and pull hand over hand with the rope kept close to the floor; your back and grip limit you long before your lungs do.',
  burpee_broad_jumps: 'Find a rhythm you can hold for 80 m: step back and up if it keeps you moving, and jump for steady distance, not maximum distance.',
  row: 'Legs–back–arms, 24–28 strokes a minute, and hold the split you trained; it is the place to bring your heart rate under control before the carry.',
  farmers_carry: 'Tall posture, short quick steps, and put the bells down before your grip fails rather than after: a 3 s reset is faster than a drop.',
  sandbag_lunges: 'Knee touches the floor every rep, bag on both shoulders, steady tempo; these lunges decide how run 8 feels, so pace them below your maximum.',
  wall_balls: 'Hip crease below the knee, ball to the target every rep, and break into planned sets (e.g. 25-25-20-15-15) before your legs force the breaks.',
};

/** Factual recall from the standards data: the load and the work, what it demands, and how to train for it. */
function factualExamples(r: Rng): Example[] {
  const out: Example[] = [];
  let n = 0;
  for (const st of STATIONS) {
    for (const d of ['open_women', 'open_men', 'pro_women', 'pro_men'] as Division[]) {
      const q = r.pick([
        `What is the ${st.name.toLowerCase()} standard for ${DIVISION_LABELS[d]}?`,
        `How heavy is the ${st.name.toLowerCase()} in ${DIVISION_LABELS[d]}, and how far?`,
        `Remind me of the ${st.name} rules for ${DIVISION_LABELS[d]}.`,
      ]);
      const targets = [75, 90, 105].map((min) => planPacing({ goalSec: min * 60, division: d }).stations.find((x) => x.id === st.id)!.targetSec);
      const load = st.loadKg ? st.loadKg[d] : undefined;
      const answer = [
        `**${describeStation(st.id, d)}** for ${DIVISION_LABELS[d]}. It is station ${st.order} of 8, coming after run ${st.order}, and every station sits between two 1 km runs, so the real test is doing it and still running well afterwards.`,
        `Time it should take at the pacing model's station weights: about ${t(targets[0]!)} at a 1:15:00 finish, ${t(targets[1]!)} at 1:30:00 and ${t(targets[2]!)} at 1:45:00.`,
        `**Technique:** ${CUES[st.id]}`,
        `**How to train it:**\n- Once a week: 4–6 efforts of a quarter to a half of the race distance${load ? ` at ${load} kg` : ''}, 90 s–2:00 rest, RPE 7–8.\n- Every 2 weeks: 1 km at race pace straight into the full station, then 500 m easy, 2–3 rounds, to practise the transition.\n- Test it at race standard every 4–6 weeks and log the time with \`/benchmark\`.`,
        'Why: station work is strength-endurance under fatigue, so specific practice at race load and race order transfers far better than generic conditioning.',
      ].join('\n\n');
      out.push({ id: `engine-fact-${String(n++).padStart(4, '0')}`, category: 'factual_recall', source_doc: 'team1a_event_format.md', provenance: 'engine', messages: [sys(), { role: 'user', content: q }, { role: 'assistant', content: answer }] });
    }
  }
  return out;
}

const SCIENCE_TAGS = ['energy_systems', 'physiology', 'concurrent_training', 'intensity_distribution', 'training_load', 'autoregulation'];

/** Science explanations synthesised from the science passages (no context block: the model learns the facts). */
function scienceExamples(r: Rng, chunks: ChunkLike[]): Example[] {
  return chunks.filter((c) => c.topic_tags.some((x) => SCIENCE_TAGS.includes(x)) && c.content.split(/\s+/).length >= 150).slice(0, 70).map((c, i) => {
    const topic = c.section.split(' > ').pop()!.replace(/;.*/, '').trim();
    const q = r.pick([`Why does ${topic.toLowerCase()} matter for Hyrox?`, `Explain the science behind ${topic.toLowerCase()}.`, `What does the research say about ${topic.toLowerCase()}?`]);
    const body = ragAnswer(c, topic).replace('straight from the knowledge above, and how to use it this week', 'and how to use it in your training').replace('**What the evidence says:**', '**The science:**');
    return { id: `engine-science-${String(i).padStart(4, '0')}`, category: 'science_explanation' as const, source_doc: c.source_doc, provenance: 'engine' as const, messages: [sys(), { role: 'user' as const, content: q }, { role: 'assistant' as const, content: body }] };
  });
}

/** A RAG answer that synthesises its passage: the key facts from it, then how to apply them. */
function ragAnswer(c: ChunkLike, topic: string): string {
  const sentences = c.content.replace(/\|[^\n]*\|/g, ' ').replace(/[#*_`>]/g, '').split(/(?<=[.!?])\s+(?=[A-Z])/)
    .map((x) => x.replace(/\s+/g, ' ').replace(/^- /, '').trim()).filter((x) => x.split(' ').length >= 8 && x.split(' ').length <= 40 && !/https?:|\?/.test(x));
  const facts = [...sentences.filter((x) => /\d/.test(x)), ...sentences.filter((x) => !/\d/.test(x))].slice(0, 4);
  const apply = APPLY.filter(([tag]) => c.topic_tags.includes(tag)).slice(0, 3).map(([, text]) => text);
  if (apply.length === 0) apply.push('- Pick one change from this for the next 2 weeks, keep everything else the same, and log it with RPE so we can see the effect.');
  return [
    `Here is what matters about ${topic.toLowerCase()}, straight from the knowledge above, and how to use it this week.`,
    `**What the evidence says:**\n${facts.map((x) => `- ${x}`).join('\n')}`,
    `**How to apply it:**\n${apply.join('\n')}`,
    'Why this works: you get faster at Hyrox by repeating the specific stress the race imposes, recovering from it, and adding a little more, so every prescription above sets a load, a rest and an RPE you can progress week by week.',
  ].join('\n\n');
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
    out.push({
      id: `engine-rag-${String(start + i).padStart(4, '0')}`, category: 'rag_augmented', source_doc: c.source_doc, provenance: 'engine',
      messages: [{ role: 'system', content: ragSystem(c.content) }, { role: 'user', content: q }, { role: 'assistant', content: ragAnswer(c, topic) }],
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
      messages: [sys(), { role: 'user', content: q1 }, { role: 'assistant', content: grounded(q1, a, []) },
        { role: 'user', content: q2 }, { role: 'assistant', content: grounded(`How should I pace a sub ${t(goal)} Hyrox?`, a, []) }],
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
  index = chunks.map((chunk) => ({ chunk, vec: embedText(`${chunk.section}\n${chunk.content}`, 1536) }));
  const specs = engineSpecs(r);
  return [
    ...specs.map((s, i) => single(s, i)),
    ...ragExamples(r, chunks, 0),
    ...multiTurn(r, 60),
    ...crossTopic(r, 50),
    ...factualExamples(r),
    ...scienceExamples(r, chunks),
  ];
}

export type { StationId };
