//! The handoff queue of one merchant in one region: a `HandoffQueue` Durable Object per
//! (region, merchant), placed like the region's conversations, holding the summary of each
//! conversation waiting for a person. Conversation objects add to it at the handoff; the
//! agent API lists it (`GET /v1/agent/queue/<region>`). The same object keeps the console's
//! inbox index of the store in its region (a row per conversation, upserted by the
//! conversation objects), read by the console from that region only, and pushes each row
//! it is given to the consoles watching it (`/inbox/live`, hibernating WebSockets).

use caravan_core::agents::handoff_summary::HandoffSummary;
use caravan_core::agents::inbox::InboxRow;
use caravan_core::residency::backends::Backend;
use caravan_core::residency::region::Region;
use caravan_core::wire::protocol::ErrorCode;
use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::{
    DurableObject, Env, Method, Request, RequestInit, Response, SqlStorageValue, State, Stub,
    WebSocket, WebSocketIncomingMessage, WebSocketPair, durable_object,
};

use crate::api_error::{ApiError, json_response};
use crate::backend;

/// The binding of the queue objects' namespace.
pub const BINDING: &str = "HANDOFF_QUEUES";
/// Conversations a listing returns, oldest first.
const PAGE: i64 = 200;

const SCHEMA: [&str; 2] = [
    "CREATE TABLE IF NOT EXISTS waiting (
    conversation TEXT PRIMARY KEY,
    summary TEXT NOT NULL,
    queued_at INTEGER NOT NULL
)",
    // The console's inbox index of this store in this region: a row per conversation.
    "CREATE TABLE IF NOT EXISTS inbox (
    conversation TEXT PRIMARY KEY,
    row TEXT NOT NULL,
    updated_at INTEGER NOT NULL
)",
];
/// Inbox rows a listing returns, most recent first.
const INBOX_PAGE: i64 = 500;

/// The queue object's name for `merchant` in `region`. The region is in the name: an
/// object's id comes from its name alone, and regions that share a namespace (placed by
/// location hint, not jurisdiction) would otherwise share one queue.
pub fn object_name(region: Region, merchant: &str) -> String {
    format!("handoff:{}:{merchant}", region.as_str())
}

/// The queue of `merchant` in `region`, placed like the region's conversations.
pub fn stub(env: &Env, backend: &Backend, region: Region, merchant: &str) -> worker::Result<Stub> {
    backend::regional_stub(env, backend, Some(BINDING), &object_name(region, merchant))
}

/// The queue of `merchant` as releases up to f905332 named it, one for every region sharing
/// a namespace: read (for its region's summaries) and emptied until nothing is left in it.
pub fn legacy_stub(env: &Env, backend: &Backend, merchant: &str) -> worker::Result<Stub> {
    backend::regional_stub(env, backend, Some(BINDING), &format!("handoff:{merchant}"))
}

/// Adds (or refreshes) a conversation's summary in its queue.
pub async fn enqueue(stub: &Stub, summary: &HandoffSummary) -> worker::Result<()> {
    let body =
        serde_json::to_string(summary).map_err(|e| worker::Error::RustError(e.to_string()))?;
    let mut init = RequestInit::new();
    init.with_method(Method::Post)
        .with_body(Some(JsValue::from_str(&body)));
    let request = Request::new_with_init("https://queue.internal/enqueue", &init)?;
    let response = stub.fetch_with_request(request).await?;
    match response.status_code() {
        200 => Ok(()),
        status => Err(worker::Error::RustError(format!(
            "handoff queue answered {status}"
        ))),
    }
}

/// Takes a conversation off its queue (a person has it now).
pub async fn dequeue(stub: &Stub, conversation: &str) -> worker::Result<()> {
    let body = serde_json::json!({ "conversation": conversation }).to_string();
    let mut init = RequestInit::new();
    init.with_method(Method::Post)
        .with_body(Some(JsValue::from_str(&body)));
    let request = Request::new_with_init("https://queue.internal/dequeue", &init)?;
    let response = stub.fetch_with_request(request).await?;
    match response.status_code() {
        200 => Ok(()),
        status => Err(worker::Error::RustError(format!(
            "handoff queue answered {status}"
        ))),
    }
}

/// A region's waiting conversations from its own queue's listing and the legacy shared
/// queue's (only this region's summaries of it), each conversation once, oldest first.
pub fn merged(
    region: Region,
    own: serde_json::Value,
    legacy: serde_json::Value,
) -> Vec<serde_json::Value> {
    let mut waiting: Vec<serde_json::Value> =
        own["waiting"].as_array().cloned().unwrap_or_default();
    for summary in legacy["waiting"].as_array().into_iter().flatten() {
        let known = waiting
            .iter()
            .any(|w| w["conversation"] == summary["conversation"]);
        if summary["region"] == region.as_str() && !known {
            waiting.push(summary.clone());
        }
    }
    waiting.sort_by_key(|w| w["queued_at"].as_u64().unwrap_or(0));
    waiting
}

