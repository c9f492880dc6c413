// Residency at the edge, in the real Workers runtime: each session lands in the region the
// policy names (this runtime's Durable Objects, or a second Caravan deployment serving a
// region as an origin), stays there wherever the shopper travels, fails over only to
// equivalent regions, and otherwise is refused without storing anything anywhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Edge, LOCAL_REGIONS, STOREFRONT, cf, uuidv7 } from '../lib/edge.mjs';

// `peer` is another deployment that serves India; `edge` forwards the `in` region to it.
let peer, edge;
before(async () => {
  peer = await new Edge().start();
  edge = await new Edge(undefined, { regions: { ...LOCAL_REGIONS, in: { origin: peer.url } } }).start();
});
after(async () => {
  await edge?.destroy();
  await peer?.destroy();
});

async function errorBody(res, status, code) {
  assert.equal(res.status, status, await res.clone().text());
  const body = await res.json();
  assert.equal(body.error.code, code);
  assert.ok(body.error.message.length > 0);
  return body;
}

/** Opens a session from `country`, sends one message over a WebSocket opened from the
 * same country, and returns the session once the message is acknowledged and the bot has
 * answered it (its answer follows the ack). */
async function converse(country, target = edge, merchant = 'demo') {
  const s = await target.createSession({ merchant }, {}, country);
  const socket = await target.connectFrom(country, s.session_token);
  assert.equal(socket.status, 101, JSON.stringify(socket.body));
  const id = uuidv7();
  socket.client.send({ type: 'send', id, text: `hello from ${country ?? 'nowhere'}` });
  const ack = await socket.client.next((f) => f.type === 'ack' && f.id === id);
  await socket.client.messagesAfter(ack.seq, 1);
  socket.client.close();
  return s;
}

const EXPECTED = {
  DE: 'eu', FR: 'eu', IE: 'eu', GB: 'eu', CH: 'eu', US: 'us', IN: 'in', BR: 'sa', SG: 'apac',
  TH: 'apac', VN: 'apac', ID: 'apac', AE: 'me', SA: 'me', JP: 'apac', AU: 'oc',
};

test('sessions from 16 countries and an unknown one land in their region', async () => {
  for (const [country, region] of [...Object.entries(EXPECTED), [undefined, 'eu'], ['XX', 'eu'], ['T1', 'eu']]) {
    const s = await converse(country);
    assert.equal(s.region, region, `${country} → ${s.region}`);
    // The conversation (message + the bot's answer) is stored only where the region lives.
    const [home, away] = region === 'in' ? [peer, edge] : [edge, peer];
    const there = await home.placement(s.conversation_id);
    assert.deepEqual(there, { placement: { region, merchant: 'demo' }, messages: 2 }, `${country}`);
    const elsewhere = await away.placement(s.conversation_id);
    assert.deepEqual(elsewhere, { placement: null, messages: 0 }, `${country} leaked`);
  }
});

test('a session stays in its region wherever the shopper travels', async () => {
  const s = await converse('DE');
  assert.equal(s.region, 'eu');
  // The same token, now from Thailand: still the EU conversation, never a new one in apac.
  const info = await edge.fetch('/v1/session', { headers: { authorization: `Bearer ${s.session_token}` }, cf: cf('TH') });
  assert.equal(info.status, 200);
  assert.equal((await info.json()).region, 'eu');
  const socket = await edge.connectFrom('TH', s.session_token);
  assert.equal(socket.status, 101);
  const id = uuidv7();
  socket.client.send({ type: 'send', id, text: 'now in Bangkok' });
  const ack = await socket.client.next((f) => f.type === 'ack' && f.id === id);
  assert.equal(ack.seq, 3);
  await socket.client.messagesAfter(ack.seq, 1);
  socket.client.close();
  // The message and the bot's answer.
  assert.deepEqual(await edge.placement(s.conversation_id), { placement: { region: 'eu', merchant: 'demo' }, messages: 4 });

  // An India session keeps going to the India deployment, even from Germany.
  const india = await converse('IN');
  const again = await edge.connectFrom('DE', india.session_token);
  assert.equal(again.status, 101);
  const resumed = await again.client.resume(0);
  assert.equal(resumed.lastSeq, 2);
  again.client.close();
  assert.equal((await peer.placement(india.conversation_id)).messages, 2);
});

