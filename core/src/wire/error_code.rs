//! Machine-readable error codes, shared by HTTP error bodies and WebSocket error frames.

use serde::{Deserialize, Serialize};

use crate::wire::json::JsonObject;

/// Machine-readable error codes shared by HTTP error bodies and error frames.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    MalformedFrame,
    UnknownFrame,
    UnsupportedVersion,
    MessageTooLong,
    EmptyMessage,
    InvalidRequest,
    UnknownMerchant,
    Unauthorized,
    /// A valid credential, for something else (another store's admin token).
    Forbidden,
    NotFound,
    /// The thing exists already (an account for this address).
    Conflict,
    /// It existed and is no more (an expired invite).
    Gone,
    /// Too many attempts (logins): try again later.
    TooManyRequests,
    MethodNotAllowed,
    UpgradeRequired,
    PayloadTooLarge,
    /// A body in a format the endpoint does not read.
    UnsupportedMediaType,
    Unavailable,
    /// The session's region cannot be reached now; nothing was stored elsewhere.
    RegionUnavailable,
    /// The page's origin is not one of the merchant's storefronts.
    OriginNotAllowed,
    /// A store's identity token: not a token we read (shape, claims, no `jti`, no one named).
    IdentityInvalid,
    /// …signed with an algorithm the store did not configure (or `none`).
    IdentityAlgorithm,
    /// …whose signature does not verify.
    IdentitySignature,
    /// …made for another store (`aud`).
    IdentityAudience,
    IdentityExpired,
    /// …whose `exp` is further ahead than a token may live.
    IdentityTooLongLived,
    /// …whose `iat` or `nbf` is still ahead.
    IdentityNotYetValid,
    /// …whose `jti` was used already.
    IdentityReplayed,
    /// The store vouches for no one: it has no identity settings.
    IdentityNotConfigured,
    Internal,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 30] = [
        ErrorCode::MalformedFrame,
        ErrorCode::UnknownFrame,
        ErrorCode::UnsupportedVersion,
        ErrorCode::MessageTooLong,
        ErrorCode::EmptyMessage,
        ErrorCode::InvalidRequest,
        ErrorCode::UnknownMerchant,
        ErrorCode::Unauthorized,
        ErrorCode::Forbidden,
        ErrorCode::NotFound,
        ErrorCode::Conflict,
        ErrorCode::Gone,
        ErrorCode::TooManyRequests,
        ErrorCode::MethodNotAllowed,
        ErrorCode::UpgradeRequired,
        ErrorCode::PayloadTooLarge,
        ErrorCode::UnsupportedMediaType,
        ErrorCode::Unavailable,
        ErrorCode::RegionUnavailable,
        ErrorCode::OriginNotAllowed,
        ErrorCode::IdentityInvalid,
        ErrorCode::IdentityAlgorithm,
        ErrorCode::IdentitySignature,
        ErrorCode::IdentityAudience,
        ErrorCode::IdentityExpired,
        ErrorCode::IdentityTooLongLived,
        ErrorCode::IdentityNotYetValid,
        ErrorCode::IdentityReplayed,
        ErrorCode::IdentityNotConfigured,
        ErrorCode::Internal,
    ];

    /// A refusal that says nothing about the message itself: send it again later.
    pub fn is_retryable(self) -> bool {
        matches!(
            self,
            ErrorCode::Internal
                | ErrorCode::Unavailable
                | ErrorCode::RegionUnavailable
                | ErrorCode::TooManyRequests
        )
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::MalformedFrame => "malformed_frame",
            ErrorCode::UnknownFrame => "unknown_frame",
            ErrorCode::UnsupportedVersion => "unsupported_version",
            ErrorCode::MessageTooLong => "message_too_long",
            ErrorCode::EmptyMessage => "empty_message",
            ErrorCode::InvalidRequest => "invalid_request",
            ErrorCode::UnknownMerchant => "unknown_merchant",
            ErrorCode::Unauthorized => "unauthorized",
            ErrorCode::Forbidden => "forbidden",
            ErrorCode::NotFound => "not_found",
            ErrorCode::Conflict => "conflict",
            ErrorCode::Gone => "gone",
            ErrorCode::TooManyRequests => "too_many_requests",
            ErrorCode::MethodNotAllowed => "method_not_allowed",
            ErrorCode::UpgradeRequired => "upgrade_required",
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::UnsupportedMediaType => "unsupported_media_type",
            ErrorCode::Unavailable => "unavailable",
            ErrorCode::RegionUnavailable => "region_unavailable",
            ErrorCode::OriginNotAllowed => "origin_not_allowed",
            ErrorCode::IdentityInvalid => "identity_invalid",
            ErrorCode::IdentityAlgorithm => "identity_algorithm",
            ErrorCode::IdentitySignature => "identity_signature",
            ErrorCode::IdentityAudience => "identity_audience",
            ErrorCode::IdentityExpired => "identity_expired",
            ErrorCode::IdentityTooLongLived => "identity_too_long_lived",
            ErrorCode::IdentityNotYetValid => "identity_not_yet_valid",
            ErrorCode::IdentityReplayed => "identity_replayed",
            ErrorCode::IdentityNotConfigured => "identity_not_configured",
            ErrorCode::Internal => "internal",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// The HTTP status an error of this kind is answered with.
    pub fn http_status(self) -> u16 {
        match self {
            ErrorCode::Unauthorized
            | ErrorCode::IdentityInvalid
            | ErrorCode::IdentityAlgorithm
            | ErrorCode::IdentitySignature
            | ErrorCode::IdentityAudience
            | ErrorCode::IdentityExpired
            | ErrorCode::IdentityTooLongLived
            | ErrorCode::IdentityNotYetValid
            | ErrorCode::IdentityReplayed => 401,
            ErrorCode::UnknownMerchant | ErrorCode::NotFound | ErrorCode::IdentityNotConfigured => {
                404
            }
            ErrorCode::MethodNotAllowed => 405,
            ErrorCode::Conflict => 409,
            ErrorCode::Gone => 410,
            ErrorCode::TooManyRequests => 429,
            ErrorCode::UpgradeRequired => 426,
            ErrorCode::PayloadTooLarge | ErrorCode::MessageTooLong => 413,
            ErrorCode::OriginNotAllowed | ErrorCode::Forbidden => 403,
            ErrorCode::UnsupportedMediaType => 415,
            ErrorCode::Unavailable | ErrorCode::RegionUnavailable => 503,
            ErrorCode::Internal => 500,
            _ => 400,
        }
    }
}

