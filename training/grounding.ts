import { NUMBER_WORDS, WORD_NUMBERS } from '../src/domain/text.js';

/**
 * Invented data: athlete facts in an answer that nothing in the example gave. The prompt (system,
 * user turns, earlier answers) and the tool calls and results of the example are the evidence; a
 * division, a load in AU, an ACWR, a finish time or a count of logged sessions in the answer must
 * appear there.
 */

export interface AnyMsg {
  role: string;
  content?: string | null;
  tool_calls?: { function: { name: string; arguments: string } }[];
}

const DIVISIONS: [RegExp, string][] = [
  [/\bopen[ _-]?(men|man|male)('s)?\b|\bmen'?s open\b/i, 'open_men'],
  [/\bopen[ _-]?(women|woman|female)('s)?\b|\bwomen'?s open\b/i, 'open_women'],
  [/\bpro[ _-]?(men|man|male)('s)?\b|\bmen'?s pro\b/i, 'pro_men'],
  [/\bpro[ _-]?(women|woman|female)('s)?\b|\bwomen'?s pro\b/i, 'pro_women'],
];
const divisionsIn = (t: string) => new Set(DIVISIONS.filter(([re]) => re.test(t)).map(([, d]) => d));
const num = (s: string) => WORD_NUMBERS[s.toLowerCase()] ?? Number(s.replace(/,/g, ''));

/** Every number in the evidence, plus every duration it states (as seconds, both clock readings). */
function evidenceNumbers(text: string): { numbers: Set<number>; seconds: Set<number> } {
  const numbers = new Set<number>();
  const seconds = new Set<number>();
  for (const m of text.matchAll(/\d[\d,]*(\.\d+)?/g)) numbers.add(Number(m[0].replace(/,/g, '')));
  for (const m of text.matchAll(/\b(\d{1,2}):(\d{2})(?::(\d{2}))?\b/g)) {
    const [a, b, c] = [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
    if (c !== undefined) seconds.add(a * 3600 + b * 60 + c);
    else {
      seconds.add(a * 60 + b);
      seconds.add(a * 3600 + b * 60);
    }
  }
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s*(h|hours?|min|minutes?)\b/gi))
    seconds.add(Math.round(Number(m[1]) * (/^h/i.test(m[2]!) ? 3600 : 60)));
  for (const m of text.matchAll(/"\w*(?:Sec|Seconds)"\s*:\s*(\d+(?:\.\d+)?)/g)) seconds.add(Math.round(Number(m[1])));
  for (const n of numbers) seconds.add(n);
  return { numbers, seconds };
}

/** The problems in one answer given the evidence text before it. */
export function inventedIn(answer: string, evidence: string): string[] {
  const hits: string[] = [];
  const { numbers, seconds } = evidenceNumbers(evidence);
  for (const m of answer.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*AU\b/g))
    if (!numbers.has(num(m[1]!))) hits.push(`load ${m[0]} is not in the prompt or a tool result`);
  for (const m of answer.matchAll(
    /\b(?:ACWR|acute[: ]+chronic (?:workload )?ratio)\s*(?:\([^)]*\)\s*)?(?:is|was|of|at|=|:|sits at|came out at|reads|now)\s*(?:about |around |~)?(\d+(?:\.\d+)?)/gi,
  )) {
    if (!numbers.has(Number(m[1]))) hits.push(`ACWR ${m[1]} is not in the prompt or a tool result`);
  }
  const sessionRe =
    /\byou(?:'ve| have)?\s+(?:logged|done|did|completed|recorded)\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:sessions|workouts|times)\b|\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:sessions|workouts)\s+(?:logged|recorded|in your log)/gi;
  for (const m of answer.matchAll(sessionRe)) {
    const n = num((m[1] ?? m[2])!);
    if (!numbers.has(n) && !new RegExp(`\\b${NUMBER_WORDS[n - 1] ?? '\\0'}\\b`, 'i').test(evidence))
      hits.push(`session count "${m[0]}" is not in the prompt`);
  }
  for (const m of answer.matchAll(/\b([0-2]):([0-5]\d):([0-5]\d)\b/g)) {
    const sec = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
    if (!seconds.has(sec)) hits.push(`finish time ${m[0]} is not in the prompt or a tool result`);
  }
  const named = divisionsIn(answer);
  if (named.size === 1) {
    const [d] = [...named];
    if (!divisionsIn(evidence).has(d!) && !evidence.includes(d!)) hits.push(`division ${d} is named but the athlete never gave it`);
  }
  return hits;
}

/** Evidence for each assistant text turn: everything before it, tool-call arguments included. */
export function inventedData(messages: AnyMsg[]): string[] {
  const hits: string[] = [];
  let evidence = '';
  for (const m of messages) {
    if (m.role === 'assistant' && m.content && !m.tool_calls?.length) hits.push(...inventedIn(m.content, evidence));
    evidence += `\n${m.content ?? ''}`;
    for (const c of m.tool_calls ?? []) evidence += `\n${c.function.name} ${c.function.arguments}`;
  }
  return hits;
}
