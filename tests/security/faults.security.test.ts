import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeThrown } from '../../src/main/cli-kit.js';
import { classifyDataDirFault, DataDirError, describeDataDirFault, toDataDirError, type DataDirFault } from '../../src/db/data-dir-faults.js';
import { openDb } from '../../src/db/open-db.js';
import { migrate } from '../../src/db/migrate.js';
import { seedDataDir } from '../support/pglite.js';

const run = promisify(execFile);
let base: string;
let pristine: string;

/** A copy of a real, migrated embedded database folder (seeded from the run's template) to damage. */
function copyOfDb(name: string): string {
  const dir = path.join(base, name, 'pglite');
  cpSync(pristine, dir, { recursive: true });
  return dir;
}
const open = (dataDir: string) => openDb({ kind: 'pglite', dataDir });

beforeAll(async () => {
  base = mkdtempSync(path.join(os.tmpdir(), 'hx-faults-'));
  pristine = path.join(base, 'pristine');
  await seedDataDir(pristine);
  const db = await open(pristine);
  await migrate(db);
  await db.query("insert into athlete_profiles (discord_user_id) values ('kept-1')");
  await db.close();
});
afterAll(() => {
  if (base) rmSync(base, { recursive: true, force: true });
});

/** Emscripten's ErrnoError as PGlite's file system throws it: a plain object, not an Error. */
const errnoError = (errno: number) => Object.assign(Object.create({ constructor: { name: 'ErrnoError' } }), { name: 'ErrnoError', errno });
const nodeError = (code: string) => Object.assign(new Error(`${code}: failed, write`), { code });

