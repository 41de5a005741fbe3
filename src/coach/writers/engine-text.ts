import { formatDuration, formatPace, formatSplit } from '../engines/time.js';
import { SESSION_FRAME_MIN, type FigureSet } from '../core/figures.js';
import { deloadTurn, fatigueSigns, oneOffDay, type QuestionFacts } from '../core/understand.js';
import { dailyReadiness, type DailyReadiness } from '../engines/readiness.js';
import { proposal, type Advice } from '../core/verdict.js';
import { DIVISION_LABELS, STATIONS, describeStation, type StationId } from '../../domain/standards.js';
import { PHASE_NAMES } from '../../domain/phases.js';
import { DAY_NAMES, keptFirst, phaseMap, type PlannedSessionKind } from '../engines/phase.js';
import { trainingPaces } from '../engines/training-paces.js';
import { RIEGEL_EXPONENT } from '../engines/race-model.js';

/** The engine figures written out as answer paragraphs (pure; used by the offline writer). */
const t = formatDuration;

export function predictSection(f: FigureSet, goalSec?: number): string[] {
  const p = f.prediction!;
  const out = [
    ...(goalSec !== undefined ? [goalVerdict(goalSec, p.totalSec, p.range)] : []),
    `**Target: about ${t(p.totalSec)}** (${DIVISION_LABELS[f.division]}), with an honest range of ${t(p.range.lowSec)}–${t(p.range.highSec)}. ${p.basis.some((b) => b.startsWith('fresh 10 km time used as given')) ? `Your fresh 10 km is ${t(p.tenKmEquivalentSec)}` : `Your 5 km equals a fresh 10 km of ${t(p.tenKmEquivalentSec)}`}; Hyrox running is compromised, so plan on ${formatPace(p.runPaceSecPerKm)}, ${t(p.split.runsSec)} for the 8 runs, about ${t(p.split.stationsSec)} on the stations and ${t(p.split.roxzoneSec)} in the Roxzone.`,
    `The range is wide on purpose: the low end assumes stations as strong as your running, the high end untrained stations that cost you time on sleds, lunges and wall balls. For a first race, aim at the middle of the range and let the second half of the race decide the rest.`,
  ];
  return out;
}

/**
 * A goal set against the prediction ("sub 1:10, is that realistic if my 10k is 38 min?"): inside the range and no faster
 * than the central estimate is realistic; between the fast end and the centre it needs stations as strong as the running;
 * faster than the fast end is not yet on.
 */
export function goalVerdict(goalSec: number, predictedSec: number, range: { lowSec: number; highSec: number }): string {
  const goal = t(goalSec);
  if (goalSec < range.lowSec)
    return `**Not yet: ${goal} is faster than the fast end of your predicted range (${t(range.lowSec)}).** Build the running first, then retest and set the goal from the new prediction.`;
  if (goalSec < predictedSec)
    return `**Possible but ambitious: ${goal} is faster than the central prediction of ${t(predictedSec)}**, so it needs stations as strong as your running.`;
  return `**Yes, ${goal} is realistic: it is no faster than your central prediction of ${t(predictedSec)}**, as long as the stations are trained and you do not go out too fast.`;
}

/** A question about the stations' times ("what times on each station?") reads the station targets first. */
const ASKS_STATION_TIMES =
  /\b(each|every|per|the) stations?\b[^.?!]{0,30}\b(times?|targets?|splits?)\b|\bstation (times|targets|splits)\b|\btimes?\b[^.?!]{0,30}\b(each|every|per) station\b/i;

export function pacingSection(f: FigureSet, question = '', asked: readonly StationId[] = []): string[] {
  const parts = runsAndStations(f);
  // "how fast should my 1k row be for a 1:20 finish?": the station asked leads, with its split per 500 m on an erg.
  const lead = stationTargetsLine(f, asked);
  // "sled push is my best station… should i send it? going for 1:25": its target answers; the whole race plan would be filler
  // unless the runs or every station are asked about too.
  if (lead && !ASKS_STATION_TIMES.test(question) && !/\bruns?\b|\brunning\b|\bsplits\b|\bper km\b|\/km\b/i.test(question)) return [lead];
  const ordered = ASKS_STATION_TIMES.test(question) || lead ? [parts[1]!, parts[0]!] : parts;
  return lead ? [lead, ...ordered] : ordered;
}

