// The first real conversation, end to end: the demo storefront served by `wrangler dev`,
// the loader, the WASM widget in Debian Chromium, the Conversation Durable Object.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chat } from '../lib/browser.mjs';
import { artifacts, stage } from '../lib/stage.mjs';
import { site } from '../lib/site.mjs';

const suite = stage();

/** A fresh shopper (own storage) on the demo store, recording what the page requests. */
async function shopper(options = {}) {
  const context = await suite.browser.newContext({ locale: 'en-US', ...options });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(suite.edge.url + '/');
  await page.waitForSelector(chat.launcher);
  return { context, page, requests };
}

const widgetRequests = (requests) =>
  requests.filter((p) => p.startsWith('/widget/') || p.startsWith('/v1/'));

test('no widget byte is requested before the shopper shows intent', async () => {
  const { context, page, requests } = await shopper();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  assert.deepEqual(widgetRequests(requests), [], 'only the loader loads on first paint');
  assert.ok(requests.includes('/caravan.js'));
  // Intent (pointer over the bubble) starts the download before any click.
  const wasm = page.waitForResponse((r) => r.url().endsWith(`/${site.widget_wasm}`));
  await page.hover(chat.launcher);
  await wasm;
  assert.equal(await page.locator(chat.panel).count(), 0, 'nothing opens without a click');
  await context.close();
});

test('a shopper sends a message, sees sent then delivered, and the bot asks what it needs', async () => {
  const { context, page } = await shopper();
  await page.click(chat.launcher);
  await page.waitForSelector(chat.input);
  // The panel lives in the shadow root only.
  assert.equal(await page.evaluate(() => document.querySelector('.caravan-panel')), null);

  await page.fill(chat.input, 'Hello! Where is my order #1234?');
  await page.press(chat.input, 'Enter');
  const mine = page.locator(chat.mine).first();
  await mine.waitFor();
  assert.equal(await mine.locator('.cv-text').textContent(), 'Hello! Where is my order #1234?');
  await page.waitForSelector(`${chat.mine}[data-status="delivered"]`);
  // An order question with its number: the bot asks for the checkout contact next.
  const answer = page.locator(`${chat.theirs}[data-author="bot"] .cv-text`);
  await answer.waitFor();
  assert.match(await answer.textContent(), /e-mail address or phone number/);
  assert.equal(await page.inputValue(chat.input), '', 'the composer clears after sending');
  // Escape closes the panel and gives focus back to the bubble; a click reopens it.
  await page.press(chat.input, 'Escape');
  await page.waitForSelector(chat.panel, { state: 'hidden' });
  assert.equal(await page.evaluate(() => document.querySelector('caravan-chat').shadowRoot.activeElement?.className), 'b');
  await page.click(chat.launcher);
  await page.waitForSelector(chat.input);
  await page.screenshot({ path: new URL('first-conversation.png', artifacts).pathname });

  // Reloading restores the conversation from the server.
  await page.reload();
  await page.click(chat.launcher);
  await page.waitForSelector(`${chat.theirs}[data-author="bot"]`);
  const texts = await page.locator(`caravan-chat .cv-text`).allTextContents();
  assert.equal(texts.length, 2);
  assert.equal(texts[0], 'Hello! Where is my order #1234?');
  await context.close();
});

test('hostile store CSS does not reach the widget', async () => {
  const { context, page } = await shopper();
  await page.click(chat.launcher);
  await page.waitForSelector(chat.send);
  const style = await page.evaluate(() => {
    const root = document.querySelector('caravan-chat').shadowRoot;
    const css = (sel) => getComputedStyle(root.querySelector(sel));
    const send = css('.cv-send');
    const panel = css('.caravan-panel');
    const svg = css('.cv-send svg');
    const host = getComputedStyle(document.querySelector('caravan-chat'));
    const frame = css('.v');
    return {
      sendBackground: send.backgroundColor, sendFontSize: send.fontSize, sendWidth: send.width,
      panelFont: panel.fontFamily, panelColor: panel.color, panelSpacing: panel.letterSpacing,
      svgDisplay: svg.display, hostSpacing: host.letterSpacing, framePosition: frame.position,
      storeButton: getComputedStyle(document.querySelector('.product button')).backgroundColor,
    };
  });
  assert.equal(style.storeButton, 'rgb(255, 0, 0)', 'the store CSS is live on the store');
  assert.notEqual(style.sendBackground, 'rgb(255, 0, 0)');
  assert.equal(style.sendWidth, '40px');
  assert.doesNotMatch(style.panelFont, /Comic Sans/);
  assert.notEqual(style.panelColor, 'rgb(0, 170, 0)');
  assert.equal(style.panelSpacing, 'normal');
  assert.notEqual(style.svgDisplay, 'none');
  assert.equal(style.hostSpacing, 'normal', 'the host is reset (`all: initial`) against `* {...}`');
  assert.equal(style.framePosition, 'fixed', 'the frame inside the shadow root holds the chat in place');
  await context.close();
});

test('bad input gets an honest answer and harms nothing', async () => {
  const { context, page } = await shopper();
  await page.click(chat.launcher);
  await page.waitForSelector(chat.input);
  // Too long: refused in place with a localized notice, nothing sent.
  await page.fill(chat.input, 'x'.repeat(4_001));
  await page.press(chat.input, 'Enter');
  await page.waitForSelector(`${chat.notice}:not([hidden])`);
  assert.match(await page.textContent(chat.notice), /at most 4,000 characters/);
  assert.equal(await page.locator(chat.mine).count(), 0);
  // Markup is shown as text, never interpreted.
  await page.fill(chat.input, '<img src=x onerror="window.pwned=1">');
  await page.press(chat.input, 'Enter');
  await page.waitForSelector(`${chat.mine}[data-status="delivered"]`);
  assert.equal(await page.locator(`${chat.mine} .cv-text`).textContent(), '<img src=x onerror="window.pwned=1">');
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.locator('caravan-chat img').count(), 0);
  await context.close();
});

test('a forged stored session is replaced, and the message still arrives', async () => {
  const { context, page } = await shopper();
  await page.evaluate(() => localStorage.setItem('caravan:demo:session', JSON.stringify({
    session_token: 'v1.test.e30.AAAA', conversation_id: 'x', session_id: 'y', region: 'eu',
    locale: 'en', merchant_name: 'Forged', expires_at: 4102444800,
  })));
  await page.reload();
  await page.click(chat.launcher);
  await page.fill(chat.input, 'still here');
  await page.press(chat.input, 'Enter');
  await page.waitForSelector(`${chat.mine}[data-status="delivered"]`, { timeout: 30_000 });
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('caravan:demo:session')));
  assert.notEqual(stored.session_token, 'v1.test.e30.AAAA');
  assert.equal(await page.textContent('caravan-chat .cv-title'), 'Caravan Demo Store');
  await context.close();
});
