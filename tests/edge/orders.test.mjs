// Order lookups in the real Workers runtime against stand-ins of Shopify's Admin GraphQL
// and Magento's REST API (tests/standins): the card shown only to the shopper who gave
// the checkout contact, the same answer for "no such order" and "not yours", the store's
// errors (401, throttling, 5xx, slow) told honestly, the VIP rule and the lookup limit
// handing off, and order numbers with markup never reaching a store.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Edge, uuidv7 } from '../lib/edge.mjs';
import { signIn } from '../lib/console.mjs';
import { ShopifyStandin } from '../standins/shopify.mjs';
import { MagentoStandin } from '../standins/magento.mjs';

const AGENT = 'orders-agent-token-for-tests-only-0123';
const ADMIN = 'orders-admin-token-for-tests-only-01234567';
const shopify = new ShopifyStandin();
const magento = new MagentoStandin();
const signedOnly = new MagentoStandin({ bearerAllowed: false });
let edge;

const commerce = { shipping_days: { '*': [5, 9], VN: [4, 6] } };
const store = (orders) => ({ name: 'Shop', default_region: 'eu', default_locale: 'en', commerce, orders });

before(async () => {
  await Promise.all([shopify.start(), magento.start(), signedOnly.start()]);
  const merchants = {
    shop: store({ platform: 'shopify', url: shopify.url, secret: 'ORDERS_SHOP', vip: { customer_tags: ['VIP'] } }),
    mage: store({ platform: 'magento', url: magento.url, secret: 'ORDERS_MAGE' }),
    signed: store({ platform: 'magento-oauth1', url: signedOnly.url, secret: 'ORDERS_SIGNED' }),
    'no-secret': store({ platform: 'shopify', url: shopify.url, secret: 'ORDERS_MISSING' }),
    'no-orders': store(undefined),
  };
  const o = signedOnly.oauth;
  edge = await new Edge(undefined, {
    merchants: JSON.stringify(merchants),
    bindings: {
      ORDERS_SHOP: shopify.token,
      ORDERS_MAGE: magento.token,
      ORDERS_SIGNED: JSON.stringify(o),
      CARAVAN_AGENT_TOKENS: JSON.stringify({ shop: AGENT }),
      CARAVAN_ADMIN_TOKENS: JSON.stringify({ shop: ADMIN }),
    },
  }).start();
});
after(async () => {
  await edge?.destroy();
  await Promise.all([shopify.stop(), magento.stop(), signedOnly.stop()]);
});

async function open(merchant, locale, country) {
  const s = await edge.createSession({ merchant, locales: [locale] }, {}, country);
  return { s, ws: await edge.connect(s.session_token) };
}

/** Sends `text` and resolves with the `count` bot messages that answer it. */
async function say(ws, text, count = 1) {
  const id = uuidv7();
  ws.send({ type: 'send', id, text });
  const ack = await ws.next((f) => f.type === 'ack' && f.id === id);
  return ws.messagesAfter(ack.seq, count, 20_000);
}

const card = (m) => (m.cd ?? '').split('\n').filter(Boolean).map((l) => l.split('\t'));

