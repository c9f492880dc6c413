// Caravan embed loader. The merchant's one line:
//   <script src="https://EDGE/caravan.js" data-merchant="ID" async></script>
// Optional: data-locale="ja" (merchant override), data-api="https://EDGE" (API origin).
//
// Draws only the launcher bubble, inside <caravan-chat>'s Shadow DOM so store CSS cannot
// touch it. The WASM widget, its CSS and strings are fetched when the shopper shows intent
// (pointer over, focus or touch on the bubble, or a click), never before. On the weakest
// links (Save-Data, 2G, no WebAssembly) it loads the small text-only lite chat instead,
// which can hand over to the full widget when the shopper asks.
(() => {
  const script = document.currentScript;
  if (!script || customElements.get('caravan-chat')) return;
  const src = new URL(script.src, location.href);
  const base = new URL('.', src).href;
  const data = script.dataset;
  const options = {
    merchant: data.merchant,
    apiBase: data.api || src.origin,
    assetBase: base,
    locale: data.locale,
  };
  // `all: initial !important` on the host beats even `* {...!important}` in store CSS
  // (inner-context !important wins); every property used below is then set explicitly.
  const css =
    ':host{all:initial!important;position:fixed!important;right:20px!important;bottom:20px!important;' +
    'z-index:2147483000!important;display:block!important;visibility:visible!important}' +
    '.b{all:initial;display:grid;place-items:center;width:56px;height:56px;border-radius:50%;' +
    'background:#3346c2;color:#fff;cursor:pointer;box-shadow:0 6px 20px rgb(20 22 40/.3)}' +
    '.b:focus-visible{outline:3px solid #9aa6f5;outline-offset:3px}' +
    '.b[aria-busy=true]{opacity:.7;cursor:progress}' +
    '.p{all:initial;position:absolute;right:0;bottom:72px;display:block;' +
    'width:min(380px,calc(100vw - 40px));height:min(560px,calc(100vh - 120px))}' +
    '.p[hidden]{display:none}svg{display:block;width:28px;height:28px;fill:currentColor}';
  const icon =
    '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg>';

  class CaravanChat extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML =
        `<style>${css}</style><div class="p" hidden></div>` +
        `<button class="b" type="button" aria-label="Chat" aria-expanded="false">${icon}</button>`;
      const panel = root.firstChild.nextSibling;
      const button = panel.nextSibling;
      let loading = null;
      let mounted = false;

      const net = navigator.connection || {};
      let lite =
        (net.saveData || /2g/.test(net.effectiveType) || typeof WebAssembly != 'object') &&
        !sessionStorage.getItem('caravan:full');
      // The widget module and its stylesheet, fetched once, in parallel.
      const load = () =>
        lite ? (loading ||= import(`${base}caravan-lite.js`)) :
        (loading ||= Promise.all([
          import(`${base}widget/caravan-widget.js`).then(async (m) => {
            await m.default({ module_or_path: `${base}widget/caravan-widget_bg.wasm` });
            return m;
          }),
          new Promise((resolve, reject) => {
            const link = document.createElement('link');
            link.rel = 'stylesheet';
            link.href = `${base}widget/widget.css`;
            link.onload = resolve;
            link.onerror = reject;
            root.prepend(link);
          }),
        ])
          .then(([widget]) => widget)
          .catch((e) => {
            loading = null; // let the next intent retry
            throw e;
          }));

      const show = (open) => {
        panel.hidden = !open;
        button.setAttribute('aria-expanded', open);
      };
      for (const intent of ['pointerenter', 'focus', 'touchstart']) {
        button.addEventListener(intent, () => load().catch(() => {}), { passive: true });
      }
      const open = async () => {
        if (!mounted) {
          button.setAttribute('aria-busy', 'true');
          try {
            const widget = await load();
            widget.mount(panel, options);
            mounted = true;
          } catch (e) {
            console.error('caravan: the chat could not load', e);
            return;
          } finally {
            button.removeAttribute('aria-busy');
          }
        }
        show(true);
      };
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
