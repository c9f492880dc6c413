//! The agent console's account API, under `/v1/console/{merchant}/`:
//!
//! - `POST invites` (an admin: the store's admin bearer token, or a console admin with the
//!   CSRF header) with a profile: a single-use link `…/console/#invite/{m}/{token}`.
//! - `POST invites/read` and `POST invites/accept` with `{token[, password]}`: who is
//!   invited; the account made, signed in.
//! - `POST login` with `{email, password}`; `GET me`; `POST logout`.
//! - `POST agents/revoke` with `{email, disable?}` and `GET audit`: admins only.
//! - `GET inbox/{region}`: the store's conversations in a region the person may see, read
//!   from that region's index only (the console merges the regions' lists itself).
//!
//! A sign-in sets the session cookie (core's `console_session`); every state-changing call
//! of a signed-in person carries the session's CSRF token in `x-caravan-csrf`. The
//! directory lives in the store's home region (`agent_directory.rs`).

use caravan_core::agents::account::{Profile, Role};
use caravan_core::agents::console_session::{self, CSRF_HEADER};
use caravan_core::agents::inbox::{self, InboxRow};
use caravan_core::residency::region::Region;
use caravan_core::residency::routing::{Hop, hop};
use caravan_core::wire::protocol::ErrorCode;
use serde_json::{Value, json};
use worker::{Env, Method, Request, Response, Stub};

use crate::api_error::ApiError;
use crate::config::Config;
use crate::object_call::TIMEOUT;
use crate::{agent_directory, backend, handoff_queue, random, request};

pub const PREFIX: &str = "/v1/console/";
/// A body of this API, at most.
const MAX_BODY: usize = 16 * 1024;

