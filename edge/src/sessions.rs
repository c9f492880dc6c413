//! `POST /v1/sessions` opens a session in the region the residency policy names (core's
//! `session::placing` decides each step; this file performs them), vouched for when it
//! brings a store's identity token that holds (`identity.rs`); `GET /v1/session` tells
//! whether a token still holds and its region is reachable.

use caravan_core::residency::policy::{ResidencyTable, resolve};
use caravan_core::session::identity_token::Identity;
use caravan_core::session::opening::{
    self as session, CreateSession, MAX_CREATE_BODY_BYTES, NewIds, SessionCreated,
};
use caravan_core::session::placing::{Placing, Step};
use caravan_core::store::merchant::Merchant;
use caravan_core::wire::ids::random_id;
use caravan_core::wire::protocol::ErrorCode;
use serde::Serialize;
use worker::{Env, Request, Response};

use crate::abuse_limits::{self, Limit};
use crate::access::{self, route_assertion};
use crate::api_error::{ApiError, json_response};
use crate::backend::{self, Answer, Destination, unavailable};
use crate::config::Config;
use crate::cors::Origins;
use crate::geo::PlatformGeo;
use crate::object_call::{self, Caller, ObjectCall};
use crate::random::random_bytes;
use crate::{identity, request};

/// The session's answer, with why the store's identity token was refused beside it (the
/// session is anonymous then): `"identity_error": {"code", "message"}`.
fn with_refusal(answer: &str, refused: Option<&ApiError>) -> String {
    let Some(e) = refused else {
        return answer.to_owned();
    };
    match serde_json::from_str::<serde_json::Value>(answer) {
        Ok(mut value) if value.is_object() => {
            value["identity_error"] =
                serde_json::json!({ "code": e.code.as_str(), "message": e.message });
            value.to_string()
        }
        _ => answer.to_owned(),
    }
}

/// Whom the session opens vouched for: what a forwarding edge verified, else the request's
/// own token checked here; and why that token was refused, if it was. A refused token
/// does not stop the session: the chat opens anonymous and says why.
async fn vouched(
    env: &Env,
    request: &CreateSession,
    merchant: &Merchant,
    route: Option<&access::PeerRoute>,
) -> (Option<Identity>, Option<ApiError>) {
    match (route, request.identity.as_deref()) {
        (Some(route), _) => (route.identity.clone(), None),
        (None, Some(token)) => match identity::vouch(env, &request.merchant, merchant, token).await
        {
            Ok(identity) => (Some(identity), None),
            Err(e) => (None, Some(e)),
        },
        (None, None) => (None, None),
    }
}

