import { describe, expect, it } from 'vitest';
import { COACH_K_SYSTEM_PROMPT } from '../src/coach/prompt.js';
import { ragSystem, type Category } from './example.js';
import { contextUse, countTokens, LIMITS, standardsProblems, validateJsonl, wordCount, type Rule } from './validate.js';

type Msg = { role: string; content: string };
const line = (messages: Msg[]) => JSON.stringify({ messages });
const example = (question: string, answer: string, system = COACH_K_SYSTEM_PROMPT): Msg[] => [
  { role: 'system', content: system },
  { role: 'user', content: question },
  { role: 'assistant', content: answer },
];
/** The authoring format (persona only): the content rules without the inference-shape rule. */
const LEGACY = { shape: false };
const firstWords = (text: string, n: number) => text.split(/\s+/).filter(Boolean).slice(0, n).join(' ');

/** A realistic workout_programming answer: about 200 words, sets × reps, rest, RPE and paces. */
const SLED_BLOCK = `Your sled push is costing you more time than any other station, so we give it a focused four-week block. Here is the plan.

**Tuesday, heavy sled:** 6 × 25 m at 120 % of race load, resting 2:30 between pushes, RPE 8. Keep your hips low, arms locked at about 45 degrees, and drive through the balls of your feet. Heavy, short pushes recruit the high-threshold motor units that move the sled when your legs are already cooked.

**Friday, race simulation:** 4 rounds of 50 m at race load straight into a 1 km run at 4:50/km, resting 3 min between rounds, RPE 7–8. This teaches your legs to turn over when they feel like concrete, which is exactly the situation on race day.

**Monday, strength support:** back squat 4 × 5 at RPE 7 and walking lunges 3 × 12 per leg.

Progression: add one push or one round each week in weeks 1 to 3, then cut the volume by 40 % in week 4 so you absorb the work.

Why this works: sled push performance tracks relative leg strength and glycolytic capacity, not upper-body pushing. Test a full 50 m push at the end of week 4; expect 20 to 40 seconds off your time.`;
const SLED_QUESTION = 'My sled push takes 4:30 in simulations. Can you design a 4-week block to fix it?';

