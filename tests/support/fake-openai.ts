import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseMultipart } from './multipart.js';

/**
 * A local OpenAI-compatible HTTP server on 127.0.0.1 for tests and benchmarks: chat completions
 * (plain, tool calls, SSE streaming), embeddings, files and fine-tuning jobs, with a route log
 * and queued responses (the AI SDK test-server idea over a real node:http listener).
 */
export type ChatReply =
  | { content: string; delayMs?: number; model?: string }
  | { toolCalls: { name: string; arguments: Record<string, unknown> }[]; delayMs?: number }
  | { status: number; body?: unknown; delayMs?: number }
  | { garbage: true; delayMs?: number }
  /** Headers at once, then the JSON body one byte every `everyMs` (a stalled or hostile server). */
  | { trickle: string; everyMs: number; delayMs?: number }
  /** A completion whose content is `chars` characters of sentences (a runaway or hostile model). */
  | { flood: number; delayMs?: number };

export interface RecordedCall {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

interface FileRecord {
  id: string;
  filename: string;
  purpose: string;
  bytes: Buffer;
}
interface JobRecord {
  id: string;
  body: Record<string, unknown>;
  script: JobStep[];
  polls: number;
  cancelled: boolean;
}
export interface JobStep {
  status: string;
  trained_steps?: number;
  total_steps?: number;
  fine_tuned_model?: string;
  error?: { code: string; message: string };
  trained_tokens?: number;
}

export interface FakeOpenAI {
  url: string;
  calls: RecordedCall[];
  /** Queue the next chat replies (FIFO); when empty, `onChat` answers. */
  queueChat(...replies: ChatReply[]): void;
  onChat(fn: (body: Record<string, unknown>) => ChatReply): void;
  /** Drop queued chat replies (a test that gave up early leaves some behind). */
  clearChat(): void;
  /** Queue embeddings faults (status) or a forced dimension. */
  queueEmbeddingFault(status: number): void;
  forceDimensions(n: number | undefined): void;
  /** Script the status sequence of the next created fine-tuning job (one step per poll). */
  scriptNextJob(steps: JobStep[]): void;
  file(id: string): FileRecord | undefined;
  job(id: string): JobRecord | undefined;
  close(): Promise<void>;
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};
const error = (res: ServerResponse, status: number, message: string) =>
  json(res, status, {
    error: { message, type: status === 429 ? 'rate_limit_error' : status >= 500 ? 'server_error' : 'invalid_request_error', code: null },
  });

/** Writes headers now and the body one byte per tick; stops when the client goes away. */
function trickle(res: ServerResponse, bytes: Buffer, everyMs: number) {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.flushHeaders();
  let i = 0;
  const timer = setInterval(() => {
    if (res.destroyed || i >= bytes.length) {
      clearInterval(timer);
      if (!res.destroyed) res.end();
      return;
    }
    res.write(bytes.subarray(i, ++i));
  }, everyMs);
  res.on('close', () => clearInterval(timer));
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of req) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

/** A deterministic unit vector from the text's hash. */
export function hashVector(text: string, dims: number): number[] {
  const v: number[] = [];
  let seed = createHash('sha256').update(text).digest().readUInt32LE(0);
  for (let i = 0; i < dims; i++) {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    v.push(seed / 2 ** 32 - 0.5);
  }
  const n = Math.hypot(...v) || 1;
  return v.map((x) => x / n);
}

const tokensOf = (s: string) => Math.max(1, Math.ceil(s.length / 4));

export async function startFakeOpenAI(opts: { requireKey?: string } = {}): Promise<FakeOpenAI> {
  const calls: RecordedCall[] = [];
  const chatQueue: ChatReply[] = [];
  let chatDefault: (body: Record<string, unknown>) => ChatReply = () => ({ content: 'Coach K says: run easy today.' });
  const embedFaults: number[] = [];
  let forcedDims: number | undefined;
  const files = new Map<string, FileRecord>();
  const jobs = new Map<string, JobRecord>();
  let nextScript: JobStep[] | undefined;

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    const ct = String(req.headers['content-type'] ?? '');
    let body: unknown = raw.length ? raw.toString() : undefined;
    if (ct.includes('application/json') && raw.length) body = JSON.parse(raw.toString());
    const multipart = ct.includes('multipart/form-data') ? parseMultipart(raw, ct) : undefined;
    if (multipart) body = { ...multipart.fields, files: Object.fromEntries(multipart.files.map((f) => [f.field, f.filename])) };
    const path = url.pathname.replace(/^\/v1/, '');
    calls.push({ method: req.method ?? 'GET', path, headers: req.headers, body });
    if (opts.requireKey && req.headers.authorization !== `Bearer ${opts.requireKey}`) return error(res, 401, 'Incorrect API key provided');

    if (req.method === 'POST' && path === '/chat/completions') {
      const b = body as Record<string, unknown>;
      let reply = chatQueue.shift() ?? chatDefault(b);
      const trickleMs = 'trickle' in reply ? reply.everyMs : undefined;
      if ('trickle' in reply) reply = { content: reply.trickle, delayMs: reply.delayMs };
      if ('flood' in reply) reply = { content: 'Run easy today. '.repeat(Math.ceil(reply.flood / 16)).slice(0, reply.flood), delayMs: reply.delayMs };
      if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
      if (res.destroyed || req.socket.destroyed) return;
      if ('status' in reply)
        return json(res, reply.status, reply.body ?? { error: { message: `status ${reply.status}`, type: 'server_error', code: null } });
      if ('garbage' in reply) {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end('{"choices": [ this is not json');
      }
      const promptTokens = tokensOf(JSON.stringify(b.messages ?? ''));
      const id = `chatcmpl-${randomUUID().slice(0, 8)}`;
      const model = ('model' in reply && reply.model) || String(b.model ?? 'test-model');
      const message =
        'toolCalls' in reply
          ? {
              role: 'assistant',
              content: null,
              tool_calls: reply.toolCalls.map((t, i) => ({
                id: `call_${i}_${randomUUID().slice(0, 6)}`,
                type: 'function',
                function: { name: t.name, arguments: JSON.stringify(t.arguments) },
              })),
            }
          : { role: 'assistant', content: reply.content };
      const finish = 'toolCalls' in reply ? 'tool_calls' : 'stop';
      const completionTokens = tokensOf(JSON.stringify(message));
      if (b.stream) {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        const chunk = (delta: unknown, finish_reason: string | null) =>
          res.write(
            `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: 0, model, choices: [{ index: 0, delta, finish_reason }] })}\n\n`,
          );
        if ('toolCalls' in reply) {
          message.tool_calls!.forEach((tc, index) =>
            chunk(
              { role: 'assistant', tool_calls: [{ index, id: tc.id, type: 'function', function: { name: tc.function.name, arguments: '' } }] },
              null,
            ),
          );
          message.tool_calls!.forEach((tc, index) => chunk({ tool_calls: [{ index, function: { arguments: tc.function.arguments } }] }, null));
        } else {
          const text = String(message.content);
          for (let i = 0; i < text.length; i += 40)
            chunk(i === 0 ? { role: 'assistant', content: text.slice(i, i + 40) } : { content: text.slice(i, i + 40) }, null);
        }
        chunk({}, finish);
        res.write('data: [DONE]\n\n');
        return res.end();
      }
      const completion = {
        id,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model,
        choices: [{ index: 0, message, finish_reason: finish }],
        usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
      };
      if (trickleMs !== undefined) return trickle(res, Buffer.from(JSON.stringify(completion)), trickleMs);
      return json(res, 200, completion);
    }

    if (req.method === 'POST' && path === '/embeddings') {
      const fault = embedFaults.shift();
      if (fault) return error(res, fault, `status ${fault}`);
      const b = body as { input: string | string[]; dimensions?: number; model: string; encoding_format?: string };
      const inputs = Array.isArray(b.input) ? b.input : [b.input];
      const dims = forcedDims ?? b.dimensions ?? 1536;
      // The SDK asks for base64 (little-endian float32) unless told otherwise, as the real API allows.
      const encode = (v: number[]) => (b.encoding_format === 'base64' ? Buffer.from(new Float32Array(v).buffer).toString('base64') : v);
      return json(res, 200, {
        object: 'list',
        model: b.model,
        data: inputs.map((t, index) => ({ object: 'embedding', index, embedding: encode(hashVector(t, dims)) })),
        usage: { prompt_tokens: inputs.reduce((n, t) => n + tokensOf(t), 0), total_tokens: 0 },
      });
    }

    if (req.method === 'POST' && path === '/files') {
      const f = multipart?.files.find((x) => x.field === 'file');
      if (!f) return error(res, 400, 'file is required');
      const id = `file-${randomUUID().slice(0, 12)}`;
      files.set(id, { id, filename: f.filename, purpose: multipart!.fields.purpose ?? '', bytes: f.data });
      return json(res, 200, {
        id,
        object: 'file',
        bytes: f.data.length,
        created_at: 0,
        filename: f.filename,
        purpose: multipart!.fields.purpose,
        status: 'processed',
      });
    }
    const fileMatch = /^\/files\/([^/]+)(\/content)?$/.exec(path);
    if (req.method === 'GET' && fileMatch) {
      const f = files.get(fileMatch[1]!);
      if (!f) return error(res, 404, 'No such file');
      if (fileMatch[2]) {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        return res.end(f.bytes);
      }
      return json(res, 200, { id: f.id, object: 'file', bytes: f.bytes.length, filename: f.filename, purpose: f.purpose });
    }

    const jobView = (j: JobRecord) => {
      const step = j.cancelled ? { status: 'cancelled' } : j.script[Math.min(j.polls, j.script.length - 1)]!;
      return {
        id: j.id,
        object: 'fine_tuning.job',
        model: j.body.model,
        created_at: 0,
        finished_at: null,
        suffix: j.body.suffix,
        training_file: j.body.training_file,
        error: null,
        fine_tuned_model: null,
        hyperparameters: j.body.hyperparameters ?? {},
        ...step,
      };
    };
    if (req.method === 'POST' && (path === '/fine_tuning/jobs' || path === '/fine-tunes')) {
      const b = body as Record<string, unknown>;
      if (!files.has(String(b.training_file))) return error(res, 400, `training_file ${String(b.training_file)} not found`);
      const id = `ftjob-${randomUUID().slice(0, 10)}`;
      const script = nextScript ?? [
        { status: 'validating_files' },
        { status: 'queued' },
        { status: 'running', trained_steps: 10, total_steps: 30 },
        { status: 'running', trained_steps: 20, total_steps: 30 },
        {
          status: 'succeeded',
          trained_steps: 30,
          total_steps: 30,
          fine_tuned_model: `${String(b.model)}:ft-${String(b.suffix ?? 'x')}-${id.slice(-4)}`,
          trained_tokens: 123_456,
        },
      ];
      nextScript = undefined;
      const job: JobRecord = { id, body: b, script, polls: 0, cancelled: false };
      jobs.set(id, job);
      return json(res, 200, jobView(job));
    }
    const jobMatch = /^\/(?:fine_tuning\/jobs|fine-tunes)\/([^/]+)(\/events|\/cancel|\/checkpoints)?$/.exec(path);
    if (jobMatch) {
      const job = jobs.get(jobMatch[1]!);
      if (!job) return error(res, 404, 'No such job');
      if (jobMatch[2] === '/cancel') {
        job.cancelled = true;
        return json(res, 200, jobView(job));
      }
      if (jobMatch[2] === '/events') {
        const seen = job.script.slice(0, job.polls + 1);
        return json(res, 200, {
          object: 'list',
          data: seen.map((s, i) => ({ id: `ev-${i}`, object: 'fine_tuning.job.event', message: `Job is ${s.status}` })).reverse(),
        });
      }
      if (jobMatch[2] === '/checkpoints') return json(res, 200, { object: 'list', data: [] });
      const view = jobView(job);
      job.polls += 1;
      return json(res, 200, view);
    }
    if (req.method === 'GET' && path === '/models') return json(res, 200, { object: 'list', data: [{ id: 'test-model', object: 'model' }] });
    return error(res, 404, `no route ${req.method} ${path}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    calls,
    queueChat: (...r) => chatQueue.push(...r),
    onChat: (fn) => {
      chatDefault = fn;
    },
    clearChat: () => {
      chatQueue.length = 0;
    },
    queueEmbeddingFault: (s) => embedFaults.push(s),
    forceDimensions: (n) => {
      forcedDims = n;
    },
    scriptNextJob: (steps) => {
      nextScript = steps;
    },
    file: (id) => files.get(id),
    job: (id) => jobs.get(id),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
