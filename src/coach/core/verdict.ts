import type { Form } from './understand.js';

/**
 * A yes/no question is answered yes or no first (pure). The engines decide what the member should
 * do (ease off, or go ahead as planned); this module turns that into the word the question needs:
 * "keep going?" with an ease-off decision is "No", "should I rest?" with the same decision is "Yes",
 * and "should I add a session?" is "No" whenever the plan already holds the right amount.
 */
export type Advice = 'ease' | 'as_planned';
/** What the member proposes: less than planned, the plan as it is, or more. */
export type Proposal = 'less' | 'as_planned' | 'more';

/** The member proposes to do less: rest, skip, deload, back off, taper. */
const LESS =
  /\b(rest|skip|deload|back off|ease off|take (a|the|today|tomorrow) (day |week )?off|day off|cut (back|down)|cut (?:my |the )?(?:training|volume|sessions?|load|mileage|week)|reduce|drop|stop|pull out|taper|go easy|easy (day|week|session|run)|sit (it|this) out|swap|something easier|(?:go |do |make it |keep it )?easier)\b/i;
/** The member proposes to do more than planned: add, extra, another, double up, make up for. */
const MORE =
  /\b(add|adding|another|extra|more (sessions?|training|volume|runs?|work)|double up|(?:do|doing|try|trying) a double|double (?:day|session)|two[- ]a[- ]day|on top of (?:the |my )?plan|make (it |that |them )?up|get ahead)\b/i;
/** The member proposes to carry on: go, keep going, push through, train as planned, "fine?". */
const AS_PLANNED =
  /\b(keep (going|training|it up|at it)|carry on|continue|go ahead|good to go|go for it|push (through|on)|train (as planned|anyway|through|today)|do (it|the|my|them|this)|still (train|do|run|race)|as planned|fine|ok|okay|alright|good idea)\b|^\s*(go|train)\b/i;

