import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * The attack-suite table, printed after any run that included `tests/security/` (`npm test` in
 * CI, `npm run test:security`): one row per category (the file name before `.security.test.ts`),
 * how many tests were tried (run, not skipped) and how many held (passed), then the totals.
 * Vitest's own exit code still fails the run on any failure.
 */
export default class CategoryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const rows = new Map<string, { tried: number; held: number }>();
    for (const m of modules.filter((x) => x.moduleId.includes('/tests/security/'))) {
      const category = path.basename(m.moduleId).replace(/\.security\.test\.ts$/, '');
      const row = rows.get(category) ?? { tried: 0, held: 0 };
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'skipped' || state === 'pending') continue;
        row.tried += 1;
        if (state === 'passed') row.held += 1;
      }
      if (m.state() === 'failed' && row.tried === 0) row.tried = 1; // a file that failed to load counts as one failure
      rows.set(category, row);
    }
    if (rows.size === 0) return;
    const sorted = [...rows.entries()].sort(([a], [b]) => a.localeCompare(b));
    const total = sorted.reduce((s, [, r]) => ({ tried: s.tried + r.tried, held: s.held + r.held }), { tried: 0, held: 0 });
    const width = Math.max(8, ...sorted.map(([c]) => c.length));
    const line = (c: string, t: string | number, h: string | number) =>
      `| ${c.padEnd(width)} | ${String(t).padStart(5)} | ${String(h).padStart(5)} |`;
    process.stdout.write(
      [
        '',
        line('category', 'tried', 'held'),
        `|${'-'.repeat(width + 2)}|------:|------:|`,
        ...sorted.map(([c, r]) => line(c, r.tried, r.held)),
        line('total', total.tried, total.held),
        '',
      ].join('\n') + '\n',
    );
  }
}
