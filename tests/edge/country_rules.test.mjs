// Shipping, duties and returns answered for the shopper's country in the real Workers
// runtime: the store's settings (`commerce` in CARAVAN_MERCHANTS) with the country's laws
// and customs rules (core/data/commerce), in the shopper's language, naming the country.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Edge, uuidv7 } from '../lib/edge.mjs';

const commerce = { shipping_days: { '*': [6, 12], DE: [2, 4] }, no_shipping: ['RU'], ddp: ['DE'], return_days: 30 };
let edge;
before(async () => {
  edge = await new Edge(undefined, {
    merchants: JSON.stringify({ demo: { name: 'Shop', default_region: 'eu', default_locale: 'en', commerce } }),
  }).start();
});
after(async () => {
  await edge?.destroy();
});

/** The bot's first answer to `text` from a shopper in `country` speaking `locale`. */
async function ask(country, locale, text) {
  const s = await edge.createSession({ merchant: 'demo', locales: [locale] }, {}, country);
  const ws = await edge.connect(s.session_token);
  const id = uuidv7();
  ws.send({ type: 'send', id, text });
  const ack = await ws.next((f) => f.type === 'ack' && f.id === id);
  const [answer] = await ws.messagesAfter(ack.seq, 1);
  ws.close();
  return answer;
}

test('returns: the EU\'s 14 days in Germany, the store\'s own 30 days in the United States, in Arabic', async () => {
  const question = 'أريد إرجاع المنتج، ما هي سياسة الإرجاع لديكم؟';
  const de = await ask('DE', 'ar', question);
  assert.equal(de.author, 'bot');
  assert.match(de.text, /ألمانيا/, 'names the country');
  assert.match(de.text, /14/);
  assert.match(de.text, /30/, 'and the store\'s longer window');
  const us = await ask('US', 'ar', question);
  assert.doesNotMatch(us.text, /14/);
  assert.match(us.text, /30/);
  assert.equal(us.lang, 'ar');
});

test('shipping times and duties follow the destination', async () => {
  const de = await ask('DE', 'en', 'how long does shipping to my country take?');
  assert.match(de.text, /Germany/);
  assert.match(de.text, /2 to 4 business days/);
  const jp = await ask('JP', 'en', 'how many days is delivery to japan?');
  assert.match(jp.text, /6 to 12 business days/);
  const duties = await ask('DE', 'en', 'will I have to pay customs duties or import VAT?');
  assert.match(duties.text, /included in the price/);
  assert.match(duties.text, /€150/);
  const us = await ask('US', 'en', 'will I have to pay customs duties or import taxes?');
  assert.match(us.text, /collects them on delivery/);
  assert.match(us.text, /every parcel/);
});
