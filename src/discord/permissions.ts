import { PermissionFlagsBits } from 'discord-api-types/v10';
import type { ANSWER_EXTRA_PERMISSIONS } from '../queue/jobs.js';

export type AnswerExtra = (typeof ANSWER_EXTRA_PERMISSIONS)[number];

/** What an answer needs in a server channel beyond the reply itself, which needs no permission. */
export const ANSWER_EXTRAS: Record<AnswerExtra, { bit: bigint; label: string; for: string }> = {
  AddReactions: { bit: PermissionFlagsBits.AddReactions, label: 'Add Reactions', for: '👍/👎 rating reactions' },
  CreatePublicThreads: { bit: PermissionFlagsBits.CreatePublicThreads, label: 'Create Public Threads', for: 'a follow-up thread' },
  SendMessagesInThreads: { bit: PermissionFlagsBits.SendMessagesInThreads, label: 'Send Messages in Threads', for: 'a follow-up thread' },
};

/**
 * The permissions Coach K lacks in the channel of an interaction, from its `app_permissions`
 * (a decimal bitfield string). None in DMs, or when Discord sent no bitfield.
 */
export function missingPermissions(appPermissions: string | null | undefined, inGuild: boolean): AnswerExtra[] {
  if (!inGuild || !appPermissions || !/^\d+$/.test(appPermissions)) return [];
  const have = BigInt(appPermissions);
  if ((have & PermissionFlagsBits.Administrator) === PermissionFlagsBits.Administrator) return [];
  return (Object.keys(ANSWER_EXTRAS) as AnswerExtra[]).filter((k) => (have & ANSWER_EXTRAS[k].bit) !== ANSWER_EXTRAS[k].bit);
}

/** The private note to the member: what Coach K could not do here, and what an admin can grant. */
export function permissionNote(missing: readonly AnswerExtra[]): string | undefined {
  if (missing.length === 0) return undefined;
  const what = [...new Set(missing.map((m) => ANSWER_EXTRAS[m].for))].join(' or ');
  const labels = missing.map((m) => ANSWER_EXTRAS[m].label).join(', ');
  return `Coach K can't add ${what} in this channel: it is missing ${labels}. A server admin can grant ${missing.length === 1 ? 'it' : 'them'} to the Coach K role in this channel's permissions.`;
}
