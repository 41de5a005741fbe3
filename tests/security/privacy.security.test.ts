import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import profile, { DELETE_BUTTON } from '../../commands/profile.js';
import { loadConfig } from '../../src/config.js';
import { getOrCreateAthlete, updateProfile } from '../../src/db/athletes.js';
import { recordBenchmark } from '../../src/db/benchmarks.js';
import { logConversation } from '../../src/db/conversations.js';
import type { Db } from '../../src/db/db.js';
import { deleteMemberData, discardIfDeletedSince } from '../../src/db/deletion.js';
import { exportMemberData, type MemberExport } from '../../src/db/export.js';
import { addCorrection, upsertRating } from '../../src/db/ratings.js';
import type { Caller, CommandContext } from '../../src/discord/command.js';
import { RestDiscordOut } from '../../src/worker/discord-out.js';
import { createLogger } from '../../src/log.js';
import { InProcessQueue } from '../../src/queue/in-process-queue.js';
import { COACH_JOB, THREAD_JOB } from '../../src/queue/jobs.js';
import type { WorkerContext } from '../../src/worker/deliver.js';
import { createProcessor } from '../../src/worker/processor.js';
import { MemoryRateLimiter } from '../../src/queue/rate-limiter.js';
import { LocalEmbedder } from '../../src/retrieval/local-embedder.js';
import { until } from '../contracts/job-queue.contract.js';
import { startDiscordFake, type DiscordFake } from '../support/discord-fake.js';
import { freshDb, testId } from '../support/pglite.js';

/**
 * Every column of every public table, classified. 'member': the column holds member data when
 * the row is the member's (exported, and gone after /profile delete). 'author': the Discord id
 * of whoever wrote a rating or correction: the member's own when they wrote it, someone else's
 * on their answers (then left out of their export). 'none': not about members. A new column
 * fails the first test until it is classified here and covered by export and delete.
 */
type Kind = 'member' | 'author' | 'none';
const cols = (kind: Kind, names: string) => Object.fromEntries(names.split(' ').map((n) => [n, kind]));
const COLUMNS: Record<string, Record<string, Kind>> = {
  athlete_profiles: cols(
    'member',
    'id discord_user_id user_id display_name weight_kg height_cm age sex division training_history current_phase race_date goal_time_minutes weekly_availability_hours equipment_available injuries_limitations preferences checkin_opt_in checkin_time timezone created_at updated_at last_checkin_on',
  ),
  workout_logs: cols(
    'member',
    'id athlete_id source_id date session_type prescribed_workout completed_workout rpe_pre rpe_post duration_minutes distance_km notes created_at discord_guild_id',
  ),
  benchmark_tests: cols('member', 'id athlete_id source_id test_date test_type subject results notes created_at discord_guild_id'),
  conversations: cols(
    'member',
    'id athlete_id source_id parent_id discord_guild_id discord_channel_id discord_message_id discord_thread_id question answer messages rag_chunks_used tools_used model_used degraded latency_ms prompt_tokens completion_tokens quality_rating flagged_for_training created_at delivered_parts delivered_at',
  ),
  ratings: { ...cols('member', 'id conversation_id rating rater_is_coach created_at updated_at'), rater_discord_user_id: 'author' },
  corrections: { ...cols('member', 'id conversation_id source_id content created_at'), coach_discord_user_id: 'author' },
  discord_identities: cols('member', 'user_id discord_user_id created_at'),
  deleted_members: cols('member', 'discord_user_id deleted_at'),
  app_migrations: cols('none', 'version name checksum applied_at'),
  fine_tune_jobs: cols(
    'none',
    'id provider job_id base_model suffix dataset_hash training_file_id validation_file_id hyperparameters status result_model error trained_tokens created_at updated_at finished_at registered_at',
  ),
  knowledge_chunks: cols(
    'none',
    'id source_doc section content asked topic_tags chunk_index word_count token_count content_hash embedding embedding_model ingest_run_id fts created_at updated_at',
  ),
  embedding_models: cols('none', 'id kind payload active created_at'),
  knowledge_terms: cols('none', 'term doc_count'),
};