/** The target of the one or two stations asked about at the goal ("Row at a 1:30:00 finish: 5:01 (2:30.5 per 500 m)."). */
export function stationTargetsLine(f: FigureSet, asked: readonly StationId[]): string | undefined {
  const p = f.pacing;
  const named = p ? p.stations.filter((s) => asked.includes(s.id)) : [];
  if (!p || named.length === 0 || named.length > 2) return undefined;
  return `**${named
    .map(
      (s) =>
        `${s.name} at a ${t(p.goalSec)} finish: ${t(s.targetSec)}${s.id === 'row' || s.id === 'skierg' ? ` (${formatSplit(Math.round(s.targetSec) / 2)} per 500 m)` : ''}`,
    )
    .join('; ')}.**`;
}

function runsAndStations(f: FigureSet): string[] {
  const p = f.pacing!;
  const runs = p.runs.map((r) => t(r.splitSec)).join(', ');
  const st = p.stations.map((s) => `${s.name} ${t(s.targetSec)}`).join(' · ');
  return [
    `**Pacing plan for ${t(p.goalSec)}:** average ${formatPace(p.averageRunSecPerKm)} over the 8 runs (${t(Math.round(p.totals.runsSec))} of running in total), with a planned fade: ${runs}. Run 1 is deliberately the fastest but never hot: going out too fast is what makes run 8 collapse.`,
    `**Station targets for ${t(p.goalSec)}:** ${st} (${t(Math.round(p.totals.stationsSec))} on the stations in total). Roxzone budget: ${t(p.roxzone.totalSec)} in total, about ${Math.round(p.roxzone.perTransitionSec)} s per transition — walk in briskly, breathe, and start each station at a pace you can hold.`,
  ];
}

export function stationSection(f: FigureSet, asked?: StationId): string[] {
  const out: string[] = [];
  const g = f.stationGap;
  if (g) {
    out.push(
      g.gapSec > 0
        ? `**${g.name}: ${t(g.timeSec)} now vs ${t(g.targetSec)} at a ${t(g.referenceGoalSec)} finish** — ${t(g.gapSec)} to find, and this station responds quickly to specific work because it is limited by leg drive and glycolytic capacity more than fitness.`
        : `**${g.name}: ${t(g.timeSec)} is already ${t(-g.gapSec)} inside the ${t(g.targetSec)} target for a ${t(g.referenceGoalSec)} finish**, so keep it sharp and spend the extra hours on running.`,
    );
    out.push(`Race standard for you: ${describeStation(g.stationId, f.division)}.`);
  }
  const id: StationId | undefined = g?.stationId ?? asked ?? f.workout?.bouts[0]?.stationId;
  const drills: Partial<Record<StationId, string>> = {
    sled_push:
      '- Heavy sled: 6–8 × 12.5–25 m at 110–120 % of race load, 2:00 rest, RPE 8, low hips and short fast steps.\n- Posterior chain: Romanian deadlift 3 × 8 and split squat 3 × 10 per leg at RPE 7–8.\n- Transition: finish every sled set with 200 m at race pace so your legs learn to run heavy.',
    sled_pull:
      '- Pull intervals: 6 × 25 m at race load, hand-over-hand with the rope kept low, 1:30 rest, RPE 8.\n- Grip and back: 3 × 10 heavy rows and 3 × 30 s dead hangs.\n- Walk-back drill: practise resetting your feet in 3–4 s at the end of each pull.',
    wall_balls:
      '- Sets: 5 × 20 wall balls at race weight, 60 s rest, RPE 7–8, unbroken, breathing on every throw.\n- Capacity: EMOM 10 min × 12–15 reps after a 1 km run at race pace.\n- Legs: front squat 4 × 6 at RPE 8 once a week.',
    skierg:
      '- Intervals: 5 × 500 m at goal 1,000 m pace, 1:30 rest, RPE 7–8, long pulls from the hips.\n- Threshold: 3 × 8 min at RPE 6–7, 2 min easy between.',
    row: '- Intervals: 4 × 500 m at goal split, 2:00 rest, RPE 7–8, legs–back–arms, 24–28 strokes per minute.\n- Steady: 20–30 min at RPE 5 once a week.',
    burpee_broad_jumps:
      '- Intervals: 6 × 20 m burpee broad jumps, 60 s rest, RPE 7, a steady rhythm rather than maximal jumps.\n- Follow each set with 200 m easy running to practise the transition.',
    farmers_carry:
      '- Carries: 6 × 50 m at race weight plus 4–8 kg, 60 s rest, RPE 7, tall posture and short quick steps.\n- Grip: 3 × 45 s dead hangs.',
    sandbag_lunges:
      '- Lunges: 5 × 20 m at race weight, 90 s rest, RPE 7–8, knee touching the floor every rep.\n- Brick: 25 m lunges straight into 500 m at race pace, 4 rounds, to rehearse lunges → run 8.',
  };
  if (id && drills[id]) out.push(`**Twice a week for 6 weeks:**\n${drills[id]}`);
  return out;
}