/** Distinct coaching paragraphs (each with numbers); answers below combine two, so no two answers are near-duplicates. */
const P = [
  'Pace the eight runs by feel first and the watch second. Run the first kilometre at 5:05/km, ten seconds slower than you want to, because the SkiErg and the sled push will punish any early surge. Settle at 5:00/km for runs 2 to 6, then let runs 7 and 8 drop to 5:15/km while you protect your wall balls. Even splits within 15 seconds per kilometre are the sign of a well-paced race.',
  'Break the wall balls before you have to. Plan sets of 15 with 5-second breaks, keep the ball at chin height between reps, and exhale on every throw. Unbroken sets of 30 look heroic until your shoulders fail at rep 60 and you stand there for 40 seconds. Train it with 3 rounds of 30 reps at RPE 7 straight after a 1 km run, resting 2 min between rounds, and finish every session with the same breathing rhythm.',
  'On the sled pull, stay low and use your body weight, not just your arms. Walk back in a quarter squat, take long hand-over-hand pulls, and keep the rope from tangling at your feet. Build it with 5 × 20 m heavy pulls at RPE 8, resting 90 seconds, twice a week for 4 weeks. Grip gives out before the legs here, so add 3 × 40 seconds of dead hangs after each session and keep your forearms fresh for the carry.',
  'Recovery drives adaptation, so protect it like a session. Sleep 8 hours on at least 5 nights a week, eat 1.6 g/kg of protein spread over 4 meals, and keep one full rest day. If your resting heart rate sits 5 beats above baseline for 3 mornings, swap the next interval session for 40 minutes of easy zone 2 running. That single change prevents most of the overreaching I see in amateur athletes during a heavy block.',
  'Your engine is built with threshold work. Once a week, run 5 × 1 km at 4:40/km with 90 seconds of jogging between reps, holding RPE 7 throughout. Add one rep every second week until you reach 8 reps. Threshold pace sits just under the point where lactate climbs steeply, so raising it lifts the speed you can hold for the full 8 km of running without blowing up in the second half of the race.',
  'Transitions are free time if you rehearse them. Walk into the Roxzone with a plan: know which lane you want, breathe through your nose for 10 seconds, and start each station at RPE 6 before building. Practise 6 rounds of 400 m running plus 10 burpee broad jumps, moving straight from one to the other without pausing. Sloppy transitions cost most athletes 3 to 5 minutes over a race, and that is the cheapest time you will ever find.',
  'Taper in the final 10 days. Cut volume by 40 % but keep the intensity: one session of 4 × 1 km at race pace and one short station circuit of 2 rounds at RPE 7. Sleep 8 to 9 hours and raise carbohydrates to 8 g/kg for the last 48 hours. Fresh legs matter more than one extra hard session, because fitness gained in the final week will not show up on race day anyway, while fatigue certainly will.',
  'Strength is the foundation for every station. Squat 4 × 5 at RPE 7, Romanian deadlift 3 × 8, and walking lunges 3 × 12 per leg twice a week in the general preparation phase. Rest 2 to 3 minutes between heavy sets so each set is high quality rather than a grind. Stronger legs make race loads feel lighter, which means less fatigue carried into the next 1 km run and a faster finish overall.',
  'Row with your legs, not your arms. Drive hard off the footplate, hold a stroke rate of 26 to 28 per minute, and aim for a 2:00/500 m split if you are chasing a sub 1:30 finish. Train it with 4 × 500 m at race pace, resting 2 min between efforts. The row comes straight after the burpee broad jumps, so practise it with an elevated heart rate and learn to settle your breathing within the first 100 m.',
  'On the SkiErg, hinge at the hips and pull with your lats, not just your arms. Hold a 2:05/500 m pace for the 1,000 m and keep the damper between 5 and 6. Build it with 3 × 1,000 m at RPE 7, resting 3 minutes between pieces. Starting controlled here protects the sled push that follows, where going out too hard on the first station leaves your legs empty for everything after it.',
] as const;
const two = (lead: string, a: number, b: number) => `${lead}\n\n${P[a]}\n\n${P[b]}`;

/** A workout_programming answer of 150+ words with no numbers at all. */
const VAGUE_PLAN = `Build your sled push with heavy, short pushes and plenty of rest between them. Keep your hips low, lock your arms, and drive through the balls of your feet on every push. Follow the heavy work with an easy run so your legs learn to turn over when they are tired. Add some squats and lunges on a separate day to build the strength that moves the sled. Keep the effort hard but controlled, and stop the session if your form breaks down. Over the next few weeks, push a little more each session and then back off for a lighter week so your body can absorb the work. Practise the transition from the sled to running, because that is where most athletes lose time. Stay patient: leg drive improves quickly when you train it consistently, and the station will start to feel manageable. Eat well, sleep well, and trust the process. Record how each session feels so we can adjust the plan together as your fitness improves and race day gets closer.`;

const SLED_CONTEXT =
  'The sled push is completed over 50m with standardized weights: 152kg for Open Men, 102kg for Open Women. Elite male athletes complete this station in 1:30-2:00, with the primary limiting factor being leg drive power and glycolytic capacity rather than upper body pushing strength.';
const CAFFEINE_CONTEXT =
  'Caffeine ingested at 3-6 mg per kilogram of body mass roughly sixty minutes before exercise improves endurance performance. Habitual consumers still benefit, although gastrointestinal tolerance should be rehearsed during training rather than discovered on competition morning.';
