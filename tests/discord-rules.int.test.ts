import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { COMMANDS } from '../commands/index.js';
import { registerCommands } from '../src/discord/register.js';
import { registrationBody } from '../src/discord/registration.js';
import { snowflake, startDiscordFake, type DiscordFake } from './support/discord-fake.js';
import { checkCommands } from './support/discord-rules.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAw.GaBcDe.fake-token-for-the-local-discord-xyz';
let discord: DiscordFake;
let rest: REST;
beforeAll(async () => {
  discord = await startDiscordFake();
  rest = new REST({ version: '10', api: discord.apiUrl, retries: 0 }).setToken(TOKEN);
});
afterAll(() => discord.close());

const raw = (method: string, path: string, body?: unknown, auth = true) =>
  fetch(`${discord.apiUrl}/v10${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bot ${TOKEN}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('the local Discord is strict where Discord is', () => {
  it('refuses calls without the bot token (401)', async () => {
    const res = await raw('POST', `/channels/${discord.channelId}/messages`, { content: 'hi' }, false);
    expect(res.status).toBe(401);
  });
  it('refuses content over 2,000 characters and unknown fields (50035)', async () => {
    const long = await raw('POST', `/channels/${discord.channelId}/messages`, { content: 'x'.repeat(2001) });
    expect(await long.json()).toMatchObject({ code: 50035, errors: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } });
    const unknown = await raw('POST', `/channels/${discord.channelId}/messages`, { content: 'hi', colour: 'red' });
    expect(unknown.status).toBe(400);
  });
  it('drops an interaction answered after 3 s (10062), and has no webhook before the acknowledgement (10015)', async () => {
    const { interactionId, token } = await discord.slashCommand({ name: 'coach', userId: snowflake(), options: { question: 'pace?' } });
    const early = await raw('POST', `/webhooks/${discord.applicationId}/${token}`, { content: 'too soon' }, false);
    expect(await early.json()).toMatchObject({ code: 10015 });
    discord.ageInteraction(interactionId, 3500);
    const late = await raw('POST', `/interactions/${interactionId}/${token}/callback`, { type: 5 }, false);
    expect(late.status).toBe(404);
    expect(await late.json()).toMatchObject({ code: 10062 });
  });
  it('answers an expired token with 401 / 50027, as Discord does after 15 minutes', async () => {
    const { interactionId, token } = await discord.slashCommand({ name: 'coach', userId: snowflake(), options: { question: 'pace?' } });
    await raw('POST', `/interactions/${interactionId}/${token}/callback`, { type: 5 }, false);
    discord.expireToken(token);
    const res = await raw('PATCH', `/webhooks/${discord.applicationId}/${token}/messages/@original`, { content: 'late' }, false);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 50027 });
  });
  it('makes a deferral a real message: the first follow-up edits it, delete removes it', async () => {
    const { interactionId, token } = await discord.slashCommand({ name: 'coach', userId: snowflake(), options: { question: 'pace?' } });
    await raw('POST', `/interactions/${interactionId}/${token}/callback`, { type: 5, data: { flags: 64 } }, false);
    const follow = (await (
      await raw('POST', `/webhooks/${discord.applicationId}/${token}`, { content: 'first follow-up', flags: 0 }, false)
    ).json()) as { id: string; flags: number };
    const original = (await (await raw('GET', `/webhooks/${discord.applicationId}/${token}/messages/@original`, undefined, false)).json()) as {
      id: string;
    };
    expect(follow.id).toBe(original.id);
    expect(follow.flags & 64).toBe(64);
    expect((await raw('DELETE', `/webhooks/${discord.applicationId}/${token}/messages/@original`, undefined, false)).status).toBe(204);
  });
  it('hides ephemeral messages from channel routes and refuses threads in DMs', async () => {
    const { interactionId, token } = await discord.slashCommand({ name: 'log', userId: snowflake(), options: {} });
    await raw('POST', `/interactions/${interactionId}/${token}/callback`, { type: 4, data: { content: 'private', flags: 64 } }, false);
    const msg = (await (await raw('GET', `/webhooks/${discord.applicationId}/${token}/messages/@original`, undefined, false)).json()) as {
      id: string;
    };
    expect((await raw('PUT', `/channels/${discord.channelId}/messages/${msg.id}/reactions/%F0%9F%91%8D/@me`)).status).toBe(404);
    const dmUser = snowflake();
    const dm = (await (await raw('POST', '/users/@me/channels', { recipient_id: dmUser })).json()) as { id: string };
    const sent = (await (await raw('POST', `/channels/${dm.id}/messages`, { content: 'hi' })).json()) as { id: string };
    expect(await (await raw('POST', `/channels/${dm.id}/messages/${sent.id}/threads`, { name: 'x' })).json()).toMatchObject({ code: 50003 });
    discord.closeDms(dmUser);
    expect(await (await raw('POST', `/channels/${dm.id}/messages`, { content: 'again' })).json()).toMatchObject({ code: 50007 });
  });
  it('answers 403 / 50013 where the bot lacks a permission', async () => {
    const channelId = snowflake();
    discord.addChannel(channelId, 'locked');
    discord.denyPermissions(channelId, 'SendMessages');
    expect(await (await raw('POST', `/channels/${channelId}/messages`, { content: 'hi' })).json()).toMatchObject({ code: 50013 });
  });
  it('rate-limits a route with 429 and retry_after, which @discordjs/rest waits out', async () => {
    discord.rateLimitNext({ method: 'POST', path: new RegExp(`^/channels/${discord.channelId}/messages$`), retryAfterSec: 0.05 });
    const retrying = new REST({ version: '10', api: discord.apiUrl }).setToken(TOKEN);
    const sent = (await retrying.post(Routes.channelMessages(discord.channelId), { body: { content: 'after the limit' } })) as { content: string };
    expect(sent.content).toBe('after the limit');
    expect(discord.calls.filter((c) => c.body?.content === 'after the limit')).toHaveLength(2);
  });
  it('strips message content from a session without the Message Content intent', async () => {
    const { port } = new URL(discord.apiUrl);
    const ws = new WebSocket(`ws://127.0.0.1:${port}/gateway`);
    const events: { t: string; d: { content?: string } }[] = [];
    await new Promise<void>((resolve) => ws.on('open', () => resolve()));
    ws.on('message', (data) => {
      const p = JSON.parse(String(data));
      if (p.op === 0) events.push(p);
    });
    ws.send(JSON.stringify({ op: 2, d: { token: TOKEN, intents: (1 << 0) | (1 << 9), properties: {} } }));
    await expect.poll(() => events.some((e) => e.t === 'READY')).toBe(true);
    await discord.channelMessage({ userId: snowflake(), channelId: discord.channelId, content: 'secret words' });
    await expect.poll(() => events.find((e) => e.t === 'MESSAGE_CREATE')?.d.content).toBe('');
    ws.close();
  });
});

