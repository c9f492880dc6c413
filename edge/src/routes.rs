//! The edge's HTTP surface. Static files are served by Workers static assets before this
//! code runs; only `/v1/*` reaches it.

use caravan_core::wire::protocol::ErrorCode;
use worker::{Env, Method, Request, Response};

use crate::abuse_limits::{self, Limit};
use crate::api_error::{ApiError, json_response};
use crate::backend::{self, Answer, Destination};
use crate::config::Config;
use crate::cors::{self, Origins};
use crate::object_call::ObjectCall;
use crate::{
    access, admin_api, agent_api, console_api, http_transport, identity, request, route_info,
    sessions, shopper_rights,
};

const PATHS: [&str; 11] = [
    "/v1/health",
    "/v1/embed",
    "/v1/sessions",
    "/v1/session",
    "/v1/identity",
    "/v1/connect",
    "/v1/frames",
    "/v1/poll",
    "/v1/route",
    shopper_rights::EXPORT,
    shopper_rights::ERASE,
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
    let config = Config::of(env);
    cors::decorate(
        &mut response,
        origins.cors_origin(config.merchants().ok()).as_deref(),
    )?;
    Ok(response)
}

async fn route(req: Request, env: &Env, origins: &Origins) -> Result<Response, ApiError> {
    let path = req.path();
    let config = Config::of(env);
    count(&req, env, &path).await?;
    match (req.method(), path.as_str()) {
        (Method::Options, p) if PATHS.contains(&p) => cors::preflight(origins, config.merchants()?),
        (Method::Get, "/v1/health") => Ok(json_response(r#"{"ok":true}"#, 200)?),
        (Method::Get, "/v1/embed") => cors::embed(&req, origins, config.merchants()?),
        (Method::Post, "/v1/sessions") => sessions::create(req, env, origins).await,
        (Method::Get, "/v1/session") => sessions::describe(&req, env, origins).await,
        (Method::Post, "/v1/identity") => identity::bind(req, env, origins).await,
        (Method::Get, "/v1/connect") => connect(req, env, origins).await,
        (Method::Post, "/v1/frames") => http_transport::frames(req, env, origins).await,
        (Method::Get, "/v1/poll") => http_transport::poll(req, env, origins).await,
        (Method::Get, "/v1/route") => route_info::explain(&req, env, origins),
        (Method::Get, shopper_rights::EXPORT) | (Method::Post, shopper_rights::ERASE) => {
            shopper_rights::handle(req, env, origins).await
        }
        (_, p) if p.starts_with(agent_api::PREFIX) => agent_api::handle(req, env).await,
        (_, p) if p.starts_with(admin_api::PREFIX) => admin_api::handle(req, env).await,
        (_, p) if p.starts_with(console_api::PREFIX) => console_api::handle(req, env).await,
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

/// Counts the request under its address's limit, where it arrived (a peer's forward was
/// counted at the edge it reached first).
async fn count(req: &Request, env: &Env, path: &str) -> Result<(), ApiError> {
    let limit = match path {
        "/v1/session" | "/v1/identity" | "/v1/connect" | "/v1/frames" | "/v1/poll" => {
            Limit::RequestsPerAddress
        }
        shopper_rights::EXPORT | shopper_rights::ERASE => Limit::RequestsPerAddress,
        p if p.starts_with(agent_api::PREFIX) || p.starts_with(admin_api::PREFIX) => {
            Limit::AdminPerAddress
        }
        _ => return Ok(()),
    };
    if req.method() == Method::Options || req.headers().has(access::ROUTE_HEADER)? {
        return Ok(());
    }
    abuse_limits::count(env, limit, &abuse_limits::address(req)).await
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
    let token = request::websocket_token(&req)?;
    let config = Config::of(env);
    let access = access::session(&req, &config, origins, token.as_deref())?;
    let to = Destination::of_session(&access);
    match backend::in_region(env, &config, &req, to, &ObjectCall::Connect).await? {
        Answer::Object(response) | Answer::Peer(response) => Ok(response),
    }
}
