//! A store vouching for its logged-in shopper: `POST /v1/identity` with the session's
//! bearer token and `{"token":"<JWS>"}` answers a new session token for the same session
//! (conversation, region, locale, expiry) that carries the identity; `POST /v1/sessions`
//! takes the same token at opening (`sessions.rs`). Core reads and checks the token; this
//! file verifies its signature (HS256 in core with the store's secret, ES256 with Web
//! Crypto) and spends its `jti` in the store's ledger (`identity_ledger.rs`), in that
//! order, so a forged token spends nothing.
//!
//! A refusal is a 401 with its own `identity_*` code (404 for a store that vouches for no
//! one), and the token the shopper had keeps working, anonymous.

use caravan_core::session::identity_token::{
    Algorithm, Identity, IdentityError, IdentityToken, MAX_TOKEN, MIN_HS256_KEY_BYTES,
};
use caravan_core::session::jti_ledger;
use caravan_core::session::opening::SessionCreated;
use caravan_core::store::merchant::Merchant;
use caravan_core::wire::protocol::ErrorCode;
use serde::Deserialize;
use worker::{Env, Request, Response};

use crate::api_error::{ApiError, json_response};
use crate::config::{self, Config};
use crate::cors::Origins;
use crate::{access, clock, identity_ledger, request, web_crypto};

/// Largest `POST /v1/identity` body read.
const MAX_BODY_BYTES: usize = MAX_TOKEN + 64;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Ask {
    token: String,
}

fn refused(merchant: &str, e: IdentityError) -> ApiError {
    // For the operator; the token itself is never logged.
    worker::console_log!("identity token refused for {merchant}: {e}");
    ApiError::new(e.code(), e.to_string())
}

fn misconfigured(merchant: &str, why: &str) -> ApiError {
    worker::console_error!("identity of {merchant}: {why}");
    ApiError::new(
        ErrorCode::Unavailable,
        "the store's identity settings cannot be used now",
    )
}

/// Whom `token` vouches for at the store `id` (`merchant`): checked by core, its signature
/// verified, its `jti` spent. Every refusal is an `ApiError` with an `identity_*` code.
pub async fn vouch(
    env: &Env,
    id: &str,
    merchant: &Merchant,
    token: &str,
) -> Result<Identity, ApiError> {
    let settings = merchant
        .identity
        .as_ref()
        .ok_or_else(|| refused(id, IdentityError::NotConfigured))?;
    let token =
        IdentityToken::parse(token, id, settings, clock::now_secs()).map_err(|e| refused(id, e))?;
    let signed = match (
        token.algorithm(),
        &settings.hs256_secret,
        &settings.es256_key,
    ) {
        (Algorithm::Hs256, Some(name), _) => {
            let secret = config::secret(env, name)
                .ok_or_else(|| misconfigured(id, &format!("the secret {name} is not set")))?;
            if secret.len() < MIN_HS256_KEY_BYTES {
                let why = format!("the secret {name} is shorter than {MIN_HS256_KEY_BYTES} bytes");
                return Err(misconfigured(id, &why));
            }
            token.verify_hs256(secret.as_bytes())
        }
        (Algorithm::Es256, _, Some(key)) => {
            let valid =
                web_crypto::verify_es256(&key.x, &key.y, token.signing_input(), token.signature())
                    .await
                    .map_err(|e| {
                        misconfigured(id, &format!("the ES256 key cannot be used: {e}"))
                    })?;
            token.es256_verdict(valid)
        }
        // Core takes only the algorithms the store configured.
        _ => Err(IdentityError::Algorithm),
    }
    .map_err(|e| refused(id, e))?;
    let key = jti_ledger::key(signed.jti());
    let fresh = identity_ledger::spend(env, id, &key, signed.remember_until()).await?;
    signed.identity(fresh).map_err(|e| refused(id, e))
}

/// `POST /v1/identity`: the session's token, re-signed with the identity the store vouched
/// for (200, the `POST /v1/sessions` answer's shape).
pub async fn bind(mut req: Request, env: &Env, origins: &Origins) -> Result<Response, ApiError> {
    let config = Config::of(env);
    let access = access::session(&req, &config, origins, request::bearer(&req).as_deref())?;
    let body = request::body(&mut req, MAX_BODY_BYTES, "the identity request").await?;
    let ask: Ask = serde_json::from_slice(&body).map_err(|_| {
        ApiError::new(
            ErrorCode::InvalidRequest,
            "the body must be JSON like {\"token\":\"<the store's identity token>\"}",
        )
    })?;
    let session = access.session;
    let merchant = config.merchants()?.get(&session.merchant).ok_or_else(|| {
        ApiError::new(
            ErrorCode::UnknownMerchant,
            format!("merchant {:?} is no longer configured", session.merchant),
        )
    })?;
    let identity = vouch(env, &session.merchant, merchant, &ask.token).await?;
    let claims = session.claims.vouched(identity, clock::now_secs());
    let created = SessionCreated::signed(config.keyring()?.sign(&claims), &claims, merchant);
    Ok(json_response(&created.to_json(), 200)?)
}
