//! Reaching a region's backend: a Durable Object (with a jurisdiction or a location hint)
//! or another Caravan deployment (an origin). Every call is timed out and its outcome fed
//! to the region's health, so new sessions stop waiting on a region that is down.

use std::cell::RefCell;
use std::time::Duration;

use caravan_core::residency::backends::Backend;
use caravan_core::residency::region::Region;
use caravan_core::residency::region_health::RegionHealth;
use caravan_core::residency::routing::{Hop, hop};
use caravan_core::wire::protocol::ErrorCode;
use futures_util::future::{Either, select};
use wasm_bindgen::{JsCast, JsValue};
use worker::{
    AbortController, Delay, Env, Fetch, Headers, ObjectNamespace, Request, RequestInit, Response,
    Stub,
};

use crate::access::{ROUTE_HEADER, SessionAccess, route_assertion};
use crate::api_error::ApiError;
use crate::config::Config;
use crate::object_call::{Caller, ObjectCall};

/// Request headers a peer deployment needs; nothing else of the client's is forwarded.
const FORWARDED_HEADERS: [&str; 6] = [
    "authorization",
    "content-type",
    "accept-language",
    "origin",
    "sec-websocket-protocol",
    "upgrade",
];

thread_local! {
    /// Per isolate: each isolate learns health from its own calls.
    static HEALTH: RefCell<RegionHealth> = RefCell::new(RegionHealth::default());
}

/// Is `region`'s backend not marked down (this isolate's circuit breaker)?
pub fn healthy(region: Region) -> bool {
    HEALTH.with(|h| h.borrow().is_up(region, crate::clock::now_ms()))
}

pub fn unavailable(region: Region) -> ApiError {
    ApiError::new(
        ErrorCode::RegionUnavailable,
        format!(
            "the {region} region that keeps this conversation cannot be reached; nothing was \
             stored elsewhere; retry later"
        ),
    )
}

/// Runs a backend call with the timeout, records its outcome, and turns any failure into
/// `region_unavailable`. A 5xx answer counts as a failure; 4xx answers pass through.
pub async fn observe(
    region: Region,
    call: impl Future<Output = worker::Result<Response>>,
    timeout: Duration,
    abort: Option<AbortController>,
) -> Result<Response, ApiError> {
    let call = std::pin::pin!(call);
    let timer = std::pin::pin!(Delay::from(timeout));
    let outcome = match select(call, timer).await {
        Either::Left((result, _)) => result.map_err(|e| e.to_string()),
        Either::Right(_) => {
            if let Some(abort) = abort {
                abort.abort();
            }
            Err(format!("no answer within {}s", timeout.as_secs()))
        }
    };
    let now = crate::clock::now_ms();
    match outcome {
        Ok(response) if response.status_code() < 500 => {
            HEALTH.with(|h| h.borrow_mut().record_success(region));
            Ok(response)
        }
        Ok(response) => {
            worker::console_warn!(
                "region {region}: backend answered {}",
                response.status_code()
            );
            HEALTH.with(|h| h.borrow_mut().record_failure(region, now));
            Err(unavailable(region))
        }
        Err(e) => {
            worker::console_warn!("region {region}: backend failed: {e}");
            HEALTH.with(|h| h.borrow_mut().record_failure(region, now));
            Err(unavailable(region))
        }
    }
}

/// The conversation object's stub, placed as the backend says.
pub fn stub(env: &Env, backend: &Backend, conversation_id: &str) -> worker::Result<Stub> {
    regional_stub(env, backend, None, conversation_id)
}

/// The object named `name` in a region's Durable Object backend: in its namespace, or in
/// `other_binding`'s with the same jurisdiction and hint (the region's translation memory).
pub fn regional_stub(
    env: &Env,
    backend: &Backend,
    other_binding: Option<&str>,
    name: &str,
) -> worker::Result<Stub> {
    let Backend::DurableObject {
        binding,
        jurisdiction,
        location_hint,
    } = backend
    else {
        return Err(worker::Error::RustError(
            "not a Durable Object backend".into(),
        ));
    };
    let binding = other_binding.unwrap_or(binding);
    let mut namespace: ObjectNamespace = env.durable_object(binding)?;
    if let Some(jurisdiction) = jurisdiction {
        // workers-rs has no wrapper for `namespace.jurisdiction(...)` yet. A runtime without
        // jurisdictions (local workerd) throws here: the region is then unavailable, never
        // silently served without its guarantee.
        let raw: &JsValue = namespace.as_ref();
        let method = js_sys::Reflect::get(raw, &JsValue::from_str("jurisdiction"))?;
        let restricted = method
            .dyn_into::<js_sys::Function>()
            .map_err(|_| worker::Error::RustError("no jurisdiction support".into()))?
            .call1(raw, &JsValue::from_str(jurisdiction))?;
        namespace = ObjectNamespace::unchecked_from_js(restricted);
    }
    namespace
        .id_from_name(name)?
        .get_stub_with_location_hint(location_hint)
}

