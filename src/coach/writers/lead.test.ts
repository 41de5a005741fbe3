import { describe, expect, it } from 'vitest';
import { retrievedChunk } from '../../retrieval/chunk-fixture.js';
import type { RetrievedChunk } from '../../retrieval/search.js';
import { questionTerms } from '../core/passages.js';
import { answerFirst, figureAsk, givesAsked, labelledAnswer, leadAsk, type LeadAsk } from './lead.js';

const chunk = (id: string, section: string, content: string) => retrievedChunk(id, section, content);

/** The question's own words at equal weight, and citation numbers in the order passages are first cited (as the writer numbers them). */
function run(question: string, parts: string[], passages: RetrievedChunk[]) {
  const list = [...passages];
  return answerFirst(parts, {
    question,
    focus: new Map(questionTerms(question).map((w) => [w, 1])),
    passages,
    citeOf: (c) => {
      if (!list.includes(c)) list.push(c);
      return list.indexOf(c) + 1;
    },
    cited: (n) => list[n - 1],
  });
}

describe('leadAsk: what the first sentence has to give', () => {
  it('reads a count, an amount or a rule', () => {
    expect(leadAsk('how many hard sessions a week should i do at 57')).toEqual({ kind: 'count', nouns: ['hard', 'session'] });
    expect(leadAsk('how long should my taper be')?.kind).toBe('amount');
    expect(leadAsk('how often should i retest my 5k')?.kind).toBe('amount');
    expect(leadAsk('am i allowed to wear a chest strap in the race')?.kind).toBe('permission');
    expect(leadAsk('can i step up in the burpees or do i have to jump')?.kind).toBe('permission');
  });
  it('leaves other asks alone', () => {
    expect(leadAsk('why do my legs die on the wall balls')).toBeUndefined();
    expect(leadAsk('can i still do hyrox at 55')).toBeUndefined();
  });
});

describe('givesAsked', () => {
  const sessions = leadAsk('how many hard sessions a week should i do at 57') as LeadAsk;
  it('a count of the thing asked, not a figure of another unit', () => {
    expect(givesAsked('Three hard sessions a week for most masters athletes, four at most.', sessions, 'q')).toBe(true);
    expect(givesAsked('At least 48 hours between hard sessions, and about 72 hours after a race simulation.', sessions, 'q')).toBe(false);
  });
  it('not a number the member gave', () => {
    const sets = leadAsk('how many sets for 100 wall balls') as LeadAsk;
    expect(givesAsked('Wall balls are 100 reps: plan your sets and break early.', sets, 'how many sets for 100 wall balls')).toBe(false);
    expect(givesAsked('Plan your sets before the race (for example 25-25-20-15-15).', sets, 'how many sets for 100 wall balls')).toBe(true);
  });
});

const WALL = chunk(
  'wall',
  '100 wall balls: how to split the sets',
  '**Wall balls are the last station: the legs decide it, so plan the station before the race.** Most athletes arrive with tired legs.\n\nPlan your sets before the race (for example 25-25-20-15-15 or 10 × 10 with 5 s breaks) and take breaks before the legs force them. Catch high and ride the ball down.',
);

