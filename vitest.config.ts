import { defineConfig } from 'vitest/config';

// Two projects: pure/PGlite tests run in parallel; suites that share the one Redis server
// (BullMQ, end-to-end through the Discord emulator) run with file parallelism off.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'commands/**/*.test.ts', 'ingest/**/*.test.ts', 'training/**/*.test.ts', 'tests/**/*.test.ts', 'eval/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/redis/**', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'redis',
          include: ['tests/e2e/**/*.test.ts', 'tests/redis/**/*.test.ts'],
          fileParallelism: false,
          globalSetup: ['tests/support/redis-global-setup.ts'],
        },
      },
    ],
  },
});
