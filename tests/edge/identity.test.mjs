// Verified shoppers in the real Workers runtime: a store's server signs a short-lived
// token for its logged-in shopper (HS256 with its secret, ES256 with its key; made here
// with node:crypto), the edge binds the identity to the session (POST /v1/identity, or
// POST /v1/sessions with `identity`), and an order question then needs no e-mail. A
// replayed, expired, too long-lived, wrongly signed, other store's, alg-none or alg-swapped
// token is a 401 with its own code, and the session stays anonymous.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Edge, STOREFRONT, uuidv7 } from '../lib/edge.mjs';
import { ShopifyStandin } from '../standins/shopify.mjs';

const SECRET = 'identity-secret-for-tests-only-0123456789';
const shopify = new ShopifyStandin();
const es = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const esJwk = es.publicKey.export({ format: 'jwk' });
const dir = mkdtempSync(path.join(tmpdir(), 'caravan-identity-'));
let edge;

const orders = () => ({ platform: 'shopify', url: shopify.url, secret: 'ORDERS_SHOP' });
const store = (name, identity) => ({
  name, default_region: 'eu', default_locale: 'en', orders: orders(), ...(identity ? { identity } : {}),
});

before(async () => {
  await shopify.start();
  const merchants = {
    shop: { ...store('Shop', { hs256_secret: 'IDENTITY_SHOP' }), origins: [STOREFRONT] },
    // Shares the key with `shop`, as two stores of one company might: `aud` tells them apart.
    sister: store('Sister', { hs256_secret: 'IDENTITY_SHOP' }),
    'es-shop': store('ES Shop', { es256_key: esJwk }),
    plain: store('Plain', undefined),
  };
  edge = await new Edge(dir, {
    merchants: JSON.stringify(merchants),
    bindings: { ORDERS_SHOP: shopify.token, IDENTITY_SHOP: SECRET },
  }).start();
});
after(async () => {
  await edge?.destroy();
  rmSync(dir, { recursive: true, force: true });
  await shopify.stop();
});

const b64 = (v) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);
const claims = (over = {}) => ({
  aud: 'shop', sub: 'cust-42', email: 'Somchai@Example.com', iat: now(), exp: now() + 300, jti: crypto.randomUUID(), ...over,
});
function hs256(body, { header = { alg: 'HS256', typ: 'JWT' }, secret = SECRET } = {}) {
  const input = `${b64(header)}.${b64(body)}`;
  return `${input}.${crypto.createHmac('sha256', secret).update(input).digest('base64url')}`;
}
function es256(body, { key = es.privateKey, header = { alg: 'ES256', typ: 'JWT' } } = {}) {
  const input = `${b64(header)}.${b64(body)}`;
  const signature = crypto.sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}

