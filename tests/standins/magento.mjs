// A local stand-in for Magento 2's REST API, as Caravan calls it. Tests only.
//
// - GET /rest/V1/orders?searchCriteria[filterGroups][0][filters][0][field]=increment_id
//   &...[value]=000000123&...[conditionType]=eq → 200 {items: [...], search_criteria,
//   total_count} (https://developer.adobe.com/commerce/webapi/rest/use-rest/performing-searches/).
// - GET /rest/V1/shipments with the same criteria on order_id → {items: [{created_at,
//   tracks: [{track_number, title, carrier_code}]}], total_count}.
// - Authentication: the integration's access token as `Authorization: Bearer <token>`
//   (refused when the store keeps bearer use off, as 2.4.4+ does by default), or OAuth 1.0a
//   (`Authorization: OAuth oauth_consumer_key=..., oauth_signature_method="HMAC-SHA256", ...`;
//   the signature is checked here over the method, URL and every parameter).
// - Errors as Magento sends them: 401 {message: "The consumer isn't authorized to access
//   %resources.", parameters: {resources: "Magento_Sales::actions_view"}}; 400 for a search
//   it cannot read; 503 with the HTML maintenance page (server_error); slow (after `slowMs`).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { StandinServer } from './server.mjs';

export const MAGENTO_ORDERS = [
  {
    entity_id: 42, increment_id: '000000123', status: 'complete', state: 'complete',
    customer_email: 'lan.nguyen@example.com', grand_total: 125.5, order_currency_code: 'EUR', customer_group_id: 1,
    billing_address: { telephone: '+84 90 123 4567', country_id: 'VN' },
    extension_attributes: { shipping_assignments: [{ shipping: { address: { country_id: 'VN' } } }] },
  },
];

export const MAGENTO_SHIPMENTS = [
  { entity_id: 7, order_id: 42, created_at: '2026-11-26 08:15:00', tracks: [{ track_number: 'LX123456789VN', title: 'Vietnam Post', carrier_code: 'custom' }] },
];

/** RFC 3986 encoding, as OAuth 1.0a wants it. */
const enc = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function oauthParams(header) {
  const out = {};
  for (const part of header.replace(/^OAuth\s+/i, '').split(/,\s*/)) {
    const m = /^([a-z_]+)="(.*)"$/.exec(part.trim());
    if (m) out[m[1]] = decodeURIComponent(m[2]);
  }
  return out;
}

export class MagentoStandin extends StandinServer {
  constructor({
    token = 'magento-integration-token', bearerAllowed = true,
    oauth = { consumer_key: 'ck-test', consumer_secret: 'cs-test', access_token: 'at-test', access_token_secret: 'ats-test' },
  } = {}) {
    super();
    this.token = token;
    this.bearerAllowed = bearerAllowed;
    this.oauth = oauth;
    this.orders = MAGENTO_ORDERS;
    this.shipments = MAGENTO_SHIPMENTS;
    /** ok, server_error, slow, shipments_error. */
    this.mode = 'ok';
    this.slowMs = 8000;
  }

  #send(res, status, body) {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  }

  /** Is the request signed by the integration (OAuth 1.0a, HMAC-SHA256 or HMAC-SHA1)? */
  #signed(req, url) {
    const p = oauthParams(req.headers.authorization ?? '');
    if (p.oauth_consumer_key !== this.oauth.consumer_key || p.oauth_token !== this.oauth.access_token) return false;
    const algorithm = { 'HMAC-SHA256': 'sha256', 'HMAC-SHA1': 'sha1' }[p.oauth_signature_method];
    if (!algorithm || !p.oauth_signature || !p.oauth_nonce || !p.oauth_timestamp) return false;
    if (Math.abs(Date.now() / 1000 - Number(p.oauth_timestamp)) > 600) return false;
    const params = [];
    for (const [k, v] of url.searchParams) params.push([enc(k), enc(v)]);
    for (const [k, v] of Object.entries(p)) if (k !== 'oauth_signature') params.push([enc(k), enc(v)]);
    params.sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1));
    const base = [req.method, enc(`${url.origin}${url.pathname}`), enc(params.map(([k, v]) => `${k}=${v}`).join('&'))].join('&');
    const key = `${enc(this.oauth.consumer_secret)}&${enc(this.oauth.access_token_secret)}`;
    const expected = createHmac(algorithm, key).update(base).digest();
    const given = Buffer.from(p.oauth_signature, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  #authorized(req, url) {
    const auth = req.headers.authorization ?? '';
    if (auth.startsWith('Bearer ')) return this.bearerAllowed && auth.slice(7) === this.token;
    if (auth.startsWith('OAuth ')) return this.#signed(req, url);
    return false;
  }

  /** The one filter of a searchCriteria query: [field, value, conditionType]. */
  #filter(url) {
    const at = (part) => url.searchParams.get(`searchCriteria[filterGroups][0][filters][0][${part}]`);
    return [at('field'), at('value'), at('conditionType') ?? 'eq'];
  }

  async serve(req, res) {
    const url = new URL(req.url, this.url);
    const request = { method: req.method, path: url.pathname, query: url.search, authorization: req.headers.authorization, at: Date.now() };
    this.requests.push(request);
    if (!this.#authorized(req, url)) {
      return this.#send(res, 401, { message: "The consumer isn't authorized to access %resources.", parameters: { resources: 'Magento_Sales::actions_view' } });
    }
    if (this.mode === 'slow') await new Promise((resolve) => setTimeout(resolve, this.slowMs));
    if (this.mode === 'server_error') {
      res.writeHead(503, { 'content-type': 'text/html' });
      return res.end('<html><body><h1>Service Temporarily Unavailable</h1></body></html>');
    }
    const [field, value, condition] = this.#filter(url);
    const criteria = { filter_groups: [{ filters: [{ field, value, condition_type: condition }] }] };
    if (req.method !== 'GET') return this.#send(res, 405, { message: 'Request does not match any route.' });
    if (url.pathname === '/rest/V1/orders' && field === 'increment_id' && condition === 'eq') {
      const items = this.orders.filter((o) => o.increment_id === value);
      return this.#send(res, 200, { items, search_criteria: criteria, total_count: items.length });
    }
    if (url.pathname === '/rest/V1/shipments' && field === 'order_id' && condition === 'eq') {
      if (this.mode === 'shipments_error') return this.#send(res, 500, { message: 'Internal Error. Details are available in Magento log file.' });
      const items = this.shipments.filter((s) => String(s.order_id) === value);
      return this.#send(res, 200, { items, search_criteria: criteria, total_count: items.length });
    }
    if (url.pathname.startsWith('/rest/V1/')) {
      return this.#send(res, 400, { message: '"%fieldName" is required. Enter and try again.', parameters: { fieldName: 'searchCriteria' } });
    }
    return this.#send(res, 404, { message: 'Request does not match any route.' });
  }
}
