//! The `Conversation` Durable Object: one per conversation, holding its messages in SQLite
//! and its shoppers' WebSockets through the hibernation API (an idle conversation costs
//! nothing while its sockets stay open).

use caravan_core::conversation;
use caravan_core::protocol::{ClientFrame, ErrorCode, ServerFrame};
use caravan_core::token::SessionClaims;
use serde::{Deserialize, Serialize};
use worker::{
    DurableObject, Env, Headers, Method, Request, RequestInit, Response, ResponseBuilder, State,
    WebSocket, WebSocketIncomingMessage, WebSocketPair, durable_object,
};

use crate::api_error::ApiError;
use crate::config::CONVERSATIONS;
use crate::locales::bot_text;
use crate::routes::SUBPROTOCOL;
use crate::sql_log::{self, SqlLog};

/// Header carrying verified claims from the worker to the object. The object is reachable
/// only through its namespace binding, never from a client, and the worker builds this
/// request afresh, so no client header reaches it.
const CLAIMS_HEADER: &str = "x-caravan-claims";
/// Frames longer than this are refused unread (a 4,000-character message is ≤ 16 KB).
const MAX_FRAME_BYTES: usize = 32 * 1024;

/// What a socket remembers across hibernation.
#[derive(Serialize, Deserialize)]
struct SocketSession {
    loc: String,
}

/// Hands the request for a WebSocket to the session's conversation object.
pub async fn open_socket(env: &Env, claims: &SessionClaims) -> Result<Response, ApiError> {
    let stub = env
        .durable_object(CONVERSATIONS)?
        .id_from_name(&claims.cid)?
        .get_stub()?;
    let headers = Headers::new();
    headers.set("upgrade", "websocket")?;
    headers.set(
        CLAIMS_HEADER,
        &serde_json::to_string(claims).unwrap_or_default(),
    )?;
    let mut init = RequestInit::new();
    init.with_method(Method::Get).with_headers(headers);
    let req = Request::new_with_init("https://conversation.internal/connect", &init)?;
    Ok(stub.fetch_with_request(req).await?)
}

#[durable_object]
#[allow(missing_debug_implementations)] // `State` has no Debug.
pub struct Conversation {
    state: State,
}

impl DurableObject for Conversation {
    fn new(state: State, _env: Env) -> Self {
        // Once per object start, not per message. If it fails, every storage call fails
        // and the shopper gets an `internal` error frame to retry on.
        if let Err(e) = sql_log::create_schema(&state.storage().sql()) {
            worker::console_error!("{e}");
        }
        Self { state }
    }

    async fn fetch(&self, req: Request) -> worker::Result<Response> {
        let claims: Option<SessionClaims> = req
            .headers()
            .get(CLAIMS_HEADER)?
            .and_then(|c| serde_json::from_str(&c).ok());
        let Some(claims) = claims else {
            return ApiError::new(ErrorCode::Unauthorized, "no verified session").into_response();
        };
        let pair = WebSocketPair::new()?;
        self.state.accept_web_socket(&pair.server);
        pair.server
            .serialize_attachment(SocketSession { loc: claims.loc })?;
        let headers = Headers::new();
        headers.set("sec-websocket-protocol", SUBPROTOCOL)?;
        Ok(ResponseBuilder::new()
            .with_status(101)
            .with_headers(headers)
            .with_websocket(pair.client)
            .empty())
    }

    async fn websocket_message(
        &self,
        ws: WebSocket,
        message: WebSocketIncomingMessage,
    ) -> worker::Result<()> {
        let text = match message {
            WebSocketIncomingMessage::String(text) => text,
            WebSocketIncomingMessage::Binary(_) => {
                return send(
                    &ws,
                    &ServerFrame::error(ErrorCode::MalformedFrame, "frames are JSON text"),
                );
            }
        };
        if text.len() > MAX_FRAME_BYTES {
            let message = format!("frames may be at most {MAX_FRAME_BYTES} bytes");
            return send(
                &ws,
                &ServerFrame::error(ErrorCode::PayloadTooLarge, message),
            );
        }
        let frame = match ClientFrame::decode(&text) {
            Ok(frame) => frame,
            Err(e) => return send(&ws, &ServerFrame::error(e.code(), e.to_string())),
        };
        let session: Option<SocketSession> = ws.deserialize_attachment()?;
        let locale = session.map(|s| s.loc).unwrap_or_default();
        let storage = self.state.storage();
        let sql = storage.sql();
        let outcome = conversation::handle(
            &mut SqlLog::new(&sql),
            frame,
            |key| bot_text(&locale, key),
            crate::clock::now_ms(),
        );
        match outcome {
            Ok(outcome) => {
                for frame in &outcome.reply {
                    send(&ws, frame)?;
                }
                for frame in &outcome.broadcast {
                    let text = frame.encode();
                    for socket in self.state.get_websockets() {
                        // A socket closing right now will resume from its last seq later.
                        let _ = socket.send_with_str(&text);
                    }
                }
                Ok(())
            }
            Err(e) => {
                worker::console_error!("{e}");
                send(
                    &ws,
                    &ServerFrame::error(
                        ErrorCode::Internal,
                        "the message could not be stored; retry",
                    ),
                )
            }
        }
    }

    async fn websocket_close(
        &self,
        ws: WebSocket,
        code: usize,
        _reason: String,
        _clean: bool,
    ) -> worker::Result<()> {
        // Complete the closing handshake; codes 1005/1006 may not be sent back.
        let code = if (1000..=4999).contains(&code) && code != 1005 && code != 1006 {
            code as u16
        } else {
            1000
        };
        let _ = ws.close(Some(code), Some("closing"));
        Ok(())
    }

    async fn websocket_error(&self, _ws: WebSocket, error: worker::Error) -> worker::Result<()> {
        worker::console_warn!("websocket error: {error}");
        Ok(())
    }
}

fn send(ws: &WebSocket, frame: &ServerFrame) -> worker::Result<()> {
    ws.send_with_str(frame.encode())
}
