//! Who a request acts for, and from where: the session token verified, a peer edge's
//! route assertion verified, the page's origin checked against the store's storefronts.
//! Every request about an existing session passes [`session`] first.

use caravan_core::residency::region::Region;
use caravan_core::session::identity_token::Identity;
use caravan_core::session::token::{Keyring, ROUTE_TTL_SECS, RouteClaims, TokenError};
use caravan_core::session::verified::Session;
use caravan_core::wire::protocol::ErrorCode;
use worker::Request;

use crate::api_error::ApiError;
use crate::config::Config;
use crate::cors::Origins;

/// Carries a signed route assertion from one edge to the peer serving a region.
pub const ROUTE_HEADER: &str = "x-caravan-route";

/// A verified session and how its request arrived.
#[derive(Debug)]
pub struct SessionAccess {
    pub session: Session,
    /// A peer edge forwarded the request (it checked the page's origin itself).
    pub forwarded: bool,
}

/// What a peer edge asserted when it forwarded a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeerRoute {
    /// The region it decided the request belongs to.
    pub region: Region,
    /// The shopper's country as it saw it.
    pub country: Option<String>,
    /// Whom a store's identity token vouched for, verified (and its `jti` spent) there.
    pub identity: Option<Identity>,
}

/// Verifies a session token: 401 for anything but a valid, unexpired token.
fn authenticate(token: &str, keyring: &Keyring) -> Result<Session, ApiError> {
    let claims = keyring
        .verify(token, crate::clock::now_secs())
        .map_err(|e| {
            let message = match e {
                TokenError::Expired => "the session has expired; open a new one",
                _ => "the session token is not valid",
            };
            ApiError::new(ErrorCode::Unauthorized, message)
        })?;
    Session::of(claims).ok_or_else(|| {
        ApiError::new(
            ErrorCode::Unauthorized,
            "the session's region is not served here",
        )
    })
}

/// The route a peer edge asserts for a forwarded request; `None` when not forwarded.
/// A present but invalid assertion is refused: it is either forged or stale.
pub fn peer_route(req: &Request, keyring: &Keyring) -> Result<Option<PeerRoute>, ApiError> {
    let Some(assertion) = req.headers().get(ROUTE_HEADER)? else {
        return Ok(None);
    };
    let claims = keyring
        .verify_route(&assertion, crate::clock::now_secs())
        .map_err(|_| ApiError::new(ErrorCode::Unauthorized, "the route assertion is not valid"))?;
    let region = Region::parse(&claims.reg)
        .ok_or_else(|| ApiError::new(ErrorCode::Unauthorized, "the asserted region is unknown"))?;
    let identity = (claims.vem.is_some() || claims.vsu.is_some()).then_some(Identity {
        email: claims.vem,
        customer: claims.vsu,
    });
    Ok(Some(PeerRoute {
        region,
        country: claims.cty,
        identity,
    }))
}

/// A signed route assertion for forwarding a request about `region` to its peer, with the
/// identity this edge verified for a new session, if any.
pub fn route_assertion(
    keyring: &Keyring,
    region: Region,
    country: Option<String>,
    identity: Option<&Identity>,
) -> String {
    keyring.sign_route(&RouteClaims {
        reg: region.as_str().to_owned(),
        cty: country,
        exp: crate::clock::now_secs() + ROUTE_TTL_SECS,
        vem: identity.and_then(|i| i.email.clone()),
        vsu: identity.and_then(|i| i.customer.clone()),
    })
}

/// The session a request about an existing session acts for: its token verified, and
/// either a peer forwarded it for the session's own region, or the page's origin is one
/// of the store's storefronts.
pub fn session(
    req: &Request,
    config: &Config,
    origins: &Origins,
    token: Option<&str>,
) -> Result<SessionAccess, ApiError> {
    // No token is a 401 whatever the configuration.
    let token = token
        .ok_or_else(|| ApiError::new(ErrorCode::Unauthorized, "a session token is required"))?;
    let keyring = config.keyring()?;
    let session = authenticate(token, keyring)?;
    let merchants = config.merchants()?;
    if let Some(route) = peer_route(req, keyring)? {
        if route.region != session.region {
            return Err(ApiError::new(
                ErrorCode::Unauthorized,
                "the route assertion names another region than the session",
            ));
        }
        return Ok(SessionAccess {
            session,
            forwarded: true,
        });
    }
    match merchants.get(&session.merchant) {
        Some(merchant) => origins.check(&session.merchant, merchant)?,
        None => {
            return Err(ApiError::new(
                ErrorCode::UnknownMerchant,
                format!("merchant {:?} is no longer configured", session.merchant),
            ));
        }
    }
    Ok(SessionAccess {
        session,
        forwarded: false,
    })
}
