//! How the chat's frames travel. Core's transport ladder picks WebSocket or HTTP
//! long-polling; this opens it, notices when it fails or stalls, reconnects with jittered
//! backoff (never while offline), and climbs back to WebSocket with probes. Both
//! transports feed the same timeline, which makes every reconnect a resume and every
//! resend idempotent.

use std::time::Duration;

use caravan_core::delivery::backoff;
use caravan_core::delivery::timeline::Timeline;
use caravan_core::delivery::transport::{OPEN_TIMEOUT_MS, SYNC_TIMEOUT_MS, Transport};
use caravan_core::session::opening::{CreateSession, SessionCreated};
use caravan_core::wire::json::JsonWriter;
use caravan_core::wire::long_poll::{MAX_BATCH_FRAMES, MAX_WAIT_SECS};
use caravan_core::wire::names;
use caravan_core::wire::protocol::ClientFrame;
use leptos::prelude::*;
use wasm_bindgen_futures::spawn_local;

use crate::chat::{Active, Chat, Connection};
use crate::http::{self, HttpError};
use crate::network::online;
use crate::platform::{jitter, now_ms};
use crate::socket::Socket;
use crate::{poller, session_store};

impl Chat {
    pub(crate) fn api_base(&self) -> String {
        self.options.with_value(|o| o.api_base.clone())
    }

    pub(crate) fn token(&self) -> Option<String> {
        self.link
            .with_value(|l| l.session.as_ref().map(|s| s.session_token.clone()))
    }

    fn is_current(&self, generation: u64) -> bool {
        self.link.with_value(|l| l.generation == generation)
    }

    /// Writes frames to whatever connection is open (none: the outbox keeps them).
    pub(crate) fn write(&self, frames: Vec<ClientFrame>) {
        if frames.is_empty() {
            return;
        }
        let generation = self.link.with_value(|link| {
            match &link.active {
                Some(Active::Socket(socket)) => {
                    // A failed write leaves the message "sent"; the close that follows
                    // puts it back in line.
                    for frame in &frames {
                        socket.send(&frame.encode());
                    }
                    None
                }
                Some(Active::Poll) => Some(link.generation),
                None => None,
            }
        });
        if let Some(generation) = generation {
            self.link.update_value(|l| l.queue.extend(frames));
            self.pump(generation, false);
        }
    }

    /// Ends the current connection: its loops and callbacks stop, and what it carried
    /// without an answer is sent again on the next one.
    pub(crate) fn end_connection(&self) {
        let old = self.link.try_update_value(|l| {
            l.generation += 1;
            l.queue.clear();
            l.posting = false;
            l.socket_synced = false;
            l.active.take()
        });
        self.timeline.update(Timeline::closed);
        self.transport.set(None);
        // Dropped after this callback returns: a socket may be ending from its own handler.
        if let Some(Some(old)) = old {
            spawn_local(async move { drop(old) });
        }
    }

    pub(crate) fn connect(self) {
        spawn_local(async move {
            match self.session().await {
                // Refused while this attempt was under way: it stays refused.
                _ if self.refused() => {}
                Ok(session) => match self.link.with_value(|l| l.ladder.attempt(now_ms())) {
                    Transport::WebSocket => self.open_socket(&session),
                    Transport::LongPoll => self.open_poll(),
                },
                Err(e) => {
                    web_sys::console::warn_1(
                        &format!("caravan: cannot open a session: {e}").into(),
                    );
                    self.connection.set(Connection::after_refusal(&e));
                    self.ask_embed(&e);
                    self.schedule_reconnect();
                }
            }
        });
    }

