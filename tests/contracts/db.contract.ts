import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/db.js';
import { toVectorLiteral } from '../../src/db/db.js';
import { migrate } from '../../src/db/migrate.js';
import { getOrCreateAthlete, updateProfile } from '../../src/db/athletes.js';
import { listWorkouts, recordWorkout } from '../../src/db/workouts.js';

/** What every Db implementation must do, registered once per driver. */
export function dbContract(name: string, open: () => Promise<{ db: Db; close(): Promise<void> }>) {
  describe(`Db contract: ${name}`, () => {
    let db: Db;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ db, close } = await open());
    });
    afterAll(async () => close());

    it('migrates, and a second run applies nothing', async () => {
      const first = await migrate(db);
      const second = await migrate(db);
      expect(first.applied.length + first.alreadyApplied.length).toBeGreaterThanOrEqual(2);
      expect(second.applied).toEqual([]);
    });

    it('commits a transaction that resolves and rolls back one that throws', async () => {
      await db.exec('create table if not exists contract_t (v int)');
      await db.tx(async (q) => {
        await q.query('insert into contract_t values (1)');
      });
      await expect(
        db.tx(async (q) => {
          await q.query('insert into contract_t values (2)');
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await db.query<{ v: number }>('select v from contract_t order by v')).toEqual([{ v: 1 }]);
    });

    it('returns dates as YYYY-MM-DD text and numerics as numbers', async () => {
      const a = await getOrCreateAthlete(db, `contract-${name}`);
      const updated = await updateProfile(db, a.id, { weight_kg: 81.5, race_date: '2027-04-03' });
      expect(updated.weightKg).toBe(81.5);
      expect(updated.raceDate).toBe('2027-04-03');
      await recordWorkout(
        db,
        a.id,
        { sourceId: `contract-w-${name}`, date: '2026-11-20', sessionType: 'run', durationMin: 40, rpe: 6 },
        '2026-11-24',
      );
      const [w] = await listWorkouts(db, a.id, '2026-11-01', '2026-11-30');
      expect(w?.date).toBe('2026-11-20');
    });

    it('stores vectors and orders by cosine distance', async () => {
      const v = (x: number, y: number) => toVectorLiteral([x, y, ...new Array(1534).fill(0)]);
      await db.query(
        `insert into knowledge_chunks (id, source_doc, section, content, chunk_index, word_count, token_count, content_hash, embedding, embedding_model)
         values ('c-a', 'd.md', 'A', 'sled push technique', 0, 3, 3, 'h1', $1::vector, 'm'), ('c-b', 'd.md', 'B', 'protein per day', 1, 3, 3, 'h2', $2::vector, 'm')
         on conflict (id) do nothing`,
        [v(1, 0), v(0, 1)],
      );
      const rows = await db.query<{ id: string }>('select id from knowledge_chunks order by embedding <=> $1::vector limit 1', [v(0.9, 0.1)]);
      expect(rows[0]?.id).toBe('c-a');
      const fts = await db.query<{ id: string }>("select id from knowledge_chunks where fts @@ websearch_to_tsquery('english', 'protein')");
      expect(fts.map((r) => r.id)).toEqual(['c-b']);
    });
    it('runs a prepared statement like an unnamed one: reused, with arrays, nulls and dates, in and out of a transaction, and after an error', async () => {
      await db.exec('create table if not exists contract_p (id int primary key, tags text[], d date, note text)');
      await db.query("insert into contract_p values (1, '{a,b}', '2026-11-20', null), (2, '{c}', '2026-11-21', 'x') on conflict (id) do nothing");
      const sql = 'select id, d, note, $2::int + 0 as plus from contract_p where tags && $1::text[] order by id';
      const unnamed = await db.query(sql, [['a', 'c'], 1]);
      expect(unnamed).toEqual([
        { id: 1, d: '2026-11-20', note: null, plus: 1 },
        { id: 2, d: '2026-11-21', note: 'x', plus: 1 },
      ]);
      // More runs than Postgres plans for their values (five) before it may keep a generic plan.
      for (let i = 0; i < 7; i++) expect(await db.query(sql, [['a', 'c'], 1], { prepare: true })).toEqual(unnamed);
      expect(await db.query(sql, [['c'], null], { prepare: true })).toEqual([{ id: 2, d: '2026-11-21', note: 'x', plus: null }]);
      expect(await db.tx((q) => q.query(sql, [['b'], 2], { prepare: true }))).toEqual([{ id: 1, d: '2026-11-20', note: null, plus: 2 }]);
      await expect(db.query('select 1 / $1::int as x', [0], { prepare: true })).rejects.toThrow(/division by zero/);
      await expect(db.tx((q) => q.query('select 1 / $1::int as x', [0], { prepare: true }))).rejects.toThrow(/division by zero/);
      expect(await db.query('select 1 / $1::int as x', [1], { prepare: true })).toEqual([{ x: 1 }]);
      expect(await db.query(sql, [['a'], 3], { prepare: true })).toEqual([{ id: 1, d: '2026-11-20', note: null, plus: 3 }]);
      const since = 'select count(*)::int as n from contract_p where d::timestamptz >= $1';
      expect(await db.one(since, [new Date('2026-11-21T00:00:00Z')], { prepare: true })).toEqual(
        await db.one(since, [new Date('2026-11-21T00:00:00Z')]),
      );
    });
    it('runs a statement with settings local to its own transaction, or to the enclosing one', async () => {
      const setting = "select current_setting('enable_seqscan') as v";
      for (const prepare of [false, true]) {
        expect(await db.query(setting, [], { prepare, settings: { enable_seqscan: 'off' } })).toEqual([{ v: 'off' }]);
        expect(await db.query(setting)).toEqual([{ v: 'on' }]);
        const inTx = await db.tx(async (q) => [await q.query(setting, [], { prepare, settings: { enable_seqscan: 'off' } }), await q.query(setting)]);
        expect(inTx).toEqual([[{ v: 'off' }], [{ v: 'off' }]]);
        expect(await db.query(setting)).toEqual([{ v: 'on' }]);
        await expect(db.query('select 1 / $1::int as x', [0], { prepare, settings: { enable_seqscan: 'off' } })).rejects.toThrow(/division by zero/);
        expect(await db.query(setting)).toEqual([{ v: 'on' }]);
      }
    });
  });
}
