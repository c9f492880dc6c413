// Caravan embed loader. The merchant's one line:
//   <script src="https://EDGE/caravan.js" data-merchant="ID" async></script>
// Optional: data-locale="ja" (merchant override), data-api="https://EDGE" (API origin),
// data-identity-token="<JWS>" (the store's word on its logged-in shopper, minted by its
// server for this page; the chat sends it once to POST /v1/identity).
//
// Draws only the launcher bubble, inside <caravan-chat>'s Shadow DOM so store CSS cannot
// touch it. The WASM widget, its CSS and strings are fetched when the shopper shows intent
// (pointer over, focus or touch on the bubble, or a click), never before. On the weakest
// links (Save-Data, 2G, no WebAssembly) it loads the small text-only lite chat instead,
// which can hand over to the full widget when the shopper asks.
//
// This is the only file with a fixed URL (cached briefly). `cargo xtask build` replaces the
// `widget/...` names below with content-hashed ones, cached for a year.
//
// Strict storefront CSPs: styles go through constructable stylesheets (the CSSOM), which a
// page's `style-src` does not govern, and no inline style attribute is ever written.
(() => {
  const script = document.currentScript;
  if (!script || customElements.get('caravan-chat')) return;
  // `script.src` is absolute; the snippet's data-* attributes pass through, read when the
  // chat mounts (a page may renew its data-identity-token meanwhile).
  const src = new URL(script.src);
  const base = new URL('.', src).href;
  const options = {
    apiBase: script.dataset.api || src.origin,
    localeBase: `${base}widget/locales/`,
  };
  // `all: initial !important` on the host beats even `* {...!important}` in store CSS
  // (inner-context !important wins); inside the shadow root nothing of the page applies.
  // `.v` covers the *visible* screen (the visual viewport, which `place` copies): a page
  // wider than the phone stretches the fixed-position area, so `right: 20px` alone would
  // leave the bubble off screen, and the keyboard shrinks only the visual viewport. The
  // panel's geometry (floating, or the whole screen when `.v` is narrow, `n`) belongs to
  // the chat that fills it: widget.css and the lite chat's CSS.
  const css =
    ':host{all:initial!important}.v{position:fixed;inset:0;z-index:2147483000;pointer-events:none}' +
    '.b{all:initial;display:grid;place-items:center;width:56px;height:56px;border-radius:50%;' +
    'background:#3346c2;color:#fff;cursor:pointer;box-shadow:0 6px 20px #1416284d}' +
    '.v>*{position:absolute;right:max(20px,env(safe-area-inset-right));bottom:max(20px,env(safe-area-inset-bottom));pointer-events:auto}' +
    '.b:focus-visible{outline:3px solid #9aa6f5;outline-offset:3px}.b[aria-busy]{opacity:.7}' +
    '.e{margin:0 68px 8px 0;padding:8px 12px;border-radius:8px;background:#1b1c20;color:#fff;font:14px system-ui}';
  const icon =
    '<svg width="24" height="24" fill="#fff"><path d="M4 4h16a2 2 0 012 2v10a2 2 0 01-2 2H9l-5 4v-4a2 2 0 01-2-2V6a2 2 0 012-2z"/></svg>';

  // Stylesheets built through the CSSOM: a page's CSP `style-src` governs <style> elements
  // and style attributes, not these. (Safari before 16.4 has none: a <style>, no lock.)
  let sheet, lock;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    lock = new CSSStyleSheet();
    lock.replaceSync('html{overflow:hidden!important}');
  } catch {}

  class CaravanChat extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML =
        `<div class="v"><button class="b" type="button" aria-label="Chat" aria-expanded="false">${icon}</button>` +
        '<p class="e" role="alert" lang="en" hidden>Chat is unavailable right now.</p><div class="p" hidden></div></div>';
      if (sheet) root.adoptedStyleSheets = [sheet];
      else root.prepend(Object.assign(document.createElement('style'), { textContent: css }));
      // The panel comes last, so on a narrow screen the open chat covers the bubble.
      const box = root.lastChild;
      const [button, failure, panel] = box.children;
      let loading = null;
      let opening = null;
      let mounted = false;
      let held = null;
      // While the chat is the whole screen, the page behind stops scrolling: `lock` joins
      // the document's stylesheets, and leaves them after, so the page's own styles are
      // never touched; its scroll position is given back too (iOS scrolls to inputs).
      const hold = (on) => {
        if (!lock || on == !!held) return;
        const sheets = document.adoptedStyleSheets.filter((s) => s != lock);
        if (on) {
          held = [scrollX, scrollY];
          sheets.push(lock);
        }
        document.adoptedStyleSheets = sheets;
        if (!on) {
          scrollTo(...held);
          held = null;
        }
      };
      // A page that removes the chat while it is open gets its scrolling back.
      this.disconnectedCallback = () => hold(false);
      const vv = window.visualViewport;
      const place = () => {
        box.style.cssText = `left:${vv.offsetLeft}px;top:${vv.offsetTop}px;width:${vv.width}px;height:${vv.height}px`;
        hold(box.toggleAttribute('n', vv.width < 481) && !panel.hidden);
      };
      if (vv) {
        place();
        vv.addEventListener('resize', place);
        vv.addEventListener('scroll', place);
      }

      const net = navigator.connection || {};
      let lite =
        (net.saveData || /2g/.test(net.effectiveType) || typeof WebAssembly != 'object') &&
        !sessionStorage.getItem('caravan:full');
      // The chat module, fetched once (each chat carries its own stylesheet). If the full
      // widget cannot run here (a CSP without 'wasm-unsafe-eval', say), the lite chat can;
      // offline, neither can, and the next intent tries the full widget again.
      const load = () =>
        (loading ||= (lite
          ? import(`${base}widget/caravan-lite.js`)
          : import(`${base}widget/caravan-widget.js`).then(async (widget) => {
              await widget.default(); // its wasm, named beside it
              return widget;
            })
        ).catch((e) => {
          loading = null; // the next intent tries again
          if (lite || !navigator.onLine) throw e;
          console.warn('caravan: the full chat failed; trying the lite chat:', e);
          lite = true;
          return load().catch((again) => {
            lite = false; // nothing loads now: the next intent starts from the full widget
            throw again;
          });
        }));

      const show = (open) => {
        hold(open && box.hasAttribute('n'));
        panel.hidden = !open;
        failure.hidden = true;
        button.setAttribute('aria-expanded', open);
      };
      // Intent: a pointer over the bubble (a finger's touch included) or keyboard focus.
      for (const intent of ['pointerenter', 'focus']) {
        button.addEventListener(intent, () => load().catch(() => {}));
      }
      // One opening at a time: a second tap while the chat loads mounts nothing twice.
      const open = () =>
        (opening ||= (async () => {
          if (!mounted) {
            button.setAttribute('aria-busy', 'true');
            try {
              (await load()).mount(panel, { ...script.dataset, ...options });
              mounted = true;
            } catch (e) {
              // Said briefly to the shopper; the cause goes to the console for the merchant.
              // (A page's CSP refusal is also reported by the browser, naming the directive.)
              console.error('caravan: the chat could not load:', navigator.onLine ? e : 'offline');
              failure.hidden = false;
              return;
            } finally {
              button.removeAttribute('aria-busy');
            }
          }
          show(true);
        })().finally(() => {
          opening = null;
        }));
      button.addEventListener('click', () => (panel.hidden ? open() : show(false)));
      const close = () => {
        show(false);
        button.focus();
      };
      panel.addEventListener('caravan-close', close);
      // The shopper asked the lite chat for the full one (for this visit).
      panel.addEventListener('caravan-full', () => {
        sessionStorage.setItem('caravan:full', '1');
        lite = mounted = false;
        loading = null;
        panel.replaceChildren();
        open();
      });
      root.addEventListener('keydown', (e) => e.key === 'Escape' && !panel.hidden && close());
    }
  }

  customElements.define('caravan-chat', CaravanChat);
  const attach = () => document.body.append(document.createElement('caravan-chat'));
  if (document.body) attach();
  else addEventListener('DOMContentLoaded', attach, { once: true });
})();
