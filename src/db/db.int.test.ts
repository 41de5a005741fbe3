import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, testId } from '../../tests/support/pglite.js';
import { UserError } from '../errors.js';
import { getOrCreateAthlete, updateProfile } from './athletes.js';
import { deleteMemberData } from './deletion.js';
import { latestBenchmarks, recordBenchmark } from './benchmarks.js';
import { addCorrection, ratingSummary, removeRating, upsertRating } from './ratings.js';
import { findConversationByMessage, logConversation, setAnswerMessage } from './conversations.js';
import type { Db } from './db.js';
import { insertJob, registerModel, registeredModel, updateJobStatus } from './fine-tune-jobs.js';
import { listApplied, migrate, splitSqlStatements } from './migrate.js';
import { listWorkouts, recordWorkout } from './workouts.js';

const TODAY = '2026-11-24';
let db: Db;
beforeAll(async () => { db = await freshDb(); });
afterAll(async () => { await db.close(); });

async function newAthlete() {
  return getOrCreateAthlete(db, testId('u'), 'Test Athlete');
}

describe('migrate', () => {
  describe('when run a second time', () => {
    it('applies nothing and keeps the tracked list', async () => {
      const again = await migrate(db);
      expect(again.applied).toEqual([]);
      expect(again.alreadyApplied.length).toBeGreaterThanOrEqual(2);
      expect((await listApplied(db)).map((m) => m.version)).toEqual(again.alreadyApplied.map((v) => v.split('_')[0]));
    });
  });
  it('creates the HNSW and full-text indexes and enables RLS on every table', async () => {
    const idx = await db.query<{ indexdef: string }>("select indexdef from pg_indexes where tablename = 'knowledge_chunks'");
    expect(idx.some((i) => /using hnsw .*vector_cosine_ops/i.test(i.indexdef))).toBe(true);
    expect(idx.some((i) => /using gin \(fts\)/i.test(i.indexdef))).toBe(true);
    const rls = await db.query<{ relname: string; relrowsecurity: boolean }>(
      "select relname, relrowsecurity from pg_class where relname in ('athlete_profiles','workout_logs','benchmark_tests','knowledge_chunks','conversations','ratings','corrections','fine_tune_jobs')");
    expect(rls).toHaveLength(8);
    expect(rls.every((r) => r.relrowsecurity)).toBe(true);
  });
  it('splits statements without breaking dollar-quoted bodies or strings', () => {
    const parts = splitSqlStatements("select 1; -- a; comment\ncreate function f() returns int as $$ begin return 1; end $$ language plpgsql; select 'a;b'");
    expect(parts).toEqual(['select 1', 'create function f() returns int as $$ begin return 1; end $$ language plpgsql', "select 'a;b'"]);
  });
});

describe('athletes', () => {
  it('creates a profile on first contact and returns the same one after', async () => {
    const id = testId('u');
    const a = await getOrCreateAthlete(db, id, 'Sam');
    const b = await getOrCreateAthlete(db, id, 'Other name');
    expect(b.id).toBe(a.id);
    expect(b.displayName).toBe('Sam');
  });
  it('round-trips every profile field', async () => {
    const a = await newAthlete();
    const updated = await updateProfile(db, a.id, {
      weight_kg: 72.5, height_cm: 178, age: 34, sex: 'female', division: 'open_women', race_date: '2027-03-14',
      goal_time_minutes: 85, weekly_availability_hours: 7.5, equipment_available: ['skierg', 'sled'],
      injuries_limitations: ['left achilles'], current_phase: 'specific_prep', checkin_opt_in: true, checkin_time: '18:30',
      timezone: 'Europe/London', training_history: { run_km_per_week: 35 }, preferences: { time: 'PM' },
    });
    expect(updated).toMatchObject({
      weightKg: 72.5, heightCm: 178, age: 34, sex: 'female', division: 'open_women', raceDate: '2027-03-14',
      goalTimeMinutes: 85, weeklyAvailabilityHours: 7.5, equipmentAvailable: ['skierg', 'sled'],
      injuriesLimitations: ['left achilles'], currentPhase: 'specific_prep', checkinOptIn: true, checkinTime: '18:30',
      timezone: 'Europe/London', trainingHistory: { run_km_per_week: 35 }, preferences: { time: 'PM' },
    });
  });
  describe('when a profile value is out of range', () => {
    it('refuses it with a message naming the field', async () => {
      const a = await newAthlete();
      await expect(updateProfile(db, a.id, { weekly_availability_hours: 80 })).rejects.toThrow(/weekly_availability_hours/);
      await expect(updateProfile(db, a.id, { checkin_time: '25:00' })).rejects.toBeInstanceOf(UserError);
      await expect(updateProfile(db, a.id, { timezone: 'Mars/Olympus' })).rejects.toThrow(/time zone/);
    });
  });
  it('deletes an athlete with everything that is theirs', async () => {
    const a = await newAthlete();
    await recordWorkout(db, a.id, { sourceId: testId('w'), date: TODAY, sessionType: 'run', durationMin: 30, rpe: 5 }, TODAY);
    expect(await deleteMemberData(db, a.discordUserId)).toBe(true);
    expect(await db.query('select 1 from workout_logs where athlete_id = $1', [a.id])).toHaveLength(0);
  });
});

