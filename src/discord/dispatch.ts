import { DiscordAPIError, MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { COMMANDS } from '../../commands/index.js';
import { classifyError, fromZodError, userMessage } from '../errors.js';
import { cleanDeep } from '../domain/clean-text.js';
import type { Caller, CommandContext, CommandModule } from './command.js';
import { isPending } from './command.js';
import { toInteractionPayload } from './render.js';

export interface CommandOutcome {
  command: string;
  interactionId: string;
  outcome: 'ok' | 'pending' | 'user_error' | 'transient' | 'bug' | 'duplicate';
  durationMs: number;
}

/** Discord answers 40060 when an interaction was already acknowledged (a redelivery). */
function alreadyAcknowledged(error: unknown): boolean {
  return error instanceof DiscordAPIError && Number(error.code) === 40060;
}

/** Flattens slash options (subcommand included) into one plain object for the zod input. */
export function flattenOptions(interaction: ChatInputCommandInteraction): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const sub = interaction.options.getSubcommand(false);
  if (sub) out.subcommand = sub;
  const walk = (opts: readonly { name: string; value?: unknown; options?: readonly unknown[] }[]) => {
    for (const o of opts) {
      if (o.options) walk(o.options as never);
      else if (o.value !== undefined) out[o.name] = o.value;
    }
  };
  walk(interaction.options.data as never);
  return out;
}

export function callerOf(i: ChatInputCommandInteraction | ButtonInteraction, coachRoleId?: string): Caller {
  const roles = i.member && 'roles' in i.member ? (Array.isArray(i.member.roles) ? i.member.roles : [...i.member.roles.cache.keys()]) : [];
  return {
    userId: i.user.id,
    displayName: (i.member && 'displayName' in i.member ? i.member.displayName : null) ?? i.user.globalName ?? i.user.username,
    interactionId: i.id,
    interactionToken: i.token,
    applicationId: i.applicationId,
    appPermissions: i.appPermissions?.bitfield.toString() ?? null,
    guildId: i.guildId,
    channelId: i.channelId,
    isCoach: coachRoleId !== undefined && roles.includes(coachRoleId),
  };
}

/**
 * THE one catch point for slash commands: look up → parse options with zod → defer within
 * Discord's 3 s (with the command's visibility) → run → render → edit the reply; on failure,
 * classify and show a friendly message in the reply (a bad input privately, before deferring).
 */
export async function dispatchCommand(
  ctx: CommandContext,
  interaction: ChatInputCommandInteraction,
  commands: readonly CommandModule[] = COMMANDS,
): Promise<CommandOutcome> {
  const started = performance.now();
  const done = (outcome: CommandOutcome['outcome']): CommandOutcome => {
    const o = { command: interaction.commandName, interactionId: interaction.id, outcome, durationMs: Math.round(performance.now() - started) };
    ctx.log.info(o, 'command.finished');
    return o;
  };
  const command = commands.find((c) => c.data.name === interaction.commandName);
  if (!command) {
    await interaction.reply({ content: 'That command is not known here (yet).', flags: MessageFlags.Ephemeral }).catch(() => undefined);
    return done('user_error');
  }
  // Options are checked before the deferral: a bad input is answered privately as the first
  // response, which is the one moment Discord lets a public command reply ephemerally.
  const parsed = command.input.safeParse(cleanDeep(flattenOptions(interaction)));
  if (!parsed.success) {
    try {
      await interaction.reply({
        content: `❌ ${userMessage(classifyError(fromZodError(parsed.error)))}`,
        flags: MessageFlags.Ephemeral,
        allowedMentions: { parse: [] },
      });
    } catch (error) {
      if (alreadyAcknowledged(error)) return done('duplicate');
      throw error;
    }
    return done('user_error');
  }
  try {
    await interaction.deferReply(command.visibility === 'ephemeral' ? { flags: MessageFlags.Ephemeral } : {});
  } catch (error) {
    if (alreadyAcknowledged(error)) return done('duplicate');
    throw error;
  }
  const caller = callerOf(interaction, ctx.config.discord.kind === 'present' ? ctx.config.discord.coachRoleId : undefined);
  try {
    const result = await command.run(ctx, parsed.data, caller);
    if (isPending(result)) return done('pending');
    await interaction.editReply(toInteractionPayload(result));
    return done('ok');
  } catch (error) {
    const c = classifyError(error);
    if (c.kind === 'bug')
      ctx.log.error({ command: command.data.name, interactionId: interaction.id, ref: c.reference, err: error }, 'command failed');
    // After a deferral the "thinking…" message is the reply, public or private as deferred:
    // Discord documents that the first follow-up would edit it anyway and ignore an ephemeral
    // flag, and deleting it leaves the member with nothing. So the error replaces it in place.
    await interaction.editReply({ content: `❌ ${userMessage(c)}`, components: [], allowedMentions: { parse: [] } }).catch(() => undefined);
    return done(c.kind === 'user' ? 'user_error' : c.kind);
  }
}

/** Buttons a command posted (custom id `<command>:…`), through the same catch point. */
export async function dispatchButton(
  ctx: CommandContext,
  interaction: ButtonInteraction,
  commands: readonly CommandModule[] = COMMANDS,
): Promise<void> {
  const command = commands.find((c) => interaction.customId.startsWith(`${c.data.name}:`));
  try {
    await interaction.deferUpdate();
  } catch (error) {
    if (alreadyAcknowledged(error)) return;
    throw error;
  }
  try {
    if (!command?.button) throw new Error(`no button handler for ${interaction.customId}`);
    const reply = await command.button(ctx, interaction.customId, callerOf(interaction));
    await interaction.editReply({ ...toInteractionPayload(reply), components: [] });
  } catch (error) {
    const c = classifyError(error);
    if (c.kind === 'bug') ctx.log.error({ customId: interaction.customId, ref: c.reference, err: error }, 'button failed');
    await interaction.editReply({ content: `❌ ${userMessage(c)}`, components: [] }).catch(() => undefined);
  }
}
