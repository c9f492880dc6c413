// Weak networks as a shopper lives them, in Chromium against `wrangler dev`: text mode
// under emulated 2G, a proxy that blocks WebSockets (the chat moves to HTTP long-polling),
// and a reload while messages are still on the device.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chat, emulate, NETWORKS, wsProxy } from '../lib/browser.mjs';
import { artifacts, stage } from '../lib/stage.mjs';

const suite = stage();

async function openChat(options = {}) {
  const context = await suite.browser.newContext({ locale: 'en-US', ...options });
  const page = await context.newPage();
  await page.goto(suite.edge.url + '/');
  await page.click(chat.launcher);
  await page.waitForSelector(chat.input);
  return { context, page };
}

async function say(page, text) {
  await page.fill(chat.input, text);
  await page.press(chat.input, 'Enter');
}

test('under emulated 2G the chat switches to text mode, says so, and the shopper can switch back', async () => {
  const { context, page } = await openChat();
  await page.waitForSelector(`${chat.panel}[data-mode="full"]`);
  await say(page, 'Hello on a good network');
  await page.waitForSelector(`${chat.theirs}[data-author="bot"] .cv-avatar`);

  await emulate(page, NETWORKS.twoG);
  assert.equal(await page.evaluate(() => navigator.connection.effectiveType), '2g');
  await page.waitForSelector(`${chat.panel}[data-mode="text"]`);
  const indicator = page.locator('caravan-chat .cv-textmode');
  assert.match(await indicator.textContent(), /Text mode/);
  assert.equal(await page.locator('caravan-chat .cv-avatar').first().isVisible(), false, 'no avatars');
  const animation = await page.evaluate(() => getComputedStyle(
    document.querySelector('caravan-chat').shadowRoot.querySelector('.cv-msg')).animationName);
  assert.equal(animation, 'none', 'no animations');
  await say(page, 'Hello on 2G');
  await page.waitForSelector(`${chat.mine}[data-status="delivered"] >> text=Hello on 2G`, { timeout: 30_000 });
  await page.screenshot({ path: new URL('text-mode-2g.png', artifacts).pathname });

  // The shopper's choice wins over the network's, and is remembered.
  const toggle = page.locator('caravan-chat .cv-mode');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  await toggle.click();
  await page.waitForSelector(`${chat.panel}[data-mode="full"]`);
  assert.equal(await indicator.isVisible(), false);
  await toggle.click();
  await page.waitForSelector(`${chat.panel}[data-mode="text"]`);
  assert.equal(await page.evaluate(() => localStorage.getItem('caravan:mode')), 'text');
  await context.close();
});

test('a proxy that blocks WebSockets: the chat moves to long-polling and nothing is lost', async () => {
  const context = await suite.browser.newContext({ locale: 'en-US' });
  const proxy = await wsProxy(context);
  proxy.blocked = true; // accepts nothing: every upgrade is closed before the edge sees it
  const page = await context.newPage();
  await page.goto(suite.edge.url + '/');
  await page.click(chat.launcher);
  await page.waitForSelector(`${chat.panel}[data-transport="long-poll"]`, { timeout: 30_000 });
  assert.ok(proxy.refused >= 2, `gave WebSockets ${proxy.refused} tries first`);
  for (const text of ['one', 'two', 'three']) await say(page, text);
  await page.waitForSelector(`${chat.theirs}[data-author="bot"]`, { timeout: 30_000 });
  await page.waitForFunction(() => document.querySelector('caravan-chat').shadowRoot
    .querySelectorAll('.cv-mine[data-status="delivered"]').length === 3, null, { timeout: 30_000 });
  const texts = await page.locator(`${chat.mine} .cv-text`).allTextContents();
  assert.deepEqual(texts, ['one', 'two', 'three']);
  await context.close();
});

test('messages written while the edge is unreachable survive a reload and arrive once', async () => {
  const context = await suite.browser.newContext({ locale: 'en-US' });
  const proxy = await wsProxy(context);
  const page = await context.newPage();
  await page.goto(suite.edge.url + '/');
  await page.click(chat.launcher);
  await say(page, 'first, delivered');
  await page.waitForSelector(`${chat.mine}[data-status="delivered"]`);
  // The API becomes unreachable (the page itself still loads) and the socket dies.
  await context.route(/\/v1\//, (route) => route.abort('internetdisconnected'));
  proxy.blocked = true;
  await proxy.killAll();
  await say(page, 'second, written offline');
  await say(page, 'third, written offline');
  const saved = await page.evaluate(() => localStorage.getItem('caravan:demo:outbox'));
  assert.match(saved, /second, written offline/);
  assert.match(saved, /third, written offline/);
  await page.reload();
  await page.click(chat.launcher);
  await page.waitForSelector(`${chat.mine} >> text=third, written offline`);
  await context.unroute(/\/v1\//);
  proxy.blocked = false;
  await page.waitForFunction(() => document.querySelector('caravan-chat').shadowRoot
    .querySelectorAll('.cv-mine[data-status="delivered"]').length === 3, null, { timeout: 60_000 });
  // The bot answers each message as it lands, so the list may still be settling: read it
  // until it shows the shopper's three, in order, each once (10 s at most).
  const want = ['first, delivered', 'second, written offline', 'third, written offline'];
  let texts = [];
  for (let i = 0; i < 50; i++) {
    texts = await page.locator(`${chat.mine} .cv-text`).allTextContents();
    if (JSON.stringify(texts) === JSON.stringify(want)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  // Every message as drawn, to tell a drawing fault from a delivery fault if this fails.
  const drawn = await page.evaluate(() => [...document.querySelector('caravan-chat').shadowRoot
    .querySelectorAll('.cv-msg')].map((li) => `${li.className}|${li.dataset.author}|${li.dataset.status}|${li.querySelector('.cv-text')?.textContent}`));
  assert.deepEqual(texts, want, drawn.join('\n'));
  assert.equal(await page.evaluate(() => localStorage.getItem('caravan:demo:outbox')), null, 'outbox emptied');
  await context.close();
});
