//! The store's team in the console, under `/v1/console/{merchant}/`:
//!
//! - `GET agents` (admins): everyone, with where their account stands (active, invited,
//!   disabled) — never a password record — and the names of the store's teams.
//! - `POST agents/update` with a profile (admins): name, role, languages, regions, teams,
//!   reveal; their sessions read it at once.
//! - `POST agents/revoke` with `{email, disable?}` and `POST agents/reinstate` with
//!   `{email}` (admins): sessions ended, the account switched off and on again.
//! - `GET audit` (admins): who revealed what and who changed the team, newest first.
//! - `GET assignees?region=R&lang=L` (anyone signed in who sees R): who could take a
//!   conversation of a shopper writing L placed in R, best first (core's `assignment`).
//!
//! Every change an admin makes is written to the audit log with the reveals.

use caravan_core::agents::account::Profile;
use caravan_core::agents::assignment;
use caravan_core::agents::directory::{AuditEntry, Member};
use caravan_core::language::locale::Locale;
use caravan_core::residency::region::Region;
use caravan_core::wire::protocol::ErrorCode;
use serde_json::{Value, json};
use worker::{Env, Method, Request, Response, Stub};

use crate::api_error::{ApiError, json_response};
use crate::clock;
use crate::config::Config;
use crate::console_auth::{admin, answer, json_body, signed_in};
use crate::time_zones::IntlZones;

fn bad(e: impl std::fmt::Display) -> ApiError {
    ApiError::new(ErrorCode::InvalidRequest, e.to_string())
}

/// A profile as an admin sent it, cleaned, its teams the store's.
pub fn checked_profile(env: &Env, merchant: &str, body: Value) -> Result<Profile, ApiError> {
    let profile: Profile = serde_json::from_value(body).map_err(bad)?;
    let profile = profile.validated().map_err(bad)?;
    let config = Config::of(env);
    let store = config
        .merchants()?
        .get(merchant)
        .ok_or_else(|| ApiError::new(ErrorCode::UnknownMerchant, "the store is not configured"))?;
    let known: Vec<&str> = store.teams.iter().map(|t| t.name.as_str()).collect();
    profile.check_teams(&known).map_err(bad)?;
    Ok(profile)
}

/// Writes who did `action` to `target` into the store's audit log.
pub async fn audit(stub: &Stub, account: &str, action: &str, target: &str) -> Result<(), ApiError> {
    let entry = AuditEntry {
        at_ms: clock::now_ms(),
        account: account.to_owned(),
        action: action.to_owned(),
        target: target.to_owned(),
    };
    let body = serde_json::to_value(&entry)
        .map_err(|e| ApiError::new(ErrorCode::Internal, e.to_string()))?;
    answer(stub, "/audit/add", &body).await.map(|_| ())
}

/// The store's people, from its directory.
pub async fn members(stub: &Stub) -> Result<Vec<Member>, ApiError> {
    let v = answer(stub, "/members", &json!({})).await?;
    serde_json::from_value(v["members"].clone())
        .map_err(|e| ApiError::new(ErrorCode::Internal, format!("members: {e}")))
}

fn ok(value: &Value) -> Result<Response, ApiError> {
    Ok(json_response(&value.to_string(), 200)?)
}

/// A query parameter of the request.
fn param(req: &Request, name: &str) -> Result<Option<String>, ApiError> {
    Ok(req
        .url()?
        .query_pairs()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned()))
}

/// `action`: `agents`, `agents/…`, `assignees` or `audit`.
pub async fn handle(
    mut req: Request,
    env: &Env,
    stub: &Stub,
    merchant: &str,
    action: &str,
) -> Result<Response, ApiError> {
    match (req.method(), action) {
        (Method::Get, "agents") => {
            admin(&req, env, stub, merchant).await?;
            let config = Config::of(env);
            let teams: Vec<String> = config
                .merchants()?
                .get(merchant)
                .map(|m| m.teams.iter().map(|t| t.name.clone()).collect())
                .unwrap_or_default();
            ok(&json!({ "members": members(stub).await?, "teams": teams }))
        }
        (Method::Post, "agents/update") => {
            let who = admin(&req, env, stub, merchant).await?;
            let profile = checked_profile(env, merchant, json_body(&mut req).await?)?;
            let body = serde_json::to_value(&profile)
                .map_err(|e| ApiError::new(ErrorCode::Internal, e.to_string()))?;
            answer(stub, "/update", &body).await?;
            audit(stub, &who, "update", &profile.email).await?;
            ok(&json!({ "profile": profile }))
        }
        (Method::Post, "agents/revoke" | "agents/reinstate") => {
            let who = admin(&req, env, stub, merchant).await?;
            let body = json_body(&mut req).await?;
            let email = body["email"]
                .as_str()
                .ok_or_else(|| bad("email is required"))?
                .to_owned();
            let (path, what) = match (action, body["disable"].as_bool() == Some(true)) {
                ("agents/reinstate", _) => ("/reinstate", "reinstate"),
                (_, true) => ("/revoke", "disable"),
                (_, false) => ("/revoke", "revoke"),
            };
            let v = answer(stub, path, &body).await?;
            audit(stub, &who, what, &email).await?;
            ok(&v)
        }
        (Method::Get, "audit") => {
            admin(&req, env, stub, merchant).await?;
            ok(&answer(stub, "/audit/list", &json!({})).await?)
        }
        (Method::Get, "assignees") => {
            let who = signed_in(&req, stub).await?;
            let region = param(&req, "region")?
                .as_deref()
                .and_then(Region::parse)
                .ok_or_else(|| bad("region must be a known region"))?;
            let shopper = param(&req, "lang")?
                .as_deref()
                .and_then(Locale::from_tag)
                .ok_or_else(|| bad("lang must be a shipped locale"))?;
            if !who.profile.sees(region) {
                return Err(ApiError::new(
                    ErrorCode::Forbidden,
                    "this region's conversations are not yours to see",
                ));
            }
            let config = Config::of(env);
            let teams = config
                .merchants()?
                .get(merchant)
                .map(|m| m.teams.clone())
                .unwrap_or_default();
            let people = members(stub).await?;
            let list = assignment::suggestions(
                &people,
                &teams,
                shopper,
                region,
                clock::now_ms(),
                &IntlZones,
            );
            ok(&json!({ "suggestions": list }))
        }
        (_, "agents" | "audit" | "assignees") => Err(ApiError::new(
            ErrorCode::MethodNotAllowed,
            format!("{} is not allowed here", req.method()),
        )),
        _ => Err(ApiError::new(
            ErrorCode::NotFound,
            format!("no team call {action}"),
        )),
    }
}
