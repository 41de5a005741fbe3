import { describe, expect, it } from 'vitest';
import type { RetrievedChunk } from '../../retrieval/search.js';
import {
  ASKED_FIT_DISCOUNT,
  fitWords,
  phraseTokens,
  askParts,
  askWeights,
  citesTheSubject,
  PROMPT_RANKING,
  questionTerms,
  scorePassages,
  selectPassages,
  specificTerms,
  TITLE_FIT_WEIGHT,
  titleFit,
  titledForAsk,
  countsTheAsk,
} from './passages.js';

const chunk = (id: string, sourceDoc: string, section: string, content: string): RetrievedChunk => ({
  id,
  sourceDoc,
  section,
  content,
  topicTags: [],
  score: 1,
});
const TABLE = '| Station | Open Women | Open Men |\n|---|---|---|\n| Sled Push | 102 kg | 152 kg |\n| Sled Pull | 78 kg | 103 kg |';

describe('selectPassages', () => {
  it('leads with the passage whose section title names the subject', () => {
    const picked = selectPassages('what are the sled weights per division?', [
      chunk('a', 'x.md', 'Strength for the sleds', 'Squat and deadlift build the force the sled needs; sled work twice a week.'),
      chunk('b', 'y.md', 'Weights and targets per division', `Loads per division (sled loads include the sled):\n\n${TABLE}`),
    ]);
    expect(picked[0]!.chunk.id).toBe('b');
  });
  it('drops near-duplicates and a repeated table', () => {
    const picked = selectPassages('sled push weight open men', [
      chunk('a', 'x.md', 'Weights and targets per division', `Sled push weights:\n\n${TABLE}`),
      chunk('b', 'y.md', 'The race standards every session is scaled from', `Sled push standards for every session:\n\n${TABLE}`),
      chunk('c', 'x.md', 'Weights and targets per division', `Sled push weights:\n\n${TABLE}`),
    ]);
    expect(picked.map((p) => p.chunk.id)).toEqual(['a']);
  });
  it("applies each candidate's factor: a section written for someone else falls behind, the source of the figure asked for leads", () => {
    const q = 'lunge rules? does the knee have to touch';
    const burpee = chunk(
      'b',
      'x.md',
      'Burpee broad jumps: the knee rule',
      'The knee may touch the floor on every burpee; no knee rule applies to the jump.',
    );
    const lunge = chunk('l', 'y.md', 'Sandbag Lunges: technique', 'The trailing knee touches the floor on every lunge.');
    expect(selectPassages(q, [burpee, lunge])[0]!.chunk.id).toBe('b');
    expect(selectPassages(q, [burpee, lunge], { factor: (c) => (c.id === 'b' ? 0.5 : 1) })[0]!.chunk.id).toBe('l');
  });
  it("with the prompt's ranking, leaves out a later passage whose title names nothing asked (the offline ranking keeps it)", () => {
    const q = "what's more important to train, running or stations? i have 5h a week";
    const stations = chunk(
      's',
      's.md',
      'Choosing where to spend station training time',
      'Running is half the race; stations take the rest of the time.',
    );
    // Its body shares the words, but its title is about something else.
    const gives = chunk(
      'g',
      'g.md',
      'What the 12-week plan gives up',
      'Less running and fewer station sessions than the 16-week plan; important for 5h weeks.',
    );
    const ids = (prompt?: boolean) =>
      selectPassages(
        q,
        [stations, gives],
        prompt ? { fit: { words: new Set(questionTerms(q)), weight: TITLE_FIT_WEIGHT }, tuning: PROMPT_RANKING } : {},
      ).map((p) => p.chunk.id);
    expect(ids()).toEqual(['s', 'g']);
    expect(ids(true)).toEqual(['s']);
  });
  it("with the prompt's ranking, leaves out a later passage that trails the best and says far less of the question in its body (laterCover)", () => {
    const q = 'in a relay how many runs and stations does each person do?';
    const relay = chunk(
      'r',
      'r.md',
      'Relay rules: legs and hand-overs',
      'In a relay each person runs two of the runs and does two of the stations, then hands over.',
    );
    // Its title shares "runs", its body little of the question: there for its title alone.
    const weekly = chunk('w', 'w.md', 'How many runs a week should I do?', 'Three or four runs a week, one of them long.');
    const fit = { words: new Set(questionTerms(q)), weight: TITLE_FIT_WEIGHT };
    const scored = scorePassages(q, [relay, weekly], [], undefined, undefined, fit, PROMPT_RANKING);
    const [lead, later] = scored;
    expect(lead!.chunk.id).toBe('r');
    // Within the relevance floor, but below the 0.85 of the best and with less than 0.6 of the lead's body coverage.
    expect(later!.score / lead!.score).toBeGreaterThanOrEqual(0.8);
    expect(later!.score / lead!.score).toBeLessThan(PROMPT_RANKING.laterCover!.below);
    expect(later!.coverage).toBeLessThan(PROMPT_RANKING.laterCover!.share * lead!.coverage);
    const ids = (tuning: typeof PROMPT_RANKING) => selectPassages(q, [relay, weekly], { fit, tuning }).map((p) => p.chunk.id);
    expect(ids({ ...PROMPT_RANKING, laterCover: undefined })).toEqual(['r', 'w']);
    expect(ids(PROMPT_RANKING)).toEqual(['r']);
  });
  it("with the prompt's ranking, a later passage from another document comes in only when its title adds a word of the question (laterAdds)", () => {
    const q = 'sled push technique? gloves?';
    const gloves = chunk('l', 'kit.md', 'Gloves: are they worth it?', 'Gloves keep the sled push technique: hands stay on the poles. Thin ones.');
    const technique = chunk(
      't',
      'stations.md',
      'Sled Push: technique, pacing and training',
      'Sled push technique: low hips, long arms, short fast steps.',
    );
    // Titled for what the technique section is titled for, from a third document: within the floors, but it adds no ask.
    const drills = chunk('g', 'drills.md', 'Sled push technique drills', 'Sled push drills: heavy pushes of 10 m, technique first.');
    const fit = { words: new Set(questionTerms(q)), weight: TITLE_FIT_WEIGHT };
    const ids = (candidates: RetrievedChunk[], tuning: typeof PROMPT_RANKING) =>
      selectPassages(q, candidates, { fit, tuning }).map((p) => p.chunk.id);
    expect(ids([technique, drills, gloves], { ...PROMPT_RANKING, laterAdds: false })).toEqual(['l', 't', 'g']);
    expect(ids([technique, drills, gloves], PROMPT_RANKING)).toEqual(['l', 't']);
    // A sibling section of the lead's own document continues its answer and needs to add nothing.
    expect(ids([technique, { ...drills, sourceDoc: 'kit.md' }, gloves], PROMPT_RANKING)).toEqual(['l', 't', 'g']);
  });
  it("with the prompt's ranking, a later passage from another document comes in only when it is titled for the ask (laterTitled)", () => {
    const q = 'what happens after i finish? do i get my splits right away';
    const results = chunk(
      'r',
      'venue.md',
      'After the finish: results, splits and medals',
      'After the finish you collect your medal; splits and results are online within the hour.',
    );
    // Shares "finish" and "splits" in its body and one title word, but its title is about something else (erg targets); retrieval ranks it first.
    const ergs = chunk(
      'e',
      'targets.md',
      'When the erg targets look too fast: women and fast finishes',
      'Erg splits at fast finishes: after the finish of the row, splits per 500 m.',
    );
    const siblingOfLead = { ...ergs, id: 's', sourceDoc: 'venue.md', section: 'When the erg screens look too fast: wave finishes' };
    const fit = { words: fitWords(q), weight: TITLE_FIT_WEIGHT };
    const only = { ...PROMPT_RANKING, laterAdds: false, laterCover: undefined };
    const ids = (candidates: RetrievedChunk[], tuning: typeof PROMPT_RANKING) =>
      selectPassages(q, candidates, { fit, tuning }).map((p) => p.chunk.id);
    expect(ids([ergs, results], { ...only, laterTitled: undefined })).toEqual(['r', 'e']);
    expect(ids([ergs, results], only)).toEqual(['r']);
    // A sibling section of the lead's own document is not judged by its title.
    expect(ids([siblingOfLead, results], only)).toEqual(['r', 's']);
    // A section titled with the asked words leads; the other document's results section, titled for the ask too, comes in.
    const titled = { ...ergs, id: 't', section: 'Where do I get my splits after the finish?' };
    expect(ids([results, titled], only)).toEqual(['t', 'r']);
  });
  it('titledForAsk: a third of the title made of asked words, or enough of the question weight in the title; no fit, no judgement', () => {
    const min = { fit: 0.34, heading: 0.15 };
    expect(titledForAsk({ fit: 0.2, headingHits: 0.05 }, min)).toBe(false);
    expect(titledForAsk({ fit: 0.34, headingHits: 0 }, min)).toBe(true);
    expect(titledForAsk({ fit: 0, headingHits: 0.15 }, min)).toBe(true);
    expect(titledForAsk({ headingHits: 0 }, min)).toBe(true);
  });
  it("with the prompt's ranking, a title made of the asked words outweighs two places of retrieval rank (the offline ranking keeps the order)", () => {
    const q = 'how long should my long run be?';
    const candidates = [
      chunk('s', 's.md', 'Example session: long run', 'Sunday: the long run, easy.'),
      chunk('x', 'x.md', 'Example session: long run, hilly', 'Saturday: the long run, easy.'),
      chunk('l', 'l.md', 'The long run', 'The long run, easy: 60–90 minutes.'),
    ];
    const fit = { words: new Set(questionTerms(q)), weight: TITLE_FIT_WEIGHT };
    expect(selectPassages(q, candidates, { fit })[0]!.chunk.id).toBe('s');
    expect(selectPassages(q, candidates, { fit, tuning: PROMPT_RANKING })[0]!.chunk.id).toBe('l');
  });
  it('returns fewer passages, or none, when the rest do not bear on the question', () => {
    const unrelated = [
      chunk('s', 'z.md', 'Sleep: the seven-hour floor', 'Adults should sleep 7 hours or more a night.'),
      chunk('c', 'z.md', 'Creatine', 'Creatine monohydrate 3–5 g a day.'),
    ];
    expect(selectPassages('which shoes should I race in?', unrelated)).toEqual([]);
  });
  it('keeps the best passage of every ask of a message with several, even when one ask’s passages outscore it', () => {
    const q = 'skierg technique, am i meant to use my legs? damper setting?';
    // The knowledge base's own word forms; the damper words weigh most.
    const weights = new Map([
      ...questionTerms('skierg technique legs').map((w) => [w, 2] as const),
      ...questionTerms('damper setting').map((w) => [w, 4] as const),
    ]);
    const candidates = [
      chunk(
        'd',
        'x.md',
        'SkiErg and row damper setting',
        'Damper setting 5–7 on the SkiErg; the damper setting changes the feel. Note your damper setting.',
      ),
      chunk('t', 'y.md', 'SkiErg: technique', 'Hinge at the hips and use the legs; arms-only pulling tires the grip.'),
    ];
    expect(selectPassages(q, candidates, { weights }).map((p) => p.chunk.id)).toEqual(['d']);
    const asks = askWeights(q, weights);
    expect(asks).toHaveLength(2);
    expect(selectPassages(q, candidates, { weights, asks }).map((p) => p.chunk.id)).toEqual(['d', 't']);
  });
  it('does not add an ask’s best passage when it repeats a table row already shown', () => {
    const q = 'sled push weight? and the sled pull?';
    const weights = new Map([...questionTerms('sled push weight').map((w) => [w, 2] as const), ...questionTerms('pull').map((w) => [w, 4] as const)]);
    const candidates = [
      chunk('a', 'x.md', 'Sled push weight per division', `Sled push weight:\n\n${TABLE}`),
      chunk('b', 'y.md', 'Sled pull', `Sled pull loads:\n\n${TABLE}`),
    ];
    const asks = askWeights(q, weights);
    expect(asks).toHaveLength(2);
    expect(selectPassages(q, candidates, { weights, asks }).map((p) => p.chunk.id)).toEqual(['a']);
  });
  it('finds no separate asks in a single question; what follows the last question mark counts only when asked', () => {
    expect(askWeights('how do I pace the sled push?', new Map([['sled', 1]]))).toEqual([]);
    const w = new Map(questionTerms('wall ball depth rule judge hip crease').map((t) => [t, 1] as const));
    expect(askWeights('wall ball depth rule?? got no-repped twice, judge said hip crease', w, 'closed')).toEqual([]);
    expect(askWeights('wall ball depth rule?? got no-repped twice, judge said hip crease', w)).toHaveLength(2);
  });
  it('with "asking", keeps a trailing part that asks and drops one that only tells', () => {
    const w = new Map(questionTerms('phone race bag drop valuables safe nervous sandbag lunges').map((t) => [t, 1] as const));
    expect(askWeights('can i bring my phone in the race? and is there somewhere safe for valuables', w, 'asking')).toHaveLength(2);
    expect(askWeights("how heavy is the sandbag for lunges? she's nervous about it", w, 'asking')).toEqual([]);
  });
  it('with "asking", keeps a trailing part whose clause asks without its question mark ("and ice baths, are they good")', () => {
    const w = new Map(questionTerms('sauna training ice baths watch runs').map((t) => [t, 1] as const));
    expect(askWeights('should i use the sauna after training? and ice baths, are they good', w, 'asking')).toHaveLength(2);
    expect(askWeights('are the runs 1 km? my watch said 1.2, weird', w, 'asking')).toEqual([]);
  });
});

