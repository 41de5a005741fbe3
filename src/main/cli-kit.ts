import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError, readEnvironment } from '../config.js';
import { DataDirError } from '../db/data-dir-faults.js';
import { classifyError } from '../errors.js';

/** Where a CLI reads and writes: the process's streams and env, or a caller's (in-process runs). */
export interface CliIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
}

/** A CLI's main: arguments after the script name in, exit code out. */
export type CliMain = (argv: string[], io: CliIo) => Promise<number | void>;

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: readEnvironment() };
}

/**
 * Runs a CLI's main and returns its exit code: 0 on success, 2 on a UserError or bad
 * configuration (printed to stderr as is), 1 on a failure of our own (message, and the stack
 * only with --verbose).
 */
export async function runCli(main: CliMain, argv: string[], io: CliIo): Promise<number> {
  try {
    return (await main(argv, io)) ?? 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
    if (error instanceof DataDirError) {
      io.stderr.write(`${error.message}\n`);
      return 1;
    }
    const c = classifyError(error);
    if (c.kind === 'user') {
      io.stderr.write(`${c.error.message}${c.error.hint ? `\nExample: ${c.error.hint}` : ''}\n`);
      return 2;
    }
    const err = error as Error;
    io.stderr.write(`error: ${describeThrown(error)}\n`);
    if (argv.includes('--verbose') && err?.stack) io.stderr.write(`${err.stack}\n`);
    else io.stderr.write('(run again with --verbose for details)\n');
    return 1;
  }
}

/**
 * Runs `main` on the process's arguments and streams when `moduleUrl` is the script node was
 * started with (`npm run <name>`); importing the module (another CLI, a test) runs nothing.
 */
export function runMain(moduleUrl: string, main: CliMain): void {
  const entry = process.argv[1];
  if (!entry || realpathSync(entry) !== realpathSync(fileURLToPath(moduleUrl))) return;
  void runCli(main, process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}

/** Progress on a TTY as a bar; under CI or a pipe, a plain line every ~10 %. */
export function progress(label: string, io: Pick<CliIo, 'stderr' | 'env'>) {
  const stream = io.stderr;
  const tty = Boolean(stream.isTTY) && io.env.CI !== 'true';
  let lastPct = -1;
  return {
    update(done: number, total: number) {
      const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (tty) {
        const width = 28;
        const fill = Math.round((pct / 100) * width);
        stream.write(`\r${label} [${'█'.repeat(fill)}${'░'.repeat(width - fill)}] ${done}/${total}`);
        if (done >= total) stream.write('\n');
      } else if (pct >= lastPct + 10 || done >= total) {
        lastPct = pct;
        stream.write(`${label}: ${done}/${total} (${pct}%)\n`);
      }
    },
  };
}

/** A thrown value as text: its message, or for a non-Error object (e.g. Emscripten's ErrnoError) its fields, never "[object Object]". */
export function describeThrown(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (error && typeof error === 'object') {
    try {
      return JSON.stringify(error) ?? Object.prototype.toString.call(error);
    } catch {
      return Object.prototype.toString.call(error);
    }
  }
  return String(error);
}
