import type { EvalCase } from './cases.js';

export type CheckKind = 'must' | 'number' | 'must_not' | 'topic';
export interface CheckResult {
  kind: CheckKind;
  spec: string;
  pass: boolean;
  detail?: string;
}
export interface CaseScore {
  id: string;
  category: string;
  checks: CheckResult[];
  passed: boolean;
  mustNotViolations: number;
}

/**
 * The answer body: the text without the provenance footer (the trailing block after a `---` line
 * whose lines all start with `-#`) and without a leading "⚠️ degraded" line. Checks read only this.
 */
export function answerBody(text: string): string {
  let body = text.replace(/\r\n/g, '\n');
  const cut = body.lastIndexOf('\n---\n');
  if (cut >= 0) {
    const tail = body
      .slice(cut + 5)
      .split('\n')
      .filter((l) => l.trim());
    if (tail.length > 0 && tail.every((l) => l.trimStart().startsWith('-#'))) body = body.slice(0, cut);
  }
  return body.replace(/^\s*⚠️[^\n]*\n+/, '').trim();
}

/**
 * The first paragraph of the body that is not a markdown heading: where the direct answer belongs.
 * A paragraph ending in ":" introduces a list or table, so the next paragraph belongs to it.
 */
export function firstParagraph(body: string): string {
  const paragraphs = body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const i = paragraphs.findIndex((p) => !/^#{1,6}\s/.test(p) || p.includes('\n'));
  if (i < 0) return '';
  const first = paragraphs[i]!;
  return first.endsWith(':') && paragraphs[i + 1] ? `${first}\n\n${paragraphs[i + 1]}` : first;
}

const UNITS: Record<string, string> = {
  kg: 'kg|kgs|kilos?|kilograms?',
  g: 'g|grams?',
  mg: 'mg|milligrams?',
  lb: 'lbs?|pounds?',
  L: 'l|litres?|liters?',
  '%': '%|percent|per cent',
  km: 'km|kilomet(?:re|er)s?',
  m: 'm|metres?|meters?',
  s: 's|secs?|seconds?',
  min: 'min|mins|minutes?',
  h: 'h|hrs?|hours?',
};

const NUM = String.raw`\d+(?:[.,]\d+)*`;

function toNumber(raw: string): number {
  // "1,020" is a thousands separator; "1,5" a decimal comma.
  const s = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw) ? raw.replace(/,/g, '') : raw.replace(',', '.');
  return Number(s);
}

function withUnit(body: string, unit: string): number[] {
  const alias = UNITS[unit] ?? unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A value or a range ("101–144 g") followed by the unit; "g/kg" and "mg/kg" are rates, not amounts.
  const re = new RegExp(String.raw`(?<![\d.,:])(${NUM})(?:\s?(?:–|-|to)\s?(${NUM}))?\s?(?:${alias})(?![a-z]|/kg)`, 'gi');
  const out: number[] = [];
  for (const m of body.matchAll(re)) {
    out.push(toNumber(m[1]!));
    if (m[2]) out.push(toNumber(m[2]));
  }
  return out;
}

function clockTimes(body: string): number[] {
  const out: number[] = [];
  for (const m of body.matchAll(/(?<![\d:])(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?![\d:])/g)) {
    out.push((m[1] ? Number(m[1]) * 3600 : 0) + Number(m[2]) * 60 + Number(m[3]));
  }
  return out;
}

/**
 * The numbers an answer states, in the case's unit. `time` reads clock times (m:ss, h:mm:ss) and
 * "N min" as seconds; `s` reads "N s" and clock times as seconds; `min` reads "N min" and hours
 * as minutes; any other unit reads numbers followed by it; no unit reads every number.
 */
export function extractNumbers(body: string, unit?: string): number[] {
  if (!unit) return [...body.matchAll(new RegExp(`(?<![\\d.,])${NUM}`, 'g'))].map((m) => toNumber(m[0]));
  if (unit === 'time') return [...clockTimes(body), ...withUnit(body, 'min').map((n) => n * 60)];
  if (unit === 's') return [...withUnit(body, 's'), ...clockTimes(body)];
  if (unit === 'min') return [...withUnit(body, 'min'), ...withUnit(body, 'h').map((n) => n * 60)];
  return withUnit(body, unit);
}

const rx = (pattern: string) => new RegExp(pattern, 'i');

export function scoreCase(c: EvalCase, answerText: string): CaseScore {
  const body = answerBody(answerText);
  const checks: CheckResult[] = [];
  for (const p of c.must) checks.push({ kind: 'must', spec: p, pass: rx(p).test(body) });
  for (const n of c.numbers) {
    const found = extractNumbers(body, n.unit);
    const pass = found.some((x) => Math.abs(x - n.value) <= n.tolerance + 1e-9);
    checks.push({
      kind: 'number',
      spec: `${n.value}±${n.tolerance}${n.unit ? ` ${n.unit}` : ''}`,
      pass,
      detail: pass ? undefined : `found ${found.slice(0, 12).join(', ') || 'none'}`,
    });
  }
  let violations = 0;
  for (const p of c.must_not) {
    const m = rx(p).exec(body);
    if (m) violations++;
    checks.push({ kind: 'must_not', spec: p, pass: !m, detail: m ? `said "${m[0]}"` : undefined });
  }
  const first = firstParagraph(body);
  const topicOk = rx(c.topic).test(first);
  checks.push({ kind: 'topic', spec: c.topic, pass: topicOk, detail: topicOk ? undefined : `first paragraph: "${first.slice(0, 160)}"` });
  return { id: c.id, category: c.category, checks, passed: checks.every((k) => k.pass), mustNotViolations: violations };
}
