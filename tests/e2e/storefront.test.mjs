// The snippet on a merchant's own site, as on every real Shopify or Magento store: the
// storefront is served from a second origin, with and without a strict Content-Security-
// Policy, and the loader, the widget (or the lite chat) and its strings come from the
// edge's origin. A third origin, which the store has not configured, gets the honest
// "unavailable" state and stores nothing. A repeat visit downloads no widget file.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { WranglerDev } from '../lib/wrangler.mjs';
import { chat, launch } from '../lib/browser.mjs';
import { artifacts } from '../lib/stage.mjs';
import { site } from '../lib/site.mjs';
import { startStorefront } from '../lib/storefront.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// `shop` is the demo store's storefront; `stranger` no store's; `neighbour` another
// store's (so its pages pass CORS preflights and get the demo store's readable 403).
const s = {};
before(async () => {
  let edgeUrl = '';
  [s.shop, s.stranger, s.neighbour] = await Promise.all([
    startStorefront(() => edgeUrl, { title: 'Terracotta & Co.' }),
    startStorefront(() => edgeUrl, { title: 'Not configured' }),
    startStorefront(() => edgeUrl, { title: 'Another store' }),
  ]);
  const merchants = JSON.stringify({
    demo: { name: 'Caravan Demo Store', default_region: 'eu', default_locale: 'en', origins: [s.shop.url] },
    neighbour: { name: 'Neighbour', default_region: 'eu', default_locale: 'en', origins: [s.neighbour.url] },
  });
  [s.edge, s.browser] = await Promise.all([
    new WranglerDev({ vars: { CARAVAN_MERCHANTS: merchants } }).start(),
    launch(),
  ]);
  edgeUrl = s.edge.url;
});
after(async () => {
  await s.browser?.close();
  await s.edge?.stop();
  await s.shop?.close();
  await s.stranger?.close();
  await s.neighbour?.close();
});

/** axe-core's WCAG 2.0–2.2 A/AA violations inside the chat (on a page without a CSP,
 * which would refuse the injected script). */
