import { COACH_K_SYSTEM_PROMPT } from '../src/coach/prompt.js';
import { DIVISION_LABELS, STATIONS, type Division } from '../src/domain/standards.js';
import type { ChatMessage } from '../src/domain/chat.js';
import { contentWords, countTokens as countTextTokens } from '../src/domain/text.js';
import { CATEGORIES, RAG_HEADER, type Category } from './example.js';

export const RULES = [
  'format', 'system_prompt', 'answer_length', 'quantified', 'rag_context_use',
  'duplicate', 'near_duplicate', 'standards', 'secrets', 'context_length',
] as const;
export type Rule = (typeof RULES)[number];
export interface Failure { line: number; rule: Rule; message: string }

export const LIMITS = { minWords: 150, maxWords: 500, maxTokens: 8192, minContextUse: 0.2, nearDuplicate: 0.85 } as const;

/** Categories whose answers must carry a quantified recommendation (sets, reps, rest, RPE, pace, time, load). */
const NEEDS_NUMBERS: ReadonlySet<Category> = new Set(['workout_programming', 'coaching_judgment', 'race_strategy', 'multi_turn', 'cross_topic', 'rag_augmented']);
const QUANTIFIED = /\b\d+\s*(×|x)\s*\d+|\bRPE\s*\d|\b\d+(\.\d+)?\s*(kg|km|m|min|minutes|s|sec|seconds|reps|sets|rounds|%|g\/kg|mg\/kg|AU|h|hours|weeks?)\b|\b\d{1,2}:\d{2}\b/i;

// The system prompt (and RAG blocks) repeat across a dataset's lines: encode each text once.
const tokenCache = new Map<string, number>();
function tokensOf(text: string): number {
  let n = tokenCache.get(text);
  if (n === undefined) {
    n = countTextTokens(text);
    if (tokenCache.size > 5000) tokenCache.clear();
    tokenCache.set(text, n);
  }
  return n;
}

