import { describe, expect, it } from 'vitest';
import { useRepositoryDb } from '../../tests/support/repository-db.js';
import type { Db } from './db.js';
import { listApplied, migrate, splitSqlStatements } from './migrate.js';

let db: Db;
useRepositoryDb((d) => (db = d));

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
      "select relname, relrowsecurity from pg_class where relname in ('athlete_profiles','workout_logs','benchmark_tests','knowledge_chunks','conversations','ratings','corrections','fine_tune_jobs')",
    );
    expect(rls).toHaveLength(8);
    expect(rls.every((r) => r.relrowsecurity)).toBe(true);
  });
  it('splits statements without breaking dollar-quoted bodies or strings', () => {
    const parts = splitSqlStatements(
      "select 1; -- a; comment\ncreate function f() returns int as $$ begin return 1; end $$ language plpgsql; select 'a;b'",
    );
    expect(parts).toEqual(['select 1', 'create function f() returns int as $$ begin return 1; end $$ language plpgsql', "select 'a;b'"]);
  });
});
