// Starts the built worker (edge/build) in workerd through Miniflare 4, with the bindings
// wrangler.toml declares, test keys, and on-disk Durable Object storage so a test can
// restart the runtime and find its data.
import { Miniflare } from 'miniflare';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// 32 bytes of test key material, base64url. Never used outside tests.
export const TEST_KEYS = 'test:dGVzdC1rZXktb25seS1mb3ItY2FyYXZhbi10ZXN0cy0zMmJ5dGVz';
export const STOREFRONT = 'https://shop.example';
export const MERCHANTS = JSON.stringify({
  demo: { name: 'Caravan Demo Store', default_region: 'eu', default_locale: 'en', origins: [STOREFRONT] },
  'tokyo-shop': { name: 'Tokyo Shop', default_region: 'apac', default_locale: 'ja' },
  'eu-only': { name: 'EU Only', default_region: 'eu', default_locale: 'en', allowed_regions: ['eu'] },
});

/** The platform's rate limits as wrangler.toml declares them (60 s windows), far above
 * what the suites send; a test of the limits passes its own. */
export const LIMITS = {
  SESSIONS_PER_ADDRESS: 100_000, SESSIONS_PER_STORE: 100_000, REQUESTS_PER_ADDRESS: 100_000,
  ADMIN_PER_ADDRESS: 100_000, LOOKUPS_PER_STORE: 100_000,
};

/** Every region on this runtime's own Durable Objects, placed by location hint only
 * (workerd implements no jurisdictions). */
export const LOCAL_REGIONS = {
  eu: { durable_object: 'CONVERSATIONS', location_hint: 'weur' },
  us: { durable_object: 'CONVERSATIONS', location_hint: 'enam' },
  sa: { durable_object: 'CONVERSATIONS', location_hint: 'sam' },
  in: { durable_object: 'CONVERSATIONS', location_hint: 'apac' },
  apac: { durable_object: 'CONVERSATIONS', location_hint: 'apac' },
  oc: { durable_object: 'CONVERSATIONS', location_hint: 'oc' },
  me: { durable_object: 'CONVERSATIONS', location_hint: 'me' },
  af: { durable_object: 'CONVERSATIONS', location_hint: 'afr' },
};

/** Geo data as Cloudflare puts it in `request.cf`; only the runtime's `cf` option carries
 * it, never a header of the request. */
const CONTINENTS = {
  DE: 'EU', FR: 'EU', IE: 'EU', GB: 'EU', CH: 'EU', US: 'NA', IN: 'AS', BR: 'SA', SG: 'AS',
  TH: 'AS', VN: 'AS', ID: 'AS', AE: 'AS', SA: 'AS', JP: 'AS', AU: 'OC',
};
const EU = new Set(['DE', 'FR', 'IE']);
const TIMEZONES = {
  DE: 'Europe/Berlin', FR: 'Europe/Paris', IE: 'Europe/Dublin', GB: 'Europe/London', CH: 'Europe/Zurich',
  US: 'America/New_York', IN: 'Asia/Kolkata', BR: 'America/Sao_Paulo', SG: 'Asia/Singapore', TH: 'Asia/Bangkok',
  VN: 'Asia/Ho_Chi_Minh', ID: 'Asia/Jakarta', AE: 'Asia/Dubai', SA: 'Asia/Riyadh', JP: 'Asia/Tokyo', AU: 'Australia/Sydney',
};
export function cf(country) {
  // Miniflare fills fields left out with its own (US) defaults; null means "not known".
  if (!country) return { country: null, continent: null, isEUCountry: null, timezone: null };
  return {
    country, continent: CONTINENTS[country] ?? 'T1', isEUCountry: EU.has(country) ? '1' : '0', timezone: TIMEZONES[country] ?? null,
  };
}

export class Edge {
  /** `persistDir` keeps storage across restarts; `regions` and `merchants` configure it;
   * `bindings` adds vars and secrets; `wrappedBindings` with `workers` (their scripts) add
   * bindings implemented by a stand-in, such as Workers AI's. */
  constructor(persistDir, {
    regions = LOCAL_REGIONS, merchants = MERCHANTS, port = 0, bindings = {}, wrappedBindings, workers = [],
    limits = {},
  } = {}) {
    this.limits = { ...LIMITS, ...limits };
    this.persistDir = persistDir ?? mkdtempSync(path.join(tmpdir(), 'caravan-edge-'));
    this.ownsDir = !persistDir;
    this.regions = regions;
    this.merchants = merchants;
    this.port = port;
    this.extraBindings = bindings;
    this.wrappedBindings = wrappedBindings;
    this.workers = workers;
  }

