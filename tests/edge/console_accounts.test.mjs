// The console's accounts in the real Workers runtime: an admin's invite link, accepted
// once with a password (PBKDF2 through Web Crypto) into a signed-in session (an HttpOnly,
// SameSite=Strict cookie and a CSRF token), logins limited per account, logout and
// revocation, and nothing for a signed-out or another store's request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Edge } from '../lib/edge.mjs';

const ADMIN = 'console-admin-token-for-tests-only-01234';
const OTHER_ADMIN = 'other-admin-token-for-tests-only-0123456';
let edge;
before(async () => {
  edge = await new Edge(undefined, { bindings: { CARAVAN_ADMIN_TOKENS: JSON.stringify({ demo: ADMIN, 'tokyo-shop': OTHER_ADMIN }) } }).start();
});
after(async () => {
  await edge?.destroy();
});

const PASSWORD = 'lisbon tram 28 at dawn';
const json = (body, headers = {}) => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const profile = (email) => ({ email, name: 'Ana Sousa', role: 'agent', languages: ['en', 'pt-PT'], regions: ['eu'] });

async function invite(email, token = ADMIN, merchant = 'demo') {
  return edge.fetch(`/v1/console/${merchant}/invites`, json(profile(email), { authorization: `Bearer ${token}` }));
}

/** The session cookie a response sets, as a `Cookie` header value. */
const cookieOf = (res) => res.headers.get('set-cookie').split(';')[0];

test('an invite becomes an account and a session; the link works once', async () => {
  const res = await invite('ana@shop.example');
  assert.equal(res.status, 201);
  const { invite_url } = await res.json();
  const [, merchant, token] = /\/console\/#invite\/([^/]+)\/([0-9a-f]{64})$/.exec(invite_url);
  assert.equal(merchant, 'demo');
  const read = await edge.fetch('/v1/console/demo/invites/read', json({ token }));
  assert.deepEqual(await read.json(), { email: 'ana@shop.example', name: 'Ana Sousa' });

  const weak = await edge.fetch('/v1/console/demo/invites/accept', json({ token, password: 'short' }));
  assert.equal(weak.status, 400);
  const accepted = await edge.fetch('/v1/console/demo/invites/accept', json({ token, password: PASSWORD }));
  assert.equal(accepted.status, 201);
  const cookie = accepted.headers.get('set-cookie');
  assert.match(cookie, /^caravan_console=[0-9a-f]{64}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Strict$/, 'no Secure on loopback only');
  const body = await accepted.json();
  assert.equal(body.account.email, 'ana@shop.example');
  assert.match(body.csrf, /^[0-9a-f]{64}$/);
  assert.equal((await edge.fetch('/v1/console/demo/invites/accept', json({ token, password: PASSWORD }))).status, 404, 'spent');

  const me = await edge.fetch('/v1/console/demo/me', { headers: { cookie: cookieOf(accepted) } });
  assert.equal(me.status, 200);
  assert.equal((await me.json()).account.name, 'Ana Sousa');
  assert.equal((await invite('ana@shop.example')).status, 409, 'the account exists');
});

test('login, CSRF on logout, and nothing for a signed-out or another store\'s request', async () => {
  const { invite_url } = await (await invite('bo@shop.example')).json();
  const token = invite_url.split('/').at(-1);
  await edge.fetch('/v1/console/demo/invites/accept', json({ token, password: PASSWORD }));
  const wrong = await edge.fetch('/v1/console/demo/login', json({ email: 'bo@shop.example', password: 'not the password!' }));
  assert.equal(wrong.status, 401);
  const unknown = await edge.fetch('/v1/console/demo/login', json({ email: 'nobody@shop.example', password: 'not the password!' }));
  assert.deepEqual(await unknown.json(), await wrong.json(), 'an unknown address is told the same');
  const login = await edge.fetch('/v1/console/demo/login', json({ email: 'BO@shop.example', password: PASSWORD }));
  assert.equal(login.status, 200);
  const { csrf } = await login.json();
  const cookie = cookieOf(login);

  assert.equal((await edge.fetch('/v1/console/demo/me')).status, 401);
  const elsewhere = await edge.fetch('/v1/console/tokyo-shop/me', { headers: { cookie } });
  assert.equal(elsewhere.status, 401, 'another store knows no such session');
  assert.doesNotMatch(await elsewhere.text(), /bo@shop/);
  assert.equal((await invite('eve@shop.example', OTHER_ADMIN)).status, 403, 'another store\'s admin token');
  assert.equal((await invite('eve@shop.example', 'not-a-token')).status, 401);
  const asAgent = await edge.fetch('/v1/console/demo/invites', json(profile('eve@shop.example'), { cookie, 'x-caravan-csrf': csrf }));
  assert.equal(asAgent.status, 403, 'agents do not invite');
  assert.equal((await edge.fetch('/v1/console/demo/audit', { headers: { cookie } })).status, 403);

  assert.equal((await edge.fetch('/v1/console/demo/logout', json({}, { cookie }))).status, 403, 'no CSRF token');
  const out = await edge.fetch('/v1/console/demo/logout', json({}, { cookie, 'x-caravan-csrf': csrf }));
  assert.equal(out.status, 200);
  assert.match(out.headers.get('set-cookie'), /Max-Age=0/);
  assert.equal((await edge.fetch('/v1/console/demo/me', { headers: { cookie } })).status, 401);
});

test('five wrong passwords lock the account for a while; an admin revokes sessions', async () => {
  const { invite_url } = await (await invite('cy@shop.example')).json();
  const accepted = await edge.fetch('/v1/console/demo/invites/accept', json({ token: invite_url.split('/').at(-1), password: PASSWORD }));
  const cookie = cookieOf(accepted);
  for (let n = 0; n < 5; n += 1) {
    const res = await edge.fetch('/v1/console/demo/login', json({ email: 'cy@shop.example', password: `guess number ${n}!` }));
    assert.equal(res.status, 401);
  }
  const locked = await edge.fetch('/v1/console/demo/login', json({ email: 'cy@shop.example', password: PASSWORD }));
  assert.equal(locked.status, 429);
  assert.match((await locked.json()).error.message, /try again in 15 minutes/);

  const revoke = await edge.fetch('/v1/console/demo/agents/revoke', json({ email: 'cy@shop.example' }, { authorization: `Bearer ${ADMIN}` }));
  assert.deepEqual(await revoke.json(), { sessions_ended: 1 });
  assert.equal((await edge.fetch('/v1/console/demo/me', { headers: { cookie } })).status, 401);
  assert.equal((await edge.fetch('/v1/console/demo/me', { method: 'DELETE' })).status, 405);
  const bad = await edge.fetch('/v1/console/demo/login', { method: 'POST', body: 'email=a' });
  assert.equal(bad.status, 415);
});