/** Why the format's rest works, in its own terms (an interval session has no "minute"). */
const RECOVERY_WHY: Record<'emom' | 'amrap' | 'intervals', string> = {
  emom: 'The short rest inside each minute trains the glycolytic system to recover between efforts, which is what a race asks of you between stations.',
  amrap: 'Moving from station to station without set rest trains the steady, self-chosen pace and the smooth transitions the race rewards.',
  intervals:
    'Each round is long enough to hold a race-like effort and the rest is short enough that you start the next one still loaded, as you start each run after a station.',
};

type Bout = NonNullable<FigureSet['workout']>['bouts'][number];

/**
 * The length of the station cycle interval bouts repeat (A B C D A B C D A B C…) with the same
 * work and rest in every bout (the last bout's rest aside); 0 when they do not, or do not repeat.
 */
function repeatedCycle(bouts: readonly Bout[]): number {
  const p = new Set(bouts.map((b) => b.stationId)).size;
  if (bouts.length <= p) return 0;
  const same = bouts.every(
    (b, i) =>
      b.stationId === bouts[i % p]!.stationId &&
      b.loadKg === bouts[i % p]!.loadKg &&
      b.distanceM === bouts[i % p]!.distanceM &&
      b.reps === bouts[i % p]!.reps &&
      b.workSecTarget === bouts[0]!.workSecTarget &&
      (i === bouts.length - 1 || b.restSec === bouts[0]!.restSec),
  );
  return same ? p : 0;
}

/** Repeating interval bouts as rounds of the cycle ("3 rounds of: …"), then the bouts left over. */
function intervalRounds(bouts: readonly Bout[], p: number, work: (b: Bout) => string): string[] {
  const rounds = Math.floor(bouts.length / p);
  const left = bouts.slice(rounds * p);
  const b0 = bouts[0]!;
  // One station repeats as "8 rounds of this bout", not "of these 1 bouts".
  const of = p === 1 ? 'this bout' : `these ${p} bouts`;
  return [
    `- **${rounds} rounds** of ${of}, each about ${b0.workSecTarget} s of work then ${b0.restSec} s rest:\n${bouts
      .slice(0, p)
      .map((b) => `  - ${work(b)}`)
      .join('\n')}`,
    ...(left.length ? [`- Then once more: ${left.map((b) => work(b)).join(', ')} (${bouts.length} bouts in all).`] : []),
  ];
}

export function workoutSection(f: FigureSet, sessionMin?: number): string[] {
  const w = f.workout!;
  const frame =
    sessionMin !== undefined && sessionMin >= w.durationMin + SESSION_FRAME_MIN
      ? ` With a 10 min warm-up before it and a 5 min cool-down after, it fills your ${sessionMin} minutes.`
      : '';
  const bouts = w.bouts.slice(0, w.format === 'emom' ? Math.min(w.bouts.length, new Set(w.bouts.map((b) => b.stationId)).size * 2) : w.bouts.length);
  const work = (b: (typeof bouts)[number]) =>
    `${b.name} ${b.distanceM ? `${b.distanceM} m` : `${b.reps} reps`}${b.loadKg ? ` at ${b.loadKg} kg` : ''}${b.targetHeightM ? ` to ${b.targetHeightM.toFixed(2)} m` : ''}`;
  const cycle = w.format === 'intervals' ? repeatedCycle(bouts) : 0;
  const lines =
    cycle > 0
      ? intervalRounds(bouts, cycle, work)
      : bouts.map(
          (b) =>
            `- ${w.format === 'emom' ? `Minute ${b.index}` : w.format === 'amrap' ? `Station ${b.index}` : `Round ${b.index}`}: ${work(b)} — about ${b.workSecTarget} s work, ${b.restSec} s rest`,
        );
  const total = w.totalWork
    .map((x) => `${STATIONS.find((s) => s.id === x.stationId)!.name} ${x.distanceM ? `${x.distanceM} m` : `${x.reps} reps`}`)
    .join(', ');
  return [
    // The title already names the level and the division's loads.
    `**${w.title}** (${w.durationMin} min, RPE ${w.rpeTarget}):`,
    `${lines.join('\n')}${w.format === 'emom' && bouts.length < w.bouts.length ? `\n- …alternate until minute ${w.rounds}.` : ''}`,
    `Total work: ${total}. ${RECOVERY_WHY[w.format]} If a bout takes more than ${Math.max(...bouts.map((b) => b.workSecTarget)) + 10} s, drop the load by one step; keep the rest.${frame}`,
  ];
}

