// A person's actions on a conversation in the real Workers runtime: assign (the bot goes
// quiet, the row says who), hand back (the bot answers again), close (the shopper is asked
// for a rating in their language, the rating and comment stored and shown); the composer's
// preview stores nothing; actions need the CSRF header and a region the agent may see.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Edge, uuidv7 } from '../lib/edge.mjs';
import { json, signIn } from '../lib/console.mjs';

const ADMIN = 'actions-admin-token-for-tests-only-0123456';
const PASSWORD = 'porto tram 1 along the river';
let edge;
before(async () => {
  edge = await new Edge(undefined, { bindings: { CARAVAN_ADMIN_TOKENS: JSON.stringify({ demo: ADMIN }) } }).start();
});
after(async () => {
  await edge?.destroy();
});

/** Signs in a new agent who sees `regions`: their cookie and CSRF token. */
function agent(email, regions) {
  const profile = { email, name: email.split('@')[0], role: 'agent', languages: ['en'], regions };
  return signIn(edge, ADMIN, profile, PASSWORD);
}

async function say(ws, text, choice, count = 1) {
  const id = uuidv7();
  ws.send({ type: 'send', id, text, ...(choice ? { ch: choice } : {}) });
  const ack = await ws.next((f) => f.type === 'ack' && f.id === id);
  return count ? ws.messagesAfter(ack.seq, count) : [];
}

/** The bot's next message announcing `stage`. */
const announced = (ws, stage) => ws.next((f) => f.type === 'message' && f.author === 'bot' && f.stage === stage);

const choices = (m) => (m.ch ?? '').split('\n').filter(Boolean).map((l) => l.split('\t'));

test('assign, hand back and close: the shopper is told, rates 1-5 in their language, the console sees it', async () => {
  const s = await edge.createSession({ merchant: 'demo', locales: ['de'] }, {}, 'DE');
  const ws = await edge.connect(s.session_token);
  await say(ws, 'Ich möchte mit einem Menschen sprechen');
  const bea = await agent('bea@shop.example', [s.region]);
  const path = `/v1/console/demo/conversations/${s.region}/${s.conversation_id}`;
  const act = (action, who = bea, headers = {}) => edge.fetch(`${path}/${action}`, { method: 'POST', headers: { cookie: who.cookie, 'x-caravan-csrf': who.csrf, ...headers } });
  const read = async () => (await edge.fetch(`${path}/messages`, { headers: { cookie: bea.cookie } })).json();

  // Without the CSRF header, or from another region's agent: refused, nothing changes.
  assert.equal((await edge.fetch(`${path}/assign`, { method: 'POST', headers: { cookie: bea.cookie } })).status, 403);
  const other = await agent('kai@shop.example', ['apac']);
  assert.equal((await act('assign', other)).status, 403);
  assert.equal((await read()).assignee, null);

  // Assigned: the shopper hears a person joined; the bot stays quiet.
  const assigned = await act('assign');
  assert.equal(assigned.status, 200);
  assert.deepEqual(await assigned.json(), { status: 'open', assignee: 'bea@shop.example' });
  await announced(ws, 'agent');
  const quiet = await say(ws, 'Hallo?', undefined, 0);
  assert.deepEqual(quiet, []);

  // Handed back: the bot answers again.
  assert.deepEqual(await (await act('hand-back')).json(), { status: 'bot', assignee: null });
  await announced(ws, 'bot');
  const [answered] = await say(ws, 'Wo ist meine Bestellung?');
  assert.equal(answered.author, 'bot');

  // Closed: a rating asked for in German, with five choices.
  assert.deepEqual(await (await act('close')).json(), { status: 'closed', assignee: null });
  const asked = await announced(ws, 'closed');
  assert.match(asked.text, /bewerten/i);
  const stars = choices(asked);
  assert.deepEqual(stars.map(([id]) => id), ['rate:1', 'rate:2', 'rate:3', 'rate:4', 'rate:5']);
  const [thanks] = await say(ws, stars[4][1], 'rate:5');
  assert.equal(thanks.author, 'bot');
  await say(ws, 'Sehr schnell, danke!');
  const after = await read();
  assert.equal(after.status, 'closed', JSON.stringify(after));
  assert.equal(after.rating.stars, 5);
  assert.equal(after.rating.comment, 'Sehr schnell, danke!');
  const inbox = await (await edge.fetch(`/v1/console/demo/inbox/${s.region}`, { headers: { cookie: bea.cookie } })).json();
  const row = inbox.rows.find((r) => r.conversation === s.conversation_id);
  assert.deepEqual([row.status, row.rating], ['closed', 5]);

  // A new message afterwards reopens it with the bot.
  const [reopened] = await say(ws, 'Noch eine Frage: wie lange dauert der Versand?');
  assert.equal(reopened.author, 'bot');
  assert.equal((await read()).status, 'bot');
  ws.close();
});

