import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUploads, MAX_UPLOAD_BYTES, snowflake, type RecordedCall } from '../support/discord-fake.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ queue: 'in-process' });
  await stack.startBot();
});
afterAll(async () => {
  await stack?.close();
});

async function run(name: string, userId: string, options: Record<string, unknown>, subcommand?: string): Promise<RecordedCall> {
  const { token } = await stack.discord.slashCommand({ name, userId, options, subcommand });
  return stack.discord.waitForCall((c) => c.method === 'PATCH' && c.path.includes(token));
}

/** The one PNG of a reply, decoded: what a Discord client would show. */
function image(edit: RecordedCall) {
  expect(edit.files).toHaveLength(1);
  const [file] = edit.files;
  const png = PNG.sync.read(file!.data);
  return { file: file!, png };
}

describe('chart attachments', () => {
  it('/log replies privately with the weekly-load image, described by its numbers', async () => {
    const userId = snowflake();
    await run('log', userId, { type: 'run', duration: 40, rpe: 6, date: 'yesterday' });
    const edit = await run('log', userId, { type: 'strength', duration: 50, rpe: 7 });
    expect(edit.body.content).toMatch(/Session load: 350 AU/);
    const { file, png } = image(edit);
    expect(file.name).toBe('weekly-load.png');
    expect([png.width, png.height]).toEqual([800, 420]);
    expect(file.data.length).toBeLessThan(150 * 1024);
    // Alt text travels as the attachment description, with the week's load in words.
    expect(edit.body.attachments).toEqual([expect.objectContaining({ id: '0', description: file.description })]);
    expect(file.description).toMatch(/This week so far: (590|350)\./);
    expect(file.description).toMatch(/Acute:chronic ratio: not enough history yet/);
  });

  it('/benchmark shows the history image with the change in words', async () => {
    const userId = snowflake();
    await run('profile', userId, { division: 'open_men', goal_time: '1:25:00' }, 'set');
    await run('benchmark', userId, { test: 'run_5k', time: '23:30', date: '2026-10-01' });
    const edit = await run('benchmark', userId, { test: 'run_5k', time: '22:30' });
    expect(edit.body.content).toMatch(/1:00 faster than 2026-10-01/);
    const { file } = image(edit);
    expect(file.name).toBe('benchmark-history.png');
    expect(file.description).toMatch(/2026-10-01 23:30; \d{4}-\d{2}-\d{2} 22:30/);
    expect(file.description).toMatch(/implies a Hyrox finish of about 1:\d\d:\d\d \(goal 1:25:00\)/);
  });

  it('/profile show marks the race date on the load image', async () => {
    const userId = snowflake();
    await run('profile', userId, { race_date: '2030-03-10' }, 'set');
    const edit = await run('profile', userId, {}, 'show');
    expect(edit.body.content).toMatch(/Race date: 2030-03-10/);
    expect(image(edit).file.description).toMatch(/Race on 2030-03-10, in \d+ weeks/);
  });
});

describe('the local Discord', () => {
  const part = (field: string, size: number) => ({ field, filename: 'a.png', data: Buffer.alloc(size) });
  it('refuses a file without attachments metadata', () => {
    expect(checkUploads([part('files[0]', 10)], undefined).error).toMatchObject({ status: 400, code: 50035 });
  });
  it('refuses a file over 25 MiB', () => {
    expect(checkUploads([part('files[0]', MAX_UPLOAD_BYTES + 1)], [{ id: '0' }]).error).toMatchObject({ status: 413 });
  });
  it('accepts files[n] described by id', () => {
    expect(checkUploads([part('files[0]', 10)], [{ id: '0', filename: 'a.png', description: 'x' }])).toEqual({
      files: [{ name: 'a.png', data: Buffer.alloc(10), description: 'x' }],
    });
  });
});
