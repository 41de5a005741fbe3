import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main as ingest } from '../ingest/index.js';
import { main as chat } from '../src/cli/chat.js';
import { main as coach } from '../src/cli/coach.js';
import { main as search } from '../src/cli/search.js';
import type { CliMain } from '../src/main/cli-kit.js';
import { runInProcess } from './support/cli.js';

let dir: string;
let research: string;
let env: Record<string, string>;

// Each CLI's main runs in this process with its own env (spawned once each in cli-smoke.slow.test.ts).
const cli = (main: CliMain, args: string[], stdin?: string) => runInProcess(main, args, env, stdin);

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'hx-cli-'));
  research = path.join(dir, 'research');
  cpSync(new URL('fixtures/research/', import.meta.url).pathname, research, { recursive: true });
  env = { DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'silent' };
  const r = await cli(ingest, ['--dir', research, '--out', path.join(dir, 'chunks')]);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/2 docs, \d+ chunks: \d+ added, 0 updated, 0 unchanged, 0 removed; \d+ tokens embedded in [\d.]+ s/);
}, 120_000);

describe('npm run ingest', () => {
  it('embeds nothing when nothing changed', async () => {
    const r = await cli(ingest, ['--dir', research, '--out', path.join(dir, 'chunks')]);
    expect(r.stdout).toMatch(/0 added, 0 updated, \d+ unchanged, 0 removed; 0 tokens embedded/);
  }, 60_000);
  it('refuses a malformed document with exit code 2 and changes nothing', async () => {
    writeFileSync(path.join(research, 'broken.md'), '# Title only\n\nno sections');
    const r = await cli(ingest, ['--dir', research, '--out', path.join(dir, 'chunks')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Nothing was changed; fix these documents first:[\s\S]*broken\.md has no ## headings/);
    const found = await cli(search, ['--json', 'protein']);
    expect(JSON.parse(found.stdout).length).toBeGreaterThan(0);
  }, 60_000);
});

describe('npm run search -- --json', () => {
  it('prints one JSON array of { id, source_doc, section, score }, best first, and nothing else', async () => {
    const r = await cli(search, ['--json', '--k', '3', 'how much protein should I eat daily']);
    expect(r.code).toBe(0);
    const hits = JSON.parse(r.stdout) as { id: string; source_doc: string; section: string; score: number }[];
    expect(hits).toHaveLength(3);
    expect(Object.keys(hits[0]!).sort()).toEqual(['id', 'score', 'section', 'source_doc']);
    expect(hits[0]).toMatchObject({ source_doc: 'nutrition.md', section: 'Protein' });
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
  }, 60_000);
  it('answers a query of only punctuation with a clear message and exit code 2', async () => {
    const r = await cli(search, ['?!?!']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/in words/);
  }, 60_000);
});

describe('npm run coach -- --json', () => {
  it('prints exactly one JSON object with answer, citations, model, degraded and tools', async () => {
    const athlete = path.join(dir, 'athlete.json');
    writeFileSync(
      athlete,
      JSON.stringify({
        profile: { discord_user_id: 'cli-athlete-1', division: 'open_women', race_date: '2027-03-14' },
        workouts: [{ date: '2026-11-20', session_type: 'run', duration_minutes: 45, rpe_post: 7 }],
        benchmarks: [{ test_date: '2026-11-01', test_type: 'run_5k', results: { time_seconds: 1500 } }],
      }),
    );
    const r = await cli(coach, ['--json', '--athlete', athlete, 'How should I pace my 1km runs for a sub 1:30?']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).sort()).toEqual(['answer', 'citations', 'degraded', 'model', 'tools']);
    expect(out).toMatchObject({ model: 'offline-composer', degraded: false });
    expect(out.tools).toContain('plan_pacing');
    expect(out.citations[0]).toEqual({ id: expect.any(String), source_doc: expect.stringMatching(/\.md$/), section: expect.any(String) });
    // Open Women at 1:30: 54.1 % of the time running → 48:41 of runs, average 6:05/km.
    expect(out.answer).toContain('6:05/km');
  }, 60_000);
  it('explains a bad athlete file with exit code 2', async () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ profile: { discord_user_id: 'x', weekly_availability_hours: 90 } }));
    const r = await cli(coach, ['--athlete', bad, 'How do I pace?']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/weekly_availability_hours/);
  }, 60_000);
});

describe('npm run chat', () => {
  it('answers each line in the same conversation and leaves on /quit', async () => {
    const r = await cli(chat, [], 'How should I pace my 1km runs for a sub 1:30?\nAnd what about the Roxzone?\n/quit\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Coach K \(offline composer, \d+ knowledge passages\)/);
    expect(r.stdout.match(/coach k › /g)).toHaveLength(2);
    expect(r.stdout).toContain('5:54/km');
  }, 60_000);
});
