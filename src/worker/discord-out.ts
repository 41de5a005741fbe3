import { DiscordAPIError, REST } from '@discordjs/rest';
import { Routes, type APIMessage } from 'discord-api-types/v10';
import { TransientError } from '../errors.js';
import { toRestMessage, type OutgoingMessage } from '../discord/render.js';

/**
 * What workers send to Discord, over @discordjs/rest: the interaction webhook (edit @original,
 * follow-ups), channel messages, reactions, threads and DMs. Messages are rendered by
 * src/discord/render.ts, the same renderer the bot uses for the replies it edits itself.
 */
export interface DiscordOut {
  editOriginal(applicationId: string, token: string, msg: OutgoingMessage): Promise<APIMessage>;
  followUp(applicationId: string, token: string, msg: OutgoingMessage): Promise<APIMessage>;
  send(channelId: string, msg: OutgoingMessage & { replyTo?: string }): Promise<APIMessage>;
  react(channelId: string, messageId: string, emoji: string): Promise<void>;
  startThread(channelId: string, messageId: string, name: string): Promise<{ id: string }>;
  dm(userId: string, msg: OutgoingMessage): Promise<APIMessage>;
}

/** Discord answers these when an interaction token is too old (15 min) or unknown. */
export function isExpiredToken(error: unknown): boolean {
  return error instanceof DiscordAPIError && [10015, 10062, 50027].includes(Number(error.code));
}

/** Discord refused for lack of a permission in that channel (the bot's role or the channel overrides). */
export function isMissingPermission(error: unknown): boolean {
  return error instanceof DiscordAPIError && (error.status === 403 || Number(error.code) === 50013);
}

/** 5xx and network failures are retried by the job; 4xx are not. */
function wrap<T>(p: Promise<T>): Promise<T> {
  return p.catch((error: unknown) => {
    if (error instanceof DiscordAPIError && error.status < 500) throw error;
    throw new TransientError('Discord did not answer', { cause: error });
  });
}

export class RestDiscordOut implements DiscordOut {
  /** `interactions`: the client for the interaction webhook (edit @original, follow-ups); `rest` otherwise. */
  constructor(
    private readonly rest: REST,
    private readonly interactions: REST = rest,
  ) {}

  /**
   * The interaction webhook gets a client of its own. Discord does not count interaction requests
   * against a bot's global limit (50 requests a second); @discordjs/rest counts every request of
   * a client against it. On one client, a burst of answers' threads and 👍/👎 used up the second's
   * budget and the next answers' edits waited for the next second (throughput bench: two answers
   * held 0.7 s after they were written, in some runs).
   */
  static create(token: string, apiUrl?: string): RestDiscordOut {
    const options = { version: '10', ...(apiUrl ? { api: apiUrl } : {}) };
    // The webhook authenticates by the interaction token in its URL (auth: false): no bot token.
    return new RestDiscordOut(new REST(options).setToken(token), new REST(options));
  }

  editOriginal(applicationId: string, token: string, msg: OutgoingMessage) {
    return wrap(
      this.interactions.patch(Routes.webhookMessage(applicationId, token, '@original'), {
        ...toRestMessage(msg),
        auth: false,
      }) as Promise<APIMessage>,
    );
  }

  followUp(applicationId: string, token: string, msg: OutgoingMessage) {
    return wrap(
      this.interactions.post(Routes.webhook(applicationId, token), {
        ...toRestMessage(msg),
        query: new URLSearchParams({ wait: 'true' }),
        auth: false,
      }) as Promise<APIMessage>,
    );
  }

  send(channelId: string, msg: OutgoingMessage & { replyTo?: string }) {
    const b = toRestMessage(msg);
    const body = msg.replyTo ? { ...b.body, message_reference: { message_id: msg.replyTo, fail_if_not_exists: false } } : b.body;
    return wrap(this.rest.post(Routes.channelMessages(channelId), { body, files: b.files }) as Promise<APIMessage>);
  }

  async react(channelId: string, messageId: string, emoji: string) {
    await wrap(this.rest.put(Routes.channelMessageOwnReaction(channelId, messageId, encodeURIComponent(emoji))));
  }

  async startThread(channelId: string, messageId: string, name: string) {
    const thread = await wrap(
      this.rest.post(Routes.threads(channelId, messageId), { body: { name: name.slice(0, 100), auto_archive_duration: 1440 } }) as Promise<{
        id: string;
      }>,
    );
    return { id: thread.id };
  }

  async dm(userId: string, msg: OutgoingMessage) {
    const channel = await wrap(this.rest.post(Routes.userChannels(), { body: { recipient_id: userId } }) as Promise<{ id: string }>);
    return this.send(channel.id, msg);
  }
}
