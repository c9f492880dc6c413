// The agent console in Chromium against `wrangler dev`, with the shopper in a second
// browser context: an invite accepted, a Thai shopper's handoff found in an English inbox
// with its summary, an e-mail revealed (and audited), a reply previewed and sent in
// English and read in Thai in the widget; markup from a shopper shown as text; an agent
// of another region shown nothing; signed-out and cross-store calls refused. The
// translation provider is the LibreTranslate stand-in (tests/standins), "in" the region
// `wrangler dev` places local sessions in (us).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { chat } from '../lib/browser.mjs';
import { artifacts, stage } from '../lib/stage.mjs';
import { violations } from '../lib/axe.mjs';
import { TranslationStandin } from '../standins/translation.mjs';

const ADMIN = 'e2e-console-admin-token-for-tests-only-012345';
const THAI = 'สวัสดีค่ะ คำสั่งซื้อ #12345 ของฉันยังไม่มาถึงเลย ช่วยตรวจสอบให้หน่อยได้ไหมคะ';
const REPLY = 'Your order #12345 is on its way and will arrive tomorrow.';
const REPLY_THAI = 'คำสั่งซื้อ #12345 ของคุณกำลังจัดส่งและจะถึงในวันพรุ่งนี้ค่ะ';
const PASSWORD = 'a long passphrase for the console';

const standin = new TranslationStandin();
after(() => standin.stop());
const suite = stage(async () => {
  await standin.start();
  return {
    CARAVAN_MERCHANTS: JSON.stringify({
      demo: {
        name: 'Caravan Demo Store', default_region: 'eu', default_locale: 'en',
        translation: { agent_locale: 'en', providers: ['libre-us'] },
      },
      other: { name: 'Other Store', default_region: 'eu', default_locale: 'en' },
    }),
    CARAVAN_TRANSLATORS: JSON.stringify({ 'libre-us': { kind: 'libretranslate', processes_in: 'us', url: standin.url } }),
    CARAVAN_ADMIN_TOKENS: JSON.stringify({ demo: ADMIN, other: `${ADMIN}-other` }),
  };
});

async function invite(profile) {
  const res = await fetch(`${suite.edge.url}/v1/console/demo/invites`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    body: JSON.stringify(profile),
  });
  assert.equal(res.status, 201);
  return (await res.json()).invite_url;
}

/** Accepts `profile`'s invite in a fresh English browser context: the console's page. */
async function agentPage(profile) {
  const context = await suite.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(await invite(profile));
  await page.locator('h1', { hasText: `Welcome, ${profile.name}` }).waitFor();
  await page.fill('input[name="new-password"]', PASSWORD);
  await page.press('input[name="new-password"]', 'Enter');
  await page.locator('.cv-inbox').waitFor();
  return { context, page, errors };
}