describe('answerFirst', () => {
  const q = 'how many sets should i split 100 wall balls into';
  it('moves the sentence that gives the count ahead of the section summary, without copying it', () => {
    const parts = [
      '**Wall balls are the last station: the legs decide it, so plan the station before the race.** Most athletes arrive with tired legs. [1]',
      'Plan your sets before the race (for example 25-25-20-15-15 or 10 × 10 with 5 s breaks) and take breaks before the legs force them. Catch high and ride the ball down. [1]',
    ];
    const out = run(q, parts, [WALL]);
    expect(out[0]).toMatch(/^Plan your sets before the race \(for example 25-25-20-15-15.*\[1\]$/);
    expect(out.join('\n').match(/25-25-20-15-15/g)).toHaveLength(1);
    expect(out.slice(1).join('\n')).toContain('Catch high and ride the ball down. [1]');
    expect(out.slice(1).join('\n')).toContain('Wall balls are the last station');
  });
  it('takes the answer from an unquoted paragraph of the quoted section, with its citation', () => {
    const out = run(q, ['**Wall balls are the last station: the legs decide it, so plan the station before the race.** [1]'], [WALL]);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/^Plan your sets.*\[1\]$/);
  });
  it('leaves a lead that already answers', () => {
    const parts = ['Plan your sets before the race (for example 25-25-20-15-15) and take breaks early. [1]', 'Catch high. [1]'];
    expect(run(q, parts, [WALL])).toEqual(parts);
  });
  it('leaves the answer when no sentence gives what was asked on the question’s words', () => {
    const parts = ['**Wall balls are the last station: the legs decide it, so plan the station before the race.** [1]'];
    const OTHER = chunk('o', 'Rowing', 'Row at 24–28 strokes a minute with long strokes for the whole 1000 m.');
    expect(run(q, parts, [OTHER])).toEqual(parts);
  });
  it('keeps a list that leads whole and in place', () => {
    const parts = ['How to split them:\n- 25-25-20-15-15\n- 10 × 10 [1]'];
    expect(run(q, parts, [WALL])).toEqual(parts);
  });
  it('leads a rule question with the rule, its label dropped', () => {
    const BBJ = chunk(
      'bbj',
      'Burpee broad jumps: how far to jump, stepping, and the knee rule',
      '**Jump a moderate, repeatable distance, about 1–2 m, not your maximum.** Big early jumps leave you walking later.\n\n**Stepping:** Hyrox guides agree you may step the feet forward one at a time to stand up before jumping, which saves energy.',
    );
    const out = run(
      'can i step my feet forward on the burpee broad jumps or do i have to jump them',
      ['**Jump a moderate, repeatable distance, about 1–2 m, not your maximum.** Big early jumps leave you walking later. [1]'],
      [BBJ],
    );
    expect(out[0]).toBe('Hyrox guides agree you may step the feet forward one at a time to stand up before jumping, which saves energy. [1]');
    expect(out[1]).toContain('Jump a moderate');
  });
});

describe('figureAsk: the figure each of several asks wants', () => {
  it('reads "how long is a deload week" as a length and "how often" as a frequency, and gives each from the sentence that says it', () => {
    const long = figureAsk('how long is a deload week')!;
    const often = figureAsk(' how often should i do one')!;
    expect(long.kind).toBe('amount');
    expect(often.kind).toBe('amount');
    const q = 'how long is a deload week and how often should i do one?';
    const rhythm = '**Take a deload week every 3–4 weeks: three build weeks and one lighter week (3:1) is the default rhythm.**';
    expect(givesAsked(rhythm, often, q)).toBe(true);
    expect(givesAsked(rhythm, long, q)).toBe(true);
    const background = '**Deload vs taper**: both cut volume and keep some intensity.';
    expect(givesAsked(background, often, q)).toBe(false);
    expect(givesAsked(background, long, q)).toBe(false);
    expect(figureAsk('can i wear gloves')).toBeUndefined();
  });
});

describe('leadAsk: units and timing', () => {
  it('a count in a unit is an amount in that unit', () => {
    const grams = leadAsk('how many grams of carbs should i eat the day before') as LeadAsk;
    expect(grams.kind).toBe('amount');
    expect(givesAsked('Eat 6–10 g/kg of carbohydrate a day in hard weeks.', grams, 'q')).toBe(true);
    expect(givesAsked('Count grams, not gels, and read the label.', grams, 'q')).toBe(false);
    const km = leadAsk('how many km a week should i run for my first hyrox') as LeadAsk;
    expect(givesAsked('Most first-timers build to 15–25 km a week.', km, 'q')).toBe(true);
  });
  it('"how early" wants a time', () => {
    const early = leadAsk('how early should i get to the venue before my wave') as LeadAsk;
    expect(givesAsked('Arrive 60–90 minutes before your wave.', early, 'q')).toBe(true);
    expect(givesAsked('Wave times are published in the last week before the race.', early, 'q')).toBe(false);
  });
});

describe('answerFirst: a figure from a section about something else does not lead', () => {
  const DAILY = chunk('daily', 'Daily carbohydrate bands', 'Match carbohydrate to the day: more on hard days, less on rest days.');
  const FUEL = chunk(
    'fuel',
    'In-race fuelling: gels in the Roxzone',
    'Gels vary by product, so count grams on the label. For races over 75 minutes the guideline is 30–60 g of carbohydrate per hour.',
  );
  const q = 'how many grams of carbs should i eat the day before';
  const parts = [
    'Gels vary by product, so count grams on the label. For races over 75 minutes the guideline is 30–60 g of carbohydrate per hour. [2]',
  ];
  it('keeps the lead when the figure comes from a lower-ranked section titled for another topic', () => {
    expect(run(q, parts, [DAILY, FUEL])).toEqual(parts);
  });
});