pub async fn create(mut req: Request, env: &Env, origins: &Origins) -> Result<Response, ApiError> {
    let body = request::body(&mut req, MAX_CREATE_BODY_BYTES, "the session request").await?;
    let text = std::str::from_utf8(&body)
        .map_err(|_| ApiError::new(ErrorCode::InvalidRequest, "the body must be UTF-8 JSON"))?;
    let request = CreateSession::parse(text)
        .map_err(|e| ApiError::new(ErrorCode::InvalidRequest, e.to_string()))?;

    let config = Config::of(env);
    let merchant = config.merchants()?.get(&request.merchant).ok_or_else(|| {
        ApiError::new(
            ErrorCode::UnknownMerchant,
            format!("no merchant {:?} is configured", request.merchant),
        )
    })?;
    let keyring = config.keyring()?;
    let backends = config.backends()?;
    // A peer edge that forwarded this request already checked the page's origin and
    // decided the region from the shopper's real location; its assertion is signed.
    let route = access::peer_route(&req, keyring)?;
    // Counted where the shopper arrived (a forwarded request was counted there).
    if route.is_none() {
        origins.check(&request.merchant, merchant)?;
        let address = abuse_limits::address(&req);
        abuse_limits::count(env, Limit::SessionsPerAddress, &address).await?;
        abuse_limits::count(env, Limit::SessionsPerStore, &request.merchant).await?;
    }
    let (identity, refused) = vouched(env, &request, merchant, route.as_ref()).await;
    // A peer is told the identity in the route assertion, never the token again.
    let forward_body = match request.identity {
        Some(_) => serde_json::to_vec(&CreateSession {
            identity: None,
            ..request.clone()
        })
        .map_err(|e| ApiError::new(ErrorCode::Internal, e.to_string()))?,
        None => body.clone(),
    };

    let accept_language = req.headers().get("accept-language")?;
    let locale = session::choose_locale(&request, accept_language.as_deref(), merchant);
    let geo = PlatformGeo::of(&req);
    let residency = resolve(ResidencyTable::builtin(), geo.as_geo());
    // The shopper's country: what the deciding edge saw, else ours.
    let country = match &route {
        Some(route) => route.country.clone(),
        None => residency.country.clone(),
    };

    let peer = route.as_ref().map(|r| r.region);
    let mut placing = Placing::new(&residency, merchant, backends, peer);
    loop {
        match placing.next(backend::healthy) {
            Step::TryObject { region, backend } => {
                let conversation_id = random_id(random_bytes()?);
                let ids = NewIds {
                    session_id: random_id(random_bytes()?),
                    conversation_id: conversation_id.clone(),
                };
                let now = crate::clock::now_secs();
                let claims = session::new_claims(
                    &request.merchant,
                    region,
                    locale,
                    country.clone(),
                    // A forwarded request's `cf` describes the forwarding edge, not the
                    // shopper.
                    route.is_none().then(|| geo.time_zone()).flatten(),
                    ids,
                    now,
                );
                let claims = match &identity {
                    Some(identity) => claims.vouched(identity.clone(), now),
                    None => claims,
                };
                // Nothing is stored yet; this proves the region can take the session.
                let ping = backend::call(
                    env,
                    region,
                    backend,
                    &conversation_id,
                    Caller::Session(&claims),
                    &ObjectCall::Ping,
                )
                .await;
                if ping.is_err() {
                    continue;
                }
                let created = SessionCreated::signed(keyring.sign(&claims), &claims, merchant);
                let answer = with_refusal(&created.to_json(), refused.as_ref());
                return Ok(json_response(&answer, 201)?);
            }
            Step::Forward { region, url } => {
                let assertion = route_assertion(
                    keyring,
                    region,
                    residency.country.clone(),
                    identity.as_ref(),
                );
                let forwarded = backend::forward(
                    region,
                    url,
                    &req,
                    Some(&forward_body),
                    object_call::TIMEOUT,
                    &assertion,
                )
                .await;
                match (forwarded, &refused) {
                    (Ok(response), None) => return Ok(response),
                    (Ok(mut response), Some(_)) => {
                        let status = response.status_code();
                        let answer = with_refusal(&response.text().await?, refused.as_ref());
                        return Ok(json_response(&answer, status)?);
                    }
                    (Err(_), _) => {}
                }
            }
            Step::Unavailable { region } => return Err(unavailable(region)),
        }
    }
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
    #[serde(skip_serializing_if = "Option::is_none")]
    privacy_url: Option<&'a str>,
}

/// Lets a widget holding a stored token learn whether it still holds, whether its region
/// answers, and the store name. Served in the token's region, wherever the shopper is now.
pub async fn describe(req: &Request, env: &Env, origins: &Origins) -> Result<Response, ApiError> {
    let config = Config::of(env);
    let access = access::session(req, &config, origins, request::bearer(req).as_deref())?;
    // The object only has to answer: a token is worth little if its region is down.
    let to = Destination::of_session(&access);
    if let Answer::Peer(response) =
        backend::in_region(env, &config, req, to, &ObjectCall::Ping).await?
    {
        return Ok(response);
    }
    let session = &access.session;
    let merchant = config.merchants()?.get(&session.merchant);
    let body = serde_json::to_string(&SessionInfo {
        session_id: &session.session_id,
        conversation_id: &session.conversation_id,
        merchant: &session.merchant,
        merchant_name: merchant.map_or(session.merchant.as_str(), |m| m.name.as_str()),
        region: session.region.as_str(),
        // As signed: a newer deployment may ship a locale this one does not.
        locale: &session.claims.loc,
        expires_at: session.expires_at,
        privacy_url: merchant.and_then(|m| m.privacy.policy_url.as_deref()),
    })
    .map_err(|e| ApiError::new(ErrorCode::Internal, e.to_string()))?;
    Ok(json_response(&body, 200)?)
}
