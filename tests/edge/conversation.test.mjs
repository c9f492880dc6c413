// The edge in the real Workers runtime (workerd via Miniflare): sessions, the WebSocket to
// the Conversation Durable Object, acks and sequence numbers, persistence across a
// restart, and every bad input answered without harm.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Edge, uuidv7 } from '../lib/edge.mjs';

let edge;
before(async () => { edge = await new Edge().start(); });
after(async () => { await edge?.destroy(); });

async function errorBody(res, status, code) {
  assert.equal(res.status, status);
  assert.match(res.headers.get('content-type'), /application\/json/);
  const body = await res.json();
  assert.equal(body.error.code, code);
  assert.equal(typeof body.error.message, 'string');
  assert.ok(body.error.message.length > 0);
}

test('health answers', async () => {
  const res = await edge.fetch('/v1/health');
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { ok: true });
});

test('a session has a token, a conversation, a region and a locale', async () => {
  const s = await edge.createSession();
  assert.match(s.session_token, /^v1\.test\.[\w-]+\.[\w-]+$/);
  assert.match(s.conversation_id, /^[0-9a-f-]{36}$/);
  assert.equal(s.region, 'eu');
  assert.equal(s.locale, 'en');
  assert.equal(s.merchant_name, 'Caravan Demo Store');
  assert.ok(s.expires_at > Date.now() / 1000);
  const other = await edge.createSession();
  assert.notEqual(other.conversation_id, s.conversation_id);
});

test('the locale follows the widget, then Accept-Language, then the store', async () => {
  assert.equal((await edge.createSession({ merchant: 'demo', locales: ['tlh', 'ar-EG'] })).locale, 'ar');
  assert.equal((await edge.createSession({ merchant: 'demo', locales: ['es-MX'] })).locale, 'es-419');
  assert.equal((await edge.createSession({ merchant: 'demo' }, { 'accept-language': 'tlh, zh-HK;q=0.8' })).locale, 'zh-Hant');
  assert.equal((await edge.createSession({ merchant: 'tokyo-shop' })).locale, 'ja');
});

test('bad session requests get JSON errors', async () => {
  const post = (body, headers = {}) => edge.fetch('/v1/sessions', { method: 'POST', headers, body });
  await errorBody(await post('{not json'), 400, 'invalid_request');
  await errorBody(await post('{"merchant":"demo","extra":1}'), 400, 'invalid_request');
  await errorBody(await post('{"merchant":"../etc"}'), 400, 'invalid_request');
  await errorBody(await post('{"merchant":"nobody"}'), 404, 'unknown_merchant');
  await errorBody(await post(JSON.stringify({ merchant: 'demo', pad: 'x'.repeat(10_000) })), 413, 'payload_too_large');
  await errorBody(await edge.fetch('/v1/sessions'), 405, 'method_not_allowed');
  await errorBody(await edge.fetch('/v1/nothing'), 404, 'not_found');
});

test('missing, forged and tampered tokens get 401 and store nothing', async () => {
  const s = await edge.createSession();
  const upgrade = (protocol) => edge.fetch('/v1/connect', {
    headers: { upgrade: 'websocket', 'sec-websocket-protocol': protocol },
  });
  await errorBody(await upgrade('caravan.v1'), 401, 'unauthorized');
  await errorBody(await upgrade('caravan.v1, bearer.v1.test.e30.AAAA'), 401, 'unauthorized');
  const [v, kid, payload, mac] = s.session_token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url'));
  const forged = Buffer.from(JSON.stringify({ ...claims, cid: 'someone-else' })).toString('base64url');
  await errorBody(await upgrade(`caravan.v1, bearer.${v}.${kid}.${forged}.${mac}`), 401, 'unauthorized');
  await errorBody(await upgrade(`caravan.v1, bearer.${v}.other.${payload}.${mac}`), 401, 'unauthorized');
  await errorBody(await edge.fetch('/v1/session', { headers: { authorization: 'Bearer nope' } }), 401, 'unauthorized');
  await errorBody(await edge.fetch('/v1/connect'), 426, 'upgrade_required');
  await errorBody(await upgrade(`bearer.${s.session_token}`), 400, 'invalid_request');

  // The real token still works, and its conversation is empty: nothing was stored.
  const ws = await edge.connect(s.session_token);
  assert.equal((await ws.resume()).lastSeq, 0);
  ws.close();
  const info = await edge.fetch('/v1/session', { headers: { authorization: `Bearer ${s.session_token}` } });
  assert.equal(info.status, 200);
  assert.equal((await info.json()).conversation_id, s.conversation_id);
});

