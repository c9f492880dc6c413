//! Which pages may use a merchant's chat: CORS answers and the `Origin` check on every
//! API call and WebSocket upgrade. Decisions are core's ([`origin_allowed`]).

use caravan_core::merchant::{Merchant, MerchantDirectory};
use caravan_core::origin::{WebOrigin, origin_allowed};
use caravan_core::protocol::ErrorCode;
use worker::{Headers, Request, Response};

use crate::api_error::ApiError;

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

    /// 403 unless the page's origin is one of `merchant`'s storefronts (or the edge's own).
    pub fn check(&self, merchant: &Merchant) -> Result<(), ApiError> {
        if origin_allowed(self.request.as_deref(), &self.own, &merchant.origins) {
            Ok(())
        } else {
            Err(forbidden(self.request.as_deref()))
        }
    }

    /// The origin to name in CORS headers: one some merchant (or the edge) allows.
    pub fn cors_origin(&self, merchants: Option<&MerchantDirectory>) -> Option<String> {
        let origin = WebOrigin::parse(self.request.as_deref()?)?;
        let listed = merchants.is_some_and(|m| m.any_allows_origin(&origin));
        (origin == self.own || listed).then(|| origin.as_str().to_owned())
    }
}

fn forbidden(origin: Option<&str>) -> ApiError {
    ApiError::new(
        ErrorCode::OriginNotAllowed,
        format!(
            "{} is not one of this store's configured origins",
            origin.unwrap_or("this page")
        ),
    )
}

/// Answers a CORS preflight: 204 for an origin some merchant allows, else 403.
pub fn preflight(origins: &Origins, merchants: &MerchantDirectory) -> Result<Response, ApiError> {
    if origins.cors_origin(Some(merchants)).is_none() {
        return Err(forbidden(origins.request.as_deref()));
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
    if let Some(origin) = origin {
        headers.set("access-control-allow-origin", origin)?;
    }
    Ok(())
}
