// "Where is my order?" in the real widget and lite chat (Chromium against `wrangler dev`,
// Shopify's Admin GraphQL played by tests/standins/shopify.mjs): a Thai shopper asks
// where order 1001 is, verifies with the checkout e-mail and sees the card in Thai (the
// lite chat: the same lines as text), usable by keyboard and screen reader (axe).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { chat } from '../lib/browser.mjs';
import { artifacts, stage } from '../lib/stage.mjs';
import { violations } from '../lib/axe.mjs';
import { ShopifyStandin } from '../standins/shopify.mjs';

const shopify = new ShopifyStandin();
const suite = stage(async () => {
  await shopify.start();
  const demo = {
    name: 'Caravan Demo Store', default_region: 'eu', default_locale: 'en',
    orders: { platform: 'shopify', url: shopify.url, secret: 'ORDERS_DEMO' },
  };
  return { CARAVAN_MERCHANTS: JSON.stringify({ demo }), ORDERS_DEMO: shopify.token };
});
after(() => shopify.stop());

const LITE = 'caravan-chat section[data-mode="lite"]';
const TH = { country: 'TH', continent: 'AS', isEUCountry: '0', timezone: 'Asia/Bangkok' };

for (const mode of ['full', 'lite']) {
  test(`${mode} chat: a Thai shopper asks where order 1001 is, verifies with e-mail, sees it in Thai`, async () => {
    const context = await suite.browser.newContext({
      locale: 'th-TH', timezoneId: 'Asia/Bangkok', reducedMotion: 'reduce', extraHTTPHeaders: { 'MF-CF-Blob': JSON.stringify(TH) },
      // axe goes in as an inline script, which the demo store's CSP would refuse.
      bypassCSP: true,
    });
    const page = await context.newPage();
    if (mode === 'lite') {
      await (await context.newCDPSession(page)).send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
    }
    const input = mode === 'full' ? chat.input : `${LITE} textarea`;
    const bot = mode === 'full' ? `${chat.theirs}[data-author="bot"]` : `${LITE} li[data-author="bot"]`;
    await page.goto(suite.edge.url + '/');
    await page.click(chat.launcher);
    await page.fill(input, 'คำสั่งซื้อ 1001 ของฉันอยู่ไหนคะ');
    await page.press(input, 'Enter');
    await page.locator(bot).nth(0).waitFor();
    await page.fill(input, 'somchai@example.com');
    await page.press(input, 'Enter');
    const shown = page.locator(bot).filter({ hasText: '#1001' });
    await shown.waitFor();
    if (mode === 'full') {
      const card = shown.locator('dl.cv-card');
      const labels = await card.locator('dt').allTextContents();
      assert.deepEqual(labels, ['สถานะ', 'บริษัทขนส่ง', 'หมายเลขพัสดุ', 'อัปเดตล่าสุด', 'คาดว่าจะได้รับ']);
      const values = await card.locator('dd').allTextContents();
      assert.equal(values[0], 'จัดส่งแล้ว');
      assert.match(values[3], /^อยู่ระหว่างการขนส่ง · /);
      // The tracking number opens the carrier's page, in a new tab; by keyboard too.
      const link = card.locator('a');
      assert.equal(await link.textContent(), 'JD014600006');
      assert.match(await link.getAttribute('href'), /^https:\/\/www\.dhl\.com\//);
      assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
      await link.focus();
      assert.equal(await page.evaluate(() => document.querySelector('caravan-chat').shadowRoot.activeElement?.tagName), 'A');
    } else {
      // The lite chat shows the same lines as text.
      const text = await shown.textContent();
      for (const part of ['สถานะ: จัดส่งแล้ว', 'หมายเลขพัสดุ: JD014600006 https://www.dhl.com/', 'คาดว่าจะได้รับ: ']) {
        assert.ok(text.includes(part), `${part} in ${text}`);
      }
    }
    assert.equal(shopify.requests.at(-1).search, 'name:#1001');
    assert.deepEqual(await violations(page), [], 'axe, the order on screen');
    await page.screenshot({ path: new URL(`order-card-th-${mode}.png`, artifacts).pathname });
    await context.close();
  });
}
