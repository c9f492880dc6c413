// Business hours in the real Workers runtime: a handoff while a team is in promises its
// typical wait; out of hours it says when a person will be back (the time from the
// runtime's time-zone data) and takes an e-mail address for the answer, which reaches the
// agents' queue.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Edge, uuidv7 } from '../lib/edge.mjs';

const AGENT = 'hours-agent-token-for-tests-only-01234567';
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
// Whatever day the suite runs: the away team works only the day after tomorrow (UTC).
const later = (new Date().getUTCDay() + 2) % 7;
const shop = (teams) => ({ name: 'Shop', default_region: 'eu', default_locale: 'en', teams });
const always = { name: 'Always', time_zone: 'Europe/Lisbon', typical_wait_min: 3, hours: Object.fromEntries(DAYS.map((d) => [d, '00:00-24:00'])) };
const away = { name: 'Later', time_zone: 'UTC', hours: { [DAYS[later]]: '09:00-17:00' } };

let edge;
before(async () => {
  edge = await new Edge(undefined, {
    merchants: JSON.stringify({ open: shop([always]), closed: shop([away]) }),
    bindings: { CARAVAN_AGENT_TOKENS: JSON.stringify({ open: AGENT, closed: `${AGENT}-closed` }) },
  }).start();
});
after(async () => {
  await edge?.destroy();
});

/** Sends `text` and resolves with the `count` bot messages that answer it. */
async function say(ws, text, count = 1) {
  const id = uuidv7();
  ws.send({ type: 'send', id, text });
  const ack = await ws.next((f) => f.type === 'ack' && f.id === id);
  return ws.messagesAfter(ack.seq, count);
}

test('in hours, the handoff promises the team\'s typical wait', async () => {
  const s = await edge.createSession({ merchant: 'open', locales: ['en'] }, {}, 'DE');
  const ws = await edge.connect(s.session_token);
  const [handoff] = await say(ws, 'I want to talk to a human');
  assert.equal(handoff.stage, 'waiting');
  assert.match(handoff.text, /Typical wait: 3 min/);
  ws.close();
});

test('out of hours, it says when a person is back and takes an e-mail address for the answer', async () => {
  const s = await edge.createSession({ merchant: 'closed', locales: ['en'] }, {}, 'DE');
  const ws = await edge.connect(s.session_token);
  const [handoff] = await say(ws, 'agent please');
  assert.equal(handoff.stage, 'waiting');
  // Back at 09:00 UTC on that day, told in the shopper's zone (Berlin) and language.
  const back = new Date();
  back.setUTCDate(back.getUTCDate() + 2);
  back.setUTCHours(9, 0, 0, 0);
  const when = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', weekday: 'long', hour: '2-digit', minute: '2-digit' }).format(back);
  assert.ok(handoff.text.includes(`will be back ${when} (your time)`), `${when}: ${handoff.text}`);
  await say(ws, 'hello?', 0);
  const [saved] = await say(ws, 'ok, write to me at ana@example.com');
  assert.match(saved.text, /answer at ana@example.com/);
  // Turns run one after another, so by now the first one is over: it said nothing.
  const { messages } = await ws.resume(handoff.seq);
  assert.deepEqual(messages.map((m) => m.author), ['shopper', 'shopper', 'bot'], 'no address: the bot stays quiet');
  const res = await edge.fetch(`/v1/agent/queue/${s.region}`, { headers: { authorization: `Bearer ${AGENT}-closed` } });
  const summary = (await res.json()).waiting.find((w) => w.conversation === s.conversation_id);
  assert.equal(summary.email, 'a***@example.com', 'masked for anyone but the shopper');
  ws.close();
});
