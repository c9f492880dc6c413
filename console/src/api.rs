//! The console's calls to `/v1/console/{merchant}/…`: JSON both ways, the session cookie
//! sent by the browser (same origin), the CSRF header on every state-changing call.

use serde_json::Value;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Request, RequestCredentials, RequestInit, Response};

use caravan_core::agents::console_session::CSRF_HEADER;

/// What a call came to when it did not succeed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    /// No answer at all: offline, or the edge is down.
    Network(String),
    /// The edge's `{"error":{"code","message"}}` with its status.
    Refused {
        status: u16,
        code: String,
        message: String,
    },
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ApiError::Network(e) => write!(f, "network: {e}"),
            ApiError::Refused {
                status, message, ..
            } => write!(f, "{status}: {message}"),
        }
    }
}

impl ApiError {
    pub fn status(&self) -> Option<u16> {
        match self {
            ApiError::Refused { status, .. } => Some(*status),
            ApiError::Network(_) => None,
        }
    }
}

fn network(e: JsValue) -> ApiError {
    ApiError::Network(format!("{e:?}"))
}

async fn send(request: Request) -> Result<(u16, String), ApiError> {
    let window = web_sys::window().ok_or_else(|| ApiError::Network("no window".into()))?;
    let response: Response = JsFuture::from(window.fetch_with_request(&request))
        .await
        .map_err(network)?
        .unchecked_into();
    let text = JsFuture::from(response.text().map_err(network)?)
        .await
        .map_err(network)?
        .as_string()
        .unwrap_or_default();
    Ok((response.status(), text))
}

pub async fn get_text(url: &str) -> Result<String, ApiError> {
    let (status, text) = send(Request::new_with_str(url).map_err(network)?).await?;
    if (200..300).contains(&status) {
        Ok(text)
    } else {
        Err(refused(status, &text))
    }
}

fn refused(status: u16, body: &str) -> ApiError {
    let error: Value = serde_json::from_str(body).unwrap_or_default();
    let text = |key: &str| error["error"][key].as_str().unwrap_or_default().to_owned();
    ApiError::Refused {
        status,
        code: text("code"),
        message: text("message"),
    }
}

/// `method` on `/v1/console/{merchant}/{path}`, with `body` as JSON and `csrf` in its header.
pub async fn call(
    merchant: &str,
    method: &str,
    path: &str,
    body: Option<&Value>,
    csrf: Option<&str>,
) -> Result<Value, ApiError> {
    let init = RequestInit::new();
    init.set_method(method);
    init.set_credentials(RequestCredentials::SameOrigin);
    if let Some(body) = body {
        init.set_body(&body.to_string().into());
    }
    let url = format!("/v1/console/{merchant}/{path}");
    let request = Request::new_with_str_and_init(&url, &init).map_err(network)?;
    let headers = request.headers();
    if body.is_some() {
        headers
            .set("content-type", "application/json")
            .map_err(network)?;
    }
    if let Some(csrf) = csrf {
        headers.set(CSRF_HEADER, csrf).map_err(network)?;
    }
    let (status, text) = send(request).await?;
    if (200..300).contains(&status) {
        serde_json::from_str(&text).map_err(|e| ApiError::Network(e.to_string()))
    } else {
        Err(refused(status, &text))
    }
}
