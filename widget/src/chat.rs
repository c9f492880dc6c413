//! The chat's life: open or restore a session, keep a WebSocket to its conversation,
//! resume after every reconnect, and send what the timeline says is unsent.

use std::time::Duration;

use caravan_core::backoff;
use caravan_core::ids::ClientMessageId;
use caravan_core::message::{MAX_MESSAGE_CHARS, MessageError, validate_text};
use caravan_core::protocol::{ClientFrame, ServerFrame};
use caravan_core::session::{CreateSession, SessionCreated};
use caravan_core::timeline::Timeline;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen_futures::spawn_local;

use crate::http::{self, HttpError};
use crate::options::WidgetOptions;
use crate::platform::{jitter, now_ms, random_bytes};
use crate::session_store;
use crate::socket::Socket;
use crate::strings::Strings;

/// What the shopper is told about the connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Connection {
    Connecting,
    Online,
    Offline,
    Unavailable,
    /// The region that keeps this conversation cannot be reached; the edge stores nothing
    /// elsewhere, so messages wait on this device.
    RegionUnavailable,
}

impl Connection {
    pub fn as_str(self) -> &'static str {
        match self {
            Connection::Connecting => "connecting",
            Connection::Online => "online",
            Connection::Offline => "offline",
            Connection::Unavailable => "unavailable",
            Connection::RegionUnavailable => "region-unavailable",
        }
    }

    /// The state to show after the edge refused a request.
    fn after_refusal(error: &HttpError) -> Self {
        match error {
            HttpError::Status(503, body) if body.contains("\"region_unavailable\"") => {
                Connection::RegionUnavailable
            }
            _ => Connection::Unavailable,
        }
    }
}

#[derive(Debug, Default)]
struct Link {
    session: Option<SessionCreated>,
    socket: Option<Socket>,
    /// Consecutive failed attempts, for backoff.
    attempt: u32,
    reconnect_scheduled: bool,
}

/// A handle to the chat (`Copy`; the state lives in Leptos' arena for the page's life).
#[derive(Debug, Clone, Copy)]
pub struct Chat {
    pub timeline: RwSignal<Timeline>,
    pub connection: RwSignal<Connection>,
    pub store_name: RwSignal<String>,
    /// A transient, localized notice for the shopper (e.g. a message that is too long).
    pub notice: RwSignal<Option<String>>,
    strings: StoredValue<Strings>,
    options: StoredValue<WidgetOptions>,
    link: StoredValue<Link, LocalStorage>,
}

impl Chat {
    pub fn start(options: WidgetOptions, strings: Strings) -> Self {
        let stored = session_store::load(&options.merchant, now_ms() / 1000);
        let chat = Chat {
            timeline: RwSignal::new(Timeline::default()),
            connection: RwSignal::new(Connection::Connecting),
            store_name: RwSignal::new(
                stored
                    .as_ref()
                    .map(|s| s.merchant_name.clone())
                    .unwrap_or_default(),
            ),
            notice: RwSignal::new(None),
            strings: StoredValue::new(strings),
            options: StoredValue::new(options),
            link: StoredValue::new_local(Link {
                session: stored,
                ..Link::default()
            }),
        };
        chat.watch_network();
        chat.connect();
        chat
    }

    pub fn t(&self, id: &str) -> String {
        self.strings.with_value(|s| s.get(id))
    }

    pub fn t_args(&self, id: &str, args: &[(&str, &str)]) -> String {
        self.strings.with_value(|s| s.format(id, args))
    }

    /// Takes the shopper's draft; returns whether it was accepted (and the box may clear).
    pub fn send(&self, draft: &str) -> bool {
        let text = match validate_text(draft) {
            Ok(text) => text,
            Err(MessageError::Empty) => return false,
            Err(MessageError::TooLong(_)) => {
                let max = MAX_MESSAGE_CHARS.to_string();
                self.notice.set(Some(
                    self.t_args("error-message-too-long", &[("max", &max)]),
                ));
                return false;
            }
        };
        self.notice.set(None);
        let id = ClientMessageId::v7(now_ms(), random_bytes());
        let frames = self
            .timeline
            .try_update(|t| t.write(id, text, now_ms()))
            .unwrap_or_default();
        self.write(&frames);
        true
    }

    /// Writes frames to the open socket, in order.
    fn write(&self, frames: &[ClientFrame]) {
        self.link.with_value(|link| {
            if let Some(socket) = link.socket.as_ref() {
                for frame in frames {
                    socket.send(&frame.encode());
                }
            }
        });
    }

    fn connect(self) {
        spawn_local(async move {
            match self.session().await {
                Ok(session) => self.open_socket(&session),
                Err(e) => {
                    web_sys::console::warn_1(
                        &format!("caravan: cannot open a session: {e}").into(),
                    );
                    self.connection.set(Connection::after_refusal(&e));
                    self.schedule_reconnect();
                }
            }
        });
    }

