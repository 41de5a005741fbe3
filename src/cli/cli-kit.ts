import { ConfigError } from '../config.js';
import { DataDirError } from '../db/data-dir-faults.js';
import { classifyError } from '../errors.js';

/**
 * Runs a CLI's main: exit 0 on success, 2 on a UserError or bad configuration (printed to
 * stderr as is), 1 on a failure of our own (message, and the stack only with --verbose).
 */
export function runMain(main: () => Promise<number | void>): void {
  const verbose = process.argv.includes('--verbose');
  main().then(
    (code) => { process.exitCode = code ?? 0; },
    (error: unknown) => {
      if (error instanceof ConfigError) {
        process.stderr.write(`${error.message}\n`);
        process.exitCode = 2;
        return;
      }
      if (error instanceof DataDirError) {
        process.stderr.write(`${error.message}\n`);
        process.exitCode = 1;
        return;
      }
      const c = classifyError(error);
      if (c.kind === 'user') {
        process.stderr.write(`${c.error.message}${c.error.hint ? `\nExample: ${c.error.hint}` : ''}\n`);
        process.exitCode = 2;
        return;
      }
      const err = error as Error;
      process.stderr.write(`error: ${describeThrown(error)}\n`);
      if (verbose && err?.stack) process.stderr.write(`${err.stack}\n`);
      else process.stderr.write('(run again with --verbose for details)\n');
      process.exitCode = 1;
    },
  );
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

/** Progress on a TTY as a bar; under CI or a pipe, a plain line every ~10 %. */
export function progress(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const tty = stream.isTTY && process.env.CI !== 'true';
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
