//! The `Conversation` Durable Object: one per conversation, holding its messages in SQLite
//! and its shoppers' WebSockets through the hibernation API (an idle conversation costs
//! nothing while its sockets stay open).

use caravan_core::conversation;
use caravan_core::protocol::{ClientFrame, ErrorCode, ServerFrame};
use caravan_core::token::SessionClaims;
use serde::{Deserialize, Serialize};
use worker::{
    DurableObject, Env, Headers, Request, Response, ResponseBuilder, State, WebSocket,
    WebSocketIncomingMessage, WebSocketPair, durable_object,
};

use crate::api_error::{ApiError, json_response};
use crate::backend::CLAIMS_HEADER;
use crate::locales::bot_text;
use crate::placement_record::{self, PlacementRecord};
use crate::routes::SUBPROTOCOL;
use crate::sql_log::{self, SqlLog};

/// Frames longer than this are refused unread (a 4,000-character message is ≤ 16 KB).
const MAX_FRAME_BYTES: usize = 32 * 1024;

/// What a socket remembers across hibernation.
#[derive(Serialize, Deserialize)]
struct SocketSession {
    loc: String,
    reg: String,
    mer: String,
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
        let sql = state.storage().sql();
        let schema =
            sql_log::create_schema(&sql).and_then(|()| placement_record::create_schema(&sql));
        if let Err(e) = schema {
            worker::console_error!("{e}");
        }
        Self { state }
    }

    async fn fetch(&self, req: Request) -> worker::Result<Response> {
        let sql = self.state.storage().sql();
        match req.path().as_str() {
            // Reachability only: nothing is read or written.
            "/ping" => return json_response(r#"{"ok":true}"#, 200),
            // Where this object was placed and how much it holds (operators, tests).
            "/placement" => {
                let report = placement_record::read(&sql)
                    .and_then(|p| Ok((p, placement_record::message_count(&sql)?)));
                return match report {
                    Ok((placement, messages)) => json_response(
                        &serde_json::json!({"placement": placement, "messages": messages})
                            .to_string(),
                        200,
                    ),
                    Err(e) => ApiError::new(ErrorCode::Internal, e.to_string()).into_response(),
                };
            }
            "/connect" => {}
            _ => return ApiError::new(ErrorCode::NotFound, "no such object route").into_response(),
        }
        let claims: Option<SessionClaims> = req
            .headers()
            .get(CLAIMS_HEADER)?
            .and_then(|c| serde_json::from_str(&c).ok());
        let Some(claims) = claims else {
            return ApiError::new(ErrorCode::Unauthorized, "no verified session").into_response();
        };
        match placement_record::read(&sql) {
            Ok(Some(p)) if p.region != claims.reg || p.merchant != claims.mer => {
                return ApiError::new(
                    ErrorCode::Unauthorized,
                    "this conversation belongs to another region or store",
                )
                .into_response();
            }
            Ok(_) => {}
            Err(e) => return ApiError::new(ErrorCode::Internal, e.to_string()).into_response(),
        }
        let pair = WebSocketPair::new()?;
        self.state.accept_web_socket(&pair.server);
        pair.server.serialize_attachment(SocketSession {
            loc: claims.loc,
            reg: claims.reg,
            mer: claims.mer,
        })?;
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
        let Some(session) = ws.deserialize_attachment::<SocketSession>()? else {
            return send(
                &ws,
                &ServerFrame::error(ErrorCode::Unauthorized, "no verified session"),
            );
        };
        let storage = self.state.storage();
        let sql = storage.sql();
        let record = PlacementRecord {
            region: session.reg,
            merchant: session.mer,
        };
        // Same event as the append: committed together.
        if matches!(frame, ClientFrame::Send { .. })
            && let Err(e) = placement_record::record(&sql, &record, crate::clock::now_ms())
        {
            worker::console_error!("{e}");
        }
        let locale = session.loc;
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