test('a message is stored, acknowledged with its sequence number and answered in the session locale', async () => {
  const s = await edge.createSession({ merchant: 'demo', locales: ['ja-JP'] });
  const ws = await edge.connect(s.session_token);
  const id = uuidv7();
  ws.send({ type: 'send', id, text: 'こんにちは' });
  assert.deepEqual(await ws.next((f) => f.type === 'ack'), { v: 1, type: 'ack', id, seq: 1 });
  const mine = await ws.next((f) => f.type === 'message' && f.seq === 1);
  assert.equal(mine.author, 'shopper');
  assert.equal(mine.id, id);
  assert.equal(mine.lang, 'ja', 'the session language for a text too short to judge');
  const bot = await ws.next((f) => f.type === 'message' && f.seq === 2);
  assert.equal(bot.author, 'bot');
  assert.equal(bot.lang, 'ja');
  assert.match(bot.text, /こんにちは/, 'a hello for a hello, in Japanese');

  // An English sentence in a Japanese session is identified as English; a word is too
  // short to judge and takes the session's language. The bot answers each.
  const english = uuidv7();
  ws.send({ type: 'send', id: english, text: 'Could you tell me where my parcel is right now?' });
  const en = await ws.next((f) => f.type === 'message' && f.id === english);
  assert.equal(en.lang, 'en');
  const answer = await ws.next((f) => f.type === 'message' && f.seq === en.seq + 1);
  assert.equal(answer.author, 'bot');
  assert.match(answer.text, /[\u3040-\u30ff]/, 'the bot answers in the session\'s Japanese');
  const short = uuidv7();
  ws.send({ type: 'send', id: short, text: 'ok' });
  assert.equal((await ws.next((f) => f.type === 'message' && f.id === short)).lang, 'ja');
  ws.close();
  // Stored, not just sent: a replay carries the same languages.
  const again = await edge.connect(s.session_token);
  const { messages } = await again.resume();
  const shoppers = messages.filter((m) => m.author === 'shopper').map((m) => m.lang);
  assert.deepEqual(shoppers, ['ja', 'en', 'ja']);
  assert.ok(messages.filter((m) => m.author === 'bot').every((m) => m.lang === 'ja'));
  again.close();
  const a = await edge.connect(s.session_token);
  const b = await edge.connect(s.session_token);
  a.send({ type: 'send', id: uuidv7(), text: 'from tab A' });
  assert.equal((await b.next((f) => f.type === 'message' && f.author === 'shopper')).text, 'from tab A');
  a.close();
  b.close();
});

test('conversations survive a restart of the runtime', async () => {
  const s = await edge.createSession({ merchant: 'demo', locales: ['ar'] });
  let ws = await edge.connect(s.session_token);
  for (const text of ['first', 'مرحبا، رقم الطلب 1234', 'third']) {
    ws.send({ type: 'send', id: uuidv7(), text });
    await ws.next((f) => f.type === 'ack');
  }
  ws.close();

  await edge.stop();
  await edge.start();

  ws = await edge.connect(s.session_token);
  const { messages, lastSeq } = await ws.resume();
  // Each shopper message, and the bot's answer after it.
  assert.equal(lastSeq, 6);
  assert.deepEqual(messages.map((m) => [m.seq, m.author]), [[1, 'shopper'], [2, 'bot'], [3, 'shopper'], [4, 'bot'], [5, 'shopper'], [6, 'bot']]);
  assert.equal(messages[2].text, 'مرحبا، رقم الطلب 1234');
  assert.ok(messages.filter((m) => m.author === 'bot').every((m) => /[\u0600-\u06FF]/.test(m.text)), 'the bot speaks Arabic');
  const { messages: gap } = await ws.resume(2);
  assert.deepEqual(gap.map((m) => m.seq), [3, 4, 5, 6]);
  ws.close();
});