test('Shopify: order number, then e-mail, then the card; in Thai; the console sees the card', async () => {
  const { s, ws } = await open('shop', 'th', 'TH');
  const asked = await say(ws, 'พัสดุของฉันอยู่ไหนคะ เลขที่ 1001');
  assert.equal(asked[0].author, 'bot');
  const before = shopify.requests.length;
  const [shown] = await say(ws, 'somchai@example.com');
  assert.equal(shopify.requests.length, before + 1, 'one query');
  assert.equal(shopify.requests.at(-1).search, 'name:#1001');
  assert.match(shown.text, /#1001/);
  const lines = card(shown);
  const labels = lines.map(([label]) => label);
  assert.deepEqual(labels, ['สถานะ', 'บริษัทขนส่ง', 'หมายเลขพัสดุ', 'อัปเดตล่าสุด', 'คาดว่าจะได้รับ']);
  // The carrier's estimate, told in Thai (the runtime's own ICU data: Friday 4 December).
  assert.match(lines.at(-1)[1], /^ศ.* 4 ธ\.ค\./);
  const tracking = lines.find(([, value]) => value === 'JD014600006');
  assert.ok(tracking?.[2]?.startsWith('https://www.dhl.com/'), 'the tracking number links to the carrier');
  // The plain text says the same, for text mode and the lite chat.
  assert.match(shown.text, /JD014600006/);
  assert.match(shown.text, /DHL Express/);

  // The agent's console has the same card under the bot's message (personal data masked).
  const profile = { email: 'ploy@shop.example', name: 'Ploy', role: 'agent', languages: ['en'], regions: [s.region] };
  const ploy = await signIn(edge, ADMIN, profile, 'a long passphrase for orders', 'shop');
  const read = await edge.fetch(`/v1/console/shop/conversations/${s.region}/${s.conversation_id}/messages`, { headers: { cookie: ploy.cookie } });
  const { messages } = await read.json();
  const withCard = messages.find((m) => m.card?.length);
  assert.deepEqual(withCard.card.map((l) => l.label), labels);
  assert.ok(withCard.card.find((l) => l.value === 'JD014600006').link.startsWith('https://www.dhl.com/'));
  assert.doesNotMatch(JSON.stringify(messages), /somchai@example\.com/, 'the e-mail the shopper gave is masked');
  ws.close();
});

test('an order that is not yours is told exactly as one that does not exist', async () => {
  const { ws } = await open('shop', 'en', 'DE');
  const [notYours] = await say(ws, 'where is order #1001? my email is eve@example.com');
  const [missing] = await say(ws, 'where is order #9999? my email is somchai@example.com');
  assert.match(notYours.text, /couldn't find an order with that number and contact/);
  assert.equal(notYours.text, missing.text);
  assert.equal(notYours.cd, undefined, 'nothing of the order is shown');
  assert.equal(notYours.ch, missing.ch);
  ws.close();
});

test('several shipments: each with its carrier, the delivered one without an estimate; rules follow the order\'s country', async () => {
  const { ws } = await open('shop', 'en', 'US');
  const [shown] = await say(ws, 'order #1002, ana@example.com');
  const lines = card(shown);
  assert.deepEqual(lines.map(([label]) => label), [
    'Status', 'Shipment 1 of 2', 'Tracking number', 'Latest update', 'Shipment 2 of 2', 'Tracking number', 'Latest update', 'Estimated delivery',
  ]);
  assert.equal(lines[0][1], 'Partly shipped');
  assert.equal(lines[1][1], 'DHL Paket');
  assert.match(lines[3][1], /^Delivered · /);
  assert.equal(lines[4][1], 'DPD');
  assert.equal(lines[5].length, 2, 'no link without one from the carrier');
  assert.match(lines[6][1], /^Shipping label created/);
  assert.match(lines[7][1], /^between .+ and .+$/, 'the store\'s shipping times, counted from the day it left');
  // The shopper is in the US; the order ships to Germany: country rules answer for Germany.
  const [shipping] = await say(ws, 'how long does shipping take?');
  assert.match(shipping.text, /Germany/);
  ws.close();
});

test('Shopify throttling is waited out; 401, 5xx and a slow store are told honestly, with a person offered', async () => {
  const { ws } = await open('shop', 'en', 'TH');
  shopify.throttled = 1;
  let before = shopify.requests.length;
  const [shown] = await say(ws, 'order #1001 somchai@example.com');
  assert.equal(shopify.requests.length, before + 2, 'asked again after the bucket refilled');
  assert.ok(shown.cd, 'then shown');

  const unavailable = /can't reach the store's order system/;
  const offered = (m) => (m.ch ?? '').split('\n').map((l) => l.split('\t')[0]);
  shopify.token = 'rotated-token';
  before = shopify.requests.length;
  let [told] = await say(ws, 'order #1001 somchai@example.com');
  assert.match(told.text, unavailable);
  assert.deepEqual(offered(told), ['person']);
  assert.equal(shopify.requests.length, before + 1, 'refused credentials are not retried');
  shopify.token = 'shpat_test_token';

  shopify.mode = 'server_error';
  before = shopify.requests.length;
  [told] = await say(ws, 'order #1001 somchai@example.com');
  assert.match(told.text, unavailable);
  assert.equal(shopify.requests.length, before + 3, 'a 5xx is tried three times, backing off');

  shopify.mode = 'slow';
  [told] = await say(ws, 'order #1001 somchai@example.com');
  assert.match(told.text, unavailable);
  shopify.mode = 'ok';
  ws.close();
});

test('Magento: bearer token, OAuth 1.0a where bearer use is off, tracks from shipments', async () => {
  let { ws } = await open('mage', 'vi', 'VN');
  const [shown] = await say(ws, 'đơn hàng 000000123 của tôi đâu rồi? email lan.nguyen@example.com');
  const lines = card(shown);
  assert.ok(lines.some(([, value]) => value === 'Vietnam Post'), JSON.stringify(lines));
  assert.ok(lines.some(([, value]) => value === 'LX123456789VN'));
  assert.deepEqual(magento.requests.slice(-2).map((r) => r.path), ['/rest/V1/orders', '/rest/V1/shipments']);
  assert.equal(magento.requests.at(-1).authorization, `Bearer ${magento.token}`);
  ws.close();

  ({ ws } = await open('signed', 'en', 'VN'));
  const [signed] = await say(ws, 'where is my order 000000123? my phone is +84 90 123 4567');
  assert.ok(signed.cd, `the signed request was accepted: ${signed.text}`);
  assert.match(signedOnly.requests.at(-1).authorization, /^OAuth .*oauth_signature_method="HMAC-SHA256"/);

  // Shipments failing still shows the order.
  signedOnly.mode = 'shipments_error';
  const [partial] = await say(ws, 'where is my order 000000123? my phone is +84 90 123 4567');
  assert.ok(partial.cd && !partial.cd.includes('Vietnam Post'), partial.cd);
  signedOnly.mode = 'ok';
  ws.close();
});

test('a VIP\'s verified order goes to a person, with the order masked in the summary', async () => {
  const { s, ws } = await open('shop', 'en', 'US');
  const [shown, handoff] = await say(ws, 'where is my order #1003? vip@example.com', 2);
  assert.ok(shown.cd);
  assert.equal(handoff.stage, 'waiting');
  const res = await edge.fetch(`/v1/agent/queue/${s.region}`, { headers: { authorization: `Bearer ${AGENT}` } });
  const summary = (await res.json()).waiting.find((w) => w.conversation === s.conversation_id);
  assert.equal(summary.trigger, 'vip');
  assert.equal(summary.order, '#1003 · v***@example.com');
  ws.close();
});

test('order numbers with markup or queries never reach a store; a lookup flood goes to a person', async () => {
  const { ws } = await open('mage', 'en', 'DE');
  const before = magento.requests.length;
  for (const text of ["order #1001' OR '1'='1 lan.nguyen@example.com", 'order <script>alert(1)</script> lan.nguyen@example.com']) {
    const [answer] = await say(ws, text);
    assert.equal(answer.author, 'bot');
  }
  for (const r of magento.requests.slice(before)) {
    assert.doesNotMatch(decodeURIComponent(r.query), /script|OR|'/, r.query);
  }
  ws.close();
  // Five lookups an hour; the sixth hands off, without asking the store.
  const flood = (await open('mage', 'en', 'DE')).ws;
  for (let n = 0; n < 5; n += 1) {
    const [answer] = await say(flood, `order #${2000 + n} lan.nguyen@example.com`);
    assert.match(answer.text, /couldn't find/);
  }
  const asked = magento.requests.length;
  const [handoff] = await say(flood, 'order #2005 lan.nguyen@example.com');
  assert.equal(handoff.stage, 'waiting');
  assert.equal(magento.requests.length, asked);
  flood.close();
});

test('a store without order settings or without its secret says so honestly', async () => {
  for (const merchant of ['no-orders', 'no-secret']) {
    const { ws } = await open(merchant, 'en', 'DE');
    const [told] = await say(ws, 'order #1001 somchai@example.com');
    assert.match(told.text, /can't reach the store's order system/);
    ws.close();
  }
});

test('a turn cut short by a restart is not lost: the shopper\'s next message brings it first', async () => {
  const { s, ws } = await open('shop', 'en', 'TH');
  shopify.mode = 'slow';
  const before = shopify.requests.length;
  const id = uuidv7();
  ws.send({ type: 'send', id, text: 'order #1001 somchai@example.com' });
  const ack = await ws.next((f) => f.type === 'ack' && f.id === id);
  // The runtime stops while the store is being asked: the bot had said nothing yet.
  while (shopify.requests.length === before) await new Promise((resolve) => setTimeout(resolve, 20));
  ws.close();
  await edge.stop();
  shopify.mode = 'ok';
  await edge.start();

  const again = await edge.connect(s.session_token);
  const { messages } = await again.resume(ack.seq);
  assert.deepEqual(messages, [], 'nothing was said before the stop');
  const [shown, thanked] = await say(again, 'thanks!', 2);
  assert.match(shown.text, /#1001/, 'the owed turn runs first');
  assert.ok(shown.cd, 'with its card');
  assert.equal(thanked.author, 'bot');
  assert.ok(thanked.seq > shown.seq);
  again.close();
});
