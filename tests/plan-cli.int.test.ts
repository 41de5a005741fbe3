import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAthlete, LOCAL_ATHLETE_ID } from '../src/coach/athlete-file.js';
import { main as chat } from '../src/cli/chat.js';
import { main as coach } from '../src/cli/coach.js';
import { addDays, isoDate } from '../src/domain/dates.js';
import { planForAthlete } from '../src/plan/athlete-plan.js';
import type { Athlete } from '../src/db/athletes.js';
import type { Db } from '../src/db/db.js';
import { runInProcess } from './support/cli.js';
import { freshDb, seedDataDir } from './support/pglite.js';

const today = isoDate(new Date());
let dir: string;
let env: Record<string, string>;
let athleteFile: string;
/** The terminal's own athlete, so `npm run chat` (which uses it) sees the same profile. */
const file = {
  profile: { discord_user_id: LOCAL_ATHLETE_ID, race_date: addDays(today, 70), weekly_availability_hours: 5, division: 'open_women' },
  workouts: [{ date: addDays(today, -1), session_type: 'run', duration_minutes: 40, rpe_post: 6 }],
  benchmarks: [{ test_date: addDays(today, -3), test_type: 'run_5k', results: { time_seconds: 25 * 60 } }],
};

/** The same athlete on a database of its own, from which /plan computes the expected week. */
let db: Db;
let athlete: Athlete;
async function expectedPlan(week: 'this' | 'next'): Promise<string> {
  return (await planForAthlete(db, athlete, today, week)).text;
}

beforeAll(async () => {
  db = await freshDb();
  athlete = await importAthlete(db, file, today);
  dir = mkdtempSync(path.join(os.tmpdir(), 'hx-plan-cli-'));
  env = { DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'silent' };
  // The terminal's database already exists: this file is about the plan, not the first start.
  await seedDataDir(path.join(dir, 'data', 'pglite'));
  athleteFile = path.join(dir, 'athlete.json');
  writeFileSync(athleteFile, JSON.stringify(file));
});
afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run coach -- --plan', () => {
  it('prints the same week as /plan', async () => {
    const r = await runInProcess(coach, ['--plan', '--week', 'next', '--athlete', athleteFile], env);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(await expectedPlan('next'));
    expect(r.stdout).toMatch(/Paces from your 5 km of 25:00/);
  }, 60_000);

  it('refuses an unknown week with exit code 2', async () => {
    const r = await runInProcess(coach, ['--plan', '--week', 'last'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--week is "this" or "next"/);
  }, 60_000);
});

describe('npm run chat', () => {
  // The terminal athlete was stored by the --athlete run above.
  it('/plan shows this week as /plan does', async () => {
    const r = await runInProcess(chat, [], env, '/plan\n/quit\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(await expectedPlan('this'));
  }, 60_000);
});
