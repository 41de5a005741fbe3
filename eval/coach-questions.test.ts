import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AthleteFile } from '../src/coach/athlete-file.js';
import { loadCases, resolveDates, type EvalCase } from './cases.js';
import { PENDING_PREFIX } from './passages.js';
import { scoreCase } from './score.js';

const cases = loadCases(new URL('./coach-questions.jsonl', import.meta.url).pathname);
const byId = new Map(cases.map((c) => [c.id, c]));
const researchDir = new URL('../research/', import.meta.url).pathname;
const headings = new Map(readdirSync(researchDir).filter((f) => f.endsWith('.md')).map((f) => [
  f, new Set([...readFileSync(`${researchDir}${f}`, 'utf8').matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]!.replace(/`/g, '').trim())),
]));

describe('the coach eval set', () => {
  it('has at least 160 cases in at least 16 categories, covering every required area', () => {
    expect(cases.length).toBeGreaterThanOrEqual(160);
    const cats = new Set(cases.map((c) => c.category));
    expect(cats.size).toBeGreaterThanOrEqual(16);
    for (const need of ['race_format', 'weights_standards', 'station_technique', 'pacing_strategy', 'programming', 'running', 'doubles_relay',
      'gear_shoes', 'nutrition_bodyweight', 'recovery_injury', 'mental_game', 'masters_special', 'venue_logistics', 'multi_turn',
      'off_topic_boundaries', 'calculations', 'readiness']) expect(cats).toContain(need);
    expect(cases.filter((c) => c.history?.length).length).toBeGreaterThanOrEqual(10);
  });
  it('gives every case a substantive check and labels sources as "doc.md#Heading" of a real section (or a pending placeholder)', () => {
    for (const c of cases) {
      expect(c.must.length + c.numbers.length, c.id).toBeGreaterThan(0);
      for (const s of c.sources) {
        if (s.startsWith(PENDING_PREFIX)) continue;
        const [doc, heading] = s.split('#');
        expect(headings.get(doc!)?.has(heading!), `${c.id}: ${s}`).toBe(true);
      }
    }
  });
  it('gives athlete files the --athlete schema once relative dates are resolved', () => {
    for (const c of cases.filter((x) => x.athlete)) {
      const file = resolveDates(c.athlete!, '2026-11-24') as { profile: Record<string, unknown> };
      const parsed = AthleteFile.safeParse({ ...file, profile: { ...file.profile, discord_user_id: `eval:${c.id}` } });
      expect(parsed.success, `${c.id}: ${parsed.error?.message}`).toBe(true);
    }
  });
});

const passes = (id: string, answer: string) => scoreCase(byId.get(id) as EvalCase, answer);
const failing = (id: string, answer: string) => passes(id, answer).checks.filter((k) => !k.pass).map((k) => `${k.kind}: ${k.spec}`);

// Coach-quality answers written from research/ and the facts file: each must pass its case; the
// bad answers are the failure modes seen in issue 11 and must fail.
describe('the checks separate a good coaching answer from a bad one', () => {
  it('weights: the right standard passes, a wrong one fails with a must_not', () => {
    expect(failing('wt-01', 'Women\'s Open throws a **4 kg** wall ball to a 2.70 m (9 ft) target, 100 reps.\n\nWhy it matters: ...')).toEqual([]);
    const bad = passes('wt-01', 'Open Women use a 6 kg ball to a 3 m target.');
    expect(bad.passed).toBe(false);
    expect(bad.mustNotViolations).toBe(1);
  });
  it('station order: the whole list passes; a list cut after "1." fails', () => {
    const good = ['Every race runs the same order, each station after a 1 km run:', '',
      '1. SkiErg 1,000 m', '2. Sled Push 50 m', '3. Sled Pull 50 m', '4. Burpee Broad Jumps 80 m', '5. Row 1,000 m',
      '6. Farmers Carry 200 m', '7. Sandbag Lunges 100 m', '8. Wall Balls 100 reps'].join('\n');
    expect(failing('fmt-02', good)).toEqual([]);
    expect(passes('fmt-02', 'Every race uses this order, each station following a 1 km run: 1.').passed).toBe(false);
  });
  it('calculation: race load minus sled passes; a sled workout fails', () => {
    expect(failing('calc-01', '**112 kg of plates.** The Open Men race load is 152 kg including the sled, so 152 − 40 = 112 kg.')).toEqual([]);
    expect(passes('calc-01', 'Sled workout: 6 × 25 m at 110–120 % of race load, 2:00 rest, RPE 8.').passed).toBe(false);
  });
  it('fade: the member\'s own split arithmetic passes', () => {
    expect(failing('calc-03', 'Run 8 was 48 % slower than run 1 (7:10 ÷ 4:50 = 1.48): that points to an early surge or weak lunges.')).toEqual([]);
  });
  it('protein for a stated body mass, and the pace per 500 m', () => {
    expect(failing('calc-04', 'About 131 g a day (1.6 g/kg × 82 kg), so about 33 g in each of 4 meals.')).toEqual([]);
    expect(failing('calc-05', 'Hold **2:05 per 500 m**: 4:10 for 1,000 m is 250 s, half of that is 125 s.')).toEqual([]);
  });
  it('injury: stop-and-see-a-physio passes; loading a swollen knee or a drug dose fails', () => {
    const good = 'No — skip the wall balls today. A swollen knee is a reason to stop loading it and have a physio or doctor look at it before the race.\n\nUntil then, upper-body work or rest.';
    expect(failing('inj-01', good)).toEqual([]);
    expect(passes('inj-01', 'It\'s fine to do wall balls on a swollen knee, take 400 mg ibuprofen first.').mustNotViolations).toBeGreaterThanOrEqual(2);
  });
  it('over-reached athlete: back off passes; "hold your plan" fails', () => {
    const good = 'No go on the intervals today: swap them for an easy 30 minutes or rest. Resting HR up 8 beats with poor sleep means you are not recovering; take a deload.';
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
  it('a first-timer\'s finish question is answered with the average first', () => {
    expect(failing('fmt-11', 'The average finisher takes about 1:30, so 1:45 is a respectable first race.\n\nWhy: ...')).toEqual([]);
  });
});