export function countTokens(messages: { content: string }[]): number {
  // OpenAI's cookbook estimate: 3 per message + content, + 3 to prime the reply.
  return messages.reduce((n, m) => n + 3 + tokensOf(m.content), 3);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

const SECRET_PATTERNS: [string, RegExp][] = [
  ['an API key', /\b(sk|nb|rk|pk)-[A-Za-z0-9_-]{16,}/],
  ['a Discord bot token', /\b[MNO][A-Za-z\d_-]{23,25}\.[\w-]{6}\.[\w-]{27,38}\b/],
  ['a Discord mention', /<[@#][!&]?\d{15,20}>/],
  ['a Discord id', /\b\d{17,20}\b/],
  ['an email address', /\b[\w.+-]+@[\w-]+\.[\w.]{2,}\b/],
  ['a bearer token', /\bBearer\s+[A-Za-z0-9._-]{12,}/i],
];

/** Names of divisions as written in prose, mapped to our ids. */
const DIVISION_WORDS: [RegExp, Division][] = [
  [/\bopen (men|man|male)('s)?\b|\bmen'?s open\b/i, 'open_men'],
  [/\bopen (women|woman|female)('s)?\b|\bwomen'?s open\b/i, 'open_women'],
  [/\bpro (men|man|male)('s)?\b|\bmen'?s pro\b/i, 'pro_men'],
  [/\bpro (women|woman|female)('s)?\b|\bwomen'?s pro\b/i, 'pro_women'],
];

/**
 * How a sentence names each loaded station: "sled push", "farmer's carry", "wall ball", or for the
 * sleds the verb ("push the sled"). Compiled once; the validator runs them on every sentence.
 */
const STATION_PATTERNS = STATIONS.filter((s) => s.loadKg).map((station) => {
  const words = station.name.split(' ').map((w) => (w.endsWith('s') ? `${w.slice(0, -1)}(['’]?s)?` : w));
  const sled = /^Sled (Push|Pull)$/.exec(station.name)?.[1]?.toLowerCase();
  const patterns = [new RegExp(`\\b${words.join('\\s*')}`, 'i')];
  if (sled) patterns.push(new RegExp(`\\b${sled}(es|s|ed|ing)?\\s+(the|a|your|their|her|his)\\s+sled\\b`, 'i'));
  return { station, patterns };
});

/**
 * Figures that contradict the race standards: a load stated right next to a station and a
 * division ("sled push … 152 kg for Open Men") must be that station's load for that division;
 * women's wall balls are 100 since 2024/25 (75 only with an older season named).
 */
export function standardsProblems(text: string): string[] {
  const problems: string[] = [];
  for (const sentence of text.split(/(?<=[.!?\n])\s+/)) {
    const stations = STATION_PATTERNS.filter(({ patterns }) => patterns.some((re) => re.test(sentence))).map(({ station }) => station);
    if (stations.length === 1 && !/\b(older|before|previous|earlier|used to|was|were)\b/i.test(sentence)) {
      const station = stations[0]!;
      const standard = new Set(Object.values(station.loadKg!));
      // Within each clause, a standard load next to division names must be that division's load.
      for (const clause of sentence.split(/[,;:()]|\band\b|\bwhile\b|\bvs\.?|\bversus\b/i)) {
        const divisions = DIVISION_WORDS.filter(([re]) => re.test(clause)).map(([, d]) => d);
        if (divisions.length === 0) continue;
        for (const m of clause.matchAll(/(\d{1,3}(?:\.\d)?)\s?kg/gi)) {
          const kg = Number(m[1]);
          if (!standard.has(kg) || divisions.some((d) => station.loadKg![d] === kg)) continue;
          problems.push(`"${sentence.trim().slice(0, 120)}": ${station.name} for ${divisions.map((d) => `${DIVISION_LABELS[d]} is ${station.loadKg![d]} kg`).join(', ')}, not ${kg} kg`);
        }
      }
    }
    if (/\bwomen\b.{0,60}\b75 (wall ?balls|reps)\b|\b75 (wall ?balls|reps)\b.{0,60}\bwomen\b/i.test(sentence) && !/(2023|2022|before|older|previous|used to|until|up to)/i.test(sentence)) {
      problems.push(`"${sentence.trim().slice(0, 120)}": women's divisions do 100 wall balls since 2024/25`);
    }
    if (/\b(hyrox|the race)\b.{0,40}\b(?!8\b)(\d+) (stations|functional stations)\b/i.test(sentence)) {
      const n = /\b(\d+) (stations|functional stations)\b/i.exec(sentence);
      if (n && Number(n[1]) !== 8) problems.push(`"${sentence.trim().slice(0, 120)}": Hyrox has 8 stations`);
    }
  }
  return problems;
}

/** Share of the context's content words that the answers use (how much the RAG context is used). */
export function contextUse(context: string, answer: string): number {
  const ctx = new Set(contentWords(context).filter((w) => w.length >= 4 && !/^\d+$/.test(w)));
  if (ctx.size === 0) return 0;
  const ans = new Set(contentWords(answer));
  let shared = 0;
  for (const w of ctx) if (ans.has(w)) shared += 1;
  return shared / ctx.size;
}

function shingles(text: string, n = 5): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9:%.]+/g) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  // The intersection is at most the smaller set, so sizes alone bound the ratio from above.
  if (Math.min(a.size, b.size) / Math.max(a.size, b.size) < LIMITS.nearDuplicate) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter += 1;
  return inter / (a.size + b.size - inter);
}

interface Parsed { messages: { role: string; content: unknown }[]; category?: string }

function checkFormat(obj: unknown): string | undefined {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return 'the line is not a JSON object';
  const messages = (obj as Parsed).messages;
  if (!Array.isArray(messages) || messages.length === 0) return 'no "messages" list';
  for (const [i, m] of messages.entries()) {
    if (!m || typeof m !== 'object') return `message ${i + 1} is not an object`;
    const keys = Object.keys(m).filter((k) => !['role', 'content', 'name', 'weight'].includes(k));
    if (keys.length) return `message ${i + 1} has unknown keys ${keys.join(', ')}`;
    if (!['system', 'user', 'assistant'].includes(m.role)) return `message ${i + 1} has role "${String(m.role)}"`;
    if (typeof m.content !== 'string' || m.content.trim() === '') return `message ${i + 1} has empty content`;
  }
  const body = messages[0]!.role === 'system' ? messages.slice(1) : messages;
  if (body.length === 0) return 'no user/assistant turns';
  for (const [i, m] of body.entries()) {
    const want = i % 2 === 0 ? 'user' : 'assistant';
    if (m.role !== want) return `turn ${i + 1} is "${m.role}" where "${want}" was expected (user and assistant must alternate)`;
  }
  if (body.at(-1)!.role !== 'assistant') return 'the last turn is not an assistant answer';
  if (messages.filter((m) => m.role === 'system').length > 1) return 'more than one system message';
  return undefined;
}

/**
 * Validates JSONL text: every rule for every line. `categories` gives each line's category
 * (from the side file) when the lines themselves carry only `messages`.
 */
export function validateJsonl(text: string, categories: (Category | undefined)[] = []): { lines: number; failures: Failure[] } {
  const failures: Failure[] = [];
  const seenExact = new Map<string, number>();
  const seenShingles: { line: number; sh: Set<string> }[] = [];
  const lines = text.split('\n');
  let count = 0;
  lines.forEach((raw, idx) => {
    if (!raw.trim()) return;
    count += 1;
    const line = idx + 1;
    const fail = (rule: Rule, message: string) => failures.push({ line, rule, message });
    let obj: Parsed;
    try {
      obj = JSON.parse(raw) as Parsed;
    } catch {
      fail('format', 'not valid JSON');
      return;
    }
    const formatProblem = checkFormat(obj);
    if (formatProblem) { fail('format', formatProblem); return; }
    const messages = obj.messages as ChatMessage[];
    const category = (categories[idx] ?? (CATEGORIES as readonly string[]).find((c) => c === obj.category)) as Category | undefined;
    const system = messages[0]!.role === 'system' ? messages[0]!.content : '';
    if (!system.startsWith(COACH_K_SYSTEM_PROMPT)) fail('system_prompt', 'the system message does not start with the Coach K system prompt');
    const answers = messages.filter((m) => m.role === 'assistant').map((m) => m.content);
    for (const a of answers) {
      const w = wordCount(a);
      if (w < LIMITS.minWords || w > LIMITS.maxWords) fail('answer_length', `an assistant answer has ${w} words (allowed ${LIMITS.minWords}–${LIMITS.maxWords})`);
    }
    if (category && NEEDS_NUMBERS.has(category) && !answers.every((a) => QUANTIFIED.test(a))) {
      fail('quantified', `a ${category} answer has no quantified recommendation (sets, reps, rest, RPE, pace, time or load)`);
    }
    const ragAt = system.indexOf(RAG_HEADER);
    if (category === 'rag_augmented' && ragAt < 0) fail('rag_context_use', 'a rag_augmented example has no "Relevant knowledge:" block');
    if (ragAt >= 0) {
      const use = contextUse(system.slice(ragAt + RAG_HEADER.length), answers.join('\n'));
      if (use < LIMITS.minContextUse) fail('rag_context_use', `the answer uses ${(use * 100).toFixed(0)} % of the context's words (at least ${LIMITS.minContextUse * 100} % needed)`);
    }
    const all = messages.map((m) => m.content).join('\n');
    for (const [what, re] of SECRET_PATTERNS) if (re.test(all)) fail('secrets', `contains ${what}`);
    for (const p of standardsProblems(answers.join('\n'))) fail('standards', p);
    const tokens = countTokens(messages);
    if (tokens > LIMITS.maxTokens) fail('context_length', `${tokens} tokens (limit ${LIMITS.maxTokens})`);
    const key = messages.filter((m) => m.role !== 'system').map((m) => m.content.toLowerCase().replace(/\s+/g, ' ').trim()).join('\u0000');
    const first = seenExact.get(key);
    if (first !== undefined) { fail('duplicate', `same conversation as line ${first}`); return; }
    seenExact.set(key, line);
    const sh = shingles(answers.join(' '));
    const near = seenShingles.find((s) => jaccard(s.sh, sh) >= LIMITS.nearDuplicate);
    if (near) fail('near_duplicate', `answer overlaps ${(jaccard(near.sh, sh) * 100).toFixed(0)} % with line ${near.line}`);
    else seenShingles.push({ line, sh });
  });
  return { lines: count, failures };
}
