// A merchant's storefront on its own origin (a second loopback port): a page with the
// one-line snippet pointing at the edge, optionally under a strict Content-Security-Policy
// of the kind Shopify and Magento themes send. Only the page is served here; everything
// Caravan comes from the edge's origin, as on a real store.
import { createServer } from 'node:http';

/** The strictest policy a merchant can run Caravan under: the edge's origin for scripts
 * (plus WebAssembly compilation) and connections, nothing inline, nothing else. Styles
 * are allowed only from the edge, and Caravan needs none from there. `wasm: false` and
 * `connect: false` are the mistakes merchants make: no 'wasm-unsafe-eval', or no edge
 * among the connections. `style: false` allows no styles at all, which Caravan needs none
 * of. */
export function strictCsp(edgeUrl, { wasm = true, connect = true, style = true } = {}) {
  const edge = new URL(edgeUrl);
  const ws = `${edge.protocol === 'https:' ? 'wss' : 'ws'}://${edge.host}`;
  return [
    "default-src 'none'",
    `script-src ${edge.origin}${wasm ? " 'wasm-unsafe-eval'" : ''}`,
    connect ? `connect-src ${edge.origin} ${ws}` : "connect-src 'self'",
    style ? `style-src ${edge.origin}` : "style-src 'none'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** The page: a small store, and the snippet. `attrs` adds snippet attributes. */
export function storePage(edgeUrl, { attrs = '', title = 'Storefront', merchant = 'demo' } = {}) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="icon" href="data:,"></head>
<body>
  <h1>${title}</h1>
  <p>Hand-thrown vases, shipped worldwide.</p>
  <script src="${edgeUrl}/caravan.js" data-merchant="${merchant}"${attrs} async></script>
</body>
</html>`;
}

/** The store's pages: the same page under each policy. */
const POLICIES = {
  '/': null,
  '/strict': {},
  '/strict-no-wasm': { wasm: false },
  '/strict-no-connect': { connect: false },
  '/strict-no-style': { style: false },
};

/** Serves the store on a free loopback port: `/` with the snippet, `/strict...` the same
 * page under a `strictCsp`; `?merchant=ID` puts another store id in the snippet.
 * `edgeUrl()` is asked per request, so the storefront can start
 * (and its origin be configured for the store) before the edge does. */
export async function startStorefront(edgeUrl, { attrs, title } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const path = url.pathname;
    if (!(path in POLICIES) || !/^[a-z0-9-]{1,64}$/.test(url.searchParams.get('merchant') ?? 'demo')) {
      res.writeHead(404).end();
      return;
    }
    const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
    if (POLICIES[path]) headers['content-security-policy'] = strictCsp(edgeUrl(), POLICIES[path]);
    const merchant = url.searchParams.get('merchant') ?? 'demo';
    res.writeHead(200, headers).end(storePage(edgeUrl(), { attrs, title, merchant }));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, close: () => new Promise((resolve) => server.close(resolve)) };
}
