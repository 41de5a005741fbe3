import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { Worker } from 'node:worker_threads';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { parseMultipart } from './multipart.js';
import {
  ALL_PERMISSIONS,
  DMS_CLOSED,
  DM_CHANNEL_ACTION,
  INITIAL_RESPONSE_MS,
  INTENT,
  INVALID_WEBHOOK_TOKEN,
  MISSING_PERMISSIONS,
  PERMISSION,
  UNAUTHORIZED,
  UNKNOWN_INTERACTION,
  UNKNOWN_MESSAGE,
  UNKNOWN_WEBHOOK,
  checkCallbackBody,
  checkCommands,
  checkMessageBody,
  checkThreadBody,
  type DiscordError,
} from './discord-rules.js';

/**
 * A local Discord for end-to-end tests and benchmarks: the gateway (WebSocket, JSON text frames)
 * and the REST API v10 on 127.0.0.1, enough for a real discord.js client to become ready,
 * receive slash commands, buttons, DMs, thread messages and reactions, and answer through the
 * interaction webhook, channel messages, reactions, threads and DMs. Every REST call is recorded.
 * Follows ../shared/notes/contracts.md §A, and is strict where Discord is (discord-rules.ts):
 * auth, body fields and limits, the 3-second initial response, token expiry, ephemeral and DM
 * semantics, gateway intents, command registration, and injectable 403 / 50007 / 429 / 5xx.
 */
export interface RecordedCall {
  method: string;
  /** Decoded path below /api/v10, e.g. /webhooks/1/tok/messages/@original. */
  path: string;
  query: Record<string, string>;
  body: any;
  /** Uploaded files (multipart `files[n]`), each with its `attachments` metadata description. */
  files: { name: string; data: Buffer; description?: string }[];
  auth: boolean;
  at: number;
}

type Json = Record<string, any>;

let seq = BigInt(Date.now() - 1420070400000) << 22n;
/** Numeric snowflakes (discord.js parses their timestamp). */
export function snowflake(): string {
  seq += 1n;
  return seq.toString();
}

/** What the REST handler writes of a response: a node ServerResponse, or one relayed from the REST thread. */
type RestResponse = Pick<ServerResponse, 'setHeader' | 'writeHead' | 'end'>;
/** What the REST handler reads of a request, its body already read. */
interface RestRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  raw: Buffer;
  /** When the request arrived (performance.now() on this thread). */
  receivedAt: number;
}

