import { REST, Routes } from 'discord.js';
import { COMMANDS } from '../../commands/index.js';
import { runMain, type CliIo } from '../main/cli-kit.js';
import { loadConfig, requireDiscord } from '../config.js';
import { registrationBody } from './registration.js';

/** `npm run register`: bulk-overwrites the slash commands (guild in development, global otherwise). */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const d = requireDiscord(loadConfig(io.env));
  const rest = new REST({ version: '10', ...(d.apiUrl ? { api: d.apiUrl } : {}) }).setToken(d.token);
  const body = registrationBody(COMMANDS);
  const route = d.guildId ? Routes.applicationGuildCommands(d.applicationId, d.guildId) : Routes.applicationCommands(d.applicationId);
  const result = (await rest.put(route, { body })) as unknown[];
  io.stdout.write(`Registered ${result.length} commands (${COMMANDS.map((c) => `/${c.data.name}`).join(', ')}) ${d.guildId ? `in guild ${d.guildId} (instant)` : 'globally (may take up to an hour to appear)'}.\n`);
  return 0;
}

runMain(import.meta.url, main);
