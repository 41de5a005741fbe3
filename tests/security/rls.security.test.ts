import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOrCreateAthlete } from '../../src/db/athletes.js';
import { deleteMemberData } from '../../src/db/deletion.js';
import { recordBenchmark } from '../../src/db/benchmarks.js';
import { logConversation } from '../../src/db/conversations.js';
import type { Db } from '../../src/db/db.js';
import { insertJob } from '../../src/db/fine-tune-jobs.js';
import { migrate } from '../../src/db/migrate.js';
import { addCorrection, upsertRating } from '../../src/db/ratings.js';
import { recordWorkout } from '../../src/db/workouts.js';
import { testId } from '../support/pglite.js';
import { asCaller, attempt, signUpWithDiscord, supabaseLikeDb, type Caller } from '../support/supabase-roles.js';

/**
 * The RLS matrix on Supabase's roles and default grants: signed-in members A and B, and anon,
 * against every table the catalog lists. Each table must be classified; a new table fails the
 * first test until it is.
 */
type Access = 'member' | 'member-read' | 'shared-read' | 'own-binding' | 'internal';
const TABLES: Record<string, Access> = {
  athlete_profiles: 'member',
  workout_logs: 'member',
  benchmark_tests: 'member',
  conversations: 'member-read',
  knowledge_chunks: 'shared-read',
  discord_identities: 'own-binding',
  app_migrations: 'internal',
  ratings: 'internal',
  corrections: 'internal',
  fine_tune_jobs: 'internal',
  deleted_members: 'internal',
  embedding_models: 'internal',
  knowledge_terms: 'internal',
};
const TODAY = '2026-11-24';
const userA = randomUUID();
const userB = randomUUID();
const discordA = testId('1');
const discordB = testId('2');
const victim = testId('3');
const A: Caller = { role: 'authenticated', userId: userA };
const B: Caller = { role: 'authenticated', userId: userB };
const anon: Caller = { role: 'anon' };

let db: Db;
let tables: string[];
let athleteA: string;
let athleteB: string;
const firstColumn = new Map<string, string>();

async function seed(discordUserId: string, tag: string) {
  const a = await getOrCreateAthlete(db, discordUserId, tag);
  await recordWorkout(db, a.id, { sourceId: testId('w'), date: TODAY, sessionType: 'run', durationMin: 40, rpe: 6, notes: `${tag} notes` }, TODAY);
  await recordBenchmark(db, a.id, { sourceId: testId('b'), testDate: TODAY, testType: 'run_5k', results: { time_seconds: 1500 } }, TODAY);
  const { conversation } = await logConversation(db, {
    athleteId: a.id,
    sourceId: testId('c'),
    question: `${tag} asks`,
    answer: 'answer',
    model: 'offline',
    degraded: true,
  });
  return { athlete: a, conversationId: conversation.id };
}

/** Runs an attempt and rolls it back, so destructive probes leave the data for the next one. */
async function probe(caller: Caller, sql: string): Promise<{ rows: Record<string, unknown>[] } | { error: string }> {
  let rows: Record<string, unknown>[] = [];
  try {
    await asCaller(db, caller, async (q) => {
      rows = await q.query(sql);
      throw new Error('rollback');
    });
  } catch (error) {
    if ((error as Error).message !== 'rollback') return { error: (error as Error).message };
  }
  return { rows };
}
const rowsOf = (r: { rows: Record<string, unknown>[] } | { error: string }) => ('rows' in r ? r.rows : []);

