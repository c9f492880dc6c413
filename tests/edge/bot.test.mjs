// The bot in the real Workers runtime: quick replies and a tap on one, the order
// conversation's first step, the handoff to a person (queued in the region with its
// summary, the bot silent afterwards, an agent's reply delivered), and a conversation
// stored by the previous release read and continued.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Edge, TEST_KEYS, uuidv7 } from '../lib/edge.mjs';

const AGENT = 'bot-agent-token-for-tests-only-0123456';
const OTHER = 'other-agent-token-for-tests-only-01234';
const bindings = { CARAVAN_AGENT_TOKENS: JSON.stringify({ demo: AGENT, 'tokyo-shop': OTHER }) };
const fixture = new URL('../fixtures/previous-release/', import.meta.url).pathname;

let edge;
before(async () => {
  edge = new Edge(undefined, { bindings });
  await edge.start();
});
after(async () => {
  await edge?.destroy();
});

const bearer = (token) => ({ headers: { authorization: `Bearer ${token}` } });
/** The quick replies of a bot message: [[id, label], ...]. */
const choices = (m) => (m.ch ?? '').split('\n').filter(Boolean).map((l) => l.split('\t'));

/** Sends `text` (or a tapped quick reply) and resolves with the bot's answer to it. */
async function say(ws, text, ch) {
  const id = uuidv7();
  ws.send({ type: 'send', id, text, ...(ch ? { ch } : {}) });
  const mine = await ws.next((f) => f.type === 'message' && f.id === id);
  return ws.next((f) => f.type === 'message' && f.author === 'bot' && f.seq > mine.seq);
}

