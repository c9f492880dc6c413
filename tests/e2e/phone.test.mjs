// Phones: 360×640 with touch, on the demo store, whose page overflows to 418 px as real
// themes do (so the fixed-position area is wider and taller than the visible screen). The
// bubble stays on screen, the open chat fills the visible screen inside the safe area and
// stays above the keyboard, the page behind stops scrolling and gets its state back
// exactly, and inputs are large enough that iOS does not zoom. Full widget and lite chat.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { chat } from '../lib/browser.mjs';
import { artifacts, stage } from '../lib/stage.mjs';

const suite = stage();
// Reduced motion: no fade-in under way when axe reads contrast from paint.
const PHONE = {
  viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, reducedMotion: 'reduce',
};
const INSETS = { top: 24, bottom: 34, left: 0, right: 0 };

const VARIANTS = {
  full: {
    panel: 'caravan-chat .caravan-panel', input: chat.input, send: chat.send,
    delivered: `${chat.mine}[data-status="delivered"]`, close: 'caravan-chat .cv-close',
  },
  lite: {
    panel: 'caravan-chat section[data-mode="lite"]', input: 'caravan-chat section[data-mode="lite"] textarea',
    send: 'caravan-chat section[data-mode="lite"] form button',
    delivered: 'caravan-chat li[data-author="shopper"][data-status="delivered"]', close: 'caravan-chat button.x',
  },
};

/** Rectangles (CSS px, relative to the visual viewport) of what the shopper sees. */
const geometry = (page, selectors) => page.evaluate((sel) => {
  const vv = window.visualViewport;
  const root = document.querySelector('caravan-chat').shadowRoot;
  const rect = (s) => {
    const el = root.querySelector(s.replace(/^caravan-chat /, ''));
    if (!el) return null;
    const r = el.getBoundingClientRect();
    // getBoundingClientRect is relative to the layout viewport; the shopper sees the visual one.
    return { left: r.left - vv.offsetLeft, top: r.top - vv.offsetTop, right: r.right - vv.offsetLeft, bottom: r.bottom - vv.offsetTop };
  };
  return {
    screen: { width: vv.width, height: vv.height },
    layout: { width: document.documentElement.scrollWidth, innerWidth: window.innerWidth },
    ...Object.fromEntries(Object.entries(sel).map(([k, s]) => [k, rect(s)])),
  };
}, selectors);

/** A finger dragging from (x, y) by `dy` CSS px, as touch events. */
async function swipe(cdp, x, y, dy) {
  const touch = (type, at) => cdp.send('Input.dispatchTouchEvent', {
    type, touchPoints: at === undefined ? [] : [{ x, y: at }],
  });
  await touch('touchStart', y);
  for (let i = 1; i <= 10; i++) await touch('touchMove', y + (dy * i) / 10);
  await touch('touchEnd');
}

const inside = (r, screen, what) => {
  assert.ok(r, `${what} is drawn`);
  assert.ok(r.left >= 0 && r.top >= 0 && r.right <= screen.width + 0.5 && r.bottom <= screen.height + 0.5,
    `${what} ${JSON.stringify(r)} is inside the visible ${screen.width}×${screen.height}`);
};

