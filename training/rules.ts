import { citationsIn, passagesIn, supports } from './cite.js';
import { inventedData, type AnyMsg } from './grounding.js';

/**
 * Per-example coaching rules of the validator (issue 17): the inference shape, invented data,
 * RPE that fits the session and the athlete's fatigue, a question back on implausible inputs,
 * citations that exist and say what the sentence claims, and no third-person self-reference.
 * Each returns the problems it found (empty = pass).
 */

export const PASSAGES = { min: 3, max: 5 } as const;

export function shapeProblems(messages: AnyMsg[], tools: unknown): string[] {
  const system = messages[0]?.role === 'system' ? (messages[0].content ?? '') : '';
  const out: string[] = [];
  const n = passagesIn(system).size;
  if (!system.includes('<knowledge>')) out.push('the system prompt has no <knowledge> block');
  else if (n < PASSAGES.min || n > PASSAGES.max) out.push(`${n} numbered passages (production sends ${PASSAGES.min}–${PASSAGES.max})`);
  if (!system.includes('<athlete>')) out.push('the system prompt has no <athlete> block');
  if (!Array.isArray(tools) || tools.length === 0) out.push('the example does not list the tools production offers');
  return out;
}

export const inventedProblems = (messages: AnyMsg[]) => inventedData(messages);

const answersOf = (messages: AnyMsg[]) => messages.filter((m) => m.role === 'assistant' && m.content && !m.tool_calls?.length).map((m) => m.content!);
/** What the member said and the athlete block (not the knowledge passages, which describe fatigue in general). */
const memberEvidence = (messages: AnyMsg[]) =>
  [
    /<athlete>\n([\s\S]*?)\n<\/athlete>/.exec(messages[0]?.content ?? '')?.[1] ?? '',
    ...messages.filter((m) => m.role === 'user').map((m) => m.content ?? ''),
  ].join('\n');

const FATIGUE =
  /\bRPE (?:has been |of |at )?(?:8\+|8 or (?:more|higher|above)|8[–-]9 on (?:every|all))|\bexhausted\b|\bwiped\b|\blegs (?:feel |are |have been )?(?:heavy|dead|trashed)|Readiness: (?:deload|caution)|\brun[- ]down\b|can'?t recover|sleeping badly|\bnot recovering\b/i;
const CHANGE =
  /\bdeload|back off|\breduc|\bcut\b|\blighter\b|\bdrop\b|\bskip|\bswap|\breplace|\bpostpone|\bshorten|\blower\b|\brest day|\bdo less\b|\bease off/i;

export function rpeProblems(messages: AnyMsg[]): string[] {
  const out: string[] = [];
  const fatigued = FATIGUE.test(memberEvidence(messages));
  for (const a of answersOf(messages)) {
    for (const s of a.split(/\n+|(?<=[.!?])\s+/)) {
      // A prescription (sets × reps or minutes) of threshold work above RPE 7.
      const thr = /\bthreshold\b[^.;\n]{0,40}?\bRPE\s*(\d+)/i.exec(s);
      if (thr && Number(thr[1]) >= 8 && /\d+\s*[×x]\s*\d+/.test(s))
        out.push(`threshold work at RPE ${thr[1]} (the knowledge base puts threshold at RPE 7): "${s.trim().slice(0, 100)}"`);
      const easy = /\b(easy|zone 2|recovery (?:run|jog|spin))\b[^.;,\n]{0,25}?\bRPE\s*(\d+)/i.exec(s);
      if (easy && Number(easy[2]) >= 6) out.push(`${easy[1]} work at RPE ${easy[2]}: "${s.trim().slice(0, 100)}"`);
      if (
        fatigued &&
        /\bRPE\s*(?:8\s*[–-]\s*9|9|9\s*[–-]\s*10)\b/.test(s) &&
        !/\b(not|no|never|avoid|instead|was|were|been|logged|your|you've|you have|skip|drop|if|feel|feels|felt)\b/i.test(s)
      ) {
        out.push(`hard efforts prescribed to a fatigued athlete: "${s.trim().slice(0, 100)}"`);
      }
    }
    if (fatigued && !CHANGE.test(a)) out.push('the athlete reports fatigue but the answer does not change the plan');
  }
  return out;
}

/** Inputs no real athlete produces: the answer must ask before it coaches on them. */
const IMPLAUSIBLE: [RegExp, (m: RegExpExecArray) => boolean, string][] = [
  [
    /\b5 ?(?:k|km)(?: time| pb| test)?(?: is| was| of| in| =|:)?\s*(?:about |around )?(\d{1,2}):(\d{2})(?![:\d/])|(?<![:\d])(\d{1,2}):(\d{2})(?![:\d/])\s*(?:for (?:a|my|the) )?5 ?(?:k|km)\b/i,
    (m) => Number(m[1] ?? m[3]) * 60 + Number(m[2] ?? m[4]) < 13 * 60,
    'a 5 km under 13:00',
  ],
  [
    /\b(?:1,?000 ?m|1 ?km)\s+(?:skierg|ski|row)\b[^.\n]{0,20}?(?<![:\d])(\d):(\d{2})(?![:\d/])/i,
    (m) => Number(m[1]) * 60 + Number(m[2]) < 160,
    'a 1,000 m SkiErg or row under 2:40',
  ],
  [/\bRPE\s*(1[1-9]|[2-9]\d)\b/i, () => true, 'an RPE above 10'],
];

export function implausibleProblems(messages: AnyMsg[]): string[] {
  const users = messages.filter((m) => m.role === 'user').map((m) => m.content ?? '');
  const answers = answersOf(messages);
  const out: string[] = [];
  users.forEach((u, i) => {
    for (const [re, bad, what] of IMPLAUSIBLE) {
      const m = re.exec(u);
      if (m && bad(m) && !(answers[i] ?? '').includes('?')) out.push(`the member gives ${what} and the answer does not ask back`);
    }
  });
  return out;
}

export function citationProblems(messages: AnyMsg[], mustCite: boolean): string[] {
  const system = messages[0]?.role === 'system' ? (messages[0].content ?? '') : '';
  const passages = passagesIn(system);
  const out: string[] = [];
  const answers = answersOf(messages);
  for (const c of answers.flatMap(citationsIn)) {
    const p = passages.get(c.n);
    if (!p) out.push(`cites [${c.n}] but the prompt has ${passages.size} passages`);
    else if (!supports(c.sentence, p)) out.push(`[${c.n}] does not say what the sentence claims: "${c.sentence.trim().slice(0, 100)}"`);
  }
  if (mustCite && !answers.some((a) => /\[\d+\]/.test(a))) out.push('a knowledge-based answer that cites no passage');
  return out;
}

export function thirdPersonProblems(messages: AnyMsg[]): string[] {
  return answersOf(messages).flatMap((a) =>
    [...a.matchAll(/(?<!\bI'?m |\bI am )\bCoach K\b/g)].map(
      (m) => `third-person self-reference: "…${a.slice(Math.max(0, m.index! - 30), m.index! + 30)}…"`,
    ),
  );
}
