//! `GET /v1/console/{m}/live/{region}`: a console's WebSocket to one region's inbox index,
//! which pushes each row as conversation objects update it. For a signed-in person who may
//! see the region, from a page of this origin (a WebSocket carries the session cookie from
//! any site that opens one, so the `Origin` is checked: no cross-site socket hijacking).

use caravan_core::residency::region::Region;
use caravan_core::residency::routing::{Hop, hop};
use caravan_core::wire::protocol::ErrorCode;
use worker::{Env, Request, Response, Stub};

use crate::api_error::ApiError;
use crate::config::Config;
use crate::console_auth::signed_in;
use crate::handoff_queue;

pub async fn handle(
    req: &Request,
    env: &Env,
    directory: &Stub,
    merchant: &str,
    region: &str,
) -> Result<Response, ApiError> {
    let own = req.url()?.origin().ascii_serialization();
    if req.headers().get("origin")?.as_deref() != Some(own.as_str()) {
        return Err(ApiError::new(
            ErrorCode::Forbidden,
            "the live inbox opens only from this console's own pages",
        ));
    }
    if !req
        .headers()
        .get("upgrade")?
        .is_some_and(|u| u.eq_ignore_ascii_case("websocket"))
    {
        return Err(ApiError::new(
            ErrorCode::UpgradeRequired,
            "the live inbox is a WebSocket",
        ));
    }
    let who = signed_in(req, directory).await?;
    let region = Region::parse(region)
        .ok_or_else(|| ApiError::new(ErrorCode::NotFound, "no such region"))?;
    if !who.profile.sees(region) {
        return Err(ApiError::new(
            ErrorCode::Forbidden,
            "this region's conversations are not yours to see",
        ));
    }
    let config = Config::of(env);
    let Hop::Object(backend) = hop(config.backends()?, region, false) else {
        return Err(ApiError::new(
            ErrorCode::RegionUnavailable,
            "this region is served by another deployment; open its console there",
        ));
    };
    let stub = handoff_queue::stub(env, backend, region, merchant)?;
    Ok(handoff_queue::watch(&stub).await?)
}
