import { foldText } from './normalise.js';

/**
 * Checks for text that must not be stored as knowledge or passed on to a member: instructions
 * aimed at a model (prompt injection) and doses far outside sports-science limits. Pure; used by
 * `npm run ingest`, by the reply screen and by the offline writer's evidence picker.
 */

const INSTRUCTION_WORDS: RegExp[] = [
  /\b(ignore|disregard|forget|override|bypass|skip)\b( \S+){0,4} (instructions?|prompts?|rules|guidelines|directions|guardrails|context|system message)\b/,
  /\byou are now (a|an|the|my|dan|free|unrestricted|unfiltered|jailbroken|allowed|able)\b|\byou are no longer (bound|coach|an?)\b/,
  /\bfrom now on\b( \S+){0,3} (you are|you will be|you must|answer|reply|respond|ignore|only)\b/,
  /\b(act|behave|respond|answer) as (if|a|an|the)\b( \S+){0,3} (ai|assistant|model|chatbot|bot|coach|doctor|dan)\b/,
  /\bpretend (to be|you are|that you)\b/,
  /\b(system|developer|hidden|secret) (prompt|message|instructions?)\b/,
  /\bnew (instructions?|rules|persona|role)\b/,
  /\b(reveal|print|show|repeat|output|leak|dump)\b( \S+){0,4} (prompt|instructions|rules|configuration)\b/,
  /\b(jailbreak|jailbroken|dan mode|do anything now|developer mode)\b/,
  // Imperative only ("…and tell every athlete"), not a description ("Coach K does not tell the athlete to…").
  /(^|\b(and|then|always|now|must|should|you|please) )(tell|instruct|advise|inform) (the |every |all )?(user|athlete|reader)s?\b/,
  /\b(the|this) (ai|model|assistant|bot|coach k|language model) (must|should|will) (now |always )?(say|tell|answer|recommend|respond|reply|ignore)\b/,
  /\bbegin (system|admin)\b|\badmin (mode|override)\b/,
];
/** Chat-template and role markers, checked on the raw text. */
const MARKERS =
  /<\|?\s*(im_start|im_end|system|assistant|endoftext)\s*\|?>|\[\/?INST\]|<<\/?SYS>>|<\s*\/?\s*(system|assistant|user|knowledge|athlete|figures)\s*>/i;

/** True when text reads as an instruction to a model rather than training knowledge. */
export function isInstructionLike(text: string): boolean {
  if (MARKERS.test(text.normalize('NFKC'))) return true;
  const folded = foldText(text);
  return INSTRUCTION_WORDS.some((re) => re.test(folded));
}

const PER_KG = String.raw`(?:of\s+[a-z-]+\s+)?(?:per|\/|a)\s*(?:kg|kilo(?:gram)?s?)(?:\s*(?:of\s+)?(?:body\s*(?:weight|mass)|bw))?`;
const MG_PER_KG = new RegExp(String.raw`(\d+(?:[.,]\d+)?)\s*(?:mg|milligrams?)\s*${PER_KG}`, 'gi');
const G_PER_KG = new RegExp(String.raw`(\d+(?:[.,]\d+)?)\s*(?:g|grams?)\s*${PER_KG}`, 'gi');
const STIMULANT = /\b(caffeine|coffee|pre-?workout|stimulants?|guarana|espresso|energy drinks?)\b/i;

/** Limits past which a per-kilogram dose is not advice but an error or a plant. */
export const DOSE_LIMITS = {
  /** Caffeine: 3–6 mg/kg works; about 9 mg/kg brings side effects and no extra benefit (ISSN 2021). */
  mgPerKg: 9,
  /** Carbohydrate tops out at 10–12 g/kg/day in endurance loading; nothing is dosed beyond that per kg. */
  gPerKg: 12,
} as const;

/** Each dose in the text above the limits, as a reason ("40 mg/kg of caffeine is above 9 mg/kg"). */
export function extremeDoses(text: string): string[] {
  const reasons: string[] = [];
  for (const m of text.matchAll(MG_PER_KG)) {
    const n = Number(m[1]!.replace(',', '.'));
    if (n > DOSE_LIMITS.mgPerKg) reasons.push(`${n} mg/kg${STIMULANT.test(text) ? ' of a stimulant' : ''} is above ${DOSE_LIMITS.mgPerKg} mg/kg`);
  }
  for (const m of text.matchAll(G_PER_KG)) {
    const n = Number(m[1]!.replace(',', '.'));
    if (n > DOSE_LIMITS.gPerKg) reasons.push(`${n} g/kg is above ${DOSE_LIMITS.gPerKg} g/kg`);
  }
  return reasons;
}
