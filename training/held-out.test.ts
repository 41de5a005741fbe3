import { describe, expect, it } from 'vitest';
import { heldOutFrom, heldOutMatch, loadHeldOut } from './held-out.js';
import { validateJsonl } from './validate.js';

const held = heldOutFrom([
  { id: 'gear-06', questions: ['can i take my shoes off for wall balls? heard people do that'] },
  { id: 'nut-02', questions: ['do i need gels during hyrox? i’ll be about 1h40'] },
  { id: 'mt-01', questions: ['how heavy is the sled for open women?', 'and for pro?'] },
  { id: 'calc-01', questions: ['my gym sled weighs 40 kg empty — how many kg of plates do i need to load for the open men sled push?'] },
]);

describe('held-out evaluation questions', () => {
  it('catches an evaluation question copied with a few words changed', () => {
    expect(heldOutMatch('can i take my shoes off for the wall balls? heard people do it now. would it help?', held)?.id).toBe('gear-06');
    expect(heldOutMatch('do i need gels during hyrox? expecting about 1h40. if so when do you even take them', held)?.id).toBe('nut-02');
  });
  it('catches a close paraphrase that shares no six-word run', () => {
    expect(heldOutMatch('gels during hyrox, do i need them? about 1h40 expected', held)?.id).toBe('nut-02');
  });
  it('catches the same situation retold with its figures', () => {
    expect(heldOutMatch("my gym's sled weighs about 40kg empty. how many plates do I put on to match the open men sled?", held)?.id).toBe('calc-01');
    expect(heldOutMatch('our sled weighs 25 kg, what plates for the open women sled pull?', held)).toBeUndefined();
  });
  it('lets a different question on the same topic through', () => {
    expect(heldOutMatch('which shoes grip best on turf for the sled push?', held)).toBeUndefined();
    expect(heldOutMatch('how many grams of carbohydrate per hour should I take in a 2 hour race?', held)).toBeUndefined();
  });
  it('rejects such an example in the validator, as rule eval_overlap', () => {
    const line = JSON.stringify({
      messages: [
        { role: 'system', content: 'x' },
        { role: 'user', content: 'can i take my shoes off for the wall balls? heard people do it now' },
        { role: 'assistant', content: 'No.' },
      ],
    });
    const { failures } = validateJsonl(line, [], { shape: false, heldOut: held });
    expect(failures.map((f) => f.rule)).toContain('eval_overlap');
    expect(validateJsonl(line, [], { shape: false }).failures.map((f) => f.rule)).not.toContain('eval_overlap');
  });
  it("reads the project's own evaluation set, history questions included", () => {
    const real = loadHeldOut(process.cwd());
    expect(real.questions.length).toBeGreaterThan(150);
    expect(heldOutFrom([]).questions).toEqual([]);
  });
});