    /// The stored session, or a new one from the edge. The page's identity token (the
    /// store's word on its logged-in shopper, `data-identity-token`) goes with the first
    /// request, once: to `POST /v1/sessions` for a new session, to `POST /v1/identity` for
    /// a stored one. Refused, the chat goes on anonymous; nothing of the token is logged.
    async fn session(self) -> Result<SessionCreated, HttpError> {
        let (merchant, locales, identity) = self
            .options
            .try_update_value(|o| {
                let identity = o.identity_token.take();
                (o.merchant.clone(), o.locale_preferences(), identity)
            })
            .unwrap_or_default();
        let stored = self.link.with_value(|l| l.session.clone());
        let (path, bearer, body) = match (&stored, identity) {
            (Some(session), None) => return Ok(session.clone()),
            (Some(session), Some(token)) => (
                "identity",
                Some(session.session_token.as_str()),
                JsonWriter::new().str("token", &token).finish(),
            ),
            (None, identity) => {
                let ask = CreateSession {
                    merchant: merchant.clone(),
                    locales,
                    identity,
                };
                ("sessions", None, ask.to_json())
            }
        };
        let url = format!("{}/v1/{path}", self.api_base());
        let answer = match (http::post_json(&url, bearer, &body).await, stored) {
            (Ok(answer), _) => answer,
            (Err(_), Some(session)) => {
                web_sys::console::warn_1(&"caravan: the identity token was refused".into());
                return Ok(session);
            }
            (Err(e), None) => return Err(e),
        };
        let session = SessionCreated::from_json(&answer)
            .ok_or_else(|| HttpError::Network("unreadable session answer".into()))?;
        session_store::save(&merchant, &session);
        self.store_name.set(session.merchant_name.clone());
        self.notice_of_privacy.set(Some(session.privacy()));
        self.adopt_session_locale(&session);
        self.link
            .update_value(|l| l.session = Some(session.clone()));
        Ok(session)
    }

    fn open_socket(self, session: &SessionCreated) {
        let url = format!("{}/v1/connect", self.api_base().replacen("http", "ws", 1));
        let bearer = names::bearer_subprotocol(&session.session_token);
        let generation = self.link.with_value(|l| l.generation);
        let socket = Socket::open(
            &url,
            &[names::SUBPROTOCOL, &bearer],
            move || self.on_open(generation),
            move |text| {
                if self.is_current(generation) {
                    self.on_text(&text);
                }
            },
            move |opened| self.on_socket_close(generation, opened),
        );
        match socket {
            Ok(socket) => {
                self.link
                    .update_value(|l| l.active = Some(Active::Socket(socket)));
                self.transport.set(Some(Transport::WebSocket));
                // A proxy that holds the upgrade forever counts as a refusal.
                self.unless_synced(generation, OPEN_TIMEOUT_MS + SYNC_TIMEOUT_MS);
            }
            Err(_) => {
                self.connection.set(Connection::Unavailable);
                self.schedule_reconnect();
            }
        }
    }

    /// Gives up on a socket that has not worked end to end within `ms`.
    fn unless_synced(self, generation: u64, ms: u64) {
        set_timeout(
            move || {
                let stalled = self
                    .link
                    .with_value(|l| l.generation == generation && !l.socket_synced);
                if stalled {
                    self.on_socket_close(generation, false);
                }
            },
            Duration::from_millis(ms),
        );
    }

    fn on_open(self, generation: u64) {
        if !self.is_current(generation) {
            return;
        }
        self.connection.set(Connection::Online);
        let frames = self
            .timeline
            .try_update(|t| t.opened(now_ms()))
            .unwrap_or_default();
        self.write(frames);
    }

    fn on_socket_close(self, generation: u64, opened: bool) {
        if !self.is_current(generation) {
            return;
        }
        let worked = self.link.with_value(|l| l.socket_synced);
        self.end_connection();
        self.judge(|q, now| q.trouble(now));
        if !online() {
            self.connection.set(Connection::Offline);
            return; // the `online` event reconnects
        }
        self.connection.set(Connection::Connecting);
        if opened && worked {
            let now = now_ms();
            self.link.update_value(|l| {
                l.ladder.ws_dropped(now);
            });
            return self.reconnect();
        }
        // Refused, or opened but never answered: is it the session, the region, or only
        // WebSockets? Plain HTTP tells.
        spawn_local(async move {
            let Some(token) = self.token() else {
                return self.schedule_reconnect();
            };
            let url = format!("{}/v1/session", self.api_base());
            match http::get_authorized(&url, &token).await {
                Err(HttpError::Status(401, _)) => self.forget_session(),
                // Erased (retention, the store's rights desk): a new conversation.
                Err(HttpError::Status(410, _)) => return self.forget_conversation(false),
                Err(e) => self.connection.set(Connection::after_refusal(&e)),
                Ok(_) => {
                    let now = now_ms();
                    self.link.update_value(|l| {
                        l.ladder.ws_failed(now);
                    });
                }
            }
            self.reconnect();
        });
    }