describe('a choice about today ("train or rest?")', () => {
  const SORE = chunk(
    'sore',
    'Active recovery, soreness and recovery methods',
    "**Soreness peaks 24–72 hours after unfamiliar work and does not measure how good a session was.** Delayed-onset muscle soreness peaks 24–72 hours after eccentric-heavy work.\n\nWhen soreness changes the plan: if the athlete is sore enough to limp, swap the day's run for an erg session at the same RPE, or move the hard session by a day. Normal soreness does not need a change: easy running usually makes it better.",
  );
  it('is answered first by the sentences that decide, the rule with its exception', () => {
    const q = 'super sore from yesterdays leg day, train or rest today?';
    expect(leadAsk(q)).toEqual({ kind: 'decision' });
    const out = run(q, ['**Soreness peaks 24–72 hours after unfamiliar work and does not measure how good a session was.** [1]'], [SORE]);
    expect(out[0]).toMatch(
      /^When soreness changes the plan: .*swap the day's run.* Normal soreness does not need a change: easy running usually makes it better\. \[1\]$/,
    );
  });
});

describe('labelledAnswer', () => {
  const content = [
    '**Your time and splits come from the timing chip you wear, and the results page publishes them; whether spectators need a ticket varies by event.**',
    '',
    '**Results and splits.** Every athlete wears a transponder read at each station.',
    '',
    '**Spectators, family and friends.** Supporters can follow the whole race from the stands. Whether spectators need a ticket is set per event, so check the event page before your family travels.',
  ].join('\n');
  const own = (q: string) => new Map(questionTerms(q).map((w) => [w, 1]));
  const opening = content.split('\n')[0]!;

  it('answers the ask its label names', () => {
    expect(labelledAnswer(content, own('can my family come watch? do spectators need tickets'), opening)).toMatch(/^\*\*Spectators, family/);
  });
  it('leaves the opening when no label names the ask, or the opening holds more of it', () => {
    expect(labelledAnswer(content, own('when do results come out and where are my splits'), opening)).toBeUndefined();
    expect(labelledAnswer(content, own('what do i eat before the race'), opening)).toBeUndefined();
  });
});

describe('labelledAnswer: a labelled list item', () => {
  const own = (q: string) => new Map(questionTerms(q).map((w) => [w, 1]));
  const relay = [
    '**In a Hyrox relay each of the four athletes runs two 1 km legs and does two stations, and the team decides who does which**.',
    '',
    'The rules, as summarised by relay guides:',
    '',
    '1. **Each athlete does two runs and two stations.** No one can take all the running.',
    '5. **Hand-overs.** One relay guide states that only one team member may be in the transition zone at a time; learn the hand-over at the briefing.',
  ].join('\n');
  const relayOpening = relay.split('\n')[0]!;
  it('answers the ask its label names when the opening does not speak of it', () => {
    expect(labelledAnswer(relay, own('relay hand-overs, how do they work'), relayOpening, true)).toMatch(/^\*\*Hand-overs\.\*\*/);
    // A yes/no or several asks keep the opening (its verdict, or the whole list).
    expect(labelledAnswer(relay, own('relay hand-overs, how do they work'), relayOpening)).toBeUndefined();
  });
  it('keeps an opening that already names the thing asked about', () => {
    const vest = [
      '**A weight vest is optional for Hyrox, not needed: the race has no vest, so keep it light if you use one.**',
      '',
      '- **A vest changes how you run.** Running with a vest increased ground contact time.',
      '- **A vest as a warm-up trick.** Six strides wearing a vest improved peak running speed in the race warm-up.',
    ].join('\n');
    expect(labelledAnswer(vest, own('can i wear a weight vest in the race'), vest.split('\n')[0]!, true)).toBeUndefined();
  });
});