const DELOAD_BULLETS =
  '- Keep 1–2 short sessions with some intensity (e.g. 4 × 3 min at threshold, 2 min easy), so you stay sharp.\n- Everything else easy: Zone 2 runs or erg at RPE 3–4, 30–45 min.\n- Nothing above RPE 7; sleep at least 7 h.\n- Resume normal load when a standard session feels 1–2 RPE points easier again.';

/**
 * The readiness call, made once for the text and the yes/no verdict: today's score (or a short
 * night) decides today's session; signs the member reports now come before logs that still look
 * fine (logs lag); otherwise the logs decide the week, and without logs the member's words do.
 */
export function readinessCall(
  f: FigureSet,
  facts: QuestionFacts,
  question: string,
): { today: DailyReadiness | null; week: 'logs' | 'words' | 'none'; advice: Advice } {
  // One bad night or off day ("rough night, hard session planned, train or not?") is the daily rule, not a week's signs.
  const single = oneOffDay(question);
  const today = dailyReadiness({
    score: facts.readinessScore,
    sleptHours: facts.sleptHours,
    restingHr: facts.restingHr,
    proposesMore: proposal(question) === 'more',
    oneOffDay: single,
  });
  // One morning's reading ("hrv dropped from 65 to 48 this morning") is not a trend: the knowledge base's rule is the answer.
  const signs = fatigueSigns(question) && !oneMorning(question) && !single;
  // Without logs, the week's template needs signs in the member's words ("do i need a deload? 5 weeks building" has none:
  // the knowledge base's deload rhythm answers it).
  const week = f.readiness && f.load && !(signs && f.readiness.status === 'ready') ? 'logs' : signs ? 'words' : 'none';
  const advice = signs
    ? 'ease'
    : today
      ? today.band === 'low'
        ? 'ease'
        : 'as_planned'
      : f.readiness?.status === 'ready' || (!f.readiness && oneMorning(question))
        ? 'as_planned'
        : 'ease';
  return { today, week, advice };
}

/**
 * A single reading of a wearable or resting heart rate, said of this morning or today, with nothing that lasts
 * ("for 3 days", "all week", "lately", "in a row") and no other sign of fatigue.
 */
function oneMorning(q: string): boolean {
  return (
    /\b(hrv|heart rate variability|resting (?:hr|heart rate)|rhr|whoop|oura|garmin|recovery score|body battery)\b/i.test(q) &&
    /\b(this morning|today|last night|overnight)\b/i.test(q) &&
    !/\b(days|weeks?|lately|all the time|in a row|every (?:day|morning)|for \d+|again|still (?:low|up|high|down)|tired|exhausted|sore|heavy legs|sleep(?:ing)? (?:badly|poorly)|no motivation|sick|ill)\b/i.test(
      q,
    )
  );
}

/** One morning's low reading: the wearable rule, today's session as planned unless the member feels it. */
const ONE_MORNING =
  "**One morning's reading is not a trend: if you slept normally and your legs feel normal, train as planned today.** Single-day HRV and resting heart rate readings are noisy; change the session when the trend over 3 or more mornings points down (HRV falling or resting heart rate rising) together with how you feel. Rate your readiness 1–10 as usual: 5–10 train as planned, 3–4 do the easy version or move the hard session a day, 1–2 rest. If you train, stop adding extras and keep the intervals at the planned RPE rather than chasing splits.";

/** Skipping a planned deload while feeling good (team4b "Deload weeks", team5b "Deload triggers" and the fitness-fatigue example). */
const KEEP_DELOAD =
  '**Keep your deload week: feeling good at the end of a build is what the planned lighter week protects, not a reason to skip it.** Fatigue builds faster than fitness, so Coach K plans a lighter week after every 3–4 weeks of building: 5–7 days at 50–60 % of your usual volume, intensity kept on 1–2 short sessions and nothing above RPE 7. It costs very little fitness (in the fitness-fatigue example about −10 % fitness against −45 % fatigue), and the next block starts fresh instead of on top of the fatigue.';
/** Coming back from a deload (team5b "Deload triggers and the deload prescription": after the deload). */
const AFTER_DELOAD =
  '**If readiness is back at 6 or higher and your first normal session felt like its usual RPE, go back into the plan at about the level of the week before the peak week, not straight back to the peak.** If not, extend the easy period by 3–4 days and look outside training: sleep, illness, work stress, under-eating.';

