import { REST, Routes } from 'discord.js';
import { COMMANDS } from '../../commands/index.js';
import { runMain } from '../cli/cli-kit.js';
import { loadConfig, readEnvironment, requireDiscord } from '../config.js';

/** `npm run register`: bulk-overwrites the slash commands (guild in development, global otherwise). */
runMain(async () => {
  const d = requireDiscord(loadConfig(readEnvironment()));
  const rest = new REST({ version: '10', ...(d.apiUrl ? { api: d.apiUrl } : {}) }).setToken(d.token);
  const body = COMMANDS.map((c) => c.data.toJSON());
  const route = d.guildId ? Routes.applicationGuildCommands(d.applicationId, d.guildId) : Routes.applicationCommands(d.applicationId);
  const result = (await rest.put(route, { body })) as unknown[];
  process.stdout.write(`Registered ${result.length} commands (${COMMANDS.map((c) => `/${c.data.name}`).join(', ')}) ${d.guildId ? `in guild ${d.guildId} (instant)` : 'globally (may take up to an hour to appear)'}.\n`);
  return 0;
});
