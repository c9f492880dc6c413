// A local stand-in for the translation APIs Caravan calls, following each provider's
// documented request and response shapes and error modes. Tests only: the real services
// cannot be reached from CI.
//
// - DeepL     POST /v2/translate   (https://developers.deepl.com/api-reference/translate)
//   `Authorization: DeepL-Auth-Key <key>`; {text: [..], target_lang, source_lang?,
//   tag_handling?} → {translations: [{detected_source_language, text}]}; errors
//   {message} with 400, 403, 429, 456 (quota), 5xx.
// - LibreTranslate POST /translate (https://docs.libretranslate.com/)
//   {q, source, target, format, api_key?} → {translatedText}; errors {error} with 400,
//   403, 429, 500.
// - Workers AI's REST shape for @cf/meta/m2m100-1.2b, POST /ai/run/<model>
//   {text, source_lang, target_lang} → {result: {translated_text}, success: true}; the
//   AI binding stand-in (`aiBindingScript`) calls it and throws on errors as the binding
//   does ("3040: Capacity temporarily exceeded").
//
// Translations: a few phrases of the end-to-end story by language pair; anything else
// comes back tagged with its target language, markup (the `<x id/>` markers) untouched.
import { StandinServer } from './server.mjs';

/** Phrases by `source>target` (primary language subtags, lower case). */
const PHRASES = {
  'th>en': {
    'สวัสดีค่ะ คำสั่งซื้อ <x id="1"/> ของฉันยังไม่มาถึงเลย ช่วยตรวจสอบให้หน่อยได้ไหมคะ':
      'Hello, my order <x id="1"/> has not arrived yet. Could you please check it for me?',
  },
  'en>th': {
    'Your order <x id="1"/> is on its way and will arrive tomorrow.':
      'คำสั่งซื้อ <x id="1"/> ของคุณกำลังจัดส่งและจะถึงในวันพรุ่งนี้ค่ะ',
  },
  // The knowledge-base story: a German question, an English-only answer.
  'de>en': { 'Wie kann ich meine Bestellung zurückschicken?': 'How can I return my order?' },
  'en>de': { 'Returns are free within 30 days.': 'Rücksendungen sind innerhalb von 30 Tagen kostenlos.' },
};

const primary = (code) => String(code ?? '').toLowerCase().split('-')[0];

function translate(text, source, target) {
  const known = PHRASES[`${primary(source)}>${primary(target)}`]?.[text];
  return known ?? `[${String(target).toLowerCase()}] ${text}`;
}

/** Modes: ok, rate_limited, quota, server_error, hang, drop_markers; `mode` is one for
 * every API or `{deepl, libretranslate, ai}` for each. */
export class TranslationStandin extends StandinServer {
  constructor({ deeplKey = 'deepl-test-key' } = {}) {
    super();
    this.deeplKey = deeplKey;
    this.mode = 'ok';
  }

  /** Requests received since the last call, as {path, headers, body}. */
  take() {
    const taken = this.requests;
    this.requests = [];
    return taken;
  }

  async serve(req, res) {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    let body;
    try {
      body = JSON.parse(raw);
    } catch {
      body = undefined;
    }
    this.requests.push({ path: req.url, headers: req.headers, body, raw });
    const send = (status, json) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    const api = req.url === '/v2/translate' ? 'deepl'
      : req.url === '/translate' ? 'libretranslate'
        : req.url.startsWith('/ai/run/') ? 'ai' : undefined;
    const mode = typeof this.mode === 'string' ? this.mode : (this.mode[api] ?? 'ok');
    if (mode === 'hang') return; // Never answers; the caller must time out.
    if (req.method !== 'POST') return send(405, { message: 'Method not allowed' });
    if (api === 'deepl') return this.#deepl(req, body, send, mode);
    if (api === 'libretranslate') return this.#libre(body, send, mode);
    if (api === 'ai') return this.#ai(req.url.slice(8), body, send, mode);
    return send(404, { message: 'Not found' });
  }

  #deepl(req, body, send, mode) {
    if (req.headers.authorization !== `DeepL-Auth-Key ${this.deeplKey}`) {
      return send(403, { message: 'Authorization failed. Please supply a valid auth_key parameter.' });
    }
    if (!body || !Array.isArray(body.text) || !body.target_lang) {
      return send(400, { message: "Value for 'target_lang' not supported." });
    }
    if (mode === 'rate_limited') return send(429, { message: 'Too many requests' });
    if (mode === 'quota') return send(456, { message: 'Quota exceeded' });
    if (mode === 'server_error') return send(503, { message: 'Service unavailable' });
    const source = body.source_lang ?? 'EN';
    return send(200, {
      translations: body.text.map((t) => ({
        detected_source_language: primary(source).toUpperCase(),
        text: this.#finish(mode, translate(t, source, body.target_lang)),
      })),
    });
  }

  #libre(body, send, mode) {
    if (!body || typeof body.q !== 'string') {
      return send(400, { error: 'Invalid request: missing q parameter' });
    }
    if (!body.target) return send(400, { error: 'Invalid request: missing target parameter' });
    if (mode === 'rate_limited') return send(429, { error: 'Slowdown: 10 per 1 minute' });
    if (mode === 'quota' || mode === 'server_error') {
      return send(500, { error: 'Cannot translate text: model failed' });
    }
    return send(200, { translatedText: this.#finish(mode, translate(body.q, body.source, body.target)) });
  }

  #ai(model, body, send, mode) {
    if (model !== '@cf/meta/m2m100-1.2b') {
      return send(400, { success: false, errors: [{ code: 5007, message: `No such model ${model}` }] });
    }
    if (!body || typeof body.text !== 'string' || !body.target_lang) {
      return send(400, { success: false, errors: [{ code: 5006, message: 'Error: required properties at \'/\' are text, target_lang' }] });
    }
    if (mode === 'rate_limited') {
      return send(429, { success: false, errors: [{ code: 3040, message: 'Capacity temporarily exceeded, please try again.' }] });
    }
    if (mode !== 'ok' && mode !== 'drop_markers') {
      return send(500, { success: false, errors: [{ code: 3028, message: 'Unknown internal error' }] });
    }
    const text = translate(body.text, body.source_lang ?? 'en', body.target_lang);
    return send(200, { result: { translated_text: this.#finish(mode, text) }, success: true });
  }

  /** In `drop_markers` mode the provider loses the first marker, as MT sometimes does. */
  #finish(mode, text) {
    return mode === 'drop_markers' ? text.replace(/<x id="1"\/>/, '') : text;
  }
}

/** The `AI` binding's stand-in for Miniflare's `wrappedBindings`: `env.AI.run(model,
 * inputs)` resolves with the model's output or throws "<code>: <message>" like the real
 * binding. `url` is the stand-in server. */
export const aiBindingScript = `
class Ai {
  constructor(env) { this.url = env.url; }
  async run(model, inputs) {
    const res = await fetch(this.url + '/ai/run/' + model, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(inputs),
    });
    const answer = await res.json();
    if (!answer.success) {
      const e = answer.errors[0];
      throw new Error(e.code + ': ' + e.message);
    }
    return answer.result;
  }
}
export default function (env) { return new Ai(env); }
`;
