// The lite chat, in Chromium against `wrangler dev`: with Save-Data on, the loader mounts
// the small text-only chat (no WebAssembly is fetched), it holds a conversation over the
// same API, and the shopper can ask for the full widget, which continues the same
// conversation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chat } from '../lib/browser.mjs';
import { artifacts, stage } from '../lib/stage.mjs';
import { site } from '../lib/site.mjs';

const suite = stage();

const lite = {
  root: 'caravan-chat section[data-mode="lite"]',
  input: 'caravan-chat section[data-mode="lite"] textarea',
  mine: 'caravan-chat section[data-mode="lite"] li[data-author="shopper"]',
  bot: 'caravan-chat section[data-mode="lite"] li[data-author="bot"]',
  full: 'caravan-chat section[data-mode="lite"] button.f',
};

test('under Save-Data the lite chat loads, holds a conversation, and hands over to the full widget', async () => {
  const context = await suite.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(suite.edge.url + '/');
  assert.equal(await page.evaluate(() => navigator.connection.saveData), true);
  await page.click(chat.launcher);
  await page.waitForSelector(lite.root);
  assert.match(await page.textContent(`${lite.root} .n`), /Light chat/);

  await page.fill(lite.input, 'Hello from a slow phone');
  await page.press(lite.input, 'Enter');
  await page.waitForSelector(`${lite.mine}[data-status="delivered"]`);
  await page.waitForSelector(lite.bot);
  assert.ok((await page.textContent(`${lite.bot} span`)).length > 10, 'the bot answered');
  const widget = [`/${site.widget_js}`, `/${site.widget_wasm}`];
  assert.equal(requests.filter((p) => widget.includes(p)).length, 0, 'no WASM widget was fetched');
  assert.ok(requests.includes(`/${site.lite_js}`));
  await page.screenshot({ path: new URL('lite-chat.png', artifacts).pathname });

  // A reload restores the conversation (same session in localStorage).
  await page.reload();
  await page.click(chat.launcher);
  await page.waitForSelector(lite.bot);
  assert.equal(await page.locator(lite.mine).count(), 1);

  // The shopper asks for the full chat: the same conversation, now in the WASM widget.
  await page.click(lite.full);
  await page.waitForSelector(`${chat.theirs}[data-author="bot"]`, { timeout: 30_000 });
  assert.equal(await page.locator(lite.root).count(), 0);
  const texts = await page.locator('caravan-chat .cv-text').allTextContents();
  assert.equal(texts[0], 'Hello from a slow phone');
  assert.equal(texts.length, 2);
  await context.close();
});
