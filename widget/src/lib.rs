//! Caravan's chat widget: a Leptos CSR shell around `caravan-core`.
//!
//! The loader (`public/caravan.js`) imports this module only when the shopper shows
//! intent, then calls [`mount`] with a container inside its Shadow DOM. Everything the
//! widget decides comes from core; this crate talks to the DOM, fetch, WebSocket and
//! localStorage.
#![cfg(target_arch = "wasm32")]

mod app;
mod chat;
mod http;
mod link;
mod network;
mod options;
mod outbox_store;
mod platform;
mod poller;
mod session_store;
mod socket;
mod strings;

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

pub use options::WidgetOptions;

/// Mounts the chat panel into `container` (which the loader places in a shadow root) once
/// its locale's strings have loaded. `options` is `{ merchant, apiBase, assetBase, locale? }`.
/// Synchronous on purpose: an exported `async fn` would ship a Future-to-Promise bridge.
#[wasm_bindgen]
pub fn mount(container: HtmlElement, options: JsValue) -> Result<(), JsValue> {
    let options = WidgetOptions::from_js(&options).map_err(|e| JsValue::from_str(&e))?;
    let locale = options.locale();
    wasm_bindgen_futures::spawn_local(async move {
        let catalog = strings::load(&options.asset_base, locale).await;
        mount_with(container, options, locale, catalog);
    });
    Ok(())
}

/// Mounts with strings already loaded (also the entry point of the widget's browser tests).
pub fn mount_with(
    container: HtmlElement,
    options: WidgetOptions,
    locale: caravan_core::locale::Locale,
    catalog: caravan_core::catalog::Catalog,
) {
    let _ = container.set_attribute("lang", locale.tag());
    let _ = container.set_attribute("dir", if locale.is_rtl() { "rtl" } else { "ltr" });
    let chat = chat::Chat::start(options, strings::Strings::new(catalog));
    // The handle would unmount on drop; the panel lives as long as the page.
    leptos::mount::mount_to(container, move || app::App(app::AppProps { chat })).forget();
}