export function readinessSection(f: FigureSet, facts: QuestionFacts, question: string, referred = false): string[] {
  const { today, week } = readinessCall(f, facts, question);
  // A planned deload skipped or just finished: its rule answers, unless the logs call for a deload or caution themselves.
  const turn = deloadTurn(question);
  if (turn && !(week === 'logs' && f.readiness?.status !== 'ready')) return [turn === 'skip' ? KEEP_DELOAD : AFTER_DELOAD];
  if (!today && week === 'none' && !f.readiness && oneMorning(question)) return [ONE_MORNING];
  // A triage referral for over-reaching has already said what this week looks like: the words template would contradict it.
  const text = week === 'logs' ? logReadiness(f) : week === 'words' && !referred ? wordsReadiness(facts) : [];
  return today ? [today.advice, ...text] : text;
}

/** Ready inside the last 2 weeks: the taper's rule (team5 "The taper: the last two weeks"), not a week to build on. */
const TAPER_BULLETS = (weeksOut: number) =>
  `- ${weeksOut === 0 ? 'It is race week' : `Your race is ${weeksOut} week${weeksOut === 1 ? '' : 's'} out`}, so this is the taper, not a week to build: keep the intensity and the number of sessions and cut the volume (Coach K: 45 % less two weeks out, 55 % one week out, 60 % in race week).\n` +
  "- Keep today's hard efforts short and sharp: fewer reps at the usual pace, not extra ones.\n- No tests, simulations or new kit before the race.";

function logReadiness(f: FigureSet): string[] {
  const l = f.load!;
  const r = f.readiness!;
  const out = [
    `**Your logs say: ${r.status}.** Last 7 days: ${l.weeklyLoadAu.toLocaleString('en-US')} AU; chronic ${Math.round(l.chronicWeeklyLoadAu).toLocaleString('en-US')} AU/week; ACWR ${l.acwr === null ? 'n/a' : l.acwr.toFixed(2)} (the rolling-average variant — a prompt to look, not a verdict); monotony ${l.monotony === null ? 'n/a' : l.monotony.toFixed(2)}.`,
    r.advice,
  ];
  if (r.reasons.length) out.push(`Why: ${r.reasons.join(' ')}`);
  if (r.status === 'deload') out.push(DELOAD_BULLETS);
  else if (r.status === 'caution')
    out.push(
      '- Next 7 days: cut total minutes by 20–30 % and keep only one hard session (RPE 8).\n- Swap one run for an easy erg at RPE 3–4 to unload the legs.\n- Re-check with `/log` entries after the week: the ratio should drift back under 1.3.',
    );
  else if (f.taperWeeksOut !== undefined) out.push(TAPER_BULLETS(f.taperWeeksOut));
  else
    out.push(
      '- Keep building: add no more than 5–10 % volume next week, one variable at a time.\n- Keep the hard days hard (RPE 8) and the easy days easy (RPE 3–4); monotony stays low when days differ.\n- Plan a lighter week every 3–4 weeks at 50–60 % volume.',
    );
  out.push(
    'Load here is session RPE × minutes (Foster), counted for runs, strength and station work alike, because fatigue does not care where it came from.',
  );
  return out;
}

/** Without logs, the signs come from the member's words alone. */
function wordsReadiness(facts: QuestionFacts): string[] {
  const hard = facts.rpe !== undefined && facts.rpe >= 8;
  const lead = hard
    ? '**Take a deload now: 5–7 days at 50–60 % of your usual volume.** RPE 8 or higher on every session of a week means fatigue is masking fitness; pushing through converts it into staleness or injury rather than adaptation.'
    : '**Not at full load this week: cut volume by about a third and drop the hardest session until the signs settle.** A resting heart rate several beats above your normal, poor sleep, heavy legs or no drive to train are early signs of accumulated fatigue; a few easy days now cost nothing, while pushing through is how functional overreaching turns into weeks of staleness.';
  return [
    lead,
    DELOAD_BULLETS,
    'If the signs are still there after a week of easy training, or come with illness or a fever, see a doctor before building again.',
    'Log every session with `/log` (RPE and minutes): with a few weeks of logs I compute your load, monotony and ACWR and can tell you exactly how much to cut.',
    // Without logs the signs come from words alone: what changed is the one question that tells training load from life load.
    'What has changed in the last few weeks: more training, less sleep, work or life stress, or an illness?',
  ];
}

