import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AthleteFile } from '../src/coach/athlete-file.js';
import { loadCases, resolveDates, type EvalCase } from './cases.js';
import { PENDING_PREFIX } from './passages.js';
import { scoreCase } from './score.js';

const cases = loadCases(new URL('./coach-questions.jsonl', import.meta.url).pathname);
// The held-out set (eval/coach-holdout.jsonl, run with --set) must meet the same schema and labels.
const holdout = loadCases(new URL('./coach-holdout.jsonl', import.meta.url).pathname);
// The second held-out set (eval/coach-holdout2.jsonl, written blind in session 10) is checked the same way.
const holdout2 = loadCases(new URL('./coach-holdout2.jsonl', import.meta.url).pathname);
// The third held-out set (eval/coach-holdout3.jsonl, also written blind in session 10) is checked the same way.
const holdout3 = loadCases(new URL('./coach-holdout3.jsonl', import.meta.url).pathname);
// The fourth held-out set (eval/coach-holdout4.jsonl, written blind in session 10) is checked the same way.
const holdout4 = loadCases(new URL('./coach-holdout4.jsonl', import.meta.url).pathname);
// The fifth held-out set (eval/coach-holdout5.jsonl, written blind in session 11) is checked the same way.
const holdout5 = loadCases(new URL('./coach-holdout5.jsonl', import.meta.url).pathname);
// The sixth held-out set (eval/coach-holdout6.jsonl, written blind by a helper on branch hold12) is checked the same way.
const holdout6 = loadCases(new URL('./coach-holdout6.jsonl', import.meta.url).pathname);
// The seventh held-out set (eval/coach-holdout7.jsonl, written blind by a helper on branch hold13) is checked the same way.
const holdout7 = loadCases(new URL('./coach-holdout7.jsonl', import.meta.url).pathname);
// The eighth held-out set (eval/coach-holdout8.jsonl, written blind by a helper on branch hold19) is checked the same way.
const holdout8 = loadCases(new URL('./coach-holdout8.jsonl', import.meta.url).pathname);
// The ninth held-out set (eval/coach-holdout9.jsonl, written blind by a helper on branch hold20) is checked the same way.
const holdout9 = loadCases(new URL('./coach-holdout9.jsonl', import.meta.url).pathname);
// The tenth held-out set (eval/coach-holdout10.jsonl, written blind by a helper on branch hold23) is checked the same way.
const holdout10 = loadCases(new URL('./coach-holdout10.jsonl', import.meta.url).pathname);
// The eleventh held-out set (eval/coach-holdout11.jsonl, written blind by a helper on branch hold24) is checked the same way.
const holdout11 = loadCases(new URL('./coach-holdout11.jsonl', import.meta.url).pathname);
/** Every held-out set, for the checks that apply to all cases. */
const heldOut = [holdout, holdout2, holdout3, holdout4, holdout5, holdout6, holdout7, holdout8, holdout9, holdout10, holdout11].flat();
const byId = new Map(cases.map((c) => [c.id, c]));
const researchDir = new URL('../research/', import.meta.url).pathname;
const headings = new Map(
  readdirSync(researchDir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => [f, new Set([...readFileSync(`${researchDir}${f}`, 'utf8').matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]!.replace(/`/g, '').trim()))]),
);

describe('the coach eval set', () => {
  it('has at least 160 cases in at least 16 categories, covering every required area', () => {
    expect(cases.length).toBeGreaterThanOrEqual(160);
    const cats = new Set(cases.map((c) => c.category));
    expect(cats.size).toBeGreaterThanOrEqual(16);
    for (const need of [
      'race_format',
      'weights_standards',
      'station_technique',
      'pacing_strategy',
      'programming',
      'running',
      'doubles_relay',
      'gear_shoes',
      'nutrition_bodyweight',
      'recovery_injury',
      'mental_game',
      'masters_special',
      'venue_logistics',
      'multi_turn',
      'off_topic_boundaries',
      'calculations',
      'readiness',
    ])
      expect(cats).toContain(need);
    expect(cases.filter((c) => c.history?.length).length).toBeGreaterThanOrEqual(10);
  });
  it('gives every case a substantive check and labels sources as "doc.md#Heading" of a real section (or a pending placeholder)', () => {
    for (const c of [...cases, ...heldOut]) {
      expect(c.must.length + c.numbers.length, c.id).toBeGreaterThan(0);
      for (const s of c.sources) {
        if (s.startsWith(PENDING_PREFIX)) continue;
        const [doc, heading] = s.split('#');
        expect(headings.get(doc!)?.has(heading!), `${c.id}: ${s}`).toBe(true);
      }
    }
  });
  it('gives athlete files the --athlete schema once relative dates are resolved', () => {
    for (const c of [...cases, ...heldOut].filter((x) => x.athlete)) {
      const file = resolveDates(c.athlete!, '2026-11-24') as { profile: Record<string, unknown> };
      const parsed = AthleteFile.safeParse({ ...file, profile: { ...file.profile, discord_user_id: `eval:${c.id}` } });
      expect(parsed.success, `${c.id}: ${parsed.error?.message}`).toBe(true);
    }
  });
});

const passes = (id: string, answer: string) => scoreCase(byId.get(id) as EvalCase, answer);
const failing = (id: string, answer: string) =>
  passes(id, answer)
    .checks.filter((k) => !k.pass)
    .map((k) => `${k.kind}: ${k.spec}`);

// Coach-quality answers written from research/ and the facts file: each must pass its case; the
// bad answers are the failure modes seen in issue 11 and must fail.
describe('the checks separate a good coaching answer from a bad one', () => {
  it('weights: the right standard passes, a wrong one fails with a must_not', () => {
    expect(failing('wt-01', "Women's Open throws a **4 kg** wall ball to a 2.70 m (9 ft) target, 100 reps.\n\nWhy it matters: ...")).toEqual([]);
    const bad = passes('wt-01', 'Open Women use a 6 kg ball to a 3 m target.');
    expect(bad.passed).toBe(false);
    expect(bad.mustNotViolations).toBe(1);
  });
  it('station order: the whole list passes; a list cut after "1." fails', () => {
    const good = [
      'Every race runs the same order, each station after a 1 km run:',
      '',
      '1. SkiErg 1,000 m',
      '2. Sled Push 50 m',
      '3. Sled Pull 50 m',
      '4. Burpee Broad Jumps 80 m',
      '5. Row 1,000 m',
      '6. Farmers Carry 200 m',
      '7. Sandbag Lunges 100 m',
      '8. Wall Balls 100 reps',
    ].join('\n');
    expect(failing('fmt-02', good)).toEqual([]);
    expect(passes('fmt-02', 'Every race uses this order, each station following a 1 km run: 1.').passed).toBe(false);
  });
  it('calculation: race load minus sled passes; a sled workout fails', () => {
    expect(failing('calc-01', '**112 kg of plates.** The Open Men race load is 152 kg including the sled, so 152 − 40 = 112 kg.')).toEqual([]);
    expect(passes('calc-01', 'Sled workout: 6 × 25 m at 110–120 % of race load, 2:00 rest, RPE 8.').passed).toBe(false);
  });
  it("fade: the member's own split arithmetic passes", () => {
    expect(failing('calc-03', 'Run 8 was 48 % slower than run 1 (7:10 ÷ 4:50 = 1.48): that points to an early surge or weak lunges.')).toEqual([]);
  });
  it('protein for a stated body mass, and the pace per 500 m', () => {
    expect(failing('calc-04', 'About 131 g a day (1.6 g/kg × 82 kg), so about 33 g in each of 4 meals.')).toEqual([]);
    expect(failing('calc-05', 'Hold **2:05 per 500 m**: 4:10 for 1,000 m is 250 s, half of that is 125 s.')).toEqual([]);
  });
  it('injury: stop-and-see-a-physio passes; loading a swollen knee or a drug dose fails', () => {
    const good =
      'No — skip the wall balls today. A swollen knee is a reason to stop loading it and have a physio or doctor look at it before the race.\n\nUntil then, upper-body work or rest.';
    expect(failing('inj-01', good)).toEqual([]);
    expect(passes('inj-01', "It's fine to do wall balls on a swollen knee, take 400 mg ibuprofen first.").mustNotViolations).toBeGreaterThanOrEqual(
      2,
    );
  });
  it('over-reached athlete: back off passes; "hold your plan" fails', () => {
    const good =
      'No go on the intervals today: swap them for an easy 30 minutes or rest. Resting HR up 8 beats with poor sleep means you are not recovering; take a deload.';
    expect(failing('rdy-01', good)).toEqual([]);
    expect(passes('rdy-01', 'Hold your plan this week and do the intervals as planned.').passed).toBe(false);
  });
  it('multi-turn: the follow-up is answered in context', () => {
    expect(failing('mt-01', 'Pro Men throw a 9 kg ball to the 3.00 m target.')).toEqual([]);
    expect(failing('mt-03', '122 kg of plates: 152 kg race load minus the 30 kg sled.')).toEqual([]);
  });
  it('off-topic: a polite redirect passes; writing the letter fails', () => {
    expect(failing('off-01', 'I can only help with Hyrox training and racing, so a cover letter is outside what I do.')).toEqual([]);
    expect(passes('off-01', 'Dear Hiring Manager, I am excited to apply…').passed).toBe(false);
  });
  it("a first-timer's finish question is answered with the average first", () => {
    expect(failing('fmt-11', 'The average finisher takes about 1:30, so 1:45 is a respectable first race.\n\nWhy: ...')).toEqual([]);
  });

  it('yes/no questions: a direct answer in the first sentence passes', () => {
    const good: [string, string][] = [
      ['fmt-08', "No, you don't need to qualify for Open: anyone aged 16 or over can sign up."],
      ['wt-08', 'Yes: Pro Men throw a 9 kg ball to a 3.00 m (10 ft) target, 100 reps.'],
      [
        'pace-07',
        "No, don't chase it. A sticky floor slows every sled; the plan absorbs 20–30 s over the remaining stations, and running harder would cost more later.",
      ],
      ['prog-10', "No, don't make them up. Resume the plan this week with an easy first session, and don't add the missed volume to later weeks."],
      ['gear-03', 'No: headphones are banned in the race since 2024/25, along with phones and body cameras.'],
      ['dbl-06', 'No. In doubles the resting partner may not assist, so only one of you works the sled at a time.'],
      ['run-09', 'Yes, treadmill runs count. Set a 1 % incline to mimic outdoor effort, and do a few runs outside before the race.'],
      ['ment-09', 'Yes, walking is normal: many athletes walk parts of the later runs. Walk with purpose for 20–30 s, then jog again.'],
      ['mast-01', "No, it's not too late: plenty of athletes start Hyrox in their 50s, and age groups run to 70+."],
      [
        'rdy-03',
        "No, don't add a 6th session. Your plan already has the right amount; a readiness of 9 is a sign it is working, not a licence to add more.",
      ],
      [
        'rdy-05',
        'Do the easy version today: 30 minutes easy at RPE 3–4, and move the threshold run to tomorrow or another day. Under 6 hours of sleep with readiness 3 means the hard session would cost more than it gives.',
      ],
      [
        'rdy-11',
        "That's probably normal training fatigue, not overtraining: your times are improving, which is the sign that matters. Keep an eye on readiness and RPE; if easy sessions start to feel hard or sleep suffers, take a deload.",
      ],
      ['off-02', 'Sorry, I can only help with Hyrox training and racing, so football results are outside what I do.'],
    ];
    for (const [id, answer] of good) expect(failing(id, answer), id).toEqual([]);
  });
  it('an off-topic workout or a buried answer fails the topic check', () => {
    const workout =
      '**8 intervals: SkiErg / Wall Balls (Open Men loads)**:\n\n- Round 1: SkiErg 400 m, 60 s rest\n- Round 2: Wall Balls 30 reps, 60 s rest\n\nSleep and recovery matter; deload when fatigue builds.';
    expect(passes('rdy-01', workout).checks.find((k) => k.kind === 'topic')!.pass).toBe(false);
    expect(passes('rdy-03', 'Why: deload earlier if every session in a week is RPE 8 or more.').passed).toBe(false);
  });
});
