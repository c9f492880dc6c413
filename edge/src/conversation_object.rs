//! The `Conversation` Durable Object: one per conversation, holding its messages in SQLite,
//! its shoppers' WebSockets through the hibernation API (an idle conversation costs
//! nothing while its sockets stay open), and the long-polls of shoppers whose network
//! blocks WebSockets. Both transports go through one `process`, so they mean the same.

use caravan_core::agents::inbox::Channel;
use caravan_core::conversation::rules::{self as conversation, ConversationLog, Languages};
use caravan_core::conversation::send_rate::SendRate;
use caravan_core::language::locale::Locale;
use caravan_core::residency::region::Region;
use caravan_core::session::token::SessionClaims;
use caravan_core::store::privacy_settings::StoredPersonalData;
use caravan_core::wire::ids::ClientMessageId;
use caravan_core::wire::names::SUBPROTOCOL;
use caravan_core::wire::protocol::{ClientFrame, ErrorCode, ServerFrame};
use worker::{
    DurableObject, Env, Headers, Request, Response, ResponseBuilder, State, WebSocket,
    WebSocketIncomingMessage, WebSocketPair, durable_object,
};

use crate::api_error::{ApiError, json_response};
use crate::changes::Changes;
use crate::config::Config;
use crate::object_call::CLAIMS_HEADER;
use crate::object_session::{self, Session};
use crate::placement_record::{self, PlacementRecord};
use crate::sql_log::{self, SqlLog};
use crate::{dialogue_store, erasure_record, inbox_row_store, notes, pending_turns};

/// Frames longer than this are refused unread (a 4,000-character message is ≤ 16 KB).
const MAX_FRAME_BYTES: usize = 32 * 1024;

#[durable_object]
#[allow(missing_debug_implementations)] // `State` has no Debug.
pub struct Conversation {
    pub(crate) state: State,
    pub(crate) env: Env,
    /// Long-polls held open, woken when a message is stored.
    pub(crate) changes: Changes,
    /// One bot turn at a time: a turn awaits other objects (the handoff queue, the
    /// knowledge base, translation), and the runtime delivers the next message meanwhile;
    /// without this, two messages could both read the dialogue before either wrote it.
    pub(crate) bot_turns: futures_util::lock::Mutex<()>,
    /// When the shopper's typing was last passed on to the agents (Unix ms).
    pub(crate) typing_passed_at: std::cell::Cell<u64>,
    /// When the team last signed that it is typing (this instance's memory only: a sign
    /// is worth nothing after a few seconds).
    pub(crate) agent_typing_at: std::cell::Cell<u64>,
    /// The shopper's words of the bot turns owed, as written: under a store's `masked`
    /// setting only the masked form is stored, and the turn reads the original from here
    /// (a turn run after a restart reads the stored form).
    pub(crate) originals: std::cell::RefCell<std::collections::HashMap<u64, String>>,
    /// How fast this conversation is written to (core's `send_rate`; an object evicted
    /// after a quiet spell starts with a full bucket, as it should).
    send_rate: std::cell::RefCell<Option<SendRate>>,
}

/// Every table of the object, created if missing (at start, and again after an erasure).
pub fn create_schemas(sql: &worker::SqlStorage) -> Result<(), sql_log::SqlLogError> {
    sql_log::create_schema(sql)?;
    placement_record::create_schema(sql)?;
    dialogue_store::create_schema(sql)?;
    object_session::create_schema(sql)?;
    inbox_row_store::create_schema(sql)?;
    pending_turns::create_schema(sql)?;
    notes::create_schema(sql)?;
    erasure_record::create_schema(sql)
}

impl DurableObject for Conversation {
    fn new(state: State, env: Env) -> Self {
        // Once per object start, not per message. If it fails, every storage call fails
        // and the shopper gets an `internal` error frame to retry on.
        if let Err(e) = create_schemas(&state.storage().sql()) {
            worker::console_error!("{e}");
        }
        Self {
            state,
            env,
            changes: Changes::default(),
            bot_turns: futures_util::lock::Mutex::new(()),
            typing_passed_at: std::cell::Cell::new(0),
            agent_typing_at: std::cell::Cell::new(0),
            originals: Default::default(),
            send_rate: std::cell::RefCell::new(None),
        }
    }

