// `cargo xtask bench`: what a shopper downloads before they can send a first message, and
// how long until that message is stored, for the full widget and the lite chat, on an
// unthrottled link (the baseline of the same run) and under Chrome's emulated slow 3G and
// slow 2G. Bytes are what Chromium received (compressed, as `wrangler dev` serves them with
// brotli), headers included. Prints one JSON line per run; xtask makes the table.
import { WranglerDev } from '../lib/wrangler.mjs';
import { launch, chat, emulate, NETWORKS } from '../lib/browser.mjs';

const LITE = 'caravan-chat section[data-mode="lite"]';
const RUNS = [
  ['full', 'unthrottled'], ['lite', 'unthrottled'],
  ['full', 'slow3G'], ['lite', 'slow3G'],
  ['full', 'slow2G'], ['lite', 'slow2G'],
];

async function run(browser, edge, variant, network) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (variant === 'lite') await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
  else await page.addInitScript(() => sessionStorage.setItem('caravan:full', '1'));
  const urls = new Map();
  let bytes = 0;
  let wsBytes = 0;
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, new URL(e.request.url).pathname));
  cdp.on('Network.loadingFinished', (e) => {
    // The store's own page is not ours to count; the loader and everything after are.
    if (urls.get(e.requestId) !== '/') bytes += e.encodedDataLength;
  });
  cdp.on('Network.webSocketFrameReceived', (e) => { wsBytes += e.response.payloadData.length; });
  cdp.on('Network.webSocketFrameSent', (e) => { wsBytes += e.response.payloadData.length; });
  if (network !== 'unthrottled') await emulate(page, NETWORKS[network]);
  await page.goto(edge.url + '/', { timeout: 300_000 });
  await page.waitForSelector(chat.launcher, { timeout: 300_000 });
  const started = Date.now();
  await page.click(chat.launcher);
  const input = variant === 'lite' ? `${LITE} textarea` : chat.input;
  await page.waitForSelector(input, { timeout: 300_000 });
  const composerMs = Date.now() - started;
  const composerBytes = bytes;
  await page.fill(input, 'Where is my order?');
  await page.press(input, 'Enter');
  const delivered = variant === 'lite'
    ? `${LITE} li[data-author="shopper"][data-status="delivered"]`
    : `${chat.mine}[data-status="delivered"]`;
  await page.waitForSelector(delivered, { timeout: 300_000 });
  const deliveredMs = Date.now() - started;
  await page.waitForTimeout(200);
  const result = {
    variant, network, composer_ms: composerMs, delivered_ms: deliveredMs,
    bytes_to_composer: composerBytes, bytes_to_delivered: bytes + wsBytes,
  };
  await context.close();
  return result;
}

const [edge, browser] = await Promise.all([new WranglerDev().start(), launch()]);
try {
  for (const [variant, network] of RUNS) {
    console.log(JSON.stringify(await run(browser, edge, variant, network)));
  }
} finally {
  await browser.close();
  await edge.stop();
}