/** The member's rows per table, and where each table's rows go in the export. */
const MINE = '(select id from athlete_profiles where discord_user_id = $1)';
const MY_CONV = `(select id from conversations where athlete_id in ${MINE})`;
const OWNED: Record<string, { where: string; sections: (keyof MemberExport)[]; key: string }> = {
  athlete_profiles: { where: 'discord_user_id = $1', sections: ['profile'], key: 'id' },
  workout_logs: { where: `athlete_id in ${MINE}`, sections: ['workouts'], key: 'id' },
  benchmark_tests: { where: `athlete_id in ${MINE}`, sections: ['benchmarks'], key: 'id' },
  conversations: { where: `athlete_id in ${MINE}`, sections: ['conversations'], key: 'id' },
  ratings: { where: `rater_discord_user_id = $1 or conversation_id in ${MY_CONV}`, sections: ['ratings_given', 'ratings_received'], key: 'id' },
  corrections: {
    where: `coach_discord_user_id = $1 or conversation_id in ${MY_CONV}`,
    sections: ['corrections_written', 'corrections_received'],
    key: 'id',
  },
  discord_identities: { where: 'discord_user_id = $1', sections: ['discord_identity'], key: 'user_id' },
  deleted_members: { where: 'discord_user_id = $1', sections: ['deletion'], key: 'discord_user_id' },
};

const TODAY = '2026-11-24';
let db: Db;
const member = testId('1');
const other = testId('2');

async function seedMember() {
  const m = await getOrCreateAthlete(db, member, 'Mira Marker');
  await updateProfile(db, m.id, {
    weight_kg: 64,
    height_cm: 170,
    age: 31,
    sex: 'female',
    division: 'open_women',
    race_date: '2027-03-14',
    goal_time_minutes: 85,
    weekly_availability_hours: 8,
    equipment_available: ['skierg'],
    injuries_limitations: ['marker-knee'],
    current_phase: 'specific_prep',
    checkin_opt_in: true,
    checkin_time: '18:30',
    timezone: 'Europe/London',
    training_history: { marker: 1 },
    preferences: { time: 'PM' },
  });
  await db.query("update athlete_profiles set user_id = $2, last_checkin_on = '2026-11-20' where id = $1", [m.id, randomUUID()]);
  await db.query("insert into deleted_members (discord_user_id, deleted_at) values ($1, '2026-01-01')", [member]);
  await db.query('insert into discord_identities (user_id, discord_user_id) values ($1, $2)', [randomUUID(), member]);
  await db.query(
    `insert into workout_logs (athlete_id, source_id, date, session_type, prescribed_workout, completed_workout, rpe_pre, rpe_post, duration_minutes, distance_km, notes)
    values ($1, $2, $3, 'run', '{"plan": "marker-plan"}', '{"done": "marker-done"}', 6, 7, 45, 8.2, 'marker-notes')`,
    [m.id, testId('w'), TODAY],
  );
  await recordBenchmark(
    db,
    m.id,
    { sourceId: testId('b'), testDate: TODAY, testType: 'run_5k', results: { time_seconds: 1400 }, notes: 'marker-bench' },
    TODAY,
  );
  const c1 = (
    await logConversation(db, {
      athleteId: m.id,
      sourceId: testId('c'),
      guildId: '11111',
      channelId: '22222',
      messageId: testId('m'),
      threadId: testId('t'),
      question: 'marker-question',
      answer: 'an answer',
      messages: [{ role: 'user', content: 'marker-question' }],
      chunkIds: ['k#1'],
      toolsUsed: ['pace'],
      model: 'offline',
      degraded: false,
      latencyMs: 5,
      promptTokens: 10,
      completionTokens: 20,
    })
  ).conversation;
  await logConversation(db, {
    athleteId: m.id,
    sourceId: testId('c'),
    parentId: c1.id,
    question: 'marker-followup',
    answer: 'a',
    model: 'offline',
    degraded: true,
  });
  const o = await getOrCreateAthlete(db, other, 'Olly Other');
  const oc = (
    await logConversation(db, { athleteId: o.id, sourceId: testId('c'), question: 'other question', answer: 'a', model: 'offline', degraded: true })
  ).conversation;
  await upsertRating(db, { conversationId: oc.id, raterDiscordUserId: member, rating: -1, raterIsCoach: true });
  await addCorrection(db, { conversationId: oc.id, sourceId: testId('k'), coachDiscordUserId: member, content: 'marker-correction' });
  await upsertRating(db, { conversationId: c1.id, raterDiscordUserId: other, rating: 1, raterIsCoach: false });
  await addCorrection(db, { conversationId: c1.id, sourceId: testId('k'), coachDiscordUserId: other, content: 'a better answer' });
  return { oc };
}