    /// The stored session, or a new one from the edge.
    async fn session(self) -> Result<SessionCreated, HttpError> {
        if let Some(session) = self.link.with_value(|l| l.session.clone()) {
            return Ok(session);
        }
        let (merchant, api_base, locales) = self.options.with_value(|o| {
            (
                o.merchant.clone(),
                o.api_base.clone(),
                o.locale_preferences(),
            )
        });
        let body = CreateSession {
            merchant: merchant.clone(),
            locales,
        }
        .to_json();
        let answer = http::post_json(&format!("{api_base}/v1/sessions"), &body).await?;
        let session = SessionCreated::from_json(&answer)
            .ok_or_else(|| HttpError::Network("unreadable session answer".into()))?;
        session_store::save(&merchant, &session);
        self.store_name.set(session.merchant_name.clone());
        self.link
            .update_value(|l| l.session = Some(session.clone()));
        Ok(session)
    }

    fn open_socket(self, session: &SessionCreated) {
        let api_base = self.options.with_value(|o| o.api_base.clone());
        let url = format!("{}/v1/connect", api_base.replacen("http", "ws", 1));
        let bearer = format!("bearer.{}", session.session_token);
        let socket = Socket::open(
            &url,
            &["caravan.v1", &bearer],
            move || self.on_open(),
            move |text| self.on_frame(&text),
            move |opened| self.on_close(opened),
        );
        match socket {
            Ok(socket) => self.link.update_value(|l| l.socket = Some(socket)),
            Err(_) => {
                self.connection.set(Connection::Unavailable);
                self.schedule_reconnect();
            }
        }
    }

    fn on_open(self) {
        self.link.update_value(|l| l.attempt = 0);
        self.connection.set(Connection::Online);
        let frames = self
            .timeline
            .try_update(|t| t.opened(now_ms()))
            .unwrap_or_default();
        self.write(&frames);
    }

    fn on_frame(self, text: &str) {
        match ServerFrame::decode(text) {
            Ok(frame) => {
                let reaction = self
                    .timeline
                    .try_update(|t| t.apply(&frame, now_ms()))
                    .unwrap_or_default();
                self.write(&reaction.frames);
            }
            Err(e) => web_sys::console::warn_1(&format!("caravan: ignored frame: {e}").into()),
        }
    }

    fn on_close(self, opened: bool) {
        self.link.update_value(|l| l.socket = None);
        self.timeline.update(Timeline::closed);
        let online = web_sys::window().is_none_or(|w| w.navigator().on_line());
        self.connection.set(if online {
            Connection::Connecting
        } else {
            Connection::Offline
        });
        if opened {
            self.schedule_reconnect();
            return;
        }
        // Refused before opening: maybe the session itself is gone (expired, keys rotated),
        // or its region is down (the session stays pinned there; never a new one elsewhere).
        spawn_local(async move {
            let mut state = Connection::Unavailable;
            if let Some(token) = self
                .link
                .with_value(|l| l.session.as_ref().map(|s| s.session_token.clone()))
            {
                let api_base = self.options.with_value(|o| o.api_base.clone());
                match http::get_authorized(&format!("{api_base}/v1/session"), &token).await {
                    Err(HttpError::Status(401, _)) => {
                        let merchant = self.options.with_value(|o| o.merchant.clone());
                        session_store::clear(&merchant);
                        self.link.update_value(|l| l.session = None);
                    }
                    Err(e) => state = Connection::after_refusal(&e),
                    Ok(_) => {}
                }
            }
            self.connection.set(state);
            self.schedule_reconnect();
        });
    }

    fn schedule_reconnect(self) {
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
                let offline = web_sys::window().is_some_and(|w| !w.navigator().on_line());
                if offline {
                    // The `online` event reconnects; no point hammering while offline.
                    self.connection.set(Connection::Offline);
                } else {
                    self.connect();
                }
            },
            Duration::from_millis(delay),
        );
    }

    /// Reconnect as soon as the browser is back online.
    fn watch_network(self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let online = Closure::<dyn FnMut()>::new(move || {
            let idle = self
                .link
                .with_value(|l| l.socket.is_none() && !l.reconnect_scheduled);
            if idle {
                self.connect();
            }
        });
        let offline = Closure::<dyn FnMut()>::new(move || self.connection.set(Connection::Offline));
        let _ = window.add_event_listener_with_callback("online", online.as_ref().unchecked_ref());
        let _ =
            window.add_event_listener_with_callback("offline", offline.as_ref().unchecked_ref());
        // Listeners live as long as the page.
        online.forget();
        offline.forget();
    }
}
