// The HTTP transport in workerd: `POST /v1/frames` and `GET /v1/poll` served by the same
// Conversation object as the WebSocket — same acks, same idempotency, same sequence
// numbers, each transport seeing what the other stored — and bad input answered cleanly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Edge, STOREFRONT, uuidv7 } from '../lib/edge.mjs';

let edge;
before(async () => { edge = await new Edge().start(); });
after(async () => { await edge?.destroy(); });

const lines = (text) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
const ndjson = (frames) => frames.map((f) => JSON.stringify({ v: 1, ...f })).join('\n');

async function post(token, frames, headers = {}) {
  const res = await edge.fetch('/v1/frames', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson', ...headers },
    body: typeof frames === 'string' ? frames : ndjson(frames),
  });
  return res;
}

async function poll(token, after, wait = 0) {
  const res = await edge.fetch(`/v1/poll?after=${after}&wait=${wait}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  assert.equal(res.status, 200, await res.clone().text());
  assert.equal(res.headers.get('content-type'), 'application/x-ndjson');
  return lines(await res.text());
}

test('frames over HTTP are acked, stored once, and replayed by poll in order', async () => {
  const s = await edge.createSession();
  const id = uuidv7();
  const res = await post(s.session_token, [{ type: 'resume', after: 0 }, { type: 'send', id, text: 'over http' }]);
  assert.equal(res.status, 200);
  const replies = lines(await res.text());
  assert.deepEqual(replies.map((f) => f.type), ['synced', 'ack']);
  assert.equal(replies[1].seq, 1);
  // A resend (the answer was lost on the way) is acknowledged again, never stored twice.
  const again = lines(await (await post(s.session_token, [{ type: 'send', id, text: 'over http' }])).text());
  assert.deepEqual(again, [{ v: 1, type: 'ack', id, seq: 1 }]);
  const replay = await poll(s.session_token, 0);
  assert.deepEqual(replay.map((f) => f.type), ['message', 'message', 'synced']);
  assert.equal(replay[0].text, 'over http');
  assert.equal(replay[0].id, id);
  assert.equal(replay[1].author, 'bot');
  assert.equal(replay[2].last_seq, 2);
  assert.deepEqual(await poll(s.session_token, 2), [{ v: 1, type: 'synced', last_seq: 2 }]);
  assert.equal((await edge.placement(s.conversation_id)).messages, 2);
});

test('a held poll answers as soon as a WebSocket shopper or an HTTP send stores a message', async () => {
  const s = await edge.createSession();
  const ws = await edge.connect(s.session_token);
  ws.send({ type: 'send', id: uuidv7(), text: 'first' });
  await ws.next((f) => f.type === 'ack');
  // Held: nothing after seq 2 yet (the message and the bot's answer).
  const started = Date.now();
  const held = poll(s.session_token, 2, 20);
  await new Promise((r) => setTimeout(r, 300));
  ws.send({ type: 'send', id: uuidv7(), text: 'from the socket' });
  const frames = await held;
  assert.ok(Date.now() - started < 15_000, 'woken by the message, not by the timeout');
  assert.equal(frames[0].type, 'message');
  assert.equal(frames[0].text, 'from the socket');
  assert.equal(frames[0].seq, 3);
  assert.equal(frames.at(-1).type, 'synced');
  // And the other way: an HTTP send is broadcast to the socket (after the bot's answer).
  await post(s.session_token, [{ type: 'send', id: uuidv7(), text: 'from http' }]);
  const live = await ws.next((f) => f.type === 'message' && f.text === 'from http');
  assert.equal(live.seq, 5);
  ws.close();
});

test('a poll with nothing new answers synced when its wait ends', async () => {
  const s = await edge.createSession();
  const started = Date.now();
  assert.deepEqual(await poll(s.session_token, 0, 1), [{ v: 1, type: 'synced', last_seq: 0 }]);
  assert.ok(Date.now() - started >= 900, 'it was held for its wait');
});

test('bad HTTP transport requests get clear errors and store nothing', async () => {
  const s = await edge.createSession();
  const error = async (res, status, code) => {
    assert.equal(res.status, status);
    assert.equal((await res.json()).error.code, code);
  };
  await error(await edge.fetch('/v1/poll?after=0&wait=0'), 401, 'unauthorized');
  await error(await post('v1.test.e30.AAAA', [{ type: 'ping' }]), 401, 'unauthorized');
  const get = (q) => edge.fetch(`/v1/poll${q}`, { headers: { authorization: `Bearer ${s.session_token}` } });
  await error(await get(''), 400, 'invalid_request');
  await error(await get('?after=x'), 400, 'invalid_request');
  await error(await get('?after=0&wait=600'), 400, 'invalid_request');
  await error(await post(s.session_token, '\n\n'), 400, 'invalid_request');
  await error(await post(s.session_token, ndjson(Array(65).fill({ type: 'ping' }))), 400, 'invalid_request');
  await error(await post(s.session_token, 'x'.repeat(1024 * 1024 + 1)), 413, 'payload_too_large');
  await error(await edge.fetch('/v1/frames', { headers: { authorization: `Bearer ${s.session_token}` } }), 405, 'method_not_allowed');
  await error(await post(s.session_token, [{ type: 'ping' }], { origin: 'https://evil.example' }), 403, 'origin_not_allowed');
  // One bad frame is answered on its own line; the good ones still count.
  const res = await post(s.session_token, `{nope\n${ndjson([{ type: 'send', id: 'not-a-uuid', text: 'x' }, { type: 'ping' }])}`);
  assert.equal(res.status, 200);
  const replies = lines(await res.text());
  assert.deepEqual(replies.map((f) => f.code ?? f.type), ['malformed_frame', 'malformed_frame', 'pong']);
  // The merchant's storefront may use it (CORS).
  const cors = await post(s.session_token, [{ type: 'ping' }], { origin: STOREFRONT });
  assert.equal(cors.headers.get('access-control-allow-origin'), STOREFRONT);
  assert.equal((await edge.placement(s.conversation_id)).messages, 0);
});
