import { execFile } from 'node:child_process';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { runCli, type CliMain } from '../../src/main/cli-kit.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a CLI's main in this process, as `npm run <name>` would, with its own env and stdin. */
export async function runInProcess(main: CliMain, argv: string[], env: Record<string, string>, stdin = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(main, argv, {
    stdout: {
      write: (s: string) => {
        stdout += s;
        return true;
      },
    },
    stderr: {
      write: (s: string) => {
        stderr += s;
        return true;
      },
    },
    stdin: Readable.from(stdin ? [stdin] : []),
    env,
  });
  return { code, stdout, stderr };
}

const exec = promisify(execFile);

/** Spawns a CLI script with tsx, as `npm run` does: for the one smoke test per command. */
export async function spawnCli(script: string, args: string[], env: Record<string, string>): Promise<CliRun> {
  try {
    const r = await exec(process.execPath, ['--import', 'tsx', script, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      cwd: process.cwd(),
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