/** An answer that uses the sled context: its standards, elite times, leg drive and glycolytic capacity. */
const SLED_RAG_ANSWER = `4:30 is roughly double elite pace, but the sled push responds to targeted training faster than almost any other station. Elite male athletes complete it in 1:30 to 2:00, and the primary limiting factor is leg drive power and glycolytic capacity, not upper body pushing strength. So we build legs, not arms.

**Heavy sled work 2 × per week:** 6 × 50 m at your standardized race weight, low hip position, driving through the floor. Rest 2 to 3 min between pushes, RPE 8.

**Posterior chain strength:** Romanian deadlifts 3 × 8 at RPE 7–8 and hip thrusts 3 × 10. These build the hip extension that drives the sled.

**Practise the transition:** follow every sled session with a 200 m run at race pace, because your legs need to learn to run when they feel like concrete.

**Glycolytic capacity:** once a week, 5 rounds of 30 seconds hard on the bike with 90 seconds easy, RPE 9 on the efforts, to raise your tolerance for the burn you feel at 30 m.

Give this 6 weeks and expect 60 to 90 seconds off. The biggest gains come early because untrained athletes show the widest variance on this station.`;

/** A pasted training log long enough to push the example past 8,192 tokens. */
const LONG_LOG = Array.from(
  { length: 220 },
  (_, i) =>
    `Week ${Math.floor(i / 7) + 1} day ${(i % 7) + 1}: ${3 + (i % 4)} × ${400 + 100 * (i % 5)} m at ${4 + (i % 2)}:${String(10 + (i % 40)).padStart(2, '0')}/km, rest ${60 + 15 * (i % 3)} s, sled ${2 + (i % 3)} × 25 m, felt RPE ${6 + (i % 4)}.`,
).join('\n');

interface Case {
  what: string;
  line: number;
  category?: Category;
  text: string;
  rules: Rule[];
  message: RegExp;
}

/**
 * A multi-line file: good examples on lines 1, 3 and 22, one bad line per rule in between, and
 * a blank line 7 (skipped, but it still counts for line numbers).
 */