test('the bot answers with quick replies, and a tap on one goes on from there', async () => {
  const s = await edge.createSession({ merchant: 'demo', locales: ['en'] }, {}, 'DE');
  const ws = await edge.connect(s.session_token);
  const unsure = await say(ws, 'hmm');
  const offered = choices(unsure);
  assert.ok(offered.some(([id]) => id === 'person'), `a person is always offered: ${unsure.ch}`);
  assert.ok(offered.every(([id, label]) => id && label));
  const asked = await say(ws, 'Where is my order?', 'intent:order_status');
  assert.match(asked.text, /order number/);
  assert.match(asked.text, /#1001/);
  // A tap the bot does not know is read as text, never trusted.
  const odd = await say(ws, 'thank you so much!', 'intent:<script>');
  assert.equal(odd.author, 'bot');
  ws.close();
});

test('"I want a human": queued with its summary, the bot goes quiet, an agent reply reaches the shopper', async () => {
  const s = await edge.createSession({ merchant: 'demo', locales: ['en'] }, {}, 'DE');
  const ws = await edge.connect(s.session_token);
  await say(ws, 'Where is my order?');
  const handoff = await say(ws, 'I want a human');
  assert.equal(handoff.stage, 'waiting');
  assert.match(handoff.text, /person/);

  const res = await edge.fetch(`/v1/agent/queue/${s.region}`, bearer(AGENT));
  assert.equal(res.status, 200);
  const { waiting } = await res.json();
  const summary = waiting.find((w) => w.conversation === s.conversation_id);
  assert.ok(summary, 'the conversation is in its region\'s queue');
  assert.equal(summary.trigger, 'asked');
  assert.equal(summary.language, 'en');
  assert.equal(summary.country, 'DE');
  assert.equal(summary.region, 'eu');
  assert.deepEqual(summary.intents, ['order_status']);
  assert.equal(summary.mood, 'calm');
  assert.deepEqual(summary.last_messages.filter((m) => m.author === 'shopper').map((m) => m.text), ['Where is my order?', 'I want a human']);

  // Silent while a person is awaited.
  const id = uuidv7();
  ws.send({ type: 'send', id, text: 'hello? still there?' });
  const ack = await ws.next((f) => f.type === 'ack' && f.id === id);

  // The person answers; the shopper's open chat gets it. A person joining waits for the
  // bot's turn on the message before, so the next message after it is the joining one:
  // the bot said nothing in between.
  const reply = await edge.fetch(`/v1/agent/conversations/${s.region}/${s.conversation_id}/messages`, {
    method: 'POST', headers: { authorization: `Bearer ${AGENT}`, 'content-type': 'application/json' },
    body: JSON.stringify({ text: 'Hi, this is Ana from the store. Let me check your order.' }),
  });
  assert.equal(reply.status, 201);
  const [joined, live] = await ws.messagesAfter(ack.seq, 2);
  assert.equal(joined.seq, ack.seq + 1, 'the bot said nothing after the handoff');
  assert.equal(joined.stage, 'agent');
  assert.match(joined.text, /A person has joined/);
  assert.equal(live.author, 'agent');
  assert.match(live.text, /Ana/);
  ws.close();
  const after = await (await edge.fetch(`/v1/agent/queue/${s.region}`, bearer(AGENT))).json();
  assert.ok(!after.waiting.some((w) => w.conversation === s.conversation_id), 'a person has it: off the queue');

  // Another store's agents see their own queue only; a bad region or token is a 4xx.
  const other = await (await edge.fetch(`/v1/agent/queue/${s.region}`, bearer(OTHER))).json();
  assert.ok(!other.waiting.some((w) => w.conversation === s.conversation_id));
  assert.equal((await edge.fetch('/v1/agent/queue/mars', bearer(AGENT))).status, 404);
  assert.equal((await edge.fetch(`/v1/agent/queue/${s.region}`)).status, 401);
  assert.equal((await edge.fetch(`/v1/agent/queue/${s.region}`, { ...bearer(AGENT), method: 'POST' })).status, 405);
});

/** A session token for `claims`, signed with the test key (as the edge signs). */
function sign(claims) {
  const [kid, key] = TEST_KEYS.split(':');
  const signed = `v1.${kid}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  const mac = createHmac('sha256', Buffer.from(key, 'base64url')).update(signed).digest('base64url');
  return `${signed}.${mac}`;
}

test('a conversation stored by the previous release reads and goes on with the bot', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'caravan-previous-'));
  cpSync(path.join(fixture, 'storage'), dir, { recursive: true });
  const old = new Edge(dir, { bindings });
  try {
    await old.start();
    const { claims, messages: before } = JSON.parse(readFileSync(path.join(fixture, 'conversation.json'), 'utf8'));
    const now = Math.floor(Date.now() / 1000);
    const ws = await old.connect(sign({ ...claims, iat: now, exp: now + 3600 }));
    const { messages, lastSeq } = await ws.resume();
    assert.equal(lastSeq, before.length);
    assert.deepEqual(messages.map((m) => [m.seq, m.author, m.text]), before.map((m) => [m.seq, m.author, m.text]));
    assert.ok(messages.every((m) => m.ch === undefined && m.stage === undefined));
    const answer = await say(ws, 'ขอบคุณมากค่ะ');
    assert.equal(answer.seq, lastSeq + 2);
    assert.equal(answer.lang, 'th');
    ws.close();
  } finally {
    await old.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('two messages at once: the second waits for the bot\'s turn on the first (one handoff, then quiet)', async () => {
  const s = await edge.createSession({ merchant: 'demo', locales: ['en'] }, {}, 'DE');
  const ws = await edge.connect(s.session_token);
  const [a, b] = [uuidv7(), uuidv7()];
  // Sent together: the first hands off (and awaits the queue), the second arrives meanwhile.
  ws.send({ type: 'send', id: a, text: 'I want a human' });
  ws.send({ type: 'send', id: b, text: 'are you there?' });
  await ws.next((f) => f.type === 'ack' && f.id === a);
  await ws.next((f) => f.type === 'ack' && f.id === b);
  // A person joining waits for both turns: after it, everything the bot said is stored.
  const reply = await edge.fetch(`/v1/agent/conversations/${s.region}/${s.conversation_id}/messages`, {
    method: 'POST', headers: { authorization: `Bearer ${AGENT}`, 'content-type': 'application/json' },
    body: JSON.stringify({ text: 'Hello, Ana here.' }),
  });
  assert.equal(reply.status, 201);
  const { messages } = await ws.resume();
  const waiting = messages.filter((m) => m.author === 'bot' && m.stage !== 'agent');
  assert.equal(waiting.length, 1, JSON.stringify(messages.map((m) => [m.author, m.text])));
  assert.equal(waiting[0].stage, 'waiting');
  ws.close();
});

test('each region has its own queue: a handoff in Thailand is never listed, nor stored, with Europe\'s', async () => {
  const de = await edge.createSession({ merchant: 'demo', locales: ['en'] }, {}, 'DE');
  const th = await edge.createSession({ merchant: 'demo', locales: ['th'] }, {}, 'TH');
  assert.deepEqual([de.region, th.region], ['eu', 'apac']);
  for (const s of [de, th]) {
    const ws = await edge.connect(s.session_token);
    await say(ws, 'I want a human');
    ws.close();
  }
  const listed = async (region) => (await (await edge.fetch(`/v1/agent/queue/${region}`, bearer(AGENT))).json()).waiting.map((w) => w.conversation);
  assert.ok((await listed('eu')).includes(de.conversation_id));
  assert.ok(!(await listed('eu')).includes(th.conversation_id));
  assert.ok((await listed('apac')).includes(th.conversation_id));
  assert.ok(!(await listed('apac')).includes(de.conversation_id));
  // The objects themselves, read as an operator would.
  const ns = await edge.mf.getDurableObjectNamespace('HANDOFF_QUEUES');
  const stored = async (name) => (await (await ns.get(ns.idFromName(name)).fetch('https://queue.internal/list')).json()).waiting.map((w) => w.conversation);
  assert.ok(!(await stored('handoff:eu:demo')).includes(th.conversation_id));
  assert.ok(!(await stored('handoff:apac:demo')).includes(de.conversation_id));
  // A summary an older release left in the queue all regions shared is still listed, in its region only.
  const legacy = { conversation: '0190f0f0-0000-7000-8000-000000000001', region: 'apac', language: 'th', trigger: 'asked', intents: [], mood: 'calm', mood_trend: 'steady', shown: [], last_messages: [], queued_at: 1 };
  const put = await ns.get(ns.idFromName('handoff:demo')).fetch('https://queue.internal/enqueue', { method: 'POST', body: JSON.stringify(legacy) });
  assert.equal(put.status, 200, await put.text());
  assert.equal((await listed('apac'))[0], legacy.conversation, 'oldest first');
  assert.ok(!(await listed('eu')).includes(legacy.conversation));
});
