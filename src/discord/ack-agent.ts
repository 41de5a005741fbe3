import type { Duplex } from 'node:stream';
import { DefaultRestOptions, type RESTOptions } from '@discordjs/rest';
import { Agent, type Dispatcher } from 'undici';

/** `POST /interactions/{id}/{token}/callback`: the initial response (reply, defer, update, modal). */
const CALLBACK_PATH = /\/interactions\/[^/?]+\/[^/?]+\/callback(?:\?|$)/;
/** Discord's answer to a second initial response for one interaction. */
const ALREADY_ACKNOWLEDGED = 40060;
/** The connection closed or broke with the request written or being written: it may have arrived. */
const DROPPED = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);
/** How many times a dropped acknowledgement is sent again before its error is passed on. */
const RESENDS = 2;

/** An initial response whose body can be written twice (JSON text; an upload's FormData cannot). */
export function isResendableCallback(method: string | undefined, path: string, body: unknown): boolean {
  return (
    method?.toUpperCase() === 'POST' &&
    CALLBACK_PATH.test(path) &&
    (body === null || body === undefined || typeof body === 'string' || body instanceof Uint8Array)
  );
}

type Handler = Dispatcher.DispatchHandlers;

function codeOf(body: Buffer): number | undefined {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { code?: unknown };
    return Number(parsed.code);
  } catch {
    return undefined;
  }
}

/**
 * One acknowledgement through AckAgent. Sending it twice is safe: Discord keeps the first initial
 * response and answers a second with 40060. So when its connection drops (the request written, no
 * answer yet), it is sent again on another connection, and when a request that was written more
 * than once (by this, or by undici re-sending the requests pipelined behind a failed one) is
 * answered 40060, the earlier write is what acknowledged it: the caller gets the 204 that write
 * would have had, not an error that reads as another process having answered.
 */
class AckHandler implements Handler {
  private writes = 0;
  private resends = 0;
  private held?: { status: number; headers: Buffer[]; statusText: string; resume: () => void; body: Buffer[] };
  private answered = false;

  constructor(
    private readonly send: (handler: Handler) => void,
    private readonly inner: Handler,
  ) {}

  onConnect(abort: (err?: Error) => void): void {
    this.writes += 1;
    this.held = undefined;
    this.inner.onConnect?.(abort);
  }

  onError(err: Error): void {
    const code = (err as { code?: string }).code;
    if (!this.answered && code && DROPPED.has(code) && this.resends < RESENDS) {
      this.resends += 1;
      try {
        this.send(this);
        return;
      } catch {
        // The agent is closed: the original error stands.
      }
    }
    this.inner.onError?.(err);
  }

  onUpgrade(statusCode: number, headers: Buffer[] | string[] | null, socket: Duplex): void {
    this.inner.onUpgrade?.(statusCode, headers, socket);
  }

  onBodySent(...args: Parameters<NonNullable<Handler['onBodySent']>>): void {
    this.inner.onBodySent?.(...args);
  }

  onHeaders(status: number, headers: Buffer[], resume: () => void, statusText: string): boolean {
    if (this.writes > 1 && status === 400) {
      this.held = { status, headers, statusText, resume, body: [] };
      return true;
    }
    this.answered = true;
    return this.inner.onHeaders?.(status, headers, resume, statusText) ?? true;
  }

  onData(chunk: Buffer): boolean {
    if (this.held) {
      this.held.body.push(Buffer.from(chunk));
      return true;
    }
    return this.inner.onData?.(chunk) ?? true;
  }

  onComplete(trailers: string[] | null): void {
    const held = this.held;
    if (held) {
      this.held = undefined;
      this.answered = true;
      if (codeOf(Buffer.concat(held.body)) === ALREADY_ACKNOWLEDGED) {
        this.inner.onHeaders?.(204, [], held.resume, 'No Content');
      } else {
        this.inner.onHeaders?.(held.status, held.headers, held.resume, held.statusText);
        for (const chunk of held.body) this.inner.onData?.(chunk);
      }
    }
    this.inner.onComplete?.(trailers);
  }
}

/**
 * The HTTP client for interaction acknowledgements (initial responses). With undici's default
 * every REST call that finds its connections busy opens another (HTTP/1.1 sends one request at a
 * time down a connection unless told the request is safe to repeat), so a burst of 200 /coach
 * opened 157-180 connections, 34-45 % of the bot's CPU, each acknowledgement waiting for its own
 * connection. Here acknowledgements share two kept-alive connections (30 s) and are pipelined on
 * them, up to 256 each: written at once, behind the ones still in flight, and the server answers
 * them in order. They are safe to repeat (AckHandler), which is what undici asks of a pipelined
 * request. Everything else (uploads included) goes as before (withAckAgent). Whether Discord's
 * edge works on pipelined requests side by side or one after another is not known here (the local
 * Discord, Node's http server, does them side by side); one after another, a burst's later
 * acknowledgements wait there for the earlier ones, as without a cap they waited to connect.
 */
export class AckAgent extends Agent {
  constructor(opts: { connections?: number; pipelining?: number } = {}) {
    super({ connections: opts.connections ?? 2, pipelining: opts.pipelining ?? 256, keepAliveTimeout: 30_000 });
  }

  override dispatch(options: Dispatcher.DispatchOptions, handler: Handler): boolean {
    if (!isResendableCallback(options.method, options.path, options.body)) return super.dispatch(options, handler);
    const opts = { ...options, idempotent: true };
    const send = (h: Handler) => {
      super.dispatch(opts, h);
    };
    return super.dispatch(opts, new AckHandler(send, handler));
  }
}

/** @discordjs/rest's `makeRequest`: its default transport, acknowledgements through `agent`. */
export function withAckAgent(agent: Dispatcher): RESTOptions['makeRequest'] {
  return (url, init) =>
    DefaultRestOptions.makeRequest(url, isResendableCallback(init.method, url, init.body) ? { ...init, dispatcher: agent } : init);
}