describe('questionTerms', () => {
  it('leaves out words that judge rather than name a subject ("is it ok to…", "is that enough")', () => {
    expect(questionTerms('is it ok to lift heavy in race week, or is that bad?')).not.toEqual(expect.arrayContaining(['ok']));
    expect(questionTerms('is 3 sled sessions enough, or is that bad?')).toEqual(['sled', 'session']);
    expect(questionTerms('is creatine worth it?')).toEqual(['creatine']);
  });
  it('leaves out pronouns, whose rarity in the knowledge base says nothing ("a woman in her 30s")', () => {
    const t = questionTerms("what's a good first race goal time for a woman in her 30s? is she able to go sub 1:30");
    expect(t).not.toContain('her');
    expect(t).not.toContain('she');
    expect(t).not.toContain('able');
    expect(t).toContain('goal');
  });
  it('keeps the common words when they are all the question has ("what should i do the week after my race?")', () => {
    expect(questionTerms('what should i do the week after my race?')).toEqual(expect.arrayContaining(['week', 'race']));
  });
});

describe('permission words', () => {
  it('say what kind of ask it is, not its subject: "allowed" counts only when nothing else is asked about', () => {
    expect(questionTerms('how much should i drink during the race, is water at the stations allowed?')).not.toContain('allow');
    expect(specificTerms('can i wear my running watch in the race or is that not allowed?')).toContain('watch');
    expect(questionTerms("what's not allowed in hyrox?")).toContain('allow');
  });
});

