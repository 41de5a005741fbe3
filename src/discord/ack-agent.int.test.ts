import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { DiscordAPIError, REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { AckAgent, isResendableCallback, withAckAgent } from './ack-agent.js';

/**
 * A bare HTTP/1.1 server on 127.0.0.1 that sees requests as they are written (pipelined ones
 * too) and decides what to answer: `onRequest(socket, requests, n)` is called once for each
 * request as it arrives, with every request parsed so far on that connection (the n-th, from 1).
 */
interface Seen {
  method: string;
  path: string;
  body: string;
}
async function rawServer(
  onRequest: (socket: Socket, requests: Seen[], n: number) => void,
): Promise<{ url: string; connections(): number; close(): Promise<void> }> {
  let connections = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    const n = ++connections;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffer = '';
    const requests: Seen[] = [];
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1');
      for (;;) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) break;
        const head = buffer.slice(0, end).split('\r\n');
        const length = Number(/^content-length:\s*(\d+)/im.exec(head.join('\n'))?.[1] ?? 0);
        if (buffer.length < end + 4 + length) break;
        const [method, path] = head[0]!.split(' ');
        requests.push({ method: method!, path: path!, body: buffer.slice(end + 4, end + 4 + length) });
        buffer = buffer.slice(end + 4 + length);
        onRequest(socket, requests, n);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`,
    connections: () => connections,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}

const noContent = 'HTTP/1.1 204 No Content\r\n\r\n';
const jsonResponse = (status: string, body: unknown) => {
  const text = JSON.stringify(body);
  return `HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`;
};
const alreadyAcknowledged = jsonResponse('400 Bad Request', { message: 'Interaction has already been acknowledged.', code: 40060 });
const interactionOf = (path: string) => /\/interactions\/(\d+)\//.exec(path)?.[1] ?? '';

/** The deferral discord.js sends (InteractionResponses#deferReply), through @discordjs/rest as the bot makes it. */
const defer = (rest: REST, id: string) =>
  rest.post(Routes.interactionCallback(id, `tok_${id}`), {
    body: { type: 5, data: { flags: 0 } },
    auth: false,
    query: new URLSearchParams({ with_response: 'false' }),
  });

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0).reverse()) await c();
});
function restOn(url: string, agent: AckAgent): REST {
  const rest = new REST({ api: url, makeRequest: withAckAgent(agent), retries: 0 }).setToken('x');
  closers.push(async () => {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
    await agent.close();
  });
  return rest;
}

describe('isResendableCallback', () => {
  it('is an initial response with a JSON body, not an upload or another route', () => {
    expect(isResendableCallback('POST', '/api/v10/interactions/1/tok/callback?with_response=false', '{"type":5}')).toBe(true);
    expect(isResendableCallback('POST', 'http://127.0.0.1:1/api/v10/interactions/1/tok/callback', '{"type":5}')).toBe(true);
    expect(isResendableCallback('POST', '/api/v10/interactions/1/tok/callback', new FormData())).toBe(false);
    expect(isResendableCallback('PATCH', '/api/v10/webhooks/1/tok/messages/@original', '{}')).toBe(false);
    expect(isResendableCallback('POST', '/api/v10/webhooks/1/tok', '{}')).toBe(false);
  });
});

describe('AckAgent', () => {
  describe('when 40 interactions are deferred at once', () => {
    it('writes them all down its two connections before any answer comes back', async () => {
      const seen = new Map<Socket, number>();
      let answered = false;
      const server = await rawServer((socket, requests) => {
        seen.set(socket, requests.length);
        // Nothing is answered until all 40 have arrived: only pipelining gets them here.
        if (answered || [...seen.values()].reduce((a, b) => a + b, 0) < 40) return;
        answered = true;
        for (const [s, k] of seen) s.write(noContent.repeat(k));
      });
      closers.push(server.close);
      const rest = restOn(server.url, new AckAgent({ connections: 2, pipelining: 32 }));
      const ids = Array.from({ length: 40 }, (_, i) => String(1_000_000_000_000_000_000n + BigInt(i)));
      const results = await Promise.all(ids.map((id) => defer(rest, id)));
      expect(results).toHaveLength(40);
      expect(server.connections()).toBeLessThanOrEqual(2);
    });
  });

  describe('when a request is not an acknowledgement', () => {
    it('goes through the default transport, not the agent', async () => {
      const server = await rawServer((socket, requests) => {
        const r = requests.at(-1)!;
        socket.write(jsonResponse('200 OK', { id: '1', path: r.path }));
      });
      closers.push(server.close);
      const agent = new AckAgent();
      const dispatched: string[] = [];
      const dispatch = agent.dispatch.bind(agent);
      agent.dispatch = (opts, handler) => {
        dispatched.push(opts.path);
        return dispatch(opts, handler);
      };
      const rest = restOn(server.url, agent);
      await rest.patch(Routes.webhookMessage('1', 'tok', '@original'), { body: { content: 'hi' }, auth: false });
      await defer(rest, '1000000000000000001');
      expect(dispatched).toEqual(['/api/v10/interactions/1000000000000000001/tok_1000000000000000001/callback?with_response=false']);
    });
  });

  describe('when the connection drops with acknowledgements in flight that Discord had already taken', () => {
    it('still acknowledges every one: a repeat answered 40060 is the earlier write succeeding', async () => {
      const taken = new Set<string>();
      const server = await rawServer((socket, requests, n) => {
        if (n === 1) {
          // Discord takes all three, answers the first, and the connection breaks.
          if (requests.length < 3) return;
          for (const r of requests) taken.add(interactionOf(r.path));
          socket.end(noContent, () => socket.destroy());
          return;
        }
        const r = requests.at(-1)!;
        socket.write(taken.has(interactionOf(r.path)) ? alreadyAcknowledged : noContent);
      });
      closers.push(server.close);
      const rest = restOn(server.url, new AckAgent({ connections: 1, pipelining: 8 }));
      const ids = ['1000000000000000011', '1000000000000000012', '1000000000000000013'];
      await expect(Promise.all(ids.map((id) => defer(rest, id)))).resolves.toHaveLength(3);
      expect([...taken].sort()).toEqual(ids);
      expect(server.connections()).toBeGreaterThanOrEqual(2);
    });
  });

  describe('when an acknowledgement written once is answered 40060', () => {
    it('is still the error a redelivered interaction gets (someone else answered it)', async () => {
      const server = await rawServer((socket) => {
        socket.write(alreadyAcknowledged);
      });
      closers.push(server.close);
      const rest = restOn(server.url, new AckAgent());
      const error = await defer(rest, '1000000000000000021').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DiscordAPIError);
      expect((error as DiscordAPIError).code).toBe(40060);
    });
  });
});
