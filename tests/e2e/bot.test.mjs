// The bot in the real widget and lite chat (Chromium against `wrangler dev`): its quick
// replies, used from the keyboard; the handoff to a person, shown as the conversation's
// state, with the bot quiet afterwards and the agent's reply delivered; axe over both chats
// with quick replies and the handoff on screen; returns answered by the shopper's country;
// a knowledge-base edit through the admin API heard at the next turn.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chat } from '../lib/browser.mjs';
import { artifacts, stage } from '../lib/stage.mjs';
import { violations } from '../lib/axe.mjs';

const AGENT = 'e2e-bot-agent-token-for-tests-only-0123456';
const demo = { name: 'Caravan Demo Store', default_region: 'eu', default_locale: 'en', commerce: { return_days: 30 } };
const ADMIN = 'e2e-bot-admin-token-for-tests-only-0123456';
const suite = stage({
  CARAVAN_AGENT_TOKENS: JSON.stringify({ demo: AGENT }),
  CARAVAN_ADMIN_TOKENS: JSON.stringify({ demo: ADMIN }),
  CARAVAN_MERCHANTS: JSON.stringify({ demo }),
});

const LITE = 'caravan-chat section[data-mode="lite"]';
const views = {
  full: { input: chat.input, bot: `${chat.theirs}[data-author="bot"]`, choice: '.cv-choices button', mine: chat.mine, agent: `${chat.theirs}[data-author="agent"]` },
  lite: { input: `${LITE} textarea`, bot: `${LITE} li[data-author="bot"]`, choice: 'div[role="group"] button', mine: `${LITE} li[data-author="shopper"]`, agent: `${LITE} li[data-author="agent"]` },
};

for (const mode of ['full', 'lite']) {
  test(`${mode} chat: quick replies from the keyboard, the handoff, the bot quiet, the agent's reply`, async () => {
    const v = views[mode];
    // axe goes in as an inline script, which the demo store's CSP would refuse.
    const context = await suite.browser.newContext({ locale: 'en-US', reducedMotion: 'reduce', bypassCSP: true });
    const page = await context.newPage();
    if (mode === 'lite') {
      await (await context.newCDPSession(page)).send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
    }
    await page.goto(suite.edge.url + '/');
    await page.click(chat.launcher);
    await page.fill(v.input, 'hmm');
    await page.press(v.input, 'Enter');
    // Whatever the bot makes of "hmm", it offers a person last.
    const person = page.locator(`${v.bot} ${v.choice}`).last();
    await person.waitFor();
    assert.equal(await person.textContent(), 'Talk to a person');
    assert.deepEqual(await violations(page), [], 'axe, quick replies on screen');

    // Keyboard only: the quick reply takes focus and Enter taps it.
    await person.focus();
    await page.keyboard.press('Enter');
    const waiting = page.locator(`${v.bot}[data-stage="waiting"]`);
    await waiting.waitFor();
    assert.match(await waiting.textContent(), /connecting you with a person/);
    assert.equal(await page.locator(`${v.mine}`).last().textContent().then((t) => t.includes('Talk to a person')), true);
    assert.equal(await page.locator(`${v.bot} ${v.choice}`).count(), 0, 'past quick replies are gone');
    assert.deepEqual(await violations(page), [], 'axe, handoff on screen');
    await page.screenshot({ path: new URL(`bot-handoff-${mode}.png`, artifacts).pathname });

    // The bot stays quiet while a person is awaited (checked below, once a person joins:
    // joining waits for the bot's turn on this message).
    const bots = await page.locator(v.bot).count();
    await page.fill(v.input, 'are you there?');
    await page.press(v.input, 'Enter');
    await page.locator(`${v.mine}[data-status="delivered"]`).nth(2).waitFor();

    // The conversation waits in the store's queue; the agent's reply reaches the shopper.
    const session = await page.evaluate(() => JSON.parse(localStorage.getItem('caravan:demo:session')));
    const headers = { authorization: `Bearer ${AGENT}`, 'content-type': 'application/json' };
    const queue = await (await fetch(`${suite.edge.url}/v1/agent/queue/${session.region}`, { headers })).json();
    assert.ok(queue.waiting.some((w) => w.conversation === session.conversation_id && w.trigger === 'asked'));
    const path = `/v1/agent/conversations/${session.region}/${session.conversation_id}/messages`;
    const res = await fetch(suite.edge.url + path, { method: 'POST', headers, body: JSON.stringify({ text: 'Hi, Ana here. How can I help?' }) });
    assert.equal(res.status, 201);
    await page.locator(v.agent).waitFor();
    assert.match(await page.locator(v.agent).textContent(), /Ana here/);
    assert.equal(await page.locator(v.bot).count(), bots + 1, 'the bot said only that a person joined');
    await context.close();
  });
}

test('an Arabic-speaking shopper asking about returns hears of the EU\'s 14 days in Germany, the store\'s 30 in the US', async () => {
  for (const [country, eu] of [['DE', true], ['US', false]]) {
    // Geo data as Cloudflare would set it in `request.cf` (wrangler dev reads this header).
    const cf = { country, continent: country === 'DE' ? 'EU' : 'NA', isEUCountry: country === 'DE' ? '1' : '0' };
    const context = await suite.browser.newContext({ locale: 'ar-EG', extraHTTPHeaders: { 'MF-CF-Blob': JSON.stringify(cf) } });
    const page = await context.newPage();
    await page.goto(suite.edge.url + '/');
    await page.click(chat.launcher);
    await page.fill(chat.input, 'أريد إرجاع المنتج، ما هي سياسة الإرجاع لديكم؟');
    await page.press(chat.input, 'Enter');
    const answer = page.locator(`${chat.theirs}[data-author="bot"] .cv-text`).first();
    await answer.waitFor();
    const text = await answer.textContent();
    assert.match(text, /30/, text);
    if (eu) {
      assert.match(text, /14/, text);
      assert.match(text, /ألمانيا/, 'the answer names the country');
    } else {
      assert.doesNotMatch(text, /14/, text);
    }
    await page.screenshot({ path: new URL(`bot-returns-${country}.png`, artifacts).pathname });
    await context.close();
  }
});

test('a knowledge-base edit through the admin API is the bot\'s next answer in the same conversation', async () => {
  const entry = (answer) => ({ questions: { en: ['Do you offer gift wrapping?'] }, answers: { en: answer }, tags: ['product_question'] });
  const put = (answer) => fetch(`${suite.edge.url}/v1/admin/merchants/demo/kb/gift-wrap`, {
    method: 'PUT', headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' }, body: JSON.stringify(entry(answer)),
  });
  assert.equal((await put('Gift wrapping is free on every order.')).status, 200);
  const context = await suite.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(suite.edge.url + '/');
  await page.click(chat.launcher);
  const bot = page.locator(`${chat.theirs}[data-author="bot"] .cv-text`);
  await page.fill(chat.input, 'Do you offer gift wrapping?');
  await page.press(chat.input, 'Enter');
  await bot.filter({ hasText: 'Gift wrapping is free on every order.' }).waitFor({ timeout: 10_000 })
    .catch(async (e) => assert.fail(`${e.message}: ${await bot.allTextContents()}`));
  assert.equal((await put('Gift wrapping costs €3 and includes a card.')).status, 200);
  await page.fill(chat.input, 'Do you offer gift wrapping?');
  await page.press(chat.input, 'Enter');
  await bot.filter({ hasText: 'Gift wrapping costs €3 and includes a card.' }).waitFor({ timeout: 10_000 })
    .catch(async (e) => assert.fail(`${e.message}: ${await bot.allTextContents()}`));
  await context.close();
});