beforeAll(async () => {
  db = await supabaseLikeDb();
  await signUpWithDiscord(db, userA, discordA);
  await signUpWithDiscord(db, userB, discordB);
  const a = await seed(discordA, 'A');
  const b = await seed(discordB, 'B');
  athleteA = a.athlete.id;
  athleteB = b.athlete.id;
  await upsertRating(db, { conversationId: a.conversationId, raterDiscordUserId: discordB, rating: -1, raterIsCoach: true });
  await addCorrection(db, { conversationId: a.conversationId, sourceId: testId('k'), coachDiscordUserId: discordB, content: 'B corrects A' });
  await insertJob(db, { provider: 'nebius', jobId: 'ftjob-rls', baseModel: 'base', datasetHash: 'abcdef123456', status: 'queued' });
  await db.query(
    "insert into knowledge_chunks (id, source_doc, section, content, chunk_index, word_count, token_count, content_hash) values ('k1', 'd.md', 'S', 'sled push', 0, 2, 2, 'h')",
  );
  await db.query('insert into deleted_members (discord_user_id) values ($1)', [testId('9')]);
  tables = (await db.query<{ tablename: string }>("select tablename from pg_tables where schemaname = 'public' order by 1")).map((r) => r.tablename);
  for (const t of tables) {
    const c = await db.one<{ column_name: string }>(
      "select column_name from information_schema.columns where table_schema = 'public' and table_name = $1 order by ordinal_position limit 1",
      [t],
    );
    firstColumn.set(t, c!.column_name);
  }
});
afterAll(async () => {
  await db?.close();
});

/** Whether a row (as JSON) belongs to member A or B under the table's access class. */
function ownedBy(who: 'A' | 'B', table: string, row: Record<string, unknown>): boolean {
  if (table === 'athlete_profiles') return row.discord_user_id === (who === 'A' ? discordA : discordB);
  if (table === 'discord_identities') return row.user_id === (who === 'A' ? userA : userB);
  return row.athlete_id === (who === 'A' ? athleteA : athleteB);
}

