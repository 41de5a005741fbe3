/**
 * Faults of the embedded database's folder, told to the operator as what happened, whether the
 * data is safe, and what to run. PGlite reports them badly: a full disk surfaces as Emscripten's
 * ErrnoError (a plain object, so "error: [object Object]"), a damaged pg_control as "PGlite
 * failed to initialize properly", and a missing WAL as a WebAssembly abort.
 */
export type DataDirFault = 'disk_full' | 'damaged' | 'wal_missing' | 'aborted' | 'locked' | 'permission' | 'not_a_folder';

/** Emscripten's errno numbers (its own table, not the host's) for the faults we name. */
const WASM_ERRNO: Record<number, DataDirFault> = {
  51: 'disk_full',
  19: 'disk_full',
  2: 'permission',
  63: 'permission',
  69: 'permission',
  54: 'not_a_folder',
};
const NODE_CODE: Record<string, DataDirFault> = {
  ENOSPC: 'disk_full',
  EDQUOT: 'disk_full',
  EACCES: 'permission',
  EPERM: 'permission',
  EROFS: 'permission',
  ENOTDIR: 'not_a_folder',
  EEXIST: 'not_a_folder',
};

/** Which data-folder fault an error thrown by fs, PGlite or Postgres is, if any. */
export function classifyDataDirFault(error: unknown): DataDirFault | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as { name?: unknown; errno?: unknown; code?: unknown; message?: unknown; cause?: unknown };
  if (e.name === 'ErrnoError' && typeof e.errno === 'number') return WASM_ERRNO[e.errno] ?? 'damaged';
  if (typeof e.code === 'string' && NODE_CODE[e.code]) return NODE_CODE[e.code];
  if (e.code === '53100') return 'disk_full'; // Postgres disk_full
  const message = typeof e.message === 'string' ? e.message : '';
  if (/No space left on device|disk quota exceeded/i.test(message)) return 'disk_full';
  if (/PGlite failed to initialize properly|could not read file "global\/pg_control"|incorrect checksum in control file/i.test(message))
    return 'damaged';
  if (/^Aborted\(/.test(message)) return 'aborted';
  return e.cause && e.cause !== error ? classifyDataDirFault(e.cause) : undefined;
}

/** A data-folder fault with the operator's message; `fault` is stable for code and tests. */
export class DataDirError extends Error {
  constructor(
    readonly fault: DataDirFault,
    readonly dataDir: string,
    message: string,
    options: { cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'DataDirError';
  }
}

export interface FaultContext {
  dataDir: string;
  /** True when the folder held no database before this start (first start, half-created now). */
  fresh?: boolean;
  /** For 'locked': who holds the folder. */
  holder?: string;
}

const aside = (dir: string) => `mv "${dir}" "${dir}.damaged-$(date +%Y%m%d)"`;

/** The operator's message for a fault: what happened, whether data is safe, what to run. */
export function describeDataDirFault(fault: DataDirFault, c: FaultContext): string {
  const where = `the embedded database in DATA_DIR (${c.dataDir})`;
  switch (fault) {
    case 'disk_full':
      return c.fresh
        ? `The disk holding DATA_DIR is full, so ${where} could not be created. Nothing had been stored yet. Free some space (check with: df -h "${c.dataDir}"), delete the half-created folder (rm -r "${c.dataDir}"), and start again.`
        : `The disk holding DATA_DIR is full, so ${where} cannot write. What was saved before is safe (Postgres never commits a write it could not make). Free some space (check with: df -h "${c.dataDir}") and start again.`;
    case 'damaged':
      return `${cap(where)} is damaged and cannot be opened (a core file such as global/pg_control is unreadable). Its data is not safe to use as is. Move the folder aside (${aside(c.dataDir)}), then restore your latest backup copy of it to ${c.dataDir}, or start empty; keep the damaged copy for recovery.`;
    case 'wal_missing':
      return `${cap(where)} is missing its write-ahead log (pg_wal), so it cannot start. Changes since the last checkpoint may be lost and the rest is not safe to use as is. Move the folder aside (${aside(c.dataDir)}), then restore your latest backup copy of it to ${c.dataDir}, or start empty.`;
    case 'aborted':
      return `${cap(where)} aborted while starting: its files are damaged or incomplete, and its data is not safe to use as is. Move the folder aside (${aside(c.dataDir)}), then restore your latest backup copy of it to ${c.dataDir}, or start empty.`;
    case 'locked':
      return `${cap(where)} is in use by another Coach K process${c.holder ? ` (${c.holder})` : ''}; the embedded database allows one process per folder. The data is safe. Stop the other process, give this one its own DATA_DIR, or set DATABASE_URL so several processes share one Postgres.`;
    case 'permission':
      return `Coach K may not read or write ${where}: permission denied. The data is safe. Make the folder writable for this user (chown -R "$(whoami)" "${c.dataDir}") or set DATA_DIR to a writable folder.`;
    case 'not_a_folder':
      return `DATA_DIR (${c.dataDir}) is not a folder (a file is in the way). Nothing was changed. Set DATA_DIR to a folder, or move the file away.`;
  }
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** Converts a data-folder fault into a DataDirError; returns undefined for anything else. */
export function toDataDirError(error: unknown, c: FaultContext): DataDirError | undefined {
  if (error instanceof DataDirError) return error;
  const fault = classifyDataDirFault(error);
  return fault && new DataDirError(fault, c.dataDir, describeDataDirFault(fault, c), { cause: error });
}
