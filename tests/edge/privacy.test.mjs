// Privacy in the real Workers runtime: what is stored of personal data (a store's
// `masked` setting keeps the original out of storage; cards never stored), the shopper's
// export and erasure, the merchant's rights desk across regions with its receipt, and
// retention through the conversation object's alarm.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Edge, STOREFRONT, TEST_KEYS, uuidv7 } from '../lib/edge.mjs';
import { signIn } from '../lib/console.mjs';

const AGENT = 'privacy-agent-token-for-tests-only-0123';
const ADMIN = 'privacy-admin-token-for-tests-only-0123';
const IDENTITY_SECRET = 'identity-secret-for-privacy-tests-0123456789';
const MERCHANTS = JSON.stringify({
  demo: {
    name: 'Caravan Demo Store', default_region: 'eu', default_locale: 'en', origins: [STOREFRONT],
    identity: { hs256_secret: 'IDENTITY_DEMO' },
  },
  careful: {
    name: 'Careful Shop', default_region: 'eu', default_locale: 'en', origins: [STOREFRONT],
    privacy: { store_personal_data: { eu: 'masked' }, policy_url: 'https://shop.example/privacy' },
  },
  // Names a translator this deployment lacks: its shoppers' messages make the edge log.
  talky: { name: 'Talky Shop', default_region: 'eu', default_locale: 'en', origins: [STOREFRONT], translation: { providers: ['absent'] } },
  brief: { name: 'Brief Shop', default_region: 'eu', default_locale: 'en', origins: [STOREFRONT], privacy: { retention: { eu: '4s' } } },
});

let edge;
before(async () => {
  edge = await new Edge(undefined, {
    merchants: MERCHANTS,
    bindings: {
      CARAVAN_AGENT_TOKENS: JSON.stringify({ demo: AGENT, careful: `${AGENT}-c`, brief: `${AGENT}-b`, talky: `${AGENT}-t` }),
      CARAVAN_ADMIN_TOKENS: JSON.stringify({ demo: ADMIN }),
      IDENTITY_DEMO: IDENTITY_SECRET,
    },
  }).start();
});
after(async () => {
  await edge?.destroy();
});

