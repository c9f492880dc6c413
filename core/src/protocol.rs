//! The wire protocol between widget and edge: versioned JSON frames over a WebSocket.
//!
//! Every frame carries `"v"` (the protocol version) and `"type"`. Decoding tells apart a
//! frame that is not JSON at all, a frame of an unknown type and a frame of a version we do
//! not speak, so the edge can answer each with its own error code and keep the socket open.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::ids::ClientMessageId;

/// The protocol version this build speaks.
pub const PROTOCOL_VERSION: u32 = 1;

/// Who wrote a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Author {
    Shopper,
    Bot,
    Agent,
}

impl Author {
    pub fn as_str(self) -> &'static str {
        match self {
            Author::Shopper => "shopper",
            Author::Bot => "bot",
            Author::Agent => "agent",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "shopper" => Some(Author::Shopper),
            "bot" => Some(Author::Bot),
            "agent" => Some(Author::Agent),
            _ => None,
        }
    }
}

/// A frame the widget sends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ClientFrame {
    /// A new shopper message; `id` is chosen by the client so a resend is recognisable.
    Send {
        id: ClientMessageId,
        text: String,
    },
    /// Replay every message after `after` (0 = the whole conversation), then `synced`.
    Resume {
        after: u64,
    },
    Ping,
}

/// One stored message as the client sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageView {
    pub seq: u64,
    pub author: Author,
    pub text: String,
    /// Unix milliseconds at which the edge stored it.
    pub at: u64,
    /// The client id of a shopper message, so the sending tab can match it to its outbox.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<ClientMessageId>,
}

/// A frame the edge sends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ServerFrame {
    /// The message with client id `id` is stored durably as number `seq`.
    Ack {
        id: ClientMessageId,
        seq: u64,
    },
    Message(MessageView),
    /// Replay finished: the client has everything up to `last_seq`.
    Synced {
        last_seq: u64,
    },
    Error {
        code: ErrorCode,
        message: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        id: Option<ClientMessageId>,
    },
    Pong,
}

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
    NotFound,
    MethodNotAllowed,
    UpgradeRequired,
    PayloadTooLarge,
    Unavailable,
    Internal,
}

impl ErrorCode {
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
            ErrorCode::NotFound => "not_found",
            ErrorCode::MethodNotAllowed => "method_not_allowed",
            ErrorCode::UpgradeRequired => "upgrade_required",
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::Unavailable => "unavailable",
            ErrorCode::Internal => "internal",
        }
    }

    /// The HTTP status an error of this kind is answered with.
    pub fn http_status(self) -> u16 {
        match self {
            ErrorCode::Unauthorized => 401,
            ErrorCode::UnknownMerchant | ErrorCode::NotFound => 404,
            ErrorCode::MethodNotAllowed => 405,
            ErrorCode::UpgradeRequired => 426,
            ErrorCode::PayloadTooLarge | ErrorCode::MessageTooLong => 413,
            ErrorCode::Unavailable => 503,
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
}

/// Why a frame could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FrameError {
    #[error("frame is not a JSON object with a string \"type\"")]
    Malformed,
    #[error("unknown frame type {0:?}")]
    Unknown(String),
    #[error("protocol version {0} is not supported (this server speaks {PROTOCOL_VERSION})")]
    UnsupportedVersion(u64),
    #[error("invalid {kind} frame: {detail}")]
    Invalid { kind: String, detail: String },
}

impl FrameError {
    pub fn code(&self) -> ErrorCode {
        match self {
            FrameError::Malformed | FrameError::Invalid { .. } => ErrorCode::MalformedFrame,
            FrameError::Unknown(_) => ErrorCode::UnknownFrame,
            FrameError::UnsupportedVersion(_) => ErrorCode::UnsupportedVersion,
        }
    }
}

const CLIENT_TYPES: &[&str] = &["send", "resume", "ping"];
const SERVER_TYPES: &[&str] = &["ack", "message", "synced", "error", "pong"];

