// Single sign-on for console agents behind Cloudflare Access, in the real Workers runtime
// against a stand-in Access team (tests/standins/access.mjs, keys made here): a token
// Access would send signs an invited agent in with the same session a password gives;
// every other token, an unknown or a disabled address is one and the same 401; a store
// without SSO answers 404, a team whose keys cannot be read 503; keys are kept and
// fetched again when Access rotates.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { Edge } from '../lib/edge.mjs';
import { json, signIn } from '../lib/console.mjs';
import { AccessStandin, accessKey } from '../standins/access.mjs';

const ADMIN = 'sso-admin-token-for-tests-only-0123456789';
const ROTATING_ADMIN = 'rotating-admin-token-for-tests-only-01234';
const PASSWORD = 'lisbon tram 28 at dawn';
const HEADER = 'cf-access-jwt-assertion';
const team = new AccessStandin();
const rotating = new AccessStandin();
const failing = new AccessStandin();
let edge;
let downTeam;

/** A loopback port nothing listens on: a team that cannot be reached. */
async function closedPort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const store = (name, access) => ({ name, default_region: 'eu', default_locale: 'en', ...(access ? { access } : {}) });
const accessOf = (standin) => ({ team_domain: standin.team, aud: standin.aud });

before(async () => {
  await Promise.all([team.start(), rotating.start(), failing.start()]);
  failing.failing = true;
  downTeam = `http://127.0.0.1:${await closedPort()}`;
  const merchants = {
    demo: store('Demo', accessOf(team)),
    rotating: store('Rotating', accessOf(rotating)),
    'no-sso': store('No SSO'),
    'sso-down': store('Down', { team_domain: downTeam, aud: failing.aud }),
    'sso-failing': store('Failing', accessOf(failing)),
  };
  edge = await new Edge(undefined, {
    merchants: JSON.stringify(merchants),
    bindings: { CARAVAN_ADMIN_TOKENS: JSON.stringify({ demo: ADMIN, rotating: ROTATING_ADMIN }) },
  }).start();
  for (const email of ['ana@shop.example', 'dee@shop.example']) {
    await signIn(edge, ADMIN, profile(email), PASSWORD);
  }
});
after(async () => {
  await edge?.destroy();
  await Promise.all([team.stop(), rotating.stop(), failing.stop()]);
});

function profile(email) {
  return { email, name: 'Ana Sousa', role: 'agent', languages: ['en', 'pt-PT'], regions: ['eu'] };
}

function sso(token, merchant = 'demo') {
  const headers = token === undefined ? {} : { [HEADER]: token };
  return edge.fetch(`/v1/console/${merchant}/sso`, { method: 'POST', headers });
}

const cookieOf = (res) => res.headers.get('set-cookie').split(';')[0];

test('a token Access would send signs an invited agent in, as a password does', async () => {
  const fetched = team.certsFetched;
  const res = await sso(team.token('Ana@Shop.example'));
  assert.equal(res.status, 200);
  assert.match(res.headers.get('set-cookie'), /^caravan_console=[0-9a-f]{64}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Strict$/);
  const body = await res.json();
  const login = await edge.fetch('/v1/console/demo/login', json({ email: 'ana@shop.example', password: PASSWORD }));
  assert.deepEqual(Object.keys(body).sort(), Object.keys(await login.json()).sort(), 'the same answer as a login');
  assert.equal(body.account.email, 'ana@shop.example');
  assert.match(body.csrf, /^[0-9a-f]{64}$/);

  const cookie = cookieOf(res);
  const me = await edge.fetch('/v1/console/demo/me', { headers: { cookie } });
  assert.equal(me.status, 200);
  assert.deepEqual(await me.json(), { account: body.account, csrf: body.csrf });
  assert.equal((await edge.fetch('/v1/console/demo/logout', json({}, { cookie }))).status, 403, 'no CSRF token');
  const out = await edge.fetch('/v1/console/demo/logout', json({}, { cookie, 'x-caravan-csrf': body.csrf }));
  assert.equal(out.status, 200);
  assert.equal((await edge.fetch('/v1/console/demo/me', { headers: { cookie } })).status, 401);

  for (let n = 0; n < 3; n += 1) assert.equal((await sso(team.token('ana@shop.example'))).status, 200);
  assert.ok(team.certsFetched - fetched <= 1, 'the keys are kept between sign-ins');
});

