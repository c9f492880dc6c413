//! Small fetch helpers over `web_sys` (no extra HTTP crate in the bundle).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Request, RequestInit, Response};

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

async fn send(request: Request) -> Result<String, HttpError> {
    let window = web_sys::window().ok_or_else(|| HttpError::Network("no window".into()))?;
    let response: Response = JsFuture::from(window.fetch_with_request(&request))
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

pub async fn get_text(url: &str) -> Result<String, HttpError> {
    send(Request::new_with_str(url).map_err(js_err)?).await
}

/// GET with `Authorization: Bearer`.
pub async fn get_authorized(url: &str, token: &str) -> Result<String, HttpError> {
    let init = RequestInit::new();
    init.set_method("GET");
    let request = Request::new_with_str_and_init(url, &init).map_err(js_err)?;
    request
        .headers()
        .set("authorization", &format!("Bearer {token}"))
        .map_err(js_err)?;
    send(request).await
}

pub async fn post_json(url: &str, body: &str) -> Result<String, HttpError> {
    let init = RequestInit::new();
    init.set_method("POST");
    init.set_body(&body.into());
    let request = Request::new_with_str_and_init(url, &init).map_err(js_err)?;
    request
        .headers()
        .set("content-type", "application/json")
        .map_err(js_err)?;
    send(request).await
}
