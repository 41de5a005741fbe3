import { extremeDoses, isInstructionLike } from './knowledge-hygiene.js';
import { foldText } from './normalise.js';
import { COACH_K_RULES, COACH_K_SYSTEM_PROMPT } from './prompt.js';
import type { Joint, TriageVerdict } from './triage.js';

/**
 * Screens a written answer (the LLM's, or the offline writer's) against the triage verdict:
 * drug doses, doses past sports-science limits and text written as instructions to a model are
 * never allowed; under a triage note, no dose at all, no loaded work through the painful area,
 * no hard session while over-reached. Pure; the pipeline decides what replaces it.
 */
export interface ScreenResult {
  ok: boolean;
  problems: string[];
}

/** Thrown inside the pipeline when a model reply fails the screen: the offline writer answers instead. */
export class UnsafeReply extends Error {
  constructor(readonly problems: string[]) {
    super(`reply withheld by the safety screen: ${problems.join('; ')}`);
  }
}

const DRUGS =
  /\b(ibuprofen|advil|nurofen|motrin|paracetamol|acetaminophen|tylenol|naproxen|aleve|aspirin|diclofenac|codeine|tramadol|nsaids?|painkillers?|pain killers?|prednisone|cortisone|testosterone|test (e|c|cyp|enanthate|prop)|trenbolone|tren|nandrolone|deca|anavar|oxandrolone|winstrol|dianabol|sarms?|ostarine|ligandrol|lgd|rad ?140|mk ?677|cardarine|clenbuterol|clen|epo|hgh|growth hormone|ephedrine|dmaa|steroids?)\b/;
const DOSE =
  /\b\d+(?:[.,]\d+)?\s*(?:-|–|to)?\s*(?:\d+(?:[.,]\d+)?\s*)?(mg|mcg|µg|μg|micrograms?|milligrams?|ml|millilit(?:re|er)s?|cc|iu|i\.u\.|units?|tablets?|pills?|capsules?|caps|tabs?|doses?)\b/;
/** Whole phrases that give any dose, even without a number ("double the dose", "one pill"). */
const DOSE_WORDS = /\b(one|two|three|a couple of) (tablets?|pills?|capsules?|injections?)\b|\b(every|each) \d+ (hours?|hrs?) (with|after) food\b/;