  async start() {
    const main = {
      name: 'caravan',
      modules: true,
      scriptPath: path.join(root, 'edge/build/index.js'),
      modulesRoot: path.join(root, 'edge/build'),
      modulesRules: [{ type: 'CompiledWasm', include: ['**/*.wasm'] }],
      compatibilityDate: '2026-07-01',
      durableObjects: {
        CONVERSATIONS: { className: 'Conversation', useSQLite: true },
        TRANSLATION_MEMORY: { className: 'TranslationMemory', useSQLite: true },
        HANDOFF_QUEUES: { className: 'HandoffQueue', useSQLite: true },
        KNOWLEDGE: { className: 'Knowledge', useSQLite: true },
        AGENT_DIRECTORIES: { className: 'AgentDirectory', useSQLite: true },
        IDENTITY_LEDGERS: { className: 'IdentityLedger', useSQLite: true },
      },
      ratelimits: Object.fromEntries(Object.entries(this.limits)
        .map(([name, limit], i) => [name, { namespace_id: String(1601 + i), simple: { limit, period: 60 } }])),
      bindings: {
        CARAVAN_SESSION_KEYS: TEST_KEYS,
        CARAVAN_MERCHANTS: this.merchants,
        CARAVAN_REGIONS: JSON.stringify(this.regions),
        ...this.extraBindings,
      },
      ...(this.wrappedBindings ? { wrappedBindings: this.wrappedBindings } : {}),
    };
    this.logs = [];
    this.mf = new Miniflare({
      // The runtime's console, kept so a test can check what a deployment would log.
      handleStructuredLogs: ({ level, message }) => {
        this.logs.push(message);
        if (level === 'error' || level === 'warn') process.stderr.write(`[workerd ${level}] ${message}\n`);
      },
      workers: [main, ...this.workers],
      durableObjectsPersist: this.persistDir,
      host: '127.0.0.1',
      port: this.port,
    });
    this.url = (await this.mf.ready).toString().replace(/\/$/, '');
    // A restart listens where it did before, as a real deployment's origin would.
    this.port = Number(new URL(this.url).port);
    return this;
  }

  /** Stops workerd; storage stays on disk for the next start(). */
  async stop() {
    await this.mf?.dispose();
    this.mf = undefined;
  }

  async destroy() {
    await this.stop();
    if (this.ownsDir) rmSync(this.persistDir, { recursive: true, force: true });
  }

  fetch(pathname, init) {
    return this.mf.dispatchFetch(this.url + pathname, init);
  }

  async createSession(body = { merchant: 'demo' }, headers = {}, country) {
    const res = await this.fetch('/v1/sessions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      cf: cf(country),
    });
    if (res.status !== 201) throw new Error(`session: ${res.status} ${await res.text()}`);
    return res.json();
  }

  /** What this runtime's own conversation object for `conversationId` holds (read through
   * the namespace directly, as an operator would; nothing is created by looking). */
  async placement(conversationId) {
    const ns = await this.mf.getDurableObjectNamespace('CONVERSATIONS');
    const res = await ns.get(ns.idFromName(conversationId)).fetch('https://conversation.internal/placement');
    return res.json();
  }

  /** A WebSocket opened through the runtime's dispatch, so `cf` can be set per request. */
  async connectFrom(country, token, headers = {}) {
    const res = await this.fetch('/v1/connect', {
      headers: { upgrade: 'websocket', 'sec-websocket-protocol': `caravan.v1, bearer.${token}`, ...headers },
      cf: cf(country),
    });
    if (res.status !== 101) return { status: res.status, body: await res.json() };
    res.webSocket.accept();
    return { status: 101, client: new FrameClient(res.webSocket) };
  }

  /** A real WebSocket client (Node's) to the listening runtime. */
  async connect(token) {
    const ws = new WebSocket(this.url.replace(/^http/, 'ws') + '/v1/connect', ['caravan.v1', `bearer.${token}`]);
    const client = new FrameClient(ws);
    await new Promise((resolve, reject) => {
      ws.addEventListener('open', resolve, { once: true });
      ws.addEventListener('error', () => reject(new Error('websocket failed to open')), { once: true });
    });
    return client;
  }
}

/** Collects server frames and lets a test wait for the ones it expects. */
export class FrameClient {
  constructor(ws) {
    this.ws = ws;
    this.frames = [];
    this.waiters = [];
    ws.addEventListener('message', (e) => {
      this.frames.push(JSON.parse(e.data));
      this.waiters = this.waiters.filter((w) => !w());
    });
  }

  send(frame) {
    this.ws.send(typeof frame === 'string' ? frame : JSON.stringify({ v: 1, ...frame }));
  }

  /** Resolves with the first not-yet-taken frame matching `pred`. */
  next(pred, timeoutMs = 10_000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching frame; got ${JSON.stringify(this.frames)}`)), timeoutMs);
      const check = () => {
        const i = this.frames.findIndex(pred);
        if (i < 0) return false;
        clearTimeout(timer);
        resolve(this.frames.splice(i, 1)[0]);
        return true;
      };
      if (!check()) this.waiters.push(check);
    });
  }

  /** Resolves with the first `count` messages after `seq`, in order, once all are in (the
   * bot answers after the ack, so its messages follow it). */
  async messagesAfter(seq, count, timeoutMs = 10_000) {
    const after = () => this.frames.filter((f) => f.type === 'message' && f.seq > seq).sort((a, b) => a.seq - b.seq);
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${count} messages after ${seq} expected; got ${JSON.stringify(this.frames)}`)), timeoutMs);
      const check = () => {
        if (after().length < count) return false;
        clearTimeout(timer);
        resolve();
        return true;
      };
      if (!check()) this.waiters.push(check);
    });
    const got = after().slice(0, count);
    this.frames = this.frames.filter((f) => !got.includes(f));
    return got;
  }

  /** Sends `resume` and resolves with the replayed messages once `synced` arrives. */
  async resume(after = 0) {
    // Forget live messages already received, so only the replay is returned.
    this.frames = this.frames.filter((f) => f.type !== 'message');
    this.send({ type: 'resume', after });
    const synced = await this.next((f) => f.type === 'synced');
    // A live message broadcast meanwhile is one of the replayed ones: each seq once.
    const bySeq = new Map(this.frames.filter((f) => f.type === 'message').map((m) => [m.seq, m]));
    const messages = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
    this.frames = this.frames.filter((f) => f.type !== 'message');
    return { messages, lastSeq: synced.last_seq };
  }

  close() {
    this.ws.close();
  }
}

/** A fresh UUIDv7, as the widget makes them. */
export function uuidv7() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const ms = BigInt(Date.now());
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
