// Hostile text (tests/data/hostile_text.json: markup, javascript: links, SVG, template
// injection, bidi overrides, zero-width characters, C0 controls, Zalgo, 4,000 emoji) in
// Chromium against `wrangler dev`, written by a shopper and by an agent, read in the
// widget, the lite chat and the console: each shown as the very text written, nothing
// runs (no `__pwned`, no dialog, no request for an image), no element comes from a
// message, bidi overrides stay inside their message, and the composer stays on screen
// under the longest run. One emoji over the limit is not sent (the widget says why, in
// the shopper's language; the lite chat keeps it in the box). A lone surrogate cannot be
// typed; one a script puts in the box goes as U+FFFD (the raw ways of sending one:
// tests/edge/hostile.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chat } from '../lib/browser.mjs';
import { artifacts, stage } from '../lib/stage.mjs';
import { hostile } from '../lib/hostile.mjs';

const AGENT = 'e2e-hostile-agent-token-for-tests-only-0123456789';
const ADMIN = 'e2e-hostile-admin-token-for-tests-only-0123456789';
const ASK = 'I want to talk to a person';
const { typed, tooLong, lone } = hostile();
const LONE = lone.find((e) => e.name === 'lone-high').text;
/** `LONE` as sent: its lone surrogate replaced by U+FFFD. */
const REPLACED = 'a\ufffdb';
const texts = typed.map((e) => e.text);

const suite = stage({
  CARAVAN_AGENT_TOKENS: JSON.stringify({ demo: AGENT }),
  CARAVAN_ADMIN_TOKENS: JSON.stringify({ demo: ADMIN }),
});
/** The widget's conversation, read again by the console's test. */
let widgetSession;

const lite = {
  root: 'caravan-chat section[data-mode="lite"]',
  input: 'caravan-chat section[data-mode="lite"] textarea',
  li: (author) => `caravan-chat section[data-mode="lite"] li[data-author="${author}"]`,
};

/** Every context: with the pages' CSP off, markup that got through would run and be seen
 * (the storefront's and the console's strict CSP would otherwise stop its handlers). */
const BROWSING = { locale: 'en-US', viewport: { width: 1280, height: 800 }, bypassCSP: true };

/** A page whose dialogs, errors and requests for the markup's image are recorded. */
async function watched(context) {
  const page = await context.newPage();
  const seen = { dialogs: [], errors: [], fetched: [] };
  page.on('dialog', (d) => { seen.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  // A refused request logs "Failed to load resource" (the console asks for its spent
  // invite once more after accepting it); an image the markup asked for is caught below.
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) seen.errors.push(m.text()); });
  page.on('request', (r) => { if (new URL(r.url()).pathname === '/x') seen.fetched.push(r.url()); });
  page.seen = seen;
  return page;
}

/** Nothing ran: no `__pwned`, no dialog, no error, no image fetched, no frame or details
 * anywhere (in the page or the chat's shadow root). */
async function nothingRan(page) {
  assert.equal(await page.evaluate(() => window.__pwned), undefined, '__pwned is never set');
  assert.deepEqual(page.seen.dialogs, [], 'no dialog opened');
  assert.deepEqual(page.seen.errors, [], 'no error in the page');
  assert.deepEqual(page.seen.fetched, [], 'no image of the markup was fetched');
  const stray = await page.evaluate(() => {
    const roots = [document, document.querySelector('caravan-chat')?.shadowRoot].filter(Boolean);
    return roots.flatMap((r) => [...r.querySelectorAll('iframe, details:not(.cv-privacy), circle, a[href^="javascript"]')]).length;
  });
  assert.equal(stray, 0, 'no element made from a message');
}

/** Each message of a list as drawn: author, text, the text's element children and every
 * tag inside the message. */
