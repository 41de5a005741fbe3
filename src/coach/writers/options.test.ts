import { describe, expect, it } from 'vitest';
import { retrievedChunk } from '../../retrieval/chunk-fixture.js';
import { askedOptions, bothOptionsSentence, coverOptions, namesOption } from './options.js';

const ICE = retrievedChunk(
  'ice',
  'Is an ice bath OK after strength training?',
  '**No, an ice bath straight after strength sessions is not OK if you want the strength gains.** In a 12-week study the cold group gained less.\n\nUse cold baths, if you like them, after hard runs or the race itself.',
);
const SAUNA = retrievedChunk(
  'sauna',
  'Is a sauna OK after training?',
  '**Yes, a sauna after training is OK for most healthy athletes, and it may even help endurance.** In six runners it lengthened time to exhaustion.',
);
const SHOES = retrievedChunk(
  'shoes',
  'Carbon-plated super-shoes or a flatter trainer? The verdict',
  'Carbon-plated super-shoes improve running economy in road running by up to about 3 %.\n\n**Verdict: for most athletes the flatter, grippy running trainer wins; choose a carbon super-shoe only if running is your strength.**',
);

describe('askedOptions', () => {
  it('reads the two options of an either/or question, without the context after them', () => {
    expect(askedOptions('ice bath or sauna after a hard session?')?.sides).toEqual([['ice', 'bath'], ['sauna']]);
    expect(askedOptions('is it better to train in the morning or the evening?')?.sides).toEqual([['morning'], ['evening']]);
    expect(askedOptions('beetroot juice or caffeine, which actually does more for performance?')?.sides).toEqual([
      ['beetroot', 'juice'],
      ['caffeine'],
    ]);
    // The words both options share are no option's own ("trail shoes or zero drop shoes").
    expect(askedOptions('trail shoes or zero drop shoes, are either any good')?.sides).toEqual([['trail'], ['zero', 'drop']]);
  });
  it('finds none where "or" offers no second thing', () => {
    expect(askedOptions('is it salt or something else?')).toBeUndefined();
    expect(askedOptions('lower back is sore after sled push day. is this normal or am i doing something wrong?')).toBeUndefined();
    expect(askedOptions('gloves for the sled pull, yes or no?')).toBeUndefined();
    expect(askedOptions('how much protein a day?')).toBeUndefined();
  });
});

describe('namesOption', () => {
  it('matches an option word as a word start, singular or plural', () => {
    expect(namesOption('the flatter running trainer wins', ['trainer'])).toBe(true);
    expect(namesOption('choose a carbon super-shoe', ['shoe'])).toBe(true);
    // "trainers" is not "training".
    expect(namesOption('keep training easy', ['trainer'])).toBe(false);
  });
});

describe('coverOptions', () => {
  const options = askedOptions('ice bath or sauna after a hard session?')!;
  it('answers the option the quote leaves out from a section titled for it, cited', () => {
    const citedList = [ICE];
    const parts = coverOptions({
      question: 'ice bath or sauna after a hard session?',
      options,
      parts: ['**No, an ice bath straight after strength sessions is not OK if you want the strength gains.** [1]'],
      knowledgeFrom: 0,
      passages: [ICE, SAUNA],
      cited: citedList,
      citeOf: (c) => (citedList.includes(c) ? citedList.indexOf(c) + 1 : citedList.push(c)),
      room: 100,
    });
    expect(parts).toHaveLength(2);
    expect(parts[1]).toMatch(/^\*\*Yes, a sauna after training is OK.*\[2\]$/);
  });
  it('leads with the sentence of a quoted section that weighs both options, moved not copied', () => {
    const q = 'carbon super shoes or normal trainers for hyrox?';
    const o = askedOptions(q)!;
    const verdict = bothOptionsSentence([SHOES], o)!.sentence;
    expect(verdict).toMatch(/^\*\*Verdict/);
    const parts = coverOptions({
      question: q,
      options: o,
      parts: ['Carbon-plated super-shoes improve running economy in road running by up to about 3 %. [1]', `${verdict} [1]`],
      knowledgeFrom: 0,
      passages: [SHOES],
      cited: [SHOES],
      citeOf: () => 1,
      room: 100,
    });
    expect(parts[0]).toBe(`${verdict} [1]`);
    expect(parts.filter((p) => p.includes('Verdict'))).toHaveLength(1);
  });
});

describe('bothOptionsSentence: a list item that decides', () => {
  const FARMERS = retrievedChunk(
    'farmers',
    'Farmers carry: when to put the kettlebells down',
    '**Put the bells down before your grip fails, at a point you planned.** A planned set-down costs a few seconds.\n\n**A set-down plan:**\n1. **Split the carry** into pieces: 100 + 100 m.\n2. **Walk fast with short steps**, arms long, shoulders back; do not run and let the bells swing.',
  );
  it('answers "run or walk?" with the item that says which', () => {
    const options = askedOptions('farmers carry: run or walk?')!;
    expect(bothOptionsSentence([FARMERS], options)?.sentence).toMatch(/^\*\*Walk fast with short steps\*\*.*do not run/);
  });
  it('leads with it and leaves the list without that line', () => {
    const question = 'farmers carry: run or walk?';
    const parts = [
      '**Put the bells down before your grip fails, at a point you planned.** A planned set-down costs a few seconds. [1]',
      '**A set-down plan:**\n1. **Split the carry** into pieces: 100 + 100 m.\n2. **Walk fast with short steps**, arms long, shoulders back; do not run and let the bells swing. [1]',
    ];
    const out = coverOptions({
      question,
      options: askedOptions(question)!,
      parts,
      knowledgeFrom: 0,
      passages: [FARMERS],
      cited: [FARMERS],
      citeOf: () => 1,
      room: 200,
    });
    expect(out[0]).toMatch(/^\*\*Walk fast with short steps\*\*.*\[1\]$/);
    expect(out.join('\n').match(/Walk fast/g)).toHaveLength(1);
  });
});

describe('bothOptionsSentence: a list item that only weighs in passing', () => {
  const HILLS = retrievedChunk(
    'hills',
    'Hill intervals',
    'Hill intervals are one good way to do a hard run.\n\n- **Flat intervals work too, and easy running keeps its place in the week**, so hills are one good option, not a requirement.',
  );
  it('does not lead', () => {
    const options = askedOptions('whats better, easy running or interval stuff?')!;
    expect(bothOptionsSentence([HILLS], options)).toBeUndefined();
  });
});
