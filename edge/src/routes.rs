//! The edge's HTTP surface. Static files are served by Workers static assets before this
//! code runs; only `/v1/*` reaches it.

use caravan_core::protocol::ErrorCode;
use caravan_core::token::{SessionClaims, TokenError};
use worker::{Env, Method, Request, Response};

use crate::api_error::{ApiError, json_response};
use crate::{config, sessions};

/// The WebSocket subprotocol of this protocol version; the token rides beside it as
/// `bearer.<token>` because browsers cannot set headers on a WebSocket.
pub const SUBPROTOCOL: &str = "caravan.v1";
const BEARER_PROTOCOL: &str = "bearer.";

pub async fn route(req: Request, env: &Env) -> Result<Response, ApiError> {
    let path = req.path();
    match (req.method(), path.as_str()) {
        (Method::Get, "/v1/health") => Ok(json_response(r#"{"ok":true}"#, 200)?),
        (Method::Post, "/v1/sessions") => sessions::create(req, env).await,
        (Method::Get, "/v1/session") => sessions::describe(&req, env),
        (Method::Get, "/v1/connect") => connect(req, env).await,
        (_, "/v1/health" | "/v1/sessions" | "/v1/session" | "/v1/connect") => Err(ApiError::new(
            ErrorCode::MethodNotAllowed,
            format!("{} is not allowed here", req.method()),
        )),
        _ => Err(ApiError::new(
            ErrorCode::NotFound,
            format!("no route for {path}"),
        )),
    }
}

/// Verifies the session token and returns its claims; 401 for anything but a valid token.
pub fn authenticate(token: Option<&str>, env: &Env) -> Result<SessionClaims, ApiError> {
    let token = token
        .ok_or_else(|| ApiError::new(ErrorCode::Unauthorized, "a session token is required"))?;
    let now = crate::clock::now_secs();
    config::keyring(env)?.verify(token, now).map_err(|e| {
        let message = match e {
            TokenError::Expired => "the session has expired; open a new one",
            _ => "the session token is not valid",
        };
        ApiError::new(ErrorCode::Unauthorized, message)
    })
}

/// `Authorization: Bearer <token>`.
pub fn bearer_token(req: &Request) -> Option<String> {
    let value = req.headers().get("authorization").ok()??;
    value.strip_prefix("Bearer ").map(|t| t.trim().to_owned())
}

fn websocket_token(req: &Request) -> Result<Option<String>, ApiError> {
    let protocols = req
        .headers()
        .get("sec-websocket-protocol")?
        .unwrap_or_default();
    let offered: Vec<&str> = protocols.split(',').map(str::trim).collect();
    if !offered.contains(&SUBPROTOCOL) {
        return Err(ApiError::new(
            ErrorCode::InvalidRequest,
            format!("the WebSocket must offer the {SUBPROTOCOL} subprotocol"),
        ));
    }
    Ok(offered
        .iter()
        .find_map(|p| p.strip_prefix(BEARER_PROTOCOL))
        .map(str::to_owned))
}

/// `GET /v1/connect`: upgrades to a WebSocket served by the session's conversation object.
async fn connect(req: Request, env: &Env) -> Result<Response, ApiError> {
    let upgrade = req.headers().get("upgrade")?.unwrap_or_default();
    if !upgrade.eq_ignore_ascii_case("websocket") {
        return Err(ApiError::new(
            ErrorCode::UpgradeRequired,
            "this endpoint speaks WebSocket only",
        ));
    }
    let token = websocket_token(&req)?;
    let claims = authenticate(token.as_deref(), env)?;
    crate::conversation_object::open_socket(env, &claims).await
}
