/**
 * Where real Discord is strict, the local Discord is too (discord-api-types v10 field names and
 * limits; Discord's documented error codes). Pure checks: each returns the error Discord would
 * send, or undefined when the request is acceptable.
 */
export interface DiscordError {
  status: number;
  body: { code: number; message: string; errors?: unknown; retry_after?: number; global?: boolean };
}

const invalid = (field: string, code: string, message: string): DiscordError => ({
  status: 400,
  body: { code: 50035, message: 'Invalid Form Body', errors: { [field]: { _errors: [{ code, message }] } } },
});

/** Fields a message create/edit body may carry (RESTPostAPIChannelMessageJSONBody, webhook edit/execute). */
const MESSAGE_FIELDS = new Set([
  'content',
  'embeds',
  'allowed_mentions',
  'components',
  'attachments',
  'flags',
  'message_reference',
  'tts',
  'nonce',
  'sticker_ids',
  'enforce_nonce',
  'poll',
  'thread_name',
  'applied_tags',
  'username',
  'avatar_url',
  'payload_json',
]);
const THREAD_FIELDS = new Set(['name', 'auto_archive_duration', 'rate_limit_per_user']);
const CALLBACK_FIELDS = new Set(['type', 'data']);
const ALLOWED_MENTION_PARSE = new Set(['roles', 'users', 'everyone']);

