//! The merchant's agents' HTTP API, authenticated by a bearer token from configuration
//! (`CARAVAN_AGENT_TOKENS`):
//!
//! - `GET /v1/agent/conversations/{region}/{conversation}/messages[?after=N]`: the
//!   conversation with each message's translation.
//! - `POST /v1/agent/conversations/{region}/{conversation}/messages` with
//!   `{"text": "...", "id"?: "<UUID>"}`: a reply, translated into the shopper's language
//!   and delivered to the shopper's open chat; a retried `id` is stored once.
//!
//! - `GET /v1/agent/queue/{region}`: the conversations of the agent's store in that region
//!   waiting for a person, oldest first, each with its handoff summary.
//!
//! The region is part of the address because the conversation lives only there; the
//! request is served by that region's object (or forwarded to the deployment serving it).

use caravan_core::residency::region::Region;
use caravan_core::residency::routing::{Hop, hop};
use caravan_core::wire::ids::is_server_id;
use caravan_core::wire::protocol::ErrorCode;
use worker::{Env, Method, Request};

use crate::access;
use crate::api_error::{ApiError, json_response};
use crate::backend::{self, Answer, Destination};
use crate::config::Config;
use crate::handoff_queue;
use crate::object_call::{Caller, ObjectCall, TIMEOUT};
use crate::request;

pub const PREFIX: &str = "/v1/agent/";
const CONVERSATIONS: &str = "/v1/agent/conversations/";
const QUEUE: &str = "/v1/agent/queue/";
/// An agent's reply body: one message (≤ 16 KB of text) and its id, with room to spare.
const MAX_REPLY_BYTES: usize = 32 * 1024;

/// `{region}/{conversation}/messages` after the prefix.
fn address(path: &str) -> Result<(Region, String), ApiError> {
    let not_found = || {
        ApiError::new(
            ErrorCode::NotFound,
            "agent paths are /v1/agent/conversations/{region}/{conversation}/messages and /v1/agent/queue/{region}",
        )
    };
    let rest = path.strip_prefix(CONVERSATIONS).ok_or_else(not_found)?;
    let mut parts = rest.split('/');
    let (Some(region), Some(conversation), Some("messages"), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(not_found());
    };
    let region = Region::parse(region)
        .ok_or_else(|| ApiError::new(ErrorCode::NotFound, format!("no region {region:?}")))?;
    // Conversation ids are made by the edge; anything else names nothing.
    if !is_server_id(conversation) {
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
    let token = request::bearer(&req)
        .ok_or_else(|| ApiError::new(ErrorCode::Unauthorized, "an agent token is required"))?;
    let config = Config::of(env);
    let merchant = config
        .agent_tokens()?
        .merchant(&token)
        .ok_or_else(|| ApiError::new(ErrorCode::Unauthorized, "the agent token is not valid"))?
        .to_owned();
    let forwarded = access::peer_route(&req, config.keyring()?)?.is_some();
    if let Some(region) = req.path().strip_prefix(QUEUE) {
        if method != Method::Get {
            return Err(ApiError::new(
                ErrorCode::MethodNotAllowed,
                "read the queue with GET",
            ));
        }
        let region = Region::parse(region)
            .ok_or_else(|| ApiError::new(ErrorCode::NotFound, format!("no region {region:?}")))?;
        return queue(env, &config, &req, region, &merchant, forwarded).await;
    }
    let (region, conversation) = address(&req.path())?;
    let call = match method {
        Method::Post => ObjectCall::AgentReply(
            request::body(&mut req, MAX_REPLY_BYTES, "an agent reply").await?,
        ),
        _ => ObjectCall::AgentMessages {
            query: req.url()?.query().map(str::to_owned),
        },
    };
    let to = Destination {
        region,
        conversation: &conversation,
        caller: Caller::Agent {
            merchant: &merchant,
        },
        forwarded,
    };
    match backend::in_region(env, &config, &req, to, &call).await? {
        // Read by someone other than the shopper: personal data masked.
        Answer::Object(mut response) if method == Method::Get && response.status_code() == 200 => {
            let mut value: serde_json::Value = response.json().await?;
            crate::masked_view::read(&mut value);
            Ok(json_response(&value.to_string(), 200)?)
        }
        Answer::Object(response) => backend::relay(response).await,
        // The peer's agent API masked it.
        Answer::Peer(response) => Ok(response),
    }
}

/// `GET /v1/agent/queue/{region}`: the merchant's queue object in that region, or the peer
/// deployment serving the region.
async fn queue(
    env: &Env,
    config: &Config,
    req: &Request,
    region: Region,
    merchant: &str,
    forwarded: bool,
) -> Result<worker::Response, ApiError> {
    match hop(config.backends()?, region, forwarded) {
        Hop::Object(backend) => {
            let list = |stub: worker::Result<worker::Stub>| async move {
                let mut response = stub?
                    .fetch_with_request(handoff_queue::list_request()?)
                    .await?;
                response.json::<serde_json::Value>().await
            };
            let call = async {
                let own = list(handoff_queue::stub(env, backend, region, merchant)).await?;
                let legacy = list(handoff_queue::legacy_stub(env, backend, merchant)).await?;
                let mut waiting = handoff_queue::merged(region, own, legacy);
                waiting.iter_mut().for_each(crate::masked_view::summary);
                json_response(&serde_json::json!({ "waiting": waiting }).to_string(), 200)
            };
            Ok(backend::observe(region, call, TIMEOUT, None).await?)
        }
        Hop::Peer { url } => {
            let assertion = access::route_assertion(config.keyring()?, region, None, None);
            backend::forward(region, url, req, None, TIMEOUT, &assertion).await
        }
        Hop::Unavailable => Err(backend::unavailable(region)),
    }
}