describe('specificTerms', () => {
  it('is empty for a question of common words only, which questionTerms falls back to', () => {
    expect(specificTerms('ok so how do i train that?')).toEqual([]);
    expect(questionTerms('ok so how do i train that?').length).toBeGreaterThan(0);
    expect(specificTerms("thx. and what's the plan for race week itself?")).toEqual([]);
    expect(specificTerms('how heavy is the sandbag')).toContain('sandbag');
  });
  it('leaves out a span of time, a medicine name cut at its hyphen and a friend who gave it', () => {
    expect(specificTerms('what can i do instead of some of my runs for the next couple weeks?')).not.toContain('couple');
    expect(specificTerms('mate gave me some co-codamol for my back')).toEqual(['cocodamol', 'back']);
  });
});

describe('askParts', () => {
  it('splits a message at its question marks and where a second question starts after "and"', () => {
    expect(askParts('what causes a stitch and what do i do mid race').map((a) => a.trim())).toEqual([
      'what causes a stitch',
      'what do i do mid race',
    ]);
    expect(askParts('how should i warm up and how do i pace it? last parkrun i died').map((a) => a.trim())).toEqual([
      'how should i warm up',
      'how do i pace it',
      'last parkrun i died',
    ]);
    // "and" inside one ask is not a second ask.
    expect(askParts('what should i eat and drink before the race').map((a) => a.trim())).toEqual(['what should i eat and drink before the race']);
  });
});

