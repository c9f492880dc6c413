// A region outage as the shopper lives it: the edge (`wrangler dev`) serves every region
// through an origin — a second Caravan deployment (workerd via Miniflare) — that goes down
// mid-conversation. The widget says so honestly, keeps the message on the device, the edge
// stores it nowhere else, and it is delivered once the region is back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { Edge } from '../lib/edge.mjs';
import { WranglerDev } from '../lib/wrangler.mjs';
import { launch, chat } from '../lib/browser.mjs';

const REGIONS = ['eu', 'us', 'sa', 'in', 'apac', 'oc', 'me', 'af'];
const artifacts = new URL('../artifacts/', import.meta.url);
let region;
let edge;
let browser;

before(async () => {
  mkdirSync(artifacts, { recursive: true });
  region = await new Edge().start();
  const regions = Object.fromEntries(REGIONS.map((r) => [r, { origin: region.url }]));
  [edge, browser] = await Promise.all([new WranglerDev({ regions }).start(), launch()]);
});
after(async () => {
  await browser?.close();
  await edge?.stop();
  await region?.destroy();
});

test('region unavailable: the shopper is told, the message waits, and is delivered later', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(edge.url + '/');
  await page.click(chat.launcher);
  await page.waitForSelector(chat.input);

  await page.fill(chat.input, 'Before the outage');
  await page.press(chat.input, 'Enter');
  await page.waitForSelector(`${chat.mine}[data-status="delivered"]`);
  const session = await page.evaluate(() => JSON.parse(localStorage.getItem('caravan:demo:session')));
  assert.ok(session.conversation_id);

  await region.stop();
  const state = 'caravan-chat .cv-connection[data-state="region-unavailable"]';
  await page.waitForSelector(state, { timeout: 30_000 });
  await page.fill(chat.input, 'Sent during the outage');
  await page.press(chat.input, 'Enter');
  const waiting = page.locator(chat.mine).nth(1);
  await waiting.waitFor();
  assert.equal(await waiting.getAttribute('data-status'), 'sending');
  assert.match(await page.locator(state).textContent(), /your messages wait on this device/);
  await page.screenshot({ path: new URL('region-unavailable.png', artifacts).pathname });

  // Back (same storage, same address): the widget reconnects on its own and delivers, in
  // order, exactly once, into the same conversation.
  await region.start();
  await page.locator(`${chat.mine}[data-status="delivered"]`).nth(1).waitFor({ timeout: 60_000 });
  await page.waitForSelector('caravan-chat .cv-connection', { state: 'hidden' });
  const texts = await page.locator(`${chat.mine} .cv-text`).allTextContents();
  assert.deepEqual(texts, ['Before the outage', 'Sent during the outage']);
  // The bot answers each after its ack: wait for the second answer before counting.
  await page.locator(`${chat.theirs}[data-author="bot"]`).nth(1).waitFor();
  const stored = await region.placement(session.conversation_id);
  // Both messages and the bot's answer to each.
  assert.deepEqual(stored, { placement: { region: session.region, merchant: 'demo' }, messages: 4 });
  await page.screenshot({ path: new URL('region-back.png', artifacts).pathname });
  await context.close();
});
