//! The merchant's agents' HTTP API, authenticated by a bearer token from configuration
//! (`CARAVAN_AGENT_TOKENS`):
//!
//! - `GET /v1/agent/conversations/{region}/{conversation}/messages[?after=N]`: the
//!   conversation with each message's translation.
//! - `POST /v1/agent/conversations/{region}/{conversation}/messages` with
//!   `{"text": "...", "id"?: "<UUID>"}`: a reply, translated into the shopper's language
//!   and delivered to the shopper's open chat; a retried `id` is stored once.
//!
//! The region is part of the address because the conversation lives only there; the
//! request is served by that region's object (or forwarded to the deployment serving it).

use caravan_core::residency::backends::Backend;
use caravan_core::residency::region::Region;
use caravan_core::wire::protocol::ErrorCode;
use worker::{Env, Headers, Method, Request, RequestInit};

use crate::api_error::ApiError;
use crate::backend::{self, TIMEOUT};
use crate::config;
use crate::conversation_agent::AGENT_HEADER;
use crate::routes::{bearer_token, peer_route};
use crate::sessions::route_assertion;
use crate::translating::DEADLINE;

pub const PREFIX: &str = "/v1/agent/conversations/";

/// `{region}/{conversation}/messages` after the prefix.
fn address(path: &str) -> Result<(Region, String), ApiError> {
    let not_found = || {
        ApiError::new(
            ErrorCode::NotFound,
            "agent paths are /v1/agent/conversations/{region}/{conversation}/messages",
        )
    };
    let rest = path.strip_prefix(PREFIX).ok_or_else(not_found)?;
    let mut parts = rest.split('/');
    let (Some(region), Some(conversation), Some("messages"), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(not_found());
    };
    let region = Region::parse(region)
        .ok_or_else(|| ApiError::new(ErrorCode::NotFound, format!("no region {region:?}")))?;
    // Conversation ids are UUIDs made by the edge; anything else names nothing.
    let uuid_shaped = conversation.len() == 36
        && conversation.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_digit() || ('a'..='f').contains(&c),
        });
    if !uuid_shaped {
        return Err(ApiError::new(ErrorCode::NotFound, "no such conversation"));
    }
    Ok((region, conversation.to_owned()))
}

pub async fn handle(mut req: Request, env: &Env) -> Result<worker::Response, ApiError> {
    let method = req.method();
    if !matches!(method, Method::Get | Method::Post) {
        return Err(ApiError::new(
            ErrorCode::MethodNotAllowed,
            "read with GET, reply with POST",
        ));
    }
    let token = bearer_token(&req)
        .ok_or_else(|| ApiError::new(ErrorCode::Unauthorized, "an agent token is required"))?;
    let tokens = config::agent_tokens(env)?;
    let merchant = tokens
        .merchant(&token)
        .ok_or_else(|| ApiError::new(ErrorCode::Unauthorized, "the agent token is not valid"))?
        .to_owned();
    let (region, conversation) = address(&req.path())?;
    let backends = config::backends(env)?;
    let Some(target) = backends.get(region) else {
        return Err(backend::unavailable(region));
    };
    let body = match method {
        Method::Post => Some(req.bytes().await?),
        _ => None,
    };
    // A reply waits for its translation; the deadline bounds that wait.
    let timeout = TIMEOUT + DEADLINE;
    match target {
        Backend::Origin { url } => {
            let keyring = config::keyring(env)?;
            // A forwarded request is never forwarded again (no loops between peers).
            if peer_route(&req, &keyring)?.is_some() {
                return Err(backend::unavailable(region));
            }
            let assertion = route_assertion(&keyring, region, None);
            backend::forward(region, url, &req, body.as_deref(), timeout, &assertion).await
        }
        Backend::DurableObject { .. } => {
            let query = req
                .url()?
                .query()
                .map(|q| format!("?{q}"))
                .unwrap_or_default();
            let path = match method {
                Method::Post => "/agent/reply".to_owned(),
                _ => format!("/agent/messages{query}"),
            };
            let call = async {
                let stub = backend::stub(env, target, &conversation)?;
                let headers = Headers::new();
                headers.set(AGENT_HEADER, &merchant)?;
                let mut init = RequestInit::new();
                init.with_method(method.clone()).with_headers(headers);
                if let Some(body) = &body {
                    init.with_body(Some(js_sys::Uint8Array::from(body.as_slice()).into()));
                }
                let url = format!("https://conversation.internal{path}");
                stub.fetch_with_request(Request::new_with_init(&url, &init)?)
                    .await
            };
            let response = backend::observe(region, call, timeout, None).await?;
            backend::relay(response).await
        }
    }
}
