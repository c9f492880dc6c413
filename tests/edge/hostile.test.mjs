// Hostile text on the wire, in the real Workers runtime: every entry of
// tests/data/hostile_text.json a browser can type is stored and served back exactly as
// written (frames over HTTP and the socket, the agent API, the console), one over the
// limit is refused by code; the lone surrogates no UTF-8 can carry, sent the ways an
// attacker could, are refused with a typed error (or arrive as U+FFFD, replaced by the
// sender's encoder), never stored, never a 500, and the conversation goes on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Edge, uuidv7 } from '../lib/edge.mjs';
import { json, signIn } from '../lib/console.mjs';
import { hostile } from '../lib/hostile.mjs';

const AGENT = 'hostile-agent-token-for-tests-only-0123456789';
const ADMIN = 'hostile-admin-token-for-tests-only-0123456789';
const { typed, tooLong, lone } = hostile();

let edge;
before(async () => {
  const bindings = { CARAVAN_AGENT_TOKENS: JSON.stringify({ demo: AGENT }), CARAVAN_ADMIN_TOKENS: JSON.stringify({ demo: ADMIN }) };
  edge = await new Edge(undefined, { bindings }).start();
});
after(async () => { await edge?.destroy(); });

const lines = (text) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
const messagesPath = (s) => `/v1/agent/conversations/${s.region}/${s.conversation_id}/messages`;
const agentHeaders = { authorization: `Bearer ${AGENT}`, 'content-type': 'application/json' };

/** POST /v1/frames with `body` (a string, or bytes sent as they are). */
function frames(s, body) {
  return edge.fetch('/v1/frames', {
    method: 'POST',
    headers: { authorization: `Bearer ${s.session_token}`, 'content-type': 'application/x-ndjson' },
    body,
  });
}

/** What the conversation holds, as the agent API reads it. */
async function stored(s) {
  const res = await edge.fetch(messagesPath(s), { headers: agentHeaders });
  assert.equal(res.status, 200);
  return (await res.json()).messages;
}

/** A session whose shopper asked for a person first, so the bot is quiet after. */
async function quietSession() {
  const s = await edge.createSession();
  const ws = await edge.connect(s.session_token);
  ws.send({ type: 'send', id: uuidv7(), text: 'I want to talk to a person' });
  await ws.next((f) => f.type === 'message' && f.author === 'bot' && f.stage === 'waiting');
  return { s, ws };
}

async function errorBody(res, status, code) {
  assert.equal(res.status, status, `${status} expected`);
  const body = await res.json();
  assert.equal(body.error.code, code);
  assert.ok(body.error.message.length > 0);
}

/** A `send` frame as a JSON line whose text is spelled `escaped` (JSON escapes as written). */
const rawSend = (id, escaped) => `{"v":1,"type":"send","id":"${id}","text":"${escaped}"}`;
/** JSON.stringify writes a lone surrogate as its `\udXXX` escape (well-formed JSON.stringify). */
const escapedText = (text) => JSON.stringify(text).slice(1, -1);

test('the corpus is as reviewed: named entries with a why, the run at the limit, one over it, lone surrogates apart', () => {
  const all = [...typed, tooLong, ...lone];
  assert.equal(new Set(all.map((e) => e.name)).size, all.length, 'names are unique');
  assert.ok(all.every((e) => e.why?.length > 10 && e.text.length > 0));
  // Core counts Unicode scalar values (MAX_MESSAGE_CHARS, 4,000): one emoji is one.
  assert.equal([...typed.find((e) => e.name === 'emoji-run').text].length, 4000);
  assert.equal([...tooLong.text].length, 4001);
  assert.ok(typed.every((e) => e.text.isWellFormed() && e.text === e.text.trim()), 'typeable and untrimmed');
  assert.ok(lone.length >= 3 && lone.every((e) => !e.text.isWellFormed()));
});

test('every typeable entry is stored and served back exactly: frames over HTTP and the socket, the agent API', async () => {
  const { s, ws } = await quietSession();
  // Over HTTP, one batch: each acked.
  const sent = typed.map((e) => ({ id: uuidv7(), text: e.text }));
  const res = await frames(s, sent.map((f) => JSON.stringify({ v: 1, type: 'send', ...f })).join('\n'));
  assert.equal(res.status, 200);
  const acks = lines(await res.text()).filter((f) => f.type === 'ack');
  assert.deepEqual(acks.map((a) => a.id), sent.map((f) => f.id));
  // Over the socket, each acked; the live copies carry the text unchanged.
  for (const e of typed) {
    const id = uuidv7();
    ws.send({ type: 'send', id, text: e.text });
    const ack = await ws.next((f) => f.type === 'ack' && f.id === id);
    const live = await ws.next((f) => f.type === 'message' && f.seq === ack.seq);
    assert.equal(live.text, e.text, e.name);
  }
  // The agent API, each reply stored as written.
  for (const e of typed) {
    const reply = await edge.fetch(messagesPath(s), { method: 'POST', headers: agentHeaders, body: JSON.stringify({ text: e.text }) });
    assert.equal(reply.status, 201, e.name);
    assert.equal((await reply.json()).message.text, e.text, e.name);
  }
  const all = await stored(s);
  const shopper = all.filter((m) => m.author === 'shopper').slice(1).map((m) => m.text);
  assert.deepEqual(shopper, [...typed, ...typed].map((e) => e.text));
  assert.deepEqual(all.filter((m) => m.author === 'agent').map((m) => m.text), typed.map((e) => e.text));
  ws.close();
});

