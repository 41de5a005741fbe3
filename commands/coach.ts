import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { defineCommand } from '../src/discord/command.js';
import { UserError } from '../src/errors.js';
import { MAX_QUERY_CHARS } from '../src/retrieval/search.js';
import { cleanText } from '../src/text/clean-text.js';
import { COACH_JOB, coachJobId } from '../src/queue/jobs.js';

export const data = new SlashCommandBuilder()
  .setName('coach')
  .setDescription('Ask Coach K a training or racing question')
  .addStringOption((o) => o.setName('question').setDescription('Your question, e.g. "How should I pace my 1 km runs for a 1:30?"')
    .setRequired(true).setMinLength(3).setMaxLength(MAX_QUERY_CHARS));

export const CoachInput = z.object({
  question: z.string().transform(cleanText).pipe(z.string().trim()
    .min(3, 'ask a question of at least a few words')
    .max(MAX_QUERY_CHARS, `keep it under ${MAX_QUERY_CHARS.toLocaleString('en-US')} characters`)
    .refine((q) => /[\p{L}\p{N}]/u.test(q), 'ask it in words')),
});

export default defineCommand({
  data,
  input: CoachInput,
  visibility: 'public',
  async run(ctx, input, caller) {
    const rate = await ctx.rateLimiter.hit(`coach:${caller.userId}`);
    if (!rate.allowed) {
      throw new UserError('rate_limited', `You've asked ${ctx.config.rateLimit.perWindow} questions in the last ${ctx.config.rateLimit.windowSec} s. Try again in ${rate.retryAfterSec} s.`);
    }
    await ctx.queue.add(COACH_JOB, {
      interactionId: caller.interactionId, token: caller.interactionToken, applicationId: caller.applicationId,
      userId: caller.userId, displayName: caller.displayName, guildId: caller.guildId, channelId: caller.channelId,
      question: input.question,
    }, { jobId: coachJobId(caller.interactionId) });
    return { pending: true };
  },
});
