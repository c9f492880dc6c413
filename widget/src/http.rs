//! Small fetch helpers over `web_sys` (no extra HTTP crate in the bundle).

use caravan_core::wire::names;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, Request, RequestInit, Response};

/// An HTTP failure the widget can act on.
#[derive(Debug)]
pub enum HttpError {
    /// No answer at all (offline, DNS, CORS, server down).
    Network(String),
    /// An answer with this status and body.
    Status(u16, String),
}

impl std::fmt::Display for HttpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HttpError::Network(e) => write!(f, "network error: {e}"),
            HttpError::Status(s, body) => write!(f, "HTTP {s}: {body}"),
        }
    }
}

fn js_err(e: wasm_bindgen::JsValue) -> HttpError {
    HttpError::Network(format!("{e:?}"))
}

/// Fetches, giving up after `timeout_ms`: a request stuck on a dying network must fail
/// (and be retried) rather than hang the chat.
async fn send_within(request: Request, timeout_ms: i32) -> Result<String, HttpError> {
    let window = web_sys::window().ok_or_else(|| HttpError::Network("no window".into()))?;
    let controller = AbortController::new().map_err(js_err)?;
    let request = Request::new_with_request_and_init(&request, &{
        let init = RequestInit::new();
        init.set_signal(Some(&controller.signal()));
        init
    })
    .map_err(js_err)?;
    let abort = Closure::once(move || controller.abort());
    let timer = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(
            abort.as_ref().unchecked_ref(),
            timeout_ms,
        )
        .map_err(js_err)?;
    let result = read(&window, &request).await;
    window.clear_timeout_with_handle(timer);
    result
}

async fn read(window: &web_sys::Window, request: &Request) -> Result<String, HttpError> {
    let response: Response = JsFuture::from(window.fetch_with_request(request))
        .await
        .map_err(js_err)?
        .unchecked_into();
    let text = JsFuture::from(response.text().map_err(js_err)?)
        .await
        .map_err(js_err)?;
    let text = text.as_string().unwrap_or_default();
    if response.ok() {
        Ok(text)
    } else {
        Err(HttpError::Status(response.status(), text))
    }
}

/// Ordinary requests; a held poll gets its own, longer limit.
const TIMEOUT_MS: i32 = 20_000;

async fn send(request: Request) -> Result<String, HttpError> {
    send_within(request, TIMEOUT_MS).await
}

pub async fn get_text(url: &str) -> Result<String, HttpError> {
    send(Request::new_with_str(url).map_err(js_err)?).await
}

fn request(
    method: &str,
    url: &str,
    token: Option<&str>,
    body: Option<(&str, &str)>,
) -> Result<Request, HttpError> {
    let init = RequestInit::new();
    init.set_method(method);
    if let Some((_, text)) = body {
        init.set_body(&text.into());
    }
    let request = Request::new_with_str_and_init(url, &init).map_err(js_err)?;
    let headers = request.headers();
    if let Some(token) = token {
        headers
            .set("authorization", &names::authorization(token))
            .map_err(js_err)?;
    }
    if let Some((content_type, _)) = body {
        headers.set("content-type", content_type).map_err(js_err)?;
    }
    Ok(request)
}

/// GET with `Authorization: Bearer`.
pub async fn get_authorized(url: &str, token: &str) -> Result<String, HttpError> {
    send(request("GET", url, Some(token), None)?).await
}

/// GET with `Authorization: Bearer` that the server may hold for `hold_ms`.
pub async fn get_held(url: &str, token: &str, hold_ms: i32) -> Result<String, HttpError> {
    send_within(
        request("GET", url, Some(token), None)?,
        hold_ms + TIMEOUT_MS,
    )
    .await
}

/// POST JSON, with `Authorization: Bearer` when a token is given.
pub async fn post_json(url: &str, token: Option<&str>, body: &str) -> Result<String, HttpError> {
    send(request(
        "POST",
        url,
        token,
        Some(("application/json", body)),
    )?)
    .await
}

/// POST with `Authorization: Bearer` and a body of `content_type`.
pub async fn post_authorized(
    url: &str,
    token: &str,
    content_type: &str,
    body: &str,
) -> Result<String, HttpError> {
    send(request(
        "POST",
        url,
        Some(token),
        Some((content_type, body)),
    )?)
    .await
}