const CASES: Case[] = [
  {
    what: 'a good workout_programming example',
    line: 1,
    category: 'workout_programming',
    text: line(example(SLED_QUESTION, SLED_BLOCK)),
    rules: [],
    message: /^$/,
  },
  {
    what: 'invalid JSON',
    line: 2,
    text: '{"messages": [{"role": "user", "content": "How do I pace the runs?"}',
    rules: ['format'],
    message: /not valid JSON/,
  },
  {
    what: 'a good race_strategy example',
    line: 3,
    category: 'race_strategy',
    text: line(example('How should I pace the runs and the row for a sub 1:30?', two('Here is how I would pace a sub 1:30.', 0, 4))),
    rules: [],
    message: /^$/,
  },
  {
    what: 'the assistant speaking before the user',
    line: 4,
    text: line([
      { role: 'system', content: COACH_K_SYSTEM_PROMPT },
      { role: 'assistant', content: P[1] },
      { role: 'user', content: 'Thanks, coach.' },
    ]),
    rules: ['format'],
    message: /turn 1 is "assistant" where "user" was expected/,
  },
  {
    what: 'a final turn that is not the assistant',
    line: 5,
    text: line([...example('How do I pace the runs?', two('Pace them evenly.', 1, 2)), { role: 'user', content: 'And the wall balls?' }]),
    rules: ['format'],
    message: /last turn is not an assistant answer/,
  },
  {
    what: 'an empty assistant message',
    line: 6,
    text: line(example('How do I pace the runs?', '   ')),
    rules: ['format'],
    message: /message 3 has empty content/,
  },
  {
    what: 'no system message',
    line: 8,
    category: 'coaching_judgment',
    text: line(
      example(
        'My wall balls and sled pull fall apart late in the race. What do I change?',
        two('Two fixes for the back half of your race.', 1, 2),
      ).slice(1),
    ),
    rules: ['system_prompt'],
    message: /does not start with the Coach K system prompt/,
  },
  {
    what: 'an altered system prompt',
    line: 9,
    category: 'coaching_judgment',
    text: line(
      example(
        'I feel flat and I keep losing time in the Roxzone.',
        two('Flat legs and slow transitions usually share a cause.', 3, 5),
        'You are Coach K, a friendly fitness buddy. Keep it short.',
      ),
    ),
    rules: ['system_prompt'],
    message: /does not start with the Coach K system prompt/,
  },
  {
    what: 'a 120-word answer',
    line: 10,
    category: 'coaching_judgment',
    text: line(example('Race is in 10 days. Should I keep lifting?', firstWords(`${P[6]} ${P[7]}`, 120))),
    rules: ['answer_length'],
    message: /has 120 words \(allowed 150–500\)/,
  },
  {
    what: 'a 600-word answer',
    line: 11,
    category: 'cross_topic',
    text: line(example('Give me everything: pacing, stations, recovery, taper.', firstWords(P.join('\n\n'), 600))),
    rules: ['answer_length'],
    message: /has 600 words \(allowed 150–500\)/,
  },
  {
    what: 'a workout_programming answer with no numbers',
    line: 12,
    category: 'workout_programming',
    text: line(example('Write me a sled push plan.', VAGUE_PLAN)),
    rules: ['quantified'],
    message: /workout_programming answer has no quantified recommendation/,
  },
  {
    what: 'a rag_augmented answer that ignores its context',
    line: 13,
    category: 'rag_augmented',
    text: line(example('Should I take caffeine before the race?', two('Let us look at your row and ski first.', 8, 9), ragSystem(CAFFEINE_CONTEXT))),
    rules: ['rag_context_use'],
    message: /uses \d+ % of the context's words \(at least 20 % needed\)/,
  },
  {
    what: 'an exact duplicate of line 1',
    line: 14,
    category: 'workout_programming',
    text: line(example(SLED_QUESTION, SLED_BLOCK)),
    rules: ['duplicate'],
    message: /same conversation as line 1/,
  },
  {
    what: 'a near-duplicate of line 3 (two words changed)',
    line: 15,
    category: 'race_strategy',
    text: line(
      example(
        'How should I pace the runs and the row for a sub 1:30?',
        two('Here is how I would pace a sub 1:30.', 0, 4).replace('5:05/km', '5:10/km').replace('lactate climbs', 'lactate rises'),
      ),
    ),
    rules: ['near_duplicate'],
    message: /overlaps \d+ % with line 3/,
  },
  {
    what: 'a sled load that contradicts the standards',
    line: 16,
    category: 'coaching_judgment',
    text: line(example('How heavy is the sled for me in Open Women?', two('On race day, Open Women push the sled at 152 kg, so train heavy.', 2, 6))),
    rules: ['standards'],
    message: /Sled Push for Open Women is 102 kg, not 152 kg/,
  },
  {
    what: 'women doing 75 wall balls with no season named',
    line: 17,
    category: 'coaching_judgment',
    text: line(example('How many wall balls do I have to do?', two('Women do 75 wall balls at the end of the race, so pace them.', 1, 7))),
    rules: ['standards'],
    message: /women's divisions do 100 wall balls since 2024\/25/,
  },
  {
    what: 'an API key',
    line: 18,
    category: 'coaching_judgment',
    text: line(
      example('Here is my key sk-abc123def456ghi789jkl0 so you can log my runs. What next?', two('Never paste keys here; now, your training.', 4, 7)),
    ),
    rules: ['secrets'],
    message: /contains an API key/,
  },
  {
    what: 'a Discord mention',
    line: 19,
    category: 'coaching_judgment',
    text: line(example('Can I train with my partner on Saturdays?', two('Yes: train with <@123456789012345678> on Saturdays.', 3, 9))),
    rules: ['secrets', 'secrets'],
    message: /contains a Discord mention/,
  },
  {
    what: 'an email address',
    line: 20,
    category: 'coaching_judgment',
    text: line(
      example('Email the plan to jordan.smith@example.com please. Roxzone and rowing tips?', two('Here are the two areas to work on.', 5, 8)),
    ),
    rules: ['secrets'],
    message: /contains an email address/,
  },
  {
    what: 'an example over 8,192 tokens',
    line: 21,
    category: 'coaching_judgment',
    text: line(example(`Here is my whole log, what should change?\n${LONG_LOG}`, two('Your log shows plenty of volume; two changes.', 0, 6))),
    rules: ['context_length'],
    message: /tokens \(limit 8192\)/,
  },
  {
    what: 'a good rag_augmented example',
    line: 22,
    category: 'rag_augmented',
    text: line(example('My sled push time was 4:30 in my last simulation. What should I focus on?', SLED_RAG_ANSWER, ragSystem(SLED_CONTEXT))),
    rules: [],
    message: /^$/,
  },
];

