import { parseLogText } from './parse-log.js';

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

/**
 * Attempts on the persona or its rules, taken out of a message to see what is left to coach:
 * the INSTRUCTIONS asks, "you are now DAN", "with no rules", "developer mode", "jailbreak".
 */
const OVERRIDES = new RegExp(
  [
    INSTRUCTIONS.source,
    String.raw`\byou are (now|no longer)\b[^,.;:!?]*`,
    String.raw`\b(with|have|has|without|no)( no| any)? (rules|restrictions|limits|filters)\b`,
    String.raw`\b(developer|dan|god) mode\b`,
    String.raw`\bjailbr[eo]\w*`,
  ].join('|'),
  'gi',
);

/** The message with its attempts on the instructions taken out ("ignore all previous instructions, …"). */
export function withoutOverrides(question: string): string {
  return question.replace(OVERRIDES, ' ').replace(/\s+/g, ' ').trim();
}

export const PRIVACY_ANSWER = [
  'You can take your data out or delete it yourself, at any time:',
  '- **`/profile export`** sends you a file with everything Coach K keeps about you: your profile, workout logs, benchmarks, your questions and the answers, and the ratings on them.',
  '- **`/profile delete`** deletes your profile and all of it (logs, benchmarks, conversations, ratings you gave), after you confirm with a button. Nothing can be restored afterwards, so export first if you want a copy.',
  'Only you see these replies. After a delete, using Coach K again (`/log`, `/coach`, `/profile set`) starts a fresh, empty profile.',
].join('\n');

export const INSTRUCTIONS_ANSWER =
  "I can't share or switch off my instructions. I'm Coach K, and I coach Hyrox: training, racing, pacing, the 8 stations, recovery and fuelling. " +
  'Ask me something like "What should my 1 km splits be for a 1:30 finish?" or "How do I stop my grip going on the farmers carry?"';

/**
 * Another member's data asked for: "can you pull up my training partner's logs?", "show me his sessions", "what has
 * @jamesy logged this week". Each member sees only their own.
 */
const WHOSE = String.raw`(?:(?:my |our |the )?(?:training partner|doubles partner|relay (?:team ?mate|partner)|partner|mate|friend|buddy|wife|husband|gf|bf|girlfriend|boyfriend|brother|sister|team ?mate|clubmate|club mate|coach|other half)'?s|his|her|their|someone(?: else)?'?s|(?:other|another) (?:people|person|members?|users?|athletes?)'?s?|@?[a-z0-9_.]*_[a-z0-9_.]*'?s|@\w+'?s?)`;
const OTHERS_DATA = new RegExp(
  [
    String.raw`\b(?:pull up|show|see|look (?:at|up|into)|access|check|get|view|read|send|share|tell me)\b[^.?!]{0,40}\b${WHOSE}\s+(?:\w+\s+)?(?:logs?|logged|data|profile|sessions|workouts|training (?:logs?|history|data|load)|benchmarks?|history|stats|readiness|conversations?|messages)\b`,
    String.raw`\bwhat (?:has|did|have)\b[^.?!]{0,30}\b(?:log|logged|been logging)\b`,
  ].join('|'),
  'i',
);

export const OTHERS_DATA_ANSWER = [
  "I can't show another member's logs, profile or benchmarks: each member's data is private to them, and I only see what you log yourself.",
  'If your training partner wants to compare, they can share it with you directly (`/profile export` gives them a file of their own data), and you can both bring your numbers here.',
  'For racing together, ask me how to split the stations, when to swap and what pace to run as a pair.',
].join('\n');

/** The exact answer to a question about the member's data (or another member's), or null. */
export function privacyAnswer(question: string): string | null {
  if (OTHERS_DATA.test(question)) return OTHERS_DATA_ANSWER;
  return PRIVACY.test(question) ? PRIVACY_ANSWER : null;
}

/** True when the message asks to see or override Coach K's instructions. */
export function asksForInstructions(question: string): boolean {
  return INSTRUCTIONS.test(question);
}

/** "can you log a workout for me? did 45 min easy run rpe 4 today": a log sent as a question. */
const LOG_REQUEST =
  /\b(can|could|would|will) you (please )?(log|record|save|add)\b|\b(please|pls|plz) (log|record|save)\b|\b(log|record|save) (this|that|it|my (workout|session|run))( for me)?\b[^?]*$/i;

/**
 * The answer to a session sent as a question: `/coach` does not store sessions, so it gives the
 * `/log` command filled in with what the message says (type, minutes, RPE), or the DM form. Null
 * when the message does not ask for a log.
 */
export function logRequestAnswer(question: string): string | null {
  if (!LOG_REQUEST.test(question)) return null;
  const p = parseLogText(question);
  if (p.durationMin === undefined && p.rpe === undefined && !/\b(workouts?|sessions?|runs?|training)\b/i.test(question)) return null;
  const filled = [p.sessionType && `type:${p.sessionType}`, p.durationMin && `duration:${p.durationMin}`, p.rpe && `rpe:${p.rpe}`]
    .filter(Boolean)
    .join(' ');
  const missing = [!p.sessionType && 'type', !p.durationMin && 'duration (minutes)', !p.rpe && 'rpe (1–10)'].filter(Boolean);
  return [
    `I don't store sessions from a \`/coach\` question, so nothing was logged yet. Log it with **\`/log${filled ? ` ${filled}` : ''}\`**${missing.length ? ` and add ${missing.join(', ')}` : ''}${p.when === 'yesterday' ? ' and `date:yesterday`' : ''}, or send it to me in a DM as one line, for example \`45 min easy run rpe 4\`.`,
    'Each session is stored once, and its minutes × RPE feed your training load, readiness and plan.',
  ].join('\n\n');
}
