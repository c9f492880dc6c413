//! `GET /v1/route[?merchant=<id>]`: explains where a session opened by this request would
//! live, and why, for merchants checking their set-up. Reads only `request.cf` and
//! configuration; stores nothing and calls no backend.

use caravan_core::residency::policy::{ResidencyTable, resolve};
use caravan_core::session::placement::{Override, Placement, place, primary};
use caravan_core::wire::protocol::ErrorCode;
use serde_json::json;
use worker::{Env, Request, Response};

use crate::api_error::{ApiError, json_response};
use crate::backend;
use crate::config;
use crate::cors::Origins;
use crate::geo::PlatformGeo;

pub fn explain(req: &Request, env: &Env, origins: &Origins) -> Result<Response, ApiError> {
    let merchants = config::merchants(env)?;
    let backends = config::backends(env)?;
    let url = req.url()?;
    let merchant_id = url
        .query_pairs()
        .find(|(k, _)| k == "merchant")
        .map(|(_, v)| v.into_owned());
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
    } else if origins.request.is_some() && origins.cors_origin(Some(&merchants)).is_none() {
        return Err(ApiError::new(
            ErrorCode::OriginNotAllowed,
            "this page's origin is not one of any store's configured origins",
        ));
    }

    let geo = PlatformGeo::of(req);
    let residency = resolve(ResidencyTable::builtin(), geo.as_geo());
    let failover: Vec<&str> = residency.failover.iter().map(|r| r.as_str()).collect();
    let mut body = json!({
        "country": residency.country,
        "policy_region": residency.region.map(|r| r.as_str()),
        "basis": residency.basis.as_str(),
        "reason": residency.basis.explain(),
        "equivalent_regions": failover,
        "stored": false,
    });
    if let Some(m) = merchant {
        let (region, how) = primary(&residency, m);
        let reason = match how {
            Some(Override::MerchantDefault) => "the policy names no region: the store's default",
            Some(Override::MerchantRestricted) => {
                "the store does not allow the policy's region: the store's default"
            }
            None => residency.basis.explain(),
        };
        let placement = place(&residency, m, |r| backend::is_up(&backends, r));
        let (status, served) = match placement {
            Placement::Serve {
                failover_from: None,
                region,
            } => ("up", Some(region)),
            Placement::Serve { region, .. } => ("failover", Some(region)),
            Placement::Unavailable { .. } => ("unavailable", None),
        };
        let guarantee = served.and_then(|r| backends.get(r)).map(|b| b.guarantee());
        body["merchant"] = json!(merchant_id);
        body["region"] = json!(served.unwrap_or(region).as_str());
        body["status"] = json!(status);
        body["guarantee"] = json!(guarantee.map(|g| g.as_str()));
        body["guarantee_note"] = json!(guarantee.map(|g| g.explain()));
        body["reason"] = json!(reason);
    } else {
        let guarantee = residency
            .region
            .and_then(|r| backends.get(r))
            .map(|b| b.guarantee());
        body["region"] = json!(residency.region.map(|r| r.as_str()));
        body["guarantee"] = json!(guarantee.map(|g| g.as_str()));
        body["guarantee_note"] = json!(guarantee.map(|g| g.explain()));
    }
    Ok(json_response(&body.to_string(), 200)?)
}
