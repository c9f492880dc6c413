//! `POST /v1/console/{m}/sso`: single sign-on for a store whose console sits behind
//! Cloudflare Access. The token in `Cf-Access-Jwt-Assertion` is checked by core (RS256, a
//! kid, aud, iss, lifetime, email), its signature verified with the team's key (Web
//! Crypto), and its address signed in by the store's directory as a password login would
//! be, without the password: an existing account that is not disabled.
//!
//! Every refusal of a token or an address is the same 401, so the answer tells no one
//! which tokens nearly passed or who has an account; why is logged for the operator.

use caravan_core::agents::access_token::{ASSERTION_HEADER, AccessToken};
use caravan_core::wire::protocol::ErrorCode;
use serde_json::{Value, json};
use worker::{Env, Request, Stub};

use crate::api_error::ApiError;
use crate::config::Config;
use crate::console_auth::answer;
use crate::{access_certs, clock, web_crypto};

fn refused(why: impl std::fmt::Display) -> ApiError {
    worker::console_log!("console sso refused: {why}");
    ApiError::new(
        ErrorCode::Unauthorized,
        "single sign-on did not sign you in; sign in with your e-mail address and password",
    )
}

/// Signs in the person the request's Access token names, with session id `session_id`
/// and CSRF token `csrf`: the directory's answer (`account`, `csrf`, `expires_ms`).
pub async fn sign_in(
    req: &Request,
    env: &Env,
    stub: &Stub,
    merchant: &str,
    (session_id, csrf): (&str, &str),
) -> Result<Value, ApiError> {
    let settings = Config::of(env)
        .merchants()?
        .get(merchant)
        .and_then(|m| m.access.clone())
        .ok_or_else(|| {
            ApiError::new(
                ErrorCode::NotFound,
                "this store has no single sign-on; sign in with your e-mail address and password",
            )
        })?;
    let header = req
        .headers()
        .get(ASSERTION_HEADER)?
        .ok_or_else(|| refused("no Cf-Access-Jwt-Assertion header"))?;
    let token = AccessToken::parse(&header, &settings, clock::now_secs()).map_err(refused)?;
    let mut keys = access_certs::keys(&settings, false).await?;
    if keys.for_token(&token).is_none() {
        // A key the kept set lacks: Access may have rotated since.
        keys = access_certs::keys(&settings, true).await?;
    }
    let key = keys
        .for_token(&token)
        .ok_or_else(|| refused(format!("unknown kid {:?}", token.kid())))?;
    let valid = web_crypto::verify_rs256(&key.n, &key.e, token.signing_input(), token.signature())
        .await
        .map_err(|e| {
            worker::console_error!("access key {} cannot be used: {e}", key.kid);
            ApiError::new(
                ErrorCode::Unavailable,
                "the team's sign-in key cannot be used; sign in with your password",
            )
        })?;
    let email = token.email(valid).map_err(refused)?;
    let ask = json!({ "email": email, "session_id": session_id, "csrf": csrf });
    answer(stub, "/sso-login", &ask).await.map_err(|e| {
        if e.code == ErrorCode::Unauthorized {
            refused(e.message)
        } else {
            e
        }
    })
}