function drawn(page, root, items, text) {
  return page.evaluate(([root, items, text]) => {
    const host = root ? document.querySelector(root).shadowRoot : document;
    return [...host.querySelectorAll(items)].map((li) => {
      const t = li.querySelector(text);
      return {
        author: li.dataset.author, text: t.textContent, children: t.childElementCount,
        tags: [...new Set([...li.querySelectorAll('*')].map((e) => e.localName))], bidi: getComputedStyle(t).unicodeBidi,
      };
    });
  }, [root, items, text]);
}

/** `shown` (messages as drawn) by `author` are `expected`, as text, with only `tags` inside. */
function asText(shown, author, expected, tags) {
  const mine = shown.filter((m) => m.author === author);
  assert.deepEqual(mine.map((m) => m.text), expected, `${author}: every text exactly as written`);
  for (const m of mine) {
    assert.equal(m.children, 0, `no element inside the text: ${m.text.slice(0, 40)}`);
    assert.deepEqual(m.tags.filter((t) => !tags.includes(t)), [], `only the chat's own elements: ${m.text.slice(0, 40)}`);
    assert.ok(['isolate', 'plaintext'].includes(m.bidi), `a bidi override stays inside its message: ${m.bidi}`);
  }
}

/** The agent API's reply, as a merchant's own tool would send it. */
async function reply(session, text) {
  const res = await fetch(`${suite.edge.url}/v1/agent/conversations/${session.region}/${session.conversation_id}/messages`, {
    method: 'POST', headers: { authorization: `Bearer ${AGENT}`, 'content-type': 'application/json' }, body: JSON.stringify({ text }),
  });
  assert.equal(res.status, 201, await res.clone().text());
}

/** `selector` is on screen, inside the viewport (after a resize, once the loader has
 * laid the chat out again: up to 5 s). */
async function onScreen(page, selector) {
  const { width, height } = page.viewportSize();
  const inside = (box) => box && box.y >= 0 && box.x >= 0 && box.y + box.height <= height && box.x + box.width <= width;
  let box;
  for (let i = 0; i < 50 && !inside(box); i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, 100));
    box = await page.locator(selector).boundingBox();
  }
  assert.ok(inside(box), `${selector} is on screen: ${JSON.stringify(box)}`);
}

/** Sets a composer's value as a page's script could (no keyboard), and tells it so. */
function typeByScript(page, host, selector, value) {
  return page.evaluate(([host, selector, value]) => {
    const box = document.querySelector(host).shadowRoot.querySelector(selector);
    box.value = value;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }, [host, selector, value]);
}
/** The conversation `selector` (in `host`'s shadow root, or the page) has no sideways scrolling. */
async function fits(page, host, selector) {
  const [scroll, client] = await page.evaluate(([host, selector]) => {
    const log = (host ? document.querySelector(host).shadowRoot : document).querySelector(selector);
    return [log.scrollWidth, log.clientWidth];
  }, [host, selector]);
  assert.ok(scroll <= client, `no sideways scrolling in ${selector}: ${scroll} > ${client}`);
}

const session = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('caravan:demo:session')));
const WIDGET_TAGS = ['span', 'p', 'button', 'time'];

