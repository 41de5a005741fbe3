import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { DataDirError, describeDataDirFault } from './data-dir-faults.js';

interface Holder {
  pid: number;
  host: string;
  since: string;
  processStartedMs?: number;
}

/** When this process started (ms since epoch; jitters by a few ms between calls). */
const processStartedMs = () => Math.round(Date.now() - process.uptime() * 1000);

/**
 * One process per embedded database folder: PGlite takes no lock of its own, and two processes
 * (or two opens in one) writing the same folder corrupt it. The lock is a file beside the folder
 * (`<folder>.lock`, outside PGlite's files) naming the holder; a lock whose process is gone (a
 * crash, kill -9) is taken over.
 */
export function lockDataDir(dataDir: string, now = new Date()): { release(): void } {
  const file = `${dataDir}.lock`;
  const mine: Holder = { pid: process.pid, host: hostname(), since: now.toISOString(), processStartedMs: processStartedMs() };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      writeFileSync(file, JSON.stringify(mine), { flag: 'wx' });
      return { release: () => releaseIfMine(file, mine) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        rmSync(file, { force: true }); // e.g. a full disk left it empty
        throw error;
      }
      const holder = readHolder(file);
      if (holder && isAlive(holder)) {
        const who = `pid ${holder.pid}${holder.host === mine.host ? '' : ` on ${holder.host}`}, since ${holder.since}`;
        throw new DataDirError('locked', dataDir, describeDataDirFault('locked', { dataDir, holder: who }));
      }
      rmSync(file, { force: true });
    }
  }
  throw new DataDirError('locked', dataDir, describeDataDirFault('locked', { dataDir }));
}

function readHolder(file: string): Holder | undefined {
  try {
    const h = JSON.parse(readFileSync(file, 'utf8')) as Partial<Holder>;
    return typeof h.pid === 'number' && typeof h.host === 'string'
      ? {
          pid: h.pid,
          host: h.host,
          since: String(h.since),
          processStartedMs: typeof h.processStartedMs === 'number' ? h.processStartedMs : undefined,
        }
      : undefined;
  } catch {
    return undefined; // unreadable: treated as stale
  }
}

/**
 * Another host's process cannot be checked from here, so it counts as alive. Our own pid is
 * ours only if it was written by this process: a container restarts as pid 1 with the same
 * hostname, and must not find itself locked out by its previous life.
 */
function isAlive(h: Holder): boolean {
  if (h.host !== hostname()) return true;
  if (h.pid === process.pid) return h.processStartedMs !== undefined && Math.abs(h.processStartedMs - processStartedMs()) < 2000;
  try {
    process.kill(h.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseIfMine(file: string, mine: Holder): void {
  const holder = readHolder(file);
  if (holder && holder.pid === mine.pid && holder.since === mine.since) rmSync(file, { force: true });
}
