//! The edge's HTTP surface. Static files are served by Workers static assets before this
//! code runs; only `/v1/*` reaches it.

use caravan_core::residency::region::Region;
use caravan_core::session::token::{Keyring, SessionClaims, TokenError};
use caravan_core::store::merchant::Merchant;
use caravan_core::wire::protocol::ErrorCode;
use worker::{Env, Method, Request, Response};

use crate::api_error::{ApiError, json_response};
use crate::backend::{ObjectCall, ROUTE_HEADER};
use crate::cors::{self, Origins};
use crate::sessions::{self, Answer};
use crate::{agent_api, config, http_transport, route_info};

/// The WebSocket subprotocol of this protocol version; the token rides beside it as
/// `bearer.<token>` because browsers cannot set headers on a WebSocket.
pub const SUBPROTOCOL: &str = "caravan.v1";
const BEARER_PROTOCOL: &str = "bearer.";
const PATHS: [&str; 8] = [
    "/v1/health",
    "/v1/embed",
    "/v1/sessions",
    "/v1/session",
    "/v1/connect",
    "/v1/frames",
    "/v1/poll",
    "/v1/route",
];

/// Routes a request and adds the CORS headers its origin earns.
pub async fn handle(req: Request, env: &Env) -> worker::Result<Response> {
    let origins = match Origins::of(&req) {
        Ok(origins) => origins,
        Err(e) => return e.into_response(),
    };
    let mut response = match route(req, env, &origins).await {
        Ok(response) => response,
        Err(e) => e.into_response()?,
    };
    let merchants = config::merchants(env).ok();
    cors::decorate(
        &mut response,
        origins.cors_origin(merchants.as_ref()).as_deref(),
    )?;
    Ok(response)
}

async fn route(req: Request, env: &Env, origins: &Origins) -> Result<Response, ApiError> {
    let path = req.path();
    match (req.method(), path.as_str()) {
        (Method::Options, p) if PATHS.contains(&p) => {
            cors::preflight(origins, &config::merchants(env)?)
        }
        (Method::Get, "/v1/health") => Ok(json_response(r#"{"ok":true}"#, 200)?),
        (Method::Get, "/v1/embed") => cors::embed(&req, origins, &config::merchants(env)?),
        (Method::Post, "/v1/sessions") => sessions::create(req, env, origins).await,
        (Method::Get, "/v1/session") => sessions::describe(&req, env, origins).await,
        (Method::Get, "/v1/connect") => connect(req, env, origins).await,
        (Method::Post, "/v1/frames") => http_transport::frames(req, env, origins).await,
        (Method::Get, "/v1/poll") => http_transport::poll(req, env, origins).await,
        (Method::Get, "/v1/route") => route_info::explain(&req, env, origins),
        (_, p) if p.starts_with(agent_api::PREFIX) => agent_api::handle(req, env).await,
        (_, p) if PATHS.contains(&p) => Err(ApiError::new(
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

/// The region a peer edge asserts for a forwarded request; `None` when not forwarded.
/// A present but invalid assertion is refused: it is either forged or stale.
/// The region a peer edge decided, and the country it saw.
pub fn peer_route(
    req: &Request,
    keyring: &Keyring,
) -> Result<Option<(Region, Option<String>)>, ApiError> {
    let Some(assertion) = req.headers().get(ROUTE_HEADER)? else {
        return Ok(None);
    };
    let claims = keyring
        .verify_route(&assertion, crate::clock::now_secs())
        .map_err(|_| ApiError::new(ErrorCode::Unauthorized, "the route assertion is not valid"))?;
    Region::parse(&claims.reg)
        .map(|region| Some((region, claims.cty)))
        .ok_or_else(|| ApiError::new(ErrorCode::Unauthorized, "the asserted region is unknown"))
}

/// For a request about an existing session: either a peer forwarded it for the session's
/// own region (returns `true`), or the page's origin must be the merchant's.
pub fn check_session_access(
    req: &Request,
    keyring: &Keyring,
    claims: &SessionClaims,
    merchant: Option<&Merchant>,
    origins: &Origins,
) -> Result<bool, ApiError> {
    if let Some((region, _)) = peer_route(req, keyring)? {
        if region.as_str() != claims.reg {
            return Err(ApiError::new(
                ErrorCode::Unauthorized,
                "the route assertion names another region than the session",
            ));
        }
        return Ok(true);
    }
    match merchant {
        Some(merchant) => origins.check(&claims.mer, merchant)?,
        None => {
            return Err(ApiError::new(
                ErrorCode::UnknownMerchant,
                format!("merchant {:?} is no longer configured", claims.mer),
            ));
        }
    }
    Ok(false)
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

/// `GET /v1/connect`: upgrades to a WebSocket served by the session's conversation object,
/// in the session's region.
async fn connect(req: Request, env: &Env, origins: &Origins) -> Result<Response, ApiError> {
    let upgrade = req.headers().get("upgrade")?.unwrap_or_default();
    if !upgrade.eq_ignore_ascii_case("websocket") {
        return Err(ApiError::new(
            ErrorCode::UpgradeRequired,
            "this endpoint speaks WebSocket only",
        ));
    }
    let token = websocket_token(&req)?;
    let claims = authenticate(token.as_deref(), env)?;
    let merchants = config::merchants(env)?;
    let keyring = config::keyring(env)?;
    let forwarded =
        check_session_access(&req, &keyring, &claims, merchants.get(&claims.mer), origins)?;
    match sessions::in_session_region(&req, env, &claims, forwarded, &ObjectCall::Connect).await? {
        Answer::Object(response) | Answer::Peer(response) => Ok(response),
    }
}
