import type { Queryable } from './db.js';
import { athleteToRecord, type Athlete } from './athletes.js';
import { listBenchmarks } from './benchmarks.js';
import { listConversations } from './conversations.js';
import { listWorkouts } from './workouts.js';

/** Everything stored about one athlete (for /profile export), in the schema's field names. */
export async function exportAthleteData(db: Queryable, a: Athlete) {
  const ratings = await db.query('select conversation_id, rating, rater_is_coach, created_at::text from ratings where rater_discord_user_id = $1', [a.discordUserId]);
  return {
    exported_at: new Date().toISOString(),
    profile: athleteToRecord(a),
    workouts: (await listWorkouts(db, a.id, '1900-01-01', '2999-12-31')).map((w) => ({
      date: w.date, session_type: w.sessionType, duration_minutes: w.durationMin, rpe_post: w.rpe, rpe_pre: w.rpePre,
      distance_km: w.distanceKm, notes: w.notes,
    })),
    benchmarks: (await listBenchmarks(db, a.id)).map((b) => ({ test_date: b.testDate, test_type: b.testType, subject: b.subject, results: b.results, notes: b.notes })),
    conversations: (await listConversations(db, a.id)).map((c) => ({ created_at: c.createdAt, question: c.question, answer: c.answer, model: c.model, degraded: c.degraded })),
    ratings_given: ratings,
  };
}
