import { describe, expect, it } from 'vitest';
import { figuresInPrompt } from './adapter.js';
import { EvalCase } from './cases.js';
import { countRepeated, matchesLabel, scorePrompt, summarizePrompts, type Passage } from './passages.js';

const p = (id: string, sourceDoc: string, section: string, content = `${id} alpha ${id} beta ${id} gamma ${id} delta`): Passage => ({
  id,
  sourceDoc,
  section,
  content,
});
const TABLE = '| Station | Open Women | Open Men | Pro Women |\n|---|---|---|---|\n| Sled Push | 102 kg | 152 kg | 152 kg |';

describe('matchesLabel', () => {
  it('matches document and heading, also inside merged ("A; B") and nested ("A > B") sections', () => {
    expect(matchesLabel(p('1', 'team1a_event_format.md', 'The Roxzone'), 'team1a_event_format.md#The Roxzone')).toBe(true);
    expect(matchesLabel(p('2', 'a.md', 'Intro; The Roxzone'), 'a.md#The Roxzone')).toBe(true);
    expect(matchesLabel(p('3', 'a.md', 'Roxzone > Penalties'), 'a.md#Penalties')).toBe(true);
    expect(matchesLabel(p('4', 'b.md', 'The Roxzone'), 'a.md#The Roxzone')).toBe(false);
    expect(matchesLabel(p('5', 'a.md', 'The Roxzone'), 'pending:venue and course')).toBe(false);
  });
});

describe('countRepeated', () => {
  it('counts a repeated id, a near-duplicate text and a table row shown twice', () => {
    const long = 'the sled push is fifty metres in four lengths of twelve and a half metres with the load including the sled';
    expect(countRepeated([p('a', 'x.md', 'A', long), p('b', 'y.md', 'B', `${long} and more`), p('a', 'x.md', 'A', long)])).toBe(2);
    expect(countRepeated([p('t1', 'x.md', 'A', `Loads:\n${TABLE}`), p('t2', 'y.md', 'B', `Other words entirely.\n${TABLE}`)])).toBe(1);
    expect(countRepeated([p('a', 'x.md', 'A'), p('b', 'x.md', 'B')])).toBe(0);
  });
});

describe('scorePrompt and summarizePrompts', () => {
  const c = EvalCase.parse({
    id: 'q',
    category: 'x',
    question: 'roxzone?',
    topic: '.',
    sources: ['a.md#The Roxzone', 'pending:venue'],
    needs_figures: false,
  });
  it('counts relevant passages against the labels and flags figures the intent does not need', () => {
    const s = scorePrompt(c, [p('1', 'a.md', 'The Roxzone'), p('2', 'a.md', 'Other')], true);
    expect(s).toMatchObject({ passages: 2, relevant: 1, repeated: 0, figuresShown: true, figuresWrong: true });
  });
  it('does not score a case answered by rules, with no LLM request (a referral, the privacy commands)', () => {
    const s = scorePrompt(c, [], false, false);
    expect(s.relevant).toBeUndefined();
    expect(s.figuresWrong).toBeUndefined();
    expect(summarizePrompts([s])).toMatchObject({ labelled: 0, noneRelevant: 0, figuresMissing: 0, figuresUnneeded: 0 });
  });
  it('leaves relevance undefined when a case has only placeholder labels, and averages over labelled prompts', () => {
    const pendingOnly = scorePrompt({ ...c, id: 'r', sources: ['pending:mental skills'], needs_figures: true }, [p('1', 'a.md', 'X')], false);
    expect(pendingOnly.relevant).toBeUndefined();
    const s = summarizePrompts([scorePrompt(c, [p('1', 'a.md', 'The Roxzone'), p('2', 'a.md', 'Other')], true), pendingOnly]);
    expect(s).toMatchObject({
      prompts: 2,
      labelled: 1,
      avgPassages: 2,
      avgRelevant: 1,
      relevantShare: 0.5,
      noneRelevant: 0,
      figuresUnneeded: 1,
      figuresMissing: 1,
    });
  });
});

describe('figuresInPrompt', () => {
  it('reads the <figures> block of the system message', () => {
    expect(figuresInPrompt([{ role: 'system', content: 'x\n<figures>\n(none for this question)\n</figures>' }])).toBe(false);
    expect(
      figuresInPrompt([{ role: 'system', content: '<figures>\nDivision: Open Men (assumed); level: intermediate\nData used: profile\n</figures>' }]),
    ).toBe(false);
    expect(figuresInPrompt([{ role: 'system', content: '<figures>\nPredicted finish 1:24:35\n</figures>' }])).toBe(true);
    expect(figuresInPrompt([{ role: 'system', content: 'no block' }])).toBe(false);
    expect(figuresInPrompt([{ role: 'user', content: 'no system prompt recorded' }])).toBeUndefined();
  });
});
