import { COACH_K_SYSTEM_PROMPT } from '../src/coach/prompt.js';
import { DIVISION_LABELS, STATIONS, type Division } from '../src/domain/standards.js';
import { contentWords, countTokens as countTextTokens } from '../src/domain/text.js';
import { passagesIn } from './cite.js';
import { jaccard, NEAR_DUPLICATE, opening, sentences, ShingleIndex, shingles } from './diversity.js';
import { CATEGORIES, RAG_HEADER, type Category } from './example.js';
import { heldOutMatch, type HeldOut } from './held-out.js';
import { citationProblems, implausibleProblems, inventedProblems, rpeProblems, shapeProblems, thirdPersonProblems } from './rules.js';

export const RULES = [
  'format',
  'system_prompt',
  'inference_shape',
  'answer_length',
  'quantified',
  'rag_context_use',
  'duplicate',
  'near_duplicate',
  'standards',
  'secrets',
  'context_length',
  'invented_data',
  'rpe_fit',
  'implausible_input',
  'citation',
  'repeated_sentence',
  'family_cap',
  'third_person',
  'eval_overlap',
] as const;
export type Rule = (typeof RULES)[number];
export interface Failure {
  line: number;
  rule: Rule;
  message: string;
}

export const LIMITS = {
  minWords: 150,
  maxWords: 500,
  maxTokens: 8192,
  minContextUse: 0.2,
  nearDuplicate: NEAR_DUPLICATE,
  sentenceAnswers: 5,
  familyCap: 8,
} as const;

/** Categories whose answers must carry a quantified recommendation (sets, reps, rest, RPE, pace, time, load). */
const NEEDS_NUMBERS: ReadonlySet<Category> = new Set([
  'workout_programming',
  'coaching_judgment',
  'race_strategy',
  'multi_turn',
  'cross_topic',
  'rag_augmented',
]);
const QUANTIFIED =
  /\b\d+\s*(×|x)\s*\d+|\bRPE\s*\d|\b\d+(\.\d+)?\s*(kg|km|m|min|minutes|s|sec|seconds|reps|sets|rounds|%|g\/kg|mg\/kg|AU|h|hours|weeks?)\b|\b\d{1,2}:\d{2}\b/i;

const REFERRAL = /\b(see a doctor|go to A&E|call an ambulance|emergency care)\b/i;

/** Token counts of texts already seen (the same tool list and prompts come back for every example and every pass). */
const seen = new Map<string, number>();
function tokenCount(text: string): number {
  let n = seen.get(text);
  if (n === undefined) {
    n = countTextTokens(text);
    if (seen.size > 50_000) seen.clear();
    seen.set(text, n);
  }
  return n;
}

