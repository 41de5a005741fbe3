import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** One check list per member question; see eval/README.md for the format. */
export const EvalCase = z.object({
  id: z.string().min(1),
  category: z.string().min(1),
  question: z.string().min(3),
  history: z.array(z.object({ question: z.string(), answer: z.string() })).optional(),
  /** The `--athlete FILE` shape; dates may be relative: "today-3", "today+35". */
  athlete: z.record(z.string(), z.unknown()).optional(),
  must: z.array(z.string()).default([]),
  numbers: z.array(z.object({ value: z.number(), tolerance: z.number().min(0), unit: z.string().optional() })).default([]),
  must_not: z.array(z.string()).default([]),
  topic: z.string().min(1),
  sources: z.array(z.string()).default([]),
  /** Whether the question's intent needs engine figures (checked only with --prompts). */
  needs_figures: z.boolean().optional(),
});
export type EvalCase = z.infer<typeof EvalCase>;

/** Parses a JSONL case file; every regex is compiled here so a bad case fails before any answer. */
export function parseCases(text: string, file = 'cases'): EvalCase[] {
  const cases: EvalCase[] = [];
  const ids = new Set<string>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${file}:${i + 1}`;
    const parsed = EvalCase.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${where}: ${parsed.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`);
    const c = parsed.data;
    if (ids.has(c.id)) throw new Error(`${where}: duplicate id ${c.id}`);
    ids.add(c.id);
    for (const r of [...c.must, ...c.must_not, c.topic]) {
      try {
        new RegExp(r, 'i');
      } catch (error) {
        throw new Error(`${where}: bad regex ${r} (${(error as Error).message})`, { cause: error });
      }
    }
    cases.push(c);
  });
  return cases;
}

export function loadCases(file: string): EvalCase[] {
  return parseCases(readFileSync(file, 'utf8'), file);
}

export function filterCases(cases: EvalCase[], f: { category?: string; caseId?: string }): EvalCase[] {
  return cases.filter((c) => (!f.category || c.category === f.category) && (!f.caseId || c.id === f.caseId));
}

const DAY_MS = 86_400_000;

/** Replaces "today±N" strings anywhere in an athlete file with ISO dates relative to `today`. */
export function resolveDates<T>(value: T, today: string): T {
  const base = Date.parse(`${today}T00:00:00Z`);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const m = /^today(?:([+-])(\d{1,4}))?$/.exec(v);
      if (!m) return v;
      const days = m[1] ? Number(m[2]) * (m[1] === '-' ? -1 : 1) : 0;
      return new Date(base + days * DAY_MS).toISOString().slice(0, 10);
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