describe('rls', () => {
  it('classifies every public table and enables RLS on each', async () => {
    expect(tables.filter((t) => !(t in TABLES))).toEqual([]);
    const off = await db.query<{ relname: string }>(
      "select relname from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' and not relrowsecurity",
    );
    expect(off).toEqual([]);
  });

  describe('as anon', () => {
    it.each(Object.keys(TABLES))('%s: reads nothing, changes nothing, cannot truncate', async (t) => {
      const before = await db.one<{ n: number }>(`select count(*)::int as n from ${t}`);
      expect(rowsOf(await probe(anon, `select * from ${t}`))).toEqual([]);
      const col = firstColumn.get(t)!;
      expect(rowsOf(await probe(anon, `update ${t} set ${col} = ${col} returning 1`))).toEqual([]);
      expect(rowsOf(await probe(anon, `delete from ${t} returning 1`))).toEqual([]);
      expect(await probe(anon, `truncate ${t} cascade`)).toMatchObject({ error: expect.stringMatching(/permission denied/) });
      expect((await db.one<{ n: number }>(`select count(*)::int as n from ${t}`))!.n).toBe(before!.n);
    });
  });

  describe('as signed-in members A and B', () => {
    it.each(Object.entries(TABLES).flatMap(([t, access]) => (['A', 'B'] as const).map((who) => [who, t, access] as const)))(
      '%s on %s (%s): reaches only what its class allows',
      async (who, t, access) => {
        const me = who === 'A' ? A : B;
        const total = (await db.one<{ n: number }>(`select count(*)::int as n from ${t}`))!.n;
        const seen = rowsOf(await probe(me, `select to_jsonb(x) as r from ${t} x`)).map((r) => r.r as Record<string, unknown>);
        const col = firstColumn.get(t)!;
        const updated = rowsOf(await probe(me, `update ${t} x set ${col} = ${col} returning to_jsonb(x) as r`)).map(
          (r) => r.r as Record<string, unknown>,
        );
        const deleted = rowsOf(await probe(me, `delete from ${t} x returning to_jsonb(x) as r`)).map((r) => r.r as Record<string, unknown>);
        if (access === 'shared-read') expect(seen).toHaveLength(total);
        else if (access === 'internal') expect(seen).toEqual([]);
        else {
          expect(seen.length).toBeGreaterThan(0);
          expect(seen.every((r) => ownedBy(who, t, r))).toBe(true);
        }
        if (access === 'member') expect(updated.concat(deleted).every((r) => ownedBy(who, t, r))).toBe(true);
        else expect(updated.concat(deleted)).toEqual([]);
        expect(await probe(me, `truncate ${t} cascade`)).toMatchObject({ error: expect.stringMatching(/permission denied/) });
      },
    );

    it("cannot write into B's rows or internal tables", async () => {
      const writes = [
        `insert into workout_logs (athlete_id, source_id, date, session_type, rpe_post, duration_minutes) values ('${athleteB}', 'x-${randomUUID()}', '${TODAY}', 'run', 5, 30)`,
        `insert into benchmark_tests (athlete_id, source_id, test_date, test_type, results) values ('${athleteB}', 'x-${randomUUID()}', '${TODAY}', 'run_5k', '{"time_seconds": 1}')`,
        `insert into conversations (athlete_id, question, answer, model_used) values ('${athleteA}', 'q', 'a', 'm')`,
        `insert into ratings (conversation_id, rater_discord_user_id, rating) select id, '${discordA}', 1 from conversations limit 1`,
        `insert into corrections (conversation_id, source_id, coach_discord_user_id, content) select id, 'x', '${discordA}', 'c' from conversations limit 1`,
        `insert into deleted_members (discord_user_id) values ('${discordB}')`,
        `insert into app_migrations (version, name, checksum) values ('99999999999999', 'evil', 'x')`,
        `insert into knowledge_chunks (id, source_doc, section, content, chunk_index, word_count, token_count, content_hash) values ('evil', 'd', 's', 'c', 0, 1, 1, 'h')`,
      ];
      for (const sql of writes) expect(await probe(A, sql), sql).toHaveProperty('error');
    });

    it('can still read and log their own training', async () => {
      const own = await attempt(
        db,
        A,
        `insert into workout_logs (athlete_id, source_id, date, session_type, rpe_post, duration_minutes) values ($1, $2, '${TODAY}', 'run', 5, 30) returning id`,
        [athleteA, testId('own')],
      );
      expect(rowsOf(own)).toHaveLength(1);
    });
  });

  describe('when A tries to take over another Discord identity', () => {
    it("cannot claim the victim's id, move their own profile to it, or rebind", async () => {
      const attacks = [
        `insert into athlete_profiles (discord_user_id, user_id) values ('${victim}', '${userA}')`,
        `update athlete_profiles set discord_user_id = '${victim}' where discord_user_id = '${discordA}'`,
        `insert into discord_identities (user_id, discord_user_id) values ('${randomUUID()}', '${victim}')`,
        `update discord_identities set discord_user_id = '${victim}' where user_id = '${userA}'`,
        `delete from discord_identities where user_id = '${userA}'`,
      ];
      for (const sql of attacks) {
        const r = await attempt(db, A, `${sql} returning 1`);
        expect('error' in r || r.rows.length === 0, sql).toBe(true);
      }
      expect(await db.query('select discord_user_id from discord_identities where user_id = $1', [userA])).toEqual([{ discord_user_id: discordA }]);
    });

    it("the bot then stores the victim's logs on the victim's own row, which A cannot read", async () => {
      const v = await getOrCreateAthlete(db, victim, 'Victim');
      await recordWorkout(
        db,
        v.id,
        { sourceId: testId('v'), date: TODAY, sessionType: 'run', durationMin: 50, rpe: 8, notes: 'victim private notes' },
        TODAY,
      );
      expect(v.id).not.toBe(athleteA);
      const seen = await attempt(
        db,
        A,
        "select notes from workout_logs where notes like 'victim%' union all select display_name from athlete_profiles where discord_user_id = $1",
        [victim],
      );
      expect(seen).toEqual({ rows: [] });
    });
  });

  describe('app_migrations', () => {
    it('cannot be edited by anon or a member, so every process still starts', async () => {
      for (const caller of [anon, A]) {
        const r = await attempt(db, caller, "update app_migrations set checksum = 'tampered' returning 1");
        expect('error' in r || r.rows.length === 0).toBe(true);
      }
      await expect(migrate(db)).resolves.toMatchObject({ applied: [] });
    });
  });

  describe('when B deletes their data and signs in again', () => {
    it('drops the binding with the data, and Supabase Auth binds B again on the next sign-in', async () => {
      await deleteMemberData(db, discordB);
      expect(await db.query('select 1 from discord_identities where user_id = $1', [userB])).toEqual([]);
      await db.query('update auth.identities set identity_data = \'{"signed_in": true}\' where user_id = $1', [userB]);
      expect(await db.query('select discord_user_id from discord_identities where user_id = $1', [userB])).toEqual([{ discord_user_id: discordB }]);
    });
  });
});
