import { DiscordAPIError, MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadConfig } from '../config.js';
import { TransientError, UserError } from '../errors.js';
import { createLogger } from '../log.js';
import { defineCommand, type CommandContext, type CommandModule } from './command.js';

const EchoInput = z.object({ rpe: z.number().int().min(1).max(10) });
import { dispatchCommand } from './dispatch.js';
import { toInteractionPayload } from './render.js';

// The interaction is the one discord.js object dispatch touches: a stand-in that records calls.
function interaction(commandName: string, options: { name: string; value: unknown }[] = [], fail?: { defer?: unknown }) {
  const calls: [string, unknown][] = [];
  const record = (name: string) => async (arg?: unknown) => {
    calls.push([name, arg]);
    if (name === 'deferReply' && fail?.defer) throw fail.defer;
  };
  const i = {
    id: '111111111111111111',
    token: 'tok',
    applicationId: '222222222222222222',
    commandName,
    guildId: null,
    channelId: '333333333333333333',
    user: { id: '444444444444444444', username: 'ana', globalName: 'Ana' },
    member: null,
    options: { data: options, getSubcommand: () => null },
    reply: record('reply'),
    deferReply: record('deferReply'),
    editReply: record('editReply'),
    deleteReply: record('deleteReply'),
    followUp: record('followUp'),
  };
  return { i: i as unknown as ChatInputCommandInteraction, calls };
}

const ctx = { config: loadConfig({}), log: createLogger('silent') } as unknown as CommandContext;
const echo = (visibility: 'ephemeral' | 'public', run: CommandModule<typeof EchoInput>['run']) =>
  defineCommand({
    data: new SlashCommandBuilder().setName('echo').setDescription('echo'),
    input: EchoInput,
    visibility,
    run,
  });

describe('dispatchCommand', () => {
  it('defers with the command visibility, runs it and edits the reply', async () => {
    const { i, calls } = interaction('echo', [{ name: 'rpe', value: 7 }]);
    const out = await dispatchCommand(ctx, i, [echo('ephemeral', async (_c, input) => ({ content: `RPE ${input.rpe}` }))]);
    expect(out.outcome).toBe('ok');
    expect(calls).toEqual([
      ['deferReply', { flags: MessageFlags.Ephemeral }],
      ['editReply', toInteractionPayload({ content: 'RPE 7' })],
    ]);
  });

  it('leaves a queued command thinking', async () => {
    const { i, calls } = interaction('echo', [{ name: 'rpe', value: 7 }]);
    expect((await dispatchCommand(ctx, i, [echo('public', async () => ({ pending: true }))])).outcome).toBe('pending');
    expect(calls).toEqual([['deferReply', {}]]);
  });

  describe('when the input is out of range', () => {
    it('answers privately as the first response, names the field and runs nothing', async () => {
      let ran = false;
      const { i, calls } = interaction('echo', [{ name: 'rpe', value: 11 }]);
      const out = await dispatchCommand(ctx, i, [
        echo('public', async () => {
          ran = true;
          return { content: '' };
        }),
      ]);
      expect(out.outcome).toBe('user_error');
      expect(ran).toBe(false);
      expect(calls).toEqual([
        ['reply', { content: expect.stringMatching(/^❌ That didn't work: rpe: /), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } }],
      ]);
    });
  });

  describe('when a command fails after the deferral', () => {
    it('replaces the thinking message with the error in place', async () => {
      const { i, calls } = interaction('echo', [{ name: 'rpe', value: 5 }]);
      const out = await dispatchCommand(ctx, i, [
        echo('public', async () => {
          throw new TransientError('redis down');
        }),
      ]);
      expect(out.outcome).toBe('transient');
      expect(calls.slice(1)).toEqual([
        [
          'editReply',
          {
            content: "❌ Coach K couldn't do that right now. Nothing was saved; try again in a minute.",
            components: [],
            allowedMentions: { parse: [] },
          },
        ],
      ]);
    });
    it('shows a user error as written, with its example', async () => {
      const { i, calls } = interaction('echo', [{ name: 'rpe', value: 5 }]);
      await dispatchCommand(ctx, i, [
        echo('public', async () => {
          throw new UserError('rate_limited', 'Slow down.', { hint: '/coach later' });
        }),
      ]);
      expect(calls.at(-1)).toEqual([
        'editReply',
        { content: '❌ Slow down.\nExample: `/coach later`', components: [], allowedMentions: { parse: [] } },
      ]);
    });
  });

  it('answers an unknown command privately', async () => {
    const { i, calls } = interaction('nope');
    expect((await dispatchCommand(ctx, i, [])).outcome).toBe('user_error');
    expect(calls).toEqual([['reply', { content: 'That command is not known here (yet).', flags: MessageFlags.Ephemeral }]]);
  });

  describe('when Discord redelivers an interaction already acknowledged', () => {
    it('does nothing more', async () => {
      const acked = new DiscordAPIError(
        { code: 40060, message: 'Interaction has already been acknowledged.' },
        40060,
        400,
        'POST',
        '/interactions',
        {},
      );
      const { i, calls } = interaction('echo', [{ name: 'rpe', value: 5 }], { defer: acked });
      expect((await dispatchCommand(ctx, i, [echo('ephemeral', async () => ({ content: 'x' }))])).outcome).toBe('duplicate');
      expect(calls).toHaveLength(1);
    });
  });
});