/** The demo store's token for its logged-in customer `sub` (HS256, five minutes). */
function vouched(sub, email) {
  const b64 = (v) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const input = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ aud: 'demo', sub, email, iat: now, exp: now + 300, jti: crypto.randomUUID() })}`;
  return `${input}.${crypto.createHmac('sha256', IDENTITY_SECRET).update(input).digest('base64url')}`;
}

/** A shopper of `merchant` in `country` who wrote `words`: their session and socket. */
async function shopper(merchant, country, words, identity) {
  const s = await edge.createSession({ merchant, locales: ['en'], ...(identity ? { identity } : {}) }, {}, country);
  const ws = await edge.connect(s.session_token);
  for (const text of words) {
    const id = uuidv7();
    ws.send({ type: 'send', id, text });
    const ack = await ws.next((f) => f.type === 'ack' && f.id === id);
    await ws.messagesAfter(ack.seq, 1);
  }
  return { s, ws };
}

const bearer = (token) => ({ authorization: `Bearer ${token}`, origin: STOREFRONT });
const agentRead = (s, token = AGENT) => edge.fetch(
  `/v1/agent/conversations/${s.region}/${s.conversation_id}/messages`,
  { headers: { authorization: `Bearer ${token}` } },
);
const desk = (action, body, token = ADMIN) => edge.fetch(`/v1/admin/merchants/demo/privacy/${action}`, {
  method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
});

test('the shopper downloads their conversation, then deletes it everywhere', async () => {
  const { s, ws } = await shopper('demo', 'DE', ['I am jane.doe@example.com, card 4242 4242 4242 4242', 'I want a human']);
  const read = await (await agentRead(s)).json();
  assert.equal(read.messages[0].text, 'I am j***@example.com, card **** 4242', 'the agent API masks');

  const json = await edge.fetch('/v1/conversation/export', { headers: bearer(s.session_token) });
  assert.equal(json.status, 200);
  assert.match(json.headers.get('content-disposition'), /attachment; filename="conversation.json"/);
  const doc = await json.json();
  assert.equal(doc.stored_in, 'eu');
  assert.equal(doc.conversation, s.conversation_id);
  assert.equal(doc.messages[0].from, 'you');
  assert.equal(doc.messages[0].text, 'I am jane.doe@example.com, card **** 4242', 'their own text; the card never stored');
  assert.ok(doc.messages.some((m) => m.from === 'bot'));
  const text = await edge.fetch('/v1/conversation/export?format=text', { headers: bearer(s.session_token) });
  assert.match(text.headers.get('content-type'), /^text\/plain/);
  const file = await text.text();
  assert.match(file, /^Your conversation with Caravan Demo Store\nStored in: European Union\nExported on \d{4}-\d\d-\d\d \d\d:\d\d UTC\n/);
  assert.match(file, /\] You:\nI am jane\.doe@example\.com/);
  const bad = await edge.fetch('/v1/conversation/export?format=pdf', { headers: bearer(s.session_token) });
  assert.equal(bad.status, 400);
  assert.equal((await bad.json()).error.code, 'invalid_request');

  const queue = async () => (await (await edge.fetch(`/v1/agent/queue/${s.region}`, { headers: { authorization: `Bearer ${AGENT}` } })).json()).waiting;
  assert.ok((await queue()).some((w) => w.conversation === s.conversation_id));
  const closed = new Promise((resolve) => ws.ws.addEventListener('close', (e) => resolve(e.code), { once: true }));
  const erase = await edge.fetch('/v1/conversation/erase', { method: 'POST', headers: bearer(s.session_token) });
  assert.equal(erase.status, 200);
  assert.deepEqual(await erase.json(), { erased: true });
  assert.equal(await closed, 4410, 'its open chat is told');
  assert.ok(!(await queue()).some((w) => w.conversation === s.conversation_id), 'gone from the queue');
  const gone = await agentRead(s);
  assert.equal(gone.status, 410);
  assert.equal((await gone.json()).error.code, 'gone');
  assert.equal((await edge.fetch('/v1/conversation/export', { headers: bearer(s.session_token) })).status, 410);
  assert.equal((await edge.fetch('/v1/conversation/erase', { method: 'POST', headers: bearer(s.session_token) })).status, 410);
  const placement = await edge.placement(s.conversation_id);
  assert.equal(placement.messages, undefined, 'nothing is left to report');
});

test('a store that stores personal data masked never stores the original', async () => {
  const { s, ws } = await shopper('careful', 'FR', ['call me on +33 6 12 34 56 78 or marie@example.fr']);
  const { messages } = await ws.resume(0);
  assert.equal(messages[0].text, 'call me on +33***5678 or m***@example.fr', 'stored masked: even a resume reads it so');
  const doc = await (await edge.fetch('/v1/conversation/export', { headers: bearer(s.session_token) })).json();
  assert.equal(doc.messages[0].text, 'call me on +33***5678 or m***@example.fr');
  const session = await (await edge.fetch('/v1/session', { headers: bearer(s.session_token) })).json();
  assert.equal(session.privacy_url, 'https://shop.example/privacy');
  ws.close();
});

test('the rights desk erases a person\'s conversations in every region, with a receipt', async () => {
  const eu = await shopper('demo', 'DE', ['hello, I am ravi@example.com']);
  const apac = await shopper('demo', 'SG', ['my email: Ravi@Example.com please']);
  const other = await shopper('demo', 'DE', ['I am someone.else@example.com']);
  // Logged in at the store, this shopper never writes an address: the store vouched for it.
  const known = await shopper('demo', 'SG', ['where is my parcel?'], vouched('cust-77', 'vera@example.com'));
  for (const c of [eu, apac, other, known]) c.ws.close();
  assert.equal(apac.s.region, 'apac');

  const exported = await desk('export', { request_id: 'dsr-1', email: 'ravi@example.com' });
  assert.equal(exported.status, 200);
  const answer = await exported.json();
  assert.equal(answer.complete, true);
  const part = (region) => answer.receipt.regions.find((r) => r.region === region);
  assert.deepEqual(part('eu').found, [eu.s.conversation_id]);
  assert.deepEqual(part('apac').found, [apac.s.conversation_id]);
  assert.deepEqual(answer.receipt.subjects, ['email r***@example.com']);
  assert.equal(answer.conversations.length, 2);
  assert.ok(answer.conversations.every((c) => !JSON.stringify(c).includes('ravi@')), 'the merchant\'s copy is masked');

  const erased = await (await desk('erase', { request_id: 'dsr-2', email: 'RAVI@example.com' })).json();
  assert.equal(erased.complete, true);
  const removed = Object.fromEntries(erased.receipt.regions.map((r) => [r.region, r.removed]));
  assert.equal(removed.eu, 1);
  assert.equal(removed.apac, 1);
  assert.equal((await agentRead(eu.s)).status, 410);
  assert.equal((await agentRead(apac.s)).status, 410);
  assert.equal((await agentRead(other.s)).status, 200, 'someone else\'s conversation stays');

  const again = await (await desk('erase', { request_id: 'dsr-2', email: 'ravi@example.com' })).json();
  assert.equal(again.repeated, true);
  assert.deepEqual(again.receipt, erased.receipt, 'asked again: the same receipt');
  const conflict = await desk('erase', { request_id: 'dsr-2', email: 'someone.else@example.com' });
  assert.equal(conflict.status, 409);
  // Each request is in the store's audit log, the person masked.
  const admin = { email: 'owner@shop.example', name: 'Owner', role: 'admin', languages: ['en'], regions: ['eu'] };
  const { cookie } = await signIn(edge, ADMIN, admin, 'a long passphrase for the owner');
  const { entries } = await (await edge.fetch('/v1/console/demo/audit', { headers: { cookie } })).json();
  const logged = entries.filter((e) => e.action.startsWith('privacy.')).map((e) => `${e.account} ${e.action} ${e.target}`);
  assert.ok(logged.includes('admin-api privacy.export dsr-1: email r***@example.com'), logged.join('\n'));
  assert.ok(logged.includes('admin-api privacy.erase dsr-2: email r***@example.com'), logged.join('\n'));
  assert.ok(!JSON.stringify(entries).includes('ravi@'), 'the log names no one in the clear');
  const byCustomer = await (await desk('erase', { request_id: 'dsr-4', customer_id: 'cust-77' })).json();
  assert.deepEqual(byCustomer.receipt.regions.find((r) => r.region === 'apac').found, [known.s.conversation_id]);
  assert.equal((await agentRead(known.s)).status, 410, 'found by the customer id the store vouched for');
  const none = await (await desk('erase', { request_id: 'dsr-3', email: 'ravi@example.com' })).json();
  assert.ok(none.receipt.regions.every((r) => r.status === 'done' && r.removed === 0), 'nothing is left to find');
});

test('the rights desk refuses what it cannot serve', async () => {
  const cases = [
    [{ request_id: 'x', email: 'not an address' }, 400],
    [{ request_id: 'x' }, 400],
    [{ request_id: 'a b', email: 'a@b.co' }, 400],
    [{ request_id: 'x', email: 'a@b.co', name: 'Ann' }, 400],
  ];
  for (const [body, status] of cases) {
    const res = await desk('erase', body);
    assert.equal(res.status, status, JSON.stringify(body));
    assert.equal((await res.json()).error.code, 'invalid_request');
  }
  assert.equal((await desk('erase', { request_id: 'x', email: 'a@b.co' }, 'wrong')).status, 401);
  const get = await edge.fetch('/v1/admin/merchants/demo/privacy/erase', { headers: { authorization: `Bearer ${ADMIN}` } });
  assert.equal(get.status, 405);
});

test('retention removes an expired conversation through its alarm', async () => {
  const { s, ws } = await shopper('brief', 'DE', ['where is my parcel? I am lea@example.de', 'I want a human']);
  ws.close();
  assert.equal((await agentRead(s, `${AGENT}-b`)).status, 200);
  const queue = async () => (await (await edge.fetch(`/v1/agent/queue/${s.region}`, { headers: { authorization: `Bearer ${AGENT}-b` } })).json()).waiting;
  assert.ok((await queue()).some((w) => w.conversation === s.conversation_id));
  // Kept four seconds; the object wakes when the newest message expires.
  const deadline = Date.now() + 20_000;
  let status;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 1_000));
    status = (await agentRead(s, `${AGENT}-b`)).status;
    if (status === 410) break;
  }
  assert.equal(status, 410, 'erased by retention');
  assert.ok(!(await queue()).some((w) => w.conversation === s.conversation_id), 'and gone from the queue');
});

test('the runtime\'s logs hold no message text, personal data or token', async () => {
  const secrets = ['jane.doe@example.com', '4242 4242 4242 4242', 'Ich bin', 'marie@example.fr', '+33 6 12 34 56 78', 'ravi@example.com', 'lea@example.de'];
  const { s, ws } = await shopper('talky', 'DE', ['Ich bin jane.doe@example.com, Karte 4242 4242 4242 4242, wo bleibt meine Bestellung #1001?']);
  ws.close();
  await new Promise((r) => setTimeout(r, 500));
  await agentRead(s, `${AGENT}-t`);
  await edge.fetch('/v1/conversation/erase', { method: 'POST', headers: bearer(s.session_token) });
  assert.ok(edge.logs.some((l) => l.includes('translator absent')), `the runtime logged about the message: ${edge.logs}`);
  const logs = edge.logs.join('\n');
  for (const secret of [...secrets, s.session_token, s.session_token.split('.').at(-1), AGENT, ADMIN]) {
    assert.ok(!logs.includes(secret), `the logs hold ${secret}`);
  }
});

test('a conversation stored by an earlier release is exported and erased like any other', async () => {
  const fixture = new URL('../fixtures/previous-release/', import.meta.url).pathname;
  const dir = mkdtempSync(path.join(tmpdir(), 'caravan-previous-'));
  cpSync(path.join(fixture, 'storage'), dir, { recursive: true });
  const old = new Edge(dir);
  try {
    await old.start();
    const { claims, messages } = JSON.parse(readFileSync(path.join(fixture, 'conversation.json'), 'utf8'));
    const now = Math.floor(Date.now() / 1000);
    const [kid, key] = TEST_KEYS.split(':');
    const signed = `v1.${kid}.${Buffer.from(JSON.stringify({ ...claims, iat: now, exp: now + 3600 })).toString('base64url')}`;
    const token = `${signed}.${crypto.createHmac('sha256', Buffer.from(key, 'base64url')).update(signed).digest('base64url')}`;
    const auth = { headers: { authorization: `Bearer ${token}` } };
    const doc = await (await old.fetch('/v1/conversation/export', auth)).json();
    assert.deepEqual(doc.messages.map((m) => m.text), messages.map((m) => m.text));
    assert.equal(doc.stored_in, 'apac');
    const erased = await old.fetch('/v1/conversation/erase', { ...auth, method: 'POST' });
    assert.deepEqual(await erased.json(), { erased: true });
    assert.equal((await old.fetch('/v1/conversation/export', auth)).status, 410);
  } finally {
    await old.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