describe('workouts', () => {
  describe('when the same interaction is stored twice', () => {
    it('keeps one row and says the second was not created', async () => {
      const a = await newAthlete();
      const input = { sourceId: testId('i'), date: TODAY, sessionType: 'run' as const, durationMin: 45, rpe: 7, notes: 'tempo' };
      const first = await recordWorkout(db, a.id, input, TODAY);
      const second = await recordWorkout(db, a.id, input, TODAY);
      expect(first.created).toBe(true);
      expect(second.created).toBe(false);
      expect(second.workout.id).toBe(first.workout.id);
      expect(await listWorkouts(db, a.id, '2026-01-01', TODAY)).toHaveLength(1);
    });
  });
  describe('when input is out of range', () => {
    it.each([
      [{ rpe: 0 }, /RPE/], [{ rpe: 11 }, /RPE/], [{ durationMin: 0 }, /duration/], [{ durationMin: 2000 }, /duration/],
      [{ date: '2027-11-24' }, /future/], [{ sessionType: 'yoga' }, /session type/],
    ])('refuses %o with a clear message and stores nothing', async (patch, message) => {
      const a = await newAthlete();
      const input = { sourceId: testId('i'), date: TODAY, sessionType: 'run', durationMin: 45, rpe: 7, ...patch };
      await expect(recordWorkout(db, a.id, input, TODAY)).rejects.toThrow(message);
      expect(await listWorkouts(db, a.id, '2020-01-01', '2030-01-01')).toHaveLength(0);
    });
  });
});

describe('schema constraints', () => {
  it.each([
    ['an RPE of 11', "insert into workout_logs (athlete_id, source_id, date, session_type, rpe_post, duration_minutes) values ($1, $2, '2026-11-01', 'run', 11, 30)"],
    ['a negative duration', "insert into workout_logs (athlete_id, source_id, date, session_type, rpe_post, duration_minutes) values ($1, $2, '2026-11-01', 'run', 5, -5)"],
    ['an unknown session type', "insert into workout_logs (athlete_id, source_id, date, session_type, rpe_post, duration_minutes) values ($1, $2, '2026-11-01', 'yoga', 5, 30)"],
    ['a negative benchmark time', "insert into benchmark_tests (athlete_id, source_id, test_date, test_type, results) values ($1, $2, '2026-11-01', 'run_5k', '{\"time_seconds\": -1}')"],
    ['an unknown phase', "update athlete_profiles set current_phase = 'offseason' where id = $1 and $2 <> ''"],
    ['a negative weight', "update athlete_profiles set weight_kg = -70 where id = $1 and $2 <> ''"],
  ])('rejects %s', async (_label, sql) => {
    const a = await newAthlete();
    await expect(db.query(sql, [a.id, testId('s')])).rejects.toThrow(/violates check constraint/);
  });
  it('rejects a second workout with the same source key', async () => {
    const a = await newAthlete();
    const sql = "insert into workout_logs (athlete_id, source_id, date, session_type, rpe_post, duration_minutes) values ($1, $2, '2026-11-01', 'run', 5, 30)";
    const key = testId('dup');
    await db.query(sql, [a.id, key]);
    await expect(db.query(sql, [a.id, key])).rejects.toThrow(/duplicate key/);
  });
  it('rejects a rating outside -1/+1 and a second rating row per rater', async () => {
    const a = await newAthlete();
    const { conversation } = await logConversation(db, { athleteId: a.id, question: 'q', answer: 'a', model: 'offline', degraded: true });
    await expect(db.query("insert into ratings (conversation_id, rater_discord_user_id, rating) values ($1, 'x', 5)", [conversation.id])).rejects.toThrow(/check constraint/);
    await db.query("insert into ratings (conversation_id, rater_discord_user_id, rating) values ($1, 'x', 1)", [conversation.id]);
    await expect(db.query("insert into ratings (conversation_id, rater_discord_user_id, rating) values ($1, 'x', -1)", [conversation.id])).rejects.toThrow(/duplicate key/);
  });
});