describe('questionTerms', () => {
  it('leaves out the hedges around what the member says', () => {
    expect(questionTerms('how often should i retest my 5k? was thinking every 2 weeks')).not.toContain('think');
    expect(questionTerms('bbjs are my worst. thinking of doing them 4-5x a week')).not.toContain('think');
    // …but not the thinking a question asks about.
    expect(questionTerms('what do elite athletes think about during the race?')).toContain('think');
  });
  it('leaves out the intensifiers members put before a word ("none of us are super fit")', () => {
    expect(questionTerms('none of us are super fit, we each only do 2km of running right?')).not.toContain('super');
    expect(questionTerms('are carbon super shoes worth it?')).toContain('carbon');
  });
});

describe('questionTerms and slang', () => {
  it('does not read "work has been mental" or "sweat like crazy" as a subject', () => {
    expect(questionTerms('work has been mental this week, sleeping 5-6h. still do my long run?')).not.toContain('mental');
    expect(questionTerms('my hands sweat like crazy on the sled pull')).not.toContain('crazy');
    expect(questionTerms('how do i get mentally tougher at the wall balls?')).toContain('mental');
  });
});

describe('questionTerms: what a question is about', () => {
  it('leaves out the chat around a follow-up ("nice.", "cool"), so a city called Nice does not steer the search', () => {
    expect(specificTerms('nice. how often should i do that? race is 20 weeks away')).not.toContain('nice');
    expect(specificTerms('ok cool, and the sled push?')).not.toContain('cool');
    expect(specificTerms('ok cool, and the sled push?')).toEqual(expect.arrayContaining(['sled', 'push']));
  });
});

