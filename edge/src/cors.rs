//! Which pages may use a merchant's chat: CORS answers, the `Origin` check on every API
//! call and WebSocket upgrade, and `GET /v1/embed`, the verdict a page can read even when
//! its origin is refused. Decisions are core's ([`origin_allowed`], [`EmbedVerdict`]).

use caravan_core::store::embedding::{EmbedVerdict, origin_refusal};
use caravan_core::store::merchant::{Merchant, MerchantDirectory, valid_merchant_id};
use caravan_core::store::origin::{WebOrigin, origin_allowed};
use caravan_core::wire::protocol::ErrorCode;
use worker::{Headers, Request, Response};

use crate::api_error::{ApiError, json_response};
use crate::request;

/// The request's `Origin` and the edge's own.
#[derive(Debug)]
pub struct Origins {
    pub request: Option<String>,
    pub own: WebOrigin,
}

impl Origins {
    pub fn of(req: &Request) -> Result<Self, ApiError> {
        let url = req.url()?;
        let own = WebOrigin::parse(&url.origin().ascii_serialization()).ok_or_else(|| {
            ApiError::new(ErrorCode::InvalidRequest, "the request URL has no origin")
        })?;
        Ok(Self {
            request: req.headers().get("origin")?,
            own,
        })
    }

    /// 403 unless the page's origin is one of the storefronts of merchant `id` (or the
    /// edge's own).
    pub fn check(&self, id: &str, merchant: &Merchant) -> Result<(), ApiError> {
        if origin_allowed(self.request.as_deref(), &self.own, &merchant.origins) {
            Ok(())
        } else {
            Err(ApiError::new(
                ErrorCode::OriginNotAllowed,
                origin_refusal(self.request.as_deref(), id),
            ))
        }
    }

    /// The origin to name in CORS headers: one some merchant (or the edge) allows.
    pub fn cors_origin(&self, merchants: Option<&MerchantDirectory>) -> Option<String> {
        let origin = WebOrigin::parse(self.request.as_deref()?)?;
        let listed = merchants.is_some_and(|m| m.any_allows_origin(&origin));
        (origin == self.own || listed).then(|| origin.as_str().to_owned())
    }
}

/// Answers a CORS preflight: 204 for an origin some merchant allows, else 403.
pub fn preflight(origins: &Origins, merchants: &MerchantDirectory) -> Result<Response, ApiError> {
    if origins.cors_origin(Some(merchants)).is_none() {
        return Err(ApiError::new(
            ErrorCode::OriginNotAllowed,
            format!(
                "{} is not a storefront of any store on this edge",
                origins.request.as_deref().unwrap_or("this page")
            ),
        ));
    }
    let headers = Headers::new();
    headers.set("access-control-allow-methods", "GET, POST, OPTIONS")?;
    headers.set(
        "access-control-allow-headers",
        "authorization, content-type",
    )?;
    headers.set("access-control-max-age", "600")?;
    Ok(Response::empty()?.with_status(204).with_headers(headers))
}

/// Adds CORS headers for `origin` to a response of ours (never to a WebSocket upgrade).
pub fn decorate(response: &mut Response, origin: Option<&str>) -> worker::Result<()> {
    if response.status_code() == 101 {
        return Ok(());
    }
    let headers = response.headers_mut();
    headers.append("vary", "Origin")?;
    // An answer open to every page (`GET /v1/embed`) keeps its `*`.
    if let Some(origin) = origin
        && !headers.has("access-control-allow-origin")?
    {
        headers.set("access-control-allow-origin", origin)?;
    }
    Ok(())
}

/// `GET /v1/embed?merchant=ID`: may the calling page embed this store's chat, and if not,
/// why. A simple request (no preflight) answered to every origin, so a refused page can
/// read it; it reveals only what trying would.
pub fn embed(
    req: &Request,
    origins: &Origins,
    merchants: &MerchantDirectory,
) -> Result<Response, ApiError> {
    let id = request::query(req, "merchant")?
        .filter(|id| valid_merchant_id(id))
        .ok_or_else(|| {
            ApiError::new(
                ErrorCode::InvalidRequest,
                "embed wants ?merchant=<id> (1-64 characters of [a-z0-9-])",
            )
        })?;
    let verdict = EmbedVerdict::judge(
        origins.request.as_deref(),
        &origins.own,
        &id,
        merchants.get(&id),
    );
    let mut response = json_response(&verdict.to_json(), 200)?;
    response
        .headers_mut()
        .set("access-control-allow-origin", "*")?;
    Ok(response)
}