export function shortenSection(f: FigureSet, facts: QuestionFacts): string[] {
  const s = f.shortened;
  if (!s) return shortWindow(facts);
  const blocks = s.blocks.map(
    (b) =>
      `- ${b.name}: ${b.status === 'dropped' ? 'dropped' : `${b.durationMin} min${b.rounds !== undefined ? ` (${b.rounds} of ${b.plannedRounds} rounds)` : ''}`}`,
  );
  return [
    `**Keep the intensity, cut the volume: ${s.plannedMin} → ${s.totalMin} min.** The main set is the stimulus that drives adaptation; warm-up, accessories and cool-down shrink first.`,
    blocks.join('\n'),
    'Same work intervals, same RPE targets (RPE 8–9 on the hard efforts) — only fewer rounds. A shortened quality session keeps the week\'s key stimulus; a "half-effort full session" loses it.',
    'Make the warm-up specific so nothing is wasted: 3 min easy erg or jog, then 2 rounds of 5 air squats, 5 burpees and 10 s at work pace. If a round is a station block (for example 250 m SkiErg + 15 wall balls + 200 m run), keep every rep of it and simply stop after the rounds that fit. Log it with `/log` as the minutes you actually did: your weekly load stays honest and I can plan the next session around it.',
  ];
}

export function missedSection(f: FigureSet, facts: QuestionFacts): string[] {
  const n = facts.missedDays ?? 3;
  const unit = facts.missedUnit ?? 'day';
  const load = f.load
    ? `Your last 7 days: ${f.load.weeklyLoadAu.toLocaleString('en-US')} AU against a chronic ${Math.round(f.load.chronicWeeklyLoadAu).toLocaleString('en-US')} AU/week, so returning to your normal week keeps the ratio in the 0.8–1.3 range.`
    : 'Log the sessions you do with `/log` so I can watch the ratio of this week to your 4-week average.';
  // A week or more off (the autoregulation rule for 1–4 weeks): ramp back from about 75–80 % of the old weekly load.
  if (n >= 7) {
    const weeks = Math.round(n / 7);
    const span = unit === 'week' ? (weeks === 1 ? 'missed week' : `${weeks} missed weeks`) : `${n} missed days`;
    return [
      `**Don't try to make up the ${span}: come back at about 75–80 % of your previous weekly load in the first week, then build back to your full week over 2–3 weeks.** After a week or more off, short-term detraining has started, and cramming the missed work in spikes your acute load, which raises injury risk more than the gap cost in fitness.`,
      `- Week 1 back: your usual sessions, shorter (about 75–80 % of the minutes), all at easy to moderate effort except one key session with a round fewer.\n- Weeks 2–3: build the minutes back to your normal week; hard sessions return at normal intensity.${weeks >= 2 ? '\n- After more than 2 weeks off, retest your 5 km within 2–3 weeks so your paces and predictions match your fitness now.' : ''}\n- Carry on from where the calendar is, not from where you stopped: the race date does not move.`,
      load,
    ];
  }
  const what =
    unit === 'session' ? (n === 1 ? 'the missed session' : `the ${n} missed sessions`) : n === 1 ? 'the missed day' : `the ${n} missed days`;
  return [
    `**Don't try to make up ${what}.** Cramming them into the rest of the week spikes your acute load, and a spike raises injury risk more than a missed session lowers fitness: a few days off cost almost nothing.`,
    '- Day 1 back: easy 30–40 min run or erg at RPE 4, plus 10 min mobility.\n- Day 2: your most important session of the week (the Hyrox-specific or threshold one), unchanged.\n- Then continue the plan from where the calendar is, not from where you stopped; drop the lowest-priority session this week.\n- If you travelled: add one 20 min walk the first day to loosen up and keep water at 30–35 ml/kg.',
    "Why not double up: adaptation comes from the load you recover from, and two hard days back to back mostly add fatigue. One easy day then one key session restores the week's rhythm of stress and recovery.",
    load,
  ];
}

/** The question asks how the whole plan is built, not only what to do this week. */
export const ASKS_STRUCTURE =
  /\bphases?\b|\bstructure\b|\bperiodi[sz]|\b(whole|overall|full) (plan|program|programme|block)|\b\d+[- ]?weeks? (plan|program|programme|block|build)|\b(?:last|final) (?:\d+|two|three|four|five|six|few|couple of) weeks\b|\bweek by week\b/i;

const weeksOut = (n: number) => (n === 0 ? 'race week' : `${n} week${n === 1 ? '' : 's'} out`);

/** The weeks to race as phases, one line each with its goals. */
export function phaseMapText(weeksToRace: number): string {
  const lines = phaseMap(weeksToRace).map((s) => {
    const n = s.fromWeeksOut - s.toWeeksOut + 1;
    const span =
      s.toWeeksOut === 0
        ? s.fromWeeksOut === 0
          ? 'race week'
          : `${weeksOut(s.fromWeeksOut)} to race week`
        : n === 1
          ? `${weeksOut(s.fromWeeksOut)} (1 week)`
          : `${s.fromWeeksOut}–${s.toWeeksOut} weeks out (${n} weeks)`;
    return `- **${span}**, ${PHASE_NAMES[s.phase]}: ${s.goals.join('; ')}.`;
  });
  return `**Your ${weeksToRace} weeks in phases:**\n${lines.join('\n')}`;
}

