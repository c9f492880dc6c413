// Two-way translation in the real Workers runtime: each provider adapter (DeepL,
// LibreTranslate, Workers AI through its binding) against a local stand-in that follows
// the provider's documented shapes and error modes; the residency refusal of a provider
// outside the session's region; the regional memory and the phrasebook answering before
// any provider; the agent API and its authentication.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Edge, uuidv7 } from '../lib/edge.mjs';
import { TranslationStandin, aiBindingScript } from '../standins/translation.mjs';

const AGENT = 'agent-token-for-tests-only-0123456789';
const OTHER_AGENT = 'other-agent-token-for-tests-only-0123';
/** Each store's agent token. */
const TOKENS = {
  'deepl-shop': AGENT, other: OTHER_AGENT, 'libre-shop': `${AGENT}-libre`, 'ai-shop': `${AGENT}-ai`,
  'fallback-shop': `${AGENT}-fallback`, 'strict-shop': `${AGENT}-strict`,
};
const THAI = 'สวัสดีค่ะ คำสั่งซื้อ #12345 ของฉันยังไม่มาถึงเลย ติดต่อ anna.k@example.com หรือ +66 81 234 5678';

const shop = (providers, extra = {}) => ({
  name: 'Shop', default_region: 'eu', default_locale: 'en',
  translation: { agent_locale: 'en', providers, glossary: ['AirFlex'], ...extra },
});

let standin;
let edge;
before(async () => {
  standin = await new TranslationStandin().start();
  const translators = {
    'deepl-eu': { kind: 'deepl', processes_in: 'eu', url: standin.url, key_secret: 'DEEPL_KEY' },
    'libre-eu': { kind: 'libretranslate', processes_in: 'eu', url: standin.url },
    'libre-us': { kind: 'libretranslate', processes_in: 'us', url: standin.url },
    ai: { kind: 'workers_ai', processes_in: 'anywhere', binding: 'AI' },
  };
  const merchants = {
    'deepl-shop': shop(['deepl-eu']),
    'libre-shop': shop(['libre-eu']),
    'ai-shop': shop(['ai'], { allow_outside_region: true }),
    'fallback-shop': shop(['deepl-eu', 'libre-eu']),
    'strict-shop': shop(['libre-us', 'ai']),
    other: shop([]),
  };
  edge = await new Edge(undefined, {
    merchants: JSON.stringify(merchants),
    bindings: {
      CARAVAN_TRANSLATORS: JSON.stringify(translators),
      CARAVAN_AGENT_TOKENS: JSON.stringify(TOKENS),
      DEEPL_KEY: standin.deeplKey,
    },
    wrappedBindings: { AI: { scriptName: 'ai-standin', bindings: { url: standin.url } } },
    workers: [{ name: 'ai-standin', modules: true, script: aiBindingScript }],
  }).start();
});
after(async () => {
  await edge?.destroy();
  await standin?.stop();
});


function agentPath(session) {
  return `/v1/agent/conversations/${session.region}/${session.conversation_id}/messages`;
}

function agentRead(session, token = TOKENS[session.merchant]) {
  return edge.fetch(agentPath(session), { headers: { authorization: `Bearer ${token}` } });
}