test('every other token is the same 401, and sets no cookie', async () => {
  const now = Math.floor(Date.now() / 1000);
  const stranger = accessKey(team.current.kid);
  const good = team.token('ana@shop.example');
  const [h, , s] = good.split('.');
  const forgedClaims = Buffer.from(JSON.stringify(team.claims('dee@shop.example'))).toString('base64url');
  const cases = {
    'another application': team.token('ana@shop.example', { aud: ['another-app'] }),
    'the audience as a wrong string': team.token('ana@shop.example', { aud: 'another-app' }),
    'no audience': team.token('ana@shop.example', { aud: undefined }),
    expired: team.token('ana@shop.example', { exp: now - 120, iat: now - 3720, nbf: now - 3720 }),
    'no expiry': team.token('ana@shop.example', { exp: undefined }),
    'not valid yet': team.token('ana@shop.example', { nbf: now + 600 }),
    'issued in the future': team.token('ana@shop.example', { iat: now + 600 }),
    'another team': team.token('ana@shop.example', { iss: 'https://other.cloudflareaccess.com' }),
    'a service token (no email)': team.token(undefined, { email: undefined, common_name: 'abc.access' }),
    'signed by another key with the same kid': team.token('ana@shop.example', {}, { key: stranger }),
    'a kid the team never had': team.token('ana@shop.example', {}, { key: stranger, kid: 'not-a-team-kid' }),
    'alg none': team.token('ana@shop.example', {}, { alg: 'none' }),
    'HS256 keyed with the public key': team.token('ana@shop.example', {}, { alg: 'HS256' }),
    'claims swapped after signing': `${h}.${forgedClaims}.${s}`,
    'no signature': `${h}.${good.split('.')[1]}.`,
    garbage: 'not a token at all',
    'too long': 'a'.repeat(20_000),
    'an empty header': '',
    'no header': undefined,
  };
  let first;
  for (const [name, token] of Object.entries(cases)) {
    const res = await sso(token);
    assert.equal(res.status, 401, name);
    assert.equal(res.headers.get('set-cookie'), null, name);
    const body = await res.json();
    first ??= body;
    assert.deepEqual(body, first, `${name}: told the same`);
  }
  assert.equal(first.error.code, 'unauthorized');
  assert.doesNotMatch(JSON.stringify(first), /ana@|aud|kid|expired|signature/i, 'nothing of why');
});

test('an unknown or disabled address is told as any refused token', async () => {
  const refused = await (await sso(team.token('ana@shop.example', { aud: ['nope'] }))).json();
  const unknown = await sso(team.token('nobody@shop.example'));
  assert.equal(unknown.status, 401);
  assert.deepEqual(await unknown.json(), refused);

  assert.equal((await sso(team.token('dee@shop.example'))).status, 200);
  const revoke = await edge.fetch('/v1/console/demo/agents/revoke', json({ email: 'dee@shop.example', disable: true }, { authorization: `Bearer ${ADMIN}` }));
  assert.deepEqual(await revoke.json(), { sessions_ended: 2 }, 'the invite\'s and the sign-on\'s');
  const disabled = await sso(team.token('dee@shop.example'));
  assert.equal(disabled.status, 401);
  assert.equal(disabled.headers.get('set-cookie'), null);
  assert.deepEqual(await disabled.json(), refused);
});

test('a store without SSO answers 404; a team whose keys cannot be read, 503', async () => {
  const none = await sso(team.token('ana@shop.example'), 'no-sso');
  assert.equal(none.status, 404);
  const body = await none.json();
  assert.equal(body.error.code, 'not_found');
  assert.match(body.error.message, /single sign-on/);
  assert.equal((await edge.fetch('/v1/console/demo/sso')).status, 405);
  assert.equal((await sso(team.token('ana@shop.example'), 'nowhere')).status, 404);

  const teams = { 'sso-down': downTeam, 'sso-failing': failing.team };
  for (const [merchant, iss] of Object.entries(teams)) {
    const res = await sso(failing.token('ana@shop.example', { iss }), merchant);
    assert.equal(res.status, 503, merchant);
    assert.equal((await res.json()).error.code, 'unavailable');
    assert.equal(res.headers.get('set-cookie'), null);
  }
  assert.ok(failing.certsFetched >= 1);
  // A token refused before any key is needed asks the team nothing.
  assert.equal((await sso('garbage', 'sso-down')).status, 401);
});

test('keys are fetched again when Access rotates, at most every few seconds', async () => {
  const invited = await edge.fetch('/v1/console/rotating/invites', json(profile('rui@shop.example'), { authorization: `Bearer ${ROTATING_ADMIN}` }));
  const token = (await invited.json()).invite_url.split('/').at(-1);
  assert.equal((await edge.fetch('/v1/console/rotating/invites/accept', json({ token, password: PASSWORD }))).status, 201);

  const before = rotating.current;
  assert.equal((await sso(rotating.token('rui@shop.example'), 'rotating')).status, 200);
  assert.equal(rotating.certsFetched, 1);
  rotating.rotate();
  // The kept keys lack the new kid: fetched again once the pause since the last fetch is over.
  await new Promise((r) => setTimeout(r, 5_200));
  assert.equal((await sso(rotating.token('rui@shop.example'), 'rotating')).status, 200, 'signed by the new key');
  assert.equal(rotating.certsFetched, 2);
  const old = rotating.token('rui@shop.example', {}, { key: before });
  assert.equal((await sso(old, 'rotating')).status, 200, 'the previous key stays valid');

  // Made-up kids right after a fetch ask the team nothing more.
  for (let n = 0; n < 5; n += 1) {
    const made = rotating.token('rui@shop.example', {}, { kid: `made-up-${n}` });
    assert.equal((await sso(made, 'rotating')).status, 401);
  }
  assert.ok(rotating.certsFetched <= 3, `fetched ${rotating.certsFetched} times`);
});