const json = (res: RestResponse, status: number, body?: unknown) => {
  if (body === undefined) {
    res.writeHead(status);
    res.end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

export interface DiscordFake {
  apiUrl: string;
  applicationId: string;
  botUserId: string;
  guildId: string;
  channelId: string;
  coachRoleId: string;
  calls: RecordedCall[];
  /** Interaction id → when it was dispatched and when the bot acknowledged it (ms, performance.now()). */
  acks: Map<string, { sentAt: number; ackedAt?: number; type?: number; flags?: number }>;
  messages: Map<string, Json>;
  slashCommand(o: {
    name: string;
    options?: Json;
    subcommand?: string;
    userId: string;
    roles?: string[];
    dm?: boolean;
    channel?: string;
  }): Promise<{ interactionId: string; token: string }>;
  /** Another text channel in the guild. */
  addChannel(id: string, name: string): void;
  /** Makes an interaction look `ms` older, as if the bot had been that slow (Discord's 3 s rule). */
  ageInteraction(interactionId: string, ms: number): void;
  redeliver(interactionId: string): Promise<void>;
  buttonClick(o: { customId: string; messageId: string; userId: string; roles?: string[] }): Promise<{ interactionId: string; token: string }>;
  userDm(o: { userId: string; content: string }): Promise<string>;
  channelMessage(o: { userId: string; channelId: string; content: string; replyTo?: string; roles?: string[] }): Promise<string>;
  react(o: { userId: string; channelId: string; messageId: string; emoji: string; roles?: string[] }): Promise<void>;
  unreact(o: { userId: string; channelId: string; messageId: string; emoji: string }): Promise<void>;
  expireToken(token: string): void;
  failNext(o: {
    method: string;
    path: RegExp;
    status: number;
    body?: Json;
    times?: number;
    headers?: Record<string, string>;
    when?: (requestBody: any) => boolean;
  }): void;
  /** Takes these permissions away from the bot in a channel (403 50013 there; reflected in app_permissions). */
  denyPermissions(channelId: string, ...perms: (keyof typeof PERMISSION)[]): void;
  /** The user does not accept DMs from the bot (50007 on send). */
  closeDms(userId: string): void;
  /** The next matching call gets 429 with retry_after (seconds), as Discord's per-route limit does. */
  rateLimitNext(o: { method: string; path: RegExp; retryAfterSec: number }): void;
  /** Rejected calls: what the bot sent that real Discord would refuse. */
  rejected: { call: RecordedCall; error: DiscordError }[];
  /** The bot's gateway identify intents (0 before it connects). */
  intents(): number;
  waitForCall(pred: (c: RecordedCall) => boolean, timeoutMs?: number): Promise<RecordedCall>;
  waitForCalls(pred: (c: RecordedCall) => boolean, count: number, timeoutMs?: number): Promise<RecordedCall[]>;
  waitForBot(): Promise<void>;
  close(): Promise<void>;
}

/** Discord's upload limit for a bot without boosts: 25 MiB per file. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/**
 * Checks uploads the way Discord does: each file is a `files[n]` part with a file name, at most
 * 25 MiB, and described by an `attachments` entry with id n in payload_json (filename, when
 * given, must match; description is the alt text).
 */
export function checkUploads(
  parts: { field: string; filename: string; data: Buffer }[],
  attachments: unknown,
): { files: RecordedCall['files']; error?: { status: number; code: number; message: string } } {
  const meta = Array.isArray(attachments) ? (attachments as { id?: unknown; filename?: string; description?: string }[]) : [];
  const files: RecordedCall['files'] = [];
  for (const p of parts) {
    const n = /^files\[(\d+)\]$/.exec(p.field)?.[1];
    const m = meta.find((a) => String(a.id) === n);
    files.push({ name: p.filename, data: p.data, ...(m?.description ? { description: m.description } : {}) });
    if (n === undefined || !p.filename)
      return { files, error: { status: 400, code: 50035, message: `Invalid Form Body: file part "${p.field}" must be files[n] with a file name` } };
    if (p.data.length > MAX_UPLOAD_BYTES) return { files, error: { status: 413, code: 40005, message: 'Request entity too large' } };
    if (!m) return { files, error: { status: 400, code: 50035, message: `Invalid Form Body: attachments has no entry with id ${n}` } };
    if (m.filename !== undefined && m.filename !== p.filename)
      return { files, error: { status: 400, code: 50035, message: `Invalid Form Body: attachments[${n}].filename does not match` } };
  }
  return { files };
}

/** Monotonic milliseconds shared by every thread (performance.now() counts from each thread's start). */
const monotonicMs = () => Number(process.hrtime.bigint()) / 1e6;

/** The REST side on a worker thread: requests come stamped with their arrival, responses go back. */
async function startRestThread(handle: (req: RestRequest, res: RestResponse) => void): Promise<{ port: number; close(): Promise<number> }> {
  const toHere = monotonicMs() - performance.now();
  const worker = new Worker(new URL('./discord-rest-thread.mjs', import.meta.url));
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (m: { port: number }) => resolve(m.port));
  });
  worker.on('message', (m: { id: number; method: string; url: string; headers: IncomingHttpHeaders; raw: Uint8Array; at: number }) => {
    let status = 200;
    const headers: Record<string, string> = {};
    const res = {
      setHeader(name: string, value: string) {
        headers[name] = value;
        return res;
      },
      writeHead(code: number, more?: Record<string, string>) {
        status = code;
        Object.assign(headers, more);
        return res;
      },
      end(body?: string) {
        worker.postMessage({ id: m.id, status, headers, body: body ?? '' });
        return res;
      },
    } as unknown as RestResponse;
    handle(
      {
        method: m.method,
        url: m.url,
        headers: m.headers,
        raw: Buffer.from(m.raw.buffer, m.raw.byteOffset, m.raw.byteLength),
        receivedAt: m.at - toHere,
      },
      res,
    );
  });
  return { port, close: () => worker.terminate() };
}

/**
 * `restThread`: the REST API on its own thread (Discord's API is not its gateway), which stamps
 * each request when it arrives and relays it to the handler here. On this thread alone, a request
 * is only seen (and its arrival time taken) when the thread is free of whatever it is doing, such
 * as dispatching a burst of interactions, so a bench would count that wait as the bot's latency.
 */
