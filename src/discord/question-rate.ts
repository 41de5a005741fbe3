import { UserError } from '../errors.js';
import type { CommandContext } from './command.js';

/**
 * Every question that reaches the LLM counts against one per-member budget, whether it came as
 * /coach or as a message in a Coach K thread: COACH_RATE_LIMIT per COACH_RATE_WINDOW_SEC.
 */
export async function takeQuestionSlot(ctx: Pick<CommandContext, 'rateLimiter' | 'config'>, userId: string): Promise<void> {
  const rate = await ctx.rateLimiter.hit(`coach:${userId}`);
  if (!rate.allowed) {
    throw new UserError(
      'rate_limited',
      `You've asked ${ctx.config.rateLimit.perWindow} questions in the last ${ctx.config.rateLimit.windowSec} s. Try again in ${rate.retryAfterSec} s.`,
    );
  }
}
