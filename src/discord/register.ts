import { REST, Routes } from 'discord.js';
import { COMMANDS } from '../../commands/index.js';
import type { DiscordConfig } from '../config.js';
import { registrationBody } from './registration.js';

/** Bulk-overwrites the slash commands (guild in development, global otherwise); returns a summary line. */
export async function registerCommands(d: Extract<DiscordConfig, { kind: 'present' }>): Promise<string> {
  const rest = new REST({ version: '10', ...(d.apiUrl ? { api: d.apiUrl } : {}) }).setToken(d.token);
  const body = registrationBody(COMMANDS);
  const route = d.guildId ? Routes.applicationGuildCommands(d.applicationId, d.guildId) : Routes.applicationCommands(d.applicationId);
  const result = (await rest.put(route, { body })) as unknown[];
  return `Registered ${result.length} commands (${COMMANDS.map((c) => `/${c.data.name}`).join(', ')}) ${d.guildId ? `in guild ${d.guildId} (instant)` : 'globally (may take up to an hour to appear)'}.`;
}
