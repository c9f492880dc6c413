// The knowledge base in the real Workers runtime: the admin API (entries, replace, CSV and
// JSON import, its authentication and its answers to bad input), and the bot answering
// from it: in the shopper's language, after an edit within the same conversation, by
// translation both ways, and "did this help? no" counted as a miss.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Edge, uuidv7 } from '../lib/edge.mjs';
import { TranslationStandin } from '../standins/translation.mjs';

const ADMIN = 'admin-token-for-tests-only-0123456789ab';
const OTHER_ADMIN = 'other-admin-token-for-tests-only-012345';
const base = (providers) => ({ name: 'Shop', default_region: 'eu', default_locale: 'en', translation: { agent_locale: 'en', providers } });

let standin;
let edge;
before(async () => {
  standin = await new TranslationStandin().start();
  edge = await new Edge(undefined, {
    merchants: JSON.stringify({ demo: base(['libre-eu']), other: base([]) }),
    bindings: {
      CARAVAN_ADMIN_TOKENS: JSON.stringify({ demo: ADMIN, other: OTHER_ADMIN }),
      CARAVAN_TRANSLATORS: JSON.stringify({ 'libre-eu': { kind: 'libretranslate', processes_in: 'eu', url: standin.url } }),
    },
  }).start();
});
after(async () => {
  await edge?.destroy();
  await standin?.stop();
});

const KB = '/v1/admin/merchants/demo/kb';
function admin(path, { method = 'GET', body, type = 'application/json', token = ADMIN } = {}) {
  const headers = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers['content-type'] = type;
  return edge.fetch(path, { method, headers, body });
}
const RETURNS = {
  questions: { en: ['How do I return an item?', 'What is your return policy?'] },
  answers: { en: 'Returns are free within 30 days.' },
  tags: ['return_refund'],
};

test('admins write, read and delete entries; bad input gets a clear 4xx and stores nothing', async () => {
  let res = await admin(`${KB}/returns`, { method: 'PUT', body: JSON.stringify(RETURNS) });
  assert.equal(res.status, 200);
  const { version } = await res.json();
  res = await admin(`${KB}/returns`);
  assert.equal(res.status, 200);
  assert.deepEqual((await res.json()).answers, RETURNS.answers);

  const refusals = [
    [admin(`${KB}/x`, { method: 'PUT', body: '{"questions": ' }), 400, /not JSON/],
    [admin(`${KB}/x`, { method: 'PUT', body: '[]' }), 400, /must be a JSON object/],
    [admin(`${KB}/x`, { method: 'PUT', body: JSON.stringify({ ...RETURNS, answers: { en: 'a', EN: 'b' } }) }), 400, /given twice/],
    [admin(`${KB}/x`, { method: 'PUT', body: JSON.stringify({ questions: { en: ['q'] }, answers: {} }) }), 400, /at least one answer/],
    [admin(`${KB}/x`, { method: 'PUT', body: JSON.stringify({ ...RETURNS, id: 'y' }) }), 400, /names entry "x" but the body names "y"/],
    [admin(`${KB}/x`, { method: 'PUT', body: JSON.stringify({ ...RETURNS, link: 'javascript:alert(1)' }) }), 400, /https/],
    [admin(`${KB}/x`, { method: 'PUT', body: JSON.stringify({ ...RETURNS, questions: { xx: ['q'] } }) }), 400, /not a shipped locale/],
    [admin(`${KB}/1';DROP TABLE entries;--`, { method: 'PUT', body: JSON.stringify(RETURNS) }), 404, /no such entry/],
    [admin(`${KB}/import`, { method: 'POST', body: 'x'.repeat(10 * 1024 * 1024), type: 'text/csv' }), 413, /at most/],
    [admin(`${KB}/import`, { method: 'POST', body: 'id,question\nx,y', type: 'text/csv' }), 400, /header/],
    [admin(`${KB}/import`, { method: 'POST', body: '<xml/>', type: 'application/xml' }), 415, /text\/csv/],
    [admin(`${KB}/returns`, { token: 'not-a-token' }), 401, /not valid/],
    [edge.fetch(`${KB}/returns`), 401, /required/],
    [admin(`${KB}/returns`, { token: OTHER_ADMIN }), 403, /another store/],
    [admin(`${KB}/nothing-here`), 404, /no such entry/],
    [admin(`${KB}/returns`, { method: 'PATCH', body: '{}' }), 405, /GET/],
  ];
  for (const [pending, status, message] of refusals) {
    const r = await pending;
    assert.equal(r.status, status, `${status} expected, got ${r.status}: ${await r.clone().text()}`);
    assert.match((await r.json()).error.message, message);
  }
  res = await admin(KB);
  const kb = await res.json();
  assert.equal(kb.version, version, 'nothing refused was stored');
  assert.deepEqual(Object.keys(kb.entries), ['returns']);

  res = await admin(`${KB}/returns`, { method: 'DELETE' });
  assert.equal(res.status, 200);
  assert.equal((await admin(`${KB}/returns`)).status, 404);
});

