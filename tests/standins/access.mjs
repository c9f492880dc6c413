// A local stand-in for a Cloudflare Access team, as Caravan's console sign-on reads it
// (https://developers.cloudflare.com/cloudflare-one/identity/users/validating-json/).
// Tests only; every key is made here with node:crypto.
//
// - GET /cdn-cgi/access/certs → 200 {keys: [JWK…], public_cert: {kid, cert}, public_certs:
//   [{kid, cert}…]}: the current key and the one rotated out, as Access publishes them.
//   (`cert` holds the public key in PEM, not a certificate: Caravan reads only the JWKs.)
// - `rotate()`: a new key signs from now on; the previous one stays published, the one
//   before goes, as Access keeps the old key a week after each rotation.
// - `failing`: the endpoint answers 503.
// - `token(claims, options)`: a token as Access writes it into `Cf-Access-Jwt-Assertion`
//   (RS256, the current key's kid), with claims changed, left out (`undefined`), or signed
//   otherwise (another key, another kid, alg "none" or "HS256").
import { createHmac, createSign, generateKeyPairSync, randomUUID } from 'node:crypto';
import { StandinServer } from './server.mjs';

const CERTS = '/cdn-cgi/access/certs';

/** An RSA 2048 key pair with its kid, the public half as a JWK and in PEM. */
export function accessKey(kid = randomUUID().replaceAll('-', '')) {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    kid,
    privateKey,
    jwk: { kid, kty: 'RSA', alg: 'RS256', use: 'sig', ...publicKey.export({ format: 'jwk' }) },
    pem: publicKey.export({ format: 'pem', type: 'spki' }),
  };
}

const b64url = (data) => Buffer.from(data).toString('base64url');

export class AccessStandin extends StandinServer {
  /** `aud`: the Access application's audience tag the tokens carry. */
  constructor({ aud = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9' } = {}) {
    super();
    this.aud = aud;
    this.published = [accessKey(), accessKey()]; // current first
    this.failing = false;
  }

  get current() {
    return this.published[0];
  }

  /** The team domain: what a store's `access.team_domain` names and tokens' `iss` say. */
  get team() {
    return this.url;
  }

  /** How many times the certs were asked for. */
  get certsFetched() {
    return this.requests.filter((r) => r.url === CERTS).length;
  }

  rotate() {
    this.published = [accessKey(), this.current];
    return this.current;
  }

  serve(req, res) {
    this.requests.push({ method: req.method, url: req.url });
    if (req.method !== 'GET' || req.url !== CERTS) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not Found');
      return;
    }
    if (this.failing) {
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end('Service Unavailable');
      return;
    }
    const cert = (k) => ({ kid: k.kid, cert: k.pem });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({
      keys: this.published.map((k) => k.jwk),
      public_cert: cert(this.current),
      public_certs: this.published.map(cert),
    }));
  }

  /** Claims as Access writes them for a person signed in through an identity provider. */
  claims(email, now = Math.floor(Date.now() / 1000)) {
    return {
      aud: [this.aud], email, exp: now + 3600, iat: now, nbf: now, iss: this.team,
      type: 'app', identity_nonce: 'PqBzoh6dx8tTZGFe', sub: randomUUID(), country: 'PT',
    };
  }

  /** A token for `email` with `changes` to the claims (`undefined` leaves one out);
   * `key` (default the current), `kid` (default the key's) and `alg` sign it otherwise. */
  token(email, changes = {}, { key = this.current, kid = key.kid, alg = 'RS256' } = {}) {
    const claims = { ...this.claims(email), ...changes };
    for (const [name, value] of Object.entries(claims)) if (value === undefined) delete claims[name];
    const input = `${b64url(JSON.stringify({ alg, kid, typ: 'JWT' }))}.${b64url(JSON.stringify(claims))}`;
    let signature;
    if (alg === 'RS256') {
      signature = createSign('RSA-SHA256').update(input).sign(key.privateKey);
    } else if (alg === 'HS256') {
      // The old confusion attack: an HMAC keyed with the team's public key.
      signature = createHmac('sha256', key.pem).update(input).digest();
    } else {
      signature = Buffer.alloc(0);
    }
    return `${input}.${b64url(signature)}`;
  }
}