describe('citesTheSubject', () => {
  it('does not count the body part of a referral as the subject a passage answers', () => {
    const q = 'how much ibuprofen can i take before the race for my back';
    expect(citesTheSubject(q, [{ section: 'Can I train with a cold, and how do I come back after flu or covid?' }])).toBe(false);
    expect(
      citesTheSubject('my knee hurts on lunges, how should i scale the lunges', [{ section: 'Sandbag Lunges: technique, targets and training' }]),
    ).toBe(true);
    expect(citesTheSubject(q, [])).toBe(true);
  });
});

describe('questionTerms: intensifiers', () => {
  it('leaves out "completely" before how the member feels, not "a complete beginner"', () => {
    expect(questionTerms('how do i pace the wall balls at the end when im completely dead?')).not.toContain('complete');
    expect(questionTerms('totally gassed on the lunges, what now')).not.toContain('total');
    expect(questionTerms('im a complete beginner, where do i start')).toContain('complete');
  });
});

describe('titleFit', () => {
  const asked = new Set(questionTerms('long run - how long should it be for hyrox? i did 2 hours sunday and was wrecked'));
  it('is the share of a title’s own words the member asked about', () => {
    expect(titleFit('How long should my long run be for Hyrox?', asked)).toBe(1);
    expect(titleFit('Example week: hybrid running-and-lifting template adapted for Hyrox, about 8 hours', asked)).toBeLessThan(0.3);
  });
  it('is neutral for a title of common words only, unless the title is a time phrase', () => {
    expect(titleFit('How many Hyrox races can I do in a year?', asked)).toBe(0.5);
    // "the week after a race" is a phrase: a question that says "this week" or "the weekend" does not hold it.
    expect(titleFit('What should I do in the week after a Hyrox race?', asked)).toBe(0);
    expect(titleFit('What should I do in the week after a Hyrox race?', fitWords('work has been mental this week, still do my long run?'))).toBe(0);
    expect(titleFit('What should I do in the week after a Hyrox race?', fitWords('what should i eat the week after my race'))).toBe(1);
    expect(titleFit('Is it bad to train the day before a Hyrox race?', fitWords('should i eat the same carbs on rest days and days off?'))).toBe(0);
    expect(titleFit('Is it bad to train the day before a Hyrox race?', fitWords('easy jog or full rest the day before the race?'))).toBe(1);
  });
  it('matches time phrases as phrases, and counts time ("3 days after", "how many days before") as no phrase', () => {
    expect(phraseTokens('what should i do the week after my race')).toEqual(['week_after', 'after_race']);
    expect(phraseTokens('still sore 3 days after the race')).toEqual(['after_race']);
    expect(phraseTokens('how many days before the race should i stop lifting heavy?')).toEqual(['before_race']);
    expect(phraseTokens('I slept badly the night before my Hyrox')).toEqual(['night_before', 'before_race']);
  });
  it('weighs an asked question by its phrase too: "a run after my hyrox" is not any run', () => {
    const words = fitWords('got my 90 min long run planned for the weekend, still do it?');
    expect(titleFit('What should I do in the week after a Hyrox race?', words, ['when can i go for a run after my hyrox'])).toBeCloseTo(
      ASKED_FIT_DISCOUNT / 2,
    );
  });
  it('leaves idioms out: "the other way round" names no subject', () => {
    expect(questionTerms('my shoulders burn, surely its meant to be the other way round')).not.toContain('round');
    const words = fitWords('should she take the wall balls and me the sleds or the other way round?');
    expect(titleFit('Should I run easy and attack the stations, or the other way round?', words)).toBe(0);
  });
  it('adds the time phrase to a title of several own words no more: it says enough without it', () => {
    expect(titleFit('I slept badly the night before my Hyrox: does it matter?', fitWords('couldnt sleep last night, slept badly'))).toBeCloseTo(
      3 / 4,
    );
  });
});