/// Puts a conversation's inbox row in its region's index.
/// Names the store a row belongs to, so its index knows whose retention applies.
const MERCHANT_HEADER: &str = "x-caravan-merchant";

pub async fn put_row(stub: &Stub, merchant: &str, row: &InboxRow) -> worker::Result<()> {
    let body = serde_json::to_string(row).map_err(|e| worker::Error::RustError(e.to_string()))?;
    let headers = worker::Headers::new();
    headers.set(MERCHANT_HEADER, merchant)?;
    let mut init = RequestInit::new();
    init.with_method(Method::Post)
        .with_headers(headers)
        .with_body(Some(JsValue::from_str(&body)));
    let request = Request::new_with_init("https://queue.internal/inbox/put", &init)?;
    match stub.fetch_with_request(request).await?.status_code() {
        200 => Ok(()),
        status => Err(worker::Error::RustError(format!(
            "inbox index answered {status}"
        ))),
    }
}

/// The listing request the agent API sends the queue object.
pub fn list_request() -> worker::Result<Request> {
    Request::new("https://queue.internal/list", Method::Get)
}

#[durable_object]
#[allow(missing_debug_implementations)] // `State` has no Debug.
pub struct HandoffQueue {
    state: State,
    env: Env,
}

impl HandoffQueue {
    /// Sends `text` to every console watching; one that is gone reads the list anew when
    /// it reconnects.
    fn push(&self, text: &str) {
        for socket in self.state.get_websockets() {
            let _ = socket.send_with_str(text);
        }
    }
}

impl DurableObject for HandoffQueue {
    fn new(state: State, env: Env) -> Self {
        let more = [crate::subject_index::SCHEMA, crate::retention_sweep::SCHEMA];
        for statement in SCHEMA.into_iter().chain(more) {
            if let Err(e) = state.storage().sql().exec(statement, None) {
                worker::console_error!("handoff queue schema: {e}");
            }
        }
        Self { state, env }
    }

    /// Retention's backstop (see `retention_sweep`).
    async fn alarm(&self) -> worker::Result<Response> {
        crate::retention_sweep::alarm(&self.state, &self.env).await?;
        Response::ok("swept")
    }