function mixedFile(): { text: string; categories: (Category | undefined)[] } {
  const rows: string[] = [];
  const categories: (Category | undefined)[] = [];
  for (const c of CASES) {
    while (rows.length < c.line - 1) {
      rows.push('');
      categories.push(undefined);
    }
    rows.push(c.text);
    categories.push(c.category);
  }
  return { text: `${rows.join('\n')}\n`, categories };
}

describe('validateJsonl', () => {
  describe('when the file holds one good example', () => {
    it('passes it with zero failures', () => {
      expect(wordCount(SLED_BLOCK)).toBeGreaterThanOrEqual(190);
      expect(wordCount(SLED_BLOCK)).toBeLessThanOrEqual(220);
      expect(validateJsonl(`${line(example(SLED_QUESTION, SLED_BLOCK))}\n`, ['workout_programming'], LEGACY)).toEqual({ lines: 1, failures: [] });
    });
  });

  describe('when bad lines are mixed into a multi-line file', () => {
    const { text, categories } = mixedFile();
    const result = validateJsonl(text, categories, LEGACY);
    const at = (n: number) => result.failures.filter((f) => f.line === n);

    it('counts the non-blank lines', () => {
      expect(result.lines).toBe(CASES.length);
    });

    it.each(CASES.filter((c) => c.rules.length > 0))('reports $rules.0 on line $line for $what', (c) => {
      expect(at(c.line).map((f) => f.rule)).toEqual(c.rules);
      expect(
        at(c.line)
          .map((f) => f.message)
          .join('\n'),
      ).toMatch(c.message);
    });

    it('reports nothing on the good lines and nothing on lines without a case', () => {
      const bad = new Set(CASES.filter((c) => c.rules.length > 0).map((c) => c.line));
      expect(result.failures.filter((f) => !bad.has(f.line))).toEqual([]);
    });

    it('catches every rule at least once', () => {
      expect(new Set(result.failures.map((f) => f.rule))).toEqual(
        new Set([
          'format',
          'system_prompt',
          'answer_length',
          'quantified',
          'rag_context_use',
          'duplicate',
          'near_duplicate',
          'standards',
          'secrets',
          'context_length',
        ]),
      );
      // The coaching rules of issue 17 have their own file: rules.test.ts.
    });
  });

  describe('when a Discord mention is in the answer', () => {
    it('reports the mention and the bare id it contains', () => {
      const { failures } = validateJsonl(line(example('Partner workout?', two('Train with <@123456789012345678> on Saturdays.', 3, 9))), [], LEGACY);
      expect(failures.map((f) => f.message)).toEqual(['contains a Discord mention', 'contains a Discord id']);
    });
  });

  describe('when an answer sits exactly on a length limit', () => {
    it('accepts 150 and 500 words and rejects 149 and 501', () => {
      const words = P.join(' ');
      const failuresFor = (n: number) => validateJsonl(line(example('Everything?', firstWords(words, n))), [], LEGACY).failures.map((f) => f.rule);
      expect({ 149: failuresFor(149), 150: failuresFor(150), 500: failuresFor(500), 501: failuresFor(501) }).toEqual({
        149: ['answer_length'],
        150: [],
        500: [],
        501: ['answer_length'],
      });
    });
  });

  describe('when a multi-turn example has one short assistant turn', () => {
    it('checks every assistant turn, not only the last', () => {
      const messages = [
        ...example('How do I pace the runs?', two('Start controlled.', 0, 4)),
        { role: 'user', content: 'And the taper?' },
        { role: 'assistant', content: firstWords(P[6], 60) },
      ];
      const { failures } = validateJsonl(line(messages), ['multi_turn'], LEGACY);
      expect(failures).toEqual([{ line: 1, rule: 'answer_length', message: 'an assistant answer has 60 words (allowed 150–500)' }]);
    });
  });

  describe('when a category does not need numbers', () => {
    it('accepts a factual_recall answer without them', () => {
      expect(validateJsonl(line(example('Why does sled technique matter?', VAGUE_PLAN)), ['factual_recall'], LEGACY).failures).toEqual([]);
    });
  });

  describe('when the category is rag_augmented but the system message has no knowledge block', () => {
    it('reports rag_context_use', () => {
      const { failures } = validateJsonl(line(example(SLED_QUESTION, SLED_RAG_ANSWER)), ['rag_augmented'], LEGACY);
      expect(failures).toEqual([{ line: 1, rule: 'rag_context_use', message: 'a rag_augmented example has no "Relevant knowledge:" block' }]);
    });
  });
});

