// Every HTML and JavaScript response of the edge carries its policy headers (the static
// files through public/_headers, as `wrangler dev` serves them): no sniffing, no referrer
// leaking, no powerful features, and a CSP on every page. The demo storefront runs under
// its CSP with the chat working, and no violation is reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chat } from '../lib/browser.mjs';
import { site } from '../lib/site.mjs';
import { stage } from '../lib/stage.mjs';

const suite = stage();

const PAGES = ['/', '/index.html', `/${site.console_page}`, '/console/'];
const SCRIPTS = [`/${site.loader}`, `/${site.widget_js}`, `/${site.lite_js}`, `/${site.console_js}`, `/${site.console_boot}`];

test('pages and scripts carry their policy headers', async () => {
  for (const path of [...PAGES, ...SCRIPTS]) {
    const res = await fetch(suite.edge.url + path);
    assert.equal(res.status, 200, path);
    const h = (name) => res.headers.get(name);
    assert.equal(h('x-content-type-options'), 'nosniff', path);
    assert.match(h('referrer-policy') ?? '', /^(no-referrer|strict-origin-when-cross-origin)$/, path);
    assert.match(h('permissions-policy') ?? '', /camera=\(\).*microphone=\(\).*geolocation=\(\)/, path);
    if (PAGES.includes(path)) {
      const csp = h('content-security-policy') ?? '';
      for (const directive of ["default-src 'self'|default-src 'none'", "frame-ancestors 'none'", "base-uri 'none'"]) {
        assert.match(csp, new RegExp(directive), `${path}: ${csp}`);
      }
      assert.doesNotMatch(csp, /script-src[^;]*'unsafe-inline'/, `${path}: no inline script`);
    }
  }
});

test('the demo storefront works under its own CSP, with nothing refused', async () => {
  const context = await suite.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const refused = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) refused.push(m.text()); });
  await page.goto(suite.edge.url + '/');
  await page.click(chat.launcher);
  await page.waitForSelector(chat.input);
  await page.fill(chat.input, 'hello');
  await page.press(chat.input, 'Enter');
  await page.waitForSelector(`${chat.mine}[data-status="delivered"]`, { timeout: 20_000 });
  assert.deepEqual(refused, []);
  await context.close();
});