describe('answerFirst: a list item that opens with its figure', () => {
  const TIER = chunk(
    'tier',
    'Sub-1:15: racing, not completing',
    'The 60–75 minute group fades 29 % from run 1 to run 8, which shows how even capable runners lose the back half.\n\n**Demands, with the why:**\n\n- **40–55 km of running a week** over 4–5 runs, with one threshold session and a long run of 80–100 minutes.\n- **Station economy at race load.** Sled push in 2 × 25 m.',
  );
  it('leads a how-many-km ask with the bold figure of an unquoted list item', () => {
    const out = run(
      'how many km a week should i run for sub 1:15',
      ['The 60–75 minute group fades 29 % from run 1 to run 8, which shows how even capable runners lose the back half. [1]'],
      [TIER],
    );
    expect(out[0]).toMatch(/^40–55 km of running a week.*\[1\]$|^\*\*40–55 km of running a week\*\*.*\[1\]$/);
  });
  it('takes no list item whose opening holds no figure', () => {
    const plain = chunk(
      'p',
      'Sub-1:15: racing, not completing',
      'Intro sentence that says nothing much here.\n\n- **Station economy** matters at 40 km of weekly running too.',
    );
    const parts = ['Intro sentence that says nothing much here at all. [1]'];
    expect(run('how many km a week should i run for sub 1:15', parts, [plain])).toEqual(parts);
  });
});

describe('whether to do the session ("is it ok to run when sore?")', () => {
  const SORE = chunk(
    'sore2',
    'Active recovery, soreness and recovery methods',
    "**Soreness peaks 24–72 hours after unfamiliar work and does not measure how good a session was.** Delayed-onset muscle soreness peaks 24–72 hours after eccentric-heavy work.\n\nNormal soreness does not need a change: easy running usually makes it better.\n\nWhen soreness changes the plan: if the athlete is sore enough to limp, swap the day's run for an erg session at the same RPE.",
  );
  it('is a decision, answered first by the sentence that decides', () => {
    const q = 'is it fine to do an easy run when my legs are still sore?';
    expect(leadAsk(q)).toEqual({ kind: 'decision' });
    expect(leadAsk('can i still train today, quads are sore')).toEqual({ kind: 'decision' });
    expect(leadAsk('legs sore from lunges yesterday, is an easy run ok?')).toEqual({ kind: 'decision' });
    const out = run(q, ['**Soreness peaks 24–72 hours after unfamiliar work and does not measure how good a session was.** [1]'], [SORE]);
    expect(out[0]).toMatch(/^Normal soreness does not need a change: easy running usually makes it better\./);
  });
  it('leaves an either/or to the options', () => {
    expect(leadAsk('farmers carry, should i run or walk it?')).toBeUndefined();
  });
});

describe('answerFirst: a rule from the lead section, in fewer of the question’s words (dbl25)', () => {
  const RELAY = chunk(
    'relay',
    'Relay rules: legs, hand-overs and who does what',
    '**In a Hyrox relay each of the four athletes runs two 1 km legs and does two stations, and the team decides who does which**. The athlete who runs a kilometre does not have to do the station that follows it, so a team can give the sleds to its strongest station athletes.',
  );
  it('leads with "does not have to" when asked whether the runner must do the next station', () => {
    const parts = [
      '**In a Hyrox relay each of the four athletes runs two 1 km legs and does two stations, and the team decides who does which**. [1]',
      'The athlete who runs a kilometre does not have to do the station that follows it, so a team can give the sleds to its strongest station athletes. [1]',
    ];
    const out = run('in the relay do i have to do the station straight after my km or can someone else do it', parts, [RELAY]);
    expect(out[0]).toMatch(/^The athlete who runs a kilometre does not have to do the station/);
  });
});

describe('answerFirst: a yes/no follow-up', () => {
  const sims = chunk(
    's',
    'How many race simulations should I do?',
    '**Do race simulations two or three times in the last 8 weeks before the race.** Coach K places simulations at about 8, 5 and 3 weeks out and none in the final 2 weeks (the taper).',
  );
  const parts = [
    '**Do race simulations two or three times in the last 8 weeks before the race.** [1]',
    'Coach K places simulations at about 8, 5 and 3 weeks out and none in the final 2 weeks (the taper). [1]',
  ];
  const run = (whether: boolean) =>
    answerFirst(parts, {
      question: 'can i do that one the week of the race or is it too much',
      focus: new Map([
        ['week', 1],
        ['race', 1],
      ]),
      passages: [sims],
      citeOf: () => 1,
      cited: () => sims,
      whether,
    });
  it('leads with the sentence that says whether, not the earlier answer again', () => {
    expect(run(true)[0]).toMatch(/^Coach K places simulations[^.]*none in the final 2 weeks/);
  });
  it('is left as it was for a question that is no yes/no follow-up', () => {
    expect(run(false)).toEqual(parts);
  });
});