test('one emoji over the limit is refused by code on every path, and nothing is stored', async () => {
  const { s, ws } = await quietSession();
  const before = (await stored(s)).length;
  const id = uuidv7();
  ws.send({ type: 'send', id, text: tooLong.text });
  const refused = await ws.next((f) => f.type === 'error' && f.id === id);
  assert.equal(refused.code, 'message_too_long');
  const overHttp = lines(await (await frames(s, JSON.stringify({ v: 1, type: 'send', id: uuidv7(), text: tooLong.text }))).text());
  assert.deepEqual(overHttp.map((f) => [f.type, f.code]), [['error', 'message_too_long']]);
  const reply = await edge.fetch(messagesPath(s), { method: 'POST', headers: agentHeaders, body: JSON.stringify({ text: tooLong.text }) });
  await errorBody(reply, 413, 'message_too_long');
  assert.equal((await stored(s)).length, before);
  ws.close();
});

test('lone surrogates in frames: a JSON escape is a malformed frame, bytes that are not UTF-8 a 400, and the conversation goes on', async () => {
  const { s, ws } = await quietSession();
  const before = (await stored(s)).length;
  for (const e of lone) {
    // The socket: the escape as written by JSON.stringify.
    ws.send(rawSend(uuidv7(), escapedText(e.text)));
    const error = await ws.next((f) => f.type === 'error');
    assert.equal(error.code, 'malformed_frame', e.name);
    // HTTP: the same frame in a batch with a good one, which is still stored.
    const good = uuidv7();
    const res = await frames(s, [rawSend(uuidv7(), escapedText(e.text)), JSON.stringify({ v: 1, type: 'send', id: good, text: 'still here' })].join('\n'));
    assert.equal(res.status, 200, e.name);
    const replies = lines(await res.text());
    assert.deepEqual(replies.map((f) => [f.type, f.code ?? f.id]), [['error', 'malformed_frame'], ['ack', good]], e.name);
  }
  // A high surrogate as the 3 bytes CESU-8 would write (ED A0 80): not UTF-8, refused whole.
  const cesu = Buffer.concat([Buffer.from(rawSend(uuidv7(), 'a').slice(0, -2)), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]);
  await errorBody(await frames(s, cesu), 400, 'invalid_request');
  // The same bytes in a binary socket message: frames are JSON text.
  ws.ws.send(cesu);
  assert.equal((await ws.next((f) => f.type === 'error')).code, 'malformed_frame');
  // A JavaScript string holding a lone surrogate, sent as socket text: the sender's UTF-8
  // encoder replaces it with U+FFFD, and that is what is stored.
  const id = uuidv7();
  ws.send(JSON.stringify({ v: 1, type: 'send', id, text: 'a\ud800b' }).replace('\\ud800', '\ud800'));
  const ack = await ws.next((f) => f.type === 'ack' && f.id === id);
  const all = await stored(s);
  assert.equal(all.find((m) => m.seq === ack.seq).text, 'a\ufffdb');
  assert.equal(all.length, before + lone.length + 1, 'only the good sends and the U+FFFD one were stored');
  assert.ok(all.every((m) => m.text.isWellFormed()));
  ws.close();
});

test('lone surrogates in an agent reply, through the agent API and the console: a 400 with a JSON error, never stored', async () => {
  const { s, ws } = await quietSession();
  const bea = await signIn(edge, ADMIN, { email: 'bea@shop.example', name: 'Bea', role: 'agent', languages: ['en'], regions: [s.region] }, 'a long passphrase for hostile tests');
  const consolePath = `/v1/console/demo/conversations/${s.region}/${s.conversation_id}/messages`;
  const before = (await stored(s)).length;
  for (const e of lone) {
    const body = `{"text":"${escapedText(e.text)}"}`;
    await errorBody(await edge.fetch(messagesPath(s), { method: 'POST', headers: agentHeaders, body }), 400, 'invalid_request');
    const viaConsole = await edge.fetch(consolePath, { method: 'POST', headers: { 'content-type': 'application/json', cookie: bea.cookie, 'x-caravan-csrf': bea.csrf }, body });
    await errorBody(viaConsole, 400, 'invalid_request');
  }
  // Not UTF-8 at all: refused the same way.
  const cesu = Buffer.concat([Buffer.from('{"text":"a'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]);
  await errorBody(await edge.fetch(messagesPath(s), { method: 'POST', headers: agentHeaders, body: cesu }), 400, 'invalid_request');
  assert.equal((await stored(s)).length, before);
  // And the conversation goes on.
  const ok = await edge.fetch(consolePath, json({ text: 'Hello, how can I help?' }, { cookie: bea.cookie, 'x-caravan-csrf': bea.csrf }));
  assert.equal(ok.status, 201);
  ws.close();
});