fn secret() -> Result<String, ApiError> {
    let bytes = random::random_bytes::<32>()?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The person signed in by the request's cookie: their profile and CSRF token.
pub struct SignedIn {
    pub profile: Profile,
    pub csrf: String,
    session_id: String,
}

/// The store's directory, in its home region.
pub fn directory(env: &Env, merchant: &str) -> Result<Stub, ApiError> {
    let config = Config::of(env);
    let store = config
        .merchants()?
        .get(merchant)
        .ok_or_else(|| ApiError::new(ErrorCode::UnknownMerchant, "the store is not configured"))?;
    let home = config
        .backends()?
        .get(store.default_region)
        .ok_or_else(|| {
            ApiError::new(
                ErrorCode::Unavailable,
                "the store's home region has no backend",
            )
        })?;
    Ok(agent_directory::stub(env, home, merchant)?)
}

async fn answer(stub: &Stub, path: &str, body: &Value) -> Result<Value, ApiError> {
    let (status, value) = agent_directory::ask(stub, path, body).await?;
    if status < 300 {
        return Ok(value);
    }
    let code = value["error"]["code"]
        .as_str()
        .and_then(ErrorCode::parse)
        .unwrap_or(ErrorCode::Internal);
    let message = value["error"]["message"]
        .as_str()
        .unwrap_or("the directory refused");
    Err(ApiError::new(code, message))
}

/// The signed-in person, or 401.
pub async fn signed_in(req: &Request, stub: &Stub) -> Result<SignedIn, ApiError> {
    let cookie = req.headers().get("cookie")?.unwrap_or_default();
    let session_id = console_session::from_cookie_header(&cookie)
        .ok_or_else(|| ApiError::new(ErrorCode::Unauthorized, "sign in first"))?
        .to_owned();
    let v = answer(stub, "/session", &json!({ "session_id": session_id })).await?;
    Ok(SignedIn {
        profile: serde_json::from_value(v["account"].clone())
            .map_err(|e| ApiError::new(ErrorCode::Internal, e.to_string()))?,
        csrf: v["csrf"].as_str().unwrap_or_default().to_owned(),
        session_id,
    })
}

/// The signed-in person, for a state-changing request: the CSRF header must match.
pub async fn acting(req: &Request, stub: &Stub) -> Result<SignedIn, ApiError> {
    let who = signed_in(req, stub).await?;
    let header = req.headers().get(CSRF_HEADER)?;
    if !console_session::same(header.as_deref().unwrap_or(""), &who.csrf) || who.csrf.is_empty() {
        return Err(ApiError::new(
            ErrorCode::Forbidden,
            "the request lacks the console's CSRF token",
        ));
    }
    Ok(who)
}

/// Only a loopback origin (local development) gets a cookie without `Secure`.
fn secure(req: &Request) -> bool {
    !req.url()
        .is_ok_and(|u| matches!(u.host_str(), Some("127.0.0.1" | "localhost" | "[::1]")))
}

fn address(req: &Request) -> String {
    req.headers()
        .get("cf-connecting-ip")
        .ok()
        .flatten()
        .unwrap_or_else(|| "unknown".into())
}

fn respond(body: &Value, status: u16, cookie: Option<String>) -> Result<Response, ApiError> {
    let response = crate::api_error::json_response(&body.to_string(), status)?;
    let headers = response.headers();
    headers.set("referrer-policy", "no-referrer")?;
    headers.set("x-frame-options", "DENY")?;
    if let Some(cookie) = cookie {
        headers.set("set-cookie", &cookie)?;
    }
    Ok(response)
}

async fn json_body(req: &mut Request) -> Result<Value, ApiError> {
    let content_type = req.headers().get("content-type")?.unwrap_or_default();
    if !content_type.starts_with("application/json") {
        return Err(ApiError::new(
            ErrorCode::UnsupportedMediaType,
            "send application/json",
        ));
    }
    let body = request::body(req, MAX_BODY, "a console request").await?;
    serde_json::from_slice(&body)
        .map_err(|e| ApiError::new(ErrorCode::InvalidRequest, e.to_string()))
}

/// Is the request from one of the store's admins (bearer token, or a console admin)?
async fn admin(req: &Request, env: &Env, stub: &Stub, merchant: &str) -> Result<String, ApiError> {
    if let Some(token) = request::bearer(req) {
        let config = Config::of(env);
        return match config.admin_tokens()?.merchant(&token) {
            Some(owner) if owner == merchant => Ok("admin-token".into()),
            Some(_) => Err(ApiError::new(
                ErrorCode::Forbidden,
                "this token administers another store",
            )),
            None => Err(ApiError::new(
                ErrorCode::Unauthorized,
                "the admin token is not valid",
            )),
        };
    }
    let who = acting(req, stub).await?;
    if who.profile.role != Role::Admin {
        return Err(ApiError::new(
            ErrorCode::Forbidden,
            "only the store's admins may do this",
        ));
    }
    Ok(who.profile.email)
}

/// The store's inbox rows in `region`, from that region's index object. A region served by
/// another deployment is not read from here yet: the person's session lives in this one.
async fn inbox(env: &Env, region: Region, merchant: &str) -> Result<Vec<InboxRow>, ApiError> {
    let config = Config::of(env);
    let Hop::Object(backend) = hop(config.backends()?, region, false) else {
        return Err(ApiError::new(
            ErrorCode::RegionUnavailable,
            "this region is served by another deployment; open its console there",
        ));
    };
    let call = async {
        let stub = handoff_queue::stub(env, backend, region, merchant)?;
        stub.fetch_with_request(Request::new(
            "https://queue.internal/inbox/list",
            Method::Get,
        )?)
        .await
    };
    let mut response = backend::observe(region, call, TIMEOUT, None).await?;
    #[derive(serde::Deserialize)]
    struct Listing {
        rows: Vec<InboxRow>,
    }
    let listing: Listing = response
        .json()
        .await
        .map_err(|e| ApiError::new(ErrorCode::Internal, e.to_string()))?;
    // The index holds this region's rows only; a row naming another is not shown.
    Ok(listing
        .rows
        .into_iter()
        .filter(|r| r.region == region.as_str())
        .collect())
}

pub async fn handle(mut req: Request, env: &Env) -> Result<Response, ApiError> {
    let path = req.path();
    let rest = path.strip_prefix(PREFIX).unwrap_or_default();
    let (merchant, action) = rest.split_once('/').unwrap_or((rest, ""));
    let merchant = merchant.to_owned();
    let stub = directory(env, &merchant)?;
    match (req.method(), action) {
        (Method::Post, "invites") => {
            admin(&req, env, &stub, &merchant).await?;
            let profile = json_body(&mut req).await?;
            let token = secret()?;
            let v = answer(
                &stub,
                "/invite",
                &json!({ "profile": profile, "token": token }),
            )
            .await?;
            let origin = req.url()?.origin().ascii_serialization();
            let link = format!("{origin}/console/#invite/{merchant}/{token}");
            respond(
                &json!({ "invite_url": link, "expires_ms": v["expires_ms"] }),
                201,
                None,
            )
        }
        (Method::Post, "invites/read") => {
            let body = json_body(&mut req).await?;
            let v = answer(&stub, "/invite/read", &json!({ "token": body["token"] })).await?;
            respond(
                &json!({ "email": v["profile"]["email"], "name": v["profile"]["name"] }),
                200,
                None,
            )
        }
        (Method::Post, "invites/accept" | "login") => {
            let body = json_body(&mut req).await?;
            let session_id = secret()?;
            let ask = json!({
                "session_id": session_id, "csrf": secret()?, "address": address(&req),
                "password": body["password"], "token": body["token"], "email": body["email"],
            });
            let path = if action == "login" {
                "/login"
            } else {
                "/accept"
            };
            let v = answer(&stub, path, &ask).await?;
            let status = if action == "login" { 200 } else { 201 };
            respond(
                &v,
                status,
                Some(console_session::set_cookie(&session_id, secure(&req))),
            )
        }
        (Method::Get, "me") => {
            let who = signed_in(&req, &stub).await?;
            respond(
                &json!({ "account": who.profile, "csrf": who.csrf }),
                200,
                None,
            )
        }
        (Method::Post, "logout") => {
            let who = acting(&req, &stub).await?;
            answer(&stub, "/logout", &json!({ "session_id": who.session_id })).await?;
            respond(
                &json!({}),
                200,
                Some(console_session::clear_cookie(secure(&req))),
            )
        }
        (Method::Post, "agents/revoke") => {
            admin(&req, env, &stub, &merchant).await?;
            let body = json_body(&mut req).await?;
            let v = answer(&stub, "/revoke", &body).await?;
            respond(&v, 200, None)
        }
        (Method::Get, "audit") => {
            admin(&req, env, &stub, &merchant).await?;
            let v = answer(&stub, "/audit/list", &json!({})).await?;
            respond(&v, 200, None)
        }
        (Method::Get, a) if a.starts_with("inbox/") => {
            let who = signed_in(&req, &stub).await?;
            let region = Region::parse(&a["inbox/".len()..])
                .ok_or_else(|| ApiError::new(ErrorCode::NotFound, "no such region"))?;
            if !who.profile.sees(region) {
                return Err(ApiError::new(
                    ErrorCode::Forbidden,
                    "this region's conversations are not yours to see",
                ));
            }
            let rows = inbox(env, region, &merchant).await?;
            respond(
                &json!({ "region": region.as_str(), "counts": inbox::counts(&rows), "rows": rows }),
                200,
                None,
            )
        }
        (
            _,
            "invites" | "invites/read" | "invites/accept" | "login" | "me" | "logout"
            | "agents/revoke" | "audit",
        ) => Err(ApiError::new(
            ErrorCode::MethodNotAllowed,
            format!("{} is not allowed here", req.method()),
        )),
        _ => Err(ApiError::new(
            ErrorCode::NotFound,
            format!("no route for {path}"),
        )),
    }
}