describe('benchmarks', () => {
  it('stores a test once and returns the previous test of the same kind', async () => {
    const a = await newAthlete();
    await recordBenchmark(db, a.id, { sourceId: testId('b'), testDate: '2026-10-01', testType: 'run_5k', results: { time_seconds: 1380 } }, TODAY);
    const key = testId('b');
    const second = await recordBenchmark(db, a.id, { sourceId: key, testDate: '2026-11-20', testType: 'run_5k', results: { time_seconds: 1320 } }, TODAY);
    const again = await recordBenchmark(db, a.id, { sourceId: key, testDate: '2026-11-20', testType: 'run_5k', results: { time_seconds: 1320 } }, TODAY);
    expect(second.created).toBe(true);
    expect(again.created).toBe(false);
    expect(second.previous?.results.time_seconds).toBe(1380);
    const latest = await latestBenchmarks(db, a.id);
    expect(latest).toHaveLength(1);
    expect(latest[0]!.results.time_seconds).toBe(1320);
  });
  it('requires a station for a station test', async () => {
    const a = await newAthlete();
    await expect(recordBenchmark(db, a.id, { sourceId: testId('b'), testDate: TODAY, testType: 'station', subject: 'yoga', results: { time_seconds: 200 } }, TODAY)).rejects.toThrow(/station/);
  });
});

describe('conversations and ratings', () => {
  it('logs once per source and derives quality and training flag from ratings', async () => {
    const a = await newAthlete();
    const source = testId('c');
    const input = { athleteId: a.id, sourceId: source, question: 'How do I pace?', answer: 'Like this.', model: 'offline', degraded: true, chunkIds: ['team1b#1'], latencyMs: 12 };
    const first = await logConversation(db, input);
    const second = await logConversation(db, input);
    expect(second.created).toBe(false);
    expect(second.conversation.id).toBe(first.conversation.id);
    const message = testId('m');
    await setAnswerMessage(db, first.conversation.id, { messageId: message, channelId: '1', guildId: '2' });
    const found = await findConversationByMessage(db, message);
    expect(found?.chunkIds).toEqual(['team1b#1']);

    let s = await upsertRating(db, { conversationId: first.conversation.id, raterDiscordUserId: 'member', rating: -1, raterIsCoach: false });
    expect(s).toMatchObject({ qualityRating: 1, flaggedForTraining: false, down: 1 });
    s = await upsertRating(db, { conversationId: first.conversation.id, raterDiscordUserId: 'coach', rating: 1, raterIsCoach: true });
    // weighted up share 3 / 4 → 1 + round(4 × 0.75) = 4
    expect(s).toMatchObject({ qualityRating: 4, flaggedForTraining: true, up: 1, down: 1 });
    s = await upsertRating(db, { conversationId: first.conversation.id, raterDiscordUserId: 'coach', rating: -1, raterIsCoach: true });
    expect(s).toMatchObject({ qualityRating: 1, flaggedForTraining: false, up: 0, down: 2 });
    await removeRating(db, first.conversation.id, 'coach', -1);
    s = await removeRating(db, first.conversation.id, 'member', -1);
    expect(s).toMatchObject({ qualityRating: null, flaggedForTraining: false, up: 0, down: 0 });
    expect(await ratingSummary(db, first.conversation.id)).toEqual(s);
    expect(await addCorrection(db, { conversationId: first.conversation.id, sourceId: testId('k'), coachDiscordUserId: 'coach', content: 'Better answer' })).toBe(true);
  });
});

describe('fine-tune jobs', () => {
  it('registers only a succeeded job with a model, and the newest registered model wins', async () => {
    await insertJob(db, { provider: 'nebius', jobId: 'ftjob-1', baseModel: 'meta-llama/Llama-3.3-70B-Instruct', suffix: 'hyrox-coach-v1', datasetHash: 'abcdef123456', status: 'queued' });
    expect(await registerModel(db, 'nebius', 'ftjob-1')).toBeUndefined();
    await updateJobStatus(db, 'nebius', 'ftjob-1', { status: 'succeeded', resultModel: 'llama-lora:hyrox-coach-v1' });
    expect((await registerModel(db, 'nebius', 'ftjob-1'))?.registeredAt).not.toBeNull();
    expect(await registeredModel(db)).toBe('llama-lora:hyrox-coach-v1');
  });
});