/// Wraps a frame with the protocol version: `{"v":1,"type":...}`.
fn encode<T: Serialize>(frame: &T) -> String {
    let mut value = serde_json::to_value(frame).unwrap_or(serde_json::Value::Null);
    if let serde_json::Value::Object(map) = &mut value {
        map.insert("v".into(), PROTOCOL_VERSION.into());
    }
    value.to_string()
}

fn decode<T: serde::de::DeserializeOwned>(text: &str, known: &[&str]) -> Result<T, FrameError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|_| FrameError::Malformed)?;
    let object = value.as_object().ok_or(FrameError::Malformed)?;
    let kind = object
        .get("type")
        .and_then(|t| t.as_str())
        .ok_or(FrameError::Malformed)?;
    match object.get("v") {
        Some(v) if v.as_u64() == Some(u64::from(PROTOCOL_VERSION)) => {}
        Some(v) => return Err(FrameError::UnsupportedVersion(v.as_u64().unwrap_or(0))),
        None => return Err(FrameError::Malformed),
    }
    if !known.contains(&kind) {
        return Err(FrameError::Unknown(kind.chars().take(40).collect()));
    }
    let kind = kind.to_owned();
    serde_json::from_value(value).map_err(|e| FrameError::Invalid {
        kind,
        detail: e.to_string(),
    })
}

impl ClientFrame {
    pub fn encode(&self) -> String {
        encode(self)
    }

    pub fn decode(text: &str) -> Result<Self, FrameError> {
        decode(text, CLIENT_TYPES)
    }
}

impl ServerFrame {
    pub fn encode(&self) -> String {
        encode(self)
    }

    pub fn decode(text: &str) -> Result<Self, FrameError> {
        decode(text, SERVER_TYPES)
    }

    pub fn error(code: ErrorCode, message: impl Into<String>) -> Self {
        ServerFrame::Error {
            code,
            message: message.into(),
            id: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id() -> ClientMessageId {
        ClientMessageId::parse("0190f5a2-7b3c-7def-8123-456789abcdef").expect("valid id")
    }

    #[test]
    fn send_frame_has_version_and_type() {
        let text = ClientFrame::Send {
            id: id(),
            text: "hi".into(),
        }
        .encode();
        let value: serde_json::Value = serde_json::from_str(&text).expect("json");
        assert_eq!(value["v"], 1);
        assert_eq!(value["type"], "send");
        assert_eq!(value["text"], "hi");
    }

    #[test]
    fn decode_tells_apart_malformed_unknown_and_version() {
        assert_eq!(ClientFrame::decode("{nope"), Err(FrameError::Malformed));
        assert_eq!(ClientFrame::decode("[1,2]"), Err(FrameError::Malformed));
        assert_eq!(
            ClientFrame::decode(r#"{"v":1}"#),
            Err(FrameError::Malformed)
        );
        assert_eq!(
            ClientFrame::decode(r#"{"type":"ping"}"#),
            Err(FrameError::Malformed)
        );
        assert_eq!(
            ClientFrame::decode(r#"{"v":1,"type":"dance"}"#),
            Err(FrameError::Unknown("dance".into()))
        );
        assert_eq!(
            ClientFrame::decode(r#"{"v":2,"type":"ping"}"#),
            Err(FrameError::UnsupportedVersion(2))
        );
        let invalid = ClientFrame::decode(r#"{"v":1,"type":"send","id":"x","text":"a"}"#);
        assert!(matches!(invalid, Err(FrameError::Invalid { .. })));
        assert_eq!(
            invalid.map_err(|e| e.code()),
            Err(ErrorCode::MalformedFrame)
        );
    }

    #[test]
    fn server_frames_are_not_client_frames() {
        let ack = ServerFrame::Ack { id: id(), seq: 3 }.encode();
        assert_eq!(
            ClientFrame::decode(&ack),
            Err(FrameError::Unknown("ack".into()))
        );
    }

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
    }
}
