import { ChannelType, type Message, type MessageReaction, type PartialMessageReaction, type PartialUser, type User } from 'discord.js';
import { describeLogged } from '../coach/log-summary.js';
import { LOG_EXAMPLE, parseLogText } from '../coach/parse-log.js';
import { getOrCreateAthlete } from '../db/athletes.js';
import { findConversationByMessage } from '../db/conversations.js';
import { deletedSince } from '../db/deletion.js';
import { addCorrection, ratingSummary, removeRating, upsertRating } from '../db/ratings.js';
import { addDays, isoDate } from '../domain/dates.js';
import { recordWorkout } from '../db/workouts.js';
import { classifyError, userMessage } from '../errors.js';
import { THREAD_JOB, threadJobId } from '../queue/jobs.js';
import { cleanText } from '../domain/clean-text.js';
import type { CommandContext } from './command.js';
import { takeQuestionSlot } from './question-rate.js';

/**
 * A DM to the bot is a session log ("rpe 7, 45 min tempo run"): stored once per message id and
 * confirmed; anything the bot cannot read gets an example of what it understands.
 */
export async function handleDm(ctx: CommandContext, message: Message): Promise<void> {
  const parsed = parseLogText(cleanText(message.content));
  if (parsed.question) {
    await message.reply({ content: `${parsed.question}\nNothing was logged yet.`, allowedMentions: { parse: [] } });
    return;
  }
  if (parsed.rpe === undefined || parsed.durationMin === undefined) {
    await message.reply({ content: `I couldn't read that as a session. ${LOG_EXAMPLE}`, allowedMentions: { parse: [] } });
    return;
  }
  const today = isoDate(ctx.now());
  try {
    // Sent before a /profile delete but delivered after (gateway replay): store nothing.
    if (await deletedSince(ctx.db, message.author.id, message.createdTimestamp)) {
      await message.reply({
        content: 'You deleted your Coach K data after sending this, so it was not logged. Send it again to start fresh.',
        allowedMentions: { parse: [] },
      });
      return;
    }
    const athlete = await getOrCreateAthlete(ctx.db, message.author.id, message.author.globalName ?? message.author.username);
    const recorded = await recordWorkout(
      ctx.db,
      athlete.id,
      {
        sourceId: `message:${message.id}`,
        date: parsed.when === 'yesterday' ? addDays(today, -1) : today,
        sessionType: parsed.sessionType ?? 'other',
        durationMin: parsed.durationMin,
        rpe: parsed.rpe,
        distanceKm: parsed.distanceKm,
        notes: parsed.notes,
      },
      today,
    );
    await message.reply({ content: await describeLogged(ctx.db, recorded, today), allowedMentions: { parse: [] } });
  } catch (error) {
    const c = classifyError(error);
    if (c.kind === 'bug') ctx.log.error({ messageId: message.id, ref: c.reference, err: error }, 'DM log failed');
    await message
      .reply({ content: `❌ ${userMessage(c)}${c.kind === 'user' ? `\n${LOG_EXAMPLE}` : ''}`, allowedMentions: { parse: [] } })
      .catch(() => undefined);
  }
}

async function isCoachMember(ctx: CommandContext, guildId: string | null, userId: string, roles?: string[]): Promise<boolean> {
  const roleId = ctx.config.discord.kind === 'present' ? ctx.config.discord.coachRoleId : undefined;
  if (!roleId || !guildId) return false;
  return (roles ?? []).includes(roleId);
}

/**
 * Guild messages: in a thread Coach K opened, a follow-up question (queued, answered with the
 * conversation so far); a coach's reply to a 👎-rated answer is recorded as its correction.
 */
export async function handleGuildMessage(ctx: CommandContext, message: Message): Promise<void> {
  if (message.reference?.messageId) {
    const answered = await findConversationByMessage(ctx.db, message.reference.messageId);
    if (answered) {
      const roles = message.member ? [...message.member.roles.cache.keys()] : [];
      const coach = await isCoachMember(ctx, message.guildId, message.author.id, roles);
      const summary = await ratingSummary(ctx.db, answered.id);
      if (coach && summary.down > 0) {
        await addCorrection(ctx.db, {
          conversationId: answered.id,
          sourceId: `message:${message.id}`,
          coachDiscordUserId: message.author.id,
          content: cleanText(message.content),
        });
        await message.react('✅').catch(() => undefined);
        return;
      }
    }
  }
  const thread = message.channel.isThread() ? message.channel : undefined;
  if (!thread || thread.ownerId !== message.client.user.id) return;
  const content = cleanText(message.content).trim();
  if (!content) return;
  try {
    await takeQuestionSlot(ctx, message.author.id);
  } catch (error) {
    const c = classifyError(error);
    if (c.kind !== 'user') throw error;
    await message.reply({ content: `⏳ ${userMessage(c)}`, allowedMentions: { parse: [] } }).catch(() => undefined);
    return;
  }
  await ctx.queue.add(
    THREAD_JOB,
    {
      messageId: message.id,
      threadId: thread.id,
      guildId: message.guildId,
      userId: message.author.id,
      displayName: message.member?.displayName ?? message.author.globalName ?? message.author.username,
      content: content.slice(0, 4000),
    },
    { jobId: threadJobId(message.id) },
  );
}

const RATINGS: Record<string, 1 | -1> = { '👍': 1, '👎': -1 };

/**
 * 👍/👎 on a Coach K answer: one rating per rater per answer; a changed reaction updates it and a
 * removed one deletes it. Members with the coach role give coach ratings.
 */
export async function handleReaction(
  ctx: CommandContext,
  reaction: MessageReaction | PartialMessageReaction,
  user: User | PartialUser,
  change: 'added' | 'removed',
): Promise<void> {
  if (user.bot) return;
  const value = RATINGS[reaction.emoji.name ?? ''];
  if (value === undefined) return;
  const conversation = await findConversationByMessage(ctx.db, reaction.message.id);
  if (!conversation) return;
  if (change === 'removed') {
    await removeRating(ctx.db, conversation.id, user.id, value);
    return;
  }
  let roles: string[] = [];
  const guild = reaction.message.guild;
  if (guild) {
    const member = guild.members.cache.get(user.id) ?? (await guild.members.fetch(user.id).catch(() => undefined));
    roles = member ? [...member.roles.cache.keys()] : [];
  }
  await upsertRating(ctx.db, {
    conversationId: conversation.id,
    raterDiscordUserId: user.id,
    rating: value,
    raterIsCoach: await isCoachMember(ctx, guild?.id ?? null, user.id, roles),
  });
}

export function isDm(message: Message): boolean {
  return message.channel.type === ChannelType.DM;
}
