import { describe, expect, it } from 'vitest';
import { retrievedChunk } from '../../retrieval/chunk-fixture.js';
import { blankSnapshot } from '../../../tests/support/athlete-snapshot.js';
import type { RetrievedChunk } from '../../retrieval/search.js';
import { computeFigures } from '../core/figures.js';
import { planAnswer } from '../core/plan.js';
import { stationById } from '../../domain/standards.js';
import { readQuestion } from '../core/understand.js';
import { bestBlock, splitSentences } from './blocks.js';
import { LIST_ASK, relevantRows, sectionForAsk, sectionOpening, writeOffline } from './offline-writer.js';
import { memberTerms } from '../core/topics.js';
import { questionTerms as questionTermsOf } from '../core/passages.js';
import { contentWords as contentWordsOf } from '../../domain/text.js';
import { constraintLines, triageQuestion } from '../triage.js';

const snapshot = blankSnapshot();
const chunk = (id: string, section: string, content: string) => retrievedChunk(id, section, content);

const SPLITS = chunk(
  'splits',
  'Reading your splits after the race',
  'Every result lists each run, each station and the Roxzone separately. Read them against your plan in this order:\n\n1. **Run 1 vs plan.** More than 3 % faster than planned is the most common root cause of a bad race.\n2. **Run fade.** Divide run 8 by run 1.\n3. **Stations vs targets.** Any station more than 30 s over target is the next priority.\n4. **Roxzone vs budget.** Over budget by 2 minutes is the cheapest time to win back.\n\nSplits also show pacing errors in the middle of the race.',
);
const SHOES = chunk(
  'shoes',
  'Shoes for racing',
  'Race in a running shoe with a firm, grippy outsole: you run 8 km and push sleds on carpet or turf. A flat lifting shoe costs time on the runs. Try any new shoe in training before race day.',
);
const SLEEP = chunk(
  'sleep',
  'Sleep: the seven-hour floor',
  'Adults should sleep 7 hours or more per night; athletes in hard blocks benefit from 8–9 hours. Sleep extension improved sprint times in basketball players.',
);
const WALL = chunk(
  'wall',
  'Wall Balls: technique, targets and training',
  'Plan your wall-ball sets before the race, for example 25-25-20-15-15, and take the breaks before your legs force them. Catch the ball high and squat below parallel on every rep.',
);

/** The offline answer to `question` from `passages`; `terms` weighs the question's words as the pipeline would (else the writer's own idf). */
function answer(question: string, passages: RetrievedChunk[], broadTerms?: Map<string, number>, terms?: Map<string, number>) {
  const facts = readQuestion(question);
  const figures = computeFigures(facts, snapshot, question);
  return writeOffline({ question, facts, plan: planAnswer(question, facts, figures), figures, snapshot, passages, broadTerms, terms });
}

describe('a section that opens with yes or no, quoted for an open question', () => {
  const SELF_TALK = chunk(
    'talk',
    'Self-talk and cue words: what the research shows',
    '**Yes, self-talk works: a meta-analysis of 32 studies found a moderate positive effect on performance.** Self-talk is what an athlete says to themselves, silently or out loud.\n\nReplace negative statements with a planned cue the moment you notice them.',
  );
  it('answers with its finding, without the yes or no', () => {
    const q = "how do i stay positive when i'm last in my wave?";
    const broad = new Map(memberTerms(q).flatMap((t) => contentWordsOf(t).map((w) => [w, 1] as const)));
    const body = answer(q, [SELF_TALK], broad).body;
    expect(body).toMatch(/^\*\*Self-talk works: a meta-analysis of 32 studies/);
    expect(body).not.toMatch(/does not cover this/);
  });
});

describe('a goal set against a race prediction', () => {
  it('says whether the goal is realistic before the prediction', () => {
    expect(answer('goal sub 1:10 open men. is that realistic if my 10k is 38 min?', []).body).toMatch(
      /^\*\*Yes, 1:10:00 is realistic: it is no faster than your central prediction of 1:0\d:\d\d\*\*/,
    );
    expect(answer('my 5k is 28 min, is sub 1:15 doable?', []).body).toMatch(/^\*\*Not yet: 1:15:00 is faster than the fast end/);
    expect(answer('my 5k is 25 min, can i go sub 1:20?', []).body).toMatch(/^\*\*Possible but ambitious: 1:20:00/);
    expect(answer('goal sub 1:10 open men. is that realistic if my 10k is 38 min?', []).body).toMatch(/Your fresh 10 km is 38:00/);
  });
});