test('CSV and JSON imports add entries; a replace swaps the whole base', async () => {
  const csv = 'id,locale,question,answer,tags,link\r\n'
    + 'shipping,en,How long does shipping take?,"3 to 5 days, tracked.",shipping_time,https://shop.example/shipping\r\n'
    + 'shipping,en,when will it ship,,,\r\n';
  let res = await admin(`${KB}/import`, { method: 'POST', body: csv, type: 'text/csv; charset=utf-8' });
  assert.equal(res.status, 200);
  assert.equal((await res.json()).count, 1);
  res = await admin(`${KB}/import`, { method: 'POST', body: JSON.stringify({ entries: [{ id: 'returns', ...RETURNS }] }) });
  assert.equal(res.status, 200);
  let kb = await (await admin(KB)).json();
  assert.deepEqual(Object.keys(kb.entries).sort(), ['returns', 'shipping']);
  assert.deepEqual(kb.entries.shipping.questions.en, ['How long does shipping take?', 'when will it ship']);
  res = await admin(KB, { method: 'PUT', body: JSON.stringify([{ id: 'returns', ...RETURNS }]) });
  assert.equal(res.status, 200);
  kb = await (await admin(KB)).json();
  assert.deepEqual(Object.keys(kb.entries), ['returns']);
});

/** Sends `text` (or a tapped quick reply) and resolves with the `count` bot messages that
 * answer it. */
async function ask(ws, text, { ch, count = 1 } = {}) {
  const id = uuidv7();
  ws.send({ type: 'send', id, text, ...(ch ? { ch } : {}) });
  const ack = await ws.next((f) => f.type === 'ack' && f.id === id);
  return ws.messagesAfter(ack.seq, count);
}

test('the bot answers from the knowledge base, and an edit changes the next answer', async () => {
  await admin(KB, { method: 'PUT', body: JSON.stringify([{ id: 'returns', ...RETURNS }]) });
  // From a country with no statutory withdrawal right: the store's words alone.
  const s = await edge.createSession({ merchant: 'demo', locales: ['en'] }, {}, 'US');
  const ws = await edge.connect(s.session_token);
  let [answer, helpful] = await ask(ws, 'how can i return this jacket?', { count: 2 });
  assert.equal(answer.text, 'Returns are free within 30 days.');
  assert.match(helpful.text, /Did this help/);
  assert.deepEqual(helpful.ch.split('\n').map((l) => l.split('\t')[0]), ['helpful:yes', 'helpful:no']);
  const [glad] = await ask(ws, 'Yes', { ch: 'helpful:yes' });
  assert.match(glad.text, /Glad/);

  // The admin changes the answer: the next turn of the same conversation says the new one.
  const edited = { ...RETURNS, answers: { en: 'Returns are free within 60 days.' } };
  assert.equal((await admin(`${KB}/returns`, { method: 'PUT', body: JSON.stringify(edited) })).status, 200);
  [answer] = await ask(ws, 'what is your return policy');
  assert.equal(answer.text, 'Returns are free within 60 days.');

  // "Did this help? No", then a question the base cannot answer: two misses in a row, and
  // a person takes over.
  const [sorry] = await ask(ws, 'No', { ch: 'helpful:no' });
  assert.match(sorry.text, /don't have an answer/);
  const [handoff] = await ask(ws, 'can I pay for my order with bitcoin?');
  assert.equal(handoff.stage, 'waiting');
  ws.close();
});

test('a German shopper is answered from English entries, translated both ways and marked', async () => {
  await admin(KB, { method: 'PUT', body: JSON.stringify([{ id: 'returns', ...RETURNS }]) });
  const s = await edge.createSession({ merchant: 'demo', locales: ['de'] }, {}, 'CH');
  const ws = await edge.connect(s.session_token);
  const [answer, helpful] = await ask(ws, 'Wie kann ich meine Bestellung zurückschicken?', { count: 2 });
  assert.equal(answer.text, 'Returns are free within 30 days.', 'the store\'s own words are kept');
  assert.equal(answer.lang, 'en');
  assert.equal(answer.tr, 'done');
  assert.equal(answer.tr_text, 'Rücksendungen sind innerhalb von 30 Tagen kostenlos.');
  assert.match(helpful.text, /geholfen/);
  ws.close();
});

test('in Germany, the store\'s returns entry comes after the EU\'s 14-day right', async () => {
  await admin(KB, { method: 'PUT', body: JSON.stringify([{ id: 'returns', ...RETURNS }]) });
  const s = await edge.createSession({ merchant: 'demo', locales: ['en'] }, {}, 'DE');
  const ws = await edge.connect(s.session_token);
  const [law, answer, helpful] = await ask(ws, 'what is your return policy?', { count: 3 });
  assert.match(law.text, /Germany.*14 days/);
  assert.equal(answer.text, 'Returns are free within 30 days.');
  assert.match(helpful.text, /Did this help/);
  ws.close();
});