let otherConversation: string;
beforeAll(async () => {
  db = await freshDb();
  otherConversation = (await seedMember()).oc.id;
});
afterAll(async () => {
  await db?.close();
});

const asJson = async (table: string, where: string, id: string) =>
  (await db.query<{ r: Record<string, unknown> }>(`select to_jsonb(t) as r from ${table} t where ${where}`, [id])).map((x) => x.r);

describe('privacy', () => {
  it('classifies every column the catalog lists', async () => {
    const catalog = await db.query<{ c: string }>(
      "select table_name || '.' || column_name as c from information_schema.columns where table_schema = 'public' order by 1",
    );
    const classified = Object.entries(COLUMNS)
      .flatMap(([t, cs]) => Object.keys(cs).map((c) => `${t}.${c}`))
      .sort();
    expect(catalog.map((r) => r.c)).toEqual(classified);
    expect(Object.keys(OWNED).sort()).toEqual(
      Object.entries(COLUMNS)
        .filter(([, cs]) => Object.values(cs).some((k) => k !== 'none'))
        .map(([t]) => t)
        .sort(),
    );
  });

  it('exports every member column of every row that is theirs, and nothing of anyone else', async () => {
    const ex = await exportMemberData(db, member);
    for (const [table, o] of Object.entries(OWNED)) {
      const rows = await asJson(table, o.where, member);
      expect(rows.length, `${table} has the member's rows`).toBeGreaterThan(0);
      const exported = o.sections.flatMap((s) => (Array.isArray(ex[s]) ? ex[s] : ex[s] ? [ex[s]] : [])) as Record<string, unknown>[];
      for (const row of rows) {
        const out = exported.find((e) => e[o.key] === row[o.key]);
        expect(out, `${table} row ${String(row[o.key])} is exported`).toBeDefined();
        for (const [col, kind] of Object.entries(COLUMNS[table]!)) {
          if (kind === 'member' || row[col] === member) expect(out![col], `${table}.${col}`).toEqual(row[col]);
          else expect(out, `${table}.${col} of someone else`).not.toHaveProperty(col);
        }
      }
    }
    const text = JSON.stringify(ex);
    expect(text).not.toContain(other);
    expect(text).not.toContain('Olly');
  });

  describe('when the member deletes their data', () => {
    it('leaves nothing of theirs in any table but the tombstone, and keeps everyone else', async () => {
      expect(await deleteMemberData(db, member)).toBe(true);
      const tables = await db.query<{ tablename: string }>("select tablename from pg_tables where schemaname = 'public'");
      const markers = [member, 'Mira', 'marker-'];
      for (const { tablename } of tables) {
        const rows = await db.query<{ t: string }>(`select to_jsonb(x)::text as t from ${tablename} x`);
        const left = rows.map((r) => r.t).filter((t) => markers.some((m) => t.includes(m)));
        if (tablename === 'deleted_members') expect(left).toHaveLength(1);
        else expect(left, tablename).toEqual([]);
      }
      const tomb = await db.one<{ deleted_at: Date }>('select deleted_at from deleted_members where discord_user_id = $1', [member]);
      expect(new Date(tomb!.deleted_at).getFullYear()).toBeGreaterThan(2026 - 1);
      expect(await db.one('select quality_rating from conversations where id = $1', [otherConversation])).toEqual({ quality_rating: null });
      expect(await db.query('select 1 from athlete_profiles where discord_user_id = $1', [other])).toHaveLength(1);
      const ex = await exportMemberData(db, member);
      expect(ex).toMatchObject({
        profile: null,
        workouts: [],
        conversations: [],
        ratings_given: [],
        corrections_written: [],
        discord_identity: null,
      });
      expect(ex.deletion).not.toBeNull();
    });
  });
});

