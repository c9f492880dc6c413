//! Reaching a region's backend: a Durable Object (with a jurisdiction or a location hint)
//! or another Caravan deployment (an origin). Every call is timed out and its outcome fed
//! to the region's health, so new sessions stop waiting on a region that is down.

use std::cell::RefCell;
use std::time::Duration;

use caravan_core::residency::backends::{Backend, Backends};
use caravan_core::residency::region::Region;
use caravan_core::residency::region_health::RegionHealth;
use caravan_core::session::token::SessionClaims;
use caravan_core::wire::long_poll::PollQuery;
use caravan_core::wire::protocol::ErrorCode;
use futures_util::future::{Either, select};
use wasm_bindgen::{JsCast, JsValue};
use worker::{
    AbortController, Delay, Env, Fetch, Headers, Method, ObjectNamespace, Request, RequestInit,
    Response, Stub,
};

use crate::api_error::ApiError;

/// Longest wait for a backend before it counts as down (on top of a poll's own wait).
pub const TIMEOUT: Duration = Duration::from_secs(8);

/// What the worker asks of a conversation object.
#[derive(Debug, Clone)]
pub enum ObjectCall {
    /// Reachability only: nothing is read or written.
    Ping,
    /// A WebSocket upgrade.
    Connect,
    /// Client frames of the HTTP transport, as NDJSON.
    Frames(String),
    /// A resume that may wait for the next message.
    Poll(PollQuery),
}

impl ObjectCall {
    fn path(&self) -> String {
        match self {
            ObjectCall::Ping => "/ping".into(),
            ObjectCall::Connect => "/connect".into(),
            ObjectCall::Frames(_) => "/frames".into(),
            ObjectCall::Poll(query) => format!("/poll?{}", query.to_query()),
        }
    }

    /// How long the backend may take: a held poll is not a slow backend.
    pub fn timeout(&self) -> Duration {
        match self {
            ObjectCall::Poll(query) => TIMEOUT + Duration::from_secs(query.wait_secs),
            _ => TIMEOUT,
        }
    }
}
/// Header carrying verified claims from the worker to the object. The object is reachable
/// only through its namespace binding, never from a client, and the worker builds this
/// request afresh, so no client header reaches it.
pub const CLAIMS_HEADER: &str = "x-caravan-claims";
/// Header carrying a signed route assertion to a peer deployment.
pub const ROUTE_HEADER: &str = "x-caravan-route";
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

/// Has `region` a backend that is not marked down?
pub fn is_up(backends: &Backends, region: Region) -> bool {
    backends.get(region).is_some()
        && HEALTH.with(|h| h.borrow().is_up(region, crate::clock::now_ms()))
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

/// Sends `call` to the session's conversation object in `region`.
pub async fn conversation(
    env: &Env,
    region: Region,
    backend: &Backend,
    claims: &SessionClaims,
    call: &ObjectCall,
) -> Result<Response, ApiError> {
    let request = async {
        let stub = stub(env, backend, &claims.cid)?;
        let headers = Headers::new();
        headers.set(
            CLAIMS_HEADER,
            &serde_json::to_string(claims).unwrap_or_default(),
        )?;
        let mut init = RequestInit::new();
        init.with_method(Method::Get);
        match call {
            ObjectCall::Connect => headers.set("upgrade", "websocket")?,
            ObjectCall::Frames(body) => {
                init.with_method(Method::Post)
                    .with_body(Some(JsValue::from_str(body)));
            }
            ObjectCall::Ping | ObjectCall::Poll(_) => {}
        }
        init.with_headers(headers);
        let url = format!("https://conversation.internal{}", call.path());
        stub.fetch_with_request(Request::new_with_init(&url, &init)?)
            .await
    };
    observe(region, request, call.timeout(), None).await
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