/// The JSON body of every HTTP error: `{"error":{"code":"...","message":"..."}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorDetail {
    pub code: ErrorCode,
    pub message: String,
}

impl ErrorBody {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            error: ErrorDetail {
                code,
                message: message.into(),
            },
        }
    }

    /// Reads an error body with the flat codec (the widget carries no serde). `None` for
    /// anything else: an HTML page from a proxy, a code this version does not know.
    pub fn parse(text: &str) -> Option<Self> {
        let outer = JsonObject::parse(text).ok()?;
        let inner = outer.object("error")?;
        Some(Self::new(
            ErrorCode::parse(inner.str("code")?)?,
            inner.str("message").unwrap_or_default(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_body_shape() {
        let body = serde_json::to_value(ErrorBody::new(ErrorCode::Unauthorized, "no token"))
            .expect("json");
        assert_eq!(
            body,
            serde_json::json!({"error":{"code":"unauthorized","message":"no token"}})
        );
    }

    #[test]
    fn error_bodies_read_back() {
        for code in ErrorCode::ALL {
            let body = ErrorBody::new(code, "why \"quoted\"");
            let text = serde_json::to_string(&body).expect("json");
            assert_eq!(ErrorBody::parse(&text), Some(body));
        }
        for other in [
            "",
            "<html>502</html>",
            r#"{"error":"x"}"#,
            r#"{"error":{"code":"nope"}}"#,
        ] {
            assert_eq!(ErrorBody::parse(other), None, "{other}");
        }
    }

    #[test]
    fn error_code_strings_match_serde() {
        for code in [
            ErrorCode::MessageTooLong,
            ErrorCode::UnknownFrame,
            ErrorCode::Internal,
        ] {
            assert_eq!(serde_json::to_value(code).expect("json"), code.as_str());
        }
        assert_eq!(ErrorCode::Unauthorized.http_status(), 401);
        assert_eq!(ErrorCode::InvalidRequest.http_status(), 400);
        assert_eq!(ErrorCode::IdentityReplayed.http_status(), 401);
        assert_eq!(ErrorCode::IdentityNotConfigured.http_status(), 404);
    }
}
