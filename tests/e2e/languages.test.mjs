// The shopper's language end to end: the browser's languages pick the locale, the widget
// downloads only that locale's strings, right-to-left locales mirror with per-message
// direction, and the language menu switches and is remembered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chat } from '../lib/browser.mjs';
import { artifacts, stage } from '../lib/stage.mjs';
import { localeFile } from '../lib/site.mjs';

const suite = stage();

async function shopper(locale) {
  const context = await suite.browser.newContext({ locale });
  const page = await context.newPage();
  const locales = [];
  page.on('request', (r) => {
    const file = localeFile(new URL(r.url()).pathname);
    if (file) locales.push(file);
  });
  await page.goto(suite.edge.url + '/');
  await page.click(chat.launcher);
  await page.waitForSelector(chat.input);
  return { context, page, locales };
}

/** Geometry and direction of the panel's parts, read inside the shadow root. */
const layout = (page) => page.evaluate(() => {
  const root = document.querySelector('caravan-chat').shadowRoot;
  const box = (sel) => root.querySelector(sel).getBoundingClientRect();
  const panel = root.querySelector('.caravan-panel');
  const icon = getComputedStyle(root.querySelector('.cv-send svg')).transform;
  return {
    direction: getComputedStyle(panel).direction,
    lang: root.querySelector('.caravan-panel').closest('[lang]')?.getAttribute('lang'),
    sendLeft: box('.cv-send').left, inputLeft: box('.cv-input').left,
    closeLeft: box('.cv-close').left, titleLeft: box('.cv-title').left,
    iconMirrored: icon !== 'none',
  };
});

test('an Arabic shopper gets a right-to-left widget, mirrored, with per-message direction', async () => {
  const { context, page, locales } = await shopper('ar-EG');
  const l = await layout(page);
  assert.equal(l.direction, 'rtl');
  assert.equal(l.lang, 'ar');
  assert.ok(l.sendLeft < l.inputLeft, 'the send button sits at the inline end (left)');
  assert.ok(l.closeLeft < l.titleLeft, 'the close button sits at the inline end (left)');
  assert.ok(l.iconMirrored, 'the send arrow points along the reading direction');
  assert.deepEqual(locales, ['ar/widget.ftl'], 'only the chosen locale is downloaded');
  // An Arabic sentence with an order number and an English product name, then English.
  await page.fill(chat.input, 'مرحبا، أين طلبي رقم 1234 من Indigo Scarf؟');
  await page.press(chat.input, 'Enter');
  await page.fill(chat.input, 'Order #1234 please');
  await page.press(chat.input, 'Enter');
  // An order question with its number: the bot asks, in Arabic, for the checkout contact.
  const answer = page.locator(`${chat.theirs}[data-author="bot"] .cv-text`).first();
  await answer.waitFor();
  assert.match(await answer.textContent(), /البريد الإلكتروني أو رقم الهاتف/);
  await page.waitForSelector(`${chat.mine}[data-status="delivered"] >> nth=1`);
  const dirs = await page.evaluate(() => [...document.querySelector('caravan-chat').shadowRoot
    .querySelectorAll('.cv-mine .cv-text')].map((p) => [p.getAttribute('dir'), getComputedStyle(p).direction]));
  assert.deepEqual(dirs, [['auto', 'rtl'], ['auto', 'ltr']], 'each message takes its own direction');
  await page.screenshot({ path: new URL('arabic-rtl.png', artifacts).pathname });
  await context.close();
});

test('regional tags fall back along their chain: es-MX gets Latin American Spanish', async () => {
  const { context, page, locales } = await shopper('es-MX');
  assert.deepEqual(locales, ['es-419/widget.ftl']);
  assert.equal(await page.getAttribute(chat.input, 'placeholder'), 'Escriba un mensaje…');
  // Plurals and numbers by the locale's rules, through the browser's Intl.
  await page.fill(chat.input, 'x'.repeat(4_001));
  await page.press(chat.input, 'Enter');
  await page.waitForSelector(`${chat.notice}:not([hidden])`);
  assert.equal(await page.textContent(chat.notice), 'Este mensaje es demasiado largo: máximo 4,000 caracteres.');
  await context.close();
});

test('the language menu switches the widget and is remembered on the device', async () => {
  const { context, page } = await shopper('en-US');
  await page.fill(chat.input, 'keep this draft');
  await page.selectOption('caravan-chat select.cv-lang', 'ja');
  await page.waitForFunction(() => document.querySelector('caravan-chat').shadowRoot
    .querySelector('.cv-input')?.placeholder === 'メッセージを入力…');
  assert.equal(await page.inputValue(chat.input), 'keep this draft', 'the draft survives');
  const options = await page.locator('caravan-chat select.cv-lang option').allTextContents();
  assert.equal(options.length, 35);
  assert.ok(options.includes('日本語') && options.includes('العربية') && options.includes('Deutsch'));
  // Reload: the shopper's choice beats the browser's English.
  await page.reload();
  await page.click(chat.launcher);
  await page.waitForSelector(chat.input);
  assert.equal(await page.getAttribute(chat.input, 'placeholder'), 'メッセージを入力…');
  assert.equal(await page.inputValue('caravan-chat select.cv-lang'), 'ja');
  await context.close();
});
