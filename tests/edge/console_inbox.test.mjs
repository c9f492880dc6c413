// The console's inbox in the real Workers runtime: conversation objects keep their rows in
// their region's index; an agent reads only the regions they may see, each from its own
// index, personal data masked; the indexes themselves hold only their region's rows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Edge, uuidv7 } from '../lib/edge.mjs';
import { json, signIn } from '../lib/console.mjs';

const ADMIN = 'inbox-admin-token-for-tests-only-0123456';
const PASSWORD = 'lisbon tram 28 at dawn';
let edge;
before(async () => {
  edge = await new Edge(undefined, { bindings: { CARAVAN_ADMIN_TOKENS: JSON.stringify({ demo: ADMIN }) } }).start();
});
after(async () => {
  await edge?.destroy();
});

/** An agent of the demo store who sees `regions`, signed in: their cookie. */
async function agent(email, regions) {
  const profile = { email, name: email.split('@')[0], role: 'agent', languages: ['en'], regions };
  return (await signIn(edge, ADMIN, profile, PASSWORD)).cookie;
}

async function handoff(country, locale, words) {
  const s = await edge.createSession({ merchant: 'demo', locales: [locale] }, {}, country);
  const ws = await edge.connect(s.session_token);
  for (const text of words) {
    const id = uuidv7();
    ws.send({ type: 'send', id, text });
    const ack = await ws.next((f) => f.type === 'ack' && f.id === id);
    await ws.messagesAfter(ack.seq, 1);
  }
  ws.close();
  return s;
}

test('an agent of Europe sees Europe\'s handoffs, masked, and never Asia\'s', async () => {
  const de = await handoff('DE', 'en', ['I want a human']);
  const th = await handoff('TH', 'th', ['อีเมลของฉันคือ somchai@example.com <script>alert(1)</script>', 'ขอคุยกับพนักงานค่ะ']);
  const eu = await agent('ana@shop.example', ['eu']);
  const apac = await agent('niran@shop.example', ['apac']);

  const read = (cookie, region) => edge.fetch(`/v1/console/demo/inbox/${region}`, { headers: { cookie } });
  const euInbox = await (await read(eu, 'eu')).json();
  const row = euInbox.rows.find((r) => r.conversation === de.conversation_id);
  assert.equal(row.status, 'waiting');
  assert.equal(row.trigger, 'asked');
  assert.deepEqual([row.language, row.country, row.time_zone, row.region], ['en', 'DE', 'Europe/Berlin', 'eu']);
  assert.ok(row.waiting_since_ms > 0);
  assert.equal(euInbox.counts.waiting >= 1, true);
  assert.ok(!euInbox.rows.some((r) => r.conversation === th.conversation_id));
  const refused = await read(eu, 'apac');
  assert.equal(refused.status, 403);
  const body = await refused.text();
  assert.ok(!body.includes(th.conversation_id) && !body.includes('somchai'), body);

  const apacInbox = await (await read(apac, 'apac')).json();
  const thai = apacInbox.rows.find((r) => r.conversation === th.conversation_id);
  assert.equal(thai.status, 'waiting');
  assert.equal(thai.unread, 2);
  // The last message is the bot's handoff notice; the shopper's e-mail never shows unmasked.
  assert.ok(!JSON.stringify(apacInbox).includes('somchai@'), 'masked');

  // The stores themselves: each region's index holds its own rows only.
  const ns = await edge.mf.getDurableObjectNamespace('HANDOFF_QUEUES');
  const stored = async (name) => (await (await ns.get(ns.idFromName(name)).fetch('https://queue.internal/inbox/list')).json()).rows;
  assert.ok((await stored('handoff:eu:demo')).every((r) => r.region === 'eu'));
  assert.ok((await stored('handoff:apac:demo')).some((r) => r.conversation === th.conversation_id));
  assert.ok(!(await stored('handoff:eu:demo')).some((r) => r.conversation === th.conversation_id));

  assert.equal((await edge.fetch('/v1/console/demo/inbox/eu')).status, 401);
  assert.equal((await read(eu, 'mars')).status, 404);
});

test('a conversation in the console: masked, replied to, revealed only by those allowed, and audited', async () => {
  const s = await edge.createSession({ merchant: 'demo', locales: ['en'] }, {}, 'DE');
  const ws = await edge.connect(s.session_token);
  for (const text of ['my card is 4242 4242 4242 4242 and email jane.doe@example.com <script>alert(1)</script>', 'I want a human']) {
    const id = uuidv7();
    ws.send({ type: 'send', id, text });
    const ack = await ws.next((f) => f.type === 'ack' && f.id === id);
    await ws.messagesAfter(ack.seq, 1);
  }
  const agentCookie = await agent('bea@shop.example', ['eu']);
  const me = await (await edge.fetch('/v1/console/demo/me', { headers: { cookie: agentCookie } })).json();
  const path = `/v1/console/demo/conversations/${s.region}/${s.conversation_id}`;
  const read = await (await edge.fetch(`${path}/messages`, { headers: { cookie: agentCookie } })).json();
  const first = read.messages[0];
  assert.equal(first.text, 'my card is **** 4242 and email j***@example.com <script>alert(1)</script>', 'masked, text kept as text');
  assert.equal(first.lang, 'en');

  // The reply reaches the shopper's open chat.
  const reply = await edge.fetch(`${path}/messages`, json({ text: 'Hi, Bea here. I will check your order.' }, { cookie: agentCookie, 'x-caravan-csrf': me.csrf }));
  assert.equal(reply.status, 201);
  await ws.next((f) => f.type === 'message' && f.author === 'agent' && /Bea here/.test(f.text));
  ws.close();

  // Revealing: not for this agent; for an admin, the e-mail (never the card), audited.
  const denied = await edge.fetch(`${path}/reveal`, json({ seq: first.seq }, { cookie: agentCookie, 'x-caravan-csrf': me.csrf }));
  assert.equal(denied.status, 403);
  const adminProfile = { email: 'boss@shop.example', name: 'Boss', role: 'admin', languages: ['en'], regions: ['eu', 'apac'] };
  const { cookie: adminCookie, csrf } = await signIn(edge, ADMIN, adminProfile, PASSWORD);
  const revealed = await edge.fetch(`${path}/reveal`, json({ seq: first.seq }, { cookie: adminCookie, 'x-caravan-csrf': csrf }));
  assert.equal(revealed.status, 200);
  assert.equal((await revealed.json()).message.text, 'my card is **** 4242 and email jane.doe@example.com <script>alert(1)</script>');
  const audit = await (await edge.fetch('/v1/console/demo/audit', { headers: { cookie: adminCookie } })).json();
  assert.ok(audit.entries, JSON.stringify(audit));
  const entry = audit.entries[0];
  assert.deepEqual([entry.account, entry.action, entry.target], ['boss@shop.example', 'reveal', `${s.region}/${s.conversation_id}#${first.seq}`]);

  // Without CSRF, from another region's agent, or signed out: refused.
  assert.equal((await edge.fetch(`${path}/reveal`, json({ seq: first.seq }, { cookie: adminCookie }))).status, 403);
  const apacOnly = await agent('kai@shop.example', ['apac']);
  assert.equal((await edge.fetch(`${path}/messages`, { headers: { cookie: apacOnly } })).status, 403);
  assert.equal((await edge.fetch(`${path}/messages`)).status, 401);
});
