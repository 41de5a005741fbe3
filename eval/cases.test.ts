import { describe, expect, it } from 'vitest';
import { filterCases, parseCases, resolveDates } from './cases.js';

const line = (over: Record<string, unknown>) => JSON.stringify({ id: 'a', category: 'c', question: 'how far?', must: ['km'], topic: 'km', ...over });

describe('parseCases', () => {
  it('reads a JSONL set with defaults and filters by category and id', () => {
    const cases = parseCases(`${line({})}\n\n${line({ id: 'b', category: 'd' })}\n`);
    expect(cases.map((c) => [c.id, c.must_not, c.sources])).toEqual([
      ['a', [], []],
      ['b', [], []],
    ]);
    expect(filterCases(cases, { category: 'd' }).map((c) => c.id)).toEqual(['b']);
    expect(filterCases(cases, { caseId: 'a' }).map((c) => c.id)).toEqual(['a']);
  });
  it('rejects a bad regex, a missing topic and a duplicate id, naming the line', () => {
    expect(() => parseCases(line({ must: ['(unclosed'] }), 'set.jsonl')).toThrow(/set\.jsonl:1: bad regex/);
    expect(() => parseCases(line({ topic: undefined }))).toThrow(/topic/);
    expect(() => parseCases(`${line({})}\n${line({})}`)).toThrow(/:2: duplicate id a/);
  });
});

describe('resolveDates', () => {
  it('turns "today", "today-N" and "today+N" into ISO dates anywhere in the file', () => {
    const file = { profile: { race_date: 'today+35', name: 'today is fine' }, workouts: [{ date: 'today-2' }, { date: 'today' }] };
    expect(resolveDates(file, '2026-11-24')).toEqual({
      profile: { race_date: '2026-12-29', name: 'today is fine' },
      workouts: [{ date: '2026-11-22' }, { date: '2026-11-24' }],
    });
  });
});
