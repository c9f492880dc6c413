// Abuse limits in the real Workers runtime: a flood from one conversation is refused past
// its rate (nothing beyond it stored) while another shopper of the same store converses
// normally; sessions and API calls per address get 429 with Retry-After.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Edge, uuidv7 } from '../lib/edge.mjs';

const edges = [];
after(async () => {
  for (const edge of edges) await edge.destroy();
});
async function start(options) {
  const edge = await new Edge(undefined, options).start();
  edges.push(edge);
  return edge;
}

test('a flood from one session is throttled while another shopper converses normally', async () => {
  const edge = await start();
  const flooder = await edge.createSession({ merchant: 'demo', locales: ['en'] }, {}, 'DE');
  const honest = await edge.createSession({ merchant: 'demo', locales: ['en'] }, {}, 'DE');
  const flood = await edge.connect(flooder.session_token);
  const shopper = await edge.connect(honest.session_token);

  const ids = Array.from({ length: 200 }, () => uuidv7());
  for (const [i, id] of ids.entries()) flood.send({ type: 'send', id, text: `spam ${i}` });
  // Meanwhile the other shopper asks and is answered.
  const asked = uuidv7();
  shopper.send({ type: 'send', id: asked, text: 'what are your shipping times?' });
  const ack = await shopper.next((f) => f.type === 'ack' && f.id === asked);
  const [answer] = await shopper.messagesAfter(ack.seq, 1);
  assert.equal(answer.author, 'bot');

  const verdicts = await Promise.all(ids.map((id) => flood.next((f) => f.id === id && (f.type === 'ack' || f.type === 'error'), 30_000)));
  const acked = verdicts.filter((f) => f.type === 'ack');
  const refused = verdicts.filter((f) => f.type === 'error');
  assert.ok(refused.length > 0, 'the flood was throttled');
  assert.ok(acked.length >= 60 && acked.length < 120, `${acked.length} stored of 200`);
  for (const f of refused) {
    assert.equal(f.code, 'too_many_requests');
    assert.match(f.message, /sent again in \d+ s/);
  }
  // Nothing beyond the limit was stored: the shopper's messages are exactly those acked.
  const { messages } = await flood.resume(0);
  const stored = new Set(messages.filter((m) => m.author === 'shopper').map((m) => m.id));
  assert.deepEqual(stored, new Set(acked.map((f) => f.id)));
  // Sent again a moment later (as the widget does), a refused message is stored.
  await new Promise((r) => setTimeout(r, 1_000));
  const again = refused[0].id;
  flood.send({ type: 'send', id: again, text: 'spam, again' });
  assert.equal((await flood.next((f) => f.id === again && (f.type === 'ack' || f.type === 'error'))).type, 'ack');
  flood.close();
  shopper.close();
});

test('sessions and API calls per address: 429 with Retry-After past the limit', async () => {
  const edge = await start({ limits: { SESSIONS_PER_ADDRESS: 3, ADMIN_PER_ADDRESS: 4 } });
  const from = (ip) => ({ 'cf-connecting-ip': ip });
  for (let i = 0; i < 3; i++) await edge.createSession({ merchant: 'demo' }, from('198.51.100.7'), 'DE');
  const res = await edge.fetch('/v1/sessions', {
    method: 'POST', headers: { 'content-type': 'application/json', ...from('198.51.100.7') }, body: JSON.stringify({ merchant: 'demo' }),
  });
  assert.equal(res.status, 429);
  assert.equal(res.headers.get('retry-after'), '60');
  assert.equal((await res.json()).error.code, 'too_many_requests');
  // Someone else is not affected.
  await edge.createSession({ merchant: 'demo' }, from('203.0.113.9'), 'DE');

  const guess = () => edge.fetch('/v1/admin/merchants/demo/kb', { headers: { authorization: 'Bearer guess-0123456789abcdef0123456789abcdef', ...from('198.51.100.8') } });
  for (let i = 0; i < 4; i++) assert.equal((await guess()).status, 401);
  const limited = await guess();
  assert.equal(limited.status, 429);
  assert.equal(limited.headers.get('retry-after'), '60');
});