describe('selectPassages with a title fit (the LLM prompt)', () => {
  const q = 'long run - how long should it be for hyrox? i did 2 hours sunday and was wrecked';
  // The background words ("sunday", "wrecked") are rare, so they weigh most; the retrieval ranked the example week first.
  const weights = new Map([
    ['long', 1.3],
    ['run', 0.9],
    ['hour', 1.4],
    ['sunday', 3.8],
    ['wreck', 6],
  ]);
  const candidates = [
    chunk(
      'w',
      'p.md',
      'Example week: hybrid running-and-lifting template adapted for Hyrox, about 8 hours',
      'Sunday: long run 90 min easy, 8 hours a week.',
    ),
    chunk('s', 'p.md', 'Specific preparation: example weeks at 4, 6, 8 and 10 hours', 'Long run on Sunday, 60–90 min; hours by week.'),
    chunk('x', 'q.md', 'Is it bad to train the day before a Hyrox race?', 'A wrecked Sunday long run the day before is a mistake.'),
    chunk('l', 'r.md', 'How long should my long run be for Hyrox?', 'Build the long run to 75–90 min; longer adds fatigue, not race fitness.'),
  ];
  it('keeps the section titled for the ask, which the background words alone leave out', () => {
    expect(selectPassages(q, candidates, { weights }).map((p) => p.chunk.id)).not.toContain('l');
    const fitted = selectPassages(q, candidates, { weights, fit: { words: new Set(questionTerms(q)), weight: TITLE_FIT_WEIGHT } });
    expect(fitted.map((p) => p.chunk.id)).toContain('l');
  });
});

