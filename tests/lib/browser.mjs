// Debian's Chromium driven by playwright-core (never a downloaded browser).
import { chromium } from 'playwright-core';

export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** The chat's shadow root parts, addressed through Playwright's shadow-piercing CSS. */
export const chat = {
  launcher: 'caravan-chat .b',
  panel: 'caravan-chat .caravan-panel',
  input: 'caravan-chat textarea.cv-input',
  send: 'caravan-chat button.cv-send',
  mine: 'caravan-chat .cv-msg.cv-mine',
  theirs: 'caravan-chat .cv-msg.cv-theirs',
  notice: 'caravan-chat .cv-notice',
};

/** Network conditions for CDP's `Network.emulateNetworkConditions` (throughput in bytes
 * per second). `slow3G` is Chrome DevTools' preset; `twoG` and `slow2G` sit inside the
 * bands Chromium reports as `effectiveType` 2g and slow-2g. */
export const NETWORKS = {
  good: { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 },
  slow3G: { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 },
  twoG: { offline: false, latency: 1600, downloadThroughput: 6_000, uploadThroughput: 6_000, connectionType: 'cellular2g' },
  slow2G: { offline: false, latency: 2500, downloadThroughput: 3_000, uploadThroughput: 3_000, connectionType: 'cellular2g' },
};

/** Applies network conditions to a page through CDP (created once per page). */
export async function emulate(page, conditions) {
  page.__cdp ??= await page.context().newCDPSession(page);
  await page.__cdp.send('Network.enable');
  await page.__cdp.send('Network.emulateNetworkConditions', conditions);
}

/** A proxy in front of the page's WebSockets (Playwright's `routeWebSocket`): it passes
 * connections to the edge, can kill the open ones mid-conversation, or refuse new ones
 * the way a corporate proxy does. */
export async function wsProxy(context) {
  const proxy = { blocked: false, open: new Set(), refused: 0, passed: 0 };
  await context.routeWebSocket(/\/v1\/connect/, (ws) => {
    if (proxy.blocked) {
      proxy.refused += 1;
      ws.close({ code: 1011, reason: 'blocked by proxy' });
      return;
    }
    proxy.passed += 1;
    const server = ws.connectToServer();
    const pair = { ws, server };
    proxy.open.add(pair);
    ws.onClose(() => { proxy.open.delete(pair); server.close(); });
    server.onClose(() => { proxy.open.delete(pair); ws.close(); });
  });
  proxy.killAll = async () => {
    const pairs = [...proxy.open];
    proxy.open.clear();
    await Promise.all(pairs.map(async ({ ws, server }) => {
      await ws.close({ code: 4000, reason: 'killed' }).catch(() => {});
      await server.close().catch(() => {});
    }));
    return pairs.length;
  };
  return proxy;
}
