import { specificTerms } from './core/passages.js';
import { wordSet } from './core/word-set.js';

/** A title holding this many of the question's own words (body parts aside) is written for what it asks. */
const TITLED_WORDS = 2;

/**
 * Whether the answer's first section is titled for the question ("had my baby 8 weeks ago, when can i start running again?" →
 * "Returning to running and Hyrox training after birth: when can I start again?"): then it answers something specific, even
 * when no intent names what the question asks, and it stays under the referral.
 */
export function titledForTheAsk(question: string, cited: readonly { section: string }[]): boolean {
  const first = cited[0];
  if (!first) return false;
  const title = wordSet(first.section);
  return specificTerms(question).filter((w) => title.has(w)).length >= TITLED_WORDS;
}
