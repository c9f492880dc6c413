//! `POST /v1/sessions` opens a session in the region the residency policy names;
//! `GET /v1/session` tells whether a token still holds and its region is reachable.

use caravan_core::residency::backends::Backend;
use caravan_core::residency::policy::{ResidencyTable, resolve};
use caravan_core::residency::region::Region;
use caravan_core::session::opening::{
    self as session, CreateSession, MAX_CREATE_BODY_BYTES, NewIds, SessionCreated,
};
use caravan_core::session::placement::{Placement, place};
use caravan_core::session::token::{Keyring, ROUTE_TTL_SECS, RouteClaims, SessionClaims};
use caravan_core::wire::ids::random_id;
use caravan_core::wire::protocol::ErrorCode;
use serde::Serialize;
use worker::{Env, Request, Response};

use crate::api_error::{ApiError, json_response};
use crate::backend::{self, ObjectCall, unavailable};
use crate::config;
use crate::cors::Origins;
use crate::geo::PlatformGeo;
use crate::routes::{authenticate, bearer_token, check_session_access, peer_route};

pub fn random_bytes<const N: usize>() -> Result<[u8; N], ApiError> {
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

/// The body, refused with 413 past `limit` bytes (`what` names it in the message).
pub async fn read_body(req: &mut Request, limit: usize, what: &str) -> Result<Vec<u8>, ApiError> {
    let too_large = || {
        ApiError::new(
            ErrorCode::PayloadTooLarge,
            format!("{what} may be at most {limit} bytes"),
        )
    };
    // Refuse a declared oversize body unread; check the real length too.
    let declared = req
        .headers()
        .get("content-length")?
        .and_then(|l| l.parse::<usize>().ok());
    if declared.is_some_and(|l| l > limit) {
        return Err(too_large());
    }
    let body = req.bytes().await?;
    if body.len() > limit {
        return Err(too_large());
    }
    Ok(body)
}

/// A signed route assertion for forwarding a request about `region` to its origin.
pub fn route_assertion(keyring: &Keyring, region: Region, country: Option<String>) -> String {
    keyring.sign_route(&RouteClaims {
        reg: region.as_str().to_owned(),
        cty: country,
        exp: crate::clock::now_secs() + ROUTE_TTL_SECS,
    })
}

pub async fn create(mut req: Request, env: &Env, origins: &Origins) -> Result<Response, ApiError> {
    let body = read_body(&mut req, MAX_CREATE_BODY_BYTES, "the session request").await?;
    let text = std::str::from_utf8(&body)
        .map_err(|_| ApiError::new(ErrorCode::InvalidRequest, "the body must be UTF-8 JSON"))?;
    let request = CreateSession::parse(text)
        .map_err(|e| ApiError::new(ErrorCode::InvalidRequest, e.to_string()))?;

    let merchants = config::merchants(env)?;
    let merchant = merchants.get(&request.merchant).ok_or_else(|| {
        ApiError::new(
            ErrorCode::UnknownMerchant,
            format!("no merchant {:?} is configured", request.merchant),
        )
    })?;
    let keyring = config::keyring(env)?;
    let backends = config::backends(env)?;
    // A peer edge that forwarded this request already checked the page's origin and
    // decided the region from the shopper's real location; its assertion is signed.
    let route = peer_route(&req, &keyring)?;
    let peer = route.as_ref().map(|(region, _)| *region);
    if peer.is_none() {
        origins.check(&request.merchant, merchant)?;
    }

    let accept_language = req.headers().get("accept-language")?;
    let locale = session::choose_locale(&request, accept_language.as_deref(), merchant);
    let geo = PlatformGeo::of(&req);
    let residency = resolve(ResidencyTable::builtin(), geo.as_geo());

    let mut tried: Vec<Region> = Vec::new();
    loop {
        let placement = match peer {
            Some(region) if tried.is_empty() => Placement::Serve {
                region,
                failover_from: None,
            },
            Some(region) => Placement::Unavailable { region },
            None => place(&residency, merchant, |r| {
                !tried.contains(&r) && backend::is_up(&backends, r)
            }),
        };
        let region = match placement {
            Placement::Serve { region, .. } => region,
            Placement::Unavailable { region } => return Err(unavailable(region)),
        };
        tried.push(region);
        let Some(target) = backends.get(region) else {
            continue;
        };
        match target {
            Backend::DurableObject { .. } => {
                let ids = NewIds {
                    session_id: random_id(random_bytes()?),
                    conversation_id: random_id(random_bytes()?),
                };
                let now = crate::clock::now_secs();
                // The shopper's country: what the deciding edge saw, else ours.
                let country = match &route {
                    Some((_, country)) => country.clone(),
                    None => residency.country.clone(),
                };
                let claims =
                    session::new_claims(&request.merchant, region, locale, country, ids, now);
                // Nothing is stored yet; this proves the region can take the session.
                if backend::conversation(env, region, target, &claims, &ObjectCall::Ping)
                    .await
                    .is_err()
                {
                    continue;
                }
                let created = SessionCreated {
                    session_token: keyring.sign(&claims),
                    conversation_id: claims.cid.clone(),
                    session_id: claims.sid.clone(),
                    region: claims.reg.clone(),
                    locale: claims.loc.clone(),
                    merchant_name: merchant.name.clone(),
                    expires_at: claims.exp,
                };
                return Ok(json_response(&created.to_json(), 201)?);
            }
            // Forwarded requests are never forwarded again: no loops between peers.
            Backend::Origin { .. } if peer.is_some() => return Err(unavailable(region)),
            Backend::Origin { url } => {
                let assertion = route_assertion(&keyring, region, residency.country.clone());
                match backend::forward(region, url, &req, Some(&body), backend::TIMEOUT, &assertion)
                    .await
                {
                    Ok(response) => return Ok(response),
                    Err(_) => continue,
                }
            }
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
}

/// Who answered a request about an existing session.
pub enum Answer {
    /// The session's conversation object, in this deployment.
    Object(Response),
    /// The peer deployment serving the session's region (its answer, relayed).
    Peer(Response),
}

/// Sends a request about a verified session to the session's own region, never another:
/// `call` to its conversation object here, or the client's request (with `body`, already
/// read) to the peer that serves the region. `forwarded`: this request came from a peer.
pub async fn in_session_region(
    req: &Request,
    env: &Env,
    claims: &SessionClaims,
    forwarded: bool,
    call: &ObjectCall,
) -> Result<Answer, ApiError> {
    let region = Region::parse(&claims.reg).ok_or_else(|| {
        ApiError::new(
            ErrorCode::Unauthorized,
            "the session's region is not served here",
        )
    })?;
    let backends = config::backends(env)?;
    match backends.get(region).ok_or_else(|| unavailable(region))? {
        target @ Backend::DurableObject { .. } => {
            backend::conversation(env, region, target, claims, call)
                .await
                .map(Answer::Object)
        }
        // Forwarded requests are never forwarded again: no loops between peers.
        Backend::Origin { .. } if forwarded => Err(unavailable(region)),
        Backend::Origin { url } => {
            let assertion = route_assertion(&config::keyring(env)?, region, None);
            let body = match call {
                ObjectCall::Frames(body) => Some(body.as_bytes()),
                _ => None,
            };
            backend::forward(region, url, req, body, call.timeout(), &assertion)
                .await
                .map(Answer::Peer)
        }
    }
}

/// Lets a widget holding a stored token learn whether it still holds, whether its region
/// answers, and the store name. Served in the token's region, wherever the shopper is now.
pub async fn describe(req: &Request, env: &Env, origins: &Origins) -> Result<Response, ApiError> {
    let claims = authenticate(bearer_token(req).as_deref(), env)?;
    let merchants = config::merchants(env)?;
    let merchant = merchants.get(&claims.mer);
    let keyring = config::keyring(env)?;
    let forwarded = check_session_access(req, &keyring, &claims, merchant, origins)?;
    // The object only has to answer: a token is worth little if its region is down.
    if let Answer::Peer(response) =
        in_session_region(req, env, &claims, forwarded, &ObjectCall::Ping).await?
    {
        return Ok(response);
    }
    json(
        &SessionInfo {
            session_id: &claims.sid,
            conversation_id: &claims.cid,
            merchant: &claims.mer,
            merchant_name: merchant.map_or(claims.mer.as_str(), |m| m.name.as_str()),
            region: &claims.reg,
            locale: &claims.loc,
            expires_at: claims.exp,
        },
        200,
    )
}