describe('privacy: queued work after a delete', () => {
  let discord: DiscordFake;
  let wctx: WorkerContext;
  let process: ReturnType<typeof createProcessor>;
  const info = (queuedAtMs: number) => ({ id: `coach-${testId()}`, name: COACH_JOB, attemptsMade: 0, finalAttempt: false, queuedAtMs });
  const coachJob = (userId: string) => ({
    interactionId: testId('5'),
    token: `tok-${randomUUID()}`,
    applicationId: discord.applicationId,
    userId,
    displayName: 'Pat',
    guildId: null,
    channelId: null,
    question: 'How should I pace my runs?',
  });
  const threadJob = (userId: string) => ({
    messageId: testId('6'),
    threadId: discord.channelId,
    guildId: null,
    userId,
    displayName: 'Pat',
    content: 'And the sled?',
  });

  beforeAll(async () => {
    discord = await startDiscordFake();
    wctx = {
      config: loadConfig({}),
      log: createLogger('silent'),
      db,
      embedder: new LocalEmbedder(),
      chat: undefined,
      now: () => new Date(),
      discord: RestDiscordOut.create('fake-token', discord.apiUrl),
    };
    process = createProcessor(wctx);
  });
  afterAll(async () => {
    await discord?.close();
  });

  it('a /coach or thread job queued before the delete stores nothing and re-creates nothing', async () => {
    const pat = testId('7');
    await getOrCreateAthlete(db, pat, 'Pat');
    const queuedAt = Date.now() - 1000;
    await deleteMemberData(db, pat);
    const coach = coachJob(pat);
    await expect(process(COACH_JOB, coach, info(queuedAt))).resolves.toMatchObject({ delivered: 'discarded' });
    await expect(process(THREAD_JOB, threadJob(pat), { ...info(queuedAt), name: THREAD_JOB })).resolves.toMatchObject({ delivered: 'discarded' });
    expect(await db.query('select 1 from athlete_profiles where discord_user_id = $1', [pat])).toEqual([]);
    expect(await db.query("select 1 from conversations where source_id like 'interaction:%' and question = 'How should I pace my runs?'")).toEqual(
      [],
    );
    const told = discord.calls.find((c) => c.path.includes(coach.token));
    expect(String(told?.body?.content)).toMatch(/deleted your Coach K data/);
  });

  it('a job queued after the delete is an explicit new use and is answered', async () => {
    const pat = testId('7');
    await getOrCreateAthlete(db, pat, 'Pat');
    await deleteMemberData(db, pat);
    const queuedAt = Date.now() + 1000;
    await expect(process(THREAD_JOB, threadJob(pat), { ...info(queuedAt), name: THREAD_JOB })).resolves.toMatchObject({ delivered: 'now' });
    expect(await db.query('select 1 from athlete_profiles where discord_user_id = $1', [pat])).toHaveLength(1);
  });

  it('when the delete lands while a job is answering, what the job stored is discarded', async () => {
    const pat = testId('7');
    const queuedAt = Date.now() - 1000;
    await deleteMemberData(db, pat);
    const again = await getOrCreateAthlete(db, pat, 'Pat');
    const { conversation } = await logConversation(db, {
      athleteId: again.id,
      sourceId: testId('c'),
      question: 'q',
      answer: 'a',
      model: 'offline',
      degraded: true,
    });
    expect(await discardIfDeletedSince(db, pat, queuedAt, conversation.id)).toBe(true);
    expect(await db.query('select 1 from athlete_profiles where discord_user_id = $1', [pat])).toEqual([]);
  });

  it("/profile delete removes the member's queued jobs, and only theirs", async () => {
    const pat = testId('7');
    const bystander = testId('8');
    const ran: string[] = [];
    const queue = new InProcessQueue(
      async (_n, data) => {
        ran.push((data as { userId: string }).userId);
      },
      { concurrency: 1 },
    );
    const ctx: CommandContext = { ...wctx, queue, rateLimiter: new MemoryRateLimiter(5, 60) };
    await getOrCreateAthlete(db, pat, 'Pat');
    await queue.add(COACH_JOB, coachJob(pat), { jobId: 'coach-pat', delayMs: 300 });
    await queue.add(COACH_JOB, coachJob(bystander), { jobId: 'coach-bystander', delayMs: 300 });
    const caller = { userId: pat, displayName: 'Pat' } as Caller;
    await expect(profile.button!(ctx, DELETE_BUTTON, caller)).resolves.toMatchObject({ content: expect.stringMatching(/^Deleted/) });
    await until(() => ran.includes(bystander));
    expect(ran).toEqual([bystander]);
    expect(await db.query('select 1 from athlete_profiles where discord_user_id = $1', [pat])).toEqual([]);
    await queue.close();
  });
});
