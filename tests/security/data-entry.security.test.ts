import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAthlete } from '../../src/coach/athlete-file.js';
import { answerQuestion } from '../../src/coach/answer.js';
import { clarifyQuestion } from '../../src/coach/input-check.js';
import { main as coachMain } from '../../src/cli/coach.js';
import { parseLogText } from '../../src/coach/parse-log.js';
import { loadConfig } from '../../src/config.js';
import { getOrCreateAthlete } from '../../src/db/athletes.js';
import type { Db } from '../../src/db/db.js';
import { openDb } from '../../src/db/open-db.js';
import { migrate } from '../../src/db/migrate.js';
import { recordWorkout } from '../../src/db/workouts.js';
import { UserError } from '../../src/errors.js';
import { createLogger } from '../../src/log.js';
import { LocalEmbedder } from '../../src/retrieval/local-embedder.js';
import { runInProcess } from '../support/cli.js';
import { freshDb, seedDataDir, testId } from '../support/pglite.js';

const TODAY = '2026-11-24';
let db: Db;
beforeAll(async () => {
  db = await freshDb();
});
afterAll(async () => {
  await db?.close();
});

describe('data entry', () => {
  describe('a DM log with a number that would be silently changed', () => {
    it.each([
      ['rpe 7.5, 45 min tempo run', /whole number.*"rpe 7\.5".*7 or 8/],
      ['tempo 40 min, 7.5/10', /whole number.*7 or 8/],
      ['9h 99 long ride rpe 6', /"9h 99" has 99 minutes after the hours.*0–59/],
      ['-30 min run rpe 6', /negative time \("-30 min"\)/],
      ['−20 minutes walk rpe 2', /negative time/],
      ['rpe -3, 45 min run', /RPE can't be negative/],
      ['45.5 min row rpe 7', /won't round "45\.5 min".*45 or 46/],
      ['1.33h ride rpe 5', /not a whole number of minutes/],
    ])('%j gets a question back and no value to store', (text, question) => {
      const p = parseLogText(text);
      expect(p.question).toMatch(question);
    });

    it.each([
      ['rpe 7, 45 min tempo run', { rpe: 7, durationMin: 45 }],
      ['1h30 long run 15 km, 6/10', { rpe: 6, durationMin: 90, distanceKm: 15 }],
      ['1.5h ride rpe 5', { rpe: 5, durationMin: 90 }],
      ['intervals 8x400m rpe 8 45 min', { rpe: 8, durationMin: 45 }],
      ['rpe 7 - 45 min', { rpe: 7, durationMin: 45 }],
    ])('%j is read exactly, with no question', (text, want) => {
      const p = parseLogText(text);
      expect(p).toMatchObject(want);
      expect(p.question).toBeUndefined();
    });
  });

  describe('a /coach question with a number that cannot be right', () => {
    it.each([
      ['My race is in -3 weeks, how should I structure training?', /"-3 weeks".*can't be negative.*3 weeks\?/],
      ['I have minus 20 min today, what can I do?', /can't be negative/],
      ['My goal is 1h 75 for my first race, pacing?', /75 minutes after the hours/],
      ['My 5k is 22:75, what finish time can I target?', /"22:75" isn't a valid time/],
    ])('%j is asked back', (question, ask) => {
      expect(clarifyQuestion(question)).toMatch(ask);
    });
    it.each(['Race in 3-4 weeks, taper?', '5k-10k pacing?', 'I lost -2 kg, fuel?', 'Goal 1h25, 5k 22:30: pacing?', '- 3 weeks out, what now?'])(
      '%j is left alone',
      (question) => {
        expect(clarifyQuestion(question)).toBeUndefined();
      },
    );

    it('the answer asks back instead of planning for 3 weeks', async () => {
      const deps = {
        config: loadConfig({}),
        db,
        embedder: new LocalEmbedder(),
        chat: undefined,
        log: createLogger('silent'),
        now: () => new Date(`${TODAY}T12:00:00Z`),
      };
      const athlete = await getOrCreateAthlete(db, testId('q'));
      const a = await answerQuestion(deps, athlete, 'My race is in -3 weeks, how should I structure training?', { sourceId: testId('s') });
      expect(a.text).toMatch(/"-3 weeks".*can't be negative/);
      expect(a.text).not.toMatch(/3 weeks out you are in/);
      expect(a.model).toBe('input-check');
    });
  });

  describe('an --athlete file workout whose source_id another athlete already used', () => {
    const file = (id: string, sourceId: string) => ({
      profile: { discord_user_id: id },
      workouts: [
        { source_id: `${id}-own`, date: '2026-11-20', session_type: 'run', duration_minutes: 30, rpe_post: 5 },
        { source_id: sourceId, date: '2026-11-21', session_type: 'run', duration_minutes: 40, rpe_post: 6 },
      ],
    });

    it('is an error naming the row, and nothing of that file is stored', async () => {
      const key = testId('src');
      await importAthlete(db, file(testId('a'), key), TODAY);
      const second = testId('b');
      const error = await importAthlete(db, file(second, key), TODAY).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toMatch(
        new RegExp(`^workouts\\[1\\] \\(2026-11-21, source_id "${key}"\\): .*already used by another athlete`),
      );
      expect(await db.query('select 1 from athlete_profiles where discord_user_id = $1', [second])).toEqual([]);
    });

    it('is refused by the repository too, whoever calls it', async () => {
      const a = await getOrCreateAthlete(db, testId('a'));
      const b = await getOrCreateAthlete(db, testId('b'));
      const input = { sourceId: testId('w'), date: TODAY, sessionType: 'run', durationMin: 30, rpe: 5 };
      await recordWorkout(db, a.id, input, TODAY);
      await expect(recordWorkout(db, b.id, input, TODAY)).rejects.toThrow(/already used by another athlete's workout/);
      await expect(recordWorkout(db, a.id, input, TODAY)).resolves.toMatchObject({ created: false });
    });

    it('npm run coach -- --athlete exits 2 with the message', async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'hx-entry-'));
      try {
        const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'silent' };
        await seedDataDir(path.join(dir, 'data', 'pglite'));
        const stored = await openDb({ kind: 'pglite', dataDir: path.join(dir, 'data', 'pglite') });
        await migrate(stored);
        await importAthlete(stored, file('alex', 'shared-1'), TODAY);
        await stored.close();
        writeFileSync(path.join(dir, 'b.json'), JSON.stringify(file('blake', 'shared-1')));
        // In process, as `npm run coach` runs it (its one spawn is in tests/cli-smoke.slow.test.ts).
        const second = await runInProcess(coachMain, ['--athlete', path.join(dir, 'b.json'), 'How is my week?'], env);
        expect(second.code).toBe(2);
        expect(second.stderr).toMatch(
          /workouts\[1\] \(2026-11-21, source_id "shared-1"\): source_id "shared-1" is already used by another athlete's workout/,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 120_000);
  });
});