for (const variant of ['full', 'lite']) {
  test(`${variant} chat on a 360×640 touch phone: tap, full screen, write, send, close`, async () => {
    const v = VARIANTS[variant];
    // axe goes in as an inline script, which the demo store's CSP would refuse.
    const context = await suite.browser.newContext({ ...PHONE, locale: 'en-US', bypassCSP: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setSafeAreaInsetsOverride', { insets: INSETS });
    if (variant === 'lite') await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
    await page.goto(suite.edge.url + '/');
    await page.waitForSelector(chat.launcher);

    const before = await geometry(page, { bubble: chat.launcher });
    assert.ok(before.layout.width > 360, `the store's page overflows (${before.layout.width} px wide)`);
    inside(before.bubble, before.screen, 'the bubble');
    assert.ok(before.bubble.bottom <= 640 - INSETS.bottom, 'the bubble keeps clear of the bottom safe area');
    await page.screenshot({ path: new URL(`phone-${variant}-closed.png`, artifacts).pathname });

    // The page has been scrolled and styled by its theme; the chat must give both back.
    await page.evaluate(() => {
      document.documentElement.style.cssText = 'overflow: clip auto; --theme-vh: 6.4px';
      window.scrollTo(0, 400);
    });
    const scrolled = await page.evaluate(() => window.scrollY);
    assert.ok(scrolled > 300);

    await page.tap(chat.launcher);
    await page.waitForSelector(v.input);
    await page.waitForTimeout(300);
    const open = await geometry(page, { panel: v.panel, input: v.input, send: v.send });
    inside(open.panel, open.screen, 'the open chat');
    assert.ok(open.panel.left <= 0.5 && open.panel.right >= 359.5, `the chat spans the screen: ${JSON.stringify(open.panel)}`);
    assert.ok(Math.abs(open.panel.top - INSETS.top) <= 0.5, `the chat starts below the top inset: ${open.panel.top}`);
    assert.ok(Math.abs(open.panel.bottom - (640 - INSETS.bottom)) <= 0.5, `and ends above the bottom inset: ${open.panel.bottom}`);
    inside(open.send, open.screen, 'the send button');
    const fontSize = await page.$eval(v.input, (el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(fontSize >= 16, `the composer's text is ${fontSize}px: iOS zooms below 16px`);

    // The page behind does not scroll: swipes on the chat's header (which does not scroll
    // itself, so a swipe there would chain to the page) and on its messages move nothing.
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).overflowY), 'hidden');
    for (const y of [open.panel.top + 30, (open.panel.top + open.panel.bottom) / 2]) {
      await swipe(cdp, 120, Math.round(y), -200);
      await swipe(cdp, 120, Math.round(y), 200);
    }
    assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'the page stayed where it was');

    // The theme updates its own inline style while the chat is open (a resize, say).
    const themed = await page.evaluate(() => {
      document.documentElement.style.setProperty('--theme-vh', '3.4px');
      return document.documentElement.style.cssText;
    });

    await page.tap(v.input);
    await page.fill(v.input, `Sent from a phone (${variant})`);
    await page.tap(v.send);
    await page.waitForSelector(v.delivered);
    await page.screenshot({ path: new URL(`phone-${variant}-open.png`, artifacts).pathname });

    // The on-screen keyboard shrinks the visible screen (here: the viewport, to 360×340);
    // the composer stays above it.
    await page.setViewportSize({ width: 360, height: 340 });
    await page.waitForTimeout(300);
    const keyboard = await geometry(page, { panel: v.panel, input: v.input, send: v.send });
    assert.equal(keyboard.screen.height, 340);
    inside(keyboard.input, keyboard.screen, 'the composer with the keyboard up');
    inside(keyboard.send, keyboard.screen, 'the send button with the keyboard up');
    await page.screenshot({ path: new URL(`phone-${variant}-keyboard.png`, artifacts).pathname });
    await page.setViewportSize({ width: 360, height: 640 });

    await page.tap(v.close);
    await page.waitForSelector(v.panel, { state: 'hidden' });
    const restored = await page.evaluate(() => ({
      style: document.documentElement.style.cssText,
      overflowY: getComputedStyle(document.documentElement).overflowY,
      scrollY: window.scrollY,
    }));
    assert.deepEqual(restored, { style: themed, overflowY: 'auto', scrollY: scrolled },
      'the page is as it was, with its own changes kept');
    const after = await geometry(page, { bubble: chat.launcher });
    inside(after.bubble, after.screen, 'the bubble after closing');

    // Open on the phone, the chat passes axe as on a desktop.
    await page.tap(chat.launcher);
    await page.waitForSelector(v.input);
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => (await window.axe.run({ include: [['caravan-chat']] }, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
      resultTypes: ['violations'],
    })).violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' > ')).join(', ')}`));
    assert.deepEqual(violations, []);
    await page.keyboard.press('Escape');
    await page.waitForSelector(v.panel, { state: 'hidden' });

    // Zoomed in (pinch) and panned, the visible screen is a moving part of the page: the
    // bubble follows it.
    await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 2 });
    await swipe(cdp, 200, 400, -150);
    await page.waitForTimeout(300);
    const zoomed = await geometry(page, { bubble: chat.launcher });
    const panned = await page.evaluate(() => [visualViewport.scale, visualViewport.offsetTop]);
    assert.ok(panned[0] === 2 && panned[1] > 50, `zoomed and panned: ${panned}`);
    inside(zoomed.bubble, zoomed.screen, 'the bubble, zoomed in and panned');
    await context.close();
  });
}