test('the preview says what the shopper would read and stores nothing', async () => {
  const s = await edge.createSession({ merchant: 'demo', locales: ['en'] }, {}, 'DE');
  const ws = await edge.connect(s.session_token);
  await say(ws, 'hello');
  const bea = await agent('ana@shop.example', [s.region]);
  const path = `/v1/console/demo/conversations/${s.region}/${s.conversation_id}`;
  const before = (await (await edge.fetch(`${path}/messages`, { headers: { cookie: bea.cookie } })).json()).last_seq;
  const res = await edge.fetch(`${path}/preview`, json({ text: 'Your parcel left our warehouse today and should arrive by Friday.' }, { cookie: bea.cookie, 'x-caravan-csrf': bea.csrf }));
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { text: 'Your parcel left our warehouse today and should arrive by Friday.', lang: 'en', written_in: 'en', state: 'not_needed' });
  const after = (await (await edge.fetch(`${path}/messages`, { headers: { cookie: bea.cookie } })).json()).last_seq;
  assert.equal(after, before, 'nothing stored');
  const empty = await edge.fetch(`${path}/preview`, json({ text: '   ' }, { cookie: bea.cookie, 'x-caravan-csrf': bea.csrf }));
  assert.equal(empty.status, 400);
  ws.close();
});

test('the live inbox: rows pushed as they change, only to agents of the region, only from the console\'s origin', async () => {
  const bea = await agent('lea@shop.example', ['eu']);
  const open = (region, headers) => edge.fetch(`/v1/console/demo/live/${region}`, { headers: { upgrade: 'websocket', ...headers } });
  // Refused: another site's page, another region, no session, no upgrade.
  assert.equal((await open('eu', { cookie: bea.cookie, origin: 'https://evil.example' })).status, 403);
  assert.equal((await open('apac', { cookie: bea.cookie, origin: edge.url })).status, 403);
  assert.equal((await open('eu', { origin: edge.url })).status, 401);
  assert.equal((await edge.fetch('/v1/console/demo/live/eu', { headers: { cookie: bea.cookie, origin: edge.url } })).status, 426);

  const res = await open('eu', { cookie: bea.cookie, origin: edge.url });
  assert.equal(res.status, 101);
  const socket = res.webSocket;
  socket.accept();
  const pushed = [];
  socket.addEventListener('message', (e) => pushed.push(e.data === 'pong' ? e.data : JSON.parse(e.data)));
  socket.send('ping');

  const s = await edge.createSession({ merchant: 'demo', locales: ['fr'] }, {}, 'FR');
  const ws = await edge.connect(s.session_token);
  await say(ws, 'Je veux parler à un humain');
  const waiting = () => pushed.find((p) => p.row?.conversation === s.conversation_id && p.row.status === 'waiting');
  for (let i = 0; i < 100 && !waiting(); i++) await new Promise((r) => setTimeout(r, 50));
  const { row } = waiting();
  assert.deepEqual([row.region, row.language, row.country, row.trigger], ['eu', 'fr', 'FR', 'asked']);
  assert.ok(pushed.includes('pong'), 'a ping is answered');
  assert.ok(pushed.every((p) => p === 'pong' || p.row.region === 'eu'), 'only this region\'s rows');
  socket.close();
  ws.close();
});

test('private notes: the team reads them (masked), the shopper never receives them', async () => {
  const s = await edge.createSession({ merchant: 'demo', locales: ['en'] }, {}, 'DE');
  const ws = await edge.connect(s.session_token);
  await say(ws, 'I want a human');
  const bea = await agent('noa@shop.example', [s.region]);
  const path = `/v1/console/demo/conversations/${s.region}/${s.conversation_id}`;
  const note = (body, headers = { cookie: bea.cookie, 'x-caravan-csrf': bea.csrf }) => edge.fetch(`${path}/notes`, json(body, headers));
  const written = await note({ text: 'Regular customer, reachable at jane.doe@example.com' });
  assert.equal(written.status, 201);
  assert.equal((await written.json()).note.author, 'noa@shop.example');
  assert.equal((await note({ text: '  ' })).status, 400);
  assert.equal((await note({ text: 'no csrf' }, { cookie: bea.cookie })).status, 403);

  const read = await (await edge.fetch(`${path}/messages`, { headers: { cookie: bea.cookie } })).json();
  assert.deepEqual(read.notes.map((n) => n.text), ['Regular customer, reachable at j***@example.com']);
  assert.ok(!read.messages.some((m) => /Regular customer/.test(m.text)), 'not a message');
  // The shopper's socket and a resume carry no trace of it.
  assert.ok(!ws.frames.some((f) => JSON.stringify(f).includes('Regular customer')));
  const { messages } = await ws.resume(0);
  assert.ok(messages.length > 0 && !messages.some((m) => /Regular customer/.test(m.text)));
  ws.close();
});

