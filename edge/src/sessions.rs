//! `POST /v1/sessions` opens a session; `GET /v1/session` tells whether a token still holds.

use caravan_core::ids::random_id;
use caravan_core::protocol::ErrorCode;
use caravan_core::session::{self, CreateSession, MAX_CREATE_BODY_BYTES, NewIds, SessionCreated};
use serde::Serialize;
use worker::{Env, Request, Response};

use crate::api_error::{ApiError, json_response};
use crate::config;
use crate::routes::{authenticate, bearer_token};

fn random_bytes<const N: usize>() -> Result<[u8; N], ApiError> {
    let mut bytes = [0u8; N];
    let crypto = js_sys::global();
    let crypto = js_sys::Reflect::get(&crypto, &"crypto".into())
        .map_err(|_| ApiError::new(ErrorCode::Internal, "no crypto in this runtime"))?;
    let array = js_sys::Uint8Array::new_with_length(N as u32);
    let get = js_sys::Reflect::get(&crypto, &"getRandomValues".into())
        .map_err(|_| ApiError::new(ErrorCode::Internal, "no getRandomValues in this runtime"))?;
    js_sys::Function::from(get)
        .call1(&crypto, &array)
        .map_err(|_| ApiError::new(ErrorCode::Internal, "getRandomValues failed"))?;
    array.copy_to(&mut bytes);
    Ok(bytes)
}

fn json<T: Serialize>(value: &T, status: u16) -> Result<Response, ApiError> {
    let body = serde_json::to_string(value)
        .map_err(|e| ApiError::new(ErrorCode::Internal, e.to_string()))?;
    Ok(json_response(&body, status)?)
}

pub async fn create(mut req: Request, env: &Env) -> Result<Response, ApiError> {
    let too_large = || {
        ApiError::new(
            ErrorCode::PayloadTooLarge,
            format!("the session request may be at most {MAX_CREATE_BODY_BYTES} bytes"),
        )
    };
    // Refuse a declared oversize body unread; check the real length too.
    let declared = req
        .headers()
        .get("content-length")?
        .and_then(|l| l.parse::<usize>().ok());
    if declared.is_some_and(|l| l > MAX_CREATE_BODY_BYTES) {
        return Err(too_large());
    }
    let body = req.bytes().await?;
    if body.len() > MAX_CREATE_BODY_BYTES {
        return Err(too_large());
    }
    let body = std::str::from_utf8(&body)
        .map_err(|_| ApiError::new(ErrorCode::InvalidRequest, "the body must be UTF-8 JSON"))?;
    let request = CreateSession::parse(body)
        .map_err(|e| ApiError::new(ErrorCode::InvalidRequest, e.to_string()))?;

    let merchants = config::merchants(env)?;
    let merchant = merchants.get(&request.merchant).ok_or_else(|| {
        ApiError::new(
            ErrorCode::UnknownMerchant,
            format!("no merchant {:?} is configured", request.merchant),
        )
    })?;
    let keyring = config::keyring(env)?;

    let accept_language = req.headers().get("accept-language")?;
    let locale = session::choose_locale(&request, accept_language.as_deref(), merchant);
    let ids = NewIds {
        session_id: random_id(random_bytes()?),
        conversation_id: random_id(random_bytes()?),
    };
    let now = crate::clock::now_secs();
    let claims = session::new_claims(
        &request.merchant,
        &merchant.default_region,
        locale,
        ids,
        now,
    );
    let created = SessionCreated {
        session_token: keyring.sign(&claims),
        conversation_id: claims.cid.clone(),
        session_id: claims.sid.clone(),
        region: claims.reg.clone(),
        locale: claims.loc.clone(),
        merchant_name: merchant.name.clone(),
        expires_at: claims.exp,
    };
    Ok(json_response(&created.to_json(), 201)?)
}

#[derive(Serialize)]
struct SessionInfo<'a> {
    session_id: &'a str,
    conversation_id: &'a str,
    merchant: &'a str,
    merchant_name: &'a str,
    region: &'a str,
    locale: &'a str,
    expires_at: u64,
}

/// Lets a widget holding a stored token learn whether it still holds, and the store name.
pub fn describe(req: &Request, env: &Env) -> Result<Response, ApiError> {
    let claims = authenticate(bearer_token(req).as_deref(), env)?;
    let merchants = config::merchants(env)?;
    let merchant_name = merchants
        .get(&claims.mer)
        .map_or(claims.mer.as_str(), |m| m.name.as_str());
    json(
        &SessionInfo {
            session_id: &claims.sid,
            conversation_id: &claims.cid,
            merchant: &claims.mer,
            merchant_name,
            region: &claims.reg,
            locale: &claims.loc,
            expires_at: claims.exp,
        },
        200,
    )
}