describe('asked questions as evidence of what a section is about', () => {
  const arrival = chunk('a', 'race.md', 'Arrival and registration', 'Reach the event hall ninety minutes before your start wave.');
  const waves = chunk('b', 'race.md', 'Start waves', 'Athletes start in waves of up to twenty, every few minutes, from the event hall.');
  const asked = ['when do the doors open', 'how early do i need to be at the venue'];
  const words = (q: string) => new Set(questionTerms(q));

  it('titleFit takes the best of the title and, discounted, the one asked question that fits best', () => {
    expect(titleFit('Arrival and registration', words('when do the doors open'))).toBe(0);
    expect(titleFit('Arrival and registration', words('when do the doors open'), asked)).toBeCloseTo(ASKED_FIT_DISCOUNT);
    // The title fitting wholly stays the best fit.
    expect(titleFit('Arrival and registration', words('arrival registration doors'), asked)).toBe(1);
    // A question of common words only says nothing.
    expect(titleFit('Arrival and registration', words('doors'), ['how do i get better'])).toBe(0);
  });

  it('scores a section by its asked question when its title shares no word with the question, and ranks it first', () => {
    const plain = scorePassages('when do the doors open at the hall?', [waves, arrival]);
    const withAsked = scorePassages('when do the doors open at the hall?', [waves, { ...arrival, asked }]);
    expect(plain[0]!.chunk.id).toBe('b');
    expect(withAsked[0]!.chunk.id).toBe('a');
    expect(withAsked[0]!.titleHits).toBeGreaterThan(0);
  });

  it('in the LLM prompt, a later passage needs its own title to fit: an asked question can lead, not add a passage', () => {
    const doors = chunk('d', 'venue.md', 'When the doors open', 'Two hours before the first wave.');
    const early = {
      ...chunk('e', 'race.md', 'Arrival and registration', 'Reach the event hall ninety minutes before your wave; the doors open early.'),
      asked,
    };
    const q = 'when do the doors open at the hall?';
    const fit = { words: words(q), weight: TITLE_FIT_WEIGHT };
    const scored = scorePassages(q, [doors, early], [], undefined, undefined, fit, PROMPT_RANKING);
    // Close enough to the best to pass the relevance floor, and found only by its asked question.
    expect(scored.map((p) => p.chunk.id)).toEqual(['d', 'e']);
    expect(scored[1]!.score).toBeGreaterThan(0.8 * scored[0]!.score);
    expect(scored[1]!.headingHits).toBe(0);
    expect(selectPassages(q, [doors, early], { fit, tuning: PROMPT_RANKING }).map((p) => p.chunk.id)).toEqual(['d']);
    // Alone, the section found by its asked question is the answer.
    expect(selectPassages(q, [early], { fit, tuning: PROMPT_RANKING }).map((p) => p.chunk.id)).toEqual(['e']);
  });

  it('changes nothing for passages without asked questions (an empty list included)', () => {
    const q = 'how early should i get to the event hall before my wave';
    const strip = (ps: ReturnType<typeof scorePassages>) => ps.map((p) => [p.chunk.id, p.score, p.coverage, p.titleHits]);
    expect(strip(scorePassages(q, [waves, { ...arrival, asked: [] }]))).toEqual(strip(scorePassages(q, [waves, arrival])));
    const fit = { words: words(q), weight: TITLE_FIT_WEIGHT };
    expect(strip(scorePassages(q, [waves, { ...arrival, asked: [] }], [], undefined, undefined, fit, PROMPT_RANKING))).toEqual(
      strip(scorePassages(q, [waves, arrival], [], undefined, undefined, fit, PROMPT_RANKING)),
    );
  });
});

