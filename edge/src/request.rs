//! Reading what a client sent: the session token (an `Authorization: Bearer` header, or a
//! WebSocket subprotocol, spelled as core's `wire::names` says), a body bounded in size,
//! a query parameter. Nothing here decides who may do what; `access.rs` does.

use caravan_core::wire::names::{self, Offered};
use caravan_core::wire::protocol::ErrorCode;
use worker::Request;

use crate::api_error::ApiError;

/// The token of `Authorization: Bearer <token>`.
pub fn bearer(req: &Request) -> Option<String> {
    let value = req.headers().get("authorization").ok()??;
    names::token_from_authorization(&value).map(str::to_owned)
}

/// The token a WebSocket upgrade offers beside our subprotocol; refused (400) when the
/// upgrade does not speak our protocol.
pub fn websocket_token(req: &Request) -> Result<Option<String>, ApiError> {
    let offered = req
        .headers()
        .get("sec-websocket-protocol")?
        .unwrap_or_default();
    match names::offered_subprotocols(&offered) {
        Offered::Caravan { token } => Ok(token.map(str::to_owned)),
        Offered::WrongProtocol => Err(ApiError::new(
            ErrorCode::InvalidRequest,
            format!(
                "the WebSocket must offer the {} subprotocol",
                names::SUBPROTOCOL
            ),
        )),
    }
}

/// The body, refused with 413 past `limit` bytes (`what` names it in the message).
pub async fn body(req: &mut Request, limit: usize, what: &str) -> Result<Vec<u8>, ApiError> {
    let too_large = || {
        ApiError::new(
            ErrorCode::PayloadTooLarge,
            format!("{what} may be at most {limit} bytes"),
        )
    };
    // Refuse a declared oversize body unread; check the real length too.
    let declared = req
        .headers()
        .get("content-length")?
        .and_then(|l| l.parse::<usize>().ok());
    if declared.is_some_and(|l| l > limit) {
        return Err(too_large());
    }
    let body = req.bytes().await?;
    if body.len() > limit {
        return Err(too_large());
    }
    Ok(body)
}

/// The query parameter `key`, decoded.
pub fn query(req: &Request, key: &str) -> Result<Option<String>, ApiError> {
    Ok(req
        .url()?
        .query_pairs()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.into_owned()))
}