    async fn fetch(&self, req: Request) -> worker::Result<Response> {
        let sql = self.state.storage().sql();
        let path = req.path();
        match path.as_str() {
            // An erased conversation answers nothing else; its shopper's widget learns it
            // from the ping asking whether the session still holds.
            _ if matches!(erasure_record::erased_at(&sql), Ok(Some(_)))
                && (path != "/ping" || req.headers().has(CLAIMS_HEADER)?) =>
            {
                return erasure_record::gone().into_response();
            }
            // Reachability only: nothing is read or written.
            "/ping" => return json_response(r#"{"ok":true}"#, 200),
            "/privacy/erase" | "/privacy/export" => return self.rights(req).await,
            // Its region's index asks, when it has been quiet past its store's retention.
            "/privacy/sweep" => return self.swept().await,
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
            // The merchant's agents, through the worker's agent API.
            "/agent/messages" | "/agent/reply" | "/agent/preview" | "/agent/action"
            | "/agent/note" | "/agent/typing" => {
                return self.agent(req).await;
            }
            "/connect" | "/frames" | "/poll" => {}
            _ => return ApiError::new(ErrorCode::NotFound, "no such object route").into_response(),
        }
        let claims: Option<SessionClaims> = req
            .headers()
            .get(CLAIMS_HEADER)?
            .and_then(|c| serde_json::from_str(&c).ok());
        let Some(session) = claims.map(Session::from) else {
            return ApiError::new(ErrorCode::Unauthorized, "no verified session").into_response();
        };
        match placement_record::read(&sql) {
            Ok(Some(p)) if p.region != session.region || p.merchant != session.merchant => {
                return ApiError::new(
                    ErrorCode::Unauthorized,
                    "this conversation belongs to another region or store",
                )
                .into_response();
            }
            Ok(_) => {}
            Err(e) => return ApiError::new(ErrorCode::Internal, e.to_string()).into_response(),
        }
        match path.as_str() {
            "/frames" => self.frames(req, &session).await,
            "/poll" => self.poll(&req, &session).await,
            _ => self.accept_socket(session),
        }
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
        let Some(session) = ws.deserialize_attachment::<Session>()? else {
            return send(
                &ws,
                &ServerFrame::error(ErrorCode::Unauthorized, "no verified session"),
            );
        };
        if frame == ClientFrame::Typing {
            self.shopper_typing(&session).await;
            return Ok(());
        }
        let (replies, for_bot) = self.process(&session, frame, Channel::Socket).await;
        // The sender has its ack before the bot answers: a lookup may take seconds.
        for reply in replies {
            send(&ws, &reply)?;
        }
        self.answer(&session, for_bot).await;
        Ok(())
    }

    /// Translates the shopper messages waiting for the agents' language, after they were
    /// acknowledged; each ends translated or marked unavailable, never pending for good.
    async fn alarm(&self) -> worker::Result<Response> {
        if matches!(
            erasure_record::erased_at(&self.state.storage().sql()),
            Ok(Some(_))
        ) {
            return Response::ok("erased");
        }
        self.translate_pending().await?;
        self.retry_handoff().await?;
        if let Err(e) = self.push_subjects().await {
            worker::console_warn!("subjects not indexed yet: {e}");
            self.retry_later().await?;
        }
        // A turn cut short (the object restarted after an ack) is owed still.
        if let Ok(Some(session)) = object_session::last(&self.state.storage().sql()) {
            self.answer(&session, true).await;
        }
        // Last: it may erase the conversation, and it sets the clock for the next sweep.
        if let Err(e) = self.sweep_retention().await {
            worker::console_error!("retention: {}", e.message);
            self.retry_later().await?;
        }
        Response::ok("done")
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
        worker::console_warn!("websocket error: {error}");
        Ok(())
    }
}

impl Conversation {
    fn accept_socket(&self, session: Session) -> worker::Result<Response> {
        let pair = WebSocketPair::new()?;
        self.state.accept_web_socket(&pair.server);
        pair.server.serialize_attachment(session)?;
        let headers = Headers::new();
        headers.set("sec-websocket-protocol", SUBPROTOCOL)?;
        Ok(ResponseBuilder::new()
            .with_status(101)
            .with_headers(headers)
            .with_websocket(pair.client)
            .empty())
    }

