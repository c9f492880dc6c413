//! Limits per address and per store, counted by the platform's rate-limiting bindings
//! (`[[ratelimits]]` in `wrangler.toml`: counted where the request lands, over a 60 s
//! window). Past one the request gets 429 with `Retry-After` and nothing is done or stored.
//! How fast one conversation is written to is the object's own, exact count (core's
//! `conversation::send_rate`); failed console logins have theirs in the agent directory.

use caravan_core::wire::protocol::ErrorCode;
use worker::{Env, Request};

use crate::api_error::ApiError;

/// The window every binding counts over, told as `Retry-After`.
const WINDOW_SECS: u64 = 60;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// Sessions an address opens.
    SessionsPerAddress,
    /// Sessions a store's shoppers open, together.
    SessionsPerStore,
    /// Requests of shoppers' chats from one address (frames, polls, sockets, rights).
    RequestsPerAddress,
    /// Admin and agent API requests from one address, wrong tokens included.
    AdminPerAddress,
    /// Order lookups a store's conversations make, together.
    LookupsPerStore,
}

impl Limit {
    fn binding(self) -> &'static str {
        match self {
            Limit::SessionsPerAddress => "SESSIONS_PER_ADDRESS",
            Limit::SessionsPerStore => "SESSIONS_PER_STORE",
            Limit::RequestsPerAddress => "REQUESTS_PER_ADDRESS",
            Limit::AdminPerAddress => "ADMIN_PER_ADDRESS",
            Limit::LookupsPerStore => "LOOKUPS_PER_STORE",
        }
    }

    fn what(self) -> &'static str {
        match self {
            Limit::SessionsPerAddress => "too many chat sessions from this address",
            Limit::SessionsPerStore => "too many chat sessions for this store right now",
            Limit::RequestsPerAddress => "too many requests from this address",
            Limit::AdminPerAddress => "too many API requests from this address",
            Limit::LookupsPerStore => "too many order lookups for this store right now",
        }
    }
}

/// Where a request comes from, as the platform says (never a header the client chose).
pub fn address(req: &Request) -> String {
    req.headers()
        .get("cf-connecting-ip")
        .ok()
        .flatten()
        .unwrap_or_else(|| "unknown".into())
}

/// Counts one more under `limit` for `key`: `Err` (429, `Retry-After`) past it. A binding
/// this deployment lacks counts nothing (the build's config check names it).
pub async fn count(env: &Env, limit: Limit, key: &str) -> Result<(), ApiError> {
    let Ok(limiter) = env.rate_limiter(limit.binding()) else {
        return Ok(());
    };
    match limiter.limit(key.to_owned()).await {
        Ok(outcome) if !outcome.success => Err(ApiError::new(
            ErrorCode::TooManyRequests,
            format!("{}; try again in a minute", limit.what()),
        )
        .retry_after(WINDOW_SECS)),
        // The counter cannot be reached: serve rather than refuse everyone.
        _ => Ok(()),
    }
}