describe('faults', () => {
  describe('classifying what fs, PGlite and Postgres throw', () => {
    it.each<[string, unknown, DataDirFault | undefined]>([
      ['PGlite file system ENOSPC (ErrnoError 51)', errnoError(51), 'disk_full'],
      ['PGlite file system EDQUOT', errnoError(19), 'disk_full'],
      ['node fs ENOSPC', nodeError('ENOSPC'), 'disk_full'],
      [
        'Postgres disk_full (53100)',
        Object.assign(new Error('could not extend file "base/5/16384": No space left on device'), { code: '53100' }),
        'disk_full',
      ],
      ['"No space left on device" in a message', new Error('could not write to file "pg_wal/xlogtemp.1": No space left on device'), 'disk_full'],
      ['a damaged pg_control', new Error('PGlite failed to initialize properly'), 'damaged'],
      ['a WebAssembly abort', Object.assign(new Error('Aborted(). Build with -sASSERTIONS for more info.'), { name: 'RuntimeError' }), 'aborted'],
      ['permission denied', nodeError('EACCES'), 'permission'],
      ['PGlite file system EACCES', errnoError(2), 'permission'],
      ['a file where the folder should be', nodeError('EEXIST'), 'not_a_folder'],
      ['ENOSPC as the cause of another error', new Error('init failed', { cause: nodeError('ENOSPC') }), 'disk_full'],
      ['a unique violation', Object.assign(new Error('duplicate key value'), { code: '23505' }), undefined],
      ['a network error', nodeError('ECONNREFUSED'), undefined],
      ['a string', 'boom', undefined],
    ])('%s', (_label, error, fault) => {
      expect(classifyDataDirFault(error)).toBe(fault);
    });

    it.each<DataDirFault>(['disk_full', 'damaged', 'wal_missing', 'aborted', 'locked', 'permission', 'not_a_folder'])(
      'the %s message names DATA_DIR and the folder, says whether data is safe, and what to do',
      (fault) => {
        const message = describeDataDirFault(fault, { dataDir: '/srv/coach/.data/pglite' });
        expect(message).toMatch(/DATA_DIR/);
        expect(message).toContain('/srv/coach/.data/pglite');
        expect(message).toMatch(/is safe|not safe|may be lost|Nothing was changed/);
        expect(message).toMatch(/Free some space|mv "|Stop the other process|chown|Set DATA_DIR/);
        expect(message.length).toBeLessThan(500);
      },
    );

    it('a full disk at first start says nothing was stored and to delete the half-created folder', () => {
      const e = toDataDirError(errnoError(51), { dataDir: '/d/pglite', fresh: true });
      expect(e?.message).toMatch(/Nothing had been stored yet.*df -h "\/d\/pglite".*rm -r "\/d\/pglite"/);
    });

    it('a thrown non-Error object is printed by its fields, never as [object Object]', () => {
      expect(describeThrown(errnoError(51))).toBe('{"name":"ErrnoError","errno":51}');
    });
  });

  describe('on a real data folder', () => {
    it('a damaged pg_control: says it is damaged, that its data is not safe, and how to restore', async () => {
      const dir = copyOfDb('control');
      writeFileSync(path.join(dir, 'global/pg_control'), Buffer.alloc(8192, 7));
      const error = await open(dir).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DataDirError);
      expect(error).toMatchObject({ fault: 'damaged', message: expect.stringContaining(`mv "${dir}"`) });
      expect((error as Error).message).toMatch(/not safe to use as is.*restore your latest backup/);
    });

    it('a missing WAL: says the WAL is missing, not "Aborted()"', async () => {
      const dir = copyOfDb('wal');
      for (const f of readdirSync(path.join(dir, 'pg_wal'))) if (/^[0-9A-F]{24}$/.test(f)) rmSync(path.join(dir, 'pg_wal', f));
      const error = await open(dir).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ fault: 'wal_missing', message: expect.stringMatching(/write-ahead log \(pg_wal\)/) });
      expect((error as Error).message).not.toMatch(/Aborted|ASSERTIONS/);
    });

    it('a folder in use: a second open is refused while the first holds it, and works after close', async () => {
      const dir = copyOfDb('locked');
      const first = await open(dir);
      const error = await open(dir).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ fault: 'locked', message: expect.stringContaining(`pid ${process.pid}`) });
      expect(await first.query('select discord_user_id from athlete_profiles')).toEqual([{ discord_user_id: 'kept-1' }]);
      await first.close();
      const again = await open(dir);
      await again.close();
    });

    it.each([
      ['a process that is gone', 2 ** 22 + 12345],
      ['an earlier run with this pid (a restarted container is pid 1 again)', process.pid],
    ])('a lock left by %s is taken over', async (_label, pid) => {
      const dir = copyOfDb(`stale-${pid}`);
      writeFileSync(
        `${dir}.lock`,
        JSON.stringify({ pid, host: os.hostname(), since: '2026-01-01T00:00:00Z', processStartedMs: Date.parse('2026-01-01T00:00:00Z') }),
      );
      const db = await open(dir);
      expect(await db.query('select 1 as ok')).toEqual([{ ok: 1 }]);
      await db.close();
    });

    // A child process that runs initdb: on a busy 2-core machine it can take over the default 30 s.
    it('a full disk at first start: says so, that nothing was stored, and what to run (not [object Object])', async () => {
      const dataDir = path.join(base, 'full');
      const env = {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        ENOSPC_UNDER: path.join(dataDir, 'pglite'),
      };
      const args = ['--import', './tests/support/enospc-preload.mjs', '--import', 'tsx', 'src/cli/migrate.ts'];
      const result = await run(process.execPath, args, { env }).then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number; stderr: string }) => e,
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/disk holding DATA_DIR is full.*Nothing had been stored yet.*df -h/);
      expect(result.stderr).not.toMatch(/\[object Object\]/);
    }, 90_000);

    it('npm run migrate on a damaged folder prints the message and exits 1, with no stack and no [object Object]', async () => {
      const dir = copyOfDb('cli');
      writeFileSync(path.join(dir, 'global/pg_control'), Buffer.alloc(8192, 7));
      const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: path.dirname(dir), LOG_LEVEL: 'silent' };
      const result = await run(process.execPath, ['--import', 'tsx', 'src/cli/migrate.ts'], { env }).then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number; stderr: string }) => e,
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/DATA_DIR .* is damaged/);
      expect(result.stderr).not.toMatch(/\[object Object\]|PGlite failed|\n\s+at /);
    });
  });
});
