import { ApplicationIntegrationType, InteractionContextType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { CommandModule } from './command.js';

/**
 * Where Coach K's commands may be used, stated explicitly rather than left to Discord's defaults
 * (which change with the install type): installed to a server, usable in its channels and in the
 * bot's DMs. A command that sets its own contexts (a coach-only server command) keeps them.
 */
export const DEFAULT_CONTEXTS = [InteractionContextType.Guild, InteractionContextType.BotDM];
export const INTEGRATION_TYPES = [ApplicationIntegrationType.GuildInstall];

/** The bulk-overwrite body for `npm run register`. */
export function registrationBody(commands: readonly CommandModule[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((c) => {
    const json = c.data.toJSON();
    return { ...json, contexts: json.contexts ?? DEFAULT_CONTEXTS, integration_types: json.integration_types ?? INTEGRATION_TYPES };
  });
}
