import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, isoDate } from '../../src/domain/dates.js';
import { snowflake, type RecordedCall } from '../support/discord-fake.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ queue: 'in-process' });
  await stack.startBot();
});
afterAll(async () => {
  await stack?.close();
});

async function run(name: string, userId: string, options: Record<string, unknown> = {}, subcommand?: string): Promise<RecordedCall> {
  const { token } = await stack.discord.slashCommand({ name, userId, options, subcommand });
  return stack.discord.waitForCall((c) => c.method === 'PATCH' && c.path.includes(token));
}

describe('/plan', () => {
  describe('when the member has no race date or benchmark', () => {
    it('asks for both, with examples, privately', async () => {
      const userId = snowflake();
      const { interactionId, token } = await stack.discord.slashCommand({ name: 'plan', userId });
      const defer = await stack.discord.waitForCall((c) => c.path === `/interactions/${interactionId}/${token}/callback`);
      expect(defer.body).toMatchObject({ type: 5, data: { flags: 64 } });
      const edit = await stack.discord.waitForCall((c) => c.method === 'PATCH' && c.path.includes(token));
      expect(edit.body.content).toMatch(/I need your race date, e.g. `\/profile set race_date:2027-03-14` and a fresh 5 km or 10 km time/);
      expect(edit.body.content).toMatch(/\/benchmark test:5 km run time:24:30/);
    });
  });

  describe('with a race date, hours and a 5 km', () => {
    it('shows this week: every day, sessions with work, paces from the 5 km, minutes and RPE', async () => {
      const userId = snowflake();
      const race = addDays(isoDate(new Date()), 12 * 7);
      await run('profile', userId, { race_date: race, weekly_hours: 7, division: 'open_women' }, 'set');
      await run('benchmark', userId, { test: 'run_5k', time: '21:00' });
      const edit = await run('plan', userId);
      const text: string = edit.body.content;
      expect(text).toMatch(/^\*\*Your plan for this week\*\* \(from \d+ \w+\): specific preparation, (11|12) weeks to race, 5 sessions/);
      expect(text.match(/^\*\*(Mon|Tue|Wed|Thu|Fri|Sat|Sun) /gm)).toHaveLength(7);
      expect(text).toMatch(/Paces from your 5 km of 21:00/);
      // Sessions still to come carry exact work; past days without a log are missed.
      expect(text).toMatch(/Do: .*\d+ min|✖ .* missed/);
      expect(text.length).toBeLessThanOrEqual(2000);
    });

    it('week:next shows next week with its threshold pace from the 5 km', async () => {
      const userId = snowflake();
      await run('profile', userId, { race_date: addDays(isoDate(new Date()), 12 * 7), weekly_hours: 7, division: 'open_women' }, 'set');
      await run('benchmark', userId, { test: 'run_5k', time: '21:00' });
      const text: string = (await run('plan', userId, { week: 'next' })).body.content;
      expect(text).toMatch(/^\*\*Your plan for next week\*\*/);
      expect(text).toMatch(/\*\*Tue \d+ \w+\*\* Threshold run · \d+ min · RPE 7/);
      expect(text).toMatch(/× 10 min at 4:27\/km with 2 min jog/);
      expect(text).not.toMatch(/missed|done/);
    });
  });
});
