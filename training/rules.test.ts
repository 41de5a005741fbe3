import { describe, expect, it } from 'vitest';
import { buildPrompt } from '../src/coach/prompt.js';
import { addCitations } from './cite.js';
import { citationProblems, implausibleProblems, rpeProblems, shapeProblems, thirdPersonProblems } from './rules.js';

const SLED = 'The sled push is 50 m in four lengths of 12.5 m. Leg drive and glycolytic capacity limit it, not upper-body pushing strength.';
const TAPER = 'In the final two weeks cut training volume by 41–60 % and keep two short race-pace sessions a week.';
const WALL = 'Wall balls are 100 reps; plan sets before the race and rest before the legs force it.';
const system = (athlete = 'Profile: Open Men') =>
  buildPrompt({
    question: 'q',
    athleteBlock: athlete,
    figures: '',
    chunks: [SLED, TAPER, WALL].map((content, i) => ({ id: `c${i}`, sourceDoc: 'doc.md', section: `S${i}`, content, topicTags: [], score: 1 })),
  }).messages[0]!.content;
const convo = (user: string, answer: string, athlete?: string) => [
  { role: 'system', content: system(athlete) },
  { role: 'user', content: user },
  { role: 'assistant', content: answer },
];

describe('rpeProblems', () => {
  it('flags threshold reps prescribed above RPE 7 and easy running at RPE 6, not the knowledge-base intensities', () => {
    expect(rpeProblems(convo('Threshold session?', 'Do 3 × 10 min at threshold, RPE 8–9, with 2 min easy.'))).toHaveLength(1);
    expect(rpeProblems(convo('Easy runs?', 'Keep the easy run at RPE 6 for 45 min.'))).toHaveLength(1);
    expect(rpeProblems(convo('Threshold?', 'Do 3 × 10 min at threshold, RPE 7, then an easy jog at RPE 3.'))).toEqual([]);
  });

  it('requires a plan change when the athlete reports fatigue, and no RPE 8–9 efforts for them', () => {
    const tired = 'My RPE has been 8+ on every session this week. What now?';
    expect(rpeProblems(convo(tired, 'Great work. Keep going with 6 × 3 min hard at RPE 8–9 on Thursday.'))).toHaveLength(2);
    expect(rpeProblems(convo(tired, 'Deload: 5–7 days at 50–60 % of your usual volume, nothing above RPE 7.'))).toEqual([]);
    expect(rpeProblems(convo('Readiness?', 'Keep going: 6 × 3 min at RPE 8.', 'Readiness: deload (all sessions RPE 8+)'))).toHaveLength(1);
  });
});

describe('implausibleProblems', () => {
  it('asks back on a 5 km under 13:00 or a sub-2:40 1,000 m SkiErg, and lets plausible inputs through', () => {
    expect(implausibleProblems(convo('My 5k is 11:30, what finish can I expect?', 'You will finish in about an hour.'))).toHaveLength(1);
    expect(
      implausibleProblems(convo('My 5k is 11:30, what finish can I expect?', 'Is that 11:30 for 5 km, or per mile? That would be a world record.')),
    ).toEqual([]);
    expect(implausibleProblems(convo('1000m ski in 2:33 yesterday', 'Great, hold that.'))).toHaveLength(1);
    expect(implausibleProblems(convo('My 5k is 22:30 and my goal is 1:25', 'A fair goal.'))).toEqual([]);
  });
});

describe('citationProblems', () => {
  it('accepts a citation whose sentence says what the passage says, and flags a missing or unrelated one', () => {
    expect(citationProblems(convo('Sled?', 'Leg drive and glycolytic capacity limit the sled push, not upper-body strength [1].'), true)).toEqual([]);
    expect(citationProblems(convo('Sled?', 'Leg drive limits the sled push [7].'), false)[0]).toMatch(/cites \[7\] but the prompt has 3 passages/);
    expect(citationProblems(convo('Sled?', 'Leg drive and glycolytic capacity limit the sled push, not upper-body strength [2].'), false)[0]).toMatch(
      /\[2\] does not say/,
    );
    expect(citationProblems(convo('Sled?', 'Push with your legs.'), true)).toEqual(['a knowledge-based answer that cites no passage']);
  });
});

describe('addCitations', () => {
  it('cites the sentence that carries a passage, and leaves the others alone', () => {
    const { text, cited } = addCitations('Cut training volume by 41–60 % in the final two weeks before the race. Sleep well.', [
      { n: 2, content: TAPER },
      { n: 1, content: SLED },
    ]);
    expect(text).toBe('Cut training volume by 41–60 % in the final two weeks before the race [2]. Sleep well.');
    expect(cited).toEqual([2]);
  });
});

describe('thirdPersonProblems and shapeProblems', () => {
  it('flags "Coach K" in an answer, not "I\'m Coach K"', () => {
    expect(thirdPersonProblems(convo('Who?', 'Coach K recommends 3 × 10 min.'))).toHaveLength(1);
    expect(thirdPersonProblems(convo('Who?', "I'm Coach K; do 3 × 10 min."))).toEqual([]);
  });

  it("wants production's knowledge and athlete blocks and the tools", () => {
    expect(shapeProblems(convo('q', 'a'), [{ type: 'function' }])).toEqual([]);
    expect(shapeProblems([{ role: 'system', content: 'You are Coach K.' }], [])).toEqual([
      'the system prompt has no <knowledge> block',
      'the system prompt has no <athlete> block',
      'the example does not list the tools production offers',
    ]);
  });
});

describe('the quantified rule and medical referrals', () => {
  it('accepts a referral without a prescription, and still wants numbers from a coaching answer', async () => {
    const { validateJsonl } = await import('./validate.js');
    const words = (lead: string) => `${lead} ${Array.from({ length: 160 }, (_, i) => `word${i}`).join(' ')}.`;
    const line = (answer: string) =>
      JSON.stringify({
        messages: [
          { role: 'system', content: system() },
          { role: 'user', content: 'Chest tightness after a sim?' },
          { role: 'assistant', content: answer },
        ],
      });
    const rules = (answer: string) => validateJsonl(line(answer), ['coaching_judgment'], { shape: false }).failures.map((f) => f.rule);
    expect(rules(words('Please see a doctor before your next hard session.'))).toEqual([]);
    expect(rules(words('Keep going, it is probably fine.'))).toEqual(['quantified']);
  });
});