function fewerDays<D extends { sessionType: string; durationMin: number }>(days: D[], n: number): D[] {
  const kept = keptFirst(days, (d) => d.sessionType).slice(0, Math.max(n, 1));
  return days.filter((d) => kept.includes(d));
}

export function planSection(f: FigureSet, facts: QuestionFacts, question = ''): string[] {
  const w = f.week;
  if (!w) return ['Tell me your race date and weekly hours (`/profile set race_date:… weekly_hours:…`) and I will lay out your phase and week.'];
  const training = w.days.filter((d) => d.sessionType !== 'rest' && !d.race);
  // "i can do 2 sessions a week": the week has the member's number of sessions, not the engine's smallest week.
  const few = facts.sessionsPerWeek !== undefined && facts.sessionsPerWeek < training.length ? fewerDays(training, facts.sessionsPerWeek) : undefined;
  const days = w.days
    .filter((d) => d.sessionType !== 'rest' && (!few || d.race || few.includes(d)))
    .map((d) => (d.race ? `- ${d.dayName}: **${d.label}**` : `- ${d.dayName}: ${d.label}, ${d.durationMin} min at RPE ${d.rpeTarget}`));
  const out: string[] = [];
  // "how many times a week should i run? i train 5 days total": the runs of that week, counted, first.
  const runs = runsLine(few ?? training, question);
  if (runs) out.push(runs);
  // "how should I structure a 12 week plan? what phases": the whole runway in phases first.
  if (f.weeksToRace !== undefined && !f.noRaceDate && f.weeksToRace >= 3 && ASKS_STRUCTURE.test(question)) out.push(phaseMapText(f.weeksToRace));
  if (f.weeksToRace === 0) {
    out.push(
      `**Race week, the end of the taper:** about ${Math.round(w.volumeCut * 100)} % less volume than a usual week, the same intensity in short doses, and the race at the weekend.`,
      days.join('\n'),
      'No tests, no simulations and no new kit or food this week; feeling sluggish in the first days of a taper is normal and passes.',
    );
    return out;
  }
  // "mon wed fri only": the week is on the member's days, said; sessions that did not fit on them, said plainly.
  const onYourDays = w.trainingDays ? ` on your days (${dayList(w.trainingDays)})` : '';
  const cut = w.sessionsCut
    ? `${w.sessionsPerWeek + w.sessionsCut} sessions don't fit on ${w.trainingDays!.length} day${w.trainingDays!.length === 1 ? '' : 's'} at one a day, so this week has ${w.sessionsPerWeek}; to do all ${w.sessionsPerWeek + w.sessionsCut}, add a day or pair an easy run with a strength session on one day (morning and evening).`
    : undefined;
  out.push(
    `**${f.noRaceDate ? `With no race date yet, a ${PHASE_NAMES[w.phase]} week` : `${f.weeksToRace} weeks out you are in ${PHASE_NAMES[w.phase]}`}:** ${w.goals.slice(0, 2).join('; ')}. This week: ${few ? `${few.length} session${few.length === 1 ? '' : 's'} (the strength session and the most race-specific run; the rest of a full week is left out), ${few.reduce((a, d) => a + d.durationMin, 0)}` : `${w.sessionsPerWeek} sessions${onYourDays}, ${w.totalMin}`} min${w.volumeCut ? `, volume cut ${Math.round(w.volumeCut * 100)} % for the taper` : ''}.${f.noRaceDate ? ' Tell me your race date and I will set the phase.' : ''}`,
    ...(cut ? [cut] : []),
    days.join('\n'),
  );
  if (facts.weeklyKm)
    out.push(
      `At ${facts.weeklyKm} km of running a week you already have the engine; keep about that volume, move one run to compromised running (1 km at race pace straight after a station, 4–6 rounds) and use the strength sessions for sled and lunge strength.`,
    );
  const paces = weekPaces(f, facts);
  if (paces) out.push(paces);
  out.push('Every 3–4 weeks, take a deload week at 50–60 % volume; the last 2 weeks taper volume by 41–60 % while keeping intensity.');
  return out;
}

