// Chaos: one shopper sends 220 messages while the network does its worst — offline
// toggles, slow-2G throttling, WebSockets killed mid-send, WebSockets blocked outright
// (forcing long-polling), and a restart of the edge runtime — and afterwards the shopper's
// screen and the server's stored history hold every message exactly once, in order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chat, emulate, NETWORKS, wsProxy } from '../lib/browser.mjs';
import { stage } from '../lib/stage.mjs';

const PER_ROUND = 10;
// One fault per round, injected mid-round with messages in flight. `unblock` lifts an
// earlier block and is not counted as a fault. Sockets that keep dying send the widget
// to long-polling (by design), so the early rounds space out the kills to hit live ones.
const SCHEDULE = [
  'kill', 'offline', 'slow2g', 'offline', 'kill', 'slow2g', 'offline', 'restart',
  'kill', 'block', 'offline', 'slow2g', 'unblock+kill', 'offline', 'slow2g', 'block',
  'restart', 'offline', 'unblock+kill', 'slow2g', 'offline', 'kill',
];

const suite = stage();

test('220 messages across 22 injected faults: none lost, none doubled, order kept', async () => {
  const context = await suite.browser.newContext({ locale: 'en-US' });
  const proxy = await wsProxy(context);
  const page = await context.newPage();
  await page.goto(suite.edge.url + '/');
  await page.click(chat.launcher);
  await page.waitForSelector(chat.input);

  const sent = [];
  const faults = {};
  let sawLongPoll = false;
  let killed = 0;
  const say = async () => {
    const text = `chaos message ${String(sent.length + 1).padStart(3, '0')}`;
    sent.push(text);
    await page.fill(chat.input, text);
    await page.press(chat.input, 'Enter');
  };
  const sayMany = async (n) => { for (let i = 0; i < n; i++) await say(); };

  for (const step of SCHEDULE) {
    const fault = step.replace('unblock+', '');
    if (step.startsWith('unblock+')) proxy.blocked = false;
    faults[fault] = (faults[fault] ?? 0) + 1;
    await sayMany(PER_ROUND / 2);
    switch (fault) {
      case 'offline':
        await context.setOffline(true);
        await sayMany(PER_ROUND / 2);
        await page.waitForTimeout(300);
        await context.setOffline(false);
        break;
      case 'slow2g':
        await emulate(page, NETWORKS.slow2G);
        await sayMany(PER_ROUND / 2);
        await page.waitForTimeout(1_000);
        await emulate(page, NETWORKS.good);
        break;
      case 'kill':
        killed += await proxy.killAll();
        await sayMany(PER_ROUND / 2);
        break;
      case 'block':
        proxy.blocked = true;
        killed += await proxy.killAll();
        await sayMany(PER_ROUND / 2);
        await page.waitForSelector(`${chat.panel}[data-transport="long-poll"]`, { timeout: 60_000 });
        sawLongPoll = true;
        break;
      case 'restart':
        await suite.edge.stop({ keepState: true });
        await sayMany(PER_ROUND / 2);
        await suite.edge.start();
        break;
      default:
        throw new Error(`unknown fault ${fault}`);
    }
  }
  proxy.blocked = false;

  // Everything settles: every message delivered.
  await page.waitForFunction((n) => document.querySelector('caravan-chat').shadowRoot
    .querySelectorAll('.cv-mine[data-status="delivered"]').length === n, sent.length, { timeout: 180_000 });

  // The server's stored history, read through the API with the shopper's token.
  const session = await page.evaluate(() => JSON.parse(localStorage.getItem('caravan:demo:session')));
  const res = await fetch(`${suite.edge.url}/v1/poll?after=0&wait=0`, {
    headers: { authorization: `Bearer ${session.session_token}` },
  });
  assert.equal(res.status, 200);
  const stored = (await res.text()).split('\n').filter(Boolean).map((l) => JSON.parse(l))
    .filter((f) => f.type === 'message');
  const storedShopper = stored.filter((m) => m.author === 'shopper').map((m) => m.text);
  const screen = await page.evaluate(() => [...document.querySelector('caravan-chat').shadowRoot
    .querySelectorAll('.cv-msg')].map((li) => [li.dataset.author, li.querySelector('.cv-text').textContent]));

  const lost = sent.filter((t) => !storedShopper.includes(t));
  const doubled = storedShopper.length - new Set(storedShopper).size;
  const faultCount = Object.values(faults).reduce((a, b) => a + b, 0);
  console.log(`chaos: sent ${sent.length}, stored ${storedShopper.length} (+${stored.length - storedShopper.length} bot), ` +
    `on screen ${screen.length}, lost ${lost.length}, doubled ${doubled}, faults ${faultCount} ` +
    `${JSON.stringify(faults)}, live sockets killed ${killed}, upgrades refused ${proxy.refused}, ` +
    `long-poll used ${sawLongPoll}`);

  assert.ok(sent.length >= 200 && faultCount >= 20);
  assert.deepEqual(lost, [], 'nothing lost');
  assert.equal(doubled, 0, 'nothing doubled');
  assert.deepEqual(storedShopper, sent, 'stored in the order written');
  assert.deepEqual(stored.map((m) => m.seq), stored.map((_, i) => i + 1), 'no holes in the sequence');
  assert.deepEqual(screen, stored.map((m) => [m.author, m.text]), 'the screen is the stored history');
  assert.ok(sawLongPoll, 'the blocked rounds went through long-polling');
  assert.ok(killed >= 2, 'sockets were killed mid-send');
  await context.close();
});