test('tampered, expired and unknown-key tokens are refused and nothing is stored', async () => {
  const s = await edge.createSession({ merchant: 'demo' }, {}, 'DE');
  const [prefix, kid, payload, mac] = s.session_token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url'));
  const forge = (changes) => [prefix, kid, Buffer.from(JSON.stringify({ ...claims, ...changes })).toString('base64url'), mac].join('.');
  const tokens = [
    forge({ reg: 'us' }), // moved to another region
    forge({ exp: claims.exp + 1 }),
    [prefix, 'other', payload, mac].join('.'),
    forge({ exp: 1 }),
  ];
  for (const token of tokens) {
    const socket = await edge.connectFrom('US', token);
    assert.equal(socket.status, 401);
    assert.equal(socket.body.error.code, 'unauthorized');
    await errorBody(await edge.fetch('/v1/session', { headers: { authorization: `Bearer ${token}` } }), 401, 'unauthorized');
  }
  assert.deepEqual(await edge.placement(s.conversation_id), { placement: null, messages: 0 });
  // A forged route assertion (what peers send each other) is refused too.
  await errorBody(await peer.fetch('/v1/sessions', {
    method: 'POST', body: '{"merchant":"demo"}', headers: { 'x-caravan-route': 'r1.test.e30.AAAA' },
  }), 401, 'unauthorized');
});

test('an unhealthy region fails over only to an equivalent region', async () => {
  // apac is served by an origin that is down (nothing listens on its port).
  const down = await new Edge(undefined, {
    regions: { ...LOCAL_REGIONS, apac: { origin: 'http://127.0.0.1:9' } },
  }).start();
  try {
    // Thailand has no residency rule: the policy lets it move to Oceania.
    const th = await converse('TH', down);
    assert.equal(th.region, 'oc');
    assert.equal((await down.placement(th.conversation_id)).placement.region, 'oc');
    // Singapore's PDPA placement never moves: refused, nothing stored.
    await errorBody(await down.fetch('/v1/sessions', {
      method: 'POST', body: '{"merchant":"demo"}', cf: cf('SG'),
    }), 503, 'region_unavailable');
    // The route explanation shows the failover without storing anything.
    const route = await (await down.fetch('/v1/route?merchant=demo', { cf: cf('TH') })).json();
    assert.equal(route.status, 'failover');
    assert.equal(route.region, 'oc');
    assert.equal(route.guarantee, 'location_hint');
  } finally {
    await down.destroy();
  }
});

test('the EU never fails over: a jurisdiction the runtime cannot honour is unavailable', async () => {
  // workerd implements no jurisdictions, so an `eu` jurisdiction backend is down here, as
  // it would be in an outage. EU shoppers are refused rather than served without it.
  const strict = await new Edge(undefined, {
    regions: { ...LOCAL_REGIONS, eu: { durable_object: 'CONVERSATIONS', jurisdiction: 'eu', location_hint: 'weur' } },
  }).start();
  try {
    for (const country of ['DE', 'FR', 'GB', 'CH']) {
      const body = await errorBody(await strict.fetch('/v1/sessions', {
        method: 'POST', body: '{"merchant":"demo"}', cf: cf(country),
      }), 503, 'region_unavailable');
      assert.match(body.error.message, /\beu\b/);
    }
    const route = await (await strict.fetch('/v1/route?merchant=demo', { cf: cf('DE') })).json();
    assert.equal(route.region, 'eu');
    assert.equal(route.guarantee, null);
    assert.equal(route.status, 'unavailable');
    // A US shopper of an "EU only" store goes to the EU too, so is refused as well.
    await errorBody(await strict.fetch('/v1/sessions', {
      method: 'POST', body: '{"merchant":"eu-only"}', cf: cf('US'),
    }), 503, 'region_unavailable');
    // Other regions are unaffected.
    assert.equal((await strict.createSession({ merchant: 'demo' }, {}, 'US')).region, 'us');
  } finally {
    await strict.destroy();
  }
});