describe('command registration', () => {
  it("states contexts and integration types for every command and passes Discord's rules", async () => {
    const body = registrationBody(COMMANDS);
    expect(checkCommands(body)).toBeUndefined();
    for (const c of body) {
      expect(c.contexts?.length).toBeGreaterThan(0);
      expect(c.integration_types).toEqual([0]);
    }
    const line = await registerCommands({
      kind: 'present',
      token: TOKEN,
      applicationId: discord.applicationId,
      guildId: discord.guildId,
      apiUrl: discord.apiUrl,
    });
    expect(line).toMatch(new RegExp(`^Registered ${COMMANDS.length} commands`));
    const put = discord.calls.find((c) => c.method === 'PUT' && c.path.endsWith('/commands'))!;
    expect(put.body.map((c: { contexts: number[] }) => c.contexts)).toEqual(body.map((c) => c.contexts));
  });
  it('is refused by the local Discord when a command breaks the rules', async () => {
    const res = await rest
      .put(Routes.applicationCommands(discord.applicationId), { body: [{ name: 'Bad Name', description: 'x' }] })
      .catch((e: { status: number }) => e);
    expect((res as { status: number }).status).toBe(400);
  });
});

describe('the local Discord with its REST API on its own thread (the benches)', () => {
  it('answers as on one thread, with the headers it was given, and times an acknowledgement from its arrival', async () => {
    const threaded = await startDiscordFake({ restThread: true });
    try {
      const url = (path: string) => `${threaded.apiUrl}/v10${path}`;
      const { interactionId, token } = await threaded.slashCommand({ name: 'coach', userId: snowflake(), options: { question: 'pace?' } });
      const ack = await fetch(url(`/interactions/${interactionId}/${token}/callback`), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 5 }),
      });
      expect(ack.status).toBe(204);
      const a = threaded.acks.get(interactionId)!;
      expect(a.type).toBe(5);
      expect(a.ackedAt! - a.sentAt).toBeGreaterThanOrEqual(0);
      expect(a.ackedAt).toBeLessThanOrEqual(performance.now());
      threaded.rateLimitNext({ method: 'POST', path: /\/messages$/, retryAfterSec: 0.1 });
      const limited = await fetch(url(`/channels/${threaded.channelId}/messages`), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bot ${TOKEN}` },
        body: JSON.stringify({ content: 'hi' }),
      });
      expect(limited.status).toBe(429);
      expect(limited.headers.get('x-ratelimit-bucket')).toBe('fake-bucket');
      expect(await limited.json()).toMatchObject({ retry_after: 0.1 });
      const noRoute = await fetch(url('/nowhere'), { headers: { authorization: `Bot ${TOKEN}` } });
      expect(await noRoute.json()).toMatchObject({ message: 'no route GET /nowhere' });
    } finally {
      await threaded.close();
    }
  });
});
