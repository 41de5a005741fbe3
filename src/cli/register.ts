import { loadConfig, requireDiscord } from '../config.js';
import { registerCommands } from '../discord/register.js';
import { runMain, type CliIo } from '../main/cli-kit.js';

/** `npm run register`: bulk-overwrites the slash commands (guild in development, global otherwise). */
export async function main(_argv: string[], io: CliIo): Promise<number> {
  io.stdout.write(`${await registerCommands(requireDiscord(loadConfig(io.env)))}\n`);
  return 0;
}

runMain(import.meta.url, main);
