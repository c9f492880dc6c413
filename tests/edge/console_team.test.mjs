// The store's team in the real Workers runtime: an admin lists, changes, signs out,
// disables and enables people (each written to the audit log; never a password record in
// an answer); a conversation goes to a colleague suggested by the shopper's language and
// by who is on shift, and only to someone whose account works and who sees its region;
// the conversation tells by which channel the shopper's last message came.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Edge, STOREFRONT, uuidv7 } from '../lib/edge.mjs';
import { json, signIn } from '../lib/console.mjs';

const ADMIN = 'team-admin-token-for-tests-only-0123456789';
const PASSWORD = 'alfama stairs before the rain';
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
// One team always in, one never: who is on shift does not depend on when the suite runs.
const always = { name: 'Always', time_zone: 'Asia/Bangkok', hours: Object.fromEntries(DAYS.map((d) => [d, '00:00-24:00'])) };
const never = { name: 'Never', time_zone: 'Europe/Lisbon', hours: {} };
const MERCHANTS = JSON.stringify({
  demo: { name: 'Demo', default_region: 'eu', default_locale: 'en', origins: [STOREFRONT], teams: [always, never] },
});

let edge;
let boss;
before(async () => {
  edge = await new Edge(undefined, {
    merchants: MERCHANTS,
    bindings: { CARAVAN_ADMIN_TOKENS: JSON.stringify({ demo: ADMIN }) },
  }).start();
  boss = await signIn(edge, ADMIN, profile('boss@shop.example', { role: 'admin' }), PASSWORD);
});
after(async () => {
  await edge?.destroy();
});

function profile(email, more = {}) {
  return { email, name: email.split('@')[0], role: 'agent', languages: ['en'], regions: ['eu'], ...more };
}

const get = (path, who) => edge.fetch(`/v1/console/demo/${path}`, { headers: { cookie: who.cookie } });
const post = (path, who, body) => edge.fetch(`/v1/console/demo/${path}`, json(body, { cookie: who.cookie, 'x-caravan-csrf': who.csrf }));

test('an admin lists, changes, disables and enables people; each change is audited', async () => {
  const ana = await signIn(edge, ADMIN, profile('ana@shop.example'), PASSWORD);
  await edge.fetch('/v1/console/demo/invites', json(profile('new@shop.example'), { authorization: `Bearer ${ADMIN}` }));

  const listed = await get('agents', boss);
  assert.equal(listed.status, 200);
  const text = await listed.text();
  assert.doesNotMatch(text, /password|pbkdf2|salt/i, 'no password record leaves the directory');
  const { members, teams } = JSON.parse(text);
  assert.deepEqual(teams, ['Always', 'Never']);
  const state = Object.fromEntries(members.map((m) => [m.profile.email, m.state]));
  assert.equal(state['ana@shop.example'], 'active');
  assert.equal(state['new@shop.example'], 'invited');

  // An agent may not read or change the team.
  assert.equal((await get('agents', ana)).status, 403);
  assert.equal((await post('agents/update', ana, profile('ana@shop.example', { role: 'admin' }))).status, 403);
  assert.equal((await get('audit', ana)).status, 403);

  // A change reads at once in the person's session; a team the store lacks is refused.
  const changed = await post('agents/update', boss, profile('ana@shop.example', { languages: ['pt-PT', 'th'], teams: ['Always'] }));
  assert.equal(changed.status, 200, await changed.clone().text());
  const me = await (await get('me', ana)).json();
  assert.deepEqual(me.account.languages, ['pt-PT', 'th']);
  assert.deepEqual(me.account.teams, ['Always']);
  const unknownTeam = await post('agents/update', boss, profile('ana@shop.example', { teams: ['Night owls'] }));
  assert.equal(unknownTeam.status, 400);
  assert.match((await unknownTeam.json()).error.message, /Night owls/);
  const nobody = await post('agents/update', boss, profile('nobody@shop.example'));
  assert.equal(nobody.status, 404);
  // Without the CSRF header: refused.
  const noCsrf = await edge.fetch('/v1/console/demo/agents/update', json(profile('ana@shop.example'), { cookie: boss.cookie }));
  assert.equal(noCsrf.status, 403);

  // Disabled: the session ends and the password no longer works; enabled again, it does.
  assert.equal((await post('agents/revoke', boss, { email: 'ana@shop.example', disable: true })).status, 200);
  assert.equal((await get('me', ana)).status, 401);
  const login = () => edge.fetch('/v1/console/demo/login', json({ email: 'ana@shop.example', password: PASSWORD }));
  assert.equal((await login()).status, 401);
  assert.equal((await post('agents/reinstate', boss, { email: 'ana@shop.example' })).status, 200);
  assert.equal((await login()).status, 200);

  const { entries } = await (await get('audit', boss)).json();
  const done = entries.filter((e) => e.target === 'ana@shop.example').map((e) => `${e.account}:${e.action}`);
  assert.deepEqual(done, ['boss@shop.example:reinstate', 'boss@shop.example:disable', 'boss@shop.example:update', 'admin-token:invite'], 'newest first');
  assert.ok(entries.some((e) => e.action === 'invite' && e.target === 'new@shop.example' && e.account === 'admin-token'));
});

