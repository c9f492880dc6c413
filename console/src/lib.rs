//! Caravan's agent console: a Leptos CSR app the edge serves at `/console/`.
//!
//! It reads each region the agent may see from that region (`/v1/console/{m}/inbox/{r}`)
//! and merges the lists here, in the browser, with core's `agents::inbox::merge`: no
//! region's conversations are copied into another to build the inbox. Every decision
//! (masking, who sees what, who may reveal) is the edge's and core's; this crate draws.
//! Shopper text is always a text node, never HTML.

pub mod route;

#[cfg(target_arch = "wasm32")]
mod actions;
#[cfg(target_arch = "wasm32")]
mod api;
#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod audit_log;
#[cfg(target_arch = "wasm32")]
mod canned_admin;
#[cfg(target_arch = "wasm32")]
mod composer;
#[cfg(target_arch = "wasm32")]
mod conversation;
#[cfg(target_arch = "wasm32")]
mod inbox;
#[cfg(target_arch = "wasm32")]
mod intl;
#[cfg(target_arch = "wasm32")]
mod keys;
#[cfg(target_arch = "wasm32")]
mod language_menu;
#[cfg(target_arch = "wasm32")]
mod live;
#[cfg(target_arch = "wasm32")]
mod member_form;
#[cfg(target_arch = "wasm32")]
mod notify;
#[cfg(target_arch = "wasm32")]
mod order_card;
#[cfg(target_arch = "wasm32")]
mod sign_in;
#[cfg(target_arch = "wasm32")]
mod state;
#[cfg(target_arch = "wasm32")]
mod strings;
#[cfg(target_arch = "wasm32")]
mod summary;
#[cfg(target_arch = "wasm32")]
mod team;

/// Starts the console in the page's body; `locale_base` is where `…/<tag>/console.ftl`
/// are served. Called by the page's boot module.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start(locale_base: String) {
    app::start(locale_base);
}
