import { PermissionFlagsBits } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { missingPermissions, permissionNote } from './permissions.js';

const all = (
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.SendMessages
).toString();

describe('missingPermissions', () => {
  it('finds nothing missing for a normal install', () => {
    expect(missingPermissions(all, true)).toEqual([]);
  });
  describe('when the channel denies reactions and threads', () => {
    it('names each missing permission', () => {
      expect(missingPermissions(PermissionFlagsBits.SendMessages.toString(), true)).toEqual([
        'AddReactions',
        'CreatePublicThreads',
        'SendMessagesInThreads',
      ]);
    });
  });
  it('ignores DMs, administrators and a missing bitfield', () => {
    expect(missingPermissions('0', false)).toEqual([]);
    expect(missingPermissions(PermissionFlagsBits.Administrator.toString(), true)).toEqual([]);
    expect(missingPermissions(undefined, true)).toEqual([]);
  });
});

describe('permissionNote', () => {
  it('tells the member what is missing and who can fix it', () => {
    expect(permissionNote(['AddReactions', 'CreatePublicThreads'])).toBe(
      "Coach K can't add 👍/👎 rating reactions or a follow-up thread in this channel: it is missing Add Reactions, Create Public Threads. A server admin can grant them to the Coach K role in this channel's permissions.",
    );
    expect(permissionNote([])).toBeUndefined();
  });
});