test('a conversation goes to a colleague: who writes Thai and is on shift first, only someone who may take it', async () => {
  const ploy = await signIn(edge, ADMIN, profile('ploy@shop.example', { name: 'Ploy', languages: ['th', 'en'], teams: ['Always'] }), PASSWORD);
  await signIn(edge, ADMIN, profile('zeca@shop.example', { name: 'Zeca', languages: ['pt-PT'], teams: ['Always'] }), PASSWORD);
  await signIn(edge, ADMIN, profile('lek@shop.example', { name: 'Lek', languages: ['th'], teams: ['Never'] }), PASSWORD);
  await signIn(edge, ADMIN, profile('far@shop.example', { name: 'Far', languages: ['th'], regions: ['apac'] }), PASSWORD);
  const gone = await signIn(edge, ADMIN, profile('gone@shop.example', { name: 'Gone', languages: ['th'] }), PASSWORD);
  assert.ok(gone.cookie);
  await post('agents/revoke', boss, { email: 'gone@shop.example', disable: true });

  const s = await edge.createSession({ merchant: 'demo', locales: ['th'] }, {}, 'DE');
  assert.equal(s.region, 'eu');
  const ws = await edge.connect(s.session_token);
  ws.send({ type: 'send', id: uuidv7(), text: 'ขอคุยกับพนักงานค่ะ' });
  await ws.next((f) => f.type === 'message' && f.author === 'bot');

  const listed = await get('assignees?region=eu&lang=th', ploy);
  assert.equal(listed.status, 200);
  const { suggestions } = await listed.json();
  const order = suggestions.map((x) => [x.email, x.writes, x.on_shift]);
  const at = (email) => order.findIndex(([e]) => e === email);
  assert.deepEqual(order[at('ploy@shop.example')], ['ploy@shop.example', true, true]);
  assert.deepEqual(order[at('lek@shop.example')], ['lek@shop.example', true, false]);
  assert.ok(at('ploy@shop.example') < at('zeca@shop.example'), 'writes Thai and on shift, first');
  assert.ok(at('zeca@shop.example') < at('lek@shop.example'), 'on shift before off shift');
  assert.equal(at('far@shop.example'), -1, 'sees apac only');
  assert.equal(at('gone@shop.example'), -1, 'disabled');
  assert.equal((await get('assignees?region=apac&lang=th', ploy)).status, 403);
  assert.equal((await get('assignees?region=eu&lang=klingon', ploy)).status, 400);

  const path = `conversations/${s.region}/${s.conversation_id}/assign`;
  for (const to of ['far@shop.example', 'gone@shop.example', 'nobody@shop.example']) {
    const refused = await post(path, ploy, { to });
    assert.equal(refused.status, 400, to);
    assert.equal((await refused.json()).error.code, 'invalid_request');
  }
  const given = await post(path, ploy, { to: 'Lek@Shop.example' });
  assert.equal(given.status, 200);
  assert.deepEqual(await given.json(), { status: 'open', assignee: 'lek@shop.example' });
  const inbox = await (await get(`inbox/${s.region}`, ploy)).json();
  assert.equal(inbox.rows.find((r) => r.conversation === s.conversation_id).assignee, 'lek@shop.example');

  // The channel the shopper's last message came by: the socket, then polling over HTTP.
  const read = async () => (await get(`conversations/${s.region}/${s.conversation_id}/messages`, ploy)).json();
  assert.equal((await read()).channel, 'socket');
  ws.close();
  const frame = JSON.stringify({ v: 1, type: 'send', id: uuidv7(), text: 'ยังอยู่ไหมคะ' });
  const posted = await edge.fetch('/v1/frames', {
    method: 'POST', headers: { authorization: `Bearer ${s.session_token}`, 'content-type': 'application/x-ndjson' }, body: frame,
  });
  assert.equal(posted.status, 200);
  assert.equal((await read()).channel, 'polling');
});
