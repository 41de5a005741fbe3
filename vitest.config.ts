import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import LongFilesFirst from './tests/support/sequencer.js';

/**
 * Which project a test file belongs to is decided by its name or folder alone:
 * - slow: `*.slow.test.ts` (CLI spawns, dataset builds);
 * - integration-redis: `tests/e2e/`, `tests/redis/` (the one Redis server; each file keeps to its own key prefix, but
 *   they run one file at a time, after the others (`sequence.groupOrder: 1`): a crashed-worker test times out under
 *   a busy machine's load);
 * - integration: `*.int.test.ts` and `tests/contracts/` (PGlite, local servers);
 * - security: `tests/security/` (the attack suite, also run alone by `npm run test:security`);
 * - unit: every other `*.test.ts` (pure, no I/O).
 * tests/projects.test.ts checks that every test file lands in exactly one of them.
 *
 * Every project but slow runs its files without isolation (`isolate: false`): the files of a
 * project share one module cache per worker, so the module graph, PGlite's WebAssembly, the
 * knowledge base, the gold set and tiktoken load once per worker, not once per file (the
 * integration project alone: 158 -> 103 s CPU; security 76 -> 57 s; the Redis files 73 -> 32 s,
 * wall 131 -> 61 s). Their files keep no state across files: each opens its own databases,
 * servers and key prefix, and the product keeps none in modules (metrics have a registry per
 * process). The slow files spawn processes or build datasets and stay isolated.
 * Which files start first: tests/support/sequencer.ts.
 */
export const TEST_FILES = '**/*.test.ts';
export const SLOW = ['**/*.slow.test.ts'];
export const INTEGRATION_REDIS = ['tests/e2e/**/*.test.ts', 'tests/redis/**/*.test.ts'];
export const INTEGRATION = ['**/*.int.test.ts', 'tests/contracts/**/*.test.ts'];
/** The attack suite (`npm run test:security`): RLS matrix, injection, faults, privacy, bad input. */
export const SECURITY = ['tests/security/**/*.test.ts'];
const IGNORED = ['**/node_modules/**', '**/.data/**'];
/** Migrates one PGlite per run; each test file's database is a copy of it. */
const PGLITE_TEMPLATE = 'tests/support/pglite-template.ts';

/**
 * Test files run in parallel on at least two workers: vitest's default (one fewer than the cores)
 * is a single worker on a 2-core machine, which then idles while a file waits on a spawned CLI, a
 * local server or a timer.
 */
const WORKERS = Math.max(2, availableParallelism() - 1);

export default defineConfig({
  test: {
    maxWorkers: WORKERS,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    sequence: { sequencer: LongFilesFirst },
    reporters: ['default', './tests/support/slowest-reporter.ts', './tests/security/category-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [TEST_FILES],
          exclude: [...IGNORED, ...SLOW, ...INTEGRATION_REDIS, ...INTEGRATION, ...SECURITY],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: INTEGRATION,
          exclude: [...IGNORED, ...SLOW, ...INTEGRATION_REDIS],
          globalSetup: [PGLITE_TEMPLATE],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration-redis',
          include: INTEGRATION_REDIS,
          exclude: [...IGNORED, ...SLOW],
          fileParallelism: false,
          isolate: false,
          sequence: { groupOrder: 1 },
          globalSetup: ['tests/support/redis-global-setup.ts', PGLITE_TEMPLATE],
        },
      },
      { extends: true, test: { name: 'slow', include: SLOW, exclude: [...IGNORED, ...SECURITY] } },
      // --expose-gc: the LLM deadline is tested with garbage collection forced while a reply trickles in.
      {
        extends: true,
        test: { name: 'security', include: SECURITY, exclude: IGNORED, globalSetup: [PGLITE_TEMPLATE], execArgv: ['--expose-gc'], isolate: false },
      },
    ],
  },
});
