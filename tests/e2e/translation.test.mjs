// Two-way translation end to end: a Thai shopper writes in the real widget (Chromium), the
// message reaches the agent API in English; the agent's English reply appears in the
// widget in Thai, marked as translated, with the original one tap away. The translation
// provider is a local LibreTranslate stand-in (tests/standins), hosted "in" the region
// `wrangler dev` places local sessions in (us).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { WranglerDev } from '../lib/wrangler.mjs';
import { chat, launch } from '../lib/browser.mjs';
import { artifacts } from '../lib/stage.mjs';
import { TranslationStandin } from '../standins/translation.mjs';

const AGENT = 'e2e-agent-token-for-tests-only-0123456789';
const THAI = 'สวัสดีค่ะ คำสั่งซื้อ #12345 ของฉันยังไม่มาถึงเลย ช่วยตรวจสอบให้หน่อยได้ไหมคะ';
const ENGLISH = 'Hello, my order #12345 has not arrived yet. Could you please check it for me?';
const REPLY = 'Your order #12345 is on its way and will arrive tomorrow.';
const REPLY_THAI = 'คำสั่งซื้อ #12345 ของคุณกำลังจัดส่งและจะถึงในวันพรุ่งนี้ค่ะ';

let standin;
let edge;
let browser;
before(async () => {
  mkdirSync(artifacts, { recursive: true });
  standin = await new TranslationStandin().start();
  const vars = {
    CARAVAN_MERCHANTS: JSON.stringify({
      demo: {
        name: 'Caravan Demo Store', default_region: 'eu', default_locale: 'en',
        translation: { agent_locale: 'en', providers: ['libre-us'] },
      },
    }),
    CARAVAN_TRANSLATORS: JSON.stringify({
      'libre-us': { kind: 'libretranslate', processes_in: 'us', url: standin.url },
    }),
    CARAVAN_AGENT_TOKENS: JSON.stringify({ demo: AGENT }),
  };
  [edge, browser] = await Promise.all([new WranglerDev({ vars }).start(), launch()]);
});
after(async () => {
  await browser?.close();
  await edge?.stop();
  await standin?.stop();
});

const agent = (path, init = {}) => fetch(edge.url + path, {
  ...init,
  headers: { authorization: `Bearer ${AGENT}`, 'content-type': 'application/json', ...init.headers },
});

test('a Thai shopper and an English-speaking agent understand each other', async () => {
  const context = await browser.newContext({ locale: 'th-TH' });
  const page = await context.newPage();
  await page.goto(edge.url + '/');
  await page.click(chat.launcher);
  await page.waitForSelector(chat.input);
  await page.fill(chat.input, THAI);
  await page.press(chat.input, 'Enter');
  await page.waitForSelector(`${chat.mine}[data-status="delivered"]`);

  const session = await page.evaluate(() => JSON.parse(localStorage.getItem('caravan:demo:session')));
  const path = `/v1/agent/conversations/${session.region}/${session.conversation_id}/messages`;
  let message;
  for (let i = 0; i < 100; i++) {
    const res = await agent(path);
    assert.equal(res.status, 200);
    message = (await res.json()).messages.find((m) => m.author === 'shopper');
    if (message?.translation?.state !== 'pending') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal(message.text, THAI);
  assert.equal(message.lang, 'th');
  assert.deepEqual(
    { state: message.translation.state, lang: message.translation.lang, text: message.translation.text },
    { state: 'done', lang: 'en', text: ENGLISH },
  );
  assert.ok(!standin.requests.some((r) => r.raw.includes('12345')), 'the order number stayed in the edge');

  const res = await agent(path, { method: 'POST', body: JSON.stringify({ text: REPLY }) });
  assert.equal(res.status, 201);
  const reply = page.locator(`${chat.theirs}[data-author="agent"]`);
  await reply.waitFor();
  const text = reply.locator('.cv-text');
  assert.equal(await text.textContent(), REPLY_THAI);
  assert.match(await reply.locator('.cv-tr').textContent(), /แปลโดยอัตโนมัติ/);
  const toggle = reply.locator('.cv-tr-toggle');
  assert.equal(await toggle.textContent(), 'ดูต้นฉบับ');
  await page.screenshot({ path: new URL('thai-translated.png', artifacts).pathname });
  await toggle.click();
  assert.equal(await text.textContent(), REPLY);
  assert.equal(await toggle.textContent(), 'ดูคำแปล');
  await toggle.click();
  assert.equal(await text.textContent(), REPLY_THAI);
  await context.close();
});

test('the lite chat shows the translated reply too, the original a tap away', async () => {
  const context = await browser.newContext({ locale: 'th-TH' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
  await page.goto(edge.url + '/');
  await page.click(chat.launcher);
  const root = 'caravan-chat section[data-mode="lite"]';
  await page.fill(`${root} textarea`, THAI);
  await page.press(`${root} textarea`, 'Enter');
  await page.waitForSelector(`${root} li[data-author="shopper"][data-status="delivered"]`);
  const session = await page.evaluate(() => JSON.parse(localStorage.getItem('caravan:demo:session')));
  const path = `/v1/agent/conversations/${session.region}/${session.conversation_id}/messages`;
  assert.equal((await agent(path, { method: 'POST', body: JSON.stringify({ text: REPLY }) })).status, 201);
  const reply = page.locator(`${root} li[data-author="agent"]`);
  await reply.waitFor();
  assert.match(await reply.locator('small').textContent(), /แปลโดยอัตโนมัติ/);
  const body = reply.locator('span');
  assert.equal(await body.textContent(), REPLY_THAI);
  await body.click();
  assert.equal(await body.textContent(), REPLY);
  await context.close();
});
