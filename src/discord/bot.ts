import type { RESTOptions } from '@discordjs/rest';
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { CommandContext } from './command.js';
import { dispatchButton, dispatchCommand } from './dispatch.js';
import { handleDm, handleGuildMessage, handleReaction, isDm } from './events.js';

/** Only the intents the bot needs: slash commands, guild/DM messages (threads, DM logs) and reactions. */
export const INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.GuildMessageReactions,
  GatewayIntentBits.DirectMessages,
  // 👍/👎 on answers given in DMs (global commands work there): without it, those ratings never arrive.
  GatewayIntentBits.DirectMessageReactions,
  GatewayIntentBits.MessageContent,
];

/**
 * Builds the discord.js client and routes every event to its handler. Each handler is wrapped
 * so a failure becomes a log line, never a crash.
 */
export function createBot(ctx: CommandContext, opts: { apiUrl?: string; makeRequest?: RESTOptions['makeRequest'] } = {}): Client {
  const client = new Client({
    intents: INTENTS,
    // DMs arrive in uncached channels, reactions on old (uncached) messages.
    partials: [Partials.Channel, Partials.Message, Partials.Reaction, Partials.User],
    rest: { ...(opts.apiUrl ? { api: opts.apiUrl } : {}), ...(opts.makeRequest ? { makeRequest: opts.makeRequest } : {}) },
  });
  const guard = (what: string, fn: () => Promise<unknown>) => {
    fn().catch((error: unknown) => ctx.log.error({ event: what, err: error }, 'event handler failed'));
  };
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand()) guard('command', () => dispatchCommand(ctx, interaction));
    else if (interaction.isButton()) guard('button', () => dispatchButton(ctx, interaction));
  });
  client.on(Events.MessageCreate, (message) => {
    if (message.author.bot) return;
    if (isDm(message)) guard('dm', () => handleDm(ctx, message));
    else guard('message', () => handleGuildMessage(ctx, message));
  });
  client.on(Events.MessageReactionAdd, (reaction, user) => guard('reaction', () => handleReaction(ctx, reaction, user, 'added')));
  client.on(Events.MessageReactionRemove, (reaction, user) => guard('reaction', () => handleReaction(ctx, reaction, user, 'removed')));
  client.on(Events.Error, (error) => ctx.log.error({ err: error }, 'discord client error'));
  return client;
}
