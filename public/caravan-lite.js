// Caravan lite chat: a text-only chat in plain JavaScript for the weakest links (Save-Data,
// 2G, no WebAssembly). The loader mounts it instead of the WASM widget. It speaks the same
// API over HTTP long-polling (POST /v1/frames, GET /v1/poll) and shares the full widget's
// session and outbox in localStorage, so switching to the full chat continues the same
// conversation and nothing written here is ever lost.
// The shipped locales (core's `locale.rs`); core decides for the session, this only
// guesses the first paint the same way for the common tags.
const LOCALES = ('en es es-419 pt-BR pt-PT fr de it nl pl cs ro sv da fi nb el tr ru uk ar he fa ur ' +
  'hi th vi id ms fil ja ko zh-Hans zh-Hant sw').split(' ');
const RTL = ['ar', 'he', 'fa', 'ur'];
const WAIT = 25;
// English, so the chat can always speak even if its locale file cannot be fetched.
const EN = {
  'header-subtitle': 'We usually reply within a few minutes',
  'composer-placeholder': 'Write a message…',
  'composer-send': 'Send',
  'author-you': 'You',
  'author-bot': 'Assistant',
  'author-agent': 'Support team',
  'status-sending': 'Sending…',
  'status-delivered': 'Delivered',
  'agent-typing': 'The support team is typing…',
  'status-failed': 'Not sent',
  'connection-connecting': 'Connecting…',
  'connection-offline': 'You are offline. Your messages will be sent when you are back online.',
  'connection-unavailable': 'Chat is unavailable right now. Your messages are kept and will be sent when the service is back.',
  'chat-unavailable': 'Chat is unavailable right now.',
  'lite-mode': 'Light chat for slow connections: text only.',
  'lite-load-full': 'Load the full chat',
  'launcher-close': 'Close chat',
  'translated-notice': 'Translated automatically',
  'translation-unavailable': 'Not translated: translation is unavailable right now.',
};

// `es-MX → es-419`, `zh-HK → zh-Hant`, `pt → pt-BR`, `no → nb`, then the bare language.
function match(tag) {
  const [lang, ...rest] = (tag || '').replace(/_/g, '-').toLowerCase().split('-');
  const l = { iw: 'he', in: 'id', no: 'nb', nn: 'nb', tl: 'fil' }[lang] || lang;
  const r = rest.join('-');
  const tries = [r ? `${l}-${r}` : l];
  if (l === 'zh') tries.push(/hant|tw|hk|mo/.test(r) ? 'zh-Hant' : 'zh-Hans');
  if (l === 'es' && r && r !== 'es') tries.push('es-419');
  if (l === 'pt') tries.push(r && r !== 'br' ? 'pt-PT' : 'pt-BR');
  tries.push(l);
  return LOCALES.find((x) => tries.includes(x.toLowerCase()));
}

// Snippet override > the shopper's choice in the full widget > the browser's languages.
function preferences(override) {
  let chosen = null;
  try { chosen = localStorage.getItem('caravan:locale'); } catch { /* private mode */ }
  return [override, chosen, ...(navigator.languages || [navigator.language])].filter(Boolean);
}

// The Fluent subset the widget's files use: `id = text` with `{ $var }` placeables.
function parseFtl(source) {
  return Object.fromEntries([...source.matchAll(/^([a-z][\w-]*)[ \t]*=[ \t]*(.*)$/gm)].map((m) => [m[1], m[2]]));
}

