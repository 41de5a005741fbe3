import type { CaseScore } from './score.js';

export interface CategorySummary {
  checks: number;
  checksPassed: number;
  cases: number;
  casesPassed: number;
}
export interface Summary {
  overall: number;
  categories: Record<string, CategorySummary>;
  mustNot: number;
  cases: number;
  casesPassed: number;
}

const share = (n: number, d: number) => (d === 0 ? 0 : n / d);

/** Per category: the share of checks passed and of cases passed; overall = share of all checks passed. */
export function summarize(scores: CaseScore[]): Summary {
  const categories: Record<string, CategorySummary> = {};
  let checks = 0;
  let passed = 0;
  for (const s of scores) {
    const cat = (categories[s.category] ??= { checks: 0, checksPassed: 0, cases: 0, casesPassed: 0 });
    const ok = s.checks.filter((c) => c.pass).length;
    cat.checks += s.checks.length;
    cat.checksPassed += ok;
    cat.cases += 1;
    cat.casesPassed += s.passed ? 1 : 0;
    checks += s.checks.length;
    passed += ok;
  }
  return {
    overall: share(passed, checks),
    categories,
    mustNot: scores.reduce((n, s) => n + s.mustNotViolations, 0),
    cases: scores.length,
    casesPassed: scores.filter((s) => s.passed).length,
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The fixed `--json` shape operators' scripts read. */
export function jsonReport(s: Summary): { overall: number; categories: Record<string, number>; must_not: number; cases: number } {
  return {
    overall: round(s.overall),
    categories: Object.fromEntries(Object.entries(s.categories).map(([k, v]) => [k, round(share(v.checksPassed, v.checks))])),
    must_not: s.mustNot,
    cases: s.cases,
  };
}

const pct = (n: number, d: number) => `${(share(n, d) * 100).toFixed(1)} %`;

/** The markdown table printed by default: per category, checks and cases passed. */
export function tableReport(s: Summary): string {
  const rows = Object.entries(s.categories).sort(([a], [b]) => a.localeCompare(b));
  const lines = ['| category | cases | checks passed | cases passed |', '|---|---:|---:|---:|'];
  for (const [name, c] of rows) lines.push(`| ${name} | ${c.cases} | ${pct(c.checksPassed, c.checks)} | ${pct(c.casesPassed, c.cases)} |`);
  const total = rows.reduce((n, [, c]) => n + c.checks, 0);
  lines.push(`| **all** | ${s.cases} | ${(s.overall * 100).toFixed(1)} % (${total} checks) | ${pct(s.casesPassed, s.cases)} |`);
  return `${lines.join('\n')}\n\nmust_not violations: ${s.mustNot}`;
}
