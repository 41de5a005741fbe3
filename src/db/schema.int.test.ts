import { describe, expect, it } from 'vitest';
import { useRepositoryDb } from '../../tests/support/repository-db.js';
import { testId } from '../../tests/support/pglite.js';
import { logConversation } from './conversations.js';
import { PHASES } from '../domain/phases.js';
import { SESSION_TYPES } from '../domain/sessions.js';
import { DIVISIONS } from '../domain/standards.js';
import { TEST_TYPES } from './benchmarks.js';
import type { Db } from './db.js';

let db: Db;
const newAthlete = useRepositoryDb((d) => (db = d));

describe('schema constraints', () => {
  it.each([
    [
      'an RPE of 11',
      "insert into workout_logs (athlete_id, source_id, date, session_type, rpe_post, duration_minutes) values ($1, $2, '2026-11-01', 'run', 11, 30)",
    ],
    [
      'a negative duration',
      "insert into workout_logs (athlete_id, source_id, date, session_type, rpe_post, duration_minutes) values ($1, $2, '2026-11-01', 'run', 5, -5)",
    ],
    [
      'an unknown session type',
      "insert into workout_logs (athlete_id, source_id, date, session_type, rpe_post, duration_minutes) values ($1, $2, '2026-11-01', 'yoga', 5, 30)",
    ],
    [
      'a negative benchmark time',
      "insert into benchmark_tests (athlete_id, source_id, test_date, test_type, results) values ($1, $2, '2026-11-01', 'run_5k', '{\"time_seconds\": -1}')",
    ],
    ['an unknown phase', "update athlete_profiles set current_phase = 'offseason' where id = $1 and $2 <> ''"],
    ['a negative weight', "update athlete_profiles set weight_kg = -70 where id = $1 and $2 <> ''"],
  ])('rejects %s', async (_label, sql) => {
    const a = await newAthlete();
    await expect(db.query(sql, [a.id, testId('s')])).rejects.toThrow(/violates check constraint/);
  });
  it('rejects a second workout with the same source key', async () => {
    const a = await newAthlete();
    const sql =
      "insert into workout_logs (athlete_id, source_id, date, session_type, rpe_post, duration_minutes) values ($1, $2, '2026-11-01', 'run', 5, 30)";
    const key = testId('dup');
    await db.query(sql, [a.id, key]);
    await expect(db.query(sql, [a.id, key])).rejects.toThrow(/duplicate key/);
  });
  it('rejects a rating outside -1/+1 and a second rating row per rater', async () => {
    const a = await newAthlete();
    const { conversation } = await logConversation(db, { athleteId: a.id, question: 'q', answer: 'a', model: 'offline', degraded: true });
    await expect(
      db.query("insert into ratings (conversation_id, rater_discord_user_id, rating) values ($1, 'x', 5)", [conversation.id]),
    ).rejects.toThrow(/check constraint/);
    await db.query("insert into ratings (conversation_id, rater_discord_user_id, rating) values ($1, 'x', 1)", [conversation.id]);
    await expect(
      db.query("insert into ratings (conversation_id, rater_discord_user_id, rating) values ($1, 'x', -1)", [conversation.id]),
    ).rejects.toThrow(/duplicate key/);
  });
});

describe('check constraints', () => {
  /** The values a column's `check (col in (…))` constraint allows, read back from the catalog. */
  async function allowed(table: string, column: string): Promise<string[]> {
    const rows = await db.query<{ def: string }>(
      `select pg_get_constraintdef(c.oid) as def from pg_constraint c join pg_class t on t.oid = c.conrelid
       where t.relname = $1 and c.contype = 'c'`,
      [table],
    );
    const def = rows.map((r) => r.def).find((d) => new RegExp(`\\(+${column} = ANY|\\b${column} IN`, 'i').test(d));
    return [...(def ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]!).sort();
  }

  it.each([
    ['athlete_profiles', 'division', DIVISIONS],
    ['athlete_profiles', 'current_phase', PHASES],
    ['workout_logs', 'session_type', SESSION_TYPES],
    ['benchmark_tests', 'test_type', TEST_TYPES],
  ] as const)('%s.%s allows exactly the domain list', async (table, column, list) => {
    expect(await allowed(table, column)).toEqual([...list].sort());
  });
});