async function axeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await window.axe.run({ include: [['caravan-chat']] }, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`);
  });
}

const lite = {
  root: 'caravan-chat section[data-mode="lite"]',
  input: 'caravan-chat section[data-mode="lite"] textarea',
  mine: 'caravan-chat section[data-mode="lite"] li[data-author="shopper"]',
  bot: 'caravan-chat section[data-mode="lite"] li[data-author="bot"]',
};
const VARIANTS = {
  full: { input: chat.input, delivered: `${chat.mine}[data-status="delivered"]`, mine: chat.mine, bot: `${chat.theirs}[data-author="bot"]` },
  lite: { input: lite.input, delivered: `${lite.mine}[data-status="delivered"]`, mine: lite.mine, bot: lite.bot },
};

/** A fresh shopper on `url`; `saveData` makes the loader choose the lite chat. Records the
 * page's CSP violations and console errors. */
async function visit(url, { saveData = false, context } = {}) {
  context ??= await s.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  if (saveData) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
  }
  const seen = { violations: [], errors: [] };
  await page.exposeFunction('__caravanViolation', (v) => seen.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__caravanViolation(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => { if (m.type() === 'error') seen.errors.push(m.text()); });
  await page.goto(url);
  await page.waitForSelector(chat.launcher);
  return { context, page, seen };
}

/** Conversation objects on disk (wrangler dev's storage), to prove nothing was stored. */
function storedConversations() {
  const dir = path.join(s.edge.dir, 'state/v3/do');
  if (!existsSync(dir)) return 0;
  return readdirSync(dir)
    .filter((d) => d.includes('Conversation'))
    .flatMap((d) => readdirSync(path.join(dir, d)))
    .filter((f) => f.endsWith('.sqlite')).length;
}

test('static files are public to every storefront, cached by content, and typed', async () => {
  const get = (p) => fetch(`${s.edge.url}/${p}`, { headers: { origin: s.stranger.url } });
  const loader = await get('caravan.js');
  assert.equal(loader.headers.get('access-control-allow-origin'), '*');
  assert.equal(loader.headers.get('cache-control'), 'public, max-age=300, stale-while-revalidate=86400');
  const body = await loader.text();
  for (const file of [site.widget_js, site.lite_js, site.locales]) {
    assert.ok(body.includes(file), `the loader names ${file}`);
  }
  // The widget's module names its wasm, beside it.
  const module = await (await get(site.widget_js)).text();
  assert.ok(module.includes(`"${site.widget_wasm.replace('widget/', '')}"`), 'the module names its wasm');
  for (const file of [site.widget_js, site.widget_wasm, site.lite_js, site.locales]) {
    assert.match(file, /\.[0-9a-f]{8}(\.|\/)/, `${file} carries its content hash`);
  }
  for (const file of [site.widget_js, site.widget_wasm, site.lite_js, `${site.locales}th/widget.ftl`]) {
    const res = await get(file);
    assert.equal(res.status, 200, file);
    assert.equal(res.headers.get('access-control-allow-origin'), '*', file);
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable', file);
  }
  assert.equal((await get(`${site.locales}th/widget.ftl`)).headers.get('content-type'), 'text/plain; charset=utf-8');
  assert.equal((await get(site.widget_wasm)).headers.get('content-type'), 'application/wasm');
  // The API keeps its per-merchant checks: a stranger's preflight is refused.
  const preflight = (origin) => fetch(`${s.edge.url}/v1/sessions`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });
  assert.equal((await preflight(s.stranger.url)).status, 403);
  const allowed = await preflight(s.shop.url);
  assert.equal(allowed.status, 204);
  assert.equal(allowed.headers.get('access-control-allow-origin'), s.shop.url);
});

for (const variant of ['full', 'lite']) {
  for (const csp of [false, true]) {
    const name = `${variant} chat on a storefront of another origin${csp ? ', under a strict CSP' : ''}`;
    test(`${name}: the shopper converses, reloads and sees their history`, async () => {
      const v = VARIANTS[variant];
      const url = s.shop.url + (csp ? '/strict' : '/');
      const { context, page, seen } = await visit(url, { saveData: variant === 'lite' });
      // The launcher is styled (its stylesheet is constructed, so `style-src` does not apply).
      const bubble = await page.evaluate(() => {
        const b = document.querySelector('caravan-chat').shadowRoot.querySelector('.b');
        const st = getComputedStyle(b);
        return { background: st.backgroundColor, width: st.width, radius: st.borderRadius };
      });
      assert.deepEqual(bubble, { background: 'rgb(51, 70, 194)', width: '56px', radius: '50%' });
      await page.click(chat.launcher);
      await page.waitForSelector(v.input);
      const text = `Hello from ${variant}${csp ? ' under CSP' : ''}`;
      await page.fill(v.input, text);
      await page.press(v.input, 'Enter');
      await page.waitForSelector(v.delivered);
      await page.waitForSelector(v.bot);
      if (variant === 'full') {
        // The panel is styled too: its stylesheet is constructed inside the widget.
        const header = await page.evaluate(() => getComputedStyle(document.querySelector('caravan-chat')
          .shadowRoot.querySelector('.cv-header')).backgroundColor);
        assert.equal(header, 'rgb(51, 70, 194)');
      }
      await page.screenshot({ path: new URL(`storefront-${variant}${csp ? '-csp' : ''}.png`, artifacts).pathname });

      await page.reload();
      await page.click(chat.launcher);
      await page.waitForSelector(v.bot);
      assert.match(await page.locator(v.mine).first().textContent(), new RegExp(text));
      assert.equal(await page.locator(v.mine).count(), 1, 'the same conversation, nothing doubled');
      assert.deepEqual(seen.violations, [], 'the page policy refused nothing of ours');
      await context.close();
    });
  }
}

// Refused three ways: an origin no store has (the preflight fails, unreadable), a
// storefront of another store (a readable 403), and a snippet naming no configured store.
const REFUSALS = [
  ['an origin no store has configured', () => s.stranger.url + '/strict', () => `origin ${s.stranger.url} is not configured for store demo`],
  ['another store\'s storefront', () => s.neighbour.url + '/strict', () => `origin ${s.neighbour.url} is not configured for store demo`],
  ['a snippet naming an unknown store', () => s.shop.url + '/strict?merchant=no-such-store', () => 'store no-such-store is not configured'],
];
for (const [i, [what, url, cause]] of REFUSALS.entries()) {
  for (const variant of ['full', 'lite']) {
    test(`${variant} chat on ${what}: an honest failure, the cause in the console, nothing stored`, async () => {
      const before = storedConversations();
      assert.ok(before > 0, 'the conversations of the tests above are on disk (the count is real)');
      const { context, page, seen } = await visit(url(), { saveData: variant === 'lite' });
      await page.click(chat.launcher);
      const state = variant === 'full'
        ? 'caravan-chat .cv-connection[data-state="refused"]'
        : `${lite.root}[data-state="refused"] .s`;
      await page.waitForSelector(state);
      assert.equal(await page.textContent(state), 'Chat is unavailable right now.');
      assert.equal(await page.getAttribute(state, 'role'), 'status', 'announced to screen readers');
      // Nothing to write into, and the console names the cause for the merchant.
      const composer = variant === 'full' ? 'caravan-chat form.cv-composer' : lite.input;
      assert.ok(!(await page.isVisible(composer)) || (await page.isDisabled(composer)));
      assert.ok(seen.errors.some((e) => e.includes(cause())), `console names the cause: ${seen.errors.join(' | ')}`);
      await page.screenshot({ path: new URL(`storefront-refused-${i + 1}-${variant}.png`, artifacts).pathname });
      // No session on the device, no conversation at the edge, even after retries would have run.
      await page.waitForTimeout(1_500);
      assert.ok(await page.isVisible(state), 'still refused: no retry took the state back');
      assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith(':session')).length), 0);
      assert.equal(storedConversations(), before);
      await context.close();
    });
  }
}

test('the refused state and the loader\'s failure pass axe too', async () => {
  for (const saveData of [false, true]) {
    const { context, page } = await visit(s.stranger.url + '/', { saveData });
    await page.click(chat.launcher);
    await page.waitForSelector('caravan-chat [data-state="refused"]');
    assert.deepEqual(await axeViolations(page), [], `refused (${saveData ? 'lite' : 'full'})`);
    await context.close();
  }
  const { context, page } = await visit(s.shop.url + '/');
  await context.setOffline(true);
  await page.click(chat.launcher);
  await page.waitForSelector('caravan-chat .e[role="alert"]');
  assert.deepEqual(await axeViolations(page), [], 'the loader\'s failure');
  await context.close();
});

test('a policy that allows no styles at all: both chats are styled all the same', async () => {
  for (const saveData of [false, true]) {
    const { context, page, seen } = await visit(s.shop.url + '/strict-no-style', { saveData });
    await page.click(chat.launcher);
    await page.waitForSelector(saveData ? lite.input : chat.input);
    const colors = await page.evaluate(() => {
      const root = document.querySelector('caravan-chat').shadowRoot;
      const bg = (sel) => getComputedStyle(root.querySelector(sel)).backgroundColor;
      return [bg('.b'), bg('.cv-header, .l .h')];
    });
    assert.deepEqual(colors, ['rgb(51, 70, 194)', 'rgb(51, 70, 194)']);
    assert.deepEqual(seen.violations, [], 'style-src refused nothing of ours');
    await context.close();
  }
});

for (const variant of ['full', 'lite']) {
  test(`${variant} chat in a browser without constructed stylesheets (Safari before 16.4) is styled by <style>`, async () => {
    const context = await s.browser.newContext({ locale: 'en-US' });
    await context.addInitScript(() => {
      window.CSSStyleSheet = class {
        constructor() { throw new TypeError('Illegal constructor'); }
      };
    });
    const { page } = await visit(s.shop.url + '/', { context, saveData: variant === 'lite' });
    await page.click(chat.launcher);
    const v = VARIANTS[variant];
    await page.waitForSelector(v.input);
    const styled = await page.evaluate(() => {
      const root = document.querySelector('caravan-chat').shadowRoot;
      const bg = (sel) => getComputedStyle(root.querySelector(sel)).backgroundColor;
      return {
        sheets: root.adoptedStyleSheets.length,
        styles: root.querySelectorAll('style').length,
        bubble: bg('.b'),
        header: bg('.cv-header, .h'),
      };
    });
    assert.deepEqual(styled, { sheets: 0, styles: 2, bubble: 'rgb(51, 70, 194)', header: 'rgb(51, 70, 194)' });
    await context.close();
  });
}

test('a policy without \'wasm-unsafe-eval\' gets the lite chat, which works', async () => {
  const { context, page, seen } = await visit(s.shop.url + '/strict-no-wasm');
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.click(chat.launcher);
  await page.fill(lite.input, 'Hello despite the policy');
  await page.press(lite.input, 'Enter');
  await page.waitForSelector(`${lite.mine}[data-status="delivered"]`);
  assert.ok(seen.violations.some((v) => v.startsWith('script-src') && v.includes('wasm')), seen.violations.join(' | '));
  assert.ok(warnings.some((w) => w.includes('caravan: the full chat failed; trying the lite chat')));
  await context.close();
});

test('a policy that blocks the edge for connections: the shopper is told the chat is unavailable', async () => {
  const { context, page, seen } = await visit(s.shop.url + '/strict-no-connect');
  await page.click(chat.launcher);
  // The module loads (script-src allows it); its requests are refused by the policy.
  await page.waitForSelector(`${lite.root} .s:text("Chat is unavailable right now")`);
  assert.ok(seen.violations.some((v) => v.startsWith('connect-src')), seen.violations.join(' | '));
  await context.close();
});

test('offline when the shopper opens the chat: an honest failure, then the chat once back', async () => {
  const { context, page, seen } = await visit(s.shop.url + '/');
  await context.setOffline(true);
  await page.click(chat.launcher);
  const failure = 'caravan-chat .e[role="alert"]';
  await page.waitForSelector(failure);
  assert.equal(await page.textContent(failure), 'Chat is unavailable right now.');
  assert.equal(await page.getAttribute(chat.launcher, 'aria-expanded'), 'false');
  assert.ok(seen.errors.some((e) => e.includes('caravan: the chat could not load: offline')),
    seen.errors.join(' | '));
  await page.screenshot({ path: new URL('storefront-offline.png', artifacts).pathname });
  await context.setOffline(false);
  await page.click(chat.launcher);
  await page.waitForSelector(chat.input);
  assert.equal(await page.isVisible(failure), false, 'the failure is gone once the chat opens');
  await context.close();
});

test('a second page view downloads no widget file and no revalidation', async (t) => {
  const context = await s.browser.newContext({ locale: 'en-US' });
  const times = [];
  const network = [];
  for (const view of [1, 2]) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const requests = new Map();
    cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, {
      path: new URL(e.request.url).pathname,
      revalidation: 'If-None-Match' in e.request.headers || 'If-Modified-Since' in e.request.headers,
      cached: false,
    }));
    cdp.on('Network.requestServedFromCache', (e) => { if (requests.has(e.requestId)) requests.get(e.requestId).cached = true; });
    cdp.on('Network.responseReceived', (e) => {
      if (requests.has(e.requestId) && (e.response.fromDiskCache || e.response.fromPrefetchCache)) {
        requests.get(e.requestId).cached = true;
      }
    });
    const started = Date.now();
    await page.goto(s.shop.url + '/');
    await page.waitForSelector(chat.launcher);
    times.push(Date.now() - started);
    await page.click(chat.launcher);
    await page.waitForSelector(chat.input);
    await page.waitForSelector(`${chat.theirs}[data-author="bot"], .cv-empty`).catch(() => {});
    network.push([...requests.values()].filter((r) => r.path.startsWith('/widget/') || r.path === '/caravan.js'));
    await page.close();
  }
  const [first, second] = network;
  assert.ok(first.some((r) => r.path === `/${site.widget_wasm}` && !r.cached), 'the first visit downloads the widget');
  const fromNetwork = second.filter((r) => !r.cached);
  assert.deepEqual(fromNetwork.map((r) => r.path), [], 'the second visit fetches nothing from the network');
  assert.ok(second.every((r) => !r.revalidation), 'and revalidates nothing');
  assert.ok(second.some((r) => r.path === `/${site.widget_wasm}`), 'the widget was used from cache');
  t.diagnostic(`launcher visible after ${times[0]} ms (first view) and ${times[1]} ms (second view)`);
  await context.close();
});
