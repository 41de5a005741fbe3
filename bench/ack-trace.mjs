// Loaded into the bot process by the acknowledgement bench (`node --import`), never by the bot
// itself. Through undici's diagnostics channels (read-only: nothing is patched or wrapped) it
// records when each interaction callback became a request in the bot's HTTP client, when that
// request's headers were written to a socket, and every new TCP connection; written to
// ACK_TRACE_OUT as JSON when the process exits. Times are CLOCK_MONOTONIC ms, as the bench's.
import { subscribe } from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';

const out = process.env.ACK_TRACE_OUT;
if (out) {
  const now = () => Number(process.hrtime.bigint()) / 1e6;
  const trace = { created: [], written: [], connected: [] };
  const callbackOf = (path) => /\/interactions\/(\d+)\/[^/?]+\/callback/.exec(path ?? '')?.[1];
  subscribe('undici:request:create', ({ request }) => {
    const id = callbackOf(request.path);
    if (id) trace.created.push([id, now()]);
  });
  subscribe('undici:client:sendHeaders', ({ request }) => {
    const id = callbackOf(request.path);
    if (id) trace.written.push([id, now()]);
  });
  subscribe('undici:client:connected', () => trace.connected.push(now()));
  process.on('exit', () => writeFileSync(out, JSON.stringify(trace)));
}
