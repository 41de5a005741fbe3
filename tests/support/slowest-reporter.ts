import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/** Prints the ten slowest tests of the run (project, file, name, duration) after the summary. */
export default class SlowestTests implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const rows = testModules.flatMap((m) =>
      [...m.children.allTests()].map((t) => ({
        ms: t.diagnostic()?.duration ?? 0,
        name: `[${m.project.name}] ${path.relative(process.cwd(), m.moduleId)} › ${t.fullName}`,
      })),
    );
    if (rows.length === 0) return;
    const slowest = rows.sort((a, b) => b.ms - a.ms).slice(0, 10);
    const lines = slowest.map((r) => `${(r.ms / 1000).toFixed(1).padStart(6)} s  ${r.name}`);
    process.stdout.write(`\nSlowest ${slowest.length} tests:\n${lines.join('\n')}\n`);
  }
}