/** Exercises that load each area: none may be prescribed while it is painful. */
const LOADS: Record<Joint | 'affected area', RegExp> = {
  knee: /\b(lunges?|squats?|wall ?balls?|sled (push|pull)|push(ing)? the sled|burpee broad jumps?|broad jumps?|box jumps?|jumps?|step ?ups?|running|runs?|sprints?|intervals at|row(ing|er)?|leg press|leg extensions?|pistols?|thrusters?)\b/,
  back: /\b(deadlifts?|rdls?|good mornings?|sled (push|pull)|farmers?'?s? carr(y|ies)|sandbag|lunges?|row(ing|er)?|ski ?erg|wall ?balls?|burpees?|kettlebell swings?|swings|squats?|cleans?|thrusters?)\b/,
  hip: /\b(lunges?|squats?|sled (push|pull)|running|runs?|sprints?|burpee broad jumps?|deadlifts?|row(ing|er)?|wall ?balls?|step ?ups?)\b/,
  ankle: /\b(running|runs?|sprints?|jumps?|burpee broad jumps?|lunges?|sled push|wall ?balls?|skipping|box jumps?|calf raises?|step ?ups?)\b/,
  foot: /\b(running|runs?|sprints?|jumps?|burpee broad jumps?|lunges?|sled push|wall ?balls?|skipping|box jumps?|calf raises?)\b/,
  shin: /\b(running|runs?|sprints?|jumps?|burpee broad jumps?|lunges?|sled push|skipping|box jumps?)\b/,
  calf: /\b(running|runs?|sprints?|jumps?|burpee broad jumps?|lunges?|sled push|skipping|box jumps?|calf raises?)\b/,
  hamstring: /\b(deadlifts?|rdls?|sprints?|intervals at|sled (push|pull)|lunges?|kettlebell swings?|good mornings?|nordics?)\b/,
  shoulder:
    /\b(wall ?balls?|ski ?erg|sled pull|burpees?|push ?ups?|presses|press|pull ?ups?|farmers?'?s? carr(y|ies)|row(ing|er)?|bench|thrusters?|snatch(es)?)\b/,
  elbow: /\b(wall ?balls?|ski ?erg|sled pull|burpees?|push ?ups?|press|pull ?ups?|farmers?'?s? carr(y|ies)|row(ing|er)?|bench|curls?)\b/,
  wrist: /\b(wall ?balls?|burpees?|push ?ups?|press|farmers?'?s? carr(y|ies)|sled pull|front squats?|cleans?)\b/,
  neck: /\b(wall ?balls?|sled pull|farmers?'?s? carr(y|ies)|deadlifts?|overhead|shrugs?)\b/,
  'affected area': /$^/,
};
const HARD = /\b(rpe ?(8|9|10)|max(imal)? effort|all[- ]out|race[- ]pace intervals|time trial|pb attempt|pr attempt|hard intervals)\b/;
/** A sentence that forbids or postpones the exercise it names is advice, not a prescription. */
const NEGATION = /\b(no|not|avoid|skip|stop|don'?t|do not|never|instead of|until|without|swap|replace|hold off|pause|leave out|drop)\b/;

/** A sentence that reports what was done ("all 4 sessions were RPE 8 or harder") describes the logs; it prescribes nothing. */
const DESCRIBES_PAST = /\b(were|was|has been|have been|felt|logged)\b/;

function sentences(text: string): string[] {
  return foldSentences(text)
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
const foldSentences = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[’]/g, "'").replace(/\*\*/g, '');

/** Pieces of our own instructions: a reply that quotes one is leaking the prompt. */
const PROMPT_PIECES = [COACH_K_SYSTEM_PROMPT, ...COACH_K_RULES.split('\n').slice(1)]
  .flatMap((p) => p.match(/[^.]{40,}\./g) ?? [])
  .map((p) => foldText(p).slice(0, 40));

export function screenReply(text: string, verdict: Pick<TriageVerdict, 'constraints'>): ScreenResult {
  const problems: string[] = [];
  const whole = foldText(text);
  if (PROMPT_PIECES.some((p) => whole.includes(p))) problems.push("quotes Coach K's own instructions");
  const noDose = verdict.constraints.some((c) => c.kind === 'no_dose' || c.kind === 'no_training');
  for (const s of sentences(text)) {
    const plain = foldText(s);
    if ((DOSE.test(s) || DOSE_WORDS.test(plain)) && (noDose || DRUGS.test(plain))) problems.push(`gives a dose: "${s.slice(0, 80)}"`);
    if (isInstructionLike(s)) problems.push(`reads as an instruction to a model: "${s.slice(0, 80)}"`);
    for (const reason of extremeDoses(s)) problems.push(`extreme dose: ${reason}`);
    if (NEGATION.test(s)) continue;
    for (const c of verdict.constraints) {
      if (c.kind === 'no_load' && LOADS[c.joint].test(s)) problems.push(`loads the ${c.joint}: "${s.slice(0, 80)}"`);
      if (c.kind === 'deload' && HARD.test(s) && !DESCRIBES_PAST.test(s))
        problems.push(`prescribes hard work while over-reached: "${s.slice(0, 80)}"`);
      if (c.kind === 'no_weight_targets' && /\b(\d+\s*(kcal|calories)|calorie deficit|lose \d+\s*kg|body ?fat (target|of \d+))\b/.test(s))
        problems.push(`gives a weight target: "${s.slice(0, 80)}"`);
    }
  }
  return { ok: problems.length === 0, problems: [...new Set(problems)] };
}

/** The reply without the lines that fail the screen (for an answer that is otherwise fine). */
export function withoutUnsafeLines(text: string, verdict: Pick<TriageVerdict, 'constraints'>): string {
  return text
    .split('\n')
    .filter((line) => screenReply(line, verdict).ok)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
