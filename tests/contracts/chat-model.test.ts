import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InternalServerError } from 'openai';
import { OpenAIChatModel } from '../../src/coach/chat-model.js';
import { COACH_TOOLS } from '../../src/coach/tools.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai.js';

let server: FakeOpenAI;
beforeAll(async () => {
  server = await startFakeOpenAI({ requireKey: 'nb-test-key' });
});
afterAll(async () => {
  await server.close();
});

const model = (timeoutMs = 5000, maxRetries = 0) =>
  new OpenAIChatModel({ baseUrl: server.url, apiKey: 'nb-test-key', model: 'meta-llama/Llama-3.3-70B-Instruct', timeoutMs, maxRetries });
const msgs = [
  { role: 'system' as const, content: 'You are Coach K.' },
  { role: 'user' as const, content: 'My 5K is 22:00, what can I run?' },
];

describe('OpenAIChatModel', () => {
  it('sends the messages, the model and the engines as tools, and returns the answer with token counts', async () => {
    server.queueChat({ content: 'Target about 1:14 [1].' });
    const before = server.calls.length;
    const r = await model().complete(msgs, COACH_TOOLS, {});
    expect(r.text).toBe('Target about 1:14 [1].');
    expect(r.promptTokens).toBeGreaterThan(0);
    const body = server.calls[before]!.body as {
      model: string;
      messages: unknown[];
      tools: { function: { name: string; parameters: { type: string } } }[];
    };
    expect(body.model).toBe('meta-llama/Llama-3.3-70B-Instruct');
    expect(body.messages).toEqual(msgs);
    expect(body.tools.map((t) => t.function.name)).toEqual(COACH_TOOLS.map((t) => t.name));
    expect(body.tools[0]!.function.parameters.type).toBe('object');
  });

  describe('when the model calls an engine', () => {
    it('runs the tool locally, sends the result back, and reports the tool used', async () => {
      server.queueChat(
        { toolCalls: [{ name: 'predict_race_time', arguments: { fiveKmSec: 1320, division: 'open_men' } }] },
        { content: 'You should target 1:14:26.' },
      );
      const before = server.calls.length;
      const r = await model().complete(msgs, COACH_TOOLS, { model: 'my-lora' });
      expect(r.text).toBe('You should target 1:14:26.');
      expect(r.toolsUsed).toEqual(['predict_race_time']);
      const second = server.calls[before + 1]!.body as { model: string; messages: { role: string; content: string | null; tool_call_id?: string }[] };
      expect(second.model).toBe('my-lora');
      const toolMsg = second.messages.find((m) => m.role === 'tool')!;
      expect(JSON.parse(toolMsg.content!).totalSec).toBeCloseTo(4466.28, 1);
    });
    it('returns invalid tool arguments to the model as an error instead of crashing', async () => {
      server.queueChat(
        { toolCalls: [{ name: 'plan_pacing', arguments: { goalSec: 10, division: 'open_men' } }] },
        { content: 'Give me a realistic goal.' },
      );
      const before = server.calls.length;
      const r = await model().complete(msgs, COACH_TOOLS, {});
      expect(r.text).toBe('Give me a realistic goal.');
      const toolMsg = (server.calls[before + 1]!.body as { messages: { role: string; content: string }[] }).messages.find((m) => m.role === 'tool')!;
      expect(toolMsg.content).toMatch(/invalid arguments/);
    });
  });

  describe('when the API fails', () => {
    it('throws on a 500', async () => {
      server.queueChat({ status: 500 });
      await expect(model().complete(msgs, [], {})).rejects.toBeInstanceOf(InternalServerError);
    });
    it('retries a 429 when retries are configured', async () => {
      server.queueChat({ status: 429 }, { content: 'after retry' });
      expect((await model(5000, 2).complete(msgs, [], {})).text).toBe('after retry');
    });
    it('throws a timeout when the server is slower than timeoutMs', async () => {
      server.queueChat({ content: 'too late', delayMs: 1500 });
      // The call's own deadline or the SDK's header timer, whichever fires first.
      await expect(model(300).complete(msgs, [], {})).rejects.toThrow(/no complete answer within 300 ms|timed out/i);
    });
    it('throws on a garbage body', async () => {
      server.queueChat({ garbage: true });
      await expect(model().complete(msgs, [], {})).rejects.toThrow();
    });
    it('throws on a wrong key (401)', async () => {
      const bad = new OpenAIChatModel({ baseUrl: server.url, apiKey: 'wrong', model: 'm', timeoutMs: 2000, maxRetries: 0 });
      await expect(bad.complete(msgs, [], {})).rejects.toThrow(/401|Incorrect API key/);
    });
  });
});