describe('writeOffline', () => {
  describe('when the member has fewer days than the smallest planned week', () => {
    it('keeps the strength session and the most race-specific run, and says so', () => {
      const body = answer('i have 6 weeks, i can do 2 sessions a week. whats the most important thing to focus on', []).body;
      expect(body).toMatch(/This week: 2 sessions \(the strength session and the most race-specific run/);
      expect(body.match(/^- (Mon|Tue|Wed|Thu|Fri|Sat|Sun): /gm)).toHaveLength(2);
      expect(body).toMatch(/Strength: main lifts/);
      expect(body).toMatch(/Compromised running/);
    });
  });
  describe('when a week is asked for without a race date', () => {
    it('lays out a general-preparation week for the sessions given and asks for the date, without a phase map of made-up weeks', () => {
      const body = answer('whats a good weekly structure with 4 sessions', []).body;
      expect(body).toMatch(/no race date yet, a general preparation week/);
      expect(body).toMatch(/Tell me your race date/);
      expect(body).not.toMatch(/weeks in phases|20 weeks/);
    });
  });
  describe('when the first of two asks is the race format ("is it 8km running total?")', () => {
    it('answers it from the race data first', () => {
      expect(answer('is it 8km running total? and how long do most people take', []).body).toMatch(/^A Hyrox race is 8 rounds of a 1 km run/);
    });
  });
  describe('when a week is given by kinds of session ("3 runs 2 hyrox sessions and 1 strength")', () => {
    it('lays out a week of that many sessions instead of asking for the days', () => {
      const body = answer('how do i structure a week with 3 runs 2 hyrox sessions and 1 strength', []).body;
      expect(body).toMatch(/6 sessions/);
      expect(body).not.toMatch(/how many days a week can you train/);
    });
  });
  describe('when "how long" asks for a time', () => {
    it('does not answer "how long does the sled pull take?" with its 50 m', () => {
      expect(answer('how long does the sled pull take for most people', []).body).not.toMatch(/50 m/);
      expect(answer('how long is the sled pull', []).body).toMatch(/50 m/);
    });
  });
  describe("when a section's verdict answers something else", () => {
    it('drops "Yes, you may wear gloves" under "can i use my own chalk?"', () => {
      const gloves = chunk(
        'gloves',
        'Gloves, chalk and grip for the sled pull and farmers carry',
        '**Yes, you may wear gloves in Hyrox, and they are optional**. Race guides report gloves as generally allowed; never bring your own chalk, because only event chalk at the stations that provide it is legal.',
      );
      const body = answer('can i use my own chalk', [gloves]).body;
      expect(body).not.toMatch(/^\*\*Yes/);
      expect(body).toMatch(/own chalk/);
      expect(answer('can i wear gloves?', [gloves]).body).toMatch(/^\*\*Yes, you may wear gloves/);
    });
    it('does not show the kettlebell loads for "split wall balls 10s or 20s?"', () => {
      expect(answer('is it better to split wall balls 10s or 20s', []).body).not.toMatch(/By division/);
      expect(answer('pro women farmers carry kbs - 24s or 32s?', []).body).toMatch(/2 × 24 kg/);
    });
  });
  describe("when the knowledge base's words for the ask are in a section's title", () => {
    it('quotes that section ("where does family stand" → the spectators), not one that shares an incidental word ("watch")', () => {
      const spect = chunk(
        'spect',
        'The Roxzone on race day: arches, lanes and spectators',
        'Supporters and family stand along the barriers of the running course and the Roxzone; agree a spot you pass on every lap so they can see you.',
      );
      const watch = chunk(
        'watch',
        'Do I need a heart rate monitor or a sports watch to train for Hyrox?',
        'A watch is useful for keeping easy runs easy and timing your splits; you can come to every session without one and train by effort.',
      );
      const q = 'can my kids come watch? where does family stand and can they see me at the stations';
      const broad = new Map(memberTerms(q).flatMap((t) => contentWordsOf(t).map((w) => [w, 1] as const)));
      expect(answer(q, [watch, spect], broad).body).toMatch(/^Supporters and family stand/);
    });
  });
  describe('when the section titled for the question opens with a long paragraph', () => {
    it('leads with its bold first sentence', () => {
      const dayBefore = chunk(
        'daybefore',
        'Is it bad to train the day before a Hyrox race?',
        `**No, as long as it is easy: the day before a Saturday race, the race week has a 20-minute easy run with strides, and nothing hard in the last two days**. ${'If you train only three or four times a week, the day before is a rest day instead, and that is fine too. '.repeat(5)}What is bad is training hard, which costs freshness and gains nothing.\n\nIf your race is on Sunday, move the week back a day: the openers on Friday and the easy run with strides on Saturday, the day before; your usual Saturday long run waits until after the race.`,
      );
      const body = answer('race is sunday and i normally do my long run on saturday. should i still do it the day before or is that dumb', [
        dayBefore,
      ]).body;
      expect(body).toMatch(/^\*\*No, as long as it is easy/);
    });
  });
  describe('when one sentence asks two things ("how should i warm up and how do i pace it")', () => {
    it('answers each ask, as a message with two question marks would be', () => {
      const tt = chunk(
        'tt',
        'The 5 km time trial',
        'A time trial done alone is usually a little slower than a race; a parkrun works well if the course is accurate.\n\n**Warm-up:** 15 minutes easy running with 4 strides, the same every time.\n\n**Pacing:** start at goal pace and hold even splits; the last kilometre may be faster.',
      );
      const q = 'doing a 5k time trial saturday. how should i warm up and how do i pace it';
      const body = answer(q, [tt]).body;
      expect(body).toMatch(/15 minutes easy running/);
      expect(body).toMatch(/hold even splits/);
    });
  });
  describe('when a station question gives the goal time', () => {
    it("leads with that station's target at the goal, without the whole race plan", () => {
      const body = answer('sled push is my best station by far. should i just send it? going for 1:25 open men', []).body;
      expect(body).toMatch(/^\*\*Sled Push at a 1:25:00 finish: 3:2\d\.\*\*/);
      expect(body).not.toMatch(/Pacing plan for/);
      expect(answer('goal 1:25 open men, what should my run splits and station times be?', []).body).toMatch(/Pacing plan for 1:25:00/);
    });
  });
  describe('when a station question asks how to pace it', () => {
    it('does not answer "how do i pace the burpee broad jumps?" with a training block', () => {
      expect(answer('how do i pace the burpee broad jumps', []).body).not.toMatch(/Twice a week for 6 weeks/);
    });
  });
  describe('when a passage is titled for what a station question asks', () => {
    const HOW_FAR = chunk(
      'bbj-far',
      'Burpee broad jumps: how far to jump, stepping, and the knee rule',
      '**Jump a moderate, repeatable distance, about 1–2 m, not your maximum.** The station is 80 m; big early jumps leave you walking later.\n\n**Stepping:** you may step the feet forward one at a time to stand up.',
    );
    const DROP = chunk(
      'drop',
      'What happens if I drop the sandbag during the lunges?',
      '**Keep the sandbag on your shoulders for the whole station: the lunge standard puts the bag on both shoulders, and if you need a rest you stand still with the bag in place.** Check the current rulebook for the penalty.\n\nAt the farmers carry you may put the kettlebells down to rest; the sandbag is the one you keep on your shoulders.',
    );
    it('answers from that passage, not with the station training block', () => {
      for (const q of [
        'burpee broad jumps: is it faster to jump far or take more small jumps?',
        'is it faster to do big jumps or short ones on the bbjs',
        'burpee broad jumps, max distance jumps or small ones, which is faster?',
      ]) {
        const body = answer(q, [HOW_FAR]).body;
        expect(body, q).not.toMatch(/Twice a week for 6 weeks/);
        expect(body, q).toMatch(/\*\*Jump a moderate, repeatable distance/);
      }
      for (const q of [
        'sandbag lunges - where do i put the bag, behind my neck or front rack? and how do i get it up there quick',
        'how do i hold the sandbag on the lunges, front rack or behind the neck?',
        'where should i put the sandbag for the lunges to go faster',
      ]) {
        const broad = new Map(memberTerms(q).flatMap((t) => contentWordsOf(t).map((w) => [w, 0.5] as const)));
        const body = answer(q, [DROP], broad).body;
        expect(body, q).not.toMatch(/Twice a week for 6 weeks/);
        expect(body, q).toMatch(/bag on both shoulders/);
      }
      // Getting better at the station is still answered with its block.
      expect(answer('how do i get faster at burpee broad jumps', [HOW_FAR]).body).toMatch(/Twice a week for 6 weeks/);
    });
  });
  describe('when a list has an item per station', () => {
    const PACING = chunk(
      'pacing',
      'Pacing inside each station',
      '**Pace every station to a plan rather than sprinting.**\n\n- **SkiErg (1,000 m):** settle at your 2 km-test pace + 2–4 s per 500 m. RPE 7.\n- **Sled Push and Sled Pull:** break into the four 12.5 m lengths with a planned 5–10 s pause at each turn. RPE 8.\n- **Row (1,000 m):** hold a split you can sustain. RPE 7.\n- **Farmers Carry (200 m):** walk fast with short steps.\n- **Wall Balls (100 reps):** decide the sets in advance. RPE 8–9.',
    );
    it("quotes the asked station's item, not the list from the SkiErg", () => {
      for (const q of [
        'how hard should i go on the sled push? feel like im blowing up for the next run',
        'how hard should i go on the sled pull',
        'sled push: go hard or hold back so i can run after?',
      ]) {
        const body = answer(q, [PACING]).body;
        expect(body, q).toMatch(/^\*\*Sled Push and Sled Pull:\*\* break into the four 12\.5 m lengths/);
        expect(body, q).not.toMatch(/SkiErg \(1,000 m\)/);
      }
    });
  });
  describe('when a team question asks who does which station', () => {
    const SAME_TIME = chunk(
      'same-time',
      'Can both partners push the sled at the same time in Hyrox doubles?',
      '**No.** In doubles only one partner works at a time: the resting partner may not touch the sled while the other works. What the pair shares is the work: each station can be split in any proportion.',
    );
    it('does not answer "how do we split…" after a sentence of context with a yes or no', () => {
      for (const q of [
        'me and my partner are doing doubles, shes much stronger on sled. how do we split the sled push & pull',
        'doubles next month. im stronger on the sleds. how should we share them?',
        'mixed doubles! she is the better runner. which stations should i take?',
      ])
        expect(answer(q, [SAME_TIME]).body, q).not.toMatch(/^\W*No\b/);
    });
    it('does not list the stations in order for "which stations should the woman do?"', () => {
      for (const q of ['for a mixed relay, which stations should the woman do?', 'relay team, which stations should our strongest guy take?'])
        expect(answer(q, []).body, q).not.toMatch(/in this order/);
      expect(answer('which stations are there?', []).body).toMatch(/in this order/);
    });
  });
  describe('when a team question asks for what the knowledge base does not hold', () => {
    it('says so first: no doubles-against-singles figure, no plan for partners who train apart', () => {
      for (const q of [
        'is doubles easier than singles? time wise what should we expect, we both run ~1:35 singles',
        'how much faster is doubles than doing it solo? i did 1:28 on my own',
        'doubles vs singles, what finish should we expect if we each go 1:30 alone',
      ])
        expect(answer(q, []).body, q).toMatch(/^\*\*I can't put a number on it: Coach K's race prediction covers the individual divisions only/);
      for (const q of [
        'how to train for doubles together when we only see each other on weekends',
        'my doubles partner lives in a different city, we train apart, how do we prepare?',
        'doubles partner lives 3 hours away, how should we train?',
      ])
        expect(answer(q, []).body, q).toMatch(/^\*\*The knowledge base has no doubles plan for partners who train apart/);
      // "is that ok? what should we do together" is answered from what a pair rehearses, not with the gap.
      expect(
        answer('my doubles partner lives 2 hours away so we will mostly train separately. is that ok? what should we definitely do together', [])
          .body,
      ).not.toMatch(/no doubles plan/);
    });
  });
  describe('when a lighter, scaled or body-weight load is asked for', () => {
    it('says no first: the loads are set only by division', () => {
      for (const q of [
        'can i use a lighter wall ball if i cant do the 6kg? is there a scaled option',
        'do lighter people get a lighter sled? like is there any weight class',
        'im only 55kg, do i get a lighter sandbag?',
      ])
        expect(answer(q, []).body, q).toMatch(/^\*\*No: the loads are set only by division\*\*/);
      expect(answer('is the wall ball lighter for women?', []).body).not.toMatch(/^\*\*No/);
    });
  });
  describe('when a station question is about a symptom', () => {
    it('does not answer "how do i stop my legs cramping on the sled push?" with a sled block', () => {
      expect(answer('how do i stop my legs cramping on the sled push', []).body).not.toMatch(/Twice a week for 6 weeks/);
      expect(answer('how do i get faster on the sled push', []).body).toMatch(/Twice a week for 6 weeks/);
    });
  });
  describe('when the member names a dose', () => {
    it('quotes the dosing block, not only the one that shares a word ("hold water")', () => {
      const creatine = chunk(
        'creatine',
        'Creatine monohydrate',
        '**Why a Hyrox athlete might use it.** Creatine supports the strength training that drives sled and lunge work. **Why some skip it:** it usually raises body mass slightly, through water stored with creatine in muscle, and you carry every kilo around the course.\n\n**Dosing (ISSN):**\n- The quickest way to fill the stores is about 0.3 g/kg/day for 5–7 days.\n- Then 3–5 g a day keeps them full.',
      );
      const q =
        'creatine - do i need the loading phase (20g a day for a week) or just take 5g? also should i come off it before the race so i dont hold water';
      // Weighed as the knowledge base weighs them (the pipeline's term weights for this question).
      const terms = new Map([
        ['creatine', 4.1],
        ['load', 1.1],
        ['phase', 2.1],
        ['come', 1.9],
        ['off', 2.2],
        ['hold', 1.8],
        ['water', 3.1],
      ]);
      expect(answer(q, [creatine], undefined, terms).body).toMatch(/3–5 g a day keeps them full/);
    });
  });
  describe('when the section opens with its own bold answer', () => {
    it("leads with that answer, not with a study sentence that shares more of the question's words", () => {
      const sauna = chunk(
        'sauna',
        'Is a sauna OK after training?',
        '**Yes, a sauna after training is OK for most healthy athletes, and it may even help endurance**. In a small study of six male distance runners, about 30 minutes in a sauna after training, 13 times over 3 weeks, lengthened time to exhaustion, and the gym sauna gains were in plasma volume.',
      );
      const body = answer('is a sauna after training ok? my gym has one and i love it but someone told me it kills gains', [sauna]).body;
      expect(body.startsWith('**Yes, a sauna after training is OK')).toBe(true);
    });
  });
  describe('when one message asks two things that different passages answer', () => {
    it('answers each ask, the first ask first', () => {
      const a = answer('what shoes should i race in? and how much sleep do i need before the race?', [SLEEP, SHOES]);
      const body = a.body;
      expect(body).toMatch(/running shoe/);
      expect(body).toMatch(/7 hours/);
      expect(body.indexOf('running shoe')).toBeLessThan(body.indexOf('7 hours'));
    });
  });

  describe('when a second ask reaches a list the answer already quoted an item of', () => {
    it('does not quote that list again, so no item appears twice', () => {
      const standards = chunk(
        'standards',
        'Movement standards and no-reps',
        [
          '**Only reps to standard count: the trailing knee touches on lunges and wall balls need the hip crease below the knee.** Judges watch every station:',
          '- **Sandbag lunges:** bag on both shoulders, the trailing knee touches the floor every rep, alternate legs, no shuffle steps, and cross every line fully.',
          '- **Wall balls:** the hip crease goes below the knee at the bottom of each squat and the ball must hit the target.',
          '- **Burpee broad jumps:** chest and thighs to the floor, then jump forward with both feet together.',
        ].join('\n'),
      );
      const lunges = chunk(
        'lunges',
        'Sandbag Lunges: technique, targets and training',
        'Pace them: the lunges decide how run 8 feels, and lunges into run 8 is the hardest transition of the race. Short steady steps beat fast sloppy ones.',
      );
      const body = answer('lunge no reps, how do i avoid them? and how do i make the lunges hurt less before the last run', [standards, lunges]).body;
      const item = 'bag on both shoulders, the trailing knee touches the floor every rep';
      expect(body.split(item).length - 1).toBeLessThanOrEqual(1);
    });
  });

  describe('when a question names a station but is not about its load', () => {
    it('answers the question without the race standards table (no filler)', () => {
      const a = answer('i panic at the wall balls and stop every 5 reps, how do i get through them mentally', [WALL]);
      expect(a.body).not.toMatch(/By division|\b\d+ kg to a \d/);
    });
    it('still gives the load when the same kind of question asks for it', () => {
      const a = answer("my gf is nervous about the wall balls, how heavy is the ball for women's open?", [WALL]);
      expect(a.body).toMatch(/4 kg/);
    });
  });
  it('numbers citations 1..n in order of first use, matching the passages it returns', () => {
    const a = answer('how should I break up the wall balls?', [SLEEP, WALL, SHOES]);
    const cited = [...a.body.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(cited.length).toBeGreaterThan(0);
    expect(Math.max(...cited)).toBe(a.numbered.length);
    expect([...new Set(cited)]).toEqual(a.numbered.map((_, i) => i + 1));
    expect(a.numbered[0]!.id).toBe('wall');
  });
  it('brings the table a quoted paragraph points at ("the plan below")', () => {
    const plan = chunk(
      'sup',
      'A conservative supplement plan',
      [
        'The conservative answer to which supplements to take is **mostly none**. The plan below puts food, fluid and sleep first.',
        '',
        '| Weeks to race | Supplements |',
        '|---|---|',
        '| 16 | Creatine 3–5 g/day, if chosen |',
        '| 12–9 | Caffeine trial: 2–3 mg/kg before hard sessions |',
      ].join('\n'),
    );
    const body = answer('which supplements should i take for my race prep?', [plan]).body;
    expect(body).toMatch(/mostly none/);
    expect(body).toMatch(/\| 16 \| Creatine 3–5 g\/day, if chosen \|/);
    expect(body).toMatch(/\| 12–9 \| Caffeine trial/);
  });

  it('quotes a numbered list whole, with its lead-in', () => {
    const a = answer('how do i read my splits after my race? what do i look at?', [SPLITS]);
    expect(a.body).toContain('Read them against your plan in this order:');
    for (const s of ['1. **Run 1 vs plan.**', '2. **Run fade.**', '3. **Stations vs targets.**', '4. **Roxzone vs budget.**'])
      expect(a.body).toContain(s);
  });
  it('walks through the stations in race order from the race data', () => {
    const a = answer('walk me through every station in order', []);
    const at = [
      'SkiErg 1000 m',
      'Sled Push 50 m',
      'Sled Pull 50 m',
      'Burpee Broad Jumps 80 m',
      'Row 1000 m',
      'Farmers Carry 200 m',
      'Sandbag Lunges 100 m',
      'Wall Balls 100 reps',
    ].map((s) => a.body.indexOf(s));
    expect(at.every((i, k) => i >= 0 && (k === 0 || i > at[k - 1]!))).toBe(true);
  });
  it('answers first and leaves out passages that do not bear on the question', () => {
    const a = answer('which shoes should I race in?', [SHOES, SLEEP]);
    expect(a.body.split('\n\n')[0]).toMatch(/running shoe/);
    expect(a.body).not.toMatch(/basketball|sleep/i);
    expect(a.numbered.map((c) => c.id)).toEqual(['shoes']);
  });
  it('never repeats a sentence', () => {
    for (const [q, ps] of [
      ['how do i read my splits and plan my wall ball sets?', [SPLITS, WALL]],
      ['which shoes should I race in?', [SHOES]],
    ] as const) {
      const sentences = splitSentences(answer(q, [...ps]).body.replace(/\s*\[\d+\]/g, '')).filter((s) => s.split(' ').length > 4);
      expect(new Set(sentences).size).toBe(sentences.length);
    }
  });
  it('says when the knowledge base is silent and asks one question', () => {
    const a = answer('can I bring my dog to the venue?', [SLEEP]);
    expect(a.body).toMatch(/knowledge base does not cover/);
    expect(a.body.match(/\?/g)?.length).toBe(1);
    expect(a.numbered).toEqual([]);
  });
  it('answers a second ask from another block of the same passage ("worth it? how much?")', () => {
    const CREATINE = chunk(
      'creatine',
      'Creatine monohydrate',
      'Creatine monohydrate is the most effective supplement for repeated high-intensity efforts, and the evidence for strength gains is strong.\n\n**Dosing:**\n- Take 3–5 g a day with a meal, every day including rest days.\n- Loading is optional.\n\nIt usually raises body mass slightly through water stored in muscle.',
    );
    const a = answer('is creatine worth taking for hyrox? how much?', [CREATINE]);
    expect(a.body).toMatch(/most effective supplement/);
    expect(a.body).toMatch(/3–5 g a day/);
    expect(answer('is creatine worth taking for hyrox?', [CREATINE]).body).not.toMatch(/3–5 g a day/);
  });
  it('keeps a bold lead-in ("**Template rules:**") with its list, and quotes a session request as the prescription', () => {
    const BRICK = chunk(
      'brick',
      'Format: compromised-running bricks',
      '**Why this is the signature session.** Every kilometre after the first starts with loaded legs.\n\n**Template rules (coaching practice):**\n\n- The run is 1 km at goal pace.\n- The station bout is race-load work of 60–150 s.\n- Rest 60–120 s after each run, not after the station.',
    );
    const a = answer('whats a good compromised running session?', [BRICK]);
    expect(a.body).toMatch(/\*\*Template rules \(coaching practice\):\*\*\n- The run is 1 km at goal pace\./);
    expect(a.body).not.toMatch(/\*\*Template rules \(coaching practice\):\*\* \[1\]/);
  });
  it("falls back to the knowledge's words for the question before saying the knowledge base is silent", () => {
    const ADAPTIVE = chunk(
      'adaptive',
      'Adaptive divisions',
      'Hyrox runs adaptive divisions for athletes with a physical impairment, with standards adjusted for each category of impairment.',
    );
    const q = "i'm a wheelchair user, is there any way i can compete?";
    expect(answer(q, [ADAPTIVE]).body).toMatch(/knowledge base does not cover/);
    const broad = new Map([
      ['adaptive', 1],
      ['division', 0.5],
    ]);
    const a = answer(q, [ADAPTIVE], broad);
    expect(a.body).toMatch(/adaptive divisions for athletes with a physical impairment/);
    expect(a.numbered.map((c) => c.id)).toEqual(['adaptive']);
  });
  it('meets fatigue signs given in words alone (no logs) with a lighter week and the question of what changed', () => {
    const a = answer('motivation is gone, i just dont want to train, everything feels like a chore', []);
    expect(a.body).toMatch(/cut volume by about a third/);
    expect(a.body).toMatch(/What has changed in the last few weeks/);
  });
  it('does not ask back for what the member already said', () => {
    const a = answer('can I bring my dog to the venue? my wave is 10:40', [SLEEP]);
    expect(a.body).toMatch(/knowledge base does not cover/);
    expect(a.body).not.toMatch(/what time does your wave start/i);
    expect(answer('can I bring my dog to the venue?', [SLEEP]).body).toMatch(/what time does your wave start\?/i);
  });
  it.each([
    ['I only have 0 minutes instead of the planned 999 minutes session, shorten it', /skip the session/],
    ['I only have 5 minutes instead of the planned 60 minutes session, shorten it', /too short/],
    ['I only have 30 minutes instead of the planned 999 minutes session, shorten it', /60 → 30 min/],
  ])('gives a sensible answer to %j (issue 12)', (q, want) => {
    expect(answer(q, []).body).toMatch(want);
  });
});

describe('writeOffline: a pacing question about the stations', () => {
  it('leads with the station targets when the member asks for station times, with the runs after', () => {
    const a = answer('Targeting 1:30 as a woman (open). what times should I aim for on each station?', []);
    expect(a.body.split('\n\n')[0]).toMatch(/^\*\*Station targets for 1:30:00:\*\* SkiErg/);
    expect(a.body).toMatch(/Pacing plan for 1:30:00/);
    const runs = answer('Targeting 1:30 as a woman (open). how should I pace my runs?', []);
    expect(runs.body.split('\n\n')[0]).toMatch(/^\*\*Pacing plan for 1:30:00/);
  });
});

describe('writeOffline: a section titled for the question', () => {
  const LATE = chunk(
    'late',
    'Is it too late to start Hyrox at 50 or 60?',
    '**No.** Hyrox has a minimum age of 16 and no maximum, and its age groups run to 70 and over.\n\n**How to start:**\n1. Build the base for 8 weeks: brisk walking, then walk-run, and 2 strength sessions a week.\n2. Add the stations at light loads.',
  );
  it('is answered from, even when its text shares no word with the question, and leads with its opening answer', () => {
    const a = answer('is it too late to start at 58?', [LATE]);
    expect(a.body).not.toMatch(/does not cover/);
    expect(a.body.split('\n\n')[0]).toMatch(/^\*\*No\.\*\* Hyrox has a minimum age of 16/);
  });
});

describe('writeOffline: a yes/no question and a section that opens with its yes or no', () => {
  const BIG = chunk(
    'big',
    'Racing as a bigger beginner',
    '**Yes.** There is no time cap and walking is allowed on the runs, so a larger-bodied beginner can train for a race and finish it.\n\n**Weight loss alongside it:** lose 0.5–1 % of body mass a week with a deficit of 300–500 kcal a day and plenty of protein.',
  );
  it('leads with that opening', () => {
    const a = answer('im 120kg and want to lose weight doing hyrox. can i do it?', [BIG]);
    expect(a.body.split('\n\n')[0]).toMatch(/^\*\*Yes\.\*\*/);
  });
});

describe('writeOffline: a go/no-go question when the logs look fine but the member reports fatigue', () => {
  it('answers no-go: the signs in the member’s words come before the logs', () => {
    const steady = blankSnapshot();
    const days = ['2026-11-02', '2026-11-05', '2026-11-09', '2026-11-12', '2026-11-16', '2026-11-19', '2026-11-23'];
    steady.logs = days.map((date) => ({ date, durationMin: 60, rpe: 6, sessionType: 'run' as const }));
    const q = 'resting hr is up 8 beats, sleeping badly and my legs feel like concrete. intervals today, go or no go?';
    const facts = readQuestion(q);
    const figures = computeFigures(facts, steady, q);
    expect(figures.readiness?.status).toBe('ready');
    const a = writeOffline({ question: q, facts, plan: planAnswer(q, facts, figures), figures, snapshot: steady, passages: [] });
    expect(a.body).toMatch(/^No-go\./);
    expect(a.body).toMatch(/cut volume/);
    expect(a.body).not.toMatch(/Keep the hard days hard/);
  });
});

describe('writeOffline: a workout request with a session length', () => {
  it('fills the length asked (warm-up and cool-down around the work), as intervals when the work runs past 30 min', () => {
    const a = answer('write me a station strength endurance session, 60 mins, intermediate open woman', []);
    expect(a.body).toMatch(/\(intermediate, Open Women loads\)\*\* \(45 min, RPE \d\)/);
    expect(a.body).toMatch(/it fills your 60 minutes/);
    expect(a.body).not.toMatch(/inside each minute/);
    // "a 30 min EMOM" is the EMOM itself (timed formats run up to 30 min); a 30 min session holds 15 min of work.
    const emom = answer('give me a 30 min EMOM for sled push and wall balls', []);
    expect(emom.body).toMatch(/EMOM 30 min/);
    expect(emom.body).toMatch(/inside each minute/);
    const short = answer('give me a 30 min session with an EMOM for sled push and wall balls', []);
    expect(short.body).toMatch(/EMOM 15 min/);
  });
});

describe('when interval bouts repeat the same stations', () => {
  it('writes one repeated station as rounds of "this bout", not "these 1 bouts"', () => {
    const a = answer('can you write me an intervals session for the sled push', []);
    expect(a.body).toMatch(/\*\*\d+ rounds\*\* of this bout, each about/);
    expect(a.body).not.toMatch(/these 1 bouts/);
  });

  it('writes them as rounds of the cycle with the bouts left over, not one line per bout, and names level and division once', () => {
    const a = answer('write me a station strength endurance session, 60 mins, intermediate open woman', []);
    expect(a.body).toMatch(/\*\*3 rounds\*\* of these 4 bouts, each about \d+ s of work then \d+ s rest/);
    expect(a.body).toMatch(/Then once more: .*\(15 bouts in all\)/);
    expect(a.body).not.toMatch(/Round 5:/);
    expect(a.body.match(/intermediate/g)).toHaveLength(1);
  });
});

describe('when an engine has answered (a workout request)', () => {
  const TAPER = chunk(
    'taper',
    'The taper: the last two weeks',
    'What stays and what goes:\n- **Keep** the intensity: intervals at race pace, 2–3 short race-load station sets, strength endurance sessions at the usual loads for an intermediate open woman.\n- **Cut** the volume: fewer reps, shorter runs, 60 mins at most.',
  );
  const SE = chunk(
    'se',
    'Template: station strength-endurance',
    'A station strength-endurance session strings race-load station bouts of about 2 minutes with short rests, so the legs work loaded, as they do in the race.',
  );

  it('adds a passage only when its section is about the question, not one that shares words in passing', () => {
    const q = 'write me a station strength endurance session, 60 mins, intermediate open woman';
    expect(answer(q, [TAPER]).body).not.toMatch(/What stays and what goes/);
    expect(answer(q, [SE]).body).toMatch(/strings race-load station bouts/);
  });
});

describe('when a how-to question matches a section whose steps are a list', () => {
  const ROW_TEST = chunk(
    'rowtest',
    'The 2 km row and SkiErg tests',
    'The ergs are two of the eight stations (SkiErg 1,000 m, Row 1,000 m, both on Concept2 machines), and they are the cleanest tests of aerobic power without running impact.\n\n**2,000 m row** (the standard rowing test):\n\n- Damper: choose a setting and keep it for every retest.\n- Warm-up: 8–10 min easy rowing, 3 × 10 strokes building to race pace.\n- Pacing: set 500 m splits on the monitor and hold them.\n- Record: time, average split, stroke rate, RPE.',
  );

  it('answers with the steps, not the introduction', () => {
    const a = answer('how do i do a row test?', [ROW_TEST]);
    expect(a.body).toMatch(/Warm-up: 8–10 min/);
    expect(a.body).toMatch(/Record: time/);
  });

  it('does not turn a test question into station training', () => {
    const a = answer('how do i do a row test?', [ROW_TEST]);
    expect(a.body).not.toMatch(/Twice a week|Intervals:/);
  });

  it('gives station training to a question about getting better, not to one that compares two ways to race', () => {
    expect(answer('how do i get better at the skierg?', [ROW_TEST]).body).toMatch(/Twice a week/);
    expect(answer('is it better to go hard on the skierg since its first? or save it', [ROW_TEST]).body).not.toMatch(/Twice a week/);
    expect(answer('can i still train for hyrox properly with just a rower?', [ROW_TEST]).body).not.toMatch(/Twice a week/);
  });
});

describe('a question about training volume at a station', () => {
  it('does not get the race standards table', () => {
    expect(answer('how many wall balls should i do in training per week', [WALL]).body).not.toMatch(/By division|Open Women at 4 kg/);
    expect(answer('how heavy is the wall ball in the race?', [WALL]).body).toMatch(/By division/);
  });
});

describe('a station target for a goal', () => {
  it('leads with the station asked, and its split per 500 m on an erg', () => {
    const body = answer('how fast should my 1k row be for a 1:20 finish', []).body;
    expect(body.split('\n\n')[0]).toMatch(/^\*\*Row at a 1:20:00 finish: \d:\d\d \(\d:\d\d(\.\d)? per 500 m\)/);
    // The other seven stations and the run plan do not bear on "how fast should my row be".
    expect(body).not.toMatch(/Station targets for 1:20:00|Pacing plan for 1:20:00/);
    expect(answer('what times should i aim for on each station for a 1:20 finish', []).body).toMatch(/Station targets for 1:20:00/);
  });
});

describe('the difference between open and pro', () => {
  it('is the loads of every division, from the standards', () => {
    const body = answer("what's the difference between open and pro?", []).body;
    expect(body).toContain(`Open Men at ${stationById('sled_push').loadKg!.open_men} kg`);
    expect(body).toContain(`Pro Men at ${stationById('sled_push').loadKg!.pro_men} kg`);
  });
});

describe('a section that opens with its yes or no', () => {
  const TOO_LATE = chunk(
    'late',
    'Is it too late to start Hyrox at 50 or 60?',
    '**No.** Hyrox has no upper age limit and no time cap; the oldest age groups race at 70+.\n\nStart with two easy runs and one strength session a week for 4 weeks, then add a station session.',
  );
  it('leads the answer to a yes/no question', () => {
    expect(answer('im 58, is it too late to start hyrox?', [TOO_LATE]).body).toMatch(/^\*\*No\.\*\*/);
  });
  it('is not quoted for an ask that follows its context ("we are doing doubles, who should…")', () => {
    const DOUBLES_NO = chunk(
      'doubles-no',
      'Can both partners push the sled at the same time in Hyrox doubles?',
      '**No.** In doubles only one partner works at a time, so two athletes cannot push the sled together.',
    );
    const a = answer('my partner and i are doing mixed doubles, who should do the sled push', [DOUBLES_NO]);
    expect(a.body).not.toMatch(/\*\*No\.\*\*/);
  });
  it('is not quoted at all for a question whose every ask is how, what or why', () => {
    const DOUBLES = chunk(
      'doubles',
      'Can both partners push the sled at the same time in Hyrox doubles?',
      "**No.** In doubles only one partner works at a time, so two athletes cannot push the sled together.\n\nTrain as a pair: two sessions a week together, running side by side at the slower partner's pace, with station work split the way you will race it.",
    );
    expect(answer('how do we train for hyrox doubles together?', [DOUBLES]).body).not.toMatch(/\bNo\./);
    expect(answer('can we both push the sled in doubles?', [DOUBLES]).body).toMatch(/\bNo\./);
  });
  it('does not lead an answer to a question that is not yes/no', () => {
    expect(answer('how should i start hyrox training at 58?', [TOO_LATE]).body).not.toMatch(/^\W{0,2}No\b/);
  });
});

describe('when a question asks what something is', () => {
  const ROXZONE = chunk(
    'roxzone',
    'The Roxzone: the free time',
    'How to keep to the budget:\n- Walk briskly or jog in; never stand still.\n- Leave through the correct arch.\n\nThe Roxzone is the transition area between the running course and the stations. It is timed separately from runs and stations.',
  );
  const TALK = chunk(
    'talk',
    'Self-talk and cue words',
    'Self-talk is what an athlete says to themselves while talking through hard moments, and it helps.',
  );

  it('leads with the sentence that says what it is, once, and leaves out the context words', () => {
    const a = answer('whats the roxzone? my mate keeps talking about it and i just nodded lol', [ROXZONE, TALK]);
    expect(a.body.startsWith('The Roxzone is the transition area')).toBe(true);
    expect(a.body.split('The Roxzone is the transition area').length).toBe(2);
  });
});

describe('when a question asks whether the sled load includes the sled', () => {
  it('says yes with the figure, and what it means for loading plates', () => {
    const a = answer('sled push weight for open men? and does that include the sled itself', []);
    expect(a.body).toMatch(/152 kg/);
    expect(a.body).toMatch(/Yes: the Sled Push load of 152 kg includes the sled itself/);
  });
});

describe('when a question asks for every division', () => {
  it('gives the loads of all four divisions, not one', () => {
    const a = answer('Can someone give me the full weights table for all 4 divisions? open/pro men and women', []);
    for (const kg of ['102', '152', '202', '78', '103', '153']) expect(a.body).toContain(`${kg} kg`);
  });
});

describe('when a question asks how to structure a plan of so many weeks', () => {
  it('lays the weeks out in phases before this week', () => {
    const a = answer('how should i structure a 12 week plan for hyrox? what phases', []);
    expect(a.body).toMatch(/Your 12 weeks in phases/);
    expect(a.body).toMatch(/12–9 weeks out \(4 weeks\)\*\*, specific preparation/);
    expect(a.body).toMatch(/8–3 weeks out \(6 weeks\)\*\*, competition preparation/);
    expect(a.body.indexOf('in phases')).toBeLessThan(a.body.indexOf('This week'));
  });

  it('does not add the phases to a question about this week only', () => {
    expect(answer('race in 12 weeks, 8 hours a week. what should this week look like?', []).body).not.toMatch(/in phases/);
  });
});

describe('when a question asks for the plan for race week', () => {
  it('gives race week, with the race at the weekend, not a week of hard sessions', () => {
    const a = answer("what's the plan for race week itself? i train 8 hours a week", []);
    expect(a.body).toMatch(/Race week/);
    expect(a.body).toMatch(/Race day/);
    expect(a.body).not.toMatch(/Compromised running|RPE 8/);
  });
});

describe('when a doubles pair gives both 5 km times', () => {
  it("sets the run pace from the slower partner's 5 km", () => {
    const a = answer('me and my mate are doing doubles. he runs 22 min 5k and i run 27. whose pace do we run at and how do we plan the splits', []);
    expect(a.body).toMatch(/slower 5 km \(27:00\) sets the pace: about 6:00\/km/);
    expect(a.body).toMatch(/22:00 runner alone would hold about 4:53\/km/);
    expect(a.body).not.toMatch(/Target: about/);
  });
});

describe('when a section opens with its answer in bold and a later block matched better', () => {
  const SIMS = chunk(
    'sims',
    'Race rehearsals',
    '**Do race simulations two or three times in the last 8 weeks before the race, about every 2–3 weeks, and make only one of them a full simulation**. None in the final 2 weeks.\n\n**Protocol for a full simulation**:\n- Warm up as on race day.\n- Time every run, station and transition of the simulation separately.\n- Log the full simulation with session RPE.',
  );

  it('leads with the bold opening answer', () => {
    const a = answer('how often should i do a full simulation?', [SIMS]);
    expect(a.body.startsWith('**Do race simulations two or three times')).toBe(true);
  });
});

describe('when the answer is one row of a long table', () => {
  const TIMELINE = chunk(
    'timeline',
    'Race-day timeline: from breakfast to the start line',
    [
      'A race day runs backwards from your wave start (T).',
      '',
      '| When | What to do |',
      '|---|---|',
      `| T − 3 h | Breakfast: familiar, mostly carbohydrate, low in fat and fibre, about 2 g/kg. ${'Keep it simple and rehearsed. '.repeat(30)}|`,
      `| T − 90 min | Arrive at the venue, check in, collect your chip, find the toilets and the warm-up area. ${'Allow longer at a first race. '.repeat(30)}|`,
      '| T − 30 min | Warm up for 15–20 minutes: easy running, dynamic drills and 3 × 200 m at race pace. |',
      `| In the race | Take one or two practised carbohydrate intakes; in a warm hall drink 150–250 ml. ${'Check the athlete guide. '.repeat(30)}|`,
    ].join('\n'),
  );
  it('quotes the row the question is about, not the rows that mention its word in passing', () => {
    const a = answer('how should i warm up before the race?', [TIMELINE]);
    expect(a.body).toMatch(/Warm up for 15–20 minutes/);
    expect(a.body).not.toMatch(/Arrive at the venue|carbohydrate intakes|does not cover/);
  });
});

describe("a question about a station's work in the race", () => {
  const LUNGE = chunk(
    'lunge',
    'Sandbag Lunges: technique, targets and training',
    'Lunges are 100 m with the bag on both shoulders. **Drills:**\n- 5 × 20 m at race weight, 90 s rest, RPE 7–8.\n- Brick: 25 m lunges straight into 500 m at race pace.',
  );
  it('answers with the distance or reps first, the same in every division, without drills it did not ask for', () => {
    const a = answer('how long is the lunge section', [LUNGE]);
    expect(a.body.split('\n')[0]).toMatch(/Sandbag Lunges: 100 m\*\*, the same in every division/);
    expect(a.body).not.toMatch(/Drills|Brick/);
    expect(answer('how many wall balls are there in the race', []).body.split('\n')[0]).toMatch(/Wall Balls: 100 reps/);
  });
  it('compares every division when asked whether a load is heavier or lighter', () => {
    const a = answer('is the sled heavier in pro', []);
    expect(a.body).toMatch(/Open Men at 152 kg/);
    expect(a.body).toMatch(/Pro Men at 202 kg/);
  });
});

describe('a numbered list too long for the answer', () => {
  const MYTHS = chunk(
    'myths',
    'Myths about body weight and Hyrox speed',
    [
      'Several common beliefs about body weight do not hold up:',
      `1. **"Lighter is always faster."** Not in Hyrox: the sled push favours strong athletes. ${'Strength falls when weight is lost quickly. '.repeat(20)}`,
      `2. **"I need to lose weight before I can race."** There is no weight requirement. ${'Training consistently matters more. '.repeat(20)}`,
      `3. **"Cut weight in the final week."** Any quick loss is water and glycogen. ${'You need them on the day. '.repeat(20)}`,
    ].join('\n'),
  );
  it('keeps the items on the question when it is the only source, rather than saying nothing', () => {
    const a = answer('do i need to be heavier to push the sled', [MYTHS]);
    expect(a.body).toMatch(/Lighter is always faster/);
    expect(a.body).not.toMatch(/does not cover|final week/);
  });
});

describe('questions that name a division or a station without asking for the race loads', () => {
  it('does not answer "open or pro for my first race?" or "rest between sets when i train" with the standards table', () => {
    expect(answer('should i do hyrox open or pro for my first race, im pretty fit', []).body).not.toMatch(/By division|152 kg/);
    expect(answer('how much rest between sets when i train wall balls', []).body).not.toMatch(/By division|to a 3\.00 m target/);
  });
  it('says the run between stations is the full 1 km', () => {
    expect(answer('do i have to run the full km between each station', []).body).toMatch(/8 rounds of a 1 km run/);
  });
});

describe('a question about breathing at a station', () => {
  const BREATHE = chunk(
    'breathe',
    'How should I breathe during the Hyrox stations?',
    '**At every station breathe out on the effort and in on the easier part of the movement.** A station lasts several minutes, so a steady rhythm matters more than bracing.',
  );
  it('is answered on breathing, without a station training block it did not ask for', () => {
    const a = answer('how should i breathe on the rower', [BREATHE]);
    expect(a.body).toMatch(/breathe out on the effort/);
    expect(a.body).not.toMatch(/Twice a week/);
  });
});

describe('an open question whose section is titled for it and opens with a verdict', () => {
  const WEAR = chunk(
    'wear',
    'What should I wear for my first Hyrox? Are shorts and a T-shirt fine?',
    '**Yes: shorts or tights and a T-shirt are fine for Hyrox, as long as you have trained in them.** Wear clothing you have already run and lunged in.',
  );
  it('is answered from it, without the yes', () => {
    const a = answer('what clothes should i wear for my first hyrox', [WEAR]);
    expect(a.body).toMatch(/Shorts or tights and a T-shirt are fine/);
    expect(a.body).not.toMatch(/Yes|does not cover/);
  });
});

describe('an open question answered by a block that opens with a verdict for its own title', () => {
  const FUEL = chunk(
    'fuel',
    'In-race fuelling: 30–60 g per hour',
    '**Yes, if your race will last more than about 75 minutes: one or two gels at most, taken in the Roxzone.** Under about 75 minutes a gel is optional.\n\nCount grams of carbohydrate, not products.',
  );
  it('is answered from that block without its yes when the block holds every word of the question', () => {
    const a = answer('how many gels should i take?', [FUEL]);
    expect(a.body).toMatch(/one or two gels at most/);
    expect(a.body).not.toMatch(/Yes|does not cover/);
  });
});

describe('missed training', () => {
  it('is a ramp from 75–80 % of the old week after a week or more off, not a day-by-day return for "1 missed days"', () => {
    const week = answer('missed a whole week of training due to work, race is in 5 weeks. do i try to make it up?', []).body;
    expect(week).toMatch(/Don't try to make up the missed week: come back at about 75–80 %/);
    expect(week).not.toMatch(/missed days|Day 1 back/);
    expect(answer('missed 2 weeks of training, how do i restart', []).body).toMatch(/2 missed weeks[^]*retest your 5 km/);
    expect(answer('I missed 3 training days this week due to travel. How do I get back on track?', []).body).toMatch(
      /make up the 3 missed days[^]*Day 1 back/,
    );
  });
});

describe('a verdict under a title that asks whether something is bad', () => {
  const DAY_BEFORE = chunk(
    'daybefore',
    'Is it bad to train the day before a Hyrox race?',
    '**No, as long as it is easy: the day before a race, a 20-minute easy run with 4–6 strides at RPE 3.** What is bad is training hard: a long run or a test the day before costs freshness.',
  );
  it('keeps its no for "is it bad…?" and for a hard session the member proposes, and says yes to "can i…?"', () => {
    expect(answer('is it bad to run the day before my race?', [DAY_BEFORE]).body).toMatch(/^\*\*No, as long as it is easy/);
    expect(answer('can i do an easy run the day before my race?', [DAY_BEFORE]).body).toMatch(/^\*\*Yes, as long as it is easy/);
    expect(answer('should i still do my long run the day before my race?', [DAY_BEFORE]).body).toMatch(/^\*\*No, as long as it is easy/);
  });
});

describe('how the race ends', () => {
  it('is said for "is the last run after the wall balls?", not for "the last run after the lunges"', () => {
    expect(answer('is the last run after the wall balls?', []).body).toMatch(/^\*\*No: the race ends with the Wall Balls/);
    expect(answer('whats the plan for the last run after lunges, just send it?', []).body).not.toMatch(/The race ends with the Wall Balls/);
  });
});

describe('a deload question without logs', () => {
  it('answers the rhythm when no sign of fatigue is given, and the words template only for signs', () => {
    expect(answer('do i need a deload week? been 5 weeks straight building', []).body).not.toMatch(/until the signs settle/);
    expect(answer('so tired lately and sleeping badly, do i need a deload?', []).body).toMatch(/until the signs settle/);
  });
  it('leaves the week to an over-reaching referral instead of contradicting it', () => {
    const question = 'been feeling flat for 2 weeks, heavy legs, no motivation. am i overtraining?';
    const facts = readQuestion(question);
    const figures = computeFigures(facts, snapshot, question);
    const input = { question, facts, plan: planAnswer(question, facts, figures), figures, snapshot, passages: [] };
    expect(writeOffline(input).body).toMatch(/cut volume by about a third/);
    expect(writeOffline({ ...input, constraints: constraintLines(triageQuestion(question)) }).body).not.toMatch(/cut volume by about a third/);
  });
});

describe('a section titled for an either-or question, opening with its verdict', () => {
  const LANES = chunk(
    'lanes',
    'Do I pick any free sled lane at Hyrox, or does the judge assign one?',
    '**No, do not pick a lane yourself: since the 2024/25 rulebook sleds run in lanes assigned by the judges, so go where you are pointed.** How the lanes are laid out and handed out is venue-specific and not described in the sources, so follow the instructions on the day and do not worry about it in training.\n\nWhat helps on the day:\n\n1. **Look at the sled lanes during the warm-up** and where the judges stand.\n2. **Come into the sled push looking for the judges who assign the lanes**, not for an empty lane to pick.',
  );
  it('leads with that opening, without its "No," which answers neither alternative', () => {
    const q = 'do the judges assign sled lanes or do i just pick an empty one';
    // Weighted as the pipeline weighs the question's words (each known to the knowledge base).
    const body = answer(q, [LANES], undefined, new Map(contentWordsOf(q).map((w) => [w, 1] as const))).body;
    expect(body).toMatch(/^\*\*Do not pick a lane yourself/);
    expect(body).not.toMatch(/^\*\*No\b/);
  });
});

describe('under a referral', () => {
  const BACK = chunk(
    'back',
    'Lower back pain after sled pushes',
    'Lower back pain after sled pushes is usually a technique or load problem: a rounded back on the push, or a load jump.',
  );
  const DIET = chunk(
    'diet',
    'Sled pushes while dieting',
    'During a diet, sled pushes feel harder and your back can hurt, and what is going wrong is often the fuelling: eat carbohydrate a few hours before the sled session.',
  );
  it('quotes one passage, not a second around the referral', () => {
    const question = 'my back hurts after sled pushes, what am i doing wrong during the sled?';
    const facts = readQuestion(question);
    const figures = computeFigures(facts, snapshot, question);
    const input = { question, facts, plan: planAnswer(question, facts, figures), figures, snapshot, passages: [BACK, DIET] };
    expect(writeOffline(input).cited).toHaveLength(2);
    expect(writeOffline({ ...input, constraints: ['no load on back'] }).cited).toHaveLength(1);
  });
});

describe('a hedged verdict quoted for a question it does not answer with yes or no', () => {
  const RUN1 = chunk(
    'run1',
    'Should run 1 be my fastest run in Hyrox?',
    "**Yes, but only just.** In Coach K's pacing plan run 1 is the fastest run at 0.97 × your average split, a ceiling, not a target.",
  );
  it('loses its whole first sentence, not only the yes ("But only just." says nothing)', () => {
    const a = answer('what pace is my fastest run in the race?', [RUN1]);
    expect(a.body).not.toMatch(/But only just|Yes/);
    expect(a.body).toMatch(/run 1 is the fastest run/);
    // A yes/no question keeps it.
    expect(answer('should run 1 be my fastest?', [RUN1]).body).toMatch(/Yes, but only just/);
  });
});

describe('race loads the member quotes', () => {
  it('confirms or corrects each figure against the load of the station it is said of', () => {
    const body = answer('pro men sled pull is 153kg right? lad at my box swears its 203 and the push is 253', []).body;
    expect(body).toMatch(
      /^\*\*Pro Men Sled Pull: 153 kg, sled included\*\* — right; not 203 kg\. \*\*Pro Men Sled Push: 202 kg, sled included\*\* — not 253 kg\./,
    );
    expect(answer('is the open women sandbag 10kg? my coach said 15', []).body).toMatch(
      /^\*\*Open Women Sandbag Lunges: 10 kg\*\* — right; not 15 kg\./,
    );
    // Offered two figures ("10kg or 20kg?"), neither is "right": the load and the one that is not.
    expect(answer('open women sandbag lunges — 10kg or 20kg? coach at my box said 20', []).body).toMatch(
      /^\*\*Open Women Sandbag Lunges: 10 kg\*\* — not 20 kg\./,
    );
  });
  it('checks a figure against the division it is said of when the member names two', () => {
    const body = answer('open women sled push is 102kg right? what does it go up to if i move up to pro next season', []).body;
    expect(body).toMatch(/^\*\*Yes, 102 kg is right for Open Women; Pro Women is 152 kg\.\*\*/);
    expect(body).not.toMatch(/No: it is/);
  });
  it('says the farmers carry load is per hand when asked "each hand or total"', () => {
    const body = answer("open men farmers carry is '2x24' - does that mean 24kg in each hand or 24 total?", []).body;
    expect(body).toMatch(/^\*\*One 24 kg kettlebell in each hand\*\* \(48 kg in total\)/);
    expect(body).not.toMatch(/Yes, 24 kg is right/);
  });
  it('leads with the Pro loads for same-sex doubles at the World Championships', () => {
    const body = answer('we qualified for womens doubles at the world champs, do we still use open women weights there?', []).body;
    expect(body).toMatch(/^\*\*At the World Championships, same-sex doubles race at Pro loads\*\*/);
    expect(body).toMatch(/\*\*Pro Women:\*\* Sled Push 50 m at 152 kg/);
  });
  it('leads a relay hand-over question with the hand-over item, keeping the other rules in their list (dbl25)', () => {
    const relay = chunk(
      'relay',
      'Relay rules: legs, hand-overs and who does what',
      [
        '**In a Hyrox relay each of the four athletes runs two 1 km legs and does two stations, and the team decides who does which**. The athlete who runs a kilometre does not have to do the station that follows it.',
        '',
        'The relay is a team of four that completes one full course between them. The rules, as summarised by relay guides:',
        '',
        '1. **Each athlete does two runs and two stations.** No one can take all the running or all the sleds.',
        '2. **Loads are Open loads.** In a mixed team the women use the Open Women loads.',
        '3. **Hand-overs.** One relay guide states that only one team member may be in the transition zone at a time; the exact procedure is explained at the briefing.',
      ].join('\n'),
    );
    for (const q of [
      'how does the handover work in the relay? do we have to tag each other or what',
      'how do relay handovers work? do we tag or is there a band or what',
    ]) {
      const body = answer(q, [relay], undefined, new Map(questionTermsOf(q).map((w) => [w, 1]))).body;
      expect(body).toMatch(/^\*\*Hand-overs\.\*\* One relay guide states/);
      // Said once, and the list keeps its other items.
      expect(body.match(/Hand-overs/g)).toHaveLength(1);
      expect(body).toMatch(/Each athlete does two runs and two stations/);
    }
  });
  it("answers a relay team's share from the relay rules, not with the whole race's format", () => {
    const relay = chunk(
      'relay',
      'Relay rules: legs, hand-overs and who does what',
      'The relay is a team of four that completes one full course between them. The rules:\n\n1. **Each athlete does two runs and two stations.**\n2. **Loads are Open loads.**',
    );
    const body = answer('in a relay how many runs and stations does each person do?', [relay]).body;
    expect(body).not.toMatch(/^A Hyrox race is 8 rounds/);
    expect(body).toMatch(/two runs and two stations/);
    expect(answer('how far do you run in doubles, like total km', []).body).toMatch(/^A Hyrox race is 8 rounds/);
  });
  it("leads a mixed pair's loads with the caveat and gives both Open divisions, whichever partner is named", () => {
    const body = answer('what weights do mixed doubles use? does the guy do the mens sled', []).body;
    expect(body).toMatch(/^Mixed doubles is its own case/);
    expect(body).toMatch(/Open Women at 102 kg · Open Men at 152 kg/);
    expect(body).not.toMatch(/Pro Men/);
    const relay = answer('what weights in mixed relay? do the girls have to push the mens sled??', []).body;
    expect(relay).toMatch(/^In the relay every station uses Open loads: women at Open Women loads/);
    expect(relay).not.toMatch(/Pro Women/);
  });
  it('tells a mixed pair to train for the heavier option, and a Pro Doubles pair that its loads are not in the sources', () => {
    expect(answer('mixed doubles with my gf - what weight is the sled for us?', []).body).toMatch(/train for the heavier option/);
    const pro = answer('pro doubles weights? same as pro singles?', []).body;
    expect(pro).toMatch(/^\*\*Pro Doubles is HYROX's heavier doubles division, but Coach K's sources give no station-by-station loads/);
    expect(pro).not.toMatch(/^Women's doubles use Open Women loads/);
  });
  it("answers a pair's swaps from the doubles section, not with the station's reps", () => {
    const swaps = chunk(
      'swaps',
      'Can we switch as often as we like in Hyrox doubles?',
      'Frequent swaps usually pay: about every 250 m on the SkiErg and the row, and every 10–25 wall balls.',
    );
    const body = answer('wall balls in doubles - swap every how many reps?', [swaps]).body;
    expect(body).not.toMatch(/Wall Balls: 100 reps/);
    expect(body).toMatch(/every 10–25 wall balls/);
  });
  it('does not answer what a member cannot lift yet with the load table', () => {
    const body = answer('thinking doubles cos i cant push the sled at open weight yet. good idea or should i just do open', []).body;
    expect(body).not.toMatch(/By division|Open Women at 102 kg/);
  });
});

describe('a "what is" question', () => {
  it('leads with the sentence that says what the thing is, also when said in apposition in a list, before the race data', () => {
    const divisions = chunk(
      'div',
      'Divisions: singles, doubles, relay and age groups',
      '- **Open** (women, men): the standard division.\n- **Pro** (women, men): the heavier loads above. The Elite 15, the 15 fastest men and women in the professional series, race at Pro weights.\n- **Doubles**: both partners run every 1 km together.',
    );
    const body = answer('what even is the elite 15 thing i keep seeing? do they lift heavier weights than pro or the same', [divisions]).body;
    expect(body).toMatch(/^The Elite 15, the 15 fastest men and women in the professional series, race at Pro weights\. \[1\]/);
    expect(body).not.toMatch(/both partners run/);
  });
});

describe('a direct question answered from a list under a bare lead-in', () => {
  const eat = chunk(
    'eat',
    'Race-day eating rules',
    '**Rules:**\n- Eat the breakfast you rehearsed before a simulation, 2–4 hours before the start.\n- Nothing new on race day: no new gel, no new caffeine product.\n- If nerves kill your appetite, liquid carbohydrate is easier to get down.',
  );
  it('opens with the item that answers it, and keeps the rest of the list after it', () => {
    const body = answer('what breakfast should i eat before the race? its at 11am', [eat]).body;
    expect(body).toMatch(/^Eat the breakfast you rehearsed before a simulation, 2–4 hours before the start\. \[1\]/);
    expect(body).toMatch(/\*\*Rules:\*\*\n- Nothing new on race day/);
    expect(body.match(/Eat the breakfast/g)).toHaveLength(1);
  });
  it('keeps the list as it stands when the question asks for a set of things', () => {
    expect(answer('any ideas for a race-day eating routine? breakfast before the race', [eat]).body).toMatch(/^\*\*Rules:\*\*/);
  });
});

describe('a FAQ section', () => {
  // The knowledge base's section as written.
  const faq = chunk(
    'faq',
    'Finish-time benchmarks FAQ: first race, tiers, records and the men/women gap',
    "**What is a normal time for a first Hyrox?** A community analysis of more than 200,000 results puts the average first-time finish at about 1:40–2:00 for men and 1:55–2:15 for women; the same group's beginner guide says first-timers typically finish in 1:40–2:20. There is no time cap, so finishing is the first goal.\n\n**What is the average finish time?** About 1:30. The organiser's Nordic FAQ gave 1:32 for the previous season's average finisher, and one community analysis puts the world median at 87.4 minutes.\n\n**What do sub-1:30, sub-1:15 and sub-1:00 mean?**\n\n| Tier | Where it sits | Run pace at exactly that time (men / women) |\n|---|---|---|\n| Sub-1:30 | about the top 25–30 % of the field | 5:54 / 6:04 per km |\n| Sub-1:15 | racing rather than completing | about 4:55 / 5:04 per km |\n| Sub-1:00 | elite territory (Elite 15 race at Pro loads) | about 3:56 / 4:03 per km |\n\n**What are the fastest times ever?** In the Pro/Elite division the best marks are 53:15 (Alexander Rončević, Hamburg, October 2025) and, for women, 56:23 (Lauren Weeks, Glasgow, March 2025); Weeks also set a 55:38 Open-division mark in 2025. Coach K has no sourced figures for doubles or relay bests, and these marks change often, so check the official results for the newest ones.\n\n**How big is the men/women gap?** It depends on the level, and men and women carry different loads, so it is not a pure fitness gap. The two Pro bests above differ by 3:08 (about 6 %); before the 2025 World Championships the Elite 15 averaged Pro bests of 55:17 (men) and 1:00:19 (women), about 9 % apart; first-timer averages differ by roughly 15 minutes. At the same 1:30 finish, women run slightly slower than men but are a little faster through the stations.",
  );

  it('answers from the block under the bold question the member asks, not the table under another', () => {
    // The pipeline's weights for this question (the masters and benchmarks words the plan adds, the question's own).
    const terms = new Map([
      ['mast', 2.07],
      ['recovery', 1.06],
      ['strength', 0.61],
      ['finish', 0.71],
      ['benchmark', 1.13],
      ['tier', 1.31],
      ['field', 1.44],
      ['first', 1.23],
      ['woman', 4.15],
    ]);
    const body = answer('is 1:45 a good time for a first hyrox for a 40 year old woman', [faq], terms, terms).body;
    expect(body).toMatch(/^A community analysis of more than 200,000 results puts the average first-time finish/);
    expect(body).not.toMatch(/\| Tier \|/);
  });
});

describe('bestBlock in a FAQ section', () => {
  it('counts the bold question a block answers, so the block under the question asked wins over a table that shares as many words', () => {
    const content =
      '**What do sub-1:30 and sub-1:15 mean?**\n\n| Tier | Who |\n|---|---|\n| Sub-1:30 | first-timers rarely, women and men in the top quarter |\n\n**What is a normal time for a first race?** Most first-timers finish in 1:40–2:20.';
    const terms = new Map(contentWordsOf('normal first women').map((w) => [w, 1] as const));
    expect(bestBlock(content, terms)?.block.text).toMatch(/^\*\*What is a normal time for a first race\?\*\*/);
  });
});

describe('the lead sentence of a paragraph', () => {
  it('is the first of near-equal sentences: the main point before its exception', () => {
    const content =
      'Hyrox races are held in large indoor venues such as exhibition halls, with the stations in the middle. A few events have run the course outdoors because the venue required it.';
    const terms = new Map([
      ['indoor', 1],
      ['outdoor', 1.05],
    ]);
    expect(bestBlock(content, terms)?.lead).toMatch(/^Hyrox races are held in large indoor venues/);
    // A sentence that matches clearly better still leads.
    expect(bestBlock(content, new Map([['outdoor', 1]]))?.lead).toMatch(/^A few events have run the course outdoors/);
  });
});

describe("a section's bold opening", () => {
  it('leads when it holds as much of the question as the sentence it would otherwise lead with', () => {
    const content =
      '**Keep the deficit to about 300–500 kcal a day below maintenance; a bigger one costs recovery and muscle.** The deficit sets the rate of loss.\n\nWhy a smaller deficit:\n- A modest cut keeps the sessions going.\n- What a mate did is no guide: faster loss cost lean mass in the Garthe study.';
    const terms = new Map(['maintenance', 'modest', 'mate', 'idea'].map((w) => [w, 1] as const));
    const body = answer(
      'mate says eat 1000 under maintenance, modest is for wimps. good idea?',
      [chunk('deficit', 'Deficit size', content)],
      terms,
      terms,
    ).body;
    expect(body).toMatch(/^\*\*Keep the deficit to about 300–500 kcal a day below maintenance/);
  });
});

describe('no text twice, and the verdict first', () => {
  const massage =
    '**Yes, a little: massage helps recovery by reducing soreness and the feeling of fatigue, but it does not replace sleep, food or an easy day**. In the largest meta-analysis of recovery methods, massage was the most effective method for soreness.\n\nCoaching practice: avoid a new or deep massage in the last 2 days before the race; a light, familiar one is fine.';
  it('quotes a block once even when a second ask reaches it after its verdict was dropped', () => {
    const body = answer('is a massage actually worth paying for in a hyrox build? and can i get a deep tissue one the day before the race?', [
      chunk('massage', 'Does massage help recovery from Hyrox training?', massage),
    ]).body;
    expect(body.match(/massage helps recovery by reducing soreness/g)).toHaveLength(1);
  });
  it('moves a part that opens with its yes or no ahead of the others for a yes/no question', () => {
    const walking =
      'A planned walk is a pacing tool, not a failure; what costs time is being forced to walk because you started too fast.\n\n**Yes.** Walking on the runs is normal in Hyrox, especially for first-timers, and there is no time cap.';
    const body = answer('is it ok to walk during the runs? feel like a failure if i walk', [
      chunk('walk', 'Is it OK to walk in a Hyrox race?', walking),
    ]).body;
    expect(body).toMatch(/^\*\*Yes\.\*\* Walking on the runs is normal/);
  });
});

describe('a long opening paragraph', () => {
  it('leads with its bold answer even when that answer and the next sentence read as one', () => {
    const long =
      'The hall is busy and loud on race day with music and a commentator and thousands of spectators in the stands around the course and the warm-up area, the sleds, the ergs and the finish line all in one space that echoes for hours on end.';
    const content = `**Split each station into small sets planned before the race, such as 4 × 250 m on the ergs and 5 × 20 wall balls, and rest before you are forced to.** ${long} ${long}\n\nWhy chunking works:\n- **Smaller goals.** Each set is a target you can see.\n- **Planned rests.** A rest you chose is not a failure.`;
    const terms = new Map(['smaller', 'goals', 'rest', 'planned'].map((w) => [w, 1] as const));
    const body = answer(
      'smaller goals? planned rest?',
      [chunk('chunking', 'Chunking: splitting stations into planned sets', content)],
      terms,
      terms,
    ).body;
    expect(body).toMatch(/^\*\*Split each station into small sets planned before the race/);
    expect(body).not.toMatch(/The hall is busy/);
  });
});

describe('every ask gets its answer', () => {
  it('answers both asks of a message, each from the section titled for it', () => {
    const long = (topic: string) =>
      `The damper lever sets how much air reaches the flywheel for ${topic}, which changes how each stroke feels rather than the work measured, because the monitor works out pace from the speed of the flywheel; note your drag factor in training and set the race machine to match it, since a given damper setting feels different on a dusty machine and on a new one. Most athletes settle between 4 and 6 on the rower and 5 to 7 on the ski, and the setting itself matters less than the drag factor it gives on that machine.`;
    const damper = chunk('damper', 'Damper and drag factor on the ergs', [1, 2, 3, 4].map((i) => long(`setting ${i}`)).join('\n\n'));
    const legs = chunk(
      'legs',
      'Is the SkiErg arms only? Using your legs on the ski',
      'The SkiErg stroke is driven by the trunk and hips, with the legs adding to it; the arms mostly pass that force to the handles.',
    );
    const terms = new Map(['damper', 'setting', 'legs', 'meant'].map((w) => [w, 1] as const));
    const body = answer('damper setting? am i meant to use my legs?', [damper, legs], terms, terms).body;
    expect(body).toMatch(/driven by the trunk and hips, with the legs adding to it/);
  });
});

describe('an ask whose own section is among the passages', () => {
  const SHOE = chunk(
    'shoe',
    'Race shoes: running shoe or cross-trainer',
    '**Race in running shoes rather than cross-trainers, because the race is 8 km of running.** Pick one with rubber over the forefoot for grip on the sleds.\n\nCross-trainers are stable but heavy on the runs.',
  );
  const KIT = chunk(
    'kit',
    'Knee pads, grip socks and gloves: are they allowed?',
    '**Gloves are reported as generally allowed, and shoes may come off for the wall balls only (2025/26); only event chalk may be used.** Check your athlete guide.',
  );
  const FUEL = chunk(
    'fuel',
    'Eat enough to train: energy availability first',
    'Before carbohydrate and protein targets, the total must be enough: low energy availability harms recovery and performance.',
  );
  // Weights keyed as the pipeline keys them: stemmed content words.
  const weights = (...words: string[]) => new Map(contentWordsOf(words.join(' ')).map((w) => [w, 1] as const));

  it('answers the first ask from the section titled for it, first, even when another section mentions its word', () => {
    const body = answer('what shoes should i race in? and are gloves allowed', [KIT, SHOE]).body;
    expect(body).toMatch(/^\*\*Race in running shoes rather than cross-trainers/);
    expect(body).toMatch(/Gloves are reported as generally allowed/);
  });

  it('finds the section titled for an ask, not one titled for the message as a whole or already quoted', () => {
    const shoes = weights('shoes');
    const gloves = weights('gloves', 'allowed');
    expect(sectionForAsk(shoes, [gloves], [KIT, SHOE], [KIT])).toBe(SHOE);
    expect(sectionForAsk(shoes, [gloves], [KIT, SHOE], [SHOE])).toBeUndefined();
    // A title that answers another ask better is that ask's.
    expect(sectionForAsk(gloves, [weights('gloves', 'allowed', 'socks')], [KIT], [])).toBeUndefined();
    // "what should i eat after training?": "Eat enough to train" is titled with the word, but its opening never says it.
    const eat = weights('eat');
    expect(sectionForAsk(eat, [], [FUEL], [])).toBe(FUEL);
    expect(sectionOpening(FUEL.content, true)).not.toMatch(/\beat\b/);
  });

  it("quotes a section's bold answer, without its yes or no under an open ask, and the bold before a list", () => {
    const wear =
      '**Yes: shorts and a T-shirt are fine for Hyrox, as long as you have trained in them.** The checks:\n\n1. **Lunges**: shorts that let the knee touch.\n2. **Warm hall**: light clothing.';
    expect(sectionOpening(wear, true)).toBe('**Shorts and a T-shirt are fine for Hyrox, as long as you have trained in them.**');
    expect(sectionOpening(wear, false)).toMatch(/^\*\*Yes: shorts/);
    expect(sectionOpening('| a | b |\n|---|---|\n| 1 | 2 |', true)).toBeUndefined();
  });
});

describe('blocks written for a pair', () => {
  const content =
    '**Plan on about 4–6 months if you have never run or lifted regularly.** Walking is allowed.\n\n**For a mixed-doubles couple who have never lifted:**\n- **Running sets the timeline.** Build towards 45–60 minutes of easy running.\n- **Strength twice a week** from the start.\n\nHow it is worked out:\n1. **Foundation first.** Someone new to training starts with 8–12 weeks of three sessions a week.';
  it('does not answer a member asking alone from a block written for a couple, and keeps it for a pair', () => {
    const body = answer('where do i even start? never lifted, can run 5k slowly', [
      chunk('beginner', 'How long does a complete beginner need to prepare?', content),
    ]).body;
    expect(body).not.toMatch(/mixed-doubles couple/);
    const pair = answer('me and my boyfriend never lifted, how do we start for doubles?', [
      chunk('beginner', 'How long does a complete beginner need to prepare?', content),
    ]).body;
    expect(pair).toMatch(/mixed-doubles couple/);
  });
});

describe('loads for one sex', () => {
  it("compares open and pro for the sex asked, and keeps every division when both or the divisions' names are asked", () => {
    const women = answer('whats the difference between open and pro weights for women?', []).body;
    expect(women).toMatch(/Sled Push: Open Women at 102 kg · Pro Women at 152 kg\n/);
    expect(women).not.toMatch(/Open Men/);
    const all = answer('Can someone give me the full weights table for all 4 divisions? open/pro men and women', []).body;
    expect(all).toMatch(/Open Women at 102 kg · Open Men at 152 kg · Pro Women at 152 kg · Pro Men at 202 kg/);
  });
});

describe('loads and age', () => {
  it('says the loads are the same in every age group when a masters athlete asks', () => {
    const body = answer('do the weights go down for older age groups? im 62 doing open men, do i still push the full sled', []).body;
    expect(body).toMatch(/^\*\*The loads are the same in every age group\*\*: .*as Open Men you race the full Open Men loads at any age/);
    expect(answer('what are the weights for open men?', []).body).not.toMatch(/age group/);
  });
  it('reads the age after "at" and a comparison with the young as the same question (inj20)', () => {
    expect(answer('do i get lighter weights at 61 in open men or same as the young lads', []).body).toMatch(
      /^\*\*The loads are the same in every age group\*\*: .*as Open Men you race the full Open Men loads at any age/,
    );
    // "at 45 kg" is a load, not an age.
    expect(answer('is the sled at 45 kg lighter than open men?', []).body).not.toMatch(/age group/);
  });
});

describe('the end of the race', () => {
  it('says the race ends with the wall balls, with no run after them, and adds no passage', () => {
    const other = chunk(
      'o',
      'Can I race Hyrox with asthma or another medical condition?',
      '**Other conditions** follow the same rule: your doctor decides.',
    );
    const body = answer('does the race finish on the wall balls or is there another run after them??', [other]).body;
    expect(body).toMatch(/^\*\*The race ends with the Wall Balls\*\*, the 8th station: .*no run after them/);
    expect(body).not.toMatch(/Other conditions/);
  });
});

describe('writeOffline: race facts the data answers', () => {
  const ROW = chunk(
    'row',
    'Row: technique and pacing',
    '**Standard:** 1,000 m on a Concept2 rower, every division. The row comes after the burpees, so it doubles as a controlled place to bring breathing down before the carry.',
  );
  const PENALTIES = chunk(
    'pen',
    'What are the penalties in Hyrox? Time penalties and disqualification',
    '**Most infringements in Hyrox cost time: since 2025/26 penalties are time penalties in 15- or 30-second steps.** A no-rep does not count until you do it to standard.',
  );

  it('opens "what comes after the row?" with the next station, not a passage that mentions the row', () => {
    expect(answer('what station comes after the row', [ROW]).body).toMatch(/^\*\*After the Row comes a 1 km run, then the Farmers Carry/);
  });

  it('says how the race ends only when asked, not for "do i sprint the last run?"', () => {
    expect(answer('does the race finish on the wall balls or is there another run after them?', [ROW]).body).toMatch(
      /^\*\*The race ends with the Wall Balls\*\*/,
    );
    expect(answer('do i sprint the last run or is it pointless', [ROW]).body).not.toMatch(/race ends with the Wall Balls/);
  });

  it('answers "is there a time limit?" with no time cap before anything quoted', () => {
    expect(answer("is there a time limit for hyrox? i'm slow", [SLEEP]).body).toMatch(/^\*\*There is no time cap in Hyrox\*\*/);
  });

  it('answers a penalty question from the penalties, not with the station standard', () => {
    const body = answer('whats the penalty if you dont finish the lunges distance properly', [PENALTIES]).body;
    expect(body).toMatch(/time penalties in 15- or 30-second steps/);
    expect(body).not.toMatch(/^\*\*Sandbag Lunges: 100 m\*\*/);
  });
});

describe('leads and blocks probe14 found wrong', () => {
  const FAQ = chunk(
    'faq',
    'Finish-time benchmarks FAQ: first race, tiers, records and the men/women gap',
    "**What is the average finish time?** About 1:30. The organiser's Nordic FAQ gave 1:32 for the previous season's average finisher.",
  );
  it('leads with the answer, not the bold FAQ question it answers', () => {
    const body = answer('how long does a hyrox take for an average person?', [FAQ]).body;
    expect(body).toMatch(/^About 1:30\. \[1\]/);
    expect(body).not.toMatch(/^\*\*What is/);
  });
  const SPLIT_SETS = chunk(
    'chunking',
    'Chunking: splitting stations into planned sets',
    '**Split each station into small sets planned before the race, such as 5 × 20 or 4 × 25 wall balls, and rest before you are forced to.** A planned 5–10 s break after 20 wall balls costs less than the long rest that follows when the legs give out.',
  );
  it('answers how to break a station into sets without a six-week training block', () => {
    const body = answer('wall balls 100 reps, how should i break them? i can do 25 unbroken fresh', [SPLIT_SETS]).body;
    expect(body).not.toMatch(/Twice a week for 6 weeks/);
    expect(body).toMatch(/5 × 20 or 4 × 25 wall balls/);
  });
});

describe('one morning of a wearable reading', () => {
  it('trains as planned on a one-day dip instead of cutting the week', () => {
    const body = answer('hrv dropped from 65 to 48 this morning, should i still do intervals?', []).body;
    expect(body).toMatch(/^Yes\. \*\*One morning's reading is not a trend/);
    expect(body).not.toMatch(/cut volume by about a third/);
  });
  it('keeps the week template for signs that last', () => {
    const body = answer('resting hr up 8 beats for 4 days and my hrv is low this morning too, train or not', []).body;
    expect(body).not.toMatch(/One morning's reading/);
  });
});

describe('a yes or no about need is not one about permission', () => {
  const BELTS = chunk(
    'belts',
    'Lifting belts, knee sleeves and what is not allowed',
    "**No, you do not need a lifting belt for Hyrox, and most athletes race without a belt or knee sleeves**. The rulebook summaries Coach K has do not mention belts or sleeves, so check your event's athlete guide before relying on one.",
  );
  it('drops the "No" when the member asks whether knee sleeves are allowed', () => {
    const body = answer('are knee sleeves allowed in hyrox?', [BELTS]).body;
    expect(body).not.toMatch(/^\W{0,2}No\b/);
    expect(body).toMatch(/do not mention belts or sleeves/);
  });
});

describe('a nutrition amount is not a race standard', () => {
  it('does not answer "how much sodium" with the station loads', () => {
    const body = answer('i cramp in my calves at the lunges every race, is it salt? how much sodium should i take', []).body;
    expect(body).not.toMatch(/By division|Open Women at 10 kg/);
  });
  it('does not add the doubles loads note to "should i carb load for doubles"', () => {
    const body = answer('should i carb load for doubles or is that only for singles', []).body;
    expect(body).not.toMatch(/doubles use Open Women loads/);
  });
});

describe('a division choice said without a verb', () => {
  it('is not answered with the loads table', () => {
    const body = answer('beginner here - open or pro division?', []).body;
    expect(body).not.toMatch(/By division/);
  });
});

describe('running after a station is a brick, not a station block', () => {
  it('does not answer "how do i practice running after the sled" with the six-week sled block', () => {
    expect(answer('how do i practice running after the sled, my legs feel like concrete', []).body).not.toMatch(/Twice a week for 6 weeks/);
  });
});

describe('a passage that goes through every station, quoted for one', () => {
  const LOADS = chunk(
    'loads',
    'Weights and targets per division',
    'Written out for the Sled Push: 102 kg for Open Women and 152 kg for Open Men. For the Sled Pull: 78 kg for Open Women and 103 kg for Open Men. For the Farmers Carry: two 16 kg bells for Open Women and two 24 kg bells for Open Men. For the Wall Balls: a 4 kg ball for Open Women and a 6 kg ball for Open Men.',
  );
  it("keeps the asked station's sentence and drops the others", () => {
    const body = answer('our gym only has 14lb and 20lb wall balls. which is closest to the open men ball? what do the real ones weigh', [
      LOADS,
    ]).body;
    expect(body).toMatch(/For the Wall Balls: a 4 kg ball for Open Women and a 6 kg ball for Open Men/);
    expect(body).not.toMatch(/Sled Push|Sled Pull|Farmers Carry/);
  });
  it('keeps them all for a question about no single station', () => {
    expect(answer('what are the weights for open men and open women?', [LOADS]).body).toMatch(/Sled Push[\s\S]*Farmers Carry/);
  });
});

describe("a section's bold answer above a list of tools", () => {
  const NERVES = chunk(
    'nerves',
    'Pre-race nerves and arousal control',
    '**Pre-race nerves are normal, so keep them at a level where you can still follow the plan: breathe slowly and follow a fixed routine.** Nerves and excitement feel alike.\n\nTools with evidence behind them:\n\n- **Slow breathing.** Inhale for about 4 seconds and exhale for 6–8 seconds in the start pen before the start.\n- **A fixed routine.** The same breakfast and warm-up on race day as in practice races, so the start pen feels familiar.',
  );
  it('leads with the answer, not with the lead-in of the list whose items hold more of the question', () => {
    const q = 'race day routine to calm down before the start? i get the shakes in the start pen';
    const terms = new Map(['race', 'day', 'routine', 'calm', 'start', 'shakes', 'pen'].map((w) => [w, 1] as const));
    const body = answer(q, [NERVES], undefined, terms).body;
    expect(body).toMatch(/^\*\*Pre-race nerves are normal/);
    expect(body).toMatch(/Slow breathing/);
  });
});

describe('a section whose direct answer opens it, above the block that matched (mind18 probes)', () => {
  const SLEPT = chunk(
    'slept',
    'I slept badly the night before my Hyrox: does it matter?',
    '**Usually much less than you fear.** A short or broken night before a race is very common, and what you do across the week before matters more than one night.\n\n**What the evidence says:**\n\n- **Sleep loss does cost some performance, mostly when it is severe.** A meta-analysis found a drop after nights of 6 hours or less of sleep before a race.\n- **The week before counts.** Extending sleep over consecutive nights maintained endurance performance.',
  );
  it('a yes/no question answered by a section titled as one opens with its verdict', () => {
    const q = 'had a bad nights sleep before race day, will it wreck my race?';
    const broad = new Map(memberTerms(q).flatMap((t) => contentWordsOf(t).map((w) => [w, 1] as const)));
    expect(answer(q, [SLEPT], broad).body).toMatch(/^\*\*Usually much less than you fear\.\*\*/);
  });
  const STATION_MIND = chunk(
    'mind',
    'What should I think about at each Hyrox station?',
    '**At each station, think of one short technique cue and the chunk you are on, not the finish time or the stations still to come**. Attention on a cue you control keeps technique and pace steady.\n\nA three-step script for every station:\n\n1. **In the Roxzone**: say the plan for the station once.\n2. **During the station**: repeat your cue word and count down the chunks, not up.\n3. **Leaving the station**: think "settle", then lock into your run split.',
  );
  it('a list of steps for a question about the mind follows the section’s bold answer, not alone', () => {
    const q = 'what do i think about at rep 60 of the wall balls when everything burns';
    const broad = new Map(memberTerms(q).flatMap((t) => contentWordsOf(t).map((w) => [w, 1] as const)));
    // The pipeline weighs only the question's own words the knowledge has ("wall", "balls", "burns"), none in the title.
    const own = new Map(contentWordsOf(q).map((w) => [w, 1] as const));
    const body = answer(q, [STATION_MIND], broad, own).body;
    expect(body).toMatch(/^\*\*At each station, think of one short technique cue/);
  });
});

describe('writeOffline: the taper asked about more than 2 weeks out', () => {
  it('says when the taper starts and what it cuts before this week of training', () => {
    const a = answer('4 weeks to race. when do i start tapering and how much do i cut back?', []);
    expect(a.body.split('\n\n')[0]).toMatch(
      /^\*\*Your taper starts in 2 weeks: .*41–60 % \(45 % two weeks out, 55 % one week out, 60 % in race week\)/,
    );
    expect(a.body).toMatch(/4 weeks out you are in competition preparation/);
  });

  it('gives the stations their total beside the targets', () => {
    expect(answer('goal is 1:20 open women, whats my time budget for runs vs stations vs roxzone', []).body).toMatch(
      /Wall Balls 5:33 \(30:48 on the stations in total\)/,
    );
  });
});

describe('a training choice that says "lighter"', () => {
  it('is not answered with the race loads by division', () => {
    expect(answer('should my strength work be heavy low reps or lighter circuits for hyrox', []).body).not.toMatch(/By division/);
    expect(answer('is the sled heavier in pro', []).body).toMatch(/By division|Pro/);
  });
});

describe('a length asked of the member’s own movement', () => {
  const lunges = chunk(
    'lunge',
    'Sandbag Lunges: technique, targets and training',
    '**Technique:** take a steady step a little longer than a normal walking step, trunk upright, and touch the back knee softly every rep.',
  );
  it('is answered with the technique, not the race distance', () => {
    const body = answer('sandbag lunges: how long should each step be? tiny steps take forever', [lunges]).body;
    expect(body).not.toMatch(/^\*\*Sandbag Lunges: 100 m\*\*/);
    expect(body).toMatch(/steady step/);
  });
  it('still gives the race distance when that is asked', () => {
    expect(answer('how long is the sandbag lunge?', [lunges]).body).toMatch(/100 m/);
  });
});

describe('a section titled in the knowledge base’s words for what the member asked', () => {
  const DISCIPLINE = chunk(
    'discipline',
    'Pacing discipline against adrenaline at the start',
    "**Make run 1's pace a ceiling, not a target (no faster than 5:45/km when planning 5:54), check the watch after 200–300 m, let people go and enter the first station still able to talk in short sentences.** Pacing discipline means running the first kilometre at the planned pace even though the crowd, the music and fresh legs make a faster pace feel easy. Adrenaline makes the first run feel effortless, and that is exactly when athletes bank the time they pay back with interest on runs 5–8.\n\nWhat the numbers say:\n\n- A run 1 more than about 3 % faster than planned is the most common root cause of a bad race in Coach K's pacing model.\n- Run 8 divided by run 1 is the best single check afterwards: up to about 1.2 is a well-paced race for most age-groupers, 1.3–1.5 suggests an early surge or weak lunges, and above 1.5 the athlete went out too hot.\n- Even the fastest fade: the sub-60 men's group averaged 3:26 for run 1 and 4:06 for run 8, a 19 % fade at the top of the field.\n\nHow to hold back:\n\n1. **Set a pace ceiling for run 1**, not a target: \"no faster than 5:45/km\" for an athlete planning 5:54.\n2. **Check the watch after 200–300 m**, not at the end of the kilometre, and slow down early.\n3. **Let people go.** Your wave includes athletes aiming for other times; passing them on runs 6–8 is the plan.\n4. **Enter the first station able to talk in short sentences.** If you cannot, you went too fast.",
  );
  it('leads with its bold opening, not a list that shares more of the member’s words', () => {
    const q = 'went out way too fast on run 1 last time and blew up by the rower. if that happens again what do i do mid race';
    // The pipeline's weights for this question (termWeight over the knowledge base), the member terms at half weight.
    const own = new Map<string, number>([
      ['row', 3.27],
      ['went', 3.57],
      ['out', 1.47],
      ['fast', 1.44],
      ['run', 0.93],
      ['last', 1.49],
      ['happen', 3.07],
      ['again', 3.16],
      ['mid', 3.44],
    ]);
    const broad = new Map<string, number>([['adjust', 1.58], ['pacing', 0.94], ['discipline', 2.71], ['adrenaline', 2.02], ['start', 0.69], ...own]);
    const body = answer(q, [DISCIPLINE], broad, own).body;
    expect(body).toMatch(/^\*\*Make run 1's pace a ceiling/);
  });
});

describe('a how-to question answered from a paragraph followed by numbered steps', () => {
  const PRACTISE = chunk(
    'practise',
    'Practising mental skills in training',
    'Mental skills are trained like physical ones: a little, often, in realistic conditions. Evidence on psychological skills training in athletes is still limited.\n\nA practical plan for the 8–12 weeks before a race:\n\n1. **Pick your chunk plan for each station** and use it in every station session.\n2. **Choose two or three cue words** and use them in every hard session.\n3. **Rehearse the race morning** before each long race-pace session.\n4. **Imagery, 5 minutes, three times a week.**',
  );
  it('keeps the steps after the paragraph', () => {
    const body = answer('how can i build mental toughness in training?', [PRACTISE]).body;
    expect(body).toMatch(/Mental skills are trained like physical ones/);
    expect(body).toMatch(/1\. \*\*Pick your chunk plan/);
    expect(body).toMatch(/4\. \*\*Imagery/);
  });
  it('does not add them for a question that is not how-to', () => {
    const body = answer('are mental skills trained like physical ones?', [PRACTISE]).body;
    expect(body).not.toMatch(/Pick your chunk plan/);
  });
});

describe('"where do i start with mental prep" asks for the steps too', () => {
  const PRACTISE = chunk(
    'practise',
    'Practising mental skills in training',
    'Mental skills are trained like physical ones: a little, often, in realistic conditions. Evidence on psychological skills training in athletes is still limited.\n\nA practical plan for the 8–12 weeks before a race:\n\n1. **Pick your chunk plan for each station** and use it in every station session.\n2. **Choose two or three cue words** and use them in every hard session.\n3. **Rehearse the race morning** before each long race-pace session.\n4. **Imagery, 5 minutes, three times a week.**',
  );
  it.each(['where do i even start with mental skills training?', 'what mental skills should i practise for training?'])('%s', (q) => {
    const body = answer(q, [PRACTISE]).body;
    expect(body).toMatch(/1\. \*\*Pick your chunk plan/);
    expect(body).toMatch(/4\. \*\*Imagery/);
  });
});

describe('relevantRows: the row that holds most of the question leads', () => {
  const TIMELINE =
    '| When | What to do |\n|---|---|\n| T − 4 h to T − 2 h | Breakfast 2–4 hours before the wave: familiar, mostly carbohydrate. |\n| T − 60 min | Caffeine, only if rehearsed. |\n| T − 35 min to T − 15 min | Warm up for 15–20 minutes: 8–10 minutes of easy running, drills, 3 × 200 m at race pace. |';
  it('puts the warm-up row before the breakfast row that mentions the wave in passing', () => {
    const terms = new Map([
      ['warm', 1],
      ['wave', 0.8],
    ]);
    const out = relevantRows(TIMELINE, terms, 200);
    expect(out.split('\n')[0]).toMatch(/^- \*\*T − 35 min to T − 15 min:\*\* Warm up/);
    expect(out).toMatch(/Breakfast/);
  });
});

describe('a how-to question answered from a paragraph followed by a numbered list that describes', () => {
  const WHY = chunk(
    'why-mental',
    'Why mental skills matter in a Hyrox race',
    'Mental skills are the habits that keep an athlete on their plan when the race hurts.\n\nThree features of the format make the mental side unusual:\n\n1. **It is predictable.** Every race has the same eight runs.\n2. **It is long for an all-out effort.** Most athletes race for 60–120 minutes.\n3. **It punishes emotion.** Going out too fast costs time.',
  );
  it('does not add the description as steps', () => {
    const body = answer('how do you actually train mental skills for hyrox?', [WHY]).body;
    expect(body).not.toMatch(/It is predictable/);
  });
});

describe('a list ask', () => {
  it('is "the steps", not a step the member takes', () => {
    expect(LIST_ASK.test('walk me through the steps for race morning')).toBe(true);
    expect(LIST_ASK.test('what are the steps to set up my watch?')).toBe(true);
    expect(LIST_ASK.test('are burpee broad jump rules strict? can i step up or use my knees?')).toBe(false);
    expect(LIST_ASK.test('can i step back one foot at a time on the burpees?')).toBe(false);
  });
});