test('the widget shows every hostile text, the shopper\'s and the agent\'s, as text; one over the limit is refused', async () => {
  const context = await suite.browser.newContext(BROWSING);
  const page = await watched(context);
  await page.goto(suite.edge.url + '/');
  await page.click(chat.launcher);
  await page.fill(chat.input, ASK);
  await page.press(chat.input, 'Enter');
  await page.locator(`${chat.theirs}[data-author="bot"][data-stage="waiting"]`).waitFor();
  for (const text of texts) {
    await page.fill(chat.input, text);
    await page.press(chat.input, 'Enter');
  }
  await page.locator(`${chat.mine}[data-status="delivered"]`).nth(texts.length).waitFor();
  // The longest run does not push the composer off the panel, nor the panel off the screen.
  await onScreen(page, chat.input);
  await onScreen(page, chat.panel);
  await fits(page, 'caravan-chat', '.cv-log');

  // One over the limit: the notice, the draft kept, nothing sent.
  await page.fill(chat.input, tooLong.text);
  await page.press(chat.input, 'Enter');
  await page.locator(`${chat.notice}:not([hidden])`, { hasText: 'This message is too long: at most 4,000 characters.' }).waitFor();
  assert.equal([...await page.inputValue(chat.input)].length, 4001, 'the draft is kept');
  assert.equal(await page.locator(chat.mine).count(), texts.length + 1, 'nothing was sent');
  await page.fill(chat.input, '');
  // A lone surrogate put in the box by a script: no UTF-8 has it, the chat sends U+FFFD.
  await typeByScript(page, 'caravan-chat', 'textarea.cv-input', LONE);
  await page.press(chat.input, 'Enter');
  await page.locator(`${chat.mine}[data-status="delivered"]`).nth(texts.length + 1).waitFor();

  widgetSession = await session(page);
  for (const text of texts) await reply(widgetSession, text);
  await page.locator(`${chat.theirs}[data-author="agent"]`).nth(texts.length - 1).waitFor();
  const shown = await drawn(page, 'caravan-chat', '.cv-list > li', '.cv-text');
  asText(shown, 'shopper', [ASK, ...texts, REPLACED], WIDGET_TAGS);
  asText(shown, 'agent', texts, WIDGET_TAGS);
  await nothingRan(page);
  await onScreen(page, chat.input);
  await page.screenshot({ path: new URL('hostile-widget.png', artifacts).pathname });
  // The bidi and zero-width ones, for a person to look at.
  await page.locator(`${chat.mine} .cv-text`, { hasText: 'Invoice' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: new URL('hostile-widget-bidi.png', artifacts).pathname });
  // On a phone the panel fills the screen: still no run pushes the composer away.
  await page.setViewportSize({ width: 390, height: 844 });
  await onScreen(page, chat.input);
  await fits(page, 'caravan-chat', '.cv-log');
  await page.screenshot({ path: new URL('hostile-widget-phone.png', artifacts).pathname });
  await context.close();
});

test('the lite chat shows every hostile text, the shopper\'s and the agent\'s, as text', async () => {
  const context = await suite.browser.newContext(BROWSING);
  const page = await watched(context);
  await (await context.newCDPSession(page)).send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
  await page.goto(suite.edge.url + '/');
  await page.click(chat.launcher);
  await page.waitForSelector(lite.root);
  await page.fill(lite.input, ASK);
  await page.press(lite.input, 'Enter');
  await page.locator(`${lite.li('bot')}[data-stage="waiting"]`).waitFor();
  for (const text of texts) {
    await page.fill(lite.input, text);
    await page.press(lite.input, 'Enter');
  }
  await page.locator(`${lite.li('shopper')}[data-status="delivered"]`).nth(texts.length).waitFor();
  await onScreen(page, lite.input);
  assert.equal(await page.inputValue(lite.input), '', 'Enter leaves no line break in the box');
  // One over the limit: kept in the box, not sent (the lite chat says nothing of it).
  await page.fill(lite.input, tooLong.text);
  await page.press(lite.input, 'Enter');
  assert.equal(await page.inputValue(lite.input), tooLong.text, 'the draft is kept as it was');
  await page.fill(lite.input, '');
  await typeByScript(page, 'caravan-chat', 'section[data-mode="lite"] textarea', LONE);
  await page.press(lite.input, 'Enter');
  await page.locator(`${lite.li('shopper')}[data-status="delivered"]`).nth(texts.length + 1).waitFor();

  const s = await session(page);
  for (const text of texts) await reply(s, text);
  await page.locator(lite.li('agent')).nth(texts.length - 1).waitFor();
  const shown = await drawn(page, 'caravan-chat', 'section[data-mode="lite"] li', 'span');
  asText(shown, 'shopper', [ASK, ...texts, REPLACED], ['small', 'span']);
  asText(shown, 'agent', texts, ['small', 'span']);
  await nothingRan(page);
  await onScreen(page, lite.input);
  await fits(page, 'caravan-chat', 'section[data-mode="lite"] .g');
  await page.screenshot({ path: new URL('hostile-lite.png', artifacts).pathname });
  await context.close();
});

