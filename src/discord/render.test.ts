import { describe, expect, it } from 'vitest';
import { splitMessage, toInteractionPayload, toRestMessage } from './render.js';
import type { Reply } from './command.js';

describe('splitMessage', () => {
  it('keeps a short answer whole', () => {
    expect(splitMessage('Run easy. Then lift.')).toEqual(['Run easy. Then lift.']);
  });
  describe('when an answer is longer than Discord allows', () => {
    it('splits into messages of at most 2,000 characters, each ending at a sentence end', () => {
      const sentence = 'Hold 5:54 per km on the first run because going out hot costs more later. ';
      const text = sentence.repeat(70);
      const parts = splitMessage(text);
      expect(parts.length).toBeGreaterThan(1);
      for (const p of parts) {
        expect(p.length).toBeLessThanOrEqual(2000);
        expect(p.endsWith('later.')).toBe(true);
      }
      expect(parts.join(' ')).toBe(text.trim());
    });
    it('prefers paragraph breaks', () => {
      const para = `${'A sentence about pacing. '.repeat(30).trim()}`;
      const parts = splitMessage([para, para, para, para].join('\n\n'));
      expect(parts.every((p) => p.startsWith('A sentence'))).toBe(true);
    });
  });
});

describe('splitMessage part cap', () => {
  it('sends at most 5 messages for a 100 KB answer, the last saying it was cut', () => {
    const parts = splitMessage('Run easy today and keep the effort honest. '.repeat(2500));
    expect(parts).toHaveLength(5);
    expect(parts.every((p) => p.length <= 2000)).toBe(true);
    expect(parts.at(-1)).toMatch(/cut: too long for Discord/);
  });
});

const chart = { name: 'load.png', data: Buffer.from([137, 80, 78, 71]), description: 'Weekly load, last 8 weeks' };
const withButton: Reply = { content: 'Delete all your data?', buttons: [{ customId: 'profile:delete-confirm', label: 'Delete', style: 'danger' }] };

describe('toInteractionPayload', () => {
  it('caps content at 2,000 characters, mentions nobody and turns buttons into one row', () => {
    const p = toInteractionPayload({ ...withButton, content: 'x'.repeat(2500) });
    expect(p.content).toHaveLength(2000);
    expect(p.allowedMentions).toEqual({ parse: [] });
    expect(JSON.parse(JSON.stringify(p.components))).toMatchObject([
      { type: 1, components: [{ type: 2, custom_id: 'profile:delete-confirm', label: 'Delete', style: 4 }] },
    ]);
  });
  it('attaches files with their alt text', () => {
    expect(toInteractionPayload({ content: 'Logged.', files: [chart] }).files).toEqual([
      { attachment: chart.data, name: 'load.png', description: 'Weekly load, last 8 weeks' },
    ]);
  });
});

describe('toRestMessage', () => {
  it('sends files as multipart parts, each described by the attachments entry with its index', () => {
    const { body, files } = toRestMessage({ content: 'Logged.', files: [chart, { name: 'data.json', data: Buffer.from('{}') }] });
    expect(body.attachments).toEqual([
      { id: '0', filename: 'load.png', description: 'Weekly load, last 8 weeks' },
      { id: '1', filename: 'data.json' },
    ]);
    expect(files).toEqual([
      { name: 'load.png', data: chart.data },
      { name: 'data.json', data: Buffer.from('{}') },
    ]);
  });
  it('pings only the users named, and marks a private follow-up ephemeral', () => {
    expect(toRestMessage({ content: 'hi' }).body).toEqual({ content: 'hi', allowed_mentions: { parse: [] } });
    const { body } = toRestMessage({ content: '<@1> asked', mentionUsers: ['1'], ephemeral: true });
    expect(body.allowed_mentions).toEqual({ parse: [], users: ['1'] });
    expect(body.flags).toBe(64);
  });
  describe('when the bot and the worker render the same reply', () => {
    it('gives the same content, mentions and buttons', () => {
      const reply = { ...withButton, content: 'y'.repeat(2100) };
      const rest = toRestMessage(reply).body;
      const js = toInteractionPayload(reply);
      expect(rest.content).toBe(js.content);
      expect(rest.allowed_mentions).toEqual(js.allowedMentions);
      expect(rest.components).toEqual(js.components);
    });
  });
});
