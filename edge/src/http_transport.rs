//! The HTTP transport, for networks that block or break WebSockets: `POST /v1/frames`
//! (client frames in, replies out) and `GET /v1/poll` (a resume that waits for the next
//! message). Same token, origin check and region pinning as `/v1/connect`; the session's
//! conversation object answers both, so they mean exactly what the socket means.

use caravan_core::session::token::SessionClaims;
use caravan_core::wire::long_poll::{self, BatchError, MAX_BATCH_BYTES, PollQuery};
use caravan_core::wire::protocol::ErrorCode;
use worker::{Env, Request, Response};

use crate::api_error::ApiError;
use crate::backend::{self, ObjectCall};
use crate::config;
use crate::cors::Origins;
use crate::routes::{authenticate, bearer_token, check_session_access};
use crate::sessions::{self, Answer, read_body};

fn bad(e: &BatchError) -> ApiError {
    let code = match e {
        BatchError::TooLarge => ErrorCode::PayloadTooLarge,
        _ => ErrorCode::InvalidRequest,
    };
    ApiError::new(code, e.to_string())
}

/// The verified session and whether a peer forwarded the request.
fn access(req: &Request, env: &Env, origins: &Origins) -> Result<(SessionClaims, bool), ApiError> {
    let claims = authenticate(bearer_token(req).as_deref(), env)?;
    let merchants = config::merchants(env)?;
    let keyring = config::keyring(env)?;
    let forwarded =
        check_session_access(req, &keyring, &claims, merchants.get(&claims.mer), origins)?;
    Ok((claims, forwarded))
}

async fn answer(
    req: &Request,
    env: &Env,
    claims: &SessionClaims,
    forwarded: bool,
    call: ObjectCall,
) -> Result<Response, ApiError> {
    match sessions::in_session_region(req, env, claims, forwarded, &call).await? {
        Answer::Object(response) => backend::relay(response).await,
        Answer::Peer(response) => Ok(response),
    }
}

/// `POST /v1/frames`, body: client frames as NDJSON.
pub async fn frames(mut req: Request, env: &Env, origins: &Origins) -> Result<Response, ApiError> {
    let (claims, forwarded) = access(&req, env, origins)?;
    let body = read_body(&mut req, MAX_BATCH_BYTES, "a batch of frames").await?;
    let text = String::from_utf8(body)
        .map_err(|_| ApiError::new(ErrorCode::InvalidRequest, "frames must be UTF-8 JSON lines"))?;
    // Refuse a bad batch here; frames that fail on their own get error frames from the object.
    long_poll::decode_client_batch(&text).map_err(|e| bad(&e))?;
    answer(&req, env, &claims, forwarded, ObjectCall::Frames(text)).await
}

/// `GET /v1/poll?after=N&wait=S`.
pub async fn poll(req: Request, env: &Env, origins: &Origins) -> Result<Response, ApiError> {
    let (claims, forwarded) = access(&req, env, origins)?;
    let query = PollQuery::parse(req.url()?.query().unwrap_or("")).map_err(|e| bad(&e))?;
    answer(&req, env, &claims, forwarded, ObjectCall::Poll(query)).await
}