    /// Handles one frame from either transport (`via`): stores, broadcasts to the sockets,
    /// wakes the polls, and returns the replies for the sender and whether the bot now owes
    /// a turn (see [`Conversation::answer`]).
    pub(crate) async fn process(
        &self,
        session: &Session,
        frame: ClientFrame,
        via: Channel,
    ) -> (Vec<ServerFrame>, bool) {
        let sql = self.state.storage().sql();
        let send_id = match &frame {
            ClientFrame::Send { id, .. } => Some(*id),
            _ => None,
        };
        if let Some(id) = send_id
            && let Err(secs) = self.within_rate(&sql, id)
        {
            let error = ServerFrame::Error {
                code: ErrorCode::TooManyRequests,
                message: format!("too many messages at once; this one is sent again in {secs} s"),
                id: Some(id),
            };
            return (vec![error], false);
        }
        // Only a new message needs the store's settings (pings and resumes are the hot
        // path); what it may store of personal data follows from them.
        let config = send_id.map(|_| Config::of(&self.env));
        let store = config
            .as_ref()
            .and_then(|c| c.merchants().ok())
            .and_then(|m| m.get(&session.merchant));
        let stored = match (store, Region::parse(&session.region)) {
            (Some(store), Some(region)) => store.privacy.stored(region),
            _ => StoredPersonalData::Masked,
        };
        if send_id.is_some() {
            let record = PlacementRecord {
                region: session.region.clone(),
                merchant: session.merchant.clone(),
            };
            // Same event as the append: committed together.
            let now = crate::clock::now_ms();
            let placed = placement_record::record(&sql, &record, now)
                .and_then(|()| placement_record::remember_locale(&sql, &session.locale))
                .and_then(|()| object_session::remember(&sql, &session.for_storage(stored)));
            if let Err(e) = placed {
                worker::console_error!("{e}");
            }
        }
        let shopper = Locale::from_tag(&session.locale).unwrap_or(Locale::En);
        let outcome = conversation::handle(
            &mut SqlLog::new(&sql, stored),
            frame,
            Languages::of(shopper, store),
            crate::clock::now_ms(),
        );
        match outcome {
            Ok(outcome) => {
                // Owed with the message, committed with it (no await in between).
                let seq = outcome.reply.iter().find_map(|f| match f {
                    ServerFrame::Ack { seq, .. } => Some(*seq),
                    _ => None,
                });
                let owed = match (&outcome.for_bot, seq) {
                    (Some((text, choice)), Some(seq)) => {
                        let kept = stored.apply(text);
                        match pending_turns::add(&sql, seq, &kept, choice.as_deref()) {
                            Ok(()) => {
                                self.originals.borrow_mut().insert(seq, text.clone());
                                true
                            }
                            Err(e) => {
                                worker::console_error!("{e}");
                                false
                            }
                        }
                    }
                    _ => false,
                };
                if owed && let Err(e) = self.retry_later().await {
                    worker::console_error!("could not schedule the bot's turn: {e}");
                }
                self.broadcast(&outcome.broadcast);
                self.inbox_messages(session, &outcome.broadcast, Some(via))
                    .await;
                if let Some((text, _)) = &outcome.for_bot {
                    self.link_subjects(session, text).await;
                    if let Err(e) = self.arm_retention().await {
                        worker::console_error!("retention clock: {}", e.message);
                    }
                }
                // Translated right after this answer, in the alarm: a failure there is
                // retried by the runtime, and the shopper's ack never waits for it.
                if outcome.awaits_translation()
                    && let Err(e) = self.state.storage().set_alarm(0).await
                {
                    worker::console_error!("could not schedule translation: {e}");
                }
                (outcome.reply, owed)
            }
            Err(e) => {
                worker::console_error!("{e}");
                let error = ServerFrame::Error {
                    code: ErrorCode::Internal,
                    message: "the message could not be stored; retry".into(),
                    id: send_id,
                };
                (vec![error], false)
            }
        }
    }

    /// Is a new message `id` within the conversation's rate? A resend of one stored is.
    fn within_rate(&self, sql: &worker::SqlStorage, id: ClientMessageId) -> Result<(), u64> {
        if matches!(
            SqlLog::new(sql, StoredPersonalData::Masked).seq_of(id),
            Ok(Some(_))
        ) {
            return Ok(());
        }
        let now = crate::clock::now_ms();
        self.send_rate
            .borrow_mut()
            .get_or_insert_with(|| SendRate::new(now))
            .take(id, now)
    }

    /// Sends `frames` to every socket of the conversation and wakes the held polls.
    pub(crate) fn broadcast(&self, frames: &[ServerFrame]) {
        for frame in frames {
            let text = frame.encode();
            for socket in self.state.get_websockets() {
                // A socket closing right now will resume from its last seq later.
                let _ = socket.send_with_str(&text);
            }
        }
        if !frames.is_empty() {
            self.changes.notify();
        }
    }
}

fn send(ws: &WebSocket, frame: &ServerFrame) -> worker::Result<()> {
    ws.send_with_str(frame.encode())
}
