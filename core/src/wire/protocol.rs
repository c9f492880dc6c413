//! The wire protocol between widget and edge: versioned JSON frames over a WebSocket.
//!
//! Every frame is a flat JSON object with `"v"` (the protocol version) and `"type"`.
//! Decoding tells apart a frame that is not a JSON object, a frame of an unknown type and a
//! frame of a version we do not speak, so the edge can answer each with its own error code
//! and keep the socket open. Frames use [`crate::wire::json`], which keeps the widget small.

use thiserror::Error;

use crate::wire::card::{self, CardLine};
pub use crate::wire::error_code::{ErrorBody, ErrorCode, ErrorDetail};
use crate::wire::ids::ClientMessageId;
use crate::wire::json::{JsonObject, JsonValue, JsonWriter};
use crate::wire::message_translation::{MessageTranslation, TranslationState};
use crate::wire::quick_reply::{self, MAX_CHOICE_LEN, QuickReply, Stage};

/// The protocol version this build speaks.
pub const PROTOCOL_VERSION: u32 = 1;

/// Who wrote a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClientFrame {
    /// A new shopper message; `id` is chosen by the client so a resend is recognisable.
    /// `choice` is the id of the quick reply tapped, when the text is its label.
    Send {
        id: ClientMessageId,
        text: String,
        choice: Option<String>,
    },
    /// Replay every message after `after` (0 = the whole conversation), then `synced`.
    Resume {
        after: u64,
    },
    Ping,
    /// The shopper is typing (sent at most every few seconds while they are; never stored).
    Typing,
}

/// One stored message as the client sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageView {
    pub seq: u64,
    pub author: Author,
    pub text: String,
    /// Unix milliseconds at which the edge stored it.
    pub at: u64,
    /// The client id of a shopper message, so the sending tab can match it to its outbox.
    pub id: Option<ClientMessageId>,
    /// The language `text` is written in (BCP 47), identified when it was stored.
    pub lang: Option<String>,
    /// `text` in the other side's language, or why it is not. Frames carry it flat as
    /// `tr` (state), `tr_lang`, `tr_text` and `tr_why`.
    pub translation: Option<MessageTranslation>,
    /// Quick replies under a bot message (frames carry them as `ch`).
    pub choices: Vec<QuickReply>,
    /// The stage a bot message announces (a handoff, a person joining).
    pub stage: Option<Stage>,
    /// A card under a bot message (an order), said in `text` too (frames carry it as `cd`).
    pub card: Vec<CardLine>,
}

/// A frame the edge sends.
#[derive(Debug, Clone, PartialEq, Eq)]
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
        id: Option<ClientMessageId>,
    },
    Pong,
    /// Someone on the other side is typing (never stored; the widget shows it a while).
    Typing {
        author: Author,
    },
}

/// Why a frame could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FrameError {
    #[error("frame is not a JSON object with \"v\" and a string \"type\"")]
    Malformed,
    #[error("unknown frame type {0:?}")]
    Unknown(String),
    #[error("protocol version {0} is not supported (this server speaks {PROTOCOL_VERSION})")]
    UnsupportedVersion(u64),
    #[error("invalid {kind} frame: field `{field}` is missing or has the wrong type")]
    Invalid { kind: String, field: &'static str },
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

/// A frame's fields after its header checked out.
struct Fields<'a> {
    kind: String,
    object: JsonObject<'a>,
}

impl<'a> Fields<'a> {
    fn parse(text: &'a str) -> Result<Self, FrameError> {
        let object = JsonObject::parse(text).map_err(|_| FrameError::Malformed)?;
        let kind = object.str("type").ok_or(FrameError::Malformed)?.to_owned();
        match object.get("v") {
            Some(JsonValue::Uint(v)) if *v == u64::from(PROTOCOL_VERSION) => {
                Ok(Self { kind, object })
            }
            Some(JsonValue::Uint(v)) => Err(FrameError::UnsupportedVersion(*v)),
            Some(_) => Err(FrameError::UnsupportedVersion(0)),
            None => Err(FrameError::Malformed),
        }
    }

    fn invalid(&self, field: &'static str) -> FrameError {
        FrameError::Invalid {
            kind: self.kind.clone(),
            field,
        }
    }

    fn unknown(&self) -> FrameError {
        FrameError::Unknown(self.kind.chars().take(40).collect())
    }

    fn uint(&self, field: &'static str) -> Result<u64, FrameError> {
        self.object.uint(field).ok_or_else(|| self.invalid(field))
    }

    fn text(&self, field: &'static str) -> Result<String, FrameError> {
        self.object
            .str(field)
            .map(str::to_owned)
            .ok_or_else(|| self.invalid(field))
    }

    fn id(&self) -> Result<ClientMessageId, FrameError> {
        self.object
            .str("id")
            .and_then(ClientMessageId::parse)
            .ok_or_else(|| self.invalid("id"))
    }

    fn opt_string(&self, field: &'static str) -> Result<Option<String>, FrameError> {
        self.object
            .opt_str(field)
            .map(|s| s.map(str::to_owned))
            .map_err(|_| self.invalid(field))
    }

    fn opt_id(&self) -> Result<Option<ClientMessageId>, FrameError> {
        match self.object.opt_str("id") {
            Ok(None) => Ok(None),
            Ok(Some(s)) => ClientMessageId::parse(s)
                .map(Some)
                .ok_or_else(|| self.invalid("id")),
            Err(_) => Err(self.invalid("id")),
        }
    }
}

