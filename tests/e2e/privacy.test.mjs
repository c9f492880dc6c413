// The shopper's privacy in the widget, in Chromium against `wrangler dev`: the notice says
// who runs the chat, where the conversation is stored and links the store's policy; the
// shopper downloads the conversation (readable text and JSON), then deletes it: gone for
// the store's agents too, and the widget starts afresh.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { chat } from '../lib/browser.mjs';
import { artifacts, stage } from '../lib/stage.mjs';

const AGENT = 'privacy-e2e-agent-token-for-tests-only-01';
const suite = stage({
  CARAVAN_MERCHANTS: JSON.stringify({
    demo: {
      name: 'Caravan Demo Store', default_region: 'eu', default_locale: 'en',
      privacy: { policy_url: 'https://shop.example/privacy' },
    },
  }),
  CARAVAN_AGENT_TOKENS: JSON.stringify({ demo: AGENT }),
});

const inShadow = (page, selector) => page.locator(`caravan-chat ${selector}`);
/** Regions as locales/en/widget.ftl names them (wrangler dev places by its own idea of
 * where this machine is). */
const REGION = {
  eu: 'European Union', us: 'United States', sa: 'South America', in: 'India', apac: 'Asia-Pacific', oc: 'Oceania', me: 'Middle East', af: 'Africa',
};

test('a shopper downloads their conversation, then deletes it', async () => {
  const context = await suite.browser.newContext({ locale: 'en-US', acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(suite.edge.url + '/');
  await page.click(chat.launcher);
  await page.waitForSelector(chat.input);
  await page.fill(chat.input, 'Hello, I am jane.doe@example.com. Where is my parcel?');
  await page.press(chat.input, 'Enter');
  await page.waitForSelector(`${chat.mine}[data-status="delivered"]`, { timeout: 20_000 });
  await page.waitForSelector('caravan-chat .cv-msg:not(.cv-mine)', { timeout: 20_000 });
  const session = JSON.parse(await page.evaluate(() => localStorage.getItem('caravan:demo:session')));

  await inShadow(page, '.cv-privacy summary').click();
  const notice = await inShadow(page, '.cv-privacy p').first().textContent();
  assert.equal(notice, `This chat is run by Caravan Demo Store. Your conversation is stored in: ${REGION[session.region]}.`);
  assert.equal(await inShadow(page, '.cv-privacy a').getAttribute('href'), 'https://shop.example/privacy');
  assert.equal(await inShadow(page, '.cv-privacy a').getAttribute('rel'), 'noopener noreferrer');
  await page.screenshot({ path: new URL('privacy-notice.png', artifacts).pathname });

  const download = async (label) => {
    const [file] = await Promise.all([page.waitForEvent('download'), inShadow(page, `.cv-privacy button:text-is("${label}")`).click()]);
    return { name: file.suggestedFilename(), body: await readFile(await file.path(), 'utf8') };
  };
  const text = await download('Readable text');
  assert.equal(text.name, 'conversation.txt');
  assert.ok(text.body.startsWith(`Your conversation with Caravan Demo Store\nStored in: ${REGION[session.region]}\n`), text.body);
  assert.match(text.body, /\] You:\nHello, I am jane\.doe@example\.com\. Where is my parcel\?\n/);
  const json = await download('Data (JSON)');
  assert.equal(json.name, 'conversation.json');
  const doc = JSON.parse(json.body);
  assert.equal(doc.conversation, session.conversation_id);
  assert.equal(doc.messages[0].text, 'Hello, I am jane.doe@example.com. Where is my parcel?');

  const agentRead = () => fetch(`${suite.edge.url}/v1/agent/conversations/${session.region}/${session.conversation_id}/messages`, {
    headers: { authorization: `Bearer ${AGENT}` },
  });
  assert.equal((await agentRead()).status, 200);
  await inShadow(page, '.cv-privacy button:text-is("Delete my conversation")').click();
  assert.match(await inShadow(page, '.cv-privacy [role="alert"]').textContent(), /Delete this conversation for good\?/);
  await inShadow(page, '.cv-privacy button:text-is("Keep it")').click();
  assert.equal(await inShadow(page, '.cv-privacy [role="alert"]').isHidden(), true, 'kept: nothing happened');
  assert.equal((await agentRead()).status, 200);
  await inShadow(page, '.cv-privacy button:text-is("Delete my conversation")').click();
  await inShadow(page, '.cv-privacy button:text-is("Delete")').click();
  await page.waitForSelector('caravan-chat .cv-notice:text("Your conversation was deleted.")');
  assert.equal(await page.locator('caravan-chat .cv-msg').count(), 0, 'nothing of it shows');
  assert.equal((await agentRead()).status, 410, 'gone for the store too');
  const stored = await page.evaluate(() => localStorage.getItem('caravan:demo:session'));
  assert.ok(!stored || JSON.parse(stored).conversation_id !== session.conversation_id, 'the widget forgot it');
  await page.screenshot({ path: new URL('privacy-deleted.png', artifacts).pathname });

  // The chat goes on, in a new conversation.
  await page.fill(chat.input, 'one more question');
  await page.press(chat.input, 'Enter');
  await page.waitForSelector(`${chat.mine}[data-status="delivered"]`, { timeout: 20_000 });
  const next = JSON.parse(await page.evaluate(() => localStorage.getItem('caravan:demo:session')));
  assert.notEqual(next.conversation_id, session.conversation_id);
  await context.close();
});
