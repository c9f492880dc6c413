// Accessibility baseline, checked by axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) over
// the open chat in English and Arabic, the full widget and the lite chat; and the keyboard
// contract: Escape closes the chat and focus returns to the bubble.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chat } from '../lib/browser.mjs';
import { stage } from '../lib/stage.mjs';
import { violations } from '../lib/axe.mjs';

const suite = stage();

/** Opens the chat for a shopper speaking `locale`, after one exchange so messages, their
 * states and the bot's avatar are on screen too. */
async function openChat(locale, { lite = false } = {}) {
  // Reduced motion: no fade-in under way when axe reads contrast from paint. axe goes in
  // as an inline script, which the demo store's CSP would refuse.
  const context = await suite.browser.newContext({ locale, reducedMotion: 'reduce', bypassCSP: true });
  const page = await context.newPage();
  if (lite) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
  }
  await page.goto(suite.edge.url + '/');
  await page.click(chat.launcher);
  const input = lite ? 'caravan-chat section[data-mode="lite"] textarea' : chat.input;
  await page.waitForSelector(input);
  await page.fill(input, locale.startsWith('ar') ? 'مرحبا، أين طلبي؟' : 'Hello, where is my order?');
  await page.press(input, 'Enter');
  await page.waitForSelector(lite ? 'caravan-chat li[data-author="bot"]' : `${chat.theirs}[data-author="bot"]`);
  return { context, page };
}

for (const [locale, lite] of [['en-US', false], ['ar-EG', false], ['en-US', true], ['ar-EG', true]]) {
  test(`axe finds no WCAG A/AA violation in the open ${lite ? 'lite' : 'full'} chat (${locale})`, async () => {
    const { context, page } = await openChat(locale, { lite });
    const found = await violations(page);
    assert.deepEqual(found, [], JSON.stringify(found, null, 2));
    await context.close();
  });
}

test('Escape closes the chat and focus returns to the bubble', async () => {
  const { context, page } = await openChat('en-US');
  await page.focus(chat.input);
  await page.keyboard.press('Escape');
  await page.waitForSelector(chat.panel, { state: 'hidden' });
  const focused = await page.evaluate(() => {
    const root = document.querySelector('caravan-chat').shadowRoot;
    return root.activeElement?.className;
  });
  assert.equal(focused, 'b', 'focus is back on the bubble');
  assert.equal(await page.getAttribute(chat.launcher, 'aria-expanded'), 'false');
  // Enter on the focused bubble opens it again.
  await page.keyboard.press('Enter');
  await page.waitForSelector(chat.panel);
  assert.equal(await page.getAttribute(chat.launcher, 'aria-expanded'), 'true');
  await context.close();
});