test('GET /v1/route explains country, region, guarantee and reason', async () => {
  const explain = async (country, query = '?merchant=demo') =>
    (await edge.fetch(`/v1/route${query}`, { cf: cf(country) })).json();
  const th = await explain('TH');
  assert.equal(th.country, 'TH');
  assert.equal(th.region, 'apac');
  assert.equal(th.guarantee, 'location_hint');
  assert.match(th.guarantee_note, /not a legal guarantee/);
  assert.equal(th.basis, 'nearest');
  assert.deepEqual(th.equivalent_regions, ['oc']);
  assert.equal(th.stored, false);
  const india = await explain('IN');
  assert.equal(india.guarantee, 'origin');
  assert.equal(india.basis, 'dpdp');
  const gb = await explain('GB', '');
  assert.equal(gb.region, 'eu');
  assert.match(gb.reason, /UK GDPR/);
  const unknown = await explain(undefined);
  assert.equal(unknown.country, null);
  assert.equal(unknown.region, 'eu');
  assert.match(unknown.reason, /default/);
  const restricted = await explain('US', '?merchant=eu-only');
  assert.equal(restricted.region, 'eu');
  assert.match(restricted.reason, /does not allow/);
  await errorBody(await edge.fetch('/v1/route?merchant=nobody'), 404, 'unknown_merchant');
});

test('only the merchant\'s storefronts may use its chat', async () => {
  const preflight = (origin) => edge.fetch('/v1/sessions', {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });
  const ok = await preflight(STOREFRONT);
  assert.equal(ok.status, 204);
  assert.equal(ok.headers.get('access-control-allow-origin'), STOREFRONT);
  assert.match(ok.headers.get('access-control-allow-headers'), /authorization/);
  await errorBody(await preflight('https://evil.example'), 403, 'origin_not_allowed');

  const post = (origin, merchant = 'demo') => edge.fetch('/v1/sessions', {
    method: 'POST', body: JSON.stringify({ merchant }), headers: { origin }, cf: cf('DE'),
  });
  const created = await post(STOREFRONT);
  assert.equal(created.status, 201);
  assert.equal(created.headers.get('access-control-allow-origin'), STOREFRONT);
  const s = await created.json();
  const refused = await post('https://evil.example');
  const { error } = await errorBody(refused, 403, 'origin_not_allowed');
  assert.equal(error.message, 'origin https://evil.example is not configured for store demo');
  assert.equal(refused.headers.get('access-control-allow-origin'), null);
  // A storefront of one merchant cannot open another merchant's chat.
  await errorBody(await post(STOREFRONT, 'tokyo-shop'), 403, 'origin_not_allowed');
  // The edge's own pages (the demo store) may.
  assert.equal((await post(edge.url)).status, 201);

  const upgrade = await edge.connectFrom('DE', s.session_token, { origin: 'https://evil.example' });
  assert.equal(upgrade.status, 403);
  assert.equal(upgrade.body.error.code, 'origin_not_allowed');
  const allowed = await edge.connectFrom('DE', s.session_token, { origin: STOREFRONT });
  assert.equal(allowed.status, 101);
  allowed.client.close();
});

test('GET /v1/embed tells any page whether it may embed a store\'s chat, and why not', async () => {
  const embed = (query, origin) => edge.fetch(`/v1/embed${query}`, origin ? { headers: { origin } } : {});
  const read = async (res) => {
    assert.equal(res.status, 200);
    // Readable by the refused page itself: that is the point of asking.
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.equal(res.headers.get('cache-control'), 'no-store');
    return res.json();
  };
  assert.deepEqual(await read(await embed('?merchant=demo', STOREFRONT)), {
    merchant: 'demo', origin: STOREFRONT, allowed: true,
  });
  assert.deepEqual(await read(await embed('?merchant=demo', 'https://evil.example')), {
    merchant: 'demo',
    origin: 'https://evil.example',
    allowed: false,
    reason: 'origin https://evil.example is not configured for store demo',
  });
  const unknown = await read(await embed('?merchant=no-such-store', STOREFRONT));
  assert.equal(unknown.allowed, false);
  assert.match(unknown.reason, /store no-such-store is not configured/);
  assert.equal((await read(await embed('?merchant=demo'))).allowed, true, 'no Origin: not a browser page');
  assert.equal((await read(await embed('?merchant=demo', 'null'))).allowed, false, 'sandboxed frames never pass');
  await errorBody(await embed('', STOREFRONT), 400, 'invalid_request');
  await errorBody(await embed('?merchant=Not%20An%20Id', STOREFRONT), 400, 'invalid_request');
  await errorBody(await edge.fetch('/v1/embed?merchant=demo', { method: 'POST', body: '{}' }), 405, 'method_not_allowed');
});
