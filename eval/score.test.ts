import { describe, expect, it } from 'vitest';
import { EvalCase } from './cases.js';
import { answerBody, extractNumbers, firstParagraph, scoreCase } from './score.js';
import { jsonReport, summarize } from './summary.js';

const FOOTER = '\n\n---\n-# Sources: [1] team1a_event_format › Weights and targets per division\n-# Offline answer (no language model)';
const kase = (over: Partial<EvalCase>): EvalCase => EvalCase.parse({ id: 'x', category: 'cat', question: 'what weight?', topic: '.', ...over });

describe('answerBody and firstParagraph', () => {
  it('drops the provenance footer and a leading degraded line, keeping a --- rule inside the body', () => {
    const text = `⚠️ Offline answer: the model did not respond.\n\nFirst.\n\n---\n\nStill body.${FOOTER}`;
    expect(answerBody(text)).toBe('First.\n\n---\n\nStill body.');
  });
  it('takes the first paragraph, skipping a markdown heading', () => {
    expect(firstParagraph('## Wall balls\n\nOpen Women throw 4 kg.\n\nWhy: ...')).toBe('Open Women throw 4 kg.');
  });
  it('keeps a list with the sentence that introduces it', () => {
    expect(firstParagraph('The order:\n\n1. SkiErg\n2. Sled Push\n\nWhy: ...')).toBe('The order:\n\n1. SkiErg\n2. Sled Push');
  });
});

describe('extractNumbers', () => {
  it('reads values and ranges before a unit, not rates like g/kg', () => {
    expect(extractNumbers('Eat 1.6 g/kg, about 115 g a day (101–144 g).', 'g')).toEqual([115, 101, 144]);
    expect(extractNumbers('Load 112 kg of plates; 2 × 24 kg bells.', 'kg')).toEqual([112, 24]);
  });
  it('reads thousands separators and decimal commas', () => {
    expect(extractNumbers('595–1,020 g', 'g')).toEqual([595, 1020]);
    expect(extractNumbers('1,7 L per hour', 'L')).toEqual([1.7]);
  });
  it('reads clock times and minutes as seconds for time', () => {
    expect(extractNumbers('Run 1 at 4:46, finish 1:24:35, runs 42 minutes.', 'time')).toEqual([286, 5075, 2520]);
  });
  it('keeps minutes, hours and seconds apart', () => {
    expect(extractNumbers('about 265 min (4.4 h), 5 sets', 'min')).toEqual([265, 264]);
    expect(extractNumbers('55 s per transition, 8 stations', 's')).toEqual([55]);
  });
});

describe('scoreCase', () => {
  const c = kase({
    must: ['4 ?kg', '2\\.70? ?m|9 ?ft'],
    numbers: [{ value: 4, tolerance: 0, unit: 'kg' }],
    must_not: ['open women[^.\\n;,|()]{0,14}\\b(6|9) ?kg'],
    topic: '4 ?kg',
  });
  it('passes a right answer on every check: must, number, must_not, topic', () => {
    const s = scoreCase(c, `Open Women throw a 4 kg ball to a 2.70 m target.\n\nWhy: ...${FOOTER}`);
    expect(s.checks.map((k) => [k.kind, k.pass])).toEqual([
      ['must', true],
      ['must', true],
      ['number', true],
      ['must_not', true],
      ['topic', true],
    ]);
    expect(s.passed).toBe(true);
  });
  it('fails a wrong standard and counts the must_not violation', () => {
    const s = scoreCase(c, 'Open Women throw a 6 kg ball to 3.00 m.');
    expect(s.passed).toBe(false);
    expect(s.mustNotViolations).toBe(1);
    expect(s.checks.filter((k) => !k.pass).map((k) => k.kind)).toEqual(['must', 'must', 'number', 'must_not', 'topic']);
  });
  it('fails the topic when the fact comes only after an unrelated first paragraph', () => {
    const s = scoreCase(c, 'Sled pushes build leg drive.\n\nOpen Women throw a 4 kg ball to 2.70 m.');
    expect(s.checks.find((k) => k.kind === 'topic')!.pass).toBe(false);
    expect(s.checks.filter((k) => k.kind !== 'topic').every((k) => k.pass)).toBe(true);
  });
  it('never reads the footer: a source title there cannot satisfy a check', () => {
    const s = scoreCase(kase({ must: ['weights and targets'], topic: 'x' }), `Nothing here.${FOOTER}`);
    expect(s.checks[0]!.pass).toBe(false);
  });
});

describe('summarize and the --json shape', () => {
  it('reports per category the share of checks, overall over all checks, and must_not violations', () => {
    const a = scoreCase(kase({ id: 'a', category: 'weights', must: ['4 ?kg'], topic: '4' }), 'It is 4 kg.');
    const b = scoreCase(kase({ id: 'b', category: 'weights', must: ['9 ?kg'], must_not: ['6 ?kg'], topic: '9' }), 'It is 6 kg.');
    const c = scoreCase(kase({ id: 'c', category: 'running', must: ['km'], topic: 'km' }), '30 km a week.');
    const s = summarize([a, b, c]);
    expect(s.categories.weights).toEqual({ checks: 5, checksPassed: 2, cases: 2, casesPassed: 1 });
    expect(jsonReport(s)).toEqual({ overall: 0.571, categories: { weights: 0.4, running: 1 }, must_not: 1, cases: 3 });
  });
});
