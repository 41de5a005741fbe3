import type { RawFile } from '@discordjs/rest';
import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIMessageTopLevelComponent,
} from 'discord-api-types/v10';
import type { InteractionEditReplyOptions } from 'discord.js';
import type { Reply, ReplyButton } from './command.js';

/** Discord's message content limit. */
export const DISCORD_MAX = 2000;
/** Most messages one answer may become (answers are capped at MAX_ANSWER_CHARS; this is the backstop). */
export const MAX_PARTS = 5;
const CUT_NOTE = '… _(cut: too long for Discord)_';

/**
 * Splits text into messages of at most `max` characters, at paragraph, then line, then sentence
 * ends — never mid-sentence unless one sentence alone is longer than a message. At most
 * `maxParts` messages: the last one then ends with a note that the answer was cut.
 */
export function splitMessage(text: string, max = DISCORD_MAX, maxParts = MAX_PARTS): string[] {
  const parts: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    if (parts.length === maxParts - 1) {
      parts.push(`${rest.slice(0, max - CUT_NOTE.length).trimEnd()}${CUT_NOTE}`);
      return parts;
    }
    const window = rest.slice(0, max);
    const cut = lastBreak(window, /\n\n/g) ?? lastBreak(window, /\n/g) ?? lastBreak(window, /[.!?](?=\s)/g, 1) ?? lastBreak(window, /\s/g) ?? max;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}

function lastBreak(window: string, re: RegExp, keep = 0): number | undefined {
  let at: number | undefined;
  for (const m of window.matchAll(re)) if (m.index! > window.length * 0.3) at = m.index! + keep;
  return at;
}

/** A reply on its way to Discord: who it may ping (nobody else ever is) and whether only the member sees it. */
export interface OutgoingMessage extends Reply {
  mentionUsers?: string[];
  /** Only the interaction's user sees it (follow-ups after the original reply exists). */
  ephemeral?: boolean;
}

/** No mention types are parsed from the text; only the listed users may be pinged. */
type AllowedMentions = { parse: []; users?: string[] };

/** A message body in Discord's own JSON (channel messages, webhook edits and follow-ups). */
export interface MessageBody {
  content: string;
  allowed_mentions: AllowedMentions;
  flags?: number;
  /** One entry per uploaded file: id n is multipart `files[n]`; `description` is its alt text. */
  attachments?: { id: string; filename: string; description?: string }[];
  components?: APIMessageTopLevelComponent[];
}

const BUTTON_STYLES: Record<ReplyButton['style'], APIButtonComponentWithCustomId['style']> = {
  danger: ButtonStyle.Danger,
  primary: ButtonStyle.Primary,
  secondary: ButtonStyle.Secondary,
};

/** Buttons become one action row. */
function buttonRow(buttons: readonly ReplyButton[]): APIActionRowComponent<APIButtonComponentWithCustomId> {
  return {
    type: ComponentType.ActionRow,
    components: buttons.map((b) => ({ type: ComponentType.Button, custom_id: b.customId, label: b.label, style: BUTTON_STYLES[b.style] })),
  };
}

/** Who a message may ping: nobody, unless named. */
function allowedMentions(msg: Pick<OutgoingMessage, 'mentionUsers'>): AllowedMentions {
  return { parse: [], ...(msg.mentionUsers?.length ? { users: msg.mentionUsers } : {}) };
}

/**
 * A reply as a REST message: the JSON body plus the files, sent as multipart `files[n]` and
 * described by `attachments` entry n. Used for everything the worker sends through @discordjs/rest.
 */
export function toRestMessage(msg: OutgoingMessage): { body: MessageBody; files?: RawFile[] } {
  const attachments = msg.files?.map((f, i) => ({ id: String(i), filename: f.name, ...(f.description ? { description: f.description } : {}) }));
  return {
    body: {
      content: msg.content.slice(0, DISCORD_MAX),
      allowed_mentions: allowedMentions(msg),
      ...(msg.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
      ...(attachments?.length ? { attachments } : {}),
      ...(msg.buttons?.length ? { components: [buttonRow(msg.buttons)] } : {}),
    },
    files: msg.files?.map((f) => ({ name: f.name, data: f.data })),
  };
}

/**
 * A reply as a discord.js payload, for the interaction the bot holds (edit the deferred reply).
 * The same content, mentions, files and components as {@link toRestMessage}, in discord.js's field
 * names (an edited reply keeps the visibility it was deferred with, so there is no ephemeral flag).
 */
export function toInteractionPayload(reply: Omit<OutgoingMessage, 'ephemeral'>): InteractionEditReplyOptions {
  const payload: InteractionEditReplyOptions = { content: reply.content.slice(0, DISCORD_MAX), allowedMentions: allowedMentions(reply) };
  if (reply.files?.length) payload.files = reply.files.map((f) => ({ attachment: f.data, name: f.name, description: f.description }));
  if (reply.buttons?.length) payload.components = [buttonRow(reply.buttons)];
  return payload;
}
