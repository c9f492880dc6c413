//! What the worker asks of a conversation object, and the one place such a request is
//! built. The object is reachable only through its namespace binding, never from a
//! client, and the worker builds each request afresh: the identity headers below carry
//! only what the worker verified.

use std::time::Duration;

use caravan_core::session::token::SessionClaims;
use caravan_core::translation::pipeline::DEADLINE;
use caravan_core::wire::long_poll::PollQuery;
use wasm_bindgen::JsValue;
use worker::{Headers, Method, Request, RequestInit};

/// Carries the verified session claims (JSON) to the object.
pub const CLAIMS_HEADER: &str = "x-caravan-claims";
/// Names the store whose agent the worker authenticated.
pub const AGENT_HEADER: &str = "x-caravan-agent";

/// Longest wait for a backend before it counts as down (on top of a poll's own wait).
pub const TIMEOUT: Duration = Duration::from_secs(8);

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
    /// An agent reads the conversation (`query`: the client's, e.g. `after=N`).
    AgentMessages { query: Option<String> },
    /// An agent replies (the client's JSON body).
    AgentReply(Vec<u8>),
    /// What the shopper would read of an agent's draft (`{"text"}`); nothing is stored.
    AgentPreview(Vec<u8>),
    /// A person assigns, hands back or closes (`conversation_actions::Action` as JSON).
    AgentAction(Vec<u8>),
    /// A private note (`{"author", "text"}`).
    AgentNote(Vec<u8>),
    /// A person is typing a reply.
    AgentTyping,
    /// The conversation handed back (`format`: `json` or `text`) to its shopper, or to its
    /// store's rights desk.
    PrivacyExport { format: Option<String> },
    /// The conversation erased, for its shopper or its store's rights desk.
    PrivacyErase,
}

/// Whom a call acts for, as the worker verified it.
#[derive(Debug, Clone, Copy)]
pub enum Caller<'a> {
    Session(&'a SessionClaims),
    Agent { merchant: &'a str },
}

impl ObjectCall {
    fn path(&self) -> String {
        match self {
            ObjectCall::Ping => "/ping".into(),
            ObjectCall::Connect => "/connect".into(),
            ObjectCall::Frames(_) => "/frames".into(),
            ObjectCall::Poll(query) => format!("/poll?{}", query.to_query()),
            ObjectCall::AgentMessages { query: None } => "/agent/messages".into(),
            ObjectCall::AgentMessages { query: Some(q) } => format!("/agent/messages?{q}"),
            ObjectCall::AgentReply(_) => "/agent/reply".into(),
            ObjectCall::AgentPreview(_) => "/agent/preview".into(),
            ObjectCall::AgentAction(_) => "/agent/action".into(),
            ObjectCall::AgentNote(_) => "/agent/note".into(),
            ObjectCall::AgentTyping => "/agent/typing".into(),
            ObjectCall::PrivacyExport { format: None } => "/privacy/export".into(),
            ObjectCall::PrivacyExport { format: Some(f) } => {
                format!("/privacy/export?format={}", plain_word(f))
            }
            ObjectCall::PrivacyErase => "/privacy/erase".into(),
        }
    }

    /// How long the backend may take: a held poll is not a slow backend, and a reply
    /// waits for its translation.
    pub fn timeout(&self) -> Duration {
        match self {
            ObjectCall::Poll(query) => TIMEOUT + Duration::from_secs(query.wait_secs),
            ObjectCall::AgentReply(_) | ObjectCall::AgentPreview(_) => TIMEOUT + DEADLINE,
            _ => TIMEOUT,
        }
    }

    /// The body to send on when the call goes to a peer deployment instead.
    pub fn body(&self) -> Option<&[u8]> {
        match self {
            ObjectCall::Frames(text) => Some(text.as_bytes()),
            ObjectCall::AgentReply(body)
            | ObjectCall::AgentPreview(body)
            | ObjectCall::AgentAction(body)
            | ObjectCall::AgentNote(body) => Some(body),
            _ => None,
        }
    }

    /// The request for the object.
    pub fn request(&self, caller: Caller<'_>) -> worker::Result<Request> {
        let headers = Headers::new();
        match caller {
            Caller::Session(claims) => headers.set(
                CLAIMS_HEADER,
                &serde_json::to_string(claims).unwrap_or_default(),
            )?,
            Caller::Agent { merchant } => headers.set(AGENT_HEADER, merchant)?,
        }
        let mut init = RequestInit::new();
        init.with_method(Method::Get);
        match self {
            ObjectCall::Connect => headers.set("upgrade", "websocket")?,
            ObjectCall::Frames(body) => {
                init.with_method(Method::Post)
                    .with_body(Some(JsValue::from_str(body)));
            }
            ObjectCall::AgentReply(body)
            | ObjectCall::AgentPreview(body)
            | ObjectCall::AgentAction(body)
            | ObjectCall::AgentNote(body) => {
                init.with_method(Method::Post)
                    .with_body(Some(js_sys::Uint8Array::from(body.as_slice()).into()));
            }
            ObjectCall::AgentTyping | ObjectCall::PrivacyErase => {
                init.with_method(Method::Post);
            }
            ObjectCall::Ping
            | ObjectCall::Poll(_)
            | ObjectCall::AgentMessages { .. }
            | ObjectCall::PrivacyExport { .. } => {}
        }
        init.with_headers(headers);
        let url = format!("https://conversation.internal{}", self.path());
        Request::new_with_init(&url, &init)
    }
}

/// `format` as a query value: the two formats are plain words; anything else is refused by
/// the object, so it is only kept from breaking the query.
fn plain_word(value: &str) -> String {
    value
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect()
}