export async function startDiscordFake(opts: { restThread?: boolean } = {}): Promise<DiscordFake> {
  const applicationId = snowflake();
  const botUserId = applicationId;
  const guildId = snowflake();
  const channelId = snowflake();
  const coachRoleId = snowflake();
  const users = new Map<string, Json>();
  const user = (id: string): Json => {
    if (!users.has(id))
      users.set(id, {
        id,
        username: id === botUserId ? 'Coach K' : `athlete${id.slice(-4)}`,
        discriminator: '0',
        global_name: id === botUserId ? 'Coach K' : `Athlete ${id.slice(-4)}`,
        avatar: null,
        bot: id === botUserId,
      });
    return users.get(id)!;
  };
  user(botUserId);
  const member = (id: string, roles: string[] = []) => ({
    user: user(id),
    roles,
    joined_at: new Date(0).toISOString(),
    deaf: false,
    mute: false,
    flags: 0,
    nick: null,
    avatar: null,
    pending: false,
    permissions: '1099511627775',
  });
  const memberRoles = new Map<string, string[]>();
  const channels = new Map<string, Json>();
  channels.set(channelId, {
    id: channelId,
    type: 0,
    guild_id: guildId,
    name: 'training',
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
  });
  const dmChannels = new Map<string, string>();
  const messages = new Map<string, Json>();
  const interactions = new Map<
    string,
    {
      id: string;
      token: string;
      channelId: string;
      guildId: string | null;
      userId: string;
      acked: boolean;
      ephemeral?: boolean;
      deferredOpen?: boolean;
      originalId?: string;
      payload: Json;
    }
  >();
  const denied = new Map<string, bigint>();
  const dmsClosed = new Set<string>();
  const rejected: { call: RecordedCall; error: DiscordError }[] = [];
  let identifyIntents = 0;
  const expired = new Set<string>();
  const faults: {
    method: string;
    path: RegExp;
    status: number;
    body?: Json;
    times: number;
    headers?: Record<string, string>;
    when?: (requestBody: any) => boolean;
  }[] = [];
  const calls: RecordedCall[] = [];
  const waiters = new Set<() => void>();
  const acks = new Map<string, { sentAt: number; ackedAt?: number; type?: number; flags?: number }>();
  const sockets = new Set<WebSocket & { seq?: number; ready?: boolean; intents?: number }>();
  let readyResolve: (() => void) | undefined;
  let botReady = new Promise<void>((r) => {
    readyResolve = r;
  });

  /** Gateway events go only to sessions that asked for their intent; content needs MessageContent. */
  const dispatch = (t: string, d: Json) => {
    const inGuild = Boolean(d.guild_id);
    for (const ws of sockets) {
      if (!ws.ready) continue;
      const has = (bit: number) => ((ws.intents ?? 0) & bit) === bit;
      let out = d;
      if (t === 'MESSAGE_CREATE') {
        if (!has(inGuild ? INTENT.GuildMessages : INTENT.DirectMessages)) continue;
        const mentionsBot = (d.mentions as Json[] | undefined)?.some((u) => u.id === botUserId);
        if (inGuild && !mentionsBot && !has(INTENT.MessageContent)) out = { ...d, content: '', embeds: [], attachments: [], components: [] };
      }
      if (
        (t === 'MESSAGE_REACTION_ADD' || t === 'MESSAGE_REACTION_REMOVE') &&
        !has(inGuild ? INTENT.GuildMessageReactions : INTENT.DirectMessageReactions)
      )
        continue;
      ws.seq = (ws.seq ?? 0) + 1;
      ws.send(JSON.stringify({ op: 0, t, s: ws.seq, d: out }));
    }
  };
  const permissionsIn = (channelId: string) =>
    ALL_PERMISSIONS & ~(denied.get(channels.get(channelId)?.parent_id ?? '') ?? 0n) & ~(denied.get(channelId) ?? 0n);
  const lacks = (channelId: string, perm: bigint) => (permissionsIn(channelId) & perm) !== perm;
  const dmChannelFor = (userId: string) => {
    if (!dmChannels.has(userId)) {
      const id = snowflake();
      dmChannels.set(userId, id);
      channels.set(id, { id, type: 1, recipients: [user(userId)], last_message_id: null });
    }
    return dmChannels.get(userId)!;
  };
  const makeMessage = (o: {
    channelId: string;
    authorId: string;
    content: string;
    attachments?: Json[];
    replyTo?: string;
    components?: Json[];
    webhookId?: string;
  }): Json => {
    const ch = channels.get(o.channelId);
    const msg: Json = {
      id: snowflake(),
      channel_id: o.channelId,
      author: user(o.authorId),
      content: o.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: o.attachments ?? [],
      embeds: [],
      pinned: false,
      type: o.replyTo ? 19 : 0,
      flags: 0,
      components: o.components ?? [],
      ...(ch?.guild_id ? { guild_id: ch.guild_id } : {}),
      ...(o.replyTo
        ? { message_reference: { message_id: o.replyTo, channel_id: o.channelId, ...(ch?.guild_id ? { guild_id: ch.guild_id } : {}) } }
        : {}),
      ...(o.webhookId ? { webhook_id: o.webhookId } : {}),
    };
    messages.set(msg.id, msg);
    return msg;
  };
  const attachmentsOf = (files: { name: string; data: Buffer; description?: string }[]) =>
    files.map((f) => ({
      id: snowflake(),
      filename: f.name,
      size: f.data.length,
      url: `http://127.0.0.1/${f.name}`,
      proxy_url: `http://127.0.0.1/${f.name}`,
      ...(f.description ? { description: f.description } : {}),
    }));

  const handle = (req: RestRequest, res: RestResponse) => {
    // When Discord has the request: what its 3-second rule and the acknowledgement figures count.
    const { receivedAt, raw } = req;
    const url = new URL(req.url, 'http://127.0.0.1');
    const ct = String(req.headers['content-type'] ?? '');
    let body: any;
    let files: { name: string; data: Buffer; description?: string }[] = [];
    let formError: { status: number; code: number; message: string } | undefined;
    if (ct.startsWith('multipart/form-data')) {
      const mp = parseMultipart(raw, ct);
      body = mp.fields.payload_json ? JSON.parse(mp.fields.payload_json) : {};
      const checked = checkUploads(mp.files, body?.attachments);
      files = checked.files;
      formError = checked.error;
    } else if (raw.length) {
      try {
        body = JSON.parse(raw.toString());
      } catch {
        body = raw.toString();
      }
    }
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v10/, ''));
    const call: RecordedCall = {
      method: req.method,
      path,
      query: Object.fromEntries(url.searchParams),
      body,
      files,
      auth: Boolean(req.headers.authorization),
      at: receivedAt,
    };
    calls.push(call);
    for (const w of waiters) w();
    if (formError) return json(res, formError.status, { code: formError.code, message: formError.message });
    const fault = faults.find((f) => f.method === call.method && f.path.test(path) && f.times > 0 && (f.when?.(body) ?? true));
    if (fault) {
      fault.times -= 1;
      if (fault.headers) for (const [k, v] of Object.entries(fault.headers)) res.setHeader(k, v);
      return json(res, fault.status, fault.body ?? { code: 0, message: `injected ${fault.status}` });
    }
    const seg = path.split('/').filter(Boolean);
    const m = req.method;
    const reject = (error: DiscordError) => {
      rejected.push({ call, error });
      return json(res, error.status, error.body);
    };
    // Interaction callbacks and webhooks are authorised by their token; everything else needs the bot token.
    const tokenAuthorised = seg[0] === 'interactions' || seg[0] === 'webhooks';
    if (!tokenAuthorised && !/^Bot \S+/.test(String(req.headers.authorization ?? ''))) return reject(UNAUTHORIZED);
    const writesMessage =
      (m === 'POST' || m === 'PATCH') &&
      ((seg[0] === 'webhooks' && (seg.length === 3 || seg[3] === 'messages')) ||
        (seg[0] === 'channels' && seg[2] === 'messages' && (seg.length === 3 || (seg.length === 4 && m === 'PATCH'))));
    if (writesMessage) {
      const bad = checkMessageBody(body, files);
      if (bad) return reject(bad);
    }

    if (m === 'GET' && path === '/gateway/bot') {
      const { port } = server.address() as AddressInfo;
      return json(res, 200, {
        url: `ws://127.0.0.1:${port}/gateway`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (m === 'POST' && seg[0] === 'interactions' && seg[3] === 'callback') {
      const it = interactions.get(seg[1]!);
      if (!it || it.token !== seg[2]) return reject(UNKNOWN_INTERACTION);
      const badCallback = checkCallbackBody(body);
      if (badCallback) return reject(badCallback);
      if (it.acked) return json(res, 400, { code: 40060, message: 'Interaction has already been acknowledged.' });
      // Discord drops an interaction not answered within 3 s of being sent.
      if (call.at - (acks.get(it.id)?.sentAt ?? call.at) > INITIAL_RESPONSE_MS) return reject(UNKNOWN_INTERACTION);
      it.acked = true;
      it.ephemeral = ((body?.data?.flags ?? 0) & 64) === 64;
      // A deferred reply exists at once as a "thinking…" message that the webhook edits or deletes.
      if (body?.type === 5) {
        const thinking = makeMessage({ channelId: it.channelId, authorId: botUserId, content: '', webhookId: applicationId });
        thinking.flags = (it.ephemeral ? 64 : 0) | 128;
        it.originalId = thinking.id;
        it.deferredOpen = true;
      }
      const a = acks.get(it.id);
      if (a) Object.assign(a, { ackedAt: call.at, type: body?.type, flags: body?.data?.flags });
      if (body?.type === 4) {
        const msg = makeMessage({ channelId: it.channelId, authorId: botUserId, content: body.data?.content ?? '', webhookId: applicationId });
        msg.flags = it.ephemeral ? 64 : 0;
        it.originalId = msg.id;
      }
      if (body?.type === 7 && it.payload.message) Object.assign(messages.get(it.payload.message.id) ?? {}, body.data ?? {});
      return json(res, 204);
    }
    if (seg[0] === 'webhooks' && seg[1] === applicationId) {
      const token = seg[2]!;
      const it = [...interactions.values()].find((i) => i.token === token);
      if (!it) return reject(UNKNOWN_WEBHOOK);
      // Discord's answer once the 15-minute token has expired.
      if (expired.has(token)) return reject(INVALID_WEBHOOK_TOKEN);
      // The webhook exists only once the interaction has been acknowledged.
      if (!it.acked) return reject(UNKNOWN_WEBHOOK);
      if (seg[3] === 'messages') {
        const target = seg[4] === '@original' ? (it.originalId ?? (it.payload.message?.id as string | undefined)) : seg[4];
        if (m === 'GET' || m === 'DELETE') {
          const msg = target ? messages.get(target) : undefined;
          if (!msg) return json(res, 404, { code: 10008, message: 'Unknown Message' });
          if (m === 'DELETE') {
            messages.delete(msg.id);
            it.deferredOpen = false;
            return json(res, 204);
          }
          return json(res, 200, msg);
        }
        if (m === 'PATCH') {
          let msg = target ? messages.get(target) : undefined;
          if (!msg) {
            msg = makeMessage({ channelId: it.channelId, authorId: botUserId, content: '', webhookId: applicationId });
            it.originalId = msg.id;
          }
          Object.assign(msg, {
            ...(body?.content !== undefined ? { content: body.content } : {}),
            ...(body?.components ? { components: body.components } : {}),
            edited_timestamp: new Date().toISOString(),
          });
          if (seg[4] === '@original') {
            it.deferredOpen = false;
            msg.flags = (msg.flags ?? 0) & ~128;
          }
          if (files.length) msg.attachments = attachmentsOf(files);
          return json(res, 200, msg);
        }
      }
      if (m === 'POST' && seg.length === 3) {
        // Documented: the first follow-up after a deferral edits the "thinking…" message and its
        // flags are ignored (it stays as public or ephemeral as the deferral made it).
        if (it.deferredOpen && it.originalId && messages.has(it.originalId)) {
          const original = messages.get(it.originalId)!;
          Object.assign(original, { content: body?.content ?? '', flags: (original.flags ?? 0) & ~128, edited_timestamp: new Date().toISOString() });
          if (files.length) original.attachments = attachmentsOf(files);
          it.deferredOpen = false;
          return json(res, 200, original);
        }
        const msg = makeMessage({
          channelId: it.channelId,
          authorId: botUserId,
          content: body?.content ?? '',
          attachments: attachmentsOf(files),
          webhookId: applicationId,
        });
        msg.flags = (body?.flags ?? 0) & 64;
        if (!it.originalId) it.originalId = msg.id;
        return json(res, 200, msg);
      }
    }
    if (seg[0] === 'channels') {
      const ch = channels.get(seg[1]!);
      if (!ch) return json(res, 404, { code: 10003, message: 'Unknown Channel' });
      if (m === 'GET' && seg.length === 2) return json(res, 200, ch);
      if (m === 'POST' && seg[2] === 'typing') return json(res, 204);
      if (m === 'POST' && seg[2] === 'messages' && seg.length === 3) {
        if (ch.type === 1 && dmsClosed.has(ch.recipients?.[0]?.id)) return reject(DMS_CLOSED);
        if (ch.guild_id && lacks(ch.id, ch.type === 11 ? PERMISSION.SendMessagesInThreads : PERMISSION.SendMessages))
          return reject(MISSING_PERMISSIONS);
        return json(
          res,
          200,
          makeMessage({
            channelId: ch.id,
            authorId: botUserId,
            content: body?.content ?? '',
            attachments: attachmentsOf(files),
            replyTo: body?.message_reference?.message_id,
          }),
        );
      }
      if (seg[2] === 'messages' && seg[3]) {
        const msg = messages.get(seg[3]);
        // Ephemeral messages exist only for their recipient: channel routes cannot see them.
        if (!msg || msg.channel_id !== ch.id || ((msg.flags ?? 0) & 64) === 64) return reject(UNKNOWN_MESSAGE);
        if (seg[4] === 'reactions' && seg[6] === '@me') {
          if (ch.guild_id && lacks(ch.id, PERMISSION.AddReactions)) return reject(MISSING_PERMISSIONS);
          return json(res, 204);
        }
        if (m === 'POST' && seg[4] === 'threads') {
          if (ch.type === 1) return reject(DM_CHANNEL_ACTION);
          const badThread = checkThreadBody(body);
          if (badThread) return reject(badThread);
          if (lacks(ch.id, PERMISSION.CreatePublicThreads)) return reject(MISSING_PERMISSIONS);
          const thread = {
            id: snowflake(),
            type: 11,
            guild_id: ch.guild_id,
            parent_id: ch.id,
            owner_id: botUserId,
            name: body?.name ?? 'thread',
            last_message_id: null,
            message_count: 0,
            member_count: 1,
            rate_limit_per_user: 0,
            flags: 0,
            thread_metadata: {
              archived: false,
              auto_archive_duration: body?.auto_archive_duration ?? 1440,
              archive_timestamp: new Date().toISOString(),
              locked: false,
            },
          };
          channels.set(thread.id, thread);
          dispatch('THREAD_CREATE', { ...thread, newly_created: true });
          return json(res, 201, thread);
        }
        if (m === 'GET') return json(res, 200, msg);
        if (m === 'PATCH') {
          Object.assign(msg, body ?? {});
          return json(res, 200, msg);
        }
      }
    }
    if (m === 'POST' && path === '/users/@me/channels') {
      const id = dmChannelFor(String(body?.recipient_id));
      return json(res, 200, channels.get(id));
    }
    if (m === 'GET' && seg[0] === 'users' && seg[1]) return json(res, 200, user(seg[1] === '@me' ? botUserId : seg[1]));
    if (m === 'GET' && seg[0] === 'guilds' && seg[2] === 'members' && seg[3]) return json(res, 200, member(seg[3], memberRoles.get(seg[3]) ?? []));
    if (m === 'PUT' && seg[0] === 'applications' && seg[seg.length - 1] === 'commands') {
      const bad = checkCommands(body);
      if (bad) return reject(bad);
      return json(
        res,
        200,
        (body as Json[]).map((c) => ({ ...c, id: snowflake(), application_id: applicationId, version: snowflake() })),
      );
    }
    return json(res, 404, { code: 0, message: `no route ${m} ${path}` });
  };
  const server = createServer((req, res) => {
    const receivedAt = performance.now();
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () =>
      handle(
        {
          method: req.method ?? 'GET',
          url: req.url ?? '/',
          headers: req.headers,
          raw: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks),
          receivedAt,
        },
        res,
      ),
    );
  });

  const wss = new WebSocketServer({ server, path: '/gateway' });
  wss.on('connection', (ws: WebSocket & { seq?: number; ready?: boolean; intents?: number }) => {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 }, s: null, t: null }));
    ws.on('message', (data) => {
      const p = JSON.parse(String(data)) as { op: number; d: any };
      if (p.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (p.op === 2) {
        const { port } = server.address() as AddressInfo;
        ws.ready = true;
        ws.intents = Number(p.d?.intents ?? 0);
        identifyIntents = ws.intents;
        ws.seq = 1;
        ws.send(
          JSON.stringify({
            op: 0,
            t: 'READY',
            s: 1,
            d: {
              v: 10,
              user: user(botUserId),
              guilds: [{ id: guildId, unavailable: true }],
              session_id: snowflake(),
              resume_gateway_url: `ws://127.0.0.1:${port}/gateway`,
              shard: [0, 1],
              application: { id: applicationId, flags: 0 },
            },
          }),
        );
        dispatch('GUILD_CREATE', {
          id: guildId,
          name: 'Hyrox Club',
          icon: null,
          owner_id: snowflake(),
          features: [],
          unavailable: false,
          member_count: 2,
          large: false,
          joined_at: new Date(0).toISOString(),
          channels: [...channels.values()].filter((c) => c.guild_id === guildId && c.type === 0),
          threads: [],
          roles: [
            {
              id: guildId,
              name: '@everyone',
              permissions: '1071698660929',
              position: 0,
              color: 0,
              hoist: false,
              managed: false,
              mentionable: false,
              flags: 0,
            },
            { id: coachRoleId, name: 'Coach', permissions: '0', position: 1, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
          ],
          members: [member(botUserId)],
          emojis: [],
          stickers: [],
          voice_states: [],
          presences: [],
          stage_instances: [],
          guild_scheduled_events: [],
          preferred_locale: 'en-US',
          premium_tier: 0,
          system_channel_flags: 0,
          verification_level: 0,
          mfa_level: 0,
          explicit_content_filter: 0,
          default_message_notifications: 0,
          nsfw_level: 0,
        });
        readyResolve?.();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const rest = opts.restThread ? await startRestThread(handle) : undefined;

  const interactionBase = (o: { userId: string; roles?: string[]; dm?: boolean; channel?: string }) => {
    const id = snowflake();
    const token = `tok_${id}_${Math.random().toString(36).slice(2, 10)}`;
    const inGuild = !o.dm;
    const ch = inGuild ? (o.channel ?? channelId) : dmChannelFor(o.userId);
    if (o.roles) memberRoles.set(o.userId, o.roles);
    const base: Json = {
      id,
      token,
      application_id: applicationId,
      version: 1,
      locale: 'en-GB',
      entitlements: [],
      app_permissions: String(inGuild ? permissionsIn(ch) : ALL_PERMISSIONS),
      authorizing_integration_owners: inGuild ? { 0: guildId } : { 1: o.userId },
      context: inGuild ? 0 : 1,
      channel: { id: ch, type: inGuild ? 0 : 1, ...(inGuild ? { guild_id: guildId, name: 'training' } : {}) },
      channel_id: ch,
      ...(inGuild ? { guild_id: guildId, guild_locale: 'en-US', member: member(o.userId, o.roles ?? []) } : { user: user(o.userId) }),
    };
    return { id, token, ch, base };
  };
  const deliver = (payload: Json, userId: string, ch: string) => {
    interactions.set(payload.id, {
      id: payload.id,
      token: payload.token,
      channelId: ch,
      guildId: payload.guild_id ?? null,
      userId,
      acked: false,
      payload,
    });
    acks.set(payload.id, { sentAt: performance.now() });
    dispatch('INTERACTION_CREATE', payload);
  };
  const waitFor = (check: () => boolean, timeoutMs: number, what: string) =>
    new Promise<void>((resolve, reject) => {
      if (check()) return resolve();
      const w = () => {
        if (check()) {
          clearTimeout(timer);
          waiters.delete(w);
          resolve();
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(w);
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      waiters.add(w);
    });

  return {
    apiUrl: `http://127.0.0.1:${rest?.port ?? port}/api`,
    applicationId,
    botUserId,
    guildId,
    channelId,
    coachRoleId,
    calls,
    acks,
    messages,
    async slashCommand(o) {
      const { id, token, ch, base } = interactionBase(o);
      let options = Object.entries(o.options ?? {}).map(([name, value]) => ({
        name,
        type: typeof value === 'number' ? (Number.isInteger(value) ? 4 : 10) : typeof value === 'boolean' ? 5 : 3,
        value,
      }));
      if (o.subcommand) options = [{ name: o.subcommand, type: 1, options } as any];
      deliver({ ...base, type: 2, data: { id: snowflake(), name: o.name, type: 1, options, ...(o.dm ? {} : { guild_id: guildId }) } }, o.userId, ch);
      return { interactionId: id, token };
    },
    async redeliver(interactionId) {
      const it = interactions.get(interactionId);
      if (!it) throw new Error(`unknown interaction ${interactionId}`);
      dispatch('INTERACTION_CREATE', it.payload);
    },
    async buttonClick(o) {
      const msg = messages.get(o.messageId);
      if (!msg) throw new Error(`unknown message ${o.messageId}`);
      const { id, token, ch, base } = interactionBase({ userId: o.userId, roles: o.roles, dm: !msg.guild_id, channel: msg.channel_id });
      deliver({ ...base, type: 3, message: msg, data: { custom_id: o.customId, component_type: 2 } }, o.userId, ch);
      return { interactionId: id, token };
    },
    async userDm(o) {
      const ch = dmChannelFor(o.userId);
      const msg = makeMessage({ channelId: ch, authorId: o.userId, content: o.content });
      dispatch('MESSAGE_CREATE', { ...msg, channel_type: 1 });
      return msg.id as string;
    },
    async channelMessage(o) {
      if (o.roles) memberRoles.set(o.userId, o.roles);
      const msg = makeMessage({ channelId: o.channelId, authorId: o.userId, content: o.content, replyTo: o.replyTo });
      const ch = channels.get(o.channelId);
      dispatch('MESSAGE_CREATE', {
        ...msg,
        guild_id: ch?.guild_id ?? guildId,
        member: { ...member(o.userId, o.roles ?? memberRoles.get(o.userId) ?? []), user: undefined },
        channel_type: ch?.type ?? 0,
      });
      return msg.id as string;
    },
    async react(o) {
      if (o.roles) memberRoles.set(o.userId, o.roles);
      const ch = channels.get(o.channelId);
      dispatch('MESSAGE_REACTION_ADD', {
        user_id: o.userId,
        channel_id: o.channelId,
        message_id: o.messageId,
        emoji: { id: null, name: o.emoji },
        burst: false,
        type: 0,
        ...(ch?.guild_id ? { guild_id: ch.guild_id, member: member(o.userId, o.roles ?? memberRoles.get(o.userId) ?? []) } : {}),
      });
    },
    async unreact(o) {
      const ch = channels.get(o.channelId);
      dispatch('MESSAGE_REACTION_REMOVE', {
        user_id: o.userId,
        channel_id: o.channelId,
        message_id: o.messageId,
        emoji: { id: null, name: o.emoji },
        burst: false,
        type: 0,
        ...(ch?.guild_id ? { guild_id: ch.guild_id } : {}),
      });
    },
    expireToken: (token) => {
      expired.add(token);
    },
    failNext: (o) => {
      faults.push({ ...o, times: o.times ?? 1 });
    },
    addChannel: (id, name) => {
      channels.set(id, { id, type: 0, guild_id: guildId, name, position: channels.size, permission_overwrites: [], nsfw: false, parent_id: null });
    },
    ageInteraction: (id, ms) => {
      const a = acks.get(id);
      if (a) a.sentAt -= ms;
    },
    denyPermissions: (id, ...perms) => {
      denied.set(
        id,
        perms.reduce((acc, p) => acc | PERMISSION[p], denied.get(id) ?? 0n),
      );
    },
    closeDms: (userId) => {
      dmsClosed.add(userId);
    },
    rateLimitNext: (o) => {
      faults.push({
        method: o.method,
        path: o.path,
        status: 429,
        times: 1,
        body: { message: 'You are being rate limited.', retry_after: o.retryAfterSec, global: false },
        headers: {
          'retry-after': String(Math.ceil(o.retryAfterSec)),
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': String(o.retryAfterSec),
          'x-ratelimit-bucket': 'fake-bucket',
          'x-ratelimit-scope': 'user',
        },
      });
    },
    rejected,
    intents: () => identifyIntents,
    async waitForCall(pred, timeoutMs = 15_000) {
      let found: RecordedCall | undefined;
      await waitFor(() => Boolean((found = calls.find(pred))), timeoutMs, 'a REST call');
      return found!;
    },
    async waitForCalls(pred, count, timeoutMs = 15_000) {
      await waitFor(() => calls.filter(pred).length >= count, timeoutMs, `${count} REST calls`);
      return calls.filter(pred);
    },
    async waitForBot() {
      await botReady;
      botReady = new Promise<void>((r) => {
        readyResolve = r;
      });
    },
    close: async () => {
      await rest?.close();
      await new Promise<void>((resolve) => {
        for (const ws of sockets) ws.terminate();
        wss.close();
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
