import { describe, expect, it } from 'vitest';
import { COACH_K_SYSTEM_PROMPT } from '../src/coach/prompt.js';
import type { Category, Example } from './example.js';
import { splitExamples } from './split.js';

function ex(category: Category, i: number): Example {
  return {
    id: `${category}-${String(i).padStart(3, '0')}`,
    category,
    source_doc: 'team1b',
    provenance: 'teacher',
    messages: [
      { role: 'system', content: COACH_K_SYSTEM_PROMPT },
      { role: 'user', content: `question ${i}` },
      { role: 'assistant', content: `answer ${i}` },
    ],
  };
}

/** Category sizes chosen to hit every rounding case of round(n × 10 %), with a floor of 1 from n = 2. */
const SIZES: Partial<Record<Category, number>> = {
  workout_programming: 40,
  factual_recall: 25,
  coaching_judgment: 14,
  rag_augmented: 10,
  multi_turn: 5,
  race_strategy: 2,
  cross_topic: 1,
};
const EXPECTED_EVAL: Partial<Record<Category, number>> = {
  workout_programming: 4,
  factual_recall: 3,
  coaching_judgment: 1,
  rag_augmented: 1,
  multi_turn: 1,
  race_strategy: 1,
  cross_topic: 0,
};
const ALL = Object.entries(SIZES).flatMap(([c, n]) => Array.from({ length: n }, (_, i) => ex(c as Category, i)));

/** A deterministic shuffle (reverse, then interleave halves) so the test does not depend on Math.random. */
function reorder<T>(xs: T[]): T[] {
  const r = [...xs].reverse();
  const half = Math.ceil(r.length / 2);
  return r.slice(0, half).flatMap((x, i) => (r[half + i] === undefined ? [x] : [r[half + i]!, x]));
}

const ids = (xs: Example[]) => xs.map((e) => e.id);
const countBy = (xs: Example[]) => Object.fromEntries(Object.keys(SIZES).map((c) => [c, xs.filter((e) => e.category === c).length]));

describe('splitExamples', () => {
  describe('when called twice on the same examples', () => {
    it('returns the same train and eval sets in the same order', () => {
      const a = splitExamples(ALL);
      const b = splitExamples(ALL.map((e) => ({ ...e })));
      expect(ids(b.train)).toEqual(ids(a.train));
      expect(ids(b.eval)).toEqual(ids(a.eval));
    });
  });

  describe('when the input order changes', () => {
    it('returns the same split in the same order', () => {
      const shuffled = reorder(ALL);
      expect(ids(shuffled)).not.toEqual(ids(ALL));
      const a = splitExamples(ALL);
      const b = splitExamples(shuffled);
      expect(ids(b.train)).toEqual(ids(a.train));
      expect(ids(b.eval)).toEqual(ids(a.eval));
    });
  });

  describe('when categories have different sizes', () => {
    it('puts round(10 %) of each category in eval, at least 1 when it has 2 or more, none from a singleton', () => {
      expect(countBy(splitExamples(ALL).eval)).toEqual(EXPECTED_EVAL);
    });

    it('keeps the rest of each category in train', () => {
      const expectedTrain = Object.fromEntries(Object.entries(SIZES).map(([c, n]) => [c, n - (EXPECTED_EVAL[c as Category] ?? 0)]));
      expect(countBy(splitExamples(ALL).train)).toEqual(expectedTrain);
    });

    it('honours another eval share', () => {
      expect(countBy(splitExamples(ALL, 0.2).eval)).toEqual({
        workout_programming: 8,
        factual_recall: 5,
        coaching_judgment: 3,
        rag_augmented: 2,
        multi_turn: 1,
        race_strategy: 1,
        cross_topic: 0,
      });
    });
  });

  describe('when the split is done', () => {
    const { train, eval: evalSet } = splitExamples(ALL);

    it('shares no example between train and eval', () => {
      const inTrain = new Set(ids(train));
      expect(ids(evalSet).filter((id) => inTrain.has(id))).toEqual([]);
    });

    it('loses and duplicates nothing', () => {
      expect([...ids(train), ...ids(evalSet)].sort()).toEqual(ids(ALL).sort());
    });

    it('returns the examples unchanged', () => {
      const byId = new Map(ALL.map((e) => [e.id, e]));
      for (const e of [...train, ...evalSet]) expect(e).toEqual(byId.get(e.id));
    });
  });

  describe('when an example is added to one category', () => {
    it('leaves the eval picks of the other categories unchanged', () => {
      const before = splitExamples(ALL).eval.filter((e) => e.category !== 'factual_recall');
      const after = splitExamples([...ALL, ex('factual_recall', 999)]).eval.filter((e) => e.category !== 'factual_recall');
      expect(ids(after)).toEqual(ids(before));
    });
  });

  describe('when there are no examples', () => {
    it('returns two empty sets', () => {
      expect(splitExamples([])).toEqual({ train: [], eval: [] });
    });
  });

  describe('when answers are near-duplicates of each other', () => {
    it('keeps each cluster on one side, so no eval answer has a near-duplicate in train', () => {
      const long = (k: number) => Array.from({ length: 80 }, (_, i) => `w${k}x${i}`).join(' ');
      const dupe = (id: string, tail: string): Example => ({
        ...ex('factual_recall', 0),
        id,
        messages: [
          { role: 'system', content: COACH_K_SYSTEM_PROMPT },
          { role: 'user', content: id },
          { role: 'assistant', content: `${long(0)} ${tail}` },
        ],
      });
      const group = [dupe('dup-a', 'one'), dupe('dup-b', 'two'), dupe('dup-c', 'three')];
      const others = Array.from({ length: 27 }, (_, i) => ({
        ...ex('factual_recall', i + 100),
        messages: [
          { role: 'system' as const, content: COACH_K_SYSTEM_PROMPT },
          { role: 'user' as const, content: `q${i}` },
          { role: 'assistant' as const, content: long(i + 1) },
        ],
      }));
      for (const share of [0.1, 0.2, 0.3, 0.5]) {
        const { train, eval: evalSet } = splitExamples([...group, ...others], share);
        const side = group.map((g) => (evalSet.some((e) => e.id === g.id) ? 'eval' : train.some((e) => e.id === g.id) ? 'train' : 'lost'));
        expect(new Set(side).size).toBe(1);
        expect(side[0]).not.toBe('lost');
      }
    });
  });
});