    pub(crate) fn forget_session(&self) {
        let merchant = self.options.with_value(|o| o.merchant.clone());
        session_store::clear(&merchant);
        self.link.update_value(|l| l.session = None);
    }

    /// At once when the next transport is long-polling (known to get through), else after
    /// backoff.
    fn reconnect(self) {
        if self.link.with_value(|l| l.ladder.attempt(now_ms())) == Transport::LongPoll {
            self.connect();
        } else {
            self.schedule_reconnect();
        }
    }

    fn open_poll(self) {
        let generation = self.link.with_value(|l| l.generation);
        // The first batch resumes and resends; later writes queue behind it, in order.
        let first = self
            .timeline
            .try_update(|t| t.opened(now_ms()))
            .unwrap_or_default();
        self.link.update_value(|l| {
            l.active = Some(Active::Poll);
            l.queue = first;
        });
        self.transport.set(Some(Transport::LongPoll));
        self.pump(generation, true);
    }

    /// Posts queued frames, one request at a time so they arrive in order. `opening`: the
    /// first batch of a long-poll connection, whose answer starts the polling.
    fn pump(self, generation: u64, opening: bool) {
        let batch = self
            .link
            .try_update_value(|l| {
                if l.generation != generation || l.posting || l.queue.is_empty() {
                    return None;
                }
                l.posting = true;
                let n = l.queue.len().min(MAX_BATCH_FRAMES);
                Some(l.queue.drain(..n).collect::<Vec<_>>())
            })
            .flatten();
        let (Some(batch), Some(token)) = (batch, self.token()) else {
            return;
        };
        spawn_local(async move {
            match poller::post(&self.api_base(), &token, &batch).await {
                Ok(replies) if self.is_current(generation) => {
                    self.link.update_value(|l| l.posting = false);
                    if opening {
                        self.connection.set(Connection::Online);
                        self.poll_loop(generation, token);
                    }
                    for reply in &replies {
                        self.handle(reply);
                    }
                    self.pump(generation, false);
                }
                Ok(_) => {}
                Err(e) => self.poll_failed(generation, &e),
            }
        });
    }

    fn poll_loop(self, generation: u64, token: String) {
        spawn_local(async move {
            loop {
                if !self.is_current(generation) {
                    return;
                }
                if self.link.with_value(|l| l.ladder.should_probe(now_ms())) {
                    // Time to try a WebSocket again; on failure the ladder comes back here.
                    self.end_connection();
                    return self.connect();
                }
                let after = self.timeline.with_untracked(Timeline::resume_from);
                // As long as the server may hold a poll.
                match poller::poll(&self.api_base(), &token, after, MAX_WAIT_SECS).await {
                    Ok(frames) if self.is_current(generation) => {
                        for frame in &frames {
                            self.handle(frame);
                        }
                    }
                    Ok(_) => return,
                    Err(e) => return self.poll_failed(generation, &e),
                }
            }
        });
    }

    fn poll_failed(self, generation: u64, error: &HttpError) {
        if !self.is_current(generation) {
            return;
        }
        self.end_connection();
        self.judge(|q, now| q.trouble(now));
        let state = match error {
            _ if !online() => Connection::Offline,
            HttpError::Status(401, _) => {
                self.forget_session();
                Connection::Connecting
            }
            HttpError::Status(410, _) => return self.forget_conversation(false),
            HttpError::Status(..) => Connection::after_refusal(error),
            HttpError::Network(_) => Connection::Connecting,
        };
        self.connection.set(state);
        if state != Connection::Offline {
            self.schedule_reconnect();
        }
    }

    pub(crate) fn schedule_reconnect(self) {
        let Some(attempt) = self
            .link
            .try_update_value(|l| {
                if l.reconnect_scheduled {
                    return None;
                }
                l.reconnect_scheduled = true;
                l.attempt += 1;
                Some(l.attempt)
            })
            .flatten()
        else {
            return;
        };
        let delay = backoff::delay_ms(attempt - 1, jitter());
        set_timeout(
            move || {
                self.link.update_value(|l| l.reconnect_scheduled = false);
                if self.refused() {
                    // This page may not use the chat: nothing to retry.
                } else if !online() {
                    // The `online` event reconnects; no point hammering while offline.
                    self.connection.set(Connection::Offline);
                } else if self.link.with_value(|l| l.active.is_none()) {
                    self.connect();
                }
            },
            Duration::from_millis(delay),
        );
    }
}