describe('contextUse', () => {
  describe('when the answer builds on the retrieved chunk', () => {
    it('is at least the 20 % the validator requires', () => {
      expect(contextUse(SLED_CONTEXT, SLED_RAG_ANSWER)).toBeGreaterThanOrEqual(LIMITS.minContextUse);
    });
  });
  describe('when the answer is about something else', () => {
    it('is below 20 %', () => {
      expect(contextUse(CAFFEINE_CONTEXT, two('Row and ski first.', 8, 9))).toBeLessThan(LIMITS.minContextUse);
    });
  });
});

describe('countTokens', () => {
  describe('when the example carries a pasted training log', () => {
    it('counts it past the 8,192-token limit', () => {
      expect(countTokens([{ content: LONG_LOG }])).toBeGreaterThan(LIMITS.maxTokens);
    });
  });
});

describe('standardsProblems', () => {
  describe('when a load contradicts the race standards', () => {
    it.each([
      ['Open Women push the sled at 152 kg.', /Sled Push for Open Women is 102 kg, not 152 kg/],
      ['The sled push for Open Women is 152 kg.', /Sled Push for Open Women is 102 kg, not 152 kg/],
      ['Pro Men pull the sled at 103 kg.', /Sled Pull for Pro Men is 153 kg, not 103 kg/],
      ['Farmers carry for Pro Men is 2 × 24 kg.', /Farmers Carry for Pro Men is 32 kg, not 24 kg/],
      ["Farmer's carry for Open Women is 2 × 24 kg.", /Farmers Carry for Open Women is 16 kg, not 24 kg/],
      ['The wall ball for Pro Men is 6 kg.', /Wall Balls for Pro Men is 9 kg, not 6 kg/],
      ['Women do 75 wall balls at the end of the race.', /women's divisions do 100 wall balls since 2024\/25/],
    ])('flags "%s"', (sentence, problem) => {
      const problems = standardsProblems(sentence);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(problem);
    });
  });

  describe('when the statement is correct', () => {
    it.each([
      'Sled push is 152 kg for Open Men and 102 kg for Open Women.',
      'Farmers carry is 2 × 24 kg Open Men and Pro Women, 2 × 32 kg Pro Men.',
      'Sled push for Open Men: 6 × 50 m at 170 kg, RPE 8.',
      'Open Women push the sled at 102 kg and Pro Men at 202 kg.',
      'In the 2023/24 season women did 75 wall balls; now it is 100.',
      'Hyrox has 8 stations, each after a 1 km run.',
      "Farmer's carry is 2 × 16 kg for Open Women.",
    ])('does not flag "%s"', (sentence) => {
      expect(standardsProblems(sentence)).toEqual([]);
    });
  });
});