/** The member's days, 1 = Mon … 7 = Sun: three or more in a row as a range ("Mon–Fri"), the others listed ("Tue, Thu, Sat, Sun"). */
export function dayList(days: readonly number[]): string {
  const runs: number[][] = [];
  for (const d of [...days].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && last.at(-1) === d - 1) last.push(d);
    else runs.push([d]);
  }
  return runs.flatMap((r) => (r.length >= 3 ? [`${DAY_NAMES[r[0]! - 1]}–${DAY_NAMES[r.at(-1)! - 1]}`] : r.map((d) => DAY_NAMES[d - 1]!))).join(', ');
}

/** "how many times a week should i run", "how many runs": the count of runs asked for. */
const RUNS_ASK = /\bhow (?:many times|often|many days)\b[^.?!]{0,40}\brun\b|\bhow many runs\b/i;
const PURE_RUNS: readonly PlannedSessionKind[] = ['easy_run', 'long_run', 'threshold_run', 'intervals'];
const PART_RUNS: readonly PlannedSessionKind[] = ['compromised_run', 'aerobic_mixed', 'simulation'];

function runsLine(days: readonly { sessionType: PlannedSessionKind; label: string }[], question: string): string | undefined {
  if (!RUNS_ASK.test(question)) return undefined;
  const pure = days.filter((d) => PURE_RUNS.includes(d.sessionType));
  const part = days.filter((d) => PART_RUNS.includes(d.sessionType));
  if (pure.length === 0 && part.length === 0) return undefined;
  const name = (d: { label: string }) => d.label.split(/[,(]/)[0]!.trim().toLowerCase();
  const plus =
    part.length > 0
      ? `, plus ${part.length === 1 ? 'one session' : `${part.length} sessions`} with running in ${part.length === 1 ? 'it' : 'them'} (${part.map(name).join('; ')})`
      : '';
  return `**With ${days.length} sessions a week, run ${pure.length === 1 ? 'once' : pure.length === 2 ? 'twice' : `${pure.length} times`}** (${pure.map(name).join('; ')})${plus}: about half of the week's training time is running.`;
}

/**
 * "6 days a week, 8 hours, 10 weeks out, 5k 22:00 - make me a week": the paces of the week's runs from the member's
 * own 5 km (or 10 km), one per kind of run the week holds.
 */
export function weekPaces(f: FigureSet, facts: QuestionFacts): string | undefined {
  const five = facts.fiveKmSec ?? (facts.tenKmSec !== undefined ? facts.tenKmSec / 2 ** RIEGEL_EXPONENT : undefined);
  if (!f.week || five === undefined || five < 900 || five > 3000) return undefined;
  const p = trainingPaces(five);
  const kinds = new Set(f.week.days.map((d) => d.sessionType));
  const has = (...k: PlannedSessionKind[]) => k.some((x) => kinds.has(x));
  const items = [
    has('threshold_run') ? `threshold runs ${formatPace(p.threshold)}` : '',
    has('intervals') ? `intervals at 10 km pace ${formatPace(p.tenKm)}` : '',
    has('compromised_run', 'simulation') ? `the 1 km runs of compromised running and simulations at Hyrox pace ${formatPace(p.hyrox)}` : '',
    has('easy_run', 'long_run') ? `easy and long runs ${formatPace(p.easy[0]).replace('/km', '')}–${formatPace(p.easy[1])}` : '',
  ].filter(Boolean);
  if (items.length === 0) return undefined;
  const from = facts.fiveKmSec === undefined ? `${formatDuration(Math.round(facts.tenKmSec!))} 10 km` : `${formatDuration(Math.round(five))} 5 km`;
  return `**Paces from your ${from}:** ${items.join(', ')}.`;
}

/** Less than 10 minutes (or a planned length that is not a session): no engine cut, a short, honest answer. */
function shortWindow(facts: QuestionFacts): string[] {
  const min = facts.availableMin ?? 0;
  if (min <= 0) {
    return [
      '**With no time today, skip the session: do not try to squeeze it in or make it up later.** One missed session costs almost nothing; doubling up tomorrow adds fatigue instead.',
      'Do the next session of your plan as written, and if this was your key session of the week (the threshold or Hyrox-specific one), move it to your next free day and drop an easy session instead.',
    ];
  }
  return [
    `**${min} minutes is too short to shorten the session into; use it as a primer instead.** Below about 10 minutes there is no room for a warm-up and a main set, so keep the stimulus for the next full session.`,
    `- ${min} minutes of mobility (hips, ankles, thoracic spine) or an easy jog or erg at RPE 3–4.\n- Or, if you are warm: 3–4 × 20 s fast strides or 10 wall balls at race pace, full recovery between.`,
    'Then do the planned session on your next free day, unchanged.',
  ];
}
