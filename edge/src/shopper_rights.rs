//! The shopper's rights, from the widget: `GET /v1/conversation/export?format=json|text`
//! (their conversation, as stored, in their language) and `POST /v1/conversation/erase`
//! (gone from the object, the region's indexes and translation memory). Same token, origin
//! check and region pinning as the transports; the session's conversation object answers.

use caravan_core::wire::protocol::ErrorCode;
use worker::{Env, Request, Response};

use crate::access;
use crate::api_error::ApiError;
use crate::config::Config;
use crate::cors::Origins;
use crate::http_transport;
use crate::object_call::ObjectCall;
use crate::request;

pub const EXPORT: &str = "/v1/conversation/export";
pub const ERASE: &str = "/v1/conversation/erase";

pub async fn handle(req: Request, env: &Env, origins: &Origins) -> Result<Response, ApiError> {
    let config = Config::of(env);
    let access = access::session(&req, &config, origins, request::bearer(&req).as_deref())?;
    let call = match req.path().as_str() {
        EXPORT => {
            let format = request::query(&req, "format")?;
            if format
                .as_deref()
                .is_some_and(|f| f != "json" && f != "text")
            {
                return Err(ApiError::new(
                    ErrorCode::InvalidRequest,
                    "format must be json or text",
                ));
            }
            ObjectCall::PrivacyExport { format }
        }
        _ => ObjectCall::PrivacyErase,
    };
    let mut response = http_transport::answer(&req, env, &config, &access, call.clone()).await?;
    if let ObjectCall::PrivacyExport { format } = &call
        && response.status_code() == 200
    {
        let name = match format.as_deref() {
            Some("text") => "conversation.txt",
            _ => "conversation.json",
        };
        response.headers_mut().set(
            "content-disposition",
            &format!("attachment; filename=\"{name}\""),
        )?;
    }
    Ok(response)
}