/** Skipping the lighter part of the plan is more training, not less ("can i skip the deload and keep building?", "skip my rest day"). */
const SKIPS_THE_EASY_PART =
  /\bkeep (building|pushing|going hard)\b|\bskip (?:the |my |this |next week'?s |that )?(?:deload|lighter week|easy week|recovery week|rest week|rest day)s?\b/i;

/** What a yes/no question proposes, when it proposes anything. */
export function proposal(question: string): Proposal | null {
  const ask = lastAsk(question);
  if (SKIPS_THE_EASY_PART.test(ask)) return 'more';
  if (LESS.test(ask)) return 'less';
  if (MORE.test(ask)) return 'more';
  if (AS_PLANNED.test(ask)) return 'as_planned';
  return null;
}

/** The sentence that asks: the last one with a question mark, else the last sentence. */
function lastAsk(question: string): string {
  const sentences = question
    .split(/(?<=[.?!])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const ask = [...sentences].reverse().find((s) => s.endsWith('?')) ?? sentences.at(-1) ?? question;
  // "so should i still do my long run?", "ok, can i…": a filler before the ask is not part of it.
  // "skierg technique question - is it all arms?", "quick one: can i…": a topic label before a dash or colon is not either.
  return ask
    .replace(/^\s*(?:(?:so|ok|okay|and|but|cool|also|well|alright|hmm|ah|oh|right)\b[\s,.!]*)+/i, '')
    .replace(/^[^?.!:]{1,60}?(?:\s[-–—]\s|:\s)(?=(?:is|are|can|could|should|do|does|will|would|am|must|may)\b)/i, '');
}

/** A question that wants a yes or a no: its form, a "…, right?" tail, or an ask that opens on what to do ("keep going?"). */
export function wantsYesNo(question: string, form: Form): boolean {
  const ask = lastAsk(question);
  // "keep cutting till race day or stop?" asks which, not whether: "Yes." answers neither ("…or not?" still asks whether).
  // "…or am i kidding myself?", "…or is that dumb?" restate the yes/no.
  if (
    /\w\s+or\s+(?!not\b|no\b|nah\b|what\b|something\b|anything\b|so\b|(am|is|are|was|would|will) (i|it|that|this|we|he|she)\b)\w/i.test(ask) &&
    !/\bgo or no[- ]?go\b/i.test(ask)
  )
    return false;
  return (
    form === 'yesno' ||
    /^\s*(is|are|can|could|should|do|does|will|would|am|must|may)\b/i.test(ask) ||
    /\b(right|ok|okay|fine|yeah|yes or no|good to go)\s*\?\s*$/i.test(ask) ||
    // "buying new shoes the week before the race, good idea?": a plan put up for a yes or a no.
    /(^|,)\s*(?:(?:is (?:it|that|this) )?(?:a )?(?:good|bad|smart|dumb|wise) idea|worth it)\s*\?\s*$/i.test(ask) ||
    // The ask itself, or its last clause ("feeling great, train as planned?"), opens on what to do.
    /(^|,)\s*(keep|go|train|add|push|continue|skip|rest|take|do|still)\b[^?,]*\?\s*$/i.test(ask) ||
    // …or a last clause that asks with a verb first ("im 52, is it too late to start?").
    /,\s*(is|are|can|could|should|do|does|will|would|am)\s+(it|i|that|this|there|we|my|he|she)\b[^?,]*\?\s*$/i.test(ask) ||
    // …with the question mark left out ("ive got covid, can i train").
    (!ask.includes('?') && /,\s*(can|could|should|may) (i|we)\b[^?,.]*$/i.test(ask)) ||
    /\bgo or no[- ]?go\b/i.test(question)
  );
}

/**
 * "skip or train?", "train or rest today?": a choice between doing less and the plan, answered with the side the engines
 * chose, in a word from a fixed set (so that a referral placed first keeps it as the first word, see `splitOpening`).
 */
const CHOICE_WORDS: [RegExp, string][] = [
  [/^(?:rest|take (?:a |the )?(?:rest )?day off|day off)\b/i, 'Rest.'],
  [/^skip\b/i, 'Skip it.'],
  [/^(?:swap|go easy|easy|something easier|easier)\b/i, 'Go easy.'],
  [/^(?:deload|back off|ease off|cut (?:back|down))\b/i, 'Back off.'],
  [/^(?:train|go|do (?:it|the session|my session)|run|push through|carry on|keep going|go ahead)\b/i, 'Train.'],
];
const CHOICES = CHOICE_WORDS.map(([, w]) => w);

function choiceOpening(question: string, advice: Advice): string | null {
  const m = /(?:^|[,.;:!]\s*|\b(?:should i|do i|shall i|can i)\s+)([a-z][a-z ]{1,30}?) or ([a-z][a-z ]{1,30}?)\s*\??\s*$/i.exec(lastAsk(question));
  if (!m) return null;
  const word = (side: string) => CHOICE_WORDS.find(([re]) => re.test(side.trim()))?.[1] ?? null;
  const sides = [m[1]!, m[2]!].map((side) => ({ side, word: word(side), less: LESS.test(side) }));
  if (sides.some((x) => !x.word) || sides[0]!.less === sides[1]!.less) return null;
  return sides.find((x) => x.less === (advice === 'ease'))!.word;
}

/** The opening word for a decided yes/no question ("No.", "Yes.", "No-go."), or null when it does not apply. */
export function verdictOpening(question: string, form: Form, advice: Advice): string | null {
  if (/\bgo or no[- ]?go\b/i.test(question)) return advice === 'ease' ? 'No-go.' : 'Go.';
  const choice = choiceOpening(question, advice);
  if (choice) return choice;
  if (!wantsYesNo(question, form)) return null;
  const p = proposal(question);
  if (!p) return null;
  // Easing off answers yes only to doing less; the plan as it is answers yes only to the plan as it is.
  return p === (advice === 'ease' ? 'less' : 'as_planned') ? 'Yes.' : 'No.';
}

/** An opening verdict at the start of a text: [1] the verdict, [2] the rest. */
export function splitOpening(text: string): [string, string] | null {
  const opening = ['No-go.', 'Go.', 'No.', 'Yes.', ...CHOICES].find((o) => text.startsWith(`${o} `));
  return opening ? [opening, text.slice(opening.length + 1)] : null;
}

/** What a yes/no asks: whether something is allowed, needed or advisable, or whether something is so. */
function askKind(text: string): 'allowed' | 'needed' | undefined {
  if (/\b(can|may) (i|we|you)\b|\b(am|are) (i|we) allowed\b|\bis (it|that|this) allowed\b|\ballowed\b/i.test(text)) return 'allowed';
  if (/\b(do|does) (i|we|you|one) (really )?need\b|\bnecessary\b|\b(must|have to|need to)\b/i.test(text)) return 'needed';
  return undefined;
}

/**
 * A section's "Yes."/"No." answers its own title's kind of question: "Do I need a heart rate monitor…?" says no to
 * needing one, not to "can i wear my garmin in the race?". True when the question and the title ask different kinds.
 */
export function asksOtherKind(question: string, title: string): boolean {
  const q = askKind(question);
  const t = askKind(title);
  return q !== undefined && t !== undefined && q !== t;
}
