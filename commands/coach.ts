import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { defineCommand } from '../src/discord/command.js';
import { missingPermissions } from '../src/discord/permissions.js';
import { takeQuestionSlot } from '../src/discord/question-rate.js';
import { MAX_QUERY_CHARS } from '../src/domain/text.js';
import { cleanText } from '../src/domain/clean-text.js';
import { COACH_JOB, coachJobId } from '../src/queue/jobs.js';

export const data = new SlashCommandBuilder()
  .setName('coach')
  .setDescription('Ask Coach K a training or racing question')
  .addStringOption((o) =>
    o
      .setName('question')
      .setDescription('Your question, e.g. "How should I pace my 1 km runs for a 1:30?"')
      .setRequired(true)
      .setMinLength(3)
      .setMaxLength(MAX_QUERY_CHARS),
  );

export const CoachInput = z.object({
  question: z
    .string()
    .transform(cleanText)
    .pipe(
      z
        .string()
        .trim()
        .min(3, 'ask a question of at least a few words')
        .max(MAX_QUERY_CHARS, `keep it under ${MAX_QUERY_CHARS.toLocaleString('en-US')} characters`)
        .refine((q) => /[\p{L}\p{N}]/u.test(q), 'ask it in words'),
    ),
});

export default defineCommand({
  data,
  input: CoachInput,
  visibility: 'public',
  async run(ctx, input, caller) {
    await takeQuestionSlot(ctx, caller.userId);
    await ctx.queue.add(
      COACH_JOB,
      {
        interactionId: caller.interactionId,
        token: caller.interactionToken,
        applicationId: caller.applicationId,
        userId: caller.userId,
        displayName: caller.displayName,
        guildId: caller.guildId,
        channelId: caller.channelId,
        question: input.question,
        missing: missingPermissions(caller.appPermissions, caller.guildId !== null),
      },
      { jobId: coachJobId(caller.interactionId) },
    );
    return { pending: true };
  },
});
