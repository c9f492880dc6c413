//! The HTTP transport, for networks that block or break WebSockets: `POST /v1/frames`
//! (client frames in, replies out) and `GET /v1/poll` (a resume that waits for the next
//! message). Same token, origin check and region pinning as `/v1/connect`; the session's
//! conversation object answers both, so they mean exactly what the socket means.

use caravan_core::wire::long_poll::{self, BatchError, MAX_BATCH_BYTES, PollQuery};
use caravan_core::wire::protocol::ErrorCode;
use worker::{Env, Request, Response};

use crate::access::{self, SessionAccess};
use crate::api_error::ApiError;
use crate::backend::{self, Answer, Destination};
use crate::config::Config;
use crate::cors::Origins;
use crate::object_call::ObjectCall;
use crate::request;

fn bad(e: &BatchError) -> ApiError {
    let code = match e {
        BatchError::TooLarge => ErrorCode::PayloadTooLarge,
        _ => ErrorCode::InvalidRequest,
    };
    ApiError::new(code, e.to_string())
}

/// The session's conversation object (or the peer serving its region) answers `call`.
pub async fn answer(
    req: &Request,
    env: &Env,
    config: &Config,
    access: &SessionAccess,
    call: ObjectCall,
) -> Result<Response, ApiError> {
    let to = Destination::of_session(access);
    match backend::in_region(env, config, req, to, &call).await? {
        Answer::Object(response) => backend::relay(response).await,
        Answer::Peer(response) => Ok(response),
    }
}

/// `POST /v1/frames`, body: client frames as NDJSON.
pub async fn frames(mut req: Request, env: &Env, origins: &Origins) -> Result<Response, ApiError> {
    let config = Config::of(env);
    let access = access::session(&req, &config, origins, request::bearer(&req).as_deref())?;
    let body = request::body(&mut req, MAX_BATCH_BYTES, "a batch of frames").await?;
    let text = String::from_utf8(body)
        .map_err(|_| ApiError::new(ErrorCode::InvalidRequest, "frames must be UTF-8 JSON lines"))?;
    // Refuse a bad batch here; frames that fail on their own get error frames from the object.
    long_poll::decode_client_batch(&text).map_err(|e| bad(&e))?;
    answer(&req, env, &config, &access, ObjectCall::Frames(text)).await
}

/// `GET /v1/poll?after=N&wait=S`.
pub async fn poll(req: Request, env: &Env, origins: &Origins) -> Result<Response, ApiError> {
    let config = Config::of(env);
    let access = access::session(&req, &config, origins, request::bearer(&req).as_deref())?;
    let query = PollQuery::parse(req.url()?.query().unwrap_or("")).map_err(|e| bad(&e))?;
    answer(&req, env, &config, &access, ObjectCall::Poll(query)).await
}
