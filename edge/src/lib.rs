//! Caravan's edge: a Cloudflare Worker that opens sessions and hands each conversation's
//! WebSockets to its `Conversation` Durable Object. Decisions come from `caravan-core`; this
//! crate only translates between them and the Workers platform.
#![cfg(target_arch = "wasm32")]

mod api_error;
mod clock;
mod config;
mod conversation_object;
mod locales;
mod routes;
mod sessions;
mod sql_log;

pub use conversation_object::Conversation;

use worker::{Context, Env, Request, Response, event};

#[event(fetch)]
async fn fetch(req: Request, env: Env, _ctx: Context) -> worker::Result<Response> {
    // Every failure becomes a JSON error response, never a runtime exception.
    match routes::route(req, &env).await {
        Ok(response) => Ok(response),
        Err(e) => e.into_response(),
    }
}
