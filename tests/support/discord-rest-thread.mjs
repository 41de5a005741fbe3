// The local Discord's REST API on its own thread (see startDiscordFake's restThread): stamps each
// request when it arrives (monotonic ms, shared across threads), relays it to the handler on the
// main thread and writes the response it gets back.
import { createServer } from 'node:http';
import { parentPort } from 'node:worker_threads';

const waiting = new Map();
let next = 0;
const server = createServer((req, res) => {
  const at = Number(process.hrtime.bigint()) / 1e6;
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const id = ++next;
    waiting.set(id, res);
    const raw = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
    parentPort.postMessage({ id, method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, raw, at });
  });
});
parentPort.on('message', ({ id, status, headers, body }) => {
  const res = waiting.get(id);
  waiting.delete(id);
  res?.writeHead(status, headers);
  res?.end(body);
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
