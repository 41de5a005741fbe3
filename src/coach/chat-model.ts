import OpenAI from 'openai';
import type { ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources/chat/completions';
import { cleanText } from '../domain/clean-text.js';
import { limitText, MAX_RESPONSE_BYTES } from '../domain/answer-limit.js';

import type { ChatMessage } from '../domain/chat.js';

export type { ChatMessage };

/** An engine offered to the model as a function tool. `run` validates its own arguments. */
export interface ToolSpec {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
  run(args: unknown): unknown;
}

export interface ChatResult {
  text: string;
  model: string;
  toolsUsed: string[];
  promptTokens: number;
  completionTokens: number;
}

/** The chat port: one completion, with tool calls resolved inside it. */
export interface ChatModel {
  readonly kind: 'openai-compatible' | 'offline';
  /** `signal` lets a caller end the call earlier than its own deadline. */
  complete(messages: ChatMessage[], tools: ToolSpec[], opts: { model?: string; signal?: AbortSignal }): Promise<ChatResult>;
}

export class ChatModelError extends Error {}

/** How many tool-call rounds a completion may take before it must answer. */
const MAX_TOOL_ROUNDS = 4;

/**
 * Any OpenAI-compatible chat API (Nebius, vLLM, Ollama, llama.cpp) through the `openai` package.
 * Retries on 429/5xx are the SDK's (maxRetries). `timeoutMs` is one deadline for the whole call:
 * connect, headers, a slow or trickled body, retries and every tool round together (the SDK's own
 * timer stops at the headers). A response over MAX_RESPONSE_BYTES is abandoned; the answer is
 * cleaned of invalid characters and cut to MAX_ANSWER_CHARS. Every failure throws: the caller
 * falls back to the offline composer.
 */
export class OpenAIChatModel implements ChatModel {
  readonly kind = 'openai-compatible' as const;
  private readonly client: OpenAI;

  constructor(private readonly opts: { baseUrl: string; apiKey: string; model: string; timeoutMs: number; maxRetries: number }) {
    this.client = new OpenAI({
      baseURL: opts.baseUrl,
      apiKey: opts.apiKey,
      timeout: opts.timeoutMs,
      maxRetries: opts.maxRetries,
      fetch: cappedFetch(MAX_RESPONSE_BYTES),
    });
  }

  async complete(messages: ChatMessage[], tools: ToolSpec[], opts: { model?: string; signal?: AbortSignal } = {}): Promise<ChatResult> {
    // A plain timer, not AbortSignal.timeout: a timeout signal that only AbortSignal.any refers to can be
    // garbage-collected before it fires, and then the call has no deadline (seen under CI's memory pressure).
    const controller = new AbortController();
    const stop = () => controller.abort(new ChatModelError(`no complete answer within ${this.opts.timeoutMs} ms`));
    const timer = setTimeout(stop, this.opts.timeoutMs);
    const outer = opts.signal;
    if (outer?.aborted) stop();
    else outer?.addEventListener('abort', stop, { once: true });
    // The race makes the deadline hold even if a body read ignores the abort.
    const expired = new Promise<never>((_, reject) => {
      const give = () => reject(controller.signal.reason as Error);
      if (controller.signal.aborted) give();
      else controller.signal.addEventListener('abort', give, { once: true });
    });
    expired.catch(() => undefined);
    try {
      return await Promise.race([this.run(messages, tools, opts.model, controller.signal), expired]);
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', stop);
    }
  }

  private async run(messages: ChatMessage[], tools: ToolSpec[], wanted: string | undefined, signal: AbortSignal): Promise<ChatResult> {
    const model = wanted ?? this.opts.model;
    const convo: ChatCompletionMessageParam[] = messages.map((m) => ({ role: m.role, content: m.content }));
    const toolDefs: ChatCompletionTool[] = tools.map((t) => ({
      type: 'function',
      function: { name: t.name, description: t.description, parameters: t.parameters },
    }));
    const used: string[] = [];
    let promptTokens = 0;
    let completionTokens = 0;
    for (let round = 0; round <= MAX_TOOL_ROUNDS; round++) {
      const response = await this.client.chat.completions.create(
        {
          model,
          messages: convo,
          temperature: 0.4,
          max_tokens: 1200,
          ...(toolDefs.length > 0 && round < MAX_TOOL_ROUNDS ? { tools: toolDefs, tool_choice: 'auto' as const } : {}),
        },
        { signal },
      );
      if (!response || !Array.isArray(response.choices)) throw new ChatModelError('the chat API returned no choices');
      promptTokens += response.usage?.prompt_tokens ?? 0;
      completionTokens += response.usage?.completion_tokens ?? 0;
      const message = response.choices[0]?.message;
      if (!message) throw new ChatModelError('the chat API returned an empty choice');
      const calls = (message.tool_calls ?? []).filter((c) => c.type === 'function');
      if (calls.length === 0) {
        const text = limitText(cleanText(message.content ?? '').trim());
        if (!text) throw new ChatModelError('the chat API returned an empty answer');
        return { text, model: response.model || model, toolsUsed: used, promptTokens, completionTokens };
      }
      convo.push({ role: 'assistant', content: message.content ?? null, tool_calls: calls });
      for (const call of calls) {
        const tool = tools.find((t) => t.name === call.function.name);
        let result: unknown;
        if (!tool) {
          result = { error: `unknown tool ${call.function.name}` };
        } else {
          try {
            result = tool.run(JSON.parse(call.function.arguments || '{}'));
            if (!used.includes(tool.name)) used.push(tool.name);
          } catch (error) {
            result = { error: `invalid arguments: ${(error as Error).message.slice(0, 300)}` };
          }
        }
        convo.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify(result) });
      }
    }
    throw new ChatModelError('the model kept calling tools without answering');
  }
}

/** fetch that errors once a response body passes `maxBytes` (a flood must not fill memory or the database). */
function cappedFetch(maxBytes: number): typeof fetch {
  return async (input, init) => {
    const res = await fetch(input, init);
    if (!res.body) return res;
    let seen = 0;
    const body = res.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, out) {
          seen += chunk.byteLength;
          if (seen > maxBytes) out.error(new ChatModelError(`the chat API sent more than ${maxBytes} bytes`));
          else out.enqueue(chunk);
        },
      }),
    );
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  };
}