function agentReply(session, body, token = TOKENS[session.merchant]) {
  return edge.fetch(agentPath(session), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A Thai shopper in Germany (region eu) of `merchant`, with an open socket. */
async function thaiShopper(merchant) {
  const session = { ...(await edge.createSession({ merchant, locales: ['th'] }, {}, 'DE')), merchant };
  assert.equal(session.region, 'eu');
  assert.equal(session.locale, 'th');
  const socket = await edge.connect(session.session_token);
  return { session, socket };
}

/** Sends a shopper message and waits until the agents' view has its translation. */
async function shopperSays(shopper, text) {
  const id = uuidv7();
  shopper.socket.send({ type: 'send', id, text });
  await shopper.socket.next((f) => f.type === 'ack' && f.id === id);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const res = await agentRead(shopper.session);
    assert.equal(res.status, 200);
    const { messages } = await res.json();
    const message = messages.find((m) => m.id === id);
    if (message.translation?.state !== 'pending') return message;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('translation stayed pending');
}

function assertNoPersonalData(requests) {
  assert.ok(requests.length > 0, 'the provider was called');
  for (const r of requests) {
    for (const secret of ['12345', 'anna.k@example.com', '+66 81 234 5678', '234 5678']) {
      assert.ok(!r.raw.includes(secret), `${secret} reached the provider: ${r.raw}`);
    }
  }
}

function assertDataRestored(text, shown = ['#12345', 'anna.k@example.com', '+66 81 234 5678']) {
  for (const secret of shown) {
    assert.equal(text.split(secret).length - 1, 1, `${secret} once in ${text}`);
  }
}

/** As the agent API shows personal data: masked, the order number kept. */
const AS_AGENTS_SEE = ['#12345', 'a***@example.com', '+66***5678'];
const masked = (text) => text.replace('anna.k@example.com', 'a***@example.com').replace('+66 81 234 5678', '+66***5678');

/** The shopper's own export of message `id`: the stored text and translation, unmasked. */
async function asStored(shopper, id) {
  const res = await edge.fetch('/v1/conversation/export', { headers: { authorization: `Bearer ${shopper.session.session_token}` } });
  assert.equal(res.status, 200);
  const { messages } = await res.json();
  return messages.find((m) => m.seq === id);
}

test('DeepL: shopper messages reach agents in English, replies reach shoppers in Thai', async () => {
  standin.mode = 'ok';
  standin.take();
  const shopper = await thaiShopper('deepl-shop');
  const message = await shopperSays(shopper, THAI);
  assert.equal(message.lang, 'th');
  assert.equal(message.text, masked(THAI), 'the original is kept, masked for agents');
  assert.equal(message.translation.state, 'done');
  assert.equal(message.translation.lang, 'en');
  assert.equal(message.translation.via, 'provider:deepl-eu');
  assertDataRestored(message.translation.text, AS_AGENTS_SEE);
  const stored = await asStored(shopper, message.seq);
  assert.equal(stored.text, THAI, 'stored as written');
  assertDataRestored(stored.translation.text);
  const calls = standin.take();
  assertNoPersonalData(calls);
  const call = calls[0];
  assert.equal(call.path, '/v2/translate');
  assert.equal(call.headers.authorization, `DeepL-Auth-Key ${standin.deeplKey}`);
  assert.deepEqual(
    { source: call.body.source_lang, target: call.body.target_lang, tags: call.body.tag_handling },
    { source: 'TH', target: 'EN-US', tags: 'xml' },
  );

  const id = uuidv7();
  const res = await agentReply(shopper.session, { id, text: 'Your AirFlex order #12345 ships today, we will email you.' });
  assert.equal(res.status, 201);
  const { message: reply } = await res.json();
  assert.equal(reply.author, 'agent');
  assert.equal(reply.lang, 'en');
  assert.equal(reply.translation.state, 'done');
  assert.equal(reply.translation.lang, 'th');
  assert.match(reply.translation.text, /^\[th\] /);
  assert.ok(reply.translation.text.includes('AirFlex') && reply.translation.text.includes('#12345'));
  assert.ok(!standin.take().some((r) => r.raw.includes('AirFlex')), 'glossary terms are not sent');
  const frame = await shopper.socket.next((f) => f.type === 'message' && f.id === id);
  assert.deepEqual(
    { tr: frame.tr, tr_lang: frame.tr_lang, tr_text: frame.tr_text, text: frame.text },
    { tr: 'done', tr_lang: 'th', tr_text: reply.translation.text, text: reply.text },
  );
  // A retried reply is stored once and not translated again.
  const again = await agentReply(shopper.session, { id, text: 'Your AirFlex order #12345 ships today, we will email you.' });
  assert.equal(again.status, 200);
  assert.equal((await again.json()).message.seq, reply.seq);
  assert.equal(standin.take().length, 0);
  shopper.socket.close();
});

test('LibreTranslate and Workers AI speak their own APIs', async () => {
  standin.mode = 'ok';
  standin.take();
  const libre = await thaiShopper('libre-shop');
  const viaLibre = await shopperSays(libre, `${THAI} ค่ะ`);
  assert.equal(viaLibre.translation.via, 'provider:libre-eu');
  assertDataRestored(viaLibre.translation.text, AS_AGENTS_SEE);
  assertDataRestored((await asStored(libre, viaLibre.seq)).translation.text);
  const libreCalls = standin.take();
  assertNoPersonalData(libreCalls);
  assert.deepEqual(
    { path: libreCalls[0].path, source: libreCalls[0].body.source, target: libreCalls[0].body.target, format: libreCalls[0].body.format },
    { path: '/translate', source: 'th', target: 'en', format: 'html' },
  );

  const ai = await thaiShopper('ai-shop');
  const viaAi = await shopperSays(ai, `${THAI} นะคะ`);
  assert.equal(viaAi.translation.via, 'provider:ai');
  assertDataRestored(viaAi.translation.text, AS_AGENTS_SEE);
  assertDataRestored((await asStored(ai, viaAi.seq)).translation.text);
  const aiCalls = standin.take();
  assertNoPersonalData(aiCalls);
  assert.equal(aiCalls[0].path, '/ai/run/@cf/meta/m2m100-1.2b');
  assert.deepEqual({ s: aiCalls[0].body.source_lang, t: aiCalls[0].body.target_lang }, { s: 'th', t: 'en' });
  libre.socket.close();
  ai.socket.close();
});

test('429, quota, 5xx, lost placeholders and timeouts deliver the message marked unavailable', async () => {
  const shopper = await thaiShopper('deepl-shop');
  const cases = [
    ['rate_limited', 'rate_limited'],
    ['quota', 'quota_exceeded'],
    ['server_error', 'provider_failing'],
    ['drop_markers', 'placeholders_lost'],
    ['hang', 'timeout'],
  ];
  for (const [mode, reason] of cases) {
    standin.mode = mode;
    const message = await shopperSays(shopper, `${THAI} (${mode})`);
    assert.equal(message.translation.state, 'unavailable', mode);
    assert.equal(message.translation.reason, reason, mode);
    assert.equal(message.translation.text, null);
  }
  // A reply is never held past the deadline: it arrives untranslated, marked.
  standin.mode = 'hang';
  const id = uuidv7();
  const res = await agentReply(shopper.session, { id, text: 'We are looking into it right now, one moment please.' });
  assert.equal(res.status, 201);
  const { message } = await res.json();
  assert.deepEqual(
    { state: message.translation.state, reason: message.translation.reason },
    { state: 'unavailable', reason: 'timeout' },
  );
  const frame = await shopper.socket.next((f) => f.type === 'message' && f.id === id);
  assert.equal(frame.tr, 'unavailable');
  assert.equal(frame.text, 'We are looking into it right now, one moment please.');
  standin.mode = 'ok';

  // With a second provider, a failing first one is passed over.
  const fallback = await thaiShopper('fallback-shop');
  standin.mode = { deepl: 'rate_limited' };
  const viaSecond = await shopperSays(fallback, `${THAI} (fallback)`);
  assert.equal(viaSecond.translation.via, 'provider:libre-eu');
  standin.mode = 'ok';
  shopper.socket.close();
  fallback.socket.close();
});

test('a provider outside the session region is refused and never called', async () => {
  standin.mode = 'ok';
  standin.take();
  const shopper = await thaiShopper('strict-shop');
  // Text the region's memory does not know (the memory never leaves the region).
  const message = await shopperSays(shopper, `${THAI} ขอบคุณค่ะ`);
  assert.deepEqual(
    { state: message.translation.state, reason: message.translation.reason },
    { state: 'unavailable', reason: 'outside_region' },
  );
  assert.equal(standin.take().length, 0, 'no text left the region');
  shopper.socket.close();
});

test('the region memory and the phrasebook answer before any provider', async () => {
  standin.mode = 'ok';
  standin.take();
  const first = await thaiShopper('deepl-shop');
  const text = 'ขอเปลี่ยนไซส์รองเท้าคู่นี้เป็นไซส์ 42 ได้ไหมคะ คำสั่งซื้อ #55501';
  const a = await shopperSays(first, text);
  assert.equal(a.translation.via, 'provider:deepl-eu');
  assert.equal(standin.take().length, 1);
  // Another conversation in the region, another order number: the memory knows it.
  const second = await thaiShopper('deepl-shop');
  const b = await shopperSays(second, text.replace('55501', '77702'));
  assert.equal(b.translation.via, 'memory');
  assert.ok(b.translation.text.includes('#77702') && !b.translation.text.includes('55501'));
  assert.equal(standin.take().length, 0, 'the memory short-circuits the provider');

  // Template replies get the locale's human translation.
  const res = await agentReply(second.session, { text: 'Thank you for waiting. We are checking this for you now.' });
  const { message } = await res.json();
  assert.equal(message.translation.via, 'phrasebook');
  assert.match(message.translation.text, /ขอบคุณ/);
  assert.equal(standin.take().length, 0);
  first.socket.close();
  second.socket.close();
});

test('an agent who reads Portuguese at an English store: the shopper\'s and the bot\'s words told in Portuguese, through the memory', async () => {
  standin.mode = 'ok';
  const shopper = await thaiShopper('libre-shop');
  const stored = await shopperSays(shopper, THAI);
  assert.equal(stored.translation.lang, 'en', 'stored in the store agents\' language');
  standin.take();
  const read = async (lang) => {
    const res = await edge.fetch(`${agentPath(shopper.session)}?lang=${lang}`, { headers: { authorization: `Bearer ${TOKENS['libre-shop']}` } });
    return { status: res.status, body: await res.json() };
  };
  const inPortuguese = (await read('pt-PT')).body.messages.find((m) => m.id === stored.id);
  assert.equal(inPortuguese.text, masked(THAI), 'the original is kept, masked for agents');
  assert.equal(inPortuguese.translation.state, 'done');
  assert.equal(inPortuguese.translation.lang, 'pt-PT');
  assert.equal(inPortuguese.translation.via, 'provider:libre-eu');
  assert.match(inPortuguese.translation.text, /^\[pt/);
  assertDataRestored(inPortuguese.translation.text, AS_AGENTS_SEE);
  assertNoPersonalData(standin.take());
  // Read again: the region's memory answers, no provider is asked.
  const again = (await read('pt-PT')).body.messages.find((m) => m.id === stored.id);
  assert.equal(again.translation.via, 'memory');
  assert.equal(standin.take().length, 0);
  // A Thai-reading agent reads the original; the store's language reads the stored one.
  assert.equal((await read('th')).body.messages.find((m) => m.id === stored.id).translation, null);
  assert.deepEqual((await read('en')).body.messages.find((m) => m.id === stored.id).translation, stored.translation);
  // The bot's words, stored in Thai, are told too: in Portuguese, and in the store's English.
  const botIn = async (lang) => (await read(lang)).body.messages.filter((m) => m.author === 'bot' && m.lang === 'th').at(-1);
  assert.ok(await botIn('pt-PT'), 'the bot answered in Thai');
  assert.equal((await botIn('pt-PT')).translation.lang, 'pt-PT');
  assert.equal((await botIn('en')).translation.lang, 'en');
  assert.equal((await botIn('th')).translation, null);
  const bad = await read('tlh');
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error.code, 'invalid_request');
  // A short reply written in Portuguese is taken as Portuguese (the agent's language told).
  const reply = await agentReply(shopper.session, { text: 'Obrigada!', lang: 'pt-PT' });
  assert.equal(reply.status, 201);
  assert.equal((await reply.json()).message.lang, 'pt');
  shopper.socket.close();
});

test('the agent API is authenticated and answers bad input with JSON errors', async () => {
  const shopper = await thaiShopper('deepl-shop');
  await shopperSays(shopper, 'hello');
  const expectError = async (res, status, code) => {
    assert.equal(res.status, status);
    assert.equal((await res.json()).error.code, code);
  };
  const path = agentPath(shopper.session);
  await expectError(await edge.fetch(path), 401, 'unauthorized');
  await expectError(await agentRead(shopper.session, 'x'.repeat(40)), 401, 'unauthorized');
  // Another store's agent cannot see or write this conversation.
  await expectError(await agentRead(shopper.session, OTHER_AGENT), 404, 'not_found');
  await expectError(await agentReply(shopper.session, { text: 'hi' }, OTHER_AGENT), 404, 'not_found');
  await expectError(await agentReply(shopper.session, '{nope'), 400, 'invalid_request');
  await expectError(await agentReply(shopper.session, { text: 'hi', extra: 1 }), 400, 'invalid_request');
  await expectError(await agentReply(shopper.session, { text: '   ' }), 400, 'empty_message');
  await expectError(await agentReply(shopper.session, { text: 'x'.repeat(4001) }), 413, 'message_too_long');
  await expectError(await agentReply(shopper.session, { text: 'hi', id: 'nope' }), 400, 'invalid_request');
  const auth = { headers: { authorization: `Bearer ${AGENT}` } };
  await expectError(await edge.fetch(`/v1/agent/conversations/mars/${shopper.session.conversation_id}/messages`, auth), 404, 'not_found');
  await expectError(await edge.fetch('/v1/agent/conversations/eu/not-a-conversation/messages', auth), 404, 'not_found');
  await expectError(await edge.fetch(`/v1/agent/conversations/eu/${crypto.randomUUID()}/messages`, auth), 404, 'not_found');
  await expectError(await edge.fetch(path, { ...auth, method: 'DELETE' }), 405, 'method_not_allowed');
  shopper.socket.close();
});