/// Sends `call` to the object `name` (a conversation id) of `region`'s backend here.
pub async fn call(
    env: &Env,
    region: Region,
    backend: &Backend,
    name: &str,
    caller: Caller<'_>,
    call: &ObjectCall,
) -> Result<Response, ApiError> {
    let request = async {
        let stub = stub(env, backend, name)?;
        stub.fetch_with_request(call.request(caller)?).await
    };
    observe(region, request, call.timeout(), None).await
}

/// Who answered a request about a region's conversation.
#[derive(Debug)]
pub enum Answer {
    /// The conversation object, in this deployment.
    Object(Response),
    /// The peer deployment serving the region (its answer, relayed).
    Peer(Response),
}

/// A conversation a request is about, as verified.
#[derive(Debug, Clone, Copy)]
pub struct Destination<'a> {
    pub region: Region,
    /// The conversation id, which names its object.
    pub conversation: &'a str,
    pub caller: Caller<'a>,
    /// A peer edge forwarded the request.
    pub forwarded: bool,
}

impl<'a> Destination<'a> {
    /// The conversation of a verified session.
    pub fn of_session(access: &'a SessionAccess) -> Self {
        Self {
            region: access.session.region,
            conversation: &access.session.conversation_id,
            caller: Caller::Session(&access.session.claims),
            forwarded: access.forwarded,
        }
    }
}

/// Sends a request about a conversation to its region and never another: `call` to the
/// object here, or the client's request to the peer serving the region (core's routing:
/// never a request a peer already forwarded).
pub async fn in_region(
    env: &Env,
    config: &Config,
    req: &Request,
    to: Destination<'_>,
    call: &ObjectCall,
) -> Result<Answer, ApiError> {
    let region = to.region;
    match hop(config.backends()?, region, to.forwarded) {
        Hop::Object(backend) => self::call(env, region, backend, to.conversation, to.caller, call)
            .await
            .map(Answer::Object),
        Hop::Peer { url } => {
            let assertion = route_assertion(config.keyring()?, region, None, None);
            forward(region, url, req, call.body(), call.timeout(), &assertion)
                .await
                .map(Answer::Peer)
        }
        Hop::Unavailable => Err(unavailable(region)),
    }
}

/// Forwards the client's request to a peer deployment's same path, with a signed route
/// assertion instead of anything the client could claim.
pub async fn forward(
    region: Region,
    origin_url: &str,
    req: &Request,
    body: Option<&[u8]>,
    timeout: Duration,
    route_assertion: &str,
) -> Result<Response, ApiError> {
    let url = req.url()?;
    let mut target = format!("{origin_url}{}", url.path());
    if let Some(query) = url.query() {
        target.push('?');
        target.push_str(query);
    }
    let headers = Headers::new();
    for name in FORWARDED_HEADERS {
        if let Some(value) = req.headers().get(name)? {
            headers.set(name, &value)?;
        }
    }
    headers.set(ROUTE_HEADER, route_assertion)?;
    let mut init = RequestInit::new();
    init.with_method(req.method()).with_headers(headers);
    if let Some(body) = body {
        init.with_body(Some(js_sys::Uint8Array::from(body).into()));
    }
    let outgoing = Request::new_with_init(&target, &init)?;
    let controller = AbortController::default();
    let signal = controller.signal();
    let call = async move { Fetch::Request(outgoing).send_with_signal(&signal).await };
    let response = observe(region, call, timeout, Some(controller)).await?;
    relay(response).await
}

/// A peer's or an object's answer as a response of ours (fetched responses have
/// immutable headers). WebSocket upgrades pass through untouched.
pub async fn relay(mut response: Response) -> Result<Response, ApiError> {
    if response.status_code() == 101 {
        return Ok(response);
    }
    let status = response.status_code();
    let content_type = response.headers().get("content-type")?;
    let body = response.text().await?;
    let mut relayed = crate::api_error::json_response(&body, status)?;
    if let Some(content_type) = content_type {
        relayed.headers_mut().set("content-type", &content_type)?;
    }
    Ok(relayed)
}
