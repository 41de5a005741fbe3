import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { z } from 'zod';
import type { AppContext } from '../context.js';
import type { JobQueue } from '../queue/job-queue.js';
import type { Jobs } from '../queue/jobs.js';
import type { RateLimiter } from '../queue/rate-limiter.js';

/** Who ran a command, and where. */
export interface Caller {
  userId: string;
  displayName: string;
  interactionId: string;
  interactionToken: string;
  /** The bot's permissions in this channel (decimal bitfield from app_permissions), when Discord sent them. */
  appPermissions: string | null;
  applicationId: string;
  guildId: string | null;
  channelId: string | null;
  /** Has the configured coach role. */
  isCoach: boolean;
}

/** A file attached to a reply; `description` is its alt text (sent as the attachment's description). */
export interface ReplyFile {
  name: string;
  data: Buffer;
  description?: string;
}
export interface ReplyButton {
  customId: string;
  label: string;
  style: 'danger' | 'secondary' | 'primary';
}

/** A transport-neutral reply: Discord renders it, the terminal prints it. */
export interface Reply {
  content: string;
  files?: ReplyFile[];
  buttons?: ReplyButton[];
}

/** The work was queued; the "thinking…" state stays until a worker edits the reply. */
export interface Pending {
  pending: true;
}

export type CommandResult = Reply | Pending;

/** What command handlers receive: the app context plus the queue and rate limiter of the bot process. */
export type CommandContext = AppContext & { queue: JobQueue<Jobs>; rateLimiter: RateLimiter };

export interface CommandModule<S extends z.ZodType = z.ZodType> {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** Applied to the flattened options ({ subcommand?, ...options }): the same limits as `data`. */
  input: S;
  visibility: 'ephemeral' | 'public';
  run(ctx: CommandContext, input: z.infer<S>, caller: Caller): Promise<CommandResult>;
  /** Handles a button this command posted (custom id starts with `<name>:`). */
  button?(ctx: CommandContext, customId: string, caller: Caller): Promise<Reply>;
}

/** Identity helper for type inference (the discord.js guide's `{ data, execute }`, typed by zod). */
export function defineCommand<S extends z.ZodType>(module: CommandModule<S>): CommandModule<S> {
  return module;
}

export function isPending(r: CommandResult): r is Pending {
  return (r as Pending).pending === true;
}