fn header(kind: &str) -> JsonWriter {
    JsonWriter::new()
        .uint("v", u64::from(PROTOCOL_VERSION))
        .str("type", kind)
}

impl ClientFrame {
    pub fn encode(&self) -> String {
        match self {
            ClientFrame::Send { id, text, choice } => header("send")
                .str("id", &id.to_string())
                .str("text", text)
                .opt_str("ch", choice.as_deref())
                .finish(),
            ClientFrame::Resume { after } => header("resume").uint("after", *after).finish(),
            ClientFrame::Ping => header("ping").finish(),
            ClientFrame::Typing => header("typing").finish(),
        }
    }

    pub fn decode(text: &str) -> Result<Self, FrameError> {
        let f = Fields::parse(text)?;
        match f.kind.as_str() {
            "send" => Ok(ClientFrame::Send {
                id: f.id()?,
                text: f.text("text")?,
                choice: f
                    .opt_string("ch")?
                    .filter(|c| c.len() <= MAX_CHOICE_LEN && !c.is_empty()),
            }),
            "resume" => Ok(ClientFrame::Resume {
                after: f.uint("after")?,
            }),
            "ping" => Ok(ClientFrame::Ping),
            "typing" => Ok(ClientFrame::Typing),
            _ => Err(f.unknown()),
        }
    }
}

impl ServerFrame {
    pub fn encode(&self) -> String {
        match self {
            ServerFrame::Ack { id, seq } => header("ack")
                .str("id", &id.to_string())
                .uint("seq", *seq)
                .finish(),
            ServerFrame::Message(m) => header("message")
                .uint("seq", m.seq)
                .str("author", m.author.as_str())
                .str("text", &m.text)
                .uint("at", m.at)
                .opt_str("id", m.id.map(|id| id.to_string()).as_deref())
                .opt_str("lang", m.lang.as_deref())
                .opt_str("tr", m.translation.as_ref().map(|t| t.state.as_str()))
                .opt_str("tr_lang", m.translation.as_ref().map(|t| t.lang.as_str()))
                .opt_str(
                    "tr_text",
                    m.translation.as_ref().and_then(|t| t.text.as_deref()),
                )
                .opt_str(
                    "tr_why",
                    m.translation.as_ref().and_then(|t| t.reason.as_deref()),
                )
                .opt_str("ch", quick_reply::encode(&m.choices).as_deref())
                .opt_str("stage", m.stage.map(Stage::as_str))
                .opt_str("cd", card::encode(&m.card).as_deref())
                .finish(),
            ServerFrame::Synced { last_seq } => {
                header("synced").uint("last_seq", *last_seq).finish()
            }
            ServerFrame::Error { code, message, id } => header("error")
                .str("code", code.as_str())
                .str("message", message)
                .opt_str("id", id.map(|id| id.to_string()).as_deref())
                .finish(),
            ServerFrame::Pong => header("pong").finish(),
            ServerFrame::Typing { author } => {
                header("typing").str("author", author.as_str()).finish()
            }
        }
    }

    pub fn decode(text: &str) -> Result<Self, FrameError> {
        let f = Fields::parse(text)?;
        match f.kind.as_str() {
            "ack" => Ok(ServerFrame::Ack {
                id: f.id()?,
                seq: f.uint("seq")?,
            }),
            "message" => Ok(ServerFrame::Message(MessageView {
                seq: f.uint("seq")?,
                author: f
                    .object
                    .str("author")
                    .and_then(Author::parse)
                    .ok_or_else(|| f.invalid("author"))?,
                text: f.text("text")?,
                at: f.uint("at")?,
                id: f.opt_id()?,
                lang: f.opt_string("lang")?,
                translation: match f.opt_string("tr")? {
                    None => None,
                    Some(state) => Some(MessageTranslation {
                        state: TranslationState::parse(&state).ok_or_else(|| f.invalid("tr"))?,
                        lang: f
                            .opt_string("tr_lang")?
                            .ok_or_else(|| f.invalid("tr_lang"))?,
                        text: f.opt_string("tr_text")?,
                        via: None,
                        reason: f.opt_string("tr_why")?,
                    }),
                },
                choices: f
                    .opt_string("ch")?
                    .map_or_else(Vec::new, |c| quick_reply::decode(&c)),
                // A stage this build does not know is left out, not an error.
                stage: f.opt_string("stage")?.and_then(|s| Stage::parse(&s)),
                card: f
                    .opt_string("cd")?
                    .map_or_else(Vec::new, |c| card::decode(&c)),
            })),
            "synced" => Ok(ServerFrame::Synced {
                last_seq: f.uint("last_seq")?,
            }),
            "error" => Ok(ServerFrame::Error {
                code: f
                    .object
                    .str("code")
                    .and_then(ErrorCode::parse)
                    .ok_or_else(|| f.invalid("code"))?,
                message: f.text("message")?,
                id: f.opt_id()?,
            }),
            "pong" => Ok(ServerFrame::Pong),
            "typing" => Ok(ServerFrame::Typing {
                author: f
                    .object
                    .str("author")
                    .and_then(Author::parse)
                    .ok_or_else(|| f.invalid("author"))?,
            }),
            _ => Err(f.unknown()),
        }
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
#[path = "protocol_tests.rs"]
mod tests;
