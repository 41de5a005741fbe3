import { computeFigures } from '../../src/coach/core/figures.js';
import { planAnswer, type AnswerPlan } from '../../src/coach/core/plan.js';
import { readQuestion } from '../../src/coach/core/understand.js';
import { blankSnapshot } from './athlete-snapshot.js';

/** The plan the pure core makes for a question from a member who has filled in and logged nothing. */
export function planForNewMember(question: string): AnswerPlan {
  const facts = readQuestion(question);
  return planAnswer(question, facts, computeFigures(facts, blankSnapshot(), question));
}
