//! Caravan's chat widget: a Leptos CSR shell around `caravan-core`.
//!
//! The loader (`public/caravan.js`) imports this module only when the shopper shows
//! intent, then calls [`mount`] with a container inside its Shadow DOM. Everything the
//! widget decides comes from core; this crate talks to the DOM, fetch, WebSocket and
//! localStorage.
#![cfg(target_arch = "wasm32")]

mod app;
mod chat;
mod dom;
mod embed_check;
mod http;
pub mod intl;
mod link;
mod message_item;
mod network;
mod options;
mod outbox_store;
mod platform;
mod poller;
mod privacy;
mod session_store;
mod socket;
mod strings;
mod stylesheet;

use caravan_core::language::locale::Locale;
use caravan_core::language::locale_choice::Source;
use leptos::prelude::GetUntracked;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

pub use options::WidgetOptions;

/// Mounts the chat panel into `container` (which the loader places in a shadow root) once
/// its locale's strings have loaded. `options` is `{ merchant, apiBase, localeBase, locale?,
/// identityToken? }`.
/// Synchronous on purpose: an exported `async fn` would ship a Future-to-Promise bridge.
#[wasm_bindgen]
pub fn mount(container: HtmlElement, options: JsValue) -> Result<(), JsValue> {
    let options = WidgetOptions::from_js(&options).map_err(|e| JsValue::from_str(&e))?;
    let (wanted, source) = options.locale();
    wasm_bindgen_futures::spawn_local(async move {
        let (locale, catalog) = strings::load(&options.locale_base, wanted).await;
        mount_with(container, options, (locale, source), catalog);
    });
    Ok(())
}

/// Mounts with strings already loaded (also the entry point of the widget's browser tests).
pub fn mount_with(
    container: HtmlElement,
    options: WidgetOptions,
    locale: (Locale, Source),
    catalog: caravan_core::language::catalog::Catalog,
) {
    stylesheet::adopt(&container);
    let strings = strings::Strings::new(locale.0, catalog);
    let chat = chat::Chat::start(options, locale, strings);
    PANEL.with_borrow_mut(|p| p.container = Some(container));
    render(chat);
}

/// Where the panel lives and the handle that unmounts it.
#[derive(Default)]
struct Panel {
    container: Option<HtmlElement>,
    mounted: Option<Box<dyn std::any::Any>>,
}

thread_local! {
    static PANEL: std::cell::RefCell<Panel> = std::cell::RefCell::default();
}

/// (Re)builds the panel in the chat's current locale. A language change mounts a fresh
/// panel rather than making every string reactive: cheaper in WASM, and it happens once.
pub(crate) fn render(chat: chat::Chat) {
    let Some(container) = PANEL.with_borrow_mut(|p| {
        p.mounted = None; // unmounts the old panel
        p.container.clone()
    }) else {
        return;
    };
    let locale = chat.locale.get_untracked();
    let _ = container.set_attribute("lang", locale.tag());
    let _ = container.set_attribute("dir", if locale.is_rtl() { "rtl" } else { "ltr" });
    let panel = app::mount(&container, chat);
    PANEL.with_borrow_mut(|p| p.mounted = Some(Box::new(panel)));
}