/** Message bodies: content ≤ 2000 characters, known fields only, sane allowed_mentions and attachments. */
export function checkMessageBody(body: unknown, files: { name: string; data: Buffer }[] = []): DiscordError | undefined {
  if (body === undefined || body === null) return files.length ? undefined : invalid('content', 'BASE_TYPE_REQUIRED', 'Cannot send an empty message');
  if (typeof body !== 'object') return { status: 400, body: { code: 50109, message: 'The request body contains invalid JSON.' } };
  const b = body as Record<string, unknown>;
  const unknown = Object.keys(b).filter((k) => !MESSAGE_FIELDS.has(k));
  if (unknown.length) return invalid(unknown[0]!, 'UNKNOWN_FIELD', `Unknown field ${unknown[0]}`);
  if (b.content !== undefined && typeof b.content !== 'string') return invalid('content', 'BASE_TYPE_STRING', 'Must be a string.');
  if (typeof b.content === 'string' && [...b.content].length > 2000)
    return invalid('content', 'BASE_TYPE_MAX_LENGTH', 'Must be 2000 or fewer in length.');
  const am = b.allowed_mentions as { parse?: unknown[]; users?: unknown[] } | undefined;
  if (am) {
    if (am.parse && am.parse.some((p) => !ALLOWED_MENTION_PARSE.has(String(p))))
      return invalid('allowed_mentions', 'ENUM_TYPE_COERCE', 'Value is not a valid enum value.');
    if (am.parse?.includes('users') && am.users?.length)
      return invalid('allowed_mentions', 'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE', 'parse:["users"] and users: [ids] are mutually exclusive.');
    if ((am.users?.length ?? 0) > 100) return invalid('allowed_mentions', 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
  }
  if (files.length > 10) return invalid('files', 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
  if (files.reduce((n, f) => n + f.data.length, 0) > 25 * 1024 * 1024)
    return { status: 413, body: { code: 40005, message: 'Request entity too large' } };
  return undefined;
}

export function checkThreadBody(body: unknown): DiscordError | undefined {
  const b = (body ?? {}) as Record<string, unknown>;
  const unknown = Object.keys(b).filter((k) => !THREAD_FIELDS.has(k));
  if (unknown.length) return invalid(unknown[0]!, 'UNKNOWN_FIELD', `Unknown field ${unknown[0]}`);
  if (typeof b.name !== 'string' || b.name.length < 1 || b.name.length > 100)
    return invalid('name', 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
  if (b.auto_archive_duration !== undefined && ![60, 1440, 4320, 10080].includes(Number(b.auto_archive_duration)))
    return invalid('auto_archive_duration', 'BASE_TYPE_CHOICES', 'Value must be one of {60, 1440, 4320, 10080}.');
  return undefined;
}

/** Interaction callbacks: known fields, a known type, and a message body within limits. */
export function checkCallbackBody(body: unknown): DiscordError | undefined {
  const b = (body ?? {}) as { type?: number; data?: unknown };
  const unknown = Object.keys(b).filter((k) => !CALLBACK_FIELDS.has(k));
  if (unknown.length) return invalid(unknown[0]!, 'UNKNOWN_FIELD', `Unknown field ${unknown[0]}`);
  if (![1, 4, 5, 6, 7, 8, 9, 12].includes(Number(b.type)))
    return invalid('type', 'BASE_TYPE_CHOICES', 'Value must be a valid interaction callback type.');
  if ((b.type === 4 || b.type === 7) && b.data) return checkMessageBody(b.data);
  return undefined;
}

const NAME = /^[-_\p{Ll}\p{Lo}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const CONTEXTS = new Set([0, 1, 2]);
const INTEGRATION_TYPES = new Set([0, 1]);

interface CommandOption {
  type: number;
  name: string;
  description: string;
  required?: boolean;
  options?: CommandOption[];
  choices?: unknown[];
  min_value?: number;
  max_value?: number;
  min_length?: number;
  max_length?: number;
}
interface CommandBody {
  name: string;
  description: string;
  type?: number;
  options?: CommandOption[];
  contexts?: number[];
  integration_types?: number[];
}

/** Application command registration rules (names, descriptions, option limits and order). */
export function checkCommands(body: unknown): DiscordError | undefined {
  if (!Array.isArray(body)) return invalid('_root', 'BASE_TYPE_ARRAY', 'Must be an array.');
  if (body.length > 100) return invalid('_root', 'BASE_TYPE_MAX_LENGTH', 'Must be 100 or fewer in length.');
  const names = new Set<string>();
  const checkOptions = (opts: CommandOption[] | undefined, where: string): DiscordError | undefined => {
    if (!opts) return undefined;
    if (opts.length > 25) return invalid(`${where}.options`, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    let optionalSeen = false;
    for (const o of opts) {
      if (!NAME.test(o.name)) return invalid(`${where}.${o.name}.name`, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
      if (!o.description || o.description.length > 100)
        return invalid(`${where}.${o.name}.description`, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
      if ((o.choices?.length ?? 0) > 25) return invalid(`${where}.${o.name}.choices`, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
      if (o.type !== 1 && o.type !== 2) {
        if (o.required && optionalSeen)
          return invalid(
            `${where}.${o.name}`,
            'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
            'Required options must be placed before non-required options',
          );
        if (!o.required) optionalSeen = true;
      }
      const nested = checkOptions(o.options, `${where}.${o.name}`);
      if (nested) return nested;
    }
    return undefined;
  };
  for (const c of body as CommandBody[]) {
    if (!NAME.test(c.name ?? '')) return invalid(`${c.name}.name`, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    if (names.has(c.name)) return invalid(`${c.name}.name`, 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Application command names must be unique');
    names.add(c.name);
    if (!c.description || c.description.length > 100)
      return invalid(`${c.name}.description`, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    if (c.contexts && c.contexts.some((x) => !CONTEXTS.has(x)))
      return invalid(`${c.name}.contexts`, 'ENUM_TYPE_COERCE', 'Value is not a valid enum value.');
    if (c.integration_types && c.integration_types.some((x) => !INTEGRATION_TYPES.has(x)))
      return invalid(`${c.name}.integration_types`, 'ENUM_TYPE_COERCE', 'Value is not a valid enum value.');
    const bad = checkOptions(c.options, c.name);
    if (bad) return bad;
  }
  return undefined;
}

/** Gateway intents (bit positions from discord-api-types GatewayIntentBits). */
export const INTENT = {
  Guilds: 1 << 0,
  GuildMessages: 1 << 9,
  GuildMessageReactions: 1 << 10,
  DirectMessages: 1 << 12,
  DirectMessageReactions: 1 << 13,
  MessageContent: 1 << 15,
} as const;

/** Permission bits the bot may lack in a channel (discord-api-types PermissionFlagsBits). */
export const PERMISSION = {
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  CreatePublicThreads: 1n << 35n,
  SendMessagesInThreads: 1n << 38n,
} as const;
/** What the fake grants by default: everything a normal install of Coach K gets. */
export const ALL_PERMISSIONS = Object.values(PERMISSION).reduce((a, b) => a | b, 0n) | 1071698660929n;

export const UNAUTHORIZED: DiscordError = { status: 401, body: { code: 0, message: '401: Unauthorized' } };
export const UNKNOWN_INTERACTION: DiscordError = { status: 404, body: { code: 10062, message: 'Unknown interaction' } };
export const UNKNOWN_WEBHOOK: DiscordError = { status: 404, body: { code: 10015, message: 'Unknown Webhook' } };
export const INVALID_WEBHOOK_TOKEN: DiscordError = { status: 401, body: { code: 50027, message: 'Invalid Webhook Token' } };
export const UNKNOWN_MESSAGE: DiscordError = { status: 404, body: { code: 10008, message: 'Unknown Message' } };
export const MISSING_PERMISSIONS: DiscordError = { status: 403, body: { code: 50013, message: 'Missing Permissions' } };
export const DMS_CLOSED: DiscordError = { status: 403, body: { code: 50007, message: 'Cannot send messages to this user' } };
export const DM_CHANNEL_ACTION: DiscordError = { status: 400, body: { code: 50003, message: 'Cannot execute action on a DM channel' } };
/** Discord's window for the initial interaction response, and an interaction token's life. */
export const INITIAL_RESPONSE_MS = 3000;
export const TOKEN_LIFETIME_MS = 15 * 60 * 1000;