export function countTokens(
  messages: { content?: string | null; tool_calls?: { function: { name: string; arguments: string } }[] }[],
  tools?: unknown[],
): number {
  // OpenAI's cookbook estimate: 3 per message + content (and tool calls), + 3 to prime the reply; the tool list as JSON.
  const calls = (m: { tool_calls?: { function: { name: string; arguments: string } }[] }) =>
    (m.tool_calls ?? []).reduce((n, c) => n + tokenCount(`${c.function.name}${c.function.arguments}`), 0);
  return messages.reduce((n, m) => n + 3 + tokenCount(m.content ?? '') + calls(m), 3) + (tools?.length ? tokenCount(JSON.stringify(tools)) : 0);
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
          problems.push(
            `"${sentence.trim().slice(0, 120)}": ${station.name} for ${divisions.map((d) => `${DIVISION_LABELS[d]} is ${station.loadKg![d]} kg`).join(', ')}, not ${kg} kg`,
          );
        }
      }
    }
    if (
      /\bwomen\b.{0,60}\b75 (wall ?balls|reps)\b|\b75 (wall ?balls|reps)\b.{0,60}\bwomen\b/i.test(sentence) &&
      !/(2023|2022|before|older|previous|used to|until|up to)/i.test(sentence)
    ) {
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

interface Parsed {
  messages: { role: string; content: unknown; tool_calls?: unknown; tool_call_id?: unknown }[];
  tools?: unknown;
  category?: string;
}

function checkFormat(obj: unknown): string | undefined {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return 'the line is not a JSON object';
  const messages = (obj as Parsed).messages;
  if (!Array.isArray(messages) || messages.length === 0) return 'no "messages" list';
  const pending = new Set<string>();
  for (const [i, m] of messages.entries()) {
    if (!m || typeof m !== 'object') return `message ${i + 1} is not an object`;
    const keys = Object.keys(m).filter((k) => !['role', 'content', 'name', 'weight', 'tool_calls', 'tool_call_id'].includes(k));
    if (keys.length) return `message ${i + 1} has unknown keys ${keys.join(', ')}`;
    if (!['system', 'user', 'assistant', 'tool'].includes(m.role)) return `message ${i + 1} has role "${String(m.role)}"`;
    if (m.role === 'assistant' && Array.isArray(m.tool_calls) && m.tool_calls.length > 0) {
      for (const c of m.tool_calls as { id?: unknown; type?: unknown; function?: { name?: unknown; arguments?: unknown } }[]) {
        if (typeof c?.id !== 'string' || c.type !== 'function' || typeof c.function?.name !== 'string' || typeof c.function.arguments !== 'string')
          return `message ${i + 1} has a malformed tool call`;
        try {
          JSON.parse(c.function.arguments);
        } catch {
          return `message ${i + 1} has tool-call arguments that are not JSON`;
        }
        pending.add(c.id);
      }
      continue;
    }
    if (m.role === 'tool') {
      if (typeof m.tool_call_id !== 'string' || !pending.delete(m.tool_call_id)) return `message ${i + 1} answers no pending tool call`;
    }
    if (typeof m.content !== 'string' || m.content.trim() === '') return `message ${i + 1} has empty content`;
  }
  if (pending.size) return `tool calls without a result: ${[...pending].join(', ')}`;
  // Tool calls and their results sit inside an assistant turn: alternate user/assistant over the rest.
  const textual = messages.filter((m) => m.role !== 'tool' && !(m.role === 'assistant' && Array.isArray(m.tool_calls) && m.tool_calls.length > 0));
  const body = textual[0]!.role === 'system' ? textual.slice(1) : textual;
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
export function validateJsonl(
  text: string,
  categories: (Category | undefined)[] = [],
  opts: { shape?: boolean; heldOut?: HeldOut } = {},
): { lines: number; failures: Failure[] } {
  const shape = opts.shape ?? true;
  const failures: Failure[] = [];
  const sentenceSeen = new Map<string, number>();
  const families = new Map<string, number>();
  const seenExact = new Map<string, number>();
  const seenShingles = new ShingleIndex<number>();
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
    if (formatProblem) {
      fail('format', formatProblem);
      return;
    }
    const messages = obj.messages as {
      role: 'system' | 'user' | 'assistant' | 'tool';
      content: string;
      tool_calls?: { function: { name: string; arguments: string } }[];
    }[];
    const category = (categories[idx] ?? (CATEGORIES as readonly string[]).find((c) => c === obj.category)) as Category | undefined;
    const system = messages[0]!.role === 'system' ? messages[0]!.content : '';
    if (!system.startsWith(COACH_K_SYSTEM_PROMPT)) fail('system_prompt', 'the system message does not start with the Coach K system prompt');
    if (shape) for (const p of shapeProblems(messages, obj.tools)) fail('inference_shape', p);
    const answers = messages.filter((m) => m.role === 'assistant' && !m.tool_calls?.length).map((m) => m.content);
    for (const a of answers) {
      const w = wordCount(a);
      if (w < LIMITS.minWords || w > LIMITS.maxWords)
        fail('answer_length', `an assistant answer has ${w} words (allowed ${LIMITS.minWords}–${LIMITS.maxWords})`);
    }
    // A medical referral ("see a doctor", "go to A&E") is a complete answer without a prescription.
    if (category && NEEDS_NUMBERS.has(category) && !answers.every((a) => QUANTIFIED.test(a) || REFERRAL.test(a))) {
      fail('quantified', `a ${category} answer has no quantified recommendation (sets, reps, rest, RPE, pace, time or load)`);
    }
    const ragAt = system.indexOf(RAG_HEADER);
    const passages = passagesIn(system);
    if (category === 'rag_augmented' && ragAt < 0) fail('rag_context_use', 'a rag_augmented example has no "Relevant knowledge:" block');
    if (passages.size > 0) {
      // Production prompts carry distractors too: the best-used passage counts.
      const use = Math.max(...[...passages.values()].map((p) => contextUse(p, answers.join('\n'))));
      if (category === 'rag_augmented' && use < LIMITS.minContextUse)
        fail(
          'rag_context_use',
          `the answer uses ${(use * 100).toFixed(0)} % of its best passage's words (at least ${LIMITS.minContextUse * 100} % needed)`,
        );
    } else if (ragAt >= 0) {
      const use = contextUse(system.slice(ragAt + RAG_HEADER.length), answers.join('\n'));
      if (use < LIMITS.minContextUse)
        fail(
          'rag_context_use',
          `the answer uses ${(use * 100).toFixed(0)} % of the context's words (at least ${LIMITS.minContextUse * 100} % needed)`,
        );
    }
    // Tool results are engine output (long floats), not member data: the secret patterns skip them.
    const all = messages
      .filter((m) => m.role !== 'tool')
      .map((m) => m.content ?? '')
      .join('\n');
    for (const [what, re] of SECRET_PATTERNS) if (re.test(all)) fail('secrets', `contains ${what}`);
    for (const p of standardsProblems(answers.join('\n'))) fail('standards', p);
    for (const p of inventedProblems(messages)) fail('invented_data', p);
    for (const p of rpeProblems(messages)) fail('rpe_fit', p);
    for (const p of implausibleProblems(messages)) fail('implausible_input', p);
    for (const p of citationProblems(messages, shape && category === 'rag_augmented')) fail('citation', p);
    for (const p of thirdPersonProblems(messages)) fail('third_person', p);
    if (opts.heldOut)
      for (const m of messages.filter((x) => x.role === 'user')) {
        const hit = heldOutMatch(m.content ?? '', opts.heldOut);
        if (hit) {
          fail('eval_overlap', `a question repeats evaluation case ${hit.id} (${hit.why})`);
          break;
        }
      }
    const tokens = countTokens(messages, Array.isArray(obj.tools) ? obj.tools : undefined);
    if (tokens > LIMITS.maxTokens) fail('context_length', `${tokens} tokens (limit ${LIMITS.maxTokens})`);
    // Only lines that pass so far take part in the cross-example rules (a rejected line blocks nothing).
    if (failures.some((f) => f.line === line)) return;
    const key = messages
      .filter((m) => m.role === 'user' || m.role === 'assistant')
      .map((m) => (m.content ?? '').toLowerCase().replace(/\s+/g, ' ').trim())
      .join('\u0000');
    const first = seenExact.get(key);
    if (first !== undefined) {
      fail('duplicate', `same conversation as line ${first}`);
      return;
    }
    seenExact.set(key, line);
    const sh = shingles(answers.join(' ').replace(/ ?\[\d+\]/g, ''));
    const near = seenShingles.firstNear(sh, LIMITS.nearDuplicate);
    if (near) {
      fail('near_duplicate', `answer overlaps ${(jaccard(near.sh, sh) * 100).toFixed(0)} % with line ${near.item}`);
      return;
    }
    seenShingles.add(line, sh);
    // Cross-example rules count only lines that are still in: a sentence in at most 5 answers, at most 8 questions per family.
    const over = [...new Set(answers.flatMap((a) => sentences(a.replace(/ ?\[\d+\]/g, ''))))].filter(
      (x) => (sentenceSeen.get(x) ?? 0) >= LIMITS.sentenceAnswers,
    );
    if (over.length) {
      fail('repeated_sentence', `"${over[0]!.slice(0, 80)}" is already in ${LIMITS.sentenceAnswers} answers`);
      return;
    }
    const family = opening(messages.find((m) => m.role === 'user')?.content ?? '', true);
    if ((families.get(family) ?? 0) >= LIMITS.familyCap) {
      fail('family_cap', `${LIMITS.familyCap} questions already open with "${family}"`);
      return;
    }
    families.set(family, (families.get(family) ?? 0) + 1);
    for (const x of new Set(answers.flatMap((a) => sentences(a.replace(/ ?\[\d+\]/g, ''))))) sentenceSeen.set(x, (sentenceSeen.get(x) ?? 0) + 1);
  });
  return { lines: count, failures };
}