test('the console shows the shopper\'s hostile texts and the inbox preview as text; a hostile reply from its composer is text on both sides', async () => {
  assert.ok(widgetSession, 'the widget\'s test ran first');
  const invited = await fetch(`${suite.edge.url}/v1/console/demo/invites`, {
    method: 'POST', headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bea@shop.example', name: 'Bea', role: 'agent', languages: ['en'], regions: [widgetSession.region], can_reveal: false }),
  });
  assert.equal(invited.status, 201);
  const context = await suite.browser.newContext(BROWSING);
  const page = await watched(context);
  await page.goto((await invited.json()).invite_url);
  await page.locator('h1', { hasText: 'Welcome, Bea' }).waitFor();
  await page.fill('input[name="new-password"]', 'a long passphrase for the console');
  await page.press('input[name="new-password"]', 'Enter');

  // The row's preview: the last message (the agent's last reply), cut at 160 characters.
  const last = [...texts.at(-1)];
  const row = page.locator(`.cv-row[data-conversation="${widgetSession.conversation_id}"]`);
  await row.locator('.cv-last').waitFor();
  assert.equal(await row.locator('.cv-last').textContent(), last.length > 160 ? `${last.slice(0, 160).join('')}…` : texts.at(-1));

  await row.locator('a').click();
  await page.locator('.cv-message[data-author="agent"]').nth(texts.length - 1).waitFor();
  const shown = await drawn(page, null, '.cv-messages > li', '.cv-text');
  // Masked for the console: the corpus holds no personal data, so nothing changed.
  asText(shown, 'shopper', [ASK, ...texts, REPLACED], ['span', 'p']);
  asText(shown, 'agent', texts, ['span', 'p']);
  await onScreen(page, '#cv-reply');
  await fits(page, null, '.cv-messages');

  // A hostile reply from the composer: text in the console, the row and the widget.
  const hostileReply = typed.find((e) => e.name === 'iframe-srcdoc').text;
  await page.fill('#cv-reply', hostileReply);
  await page.press('#cv-reply', 'Control+Enter');
  await page.locator('.cv-message[data-author="agent"]').nth(texts.length).waitFor();
  const sent = (await drawn(page, null, '.cv-messages > li', '.cv-text')).at(-1);
  assert.deepEqual([sent.text, sent.children], [hostileReply, 0]);
  await row.locator('.cv-last', { hasText: hostileReply }).waitFor();
  assert.equal(await row.locator('.cv-last').textContent(), hostileReply);
  assert.deepEqual(await row.locator('.cv-last').evaluate((e) => [e.childElementCount, getComputedStyle(e).unicodeBidi]), [0, 'isolate']);
  await nothingRan(page);
  await page.screenshot({ path: new URL('hostile-console.png', artifacts).pathname });

  const shopper = await watched(await suite.browser.newContext(BROWSING));
  await shopper.goto(suite.edge.url + '/');
  await shopper.evaluate((s) => localStorage.setItem('caravan:demo:session', JSON.stringify(s)), widgetSession);
  await shopper.reload();
  await shopper.click(chat.launcher);
  await shopper.locator(`${chat.theirs}[data-author="agent"]`).nth(texts.length).waitFor();
  const widget = (await drawn(shopper, 'caravan-chat', '.cv-list > li', '.cv-text')).at(-1);
  assert.deepEqual([widget.text, widget.children], [hostileReply, 0]);
  await nothingRan(shopper);
  await shopper.context().close();
  await context.close();
});
