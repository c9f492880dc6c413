//! Caravan's edge: a Cloudflare Worker that opens each session in the region the residency
//! policy names and hands its WebSockets to that region's `Conversation` Durable Object (or
//! to the Caravan deployment that serves the region). Decisions come from `caravan-core`; this
//! crate only translates between them and the Workers platform.
#![cfg(target_arch = "wasm32")]

mod abuse_limits;
mod access;
mod access_certs;
mod admin_api;
mod agent_api;
mod agent_directory;
mod agent_reading;
mod api_error;
mod backend;
mod bot_answers;
mod canned_store;
mod changes;
mod clock;
mod config;
mod console_api;
mod console_auth;
mod console_conversation;
mod console_live;
mod console_sso;
mod console_team;
mod conversation_actions;
mod conversation_agent;
mod conversation_bot;
mod conversation_inbox;
mod conversation_object;
mod conversation_polling;
mod conversation_privacy;
mod conversation_rights;
mod cors;
mod dialogue_store;
mod erasure_record;
mod geo;
mod handoff_queue;
mod http_transport;
mod identity;
mod identity_ledger;
mod inbox_row_store;
mod knowledge_cache;
mod knowledge_object;
mod locales;
mod masked_view;
mod notes;
mod object_call;
mod object_session;
mod order_lookup;
mod pending_turns;
mod placement_record;
mod random;
mod request;
mod retention_sweep;
mod rights_desk;
mod rights_receipts;
mod route_info;
mod routes;
mod sessions;
mod shopper_rights;
mod socket_close;
mod sql_log;
mod subject_index;
mod time_zones;
mod translating;
mod translation_memory;
mod translators;
mod web_crypto;

pub use agent_directory::AgentDirectory;
pub use conversation_object::Conversation;
pub use handoff_queue::HandoffQueue;
pub use identity_ledger::IdentityLedger;
pub use knowledge_object::Knowledge;
pub use translation_memory::TranslationMemory;

use worker::{Context, Env, Request, Response, event};

#[event(fetch)]
async fn fetch(req: Request, env: Env, _ctx: Context) -> worker::Result<Response> {
    // Every failure becomes a JSON error response, never a runtime exception.
    routes::handle(req, &env).await
}