describe('countsTheAsk', () => {
  it('finds the quantity FAQ titled for the thing counted, not one that only shares "sessions" or "days"', () => {
    expect(countsTheAsk('how many compromised running sessions a week should i do?', 'How often should I do compromised-running sessions?')).toBe(
      true,
    );
    expect(countsTheAsk('how many rest days do i actually need?', 'How many rest days a week should I take?')).toBe(true);
    expect(countsTheAsk('how many days should i leave between hard sessions', 'How many strength sessions a week should I do for Hyrox?')).toBe(
      false,
    );
    expect(countsTheAsk('what is a good compromised running session?', 'How often should I do compromised-running sessions?')).toBe(false);
  });
  it('counts runs as the thing counted: "how many runs a week" is the runs-a-week FAQ, not every session count', () => {
    const q = 'i only run twice a week atm, like 5k each time. how many runs a week do i actually need for hyrox?';
    expect(countsTheAsk(q, 'How many runs a week should I do, and how often should I run for Hyrox?')).toBe(true);
    expect(countsTheAsk(q, 'How often should I do each kind of Hyrox session, by weeks to race?')).toBe(false);
  });
  it('counts a station the question names as the station sessions a title counts', () => {
    const q = 'how many times a week should i do wall balls and sled? dont want to overdo it';
    expect(countsTheAsk(q, 'How many station sessions a week should I do for Hyrox?')).toBe(true);
    expect(countsTheAsk(q, 'How often should I do compromised-running sessions?')).toBe(false);
    expect(countsTheAsk('how many runs a week should i do?', 'How many station sessions a week should I do for Hyrox?')).toBe(false);
  });
});

describe('a weekday said as a habit', () => {
  it('is when the member trains, not what is asked about; a race day named once stays', () => {
    expect(questionTerms('should my long run be slow or at hyrox pace? currently doing 12k on sundays')).not.toContain('sunday');
    expect(questionTerms('i do my long run every saturday, how long should it be')).not.toContain('saturday');
    expect(questionTerms('race is sunday, can i do an easy run saturday?')).toEqual(expect.arrayContaining(['sunday', 'saturday']));
  });
});

describe('a member’s own age (body24)', () => {
  it('counts a quantity FAQ written for 50 or 60 as the count a member of that age asks for', () => {
    const title = 'How many hard sessions a week should I do at 50 or 60?';
    expect(countsTheAsk('57 year old bloke, how many hard sessions should someone my age actually do', title)).toBe(true);
    expect(countsTheAsk('im 63, how many hard workouts a week?', title)).toBe(true);
    expect(countsTheAsk('how many hard sessions a week should i do?', title)).toBe(false);
    expect(countsTheAsk('i can do 55 kg for 8, how many sets?', title)).toBe(false);
  });
});

describe('a member’s own age, counted and grouped (body24)', () => {
  it('does not count a FAQ for 50 or 60 that counts another thing ("how many days between hard sessions")', () => {
    expect(countsTheAsk('im 61, how many days should i leave between hard sessions', 'How many hard sessions a week should I do at 50 or 60?')).toBe(
      false,
    );
  });
});

describe('questionTerms: "id" typed for "I\'d" (mental25)', () => {
  it('drops an apostrophe-less "id" before a verb, keeps the ID to bring', () => {
    expect(questionTerms('thought id go under 1:40')).not.toContain('id');
    expect(questionTerms('what photo id do i need at check-in')).toContain('id');
  });
});

describe('a measured time and a past weekday are not the subject; "how long" titles measure the asked thing', () => {
  it('drops "2 hours" and "did … sunday" from the terms, keeps "hours a week" and a race weekday', () => {
    expect(questionTerms('long run - how long should it be for hyrox? i did 2 hours sunday and was wrecked')).not.toContain('sunday');
    expect(questionTerms('is a 2.5 hour long run too much for hyrox')).not.toContain('hour');
    expect(questionTerms('i have 5 hours a week, how many sessions')).toContain('hour');
    expect(questionTerms('race is on sunday, should i do my long run saturday')).toContain('sunday');
  });

  it('keeps the length of a session in a question about eating or drinking in it (amounts go by the hour)', () => {
    expect(questionTerms('how many carbs should i take in for a 2 hour long run')).toContain('hour');
    expect(questionTerms('do i need to drink anything during a 90 min session')).toContain('minute');
  });

  it('takes "How long should my long run be for Hyrox?" for "how long should my long run be", not for a count', () => {
    expect(countsTheAsk('how long should my long run be', 'How long should my long run be for Hyrox?')).toBe(true);
    expect(countsTheAsk('how many runs a week', 'How long should my long run be for Hyrox?')).toBe(false);
  });
});