test('an agent in an English console answers a Thai shopper, who reads the answer in Thai', async () => {
  // The shopper: Thai, in the widget, asks for a person and leaves an e-mail and markup.
  const shopperContext = await suite.browser.newContext({ locale: 'th-TH' });
  const shop = await shopperContext.newPage();
  await shop.goto(suite.edge.url + '/');
  await shop.click(chat.launcher);
  for (const text of [THAI, 'อีเมลของฉัน somchai@example.com <script>window.pwned = 1</script>', 'ขอคุยกับพนักงานค่ะ']) {
    await shop.fill(chat.input, text);
    await shop.press(chat.input, 'Enter');
  }
  await shop.locator(`${chat.theirs}[data-author="bot"][data-stage="waiting"]`).waitFor();
  // Written while a person is awaited (the bot is quiet): the conversation's last message.
  await shop.fill(chat.input, 'ขอบคุณค่ะ');
  await shop.press(chat.input, 'Enter');
  await shop.locator(`${chat.mine}[data-status="delivered"]`).nth(3).waitFor();
  const session = await shop.evaluate(() => JSON.parse(localStorage.getItem('caravan:demo:session')));

  // The console: the headers that keep it safe.
  const served = await fetch(`${suite.edge.url}/console/`);
  assert.equal(served.status, 200);
  const csp = served.headers.get('content-security-policy') ?? '';
  assert.match(csp, /frame-ancestors 'none'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.equal(served.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(served.headers.get('referrer-policy'), 'no-referrer');

  const agent = { email: 'bea@shop.example', name: 'Bea', role: 'agent', languages: ['en'], regions: [session.region], can_reveal: true };
  const { context, page, errors } = await agentPage(agent);
  const row = page.locator(`.cv-row[data-conversation="${session.conversation_id}"]`);
  await row.waitFor();
  assert.equal(await row.getAttribute('data-status'), 'waiting');
  assert.match(await row.locator('.cv-lang-name').textContent(), /Thai/);
  assert.equal(await row.locator('.cv-trigger').textContent(), 'Asked for a person');
  // The last message, in the agent's language once translated (the stand-in marks it).
  await row.locator('.cv-last', { hasText: '[en] ขอบคุณค่ะ' }).waitFor();
  assert.match(await page.title(), /^\(\d+\) Caravan console$/, 'the tab counts unread conversations');

  // Live: with the region's list no longer readable, a new handoff still appears (pushed).
  await page.route('**/v1/console/demo/inbox/**', (route) => route.abort());
  const second = await suite.browser.newContext({ locale: 'es-ES' });
  const other = await second.newPage();
  await other.goto(suite.edge.url + '/');
  await other.click(chat.launcher);
  await other.fill(chat.input, 'Quiero hablar con una persona, por favor');
  await other.press(chat.input, 'Enter');
  await other.locator(`${chat.theirs}[data-author="bot"][data-stage="waiting"]`).waitFor();
  const otherSession = await other.evaluate(() => JSON.parse(localStorage.getItem('caravan:demo:session')));
  await page.locator(`.cv-row[data-conversation="${otherSession.conversation_id}"][data-status="waiting"]`).waitFor();
  await page.unroute('**/v1/console/demo/inbox/**');
  await second.close();
  await page.screenshot({ path: new URL('console-inbox.png', artifacts).pathname });

  // The conversation: summary, masked e-mail, markup as text.
  await row.locator('a').click();
  await page.locator('.cv-summary .cv-trigger', { hasText: 'Asked for a person' }).waitFor();
  const withEmail = page.locator('.cv-message[data-author="shopper"]', { hasText: 'example.com' });
  await withEmail.waitFor();
  assert.match(await withEmail.locator('.cv-text').textContent(), /s\*\*\*@example\.com <script>window\.pwned = 1<\/script>/);
  assert.equal(await page.evaluate(() => window.pwned), undefined, 'shopper markup never runs');
  assert.equal(await page.locator('.cv-messages script').count(), 0);
  await withEmail.locator('.cv-reveal').click();
  await page.locator('.cv-message .cv-text', { hasText: 'somchai@example.com' }).waitFor();
  const audit = await (await fetch(`${suite.edge.url}/v1/console/demo/audit`, { headers: { authorization: `Bearer ${ADMIN}` } })).json();
  assert.ok(audit.entries.some((e) => e.account === agent.email && e.action === 'reveal' && e.target.startsWith(`${session.region}/${session.conversation_id}#`)));

  // A canned reply the store wrote in Thai: picked, filled in, left to the agent to send.
  const canned = { title: 'Parcel on its way', texts: { en: 'Hi, {name} here: order {order} left today.', th: 'สวัสดีค่ะ {name} ดูแลคำสั่งซื้อของคุณค่ะ' } };
  const put = await fetch(`${suite.edge.url}/v1/console/demo/canned/parcel`, {
    method: 'PUT', headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' }, body: JSON.stringify(canned),
  });
  assert.equal(put.status, 200);
  await page.reload();
  await page.locator('.cv-canned').waitFor();
  await page.selectOption('.cv-canned', 'parcel');
  assert.equal(await page.inputValue('#cv-reply'), 'สวัสดีค่ะ Bea ดูแลคำสั่งซื้อของคุณค่ะ');
  await page.fill('#cv-reply', '');

  // The reply: previewed in Thai, sent in English, read in Thai.
  await page.keyboard.press('Escape');
  await page.locator('#cv-reply').waitFor({ state: 'detached' });
  await row.locator('a').focus();
  await page.keyboard.press('Enter');
  // The hash changes, then the conversation opens: only then is there a box to go to.
  await page.locator('#cv-reply').waitFor();
  await page.keyboard.press('r');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'cv-reply', '`r` goes to the reply box');
  await page.keyboard.type(REPLY);
  await page.locator('.cv-preview', { hasText: REPLY_THAI }).waitFor();
  // Typing, both ways: the shopper sees the team typing, in Thai; the agent, the shopper.
  await shop.locator('caravan-chat .cv-typing:not([hidden])').waitFor();
  assert.match(await shop.locator('caravan-chat .cv-typing').textContent(), /พิมพ์/);
  await page.screenshot({ path: new URL('console-conversation.png', artifacts).pathname });
  await page.click('.cv-composer button[type="submit"]');
  await page.locator('.cv-message[data-author="agent"]', { hasText: REPLY }).waitFor();
  const reply = shop.locator(`${chat.theirs}[data-author="agent"]`);
  await reply.waitFor();
  assert.equal(await reply.locator('.cv-text').textContent(), REPLY_THAI);
  await shop.locator('caravan-chat .cv-typing[hidden]').waitFor({ state: 'attached' });
  await shop.type(chat.input, 'ขอบคุณ');
  await page.locator('.cv-typing:not([hidden])', { hasText: 'The shopper is typing…' }).waitFor();
  await shop.fill(chat.input, '');

  // A private note: on the agent's screen, never on the shopper's.
  await page.check('.cv-note-toggle input');
  await page.fill('#cv-reply', 'Promised a call-back on Friday');
  await page.click('.cv-composer button[type="submit"]');
  await page.locator('.cv-note', { hasText: 'Promised a call-back on Friday' }).waitFor();
  await page.uncheck('.cv-note-toggle input');

  // The same shopper on a weak link: the lite chat, the same conversation, the reply in Thai.
  const litePage = await shopperContext.newPage();
  await (await shopperContext.newCDPSession(litePage)).send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
  await litePage.goto(suite.edge.url + '/');
  await litePage.click(chat.launcher);
  const liteReply = litePage.locator('caravan-chat section[data-mode="lite"] li[data-author="agent"] span').first();
  await liteReply.waitFor();
  assert.equal(await liteReply.textContent(), REPLY_THAI);
  // The agent writes again: the lite chat says so, in Thai.
  // (Signs go at most every 3 s: typed slowly enough to send one.)
  await page.type('#cv-reply', 'One more thing', { delay: 300 });
  const liteTyping = litePage.locator('caravan-chat section[data-mode="lite"] .t:not([hidden])');
  await liteTyping.waitFor();
  assert.match(await liteTyping.textContent(), /พิมพ์/);
  await page.fill('#cv-reply', '');
  await litePage.close();

  // Closing: the shopper is asked, in Thai, for a rating; 4 of 5 and a comment reach the console.
  await page.click('.cv-close');
  const asked = shop.locator(`${chat.theirs}[data-author="bot"][data-stage="closed"]`);
  await asked.waitFor();
  const stars = asked.locator('.cv-choices button');
  assert.equal(await stars.count(), 5);
  await stars.nth(3).click();
  await shop.locator(`${chat.theirs}[data-author="bot"]`, { hasText: 'ขอบคุณ' }).last().waitFor();
  await shop.fill(chat.input, 'ตอบเร็วมากค่ะ');
  await shop.press(chat.input, 'Enter');
  await page.locator('.cv-closed .cv-rating', { hasText: 'Rated 4 out of 5' }).waitFor({ timeout: 20_000 });
  await page.locator('.cv-rating-comment', { hasText: 'ตอบเร็วมากค่ะ' }).waitFor({ timeout: 20_000 });
  await page.locator(`.cv-row[data-conversation="${session.conversation_id}"][data-status="closed"]`).waitFor();
  assert.ok(await shop.locator(chat.theirs).count() > 0);
  assert.equal(await shop.locator(chat.theirs, { hasText: 'call-back' }).count(), 0, 'the note never reached the shopper');
  await page.screenshot({ path: new URL('console-closed-rated.png', artifacts).pathname });
  assert.deepEqual(errors, []);
  await context.close();
  await shopperContext.close();
});

test('an agent of another region sees none of it; signed-out and cross-store calls are refused', async () => {
  const agent = { email: 'eve@shop.example', name: 'Eve', role: 'agent', languages: ['en'], regions: ['apac'] };
  const { context, page } = await agentPage(agent);
  await page.locator('.cv-none').waitFor();
  assert.equal(await page.locator('.cv-row').count(), 0);
  const cookies = await context.cookies();
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const us = await fetch(`${suite.edge.url}/v1/console/demo/inbox/us`, { headers: { cookie } });
  assert.equal(us.status, 403);
  assert.doesNotMatch(await us.text(), /"rows"/, 'nothing of the region leaked');
  assert.equal((await fetch(`${suite.edge.url}/v1/console/demo/inbox/us`)).status, 401);
  const other = await fetch(`${suite.edge.url}/v1/console/other/inbox/apac`, { headers: { cookie } });
  assert.equal(other.status, 401, 'a session of one store means nothing at another');
  await context.close();
});

test('an agent who works in Arabic gets a right-to-left console, the shopper\'s words in Arabic, that axe finds no fault with', async () => {
  // axe is injected as an inline script, which the console's CSP rightly refuses.
  const context = await suite.browser.newContext({ locale: 'en-US', bypassCSP: true, viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await page.goto(await invite({ email: 'amal@shop.example', name: 'Amal', role: 'agent', languages: ['ar', 'en'], regions: ['us'] }));
  await page.locator('input[name="new-password"]').waitFor();
  assert.deepEqual(await violations(page, [['body']]), [], 'axe, the invite page');
  await page.fill('input[name="new-password"]', PASSWORD);
  await page.press('input[name="new-password"]', 'Enter');
  await page.locator('.cv-inbox h2', { hasText: 'صندوق الوارد' }).waitFor();
  assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['ar', 'rtl']);
  assert.match(await page.title(), /Caravan/);
  await page.locator('.cv-row').first().waitFor();
  assert.deepEqual(await violations(page, [['body']]), [], 'axe, the inbox');
  await page.locator('.cv-row a').first().click();
  await page.locator('.cv-composer').waitFor();
  // The shopper's words told again in Arabic for her (the store's agents read English).
  await page.locator('.cv-message[data-author="shopper"] .cv-text', { hasText: '[ar]' }).first().waitFor();
  assert.deepEqual(await violations(page, [['body']]), [], 'axe, a conversation');
  await page.screenshot({ path: new URL('console-rtl.png', artifacts).pathname });
  await context.close();
});

test('an admin runs the team: a new handoff announced, an invite made on the team page, the conversation given to the colleague who writes Spanish', async () => {
  const boss = { email: 'olga@shop.example', name: 'Olga', role: 'admin', languages: ['en'], regions: ['us'] };
  // axe is injected as an inline script (bypassCSP); notifications are allowed, recorded,
  // and the tab is made to look hidden, as when the agent works in another window.
  const context = await suite.browser.newContext({
    locale: 'en-US', bypassCSP: true, viewport: { width: 1280, height: 800 }, permissions: ['notifications'],
  });
  await context.addInitScript(() => {
    window.__notes = [];
    const Real = window.Notification;
    window.Notification = class extends Real {
      constructor(title, options) {
        super(title, options);
        window.__notes.push({ title, body: options?.body, tag: options?.tag });
      }
    };
    Object.defineProperty(Document.prototype, 'hidden', { configurable: true, get: () => window.__hidden === true });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(await invite(boss));
  await page.locator('h1', { hasText: 'Welcome, Olga' }).waitFor();
  await page.fill('input[name="new-password"]', PASSWORD);
  await page.press('input[name="new-password"]', 'Enter');
  await page.locator('.cv-inbox').waitFor();
  await page.check('.cv-notify input');
  await page.evaluate(() => { window.__hidden = true; });

  // A Spanish shopper asks for a person: the console, in another window, says so.
  const shopperContext = await suite.browser.newContext({ locale: 'es-ES' });
  const shop = await shopperContext.newPage();
  await shop.goto(suite.edge.url + '/');
  await shop.click(chat.launcher);
  await shop.fill(chat.input, 'Necesito hablar con una persona, por favor');
  await shop.press(chat.input, 'Enter');
  await shop.locator(`${chat.theirs}[data-author="bot"][data-stage="waiting"]`).waitFor();
  const session = await shop.evaluate(() => JSON.parse(localStorage.getItem('caravan:demo:session')));
  await page.waitForFunction((id) => window.__notes.some((n) => n.tag === id), session.conversation_id);
  const [note] = await page.evaluate((id) => window.__notes.filter((n) => n.tag === id), session.conversation_id);
  assert.equal(note.title, 'A shopper is waiting for a person');
  assert.match(note.body, /Spanish/);
  await page.evaluate(() => { window.__hidden = false; });

  // The team page: Carla invited (writes Spanish), her link shown once to copy.
  await page.click('.cv-team-link');
  await page.locator('#cv-team-heading').waitFor();
  await page.fill('.cv-member-form input[type="email"]', 'carla@shop.example');
  await page.fill('.cv-member-form input:not([type])', 'Carla');
  const [languages, regions] = [page.locator('.cv-member-form select[multiple]').nth(0), page.locator('.cv-member-form select[multiple]').nth(1)];
  // Spanish chosen first, then English: Spanish stays first, her console's language.
  await languages.selectOption(['es']);
  await languages.selectOption(['es', 'en']);
  await page.locator('.cv-member-form .cv-hint', { hasText: 'Spanish, English' }).waitFor();
  await regions.selectOption(['us']);
  await page.click('.cv-member-form button[type="submit"]');
  const link = page.locator('.cv-invite-url');
  await page.waitForFunction(() => document.querySelector('.cv-invite-url')?.value.includes('#invite/demo/'));
  const carlaLink = await link.inputValue();
  await page.locator('.cv-member[data-state="invited"]', { hasText: 'carla@shop.example' }).waitFor();
  await page.locator('.cv-audit-entry[data-action="invite"]', { hasText: 'carla@shop.example' }).waitFor();
  assert.deepEqual(await violations(page, [['.cv-team']]), [], 'axe, the team page');
  await page.screenshot({ path: new URL('console-team.png', artifacts).pathname, fullPage: true });

  // Carla accepts in her own browser.
  const carlaContext = await suite.browser.newContext({ locale: 'es-ES' });
  const carla = await carlaContext.newPage();
  await carla.goto(carlaLink);
  await carla.locator('h1', { hasText: 'Carla' }).waitFor();
  await carla.fill('input[name="new-password"]', PASSWORD);
  await carla.press('input[name="new-password"]', 'Enter');
  await carla.locator('.cv-inbox').waitFor();
  assert.equal(await carla.evaluate(() => document.documentElement.lang), 'es');

  // Back in the inbox, the conversation goes to Carla, suggested as writing Spanish.
  await page.click('.cv-team > a');
  const row = page.locator(`.cv-row[data-conversation="${session.conversation_id}"]`);
  await row.locator('a').click();
  await page.locator('.cv-assign-to').focus();
  const carlaOption = page.locator('.cv-assign-to option[value="carla@shop.example"]');
  await carlaOption.waitFor({ state: 'attached' });
  assert.match(await carlaOption.textContent(), /^Carla · writes Spanish/);
  await page.selectOption('.cv-assign-to', 'carla@shop.example');
  await page.locator('.cv-assignee', { hasText: 'carla@shop.example' }).waitFor();
  // Carla finds it among hers.
  await carla.check('.cv-filters input[type="checkbox"] >> nth=1');
  await carla.locator(`.cv-row[data-conversation="${session.conversation_id}"]`).waitFor();
  await shop.locator(`${chat.theirs}[data-author="bot"][data-stage="agent"]`).waitFor();
  // On a tablet held upright: the inbox above the conversation, nothing wider than the screen.
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.locator('.cv-composer textarea').scrollIntoViewIfNeeded();
  assert.ok(await page.locator('.cv-inbox').isVisible() && await page.locator('.cv-composer textarea').isVisible());
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling');
  await page.screenshot({ path: new URL('console-tablet.png', artifacts).pathname });
  assert.deepEqual(errors, []);
  await carlaContext.close();
  await shopperContext.close();
  await context.close();
});