function uuidv7() {
  const b = crypto.getRandomValues(new Uint8Array(16));
  let ms = Date.now();
  for (let i = 5; i >= 0; i--) { b[i] = ms % 256; ms = Math.floor(ms / 256); }
  b[6] = (b[6] & 15) | 112;
  b[8] = (b[8] & 63) | 128;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// Scoped under `.l`: the full widget may later share this shadow root. The panel's place
// in the loader's frame (`.v`, the visible screen; `[n]` when narrow) matches widget.css.
const CSS =
  '.v>.p{bottom:max(92px,calc(env(safe-area-inset-bottom) + 72px));width:min(380px,100% - 40px);' +
  'height:min(560px,100% - 112px)}[n]>.p{inset:0;width:auto;height:auto;padding:env(safe-area-inset-top) ' +
  'env(safe-area-inset-right) env(safe-area-inset-bottom) env(safe-area-inset-left);background:#fff}' +
  '.l{all:initial;box-sizing:border-box;display:flex;flex-direction:column;width:100%;height:100%;' +
  'background:#fff;color:#1b1c20;font:15px/1.45 system-ui,sans-serif;border-radius:12px;overflow:hidden;' +
  'box-shadow:0 8px 30px rgb(20 22 40/.25)}[n] .l{border-radius:0;box-shadow:none}' +
  '.l *{box-sizing:border-box;font:inherit;color:inherit}' +
  '.l .h{display:flex;gap:8px;align-items:center;padding:10px 14px;background:#3346c2;color:#fff}' +
  '.l .h b{flex:1}.l .h button{all:initial;display:inline-grid;place-items:center;min-width:32px;min-height:32px;' +
  'color:#fff;cursor:pointer;font:13px system-ui;text-decoration:underline}.l .h .x{font-size:24px;text-decoration:none}' +
  '.l .n{margin:0;padding:4px 14px;background:#eef0f6;font-size:12px}.l .s{margin:0;padding:4px 14px;' +
  'background:#fff6dd;font-size:13px}.l .s:empty,.l .t[hidden]{display:none}.l .t{margin:0;padding:2px 14px;' +
  'color:#5d6070;font-size:12px;font-style:italic}.l .g{flex:1;padding:12px;overflow-y:auto;' +
  'overscroll-behavior:contain}.l ol{margin:0;padding:0;list-style:none}.l li{margin:0 0 8px;' +
  'white-space:pre-wrap;overflow-wrap:anywhere}.l li small{display:block;color:#5d6070;font-size:12px}' +
  '.l li.m{text-align:end}.l form{display:flex;gap:6px;padding:8px;border-top:1px solid #e4e6ee}' +
  // 16px or more: iOS Safari zooms the page into smaller inputs on focus.
  '.l textarea{flex:1;resize:none;padding:8px;border:1px solid #d5d8e3;border-radius:8px;background:#fff;' +
  'font-size:16px}.l form button{padding:0 12px;border:0;border-radius:8px;background:#3346c2;color:#fff;' +
  'cursor:pointer}.l :disabled{opacity:.5;cursor:not-allowed}.l li div{display:flex;flex-wrap:wrap;gap:6px;' +
  'margin-top:4px}.l .g:focus-visible{outline:2px solid #3346c2;outline-offset:-2px}.l li div button{padding:6px 12px;border:1px solid #3346c2;border-radius:14px;cursor:pointer}';

// Styles the shadow root through the CSSOM: a storefront's CSP `style-src` governs
// <style> elements, not constructed stylesheets (Safari before 16.4 has none: <style>).
function adopt(root) {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = CSS;
    root.append(style);
  }
}

