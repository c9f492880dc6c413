// A local stand-in for Shopify's Admin GraphQL API, as Caravan calls it: the order search
// by name (https://shopify.dev/docs/api/admin-graphql/2025-10/queries/orders). Tests only.
//
// - POST /admin/api/2025-10/graphql.json, `X-Shopify-Access-Token: <token>`,
//   {query, variables: {q: "name:#1001"}} → 200 {data: {orders: {nodes: [...]}},
//   extensions: {cost: {requestedQueryCost, actualQueryCost, throttleStatus:
//   {maximumAvailable, currentlyAvailable, restoreRate}}}}.
// - A wrong or missing token: 401 {errors: "[API] Invalid API key or access token
//   (unrecognized login or wrong password)"}. Another version: 404 {errors: "Not Found"}.
// - Throttled: still 200, {errors: [{message: "Throttled", extensions: {code: "THROTTLED",
//   documentation}}], extensions.cost with the bucket empty} (GraphQL's leaky bucket).
// - Modes for failures Shopify has: server_error (503 {errors: "Service Unavailable"}),
//   slow (answers after `slowMs`).
import { StandinServer } from './server.mjs';

const VERSION = '2025-10';
const QUERY_COST = 14;

/** Orders of the demo shop, as the Admin API would return the fields Caravan asks for. */
export const SHOPIFY_ORDERS = [
  {
    name: '#1001', email: 'somchai@example.com', phone: '+66812345678',
    displayFulfillmentStatus: 'FULFILLED', cancelledAt: null,
    shippingAddress: { countryCodeV2: 'TH' },
    totalPriceSet: { shopMoney: { amount: '89.90', currencyCode: 'EUR' } },
    customer: { tags: ['newsletter'] },
    fulfillments: [{
      displayStatus: 'IN_TRANSIT', createdAt: '2026-11-27T09:30:00Z', estimatedDeliveryAt: '2026-12-04T10:00:00Z',
      trackingInfo: [{ company: 'DHL Express', number: 'JD014600006', url: 'https://www.dhl.com/th-en/home/tracking.html?tracking-id=JD014600006' }],
      events: { nodes: [{ status: 'IN_TRANSIT', happenedAt: '2026-12-01T02:40:00Z', message: 'Arrived at Bangkok gateway' }] },
    }],
  },
  {
    name: '#1002', email: 'ana@example.com', phone: null,
    displayFulfillmentStatus: 'PARTIALLY_FULFILLED', cancelledAt: null,
    shippingAddress: { countryCodeV2: 'DE' },
    totalPriceSet: { shopMoney: { amount: '240.00', currencyCode: 'EUR' } },
    customer: { tags: [] },
    fulfillments: [
      {
        displayStatus: 'DELIVERED', createdAt: '2026-11-20T08:00:00Z', estimatedDeliveryAt: null,
        trackingInfo: [{ company: 'DHL Paket', number: '00340434161094042557', url: 'https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161094042557' }],
        events: { nodes: [{ status: 'DELIVERED', happenedAt: '2026-11-23T13:05:00Z', message: null }] },
      },
      {
        displayStatus: 'LABEL_PRINTED', createdAt: '2026-11-30T16:00:00Z', estimatedDeliveryAt: null,
        trackingInfo: [{ company: 'DPD', number: '01505012345678', url: null }],
        events: { nodes: [{ status: 'LABEL_PRINTED', happenedAt: '2026-11-30T16:00:00Z', message: null }] },
      },
    ],
  },
  {
    name: '#1003', email: 'vip@example.com', phone: null,
    displayFulfillmentStatus: 'UNFULFILLED', cancelledAt: null,
    shippingAddress: { countryCodeV2: 'US' },
    totalPriceSet: { shopMoney: { amount: '1450.00', currencyCode: 'EUR' } },
    customer: { tags: ['VIP'] },
    fulfillments: [],
  },
];

export class ShopifyStandin extends StandinServer {
  constructor({ token = 'shpat_test_token', orders = SHOPIFY_ORDERS } = {}) {
    super();
    this.token = token;
    this.orders = orders;
    /** ok, server_error, slow; `throttled` answers THROTTLED that many times first. */
    this.mode = 'ok';
    this.throttled = 0;
    this.slowMs = 8000;
  }

  #send(res, status, body) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  }

  #cost(available) {
    return {
      cost: {
        requestedQueryCost: QUERY_COST, actualQueryCost: available >= QUERY_COST ? 6 : null,
        throttleStatus: { maximumAvailable: 2000.0, currentlyAvailable: available, restoreRate: 100.0 },
      },
    };
  }

  async serve(req, res) {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const request = { method: req.method, path: req.url, token: req.headers['x-shopify-access-token'], body: raw, at: Date.now() };
    this.requests.push(request);
    if (req.method !== 'POST' || !req.url.startsWith('/admin/api/')) return this.#send(res, 404, { errors: 'Not Found' });
    if (request.token !== this.token) {
      return this.#send(res, 401, { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' });
    }
    if (req.url !== `/admin/api/${VERSION}/graphql.json`) return this.#send(res, 404, { errors: 'Not Found' });
    if (this.mode === 'slow') await new Promise((resolve) => setTimeout(resolve, this.slowMs));
    if (this.mode === 'server_error') return this.#send(res, 503, { errors: 'Service Unavailable' });
    if (this.throttled > 0) {
      this.throttled -= 1;
      return this.#send(res, 200, {
        errors: [{ message: 'Throttled', extensions: { code: 'THROTTLED', documentation: 'https://shopify.dev/api/usage/rate-limits' } }],
        extensions: this.#cost(0),
      });
    }
    let body;
    try {
      body = JSON.parse(raw);
    } catch {
      return this.#send(res, 400, { errors: { query: 'Required parameter missing or invalid' } });
    }
    const q = body?.variables?.q;
    if (typeof body?.query !== 'string' || !body.query.includes('orders(first: 1, query: $q)') || typeof q !== 'string') {
      return this.#send(res, 200, { errors: [{ message: 'Variable $q of type String! was provided invalid value', locations: [{ line: 1, column: 13 }] }] });
    }
    // Shopify's search syntax: `name:#1001` matches the order named #1001.
    const name = /^name:(#\S+)$/.exec(q)?.[1];
    const nodes = this.orders.filter((o) => o.name === name).slice(0, 1);
    request.search = q;
    this.#send(res, 200, { data: { orders: { nodes } }, extensions: this.#cost(1994) });
  }
}
