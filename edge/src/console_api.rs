//! The agent console's account API, under `/v1/console/{merchant}/`:
//!
//! - `POST invites` (an admin: the store's admin bearer token, or a console admin with the
//!   CSRF header) with a profile: a single-use link `…/console/#invite/{m}/{token}`.
//! - `POST invites/read` and `POST invites/accept` with `{token[, password]}`: who is
//!   invited; the account made, signed in.
//! - `POST login` with `{email, password}`; `POST sso` with Cloudflare Access's token
//!   (`console_sso.rs`), for a store that set it up; `GET me`; `POST logout`.
//! - `POST agents/revoke` with `{email, disable?}` and `GET audit`: admins only.
//! - `GET inbox/{region}`: the store's conversations in a region the person may see, read
//!   from that region's index only (the console merges the regions' lists itself).
//! - `…/conversations/{region}/{id}/…`: one conversation (`console_conversation.rs`).
//!
//! A sign-in sets the session cookie (core's `console_session`); every state-changing call
//! of a signed-in person carries the session's CSRF token in `x-caravan-csrf`. The
//! directory lives in the store's home region (`agent_directory.rs`).

use caravan_core::agents::console_session;
use caravan_core::agents::inbox::{self, InboxRow};
use caravan_core::residency::region::Region;
use caravan_core::residency::routing::{Hop, hop};
use caravan_core::wire::protocol::ErrorCode;
use serde_json::{Value, json};
use worker::{Env, Method, Request, Response, Stub};

use crate::api_error::ApiError;
use crate::config::Config;
use crate::console_auth::{acting, admin, answer, json_body, signed_in};
use crate::object_call::TIMEOUT;
use crate::{
    agent_directory, backend, console_conversation, console_live, console_sso, console_team,
    handoff_queue, random,
};

pub const PREFIX: &str = "/v1/console/";

fn secret() -> Result<String, ApiError> {
    let bytes = random::random_bytes::<32>()?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
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

/// Only a loopback origin (local development) gets a cookie without `Secure`.
fn secure(req: &Request) -> bool {
    !req.url()
        .is_ok_and(|u| matches!(u.host_str(), Some("127.0.0.1" | "localhost" | "[::1]")))
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
            let who = admin(&req, env, &stub, &merchant).await?;
            let profile =
                console_team::checked_profile(env, &merchant, json_body(&mut req).await?)?;
            let token = secret()?;
            let v = answer(
                &stub,
                "/invite",
                &json!({ "profile": profile, "token": token }),
            )
            .await?;
            console_team::audit(&stub, &who, "invite", &profile.email).await?;
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
                "session_id": session_id, "csrf": secret()?, "address": crate::abuse_limits::address(&req),
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
        (Method::Post, "sso") => {
            let (session_id, csrf) = (secret()?, secret()?);
            let ids = (session_id.as_str(), csrf.as_str());
            let v = console_sso::sign_in(&req, env, &stub, &merchant, ids).await?;
            let cookie = console_session::set_cookie(&session_id, secure(&req));
            respond(&v, 200, Some(cookie))
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
        (_, a) if matches!(a, "agents" | "assignees" | "audit") || a.starts_with("agents/") => {
            console_team::handle(req, env, &stub, &merchant, a).await
        }
        (_, a) if a.starts_with("conversations/") => {
            console_conversation::handle(req, env, &stub, &merchant, &a["conversations/".len()..])
                .await
        }
        (Method::Get, "canned") => {
            signed_in(&req, &stub).await?;
            let v = answer(&stub, "/canned/list", &json!({})).await?;
            respond(&v, 200, None)
        }
        (Method::Put | Method::Delete, a) if a.starts_with("canned/") => {
            admin(&req, env, &stub, &merchant).await?;
            let id = &a["canned/".len()..];
            let (path, body) = if req.method() == Method::Put {
                let mut body = json_body(&mut req).await?;
                if body["id"].as_str().is_some_and(|given| given != id) {
                    return Err(ApiError::new(
                        ErrorCode::InvalidRequest,
                        "the body's id differs from the path's",
                    ));
                }
                body["id"] = json!(id);
                ("/canned/put", body)
            } else {
                ("/canned/delete", json!({ "id": id }))
            };
            let v = answer(&stub, path, &body).await?;
            respond(&v, 200, None)
        }
        (Method::Get, a) if a.starts_with("live/") => {
            console_live::handle(&req, env, &stub, &merchant, &a["live/".len()..]).await
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
            "invites" | "invites/read" | "invites/accept" | "login" | "sso" | "me" | "logout"
            | "canned",
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