export async function mount(container, options) {
  const { merchant, apiBase } = options;
  const prefs = preferences(options.locale);
  let locale = prefs.map(match).find(Boolean);
  const guessed = !!locale;
  let strings = EN;
  const speak = async (tag) => {
    locale = tag || 'en';
    strings = EN;
    try {
      const res = await fetch(`${options.localeBase}${locale}/widget.ftl`);
      if (res.ok) strings = { ...EN, ...parseFtl(await res.text()) };
    } catch { /* English it is */ }
  };
  await speak(locale);
  const t = (id) => strings[id] ?? id;

  const root = document.createElement('section');
  root.className = 'l';
  root.dataset.mode = 'lite';
  root.innerHTML =
    '<div class="h"><b></b><button type="button" class="f"></button>' +
    '<button type="button" class="x">×</button></div><p class="n"></p><p class="s" role="status"></p>' +
    '<div class="g" role="log" aria-live="polite" tabindex="0"><ol></ol></div><p class="t" hidden></p><form><textarea rows="2" dir="auto"></textarea>' +
    '<button type="submit"></button></form>';
  const $ = (s) => root.querySelector(s);
  const [title, full, close, note, status, scroller, log, typing, form, input, send] =
    ['b', '.f', '.x', '.n', '.s', '.g', 'ol', '.t', 'form', 'textarea', 'form button'].map($);
  const paint = () => {
    root.lang = locale;
    root.dir = RTL.includes(locale) ? 'rtl' : 'ltr';
    note.textContent = t('lite-mode');
    full.textContent = t('lite-load-full');
    close.setAttribute('aria-label', t('launcher-close'));
    input.placeholder = t('composer-placeholder');
    input.setAttribute('aria-label', t('composer-placeholder'));
    send.textContent = t('composer-send');
    typing.textContent = t('agent-typing');
  };
  paint();
  adopt(container.getRootNode());
  container.replaceChildren(root);
  const fire = (name) => root.dispatchEvent(new Event(name, { bubbles: true, composed: true }));
  let stopped = false;
  full.onclick = () => {
    // Hand over to the full widget: stop every request of ours first.
    stopped = true;
    generation += 1;
    removeEventListener('online', connect);
    fire('caravan-full');
  };
  close.onclick = () => fire('caravan-close');

  // --- State: the same keys and formats as the full widget. ---
  const sessionKey = `caravan:${merchant}:session`;
  const outboxKey = `caravan:${merchant}:outbox`;
  const load = (key) => { try { return localStorage.getItem(key); } catch { return null; } };
  const save = (key, value) => {
    try { value ? localStorage.setItem(key, value) : localStorage.removeItem(key); } catch { /* private mode */ }
  };
  let session = null;
  try {
    const s = JSON.parse(load(sessionKey));
    if (s && s.expires_at > Date.now() / 1000) session = s;
  } catch { /* none */ }
  const stored = new Map(); // seq -> message
  let contiguous = 0;
  const pending = []; // { id, text, state: 'sending' | 'sent' | 'failed' }
  for (const line of (load(outboxKey) || '').split('\n')) {
    try {
      const p = JSON.parse(line);
      if (p.id && typeof p.text === 'string') pending.push({ id: p.id, text: p.text, ch: p.ch, state: 'sending' });
    } catch { /* skip a damaged line */ }
  }
  const persist = () => save(outboxKey, pending.filter((p) => p.state !== 'failed')
    .map((p) => JSON.stringify({ id: p.id, text: p.text, ch: p.ch })).join('\n'));

  const render = () => {
    title.textContent = session?.merchant_name ?? '';
    const rows = [...stored.values()].sort((a, b) => a.seq - b.seq)
      .map((m) => [m.author, m.author !== 'shopper' && m.tr === 'done' ? m.tr_text : m.text, 'delivered', m])
      .concat(pending.map((p) => ['shopper', p.text, p.state === 'failed' ? 'failed' : 'sending']));
    log.replaceChildren(...rows.map(([author, text, state, m]) => {
      const li = document.createElement('li');
      const who = document.createElement('small');
      const body = document.createElement('span');
      li.className = author === 'shopper' ? 'm' : '';
      li.dataset.author = author;
      li.dataset.status = state;
      who.textContent = t(author === 'shopper' ? 'author-you' : `author-${author}`) +
        (author === 'shopper' ? ` · ${t(`status-${state}`)}` : '');
      body.textContent = text; // text, never HTML
      body.dir = 'auto';
      // An agent's reply in the shopper's language; a tap shows the original and back.
      if (author !== 'shopper' && m?.tr === 'done') {
        who.textContent += ` · ${t('translated-notice')}`;
        body.title = m.text;
        body.onclick = () => { body.textContent = body.textContent === m.text ? m.tr_text : m.text; };
      } else if (author !== 'shopper' && m?.tr === 'unavailable') {
        who.textContent += ` · ${t('translation-unavailable')}`;
      }
      li.append(who, body);
      if (m?.stage) li.dataset.stage = m.stage;
      // Quick replies under the latest message only (`ch`: one "id<TAB>label" per line).
      if (m?.ch && m === rows[rows.length - 1][3]) {
        const group = li.appendChild(document.createElement('div'));
        group.setAttribute('role', 'group');
        group.append(...m.ch.split('\n').map((l) => {
          const [id, label] = l.split('\t'), b = document.createElement('button');
          return Object.assign(b, { type: 'button', textContent: label, onclick: () => queue(label, id) });
        }));
      }
      return li;
    }));
    scroller.scrollTop = scroller.scrollHeight;
  };

  // --- Applying server frames (the rules of core's timeline, in miniature). ---
  // The team's typing sign: shown a few seconds, hidden by their next message.
  let typingTimer = 0;
  const signTyping = (on) => { clearTimeout(typingTimer); typing.hidden = !on; if (on) typingTimer = setTimeout(signTyping, 6000, false); };
  const apply = (f) => {
    if (f.type === 'typing' && f.author === 'agent') signTyping(true);
    if (f.type === 'message' && f.author === 'agent') signTyping(false);
    if (f.type === 'message') {
      stored.set(f.seq, f);
      while (stored.has(contiguous + 1)) contiguous += 1;
      const i = pending.findIndex((p) => p.id === f.id);
      if (i >= 0) pending.splice(i, 1);
    } else if (f.type === 'error' && f.id) {
      const p = pending.find((q) => q.id === f.id);
      if (p && !['internal', 'unavailable', 'region_unavailable'].includes(f.code)) p.state = 'failed';
      else if (p) p.state = 'sending';
    }
  };

  // --- Transport: long-polling, one POST at a time, backoff with jitter. ---
  const frame = (o) => JSON.stringify({ v: 1, ...o });
  const call = async (path, init = {}) => {
    const res = await fetch(apiBase + path, {
      ...init,
      headers: { authorization: `Bearer ${session.session_token}`, ...(init.headers || {}) },
    });
    if (res.status === 401) { session = null; save(sessionKey, null); }
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return (await res.text()).split('\n').filter(Boolean).map((l) => JSON.parse(l));
  };
  let attempt = 0;
  let posting = false;
  let generation = 0;

  // A new session brings the store's identity token for its logged-in shopper, if the
  // page gave one (refused, the session opens anonymous); a stored one stays as it is.
  const openSession = async () => {
    if (session) return;
    const res = await fetch(`${apiBase}/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ merchant, locales: prefs.slice(0, 16), identity: options.identityToken }),
    });
    if (!res.ok) throw Object.assign(new Error(`HTTP ${res.status}`), { status: res.status });
    session = await res.json();
    save(sessionKey, JSON.stringify(session));
    // Nothing here matched: the edge also knows Accept-Language and the store's default.
    if (!guessed && session.locale !== locale) {
      await speak(session.locale);
      paint();
      render();
    }
  };

  // Sends the resume and everything unsent; the answer holds acks and the replay.
  const flush = async (gen) => {
    if (posting || gen !== generation) return;
    const batch = pending.filter((p) => p.state === 'sending').slice(0, 63);
    posting = true;
    batch.forEach((p) => { p.state = 'sent'; });
    try {
      const body = [frame({ type: 'resume', after: contiguous }),
        ...batch.map((p) => frame({ type: 'send', id: p.id, text: p.text, ch: p.ch }))].join('\n');
      const replies = await call('/v1/frames', {
        method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body,
      });
      if (gen !== generation) return;
      replies.forEach(apply);
      posting = false;
      persist();
      render();
      if (pending.some((p) => p.state === 'sending')) flush(gen);
    } catch (e) {
      batch.forEach((p) => { if (p.state === 'sent') p.state = 'sending'; });
      posting = false;
      fail(gen);
    }
  };

  const poll = async (gen) => {
    while (gen === generation) {
      try {
        const frames = await call(`/v1/poll?after=${contiguous}&wait=${WAIT}`);
        if (gen !== generation) return;
        frames.forEach(apply);
        attempt = 0;
        status.textContent = '';
        persist();
        render();
      } catch {
        return fail(gen);
      }
    }
  };

  // A page the store has not configured gets a refused CORS request, which reads as a
  // network error. After a failed start the edge is asked (GET /v1/embed, readable by any
  // page) until it answers; if this page may not embed the chat, the chat stops and says
  // so, and the console names the cause for the merchant. (The widget does the same, by
  // core's `embedding`.)
  let asked = false;
  const refusedHere = async (e) => {
    if (asked || (e.status && e.status !== 403 && e.status !== 404) || !navigator.onLine) return false;
    try {
      const res = await fetch(`${apiBase}/v1/embed?merchant=${encodeURIComponent(merchant)}`);
      const verdict = await res.json();
      asked = true; // answered: no need to ask again
      if (verdict.allowed !== false) return false;
      console.error(`caravan: ${verdict.reason}`);
      return true;
    } catch {
      return false; // cannot tell yet: keep trying as usual, and ask after the next failure
    }
  };

  const connect = async () => {
    if (stopped) return;
    const gen = ++generation;
    posting = false;
    status.textContent = t('connection-connecting');
    try {
      await openSession();
      render();
      await flush(gen);
      if (gen !== generation) return;
      status.textContent = '';
      poll(gen);
    } catch (e) {
      if (!session && (await refusedHere(e))) {
        stopped = true;
        generation += 1;
        status.textContent = t('chat-unavailable');
        root.dataset.state = 'refused';
        input.disabled = send.disabled = true;
        return;
      }
      fail(gen);
    }
  };

  const fail = (gen) => {
    if (gen !== generation) return;
    generation += 1;
    posting = false;
    pending.forEach((p) => { if (p.state === 'sent') p.state = 'sending'; });
    if (!navigator.onLine) {
      status.textContent = t('connection-offline');
      return; // the `online` event reconnects
    }
    status.textContent = t('connection-unavailable');
    const ceiling = Math.min(30_000, 500 * 2 ** Math.min(attempt++, 16));
    setTimeout(connect, ceiling / 2 + (Math.random() * ceiling) / 2);
  };

  addEventListener('online', connect);
  addEventListener('offline', () => { if (!stopped) { generation += 1; status.textContent = t('connection-offline'); } });

  form.onsubmit = (e) => {
    e.preventDefault();
    // A lone surrogate (set by a script) has no UTF-8 and the edge refuses its escape: U+FFFD.
    const text = input.value.trim().replace(/[\ud800-\udfff]/gu, '\ufffd');
    if (!text || [...text].length > 4000) return;
    input.value = '';
    queue(text);
  };
  // A message (or a tapped quick reply, `ch` its id) goes durable before it is on the wire.
  const queue = (text, ch) => {
    pending.push({ id: uuidv7(), text, ch, state: 'sending' });
    persist(); render(); flush(generation);
  };
  // Enter sends, and adds no line break to the emptied box (or to a draft kept).
  input.onkeydown = (e) => { if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) { e.preventDefault(); form.requestSubmit(); } };
  render();
  connect();
}