test('typing: the team\'s reaches the shopper over both transports; the shopper\'s reaches the consoles once a person is involved', async () => {
  const lea = await agent('tia@shop.example', ['eu']);
  const res = await edge.fetch('/v1/console/demo/live/eu', { headers: { upgrade: 'websocket', cookie: lea.cookie, origin: edge.url } });
  const socket = res.webSocket;
  socket.accept();
  const pushed = [];
  socket.addEventListener('message', (e) => pushed.push(JSON.parse(e.data)));
  const s = await edge.createSession({ merchant: 'demo', locales: ['en'] }, {}, 'DE');
  const ws = await edge.connect(s.session_token);
  await say(ws, 'hello');
  // With the bot: nobody to tell.
  ws.send({ type: 'typing' });
  await say(ws, 'I want a human');
  const signs = () => pushed.filter((p) => p.typing === s.conversation_id).length;
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(signs(), 0, 'nothing while the bot had it');
  ws.send({ type: 'typing' });
  for (let i = 0; i < 100 && signs() === 0; i++) await new Promise((r) => setTimeout(r, 50));
  assert.equal(signs(), 1, 'one sign, sent once a person is awaited');

  const path = `/v1/console/demo/conversations/${s.region}/${s.conversation_id}`;
  const { lastSeq: before } = await ws.resume(0);
  const typing = await edge.fetch(`${path}/typing`, { method: 'POST', headers: { cookie: lea.cookie, 'x-caravan-csrf': lea.csrf } });
  assert.equal(typing.status, 200);
  const frame = await ws.next((f) => f.type === 'typing');
  assert.equal(frame.author, 'agent');
  const { lastSeq: after } = await ws.resume(0);
  assert.equal(after, before, 'nothing of it stored');

  // Over HTTP (the lite chat, a weak link): a poll waiting when the team signs carries it;
  // the next poll does not answer at once with the same sign.
  const poll = (wait) => edge.fetch(`/v1/poll?after=${after}&wait=${wait}`, { headers: { authorization: `Bearer ${s.session_token}` } });
  const frames = async (res) => (await res.text()).split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const waiting = poll(5);
  await new Promise((r) => setTimeout(r, 300));
  await edge.fetch(`${path}/typing`, { method: 'POST', headers: { cookie: lea.cookie, 'x-caravan-csrf': lea.csrf } });
  const carried = await frames(await waiting);
  assert.deepEqual(carried.map((f) => [f.type, f.author]).filter(([t]) => t === 'typing'), [['typing', 'agent']]);
  const next = await frames(await poll(1));
  assert.deepEqual(next.map((f) => f.type), ['synced'], 'waited its second, no sign again');
  socket.close();
  ws.close();
});

test('canned replies: admins keep them (checked), every agent of the store reads them', async () => {
  const admin = { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' };
  const put = (id, body, headers = admin) => edge.fetch(`/v1/console/demo/canned/${id}`, { method: 'PUT', headers, body: JSON.stringify(body) });
  const parcel = { title: 'Parcel on its way', texts: { en: 'Hi, {name} here: order {order} left today.', th: 'คำสั่งซื้อ {order} จัดส่งแล้ววันนี้ค่ะ' } };
  assert.equal((await put('parcel-on-its-way', parcel)).status, 200);
  const bad = await put('greeting', { title: 'Hello', texts: { en: 'Dear {customer}' } });
  assert.equal(bad.status, 400);
  assert.match((await bad.json()).error.message, /\{customer\}/);
  assert.equal((await put('Bad Id', parcel)).status, 400);
  assert.equal((await put('other-id', { id: 'not-this', ...parcel })).status, 400);

  const zoe = await agent('zoe@shop.example', ['eu']);
  const asAgent = { cookie: zoe.cookie, 'x-caravan-csrf': zoe.csrf, 'content-type': 'application/json' };
  assert.equal((await put('mine', parcel, asAgent)).status, 403, 'agents read, admins write');
  const listed = await (await edge.fetch('/v1/console/demo/canned', { headers: { cookie: zoe.cookie } })).json();
  assert.deepEqual(listed.replies.map((r) => [r.id, r.texts.th]), [['parcel-on-its-way', parcel.texts.th]]);
  assert.equal((await edge.fetch('/v1/console/demo/canned')).status, 401);

  const gone = await edge.fetch('/v1/console/demo/canned/parcel-on-its-way', { method: 'DELETE', headers: admin });
  assert.equal(gone.status, 200);
  assert.equal((await edge.fetch('/v1/console/demo/canned/parcel-on-its-way', { method: 'DELETE', headers: admin })).status, 404);
});
