//! Who a console request is from: the session cookie checked by the store's directory (in
//! its home region), and for a change the CSRF header too; whether they are the store's
//! admin; the directory's answers as values; a JSON body read within bounds.

use caravan_core::agents::account::{Profile, Role};
use caravan_core::agents::console_session::{self, CSRF_HEADER};
use caravan_core::wire::protocol::ErrorCode;
use serde_json::{Value, json};
use worker::{Env, Method, Request, Stub};

use crate::api_error::ApiError;
use crate::config::Config;
use crate::{agent_directory, request};

/// A body of the console API, at most.
const MAX_BODY: usize = 16 * 1024;

/// The person signed in by the request's cookie: their profile and CSRF token.
pub struct SignedIn {
    pub profile: Profile,
    pub csrf: String,
    pub(crate) session_id: String,
}

/// The directory's answer to `path`, or its error as ours.
pub async fn answer(stub: &Stub, path: &str, body: &Value) -> Result<Value, ApiError> {
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

pub async fn json_body(req: &mut Request) -> Result<Value, ApiError> {
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
pub async fn admin(
    req: &Request,
    env: &Env,
    stub: &Stub,
    merchant: &str,
) -> Result<String, ApiError> {
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
    // Reading needs no CSRF token; a change does.
    let who = if req.method() == Method::Get {
        signed_in(req, stub).await?
    } else {
        acting(req, stub).await?
    };
    if who.profile.role != Role::Admin {
        return Err(ApiError::new(
            ErrorCode::Forbidden,
            "only the store's admins may do this",
        ));
    }
    Ok(who.profile.email)
}
