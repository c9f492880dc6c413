//! `GET /v1/route[?merchant=<id>]`: explains where a session opened by this request would
//! live, and why, for merchants checking their set-up. Reads only `request.cf` and
//! configuration; stores nothing and calls no backend.

use caravan_core::residency::policy::{ResidencyTable, resolve};
use caravan_core::session::route_explanation;
use caravan_core::wire::protocol::ErrorCode;
use worker::{Env, Request, Response};

use crate::api_error::{ApiError, json_response};
use crate::backend;
use crate::config::Config;
use crate::cors::Origins;
use crate::geo::PlatformGeo;
use crate::request;

pub fn explain(req: &Request, env: &Env, origins: &Origins) -> Result<Response, ApiError> {
    let config = Config::of(env);
    let merchants = config.merchants()?;
    let backends = config.backends()?;
    let merchant_id = request::query(req, "merchant")?;
    let merchant = match &merchant_id {
        Some(id) => Some(merchants.get(id).ok_or_else(|| {
            ApiError::new(
                ErrorCode::UnknownMerchant,
                format!("no merchant {id:?} is configured"),
            )
        })?),
        None => None,
    };
    if let (Some(m), Some(id)) = (merchant, &merchant_id) {
        origins.check(id, m)?;
    } else if origins.request.is_some() && origins.cors_origin(Some(merchants)).is_none() {
        return Err(ApiError::new(
            ErrorCode::OriginNotAllowed,
            "this page's origin is not one of any store's configured origins",
        ));
    }

    let geo = PlatformGeo::of(req);
    let residency = resolve(ResidencyTable::builtin(), geo.as_geo());
    let store = merchant_id.as_deref().zip(merchant);
    let answer = route_explanation::explain(&residency, store, backends, backend::healthy);
    let body = serde_json::to_string(&answer)
        .map_err(|e| ApiError::new(ErrorCode::Internal, e.to_string()))?;
    Ok(json_response(&body, 200)?)
}
