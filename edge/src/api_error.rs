//! HTTP errors as values: each becomes `{"error":{"code":"...","message":"..."}}` with the
//! status its code calls for.

use caravan_core::wire::protocol::{ErrorBody, ErrorCode};
use worker::{Headers, Response};

#[derive(Debug)]
pub struct ApiError {
    pub code: ErrorCode,
    pub message: String,
    /// Seconds to wait before asking again (`Retry-After`), for a limit.
    pub retry_after: Option<u64>,
}

impl ApiError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            retry_after: None,
        }
    }

    pub fn retry_after(self, secs: u64) -> Self {
        Self {
            retry_after: Some(secs),
            ..self
        }
    }

    pub fn into_response(self) -> worker::Result<Response> {
        if self.code.http_status() >= 500 {
            worker::console_error!("{}: {}", self.code.as_str(), self.message);
        }
        let body = serde_json::to_string(&ErrorBody::new(self.code, self.message))
            .unwrap_or_else(|_| r#"{"error":{"code":"internal","message":"error"}}"#.into());
        let response = json_response(&body, self.code.http_status())?;
        if let Some(secs) = self.retry_after {
            response.headers().set("retry-after", &secs.to_string())?;
        }
        Ok(response)
    }
}

/// Platform errors (bindings, storage) are ours, not the client's: an honest 500.
impl From<worker::Error> for ApiError {
    fn from(e: worker::Error) -> Self {
        ApiError::new(ErrorCode::Internal, format!("edge failure: {e}"))
    }
}

/// A JSON response that is never cached and never sniffed.
pub fn json_response(body: &str, status: u16) -> worker::Result<Response> {
    let headers = Headers::new();
    headers.set("content-type", "application/json; charset=utf-8")?;
    headers.set("cache-control", "no-store")?;
    headers.set("x-content-type-options", "nosniff")?;
    Ok(Response::ok(body)?
        .with_status(status)
        .with_headers(headers))
}