    async fn fetch(&self, mut req: Request) -> worker::Result<Response> {
        let sql = self.state.storage().sql();
        match (req.method(), req.path().as_str()) {
            (Method::Post, "/enqueue") => {
                let summary: HandoffSummary = match req.json().await {
                    Ok(summary) => summary,
                    Err(e) => {
                        return ApiError::new(ErrorCode::InvalidRequest, e.to_string())
                            .into_response();
                    }
                };
                let text = serde_json::to_string(&summary)
                    .map_err(|e| worker::Error::RustError(e.to_string()))?;
                // An update (an e-mail left) keeps the conversation's place in the queue.
                sql.exec(
                    "INSERT INTO waiting (conversation, summary, queued_at) VALUES (?, ?, ?) \
                     ON CONFLICT (conversation) DO UPDATE SET summary = excluded.summary",
                    vec![
                        summary.conversation.as_str().into(),
                        text.into(),
                        SqlStorageValue::Integer(summary.queued_at as i64),
                    ],
                )?;
                json_response(r#"{"ok":true}"#, 200)
            }
            (Method::Post, "/dequeue") => {
                #[derive(Deserialize)]
                struct Dequeue {
                    conversation: String,
                }
                let Ok(Dequeue { conversation }) = req.json().await else {
                    return ApiError::new(ErrorCode::InvalidRequest, "name the conversation")
                        .into_response();
                };
                sql.exec(
                    "DELETE FROM waiting WHERE conversation = ?",
                    vec![conversation.into()],
                )?;
                json_response(r#"{"ok":true}"#, 200)
            }
            (Method::Get, "/list") => {
                #[derive(Deserialize)]
                struct Row {
                    summary: String,
                }
                let rows: Vec<Row> = sql
                    .exec(
                        "SELECT summary FROM waiting ORDER BY queued_at LIMIT ?",
                        vec![SqlStorageValue::Integer(PAGE)],
                    )?
                    .to_array()?;
                // Stored by this object from a parsed summary: each row is JSON.
                let items: Vec<&str> = rows.iter().map(|r| r.summary.as_str()).collect();
                json_response(&format!(r#"{{"waiting":[{}]}}"#, items.join(",")), 200)
            }
            (Method::Post, "/inbox/put") => {
                let row: InboxRow = match req.json().await {
                    Ok(row) => row,
                    Err(e) => {
                        return ApiError::new(ErrorCode::InvalidRequest, e.to_string())
                            .into_response();
                    }
                };
                let text = serde_json::to_string(&row)
                    .map_err(|e| worker::Error::RustError(e.to_string()))?;
                sql.exec(
                    "INSERT OR REPLACE INTO inbox (conversation, row, updated_at) VALUES (?, ?, ?)",
                    vec![
                        row.conversation.as_str().into(),
                        text.as_str().into(),
                        SqlStorageValue::Integer(row.last_at_ms as i64),
                    ],
                )?;
                if let Some(merchant) = req.headers().get(MERCHANT_HEADER)? {
                    crate::retention_sweep::own(&sql, &merchant, &row.region)?;
                    crate::retention_sweep::arm(&self.state).await?;
                }
                // Stored first: a console that misses this reads the row on reconnecting.
                self.push(&format!(r#"{{"row":{text}}}"#));
                json_response(r#"{"ok":true}"#, 200)
            }
            (Method::Get, "/inbox/list") => {
                #[derive(Deserialize)]
                struct Row {
                    row: String,
                }
                let rows: Vec<Row> = sql
                    .exec(
                        "SELECT row FROM inbox ORDER BY updated_at DESC LIMIT ?",
                        vec![SqlStorageValue::Integer(INBOX_PAGE)],
                    )?
                    .to_array()?;
                let items: Vec<&str> = rows.iter().map(|r| r.row.as_str()).collect();
                json_response(&format!(r#"{{"rows":[{}]}}"#, items.join(",")), 200)
            }
            (Method::Post, "/subjects/add" | "/subjects/find") => {
                crate::subject_index::handle(&sql, &mut req).await
            }
            // An erased conversation: nothing of it stays here, and consoles drop its row.
            (Method::Post, "/forget") => {
                #[derive(Deserialize)]
                struct Forget {
                    conversation: String,
                }
                let Ok(Forget { conversation }) = req.json().await else {
                    return ApiError::new(ErrorCode::InvalidRequest, "name the conversation")
                        .into_response();
                };
                for table in ["waiting", "inbox"] {
                    sql.exec(
                        &format!("DELETE FROM {table} WHERE conversation = ?"),
                        vec![conversation.as_str().into()],
                    )?;
                }
                crate::subject_index::forget(&sql, &conversation)?;
                self.push(&serde_json::json!({ "removed": conversation }).to_string());
                json_response(r#"{"ok":true}"#, 200)
            }
            // A shopper is typing: only the consoles watching now need to know.
            (Method::Post, "/inbox/typing") => {
                #[derive(Deserialize)]
                struct Typing {
                    conversation: String,
                }
                let Ok(Typing { conversation }) = req.json().await else {
                    return ApiError::new(ErrorCode::InvalidRequest, "name the conversation")
                        .into_response();
                };
                self.push(&serde_json::json!({ "typing": conversation }).to_string());
                json_response(r#"{"ok":true}"#, 200)
            }
            // The worker checked who watches: an agent who may see this region.
            (Method::Get, "/inbox/live") => {
                let pair = WebSocketPair::new()?;
                self.state.accept_web_socket(&pair.server);
                Response::from_websocket(pair.client)
            }
            _ => ApiError::new(ErrorCode::NotFound, "no such queue route").into_response(),
        }
    }

    /// Consoles only listen; a `ping` is answered so they can tell a live link.
    async fn websocket_message(
        &self,
        ws: WebSocket,
        message: WebSocketIncomingMessage,
    ) -> worker::Result<()> {
        if matches!(message, WebSocketIncomingMessage::String(ref t) if t == "ping") {
            ws.send_with_str("pong")?;
        }
        Ok(())
    }

    async fn websocket_close(
        &self,
        ws: WebSocket,
        code: usize,
        _reason: String,
        _clean: bool,
    ) -> worker::Result<()> {
        crate::socket_close::answer(&ws, code);
        Ok(())
    }

    async fn websocket_error(&self, _ws: WebSocket, error: worker::Error) -> worker::Result<()> {
        worker::console_warn!("inbox websocket error: {error}");
        Ok(())
    }
}

/// Tells the consoles watching that the shopper of `conversation` is typing.
pub async fn typing(stub: &Stub, conversation: &str) -> worker::Result<()> {
    let body = serde_json::json!({ "conversation": conversation }).to_string();
    let mut init = RequestInit::new();
    init.with_method(Method::Post)
        .with_body(Some(JsValue::from_str(&body)));
    let req = Request::new_with_init("https://queue.internal/inbox/typing", &init)?;
    stub.fetch_with_request(req).await.map(|_| ())
}

/// A console's WebSocket to this region's inbox, once the worker has checked the agent.
pub async fn watch(stub: &Stub) -> worker::Result<Response> {
    let headers = worker::Headers::new();
    headers.set("upgrade", "websocket")?;
    let mut init = RequestInit::new();
    init.with_method(Method::Get).with_headers(headers);
    let req = Request::new_with_init("https://queue.internal/inbox/live", &init)?;
    stub.fetch_with_request(req).await
}
