/**
 * Questions about Coach K itself that the rules answer exactly, without retrieval or a writer:
 * what it keeps about a member and how to export or delete it (the commands of docs/privacy.md),
 * and requests to see its instructions (refused, then back to coaching). Pure.
 */

const DATA_WORDS = String.raw`(data|profile|account|history|logs?|info(rmation)?|everything|conversations?|messages|stuff)`;
const PRIVACY = new RegExp(
  [
    String.raw`\b(delete|remove|erase|wipe|forget|clear)\b[^.?!]{0,40}\b(my|all|me)\b[^.?!]{0,20}\b${DATA_WORDS}\b`,
    String.raw`\b(export|download|copy of|get)\b[^.?!]{0,30}\b(my|all)\b[^.?!]{0,20}\bdata\b`,
    String.raw`\bwhat (data|info(rmation)?)\b[^.?!]{0,40}\b(keep|store|save|have|collect|know)\b`,
    String.raw`\b(keep|store|save|collect|know|delete|remove|erase|forget)\b[^.?!]{0,30}\babout me\b`,
    String.raw`\b(privacy|gdpr)\b`,
  ].join('|'),
  'i',
);

/** Asking to see or switch off the instructions (the injection suite's classics, in plain words). */
const INSTRUCTIONS =
  /\b(system ?prompt|hidden prompt|your (instructions|prompt|rules|configuration|config|settings)|(ignore|forget|disregard)\b[^.?!]{0,20}\b(instructions|prompts?|rules))\b/i;

export const PRIVACY_ANSWER = [
  'You can take your data out or delete it yourself, at any time:',
  '- **`/profile export`** sends you a file with everything Coach K keeps about you: your profile, workout logs, benchmarks, your questions and the answers, and the ratings on them.',
  '- **`/profile delete`** deletes your profile and all of it (logs, benchmarks, conversations, ratings you gave), after you confirm with a button. Nothing can be restored afterwards, so export first if you want a copy.',
  'Only you see these replies. After a delete, using Coach K again (`/log`, `/coach`, `/profile set`) starts a fresh, empty profile.',
].join('\n');

export const INSTRUCTIONS_ANSWER =
  "I don't share or switch off my instructions. I'm Coach K, and I coach Hyrox: training, racing, pacing, the 8 stations, recovery and fuelling. " +
  'Ask me something like "What should my 1 km splits be for a 1:30 finish?" or "How do I stop my grip going on the farmers carry?"';

/** The exact answer to a question about the member's data, or null. */
export function privacyAnswer(question: string): string | null {
  return PRIVACY.test(question) ? PRIVACY_ANSWER : null;
}

/** True when the message asks to see or override Coach K's instructions. */
export function asksForInstructions(question: string): boolean {
  return INSTRUCTIONS.test(question);
}
