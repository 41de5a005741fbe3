import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from './support/cli.js';

// One spawn per command: proves `npm run <name>` reaches the CLI's main and maps the result to
// the process exit code. Everything else about the CLIs is tested in process (cli.int.test.ts,
// training/index.int.test.ts).
let dir: string;
let env: Record<string, string>;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'hx-smoke-'));
  env = { DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'silent' };
});

describe('CLI entry points, spawned', () => {
  it.concurrent(
    'npm run ingest -- --chunks-only writes the chunk files and exits 0',
    async () => {
      const out = path.join(dir, 'chunks');
      const r = await spawnCli('ingest/index.ts', ['--chunks-only', '--dir', 'tests/fixtures/research', '--out', out], env);
      expect(r).toMatchObject({ code: 0, stdout: expect.stringMatching(/^2 docs, \d+ chunks written to /) });
      expect(readdirSync(out).sort()).toEqual(['all_chunks.json', 'chunk_stats.md']);
    },
    60_000,
  );
  it.concurrent(
    'npm run search with no query exits 2 with an example',
    async () => {
      const r = await spawnCli('src/cli/search.ts', [], env);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/Give a query to search for\.\nExample: npm run search/);
    },
    60_000,
  );
  it.concurrent(
    'npm run coach with no question exits 2',
    async () => {
      const r = await spawnCli('src/cli/coach.ts', ['  '], env);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/Ask a question\./);
    },
    60_000,
  );
  it.concurrent(
    'npm run chat -- --help prints its help and exits 0',
    async () => {
      const r = await spawnCli('src/cli/chat.ts', ['--help'], env);
      expect(r).toMatchObject({ code: 0, stdout: expect.stringContaining('/quit or Ctrl-D leaves') });
    },
    60_000,
  );
  it.concurrent(
    'npm run train -- validate without a file exits 2',
    async () => {
      const r = await spawnCli('training/index.ts', ['validate'], env);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/Name a JSONL file to validate\./);
    },
    60_000,
  );
});