async function bind(sessionToken, token) {
  const res = await edge.fetch('/v1/identity', {
    method: 'POST',
    headers: { authorization: `Bearer ${sessionToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
  });
  return { status: res.status, body: await res.json() };
}

/** The claims a session token carries (`v1.<kid>.<claims>.<mac>`). */
const claimsOf = (token) => JSON.parse(Buffer.from(token.split('.')[2], 'base64url'));

async function holds(token) {
  const res = await edge.fetch('/v1/session', { headers: { authorization: `Bearer ${token}` } });
  return res.status === 200 ? res.json() : null;
}

/** Sends `text` on a fresh socket of `token` and resolves with the bot's answer. */
async function ask(token, text) {
  const ws = await edge.connect(token);
  const id = uuidv7();
  ws.send({ type: 'send', id, text });
  const ack = await ws.next((f) => f.type === 'ack' && f.id === id);
  const [answer] = await ws.messagesAfter(ack.seq, 1, 20_000);
  ws.close();
  return answer;
}

const ASK_CONTACT = /what e-mail address or phone number did you use at checkout/;

test('HS256: the identity is bound to the same session, and an order number alone shows the order', async () => {
  const s = await edge.createSession({ merchant: 'shop', locales: ['en'] });
  const { status, body } = await bind(s.session_token, hs256(claims()));
  assert.equal(status, 200, JSON.stringify(body));
  assert.notEqual(body.session_token, s.session_token);
  for (const k of ['session_id', 'conversation_id', 'region', 'locale', 'expires_at', 'merchant_name']) {
    assert.equal(body[k], s[k], k);
  }
  const vouched = claimsOf(body.session_token);
  assert.equal(vouched.vem, 'somchai@example.com', 'lower-cased');
  assert.equal(vouched.vsu, 'cust-42');
  assert.ok(vouched.vex > now() && vouched.vex <= now() + 3600);
  assert.equal((await holds(body.session_token)).session_id, s.session_id);
  assert.ok(await holds(s.session_token), 'the anonymous token still holds');

  const before = shopify.requests.length;
  const shown = await ask(body.session_token, 'where is my order #1001?');
  assert.equal(shopify.requests.length, before + 1, 'looked up at once');
  assert.match(shown.text, /#1001/);
  assert.ok(shown.cd, 'the card is shown');
  // Someone else's order is told as one that does not exist, as for anyone.
  const notYours = await ask(body.session_token, 'where is my order #1002?');
  assert.match(notYours.text, /couldn't find an order with that number and contact/);
  assert.equal(notYours.cd, undefined);
  // The same conversation through the anonymous token: asked for the contact.
  assert.match((await ask(s.session_token, 'where is my order #1001?')).text, ASK_CONTACT);
});

test('ES256: a token signed with the registered key binds', async () => {
  const s = await edge.createSession({ merchant: 'es-shop', locales: ['en'] });
  const token = es256(claims({ aud: 'es-shop', email: 'ana@example.com', sub: undefined }));
  const { status, body } = await bind(s.session_token, token);
  assert.equal(status, 200, JSON.stringify(body));
  assert.equal(claimsOf(body.session_token).vem, 'ana@example.com');
  const shown = await ask(body.session_token, 'where is my order #1002?');
  assert.match(shown.text, /#1002/);
  assert.ok(shown.cd);
  // Another key's signature is refused.
  const other = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const forged = await bind(s.session_token, es256(claims({ aud: 'es-shop' }), { key: other.privateKey }));
  assert.equal(forged.status, 401);
  assert.equal(forged.body.error.code, 'identity_signature');
});

test('a token is good once: replayed, it is refused and the session stays anonymous, also after a restart', async () => {
  const token = hs256(claims());
  const first = await edge.createSession({ merchant: 'shop', locales: ['en'] });
  assert.equal((await bind(first.session_token, token)).status, 200);
  const s = await edge.createSession({ merchant: 'shop', locales: ['en'] });
  const replayed = await bind(s.session_token, token);
  assert.equal(replayed.status, 401);
  assert.deepEqual(Object.keys(replayed.body), ['error']);
  assert.equal(replayed.body.error.code, 'identity_replayed');
  assert.match(replayed.body.error.message, /used already/);
  assert.match((await ask(s.session_token, 'where is my order #1001?')).text, ASK_CONTACT);
  await edge.stop();
  await edge.start();
  assert.equal((await bind(s.session_token, token)).body.error.code, 'identity_replayed');
});

test('every other refusal is a 401 with its own code, and the session keeps working', async () => {
  const s = await edge.createSession({ merchant: 'shop', locales: ['en'] });
  const none = `${b64({ alg: 'none' })}.${b64(claims())}.`;
  // The classic confusion: an HMAC keyed with the public key, sent to an ES256 store.
  const confused = hs256(claims({ aud: 'es-shop' }), { secret: JSON.stringify(esJwk) });
  const esSession = await edge.createSession({ merchant: 'es-shop', locales: ['en'] });
  const [header, , signature] = hs256(claims()).split('.');
  const forged = `${header}.${b64(claims({ email: 'eve@example.com' }))}.${signature}`;
  const cases = [
    ['expired', s, hs256(claims({ iat: now() - 900, exp: now() - 120 })), 'identity_expired'],
    ['lives 15 minutes', s, hs256(claims({ exp: now() + 900 })), 'identity_too_long_lived'],
    ['wrong secret', s, hs256(claims(), { secret: 'another-secret-that-is-long-enough-0123' }), 'identity_signature'],
    ['another address under the signature', s, forged, 'identity_signature'],
    ['the sister store\'s token, same key', s, hs256(claims({ aud: 'sister' })), 'identity_audience'],
    ['alg none', s, none, 'identity_algorithm'],
    ['ES256 at an HS256 store', s, es256(claims()), 'identity_algorithm'],
    ['HS256 keyed with the public key', esSession, confused, 'identity_algorithm'],
    ['issued in the future', s, hs256(claims({ iat: now() + 300 })), 'identity_not_yet_valid'],
    ['no jti', s, hs256(claims({ jti: undefined })), 'identity_invalid'],
    ['no one named', s, hs256(claims({ sub: undefined, email: undefined })), 'identity_invalid'],
    ['not a token', s, 'hello', 'identity_invalid'],
  ];
  for (const [why, session, token, code] of cases) {
    const { status, body } = await bind(session.session_token, token);
    assert.equal(status, 401, why);
    assert.equal(body.error.code, code, why);
    assert.ok(body.error.message.length > 10, why);
  }
  assert.ok(await holds(s.session_token), 'still the anonymous session');
  // The sister store takes its own token with the shared key.
  const sister = await edge.createSession({ merchant: 'sister', locales: ['en'] });
  assert.equal((await bind(sister.session_token, hs256(claims({ aud: 'sister' })))).status, 200);
});

test('a store without identity settings, CORS, no session token, a body that is not the ask', async () => {
  const s = await edge.createSession({ merchant: 'plain', locales: ['en'] });
  const plain = await bind(s.session_token, hs256(claims({ aud: 'plain' })));
  assert.equal(plain.status, 404);
  assert.equal(plain.body.error.code, 'identity_not_configured');
  const anonymous = await edge.fetch('/v1/identity', { method: 'POST', body: JSON.stringify({ token: hs256(claims()) }) });
  assert.equal(anonymous.status, 401);
  assert.equal((await anonymous.json()).error.code, 'unauthorized');
  const shop = await edge.createSession({ merchant: 'shop', locales: ['en'] });
  const preflight = await edge.fetch('/v1/identity', {
    method: 'OPTIONS',
    headers: { origin: STOREFRONT, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), STOREFRONT);
  const foreign = await edge.fetch('/v1/identity', {
    method: 'POST',
    headers: { authorization: `Bearer ${shop.session_token}`, origin: 'https://elsewhere.example' },
    body: JSON.stringify({ token: hs256(claims()) }),
  });
  assert.equal(foreign.status, 403, 'a page of another origin binds nothing');
  const res = await edge.fetch('/v1/identity', {
    method: 'POST', headers: { authorization: `Bearer ${shop.session_token}` }, body: '{"jwt":"x"}',
  });
  assert.equal(res.status, 400);
  const huge = await edge.fetch('/v1/identity', {
    method: 'POST', headers: { authorization: `Bearer ${shop.session_token}` }, body: JSON.stringify({ token: 'x'.repeat(9000) }),
  });
  assert.equal(huge.status, 413);
});

test('POST /v1/sessions with an identity: opened vouched for; refused, opened anonymous with the reason', async () => {
  const token = hs256(claims());
  const s = await edge.createSession({ merchant: 'shop', locales: ['en'], identity: token });
  assert.equal(s.identity_error, undefined);
  assert.equal(claimsOf(s.session_token).vem, 'somchai@example.com');
  assert.match((await ask(s.session_token, 'where is my order #1001?')).text, /#1001/);
  const again = await edge.createSession({ merchant: 'shop', locales: ['en'], identity: token });
  assert.equal(again.identity_error.code, 'identity_replayed');
  assert.equal(claimsOf(again.session_token).vem, undefined, 'anonymous');
  assert.ok(await holds(again.session_token));
  const plain = await edge.createSession({ merchant: 'plain', identity: token });
  assert.equal(plain.identity_error.code, 'identity_not_configured');
});
