import { describe, expect, it } from 'vitest';
import { blankSnapshot } from '../../../tests/support/athlete-snapshot.js';
import { computeFigures, focusFigures } from '../core/figures.js';
import { planAnswer } from '../core/plan.js';
import { readQuestion } from '../core/understand.js';
import { promptFor } from './llm-writer.js';

const snapshot = blankSnapshot();

/** The system message the LLM gets for a question, with no passages. */
function system(question: string): string {
  const facts = readQuestion(question);
  const figures = computeFigures(facts, snapshot, question);
  const plan = planAnswer(question, facts, figures);
  return promptFor({ question, facts, plan, figures, snapshot, passages: [] }).messages.find((m) => m.role === 'system')!.content;
}

const block = (text: string, name: string) => new RegExp(`<${name}>\\n?([\\s\\S]*?)\\n?</${name}>`).exec(text)?.[1] ?? '';

const passage = (id: string, section: string) => ({ id, sourceDoc: 'x.md', section, content: `${section}: text.`, topicTags: [], score: 1 });

describe('promptFor', () => {
  it("numbers the prompt's own passages when they were chosen apart from the offline writer's", () => {
    const question = 'long run - how long should it be for hyrox?';
    const facts = readQuestion(question);
    const figures = computeFigures(facts, snapshot, question);
    const plan = planAnswer(question, facts, figures);
    const offline = [passage('w', 'Example week: about 8 hours')];
    const asked = [passage('l', 'How long should my long run be for Hyrox?')];
    const prompt = promptFor({ question, facts, plan, figures, snapshot, passages: offline, promptPassages: asked });
    expect(prompt.used.map((c) => c.id)).toEqual(['l']);
    expect(prompt.messages[0]!.content).toContain('[1] x.md › How long should my long run be for Hyrox?');
    expect(promptFor({ question, facts, plan, figures, snapshot, passages: offline }).used.map((c) => c.id)).toEqual(['w']);
  });
  it('gives the LLM what an engine rule computes with the computed figures, and plain arithmetic as arithmetic', () => {
    const deload = system('usual week is 300 min. if i deload, how many minutes?');
    expect(block(deload, 'figures')).toMatch(/from 300 min that is 150–180 min/);
    expect(block(deload, 'arithmetic')).toBe('');
    const split = system('i want to row the 1000m in 4:10 in the race, what 500m split do i hold?');
    expect(block(split, 'arithmetic')).toMatch(/2:05 per 500 m/);
    expect(block(split, 'figures')).not.toMatch(/per 500 m/);
  });
  it("reads the race model's sentences with the figures: the row's race split from a 2 km test, a finish from its parts", () => {
    const row = system('2k test was 9:10, how do i pace the 1000m row in the race?');
    expect(block(row, 'arithmetic')).toMatch(/2,000 m in 9:10 is 2:17\.5 per 500 m/);
    expect(block(row, 'figures')).toMatch(/For the race's 1,000 m, start at about your 2,000 m test split/);
    expect(block(row, 'arithmetic')).not.toMatch(/race's 1,000 m/);
    const finish = system('if all my runs are 5:30/km, stations take me 35 min total and roxzone about 7 min, whats my finish time?');
    expect(block(finish, 'figures')).toMatch(/1:26:00 finish/);
    expect(block(finish, 'arithmetic')).toBe('');
  });
  it("puts the prompt's own figures in the figures block when they were chosen apart from the offline writer's", () => {
    const question = 'my splits: wall balls took 9:40, everything else was close to target for 1:30. whats my weak spot ok so how do i train that?';
    const facts = readQuestion(question);
    const figures = computeFigures(facts, snapshot, question);
    const plan = planAnswer(question, facts, figures);
    const input = { question: 'ok so how do i train that?', facts, plan, figures, snapshot, passages: [] };
    const sys = (p: ReturnType<typeof promptFor>) => p.messages.find((m) => m.role === 'system')!.content;
    expect(block(sys(promptFor(input)), 'figures')).toMatch(/Wall Balls: 9:40 now/);
    expect(sys(promptFor({ ...input, promptFigures: focusFigures(figures, 'general') }))).not.toMatch(/<figures>|9:40 now/);
  });
  it('states a listed week of sessions as its session load, without bold marks', () => {
    const text = block(system('this week: 60 min strength rpe 7, 45 min easy run rpe 3, 50 min intervals rpe 8. what is my weekly load?'), 'figures');
    expect(text).toMatch(/so the week is 955 AU/);
    expect(text).not.toMatch(/\*\*/);
  });
});
