// The bot in the real widget and lite chat (Chromium against `wrangler dev`): its quick
// replies, used from the keyboard; the handoff to a person, shown as the conversation's
// state, with the bot quiet afterwards and the agent's reply delivered; axe over both chats
// with quick replies and the handoff on screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chat } from '../lib/browser.mjs';
import { artifacts, stage } from '../lib/stage.mjs';
import { violations } from '../lib/axe.mjs';

const AGENT = 'e2e-bot-agent-token-for-tests-only-0123456';
const suite = stage({ CARAVAN_AGENT_TOKENS: JSON.stringify({ demo: AGENT }) });

const LITE = 'caravan-chat section[data-mode="lite"]';
const views = {
  full: { input: chat.input, bot: `${chat.theirs}[data-author="bot"]`, choice: '.cv-choices button', mine: chat.mine, agent: `${chat.theirs}[data-author="agent"]` },
  lite: { input: `${LITE} textarea`, bot: `${LITE} li[data-author="bot"]`, choice: 'div[role="group"] button', mine: `${LITE} li[data-author="shopper"]`, agent: `${LITE} li[data-author="agent"]` },
};

for (const mode of ['full', 'lite']) {
  test(`${mode} chat: quick replies from the keyboard, the handoff, the bot quiet, the agent's reply`, async () => {
    const v = views[mode];
    const context = await suite.browser.newContext({ locale: 'en-US', reducedMotion: 'reduce' });
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

    // The bot stays quiet while a person is awaited: the ack follows the bot's turn.
    const bots = await page.locator(v.bot).count();
    await page.fill(v.input, 'are you there?');
    await page.press(v.input, 'Enter');
    await page.locator(`${v.mine}[data-status="delivered"]`).nth(2).waitFor();
    assert.equal(await page.locator(v.bot).count(), bots);

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
    await context.close();
  });
}
