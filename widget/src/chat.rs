//! The chat's state and what the shopper can do with it: write (into the durable outbox),
//! switch text mode, and see every server frame applied by core's timeline. How frames
//! travel — WebSocket or HTTP long-polling, reconnects, probes — is `link.rs`.

use std::time::Duration;

use caravan_core::conversation::message::{MAX_MESSAGE_CHARS, MessageError, validate_text};
use caravan_core::delivery::backoff;
use caravan_core::delivery::network_quality::{NetworkQuality, Preference, Quality};
use caravan_core::delivery::timeline::Timeline;
use caravan_core::delivery::transport::{Transport, TransportLadder};
use caravan_core::language::catalog::Arg;
use caravan_core::language::locale::Locale;
use caravan_core::language::locale_choice::Source;
use caravan_core::session::opening::SessionCreated;
use caravan_core::store::embedding::EmbedQuestion;
use caravan_core::wire::error_code::{ErrorBody, ErrorCode};
use caravan_core::wire::ids::ClientMessageId;
use caravan_core::wire::protocol::{Author, ClientFrame, ServerFrame};
use leptos::prelude::*;

use crate::http::HttpError;
use crate::options::{self, WidgetOptions};
use crate::platform::{jitter, now_ms, random_bytes};
use crate::socket::Socket;
use crate::strings::Strings;
use crate::{network, outbox_store, session_store, strings};

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
    /// This page may not use the store's chat (its origin is not configured, or the store
    /// is unknown): nothing will get through, so the chat stops and says so.
    Refused,
}

impl Connection {
    pub fn as_str(self) -> &'static str {
        match self {
            Connection::Connecting => "connecting",
            Connection::Online => "online",
            Connection::Offline => "offline",
            Connection::Unavailable => "unavailable",
            Connection::RegionUnavailable => "region-unavailable",
            Connection::Refused => "refused",
        }
    }

    /// The state to show after the edge refused a request.
    pub(crate) fn after_refusal(error: &HttpError) -> Self {
        match error {
            HttpError::Status(503, body)
                if ErrorBody::parse(body)
                    .is_some_and(|b| b.error.code == ErrorCode::RegionUnavailable) =>
            {
                Connection::RegionUnavailable
            }
            _ => Connection::Unavailable,
        }
    }
}

/// The connection in use.
#[derive(Debug)]
pub(crate) enum Active {
    Socket(Socket),
    /// HTTP long-polling; its requests belong to the link's current generation.
    Poll,
}

#[derive(Debug, Default)]
pub(crate) struct Link {
    pub session: Option<SessionCreated>,
    pub active: Option<Active>,
    /// Bumped whenever a connection ends, so callbacks and loops of an old one stop.
    pub generation: u64,
    /// Frames waiting for the HTTP transport (sent in order, one POST at a time).
    pub queue: Vec<ClientFrame>,
    pub posting: bool,
    /// Consecutive failed attempts, for backoff.
    pub attempt: u32,
    pub reconnect_scheduled: bool,
    pub ladder: TransportLadder,
    pub quality: NetworkQuality,
    /// The current socket answered `synced`: it works end to end.
    pub socket_synced: bool,
    /// What localStorage holds, to write only changes.
    pub saved_outbox: String,
    /// Whether the edge was asked if this page may embed the chat.
    pub embed: EmbedQuestion,
}

/// A handle to the chat (`Copy`; the state lives in Leptos' arena for the page's life).
#[derive(Debug, Clone, Copy)]
pub struct Chat {
    pub timeline: RwSignal<Timeline>,
    pub connection: RwSignal<Connection>,
    pub quality: RwSignal<Quality>,
    pub transport: RwSignal<Option<Transport>>,
    pub store_name: RwSignal<String>,
    /// A transient, localized notice for the shopper (e.g. a message that is too long).
    pub notice: RwSignal<Option<String>>,
    /// The language the panel speaks; the panel is mounted afresh when it changes.
    pub locale: RwSignal<Locale>,
    /// What the shopper is writing (kept across a language change).
    pub draft: RwSignal<String>,
    /// Keys of translated messages the shopper is reading in the original.
    pub originals: RwSignal<Vec<String>>,
    /// Someone of the store's team is typing.
    pub agent_typing: RwSignal<bool>,
    /// What the privacy notice says: the session's region and the store's policy link.
    pub notice_of_privacy: RwSignal<Option<(String, Option<String>)>>,
    /// When the shopper's typing was last told (ms), and which sign of the team's shows.
    typing: StoredValue<(u64, u32)>,
    pub(crate) locale_source: StoredValue<Source>,
    strings: StoredValue<Strings>,
    pub(crate) options: StoredValue<WidgetOptions>,
    pub(crate) link: StoredValue<Link, LocalStorage>,
}

/// How long a sign of the team typing shows, and how often the shopper's is told.
const TYPING_SHOWN_MS: u64 = 6_000;
const TYPING_EVERY_MS: u64 = 3_000;

/// How often text mode is re-judged (it may have lasted long enough to end).
const QUALITY_TICK: Duration = Duration::from_secs(5);

impl Chat {
    pub fn start(options: WidgetOptions, locale: (Locale, Source), strings: Strings) -> Self {
        let now = now_ms();
        let stored = session_store::load(&options.merchant, now / 1000);
        let outbox = outbox_store::load(&options.merchant);
        let saved_outbox = outbox.to_storage();
        let quality = NetworkQuality::new(network::signals(), outbox_store::load_preference(), now);
        let chat = Chat {
            timeline: RwSignal::new(Timeline::with_outbox(outbox)),
            connection: RwSignal::new(Connection::Connecting),
            quality: RwSignal::new(quality.current()),
            transport: RwSignal::new(None),
            store_name: RwSignal::new(
                stored
                    .as_ref()
                    .map(|s| s.merchant_name.clone())
                    .unwrap_or_default(),
            ),
            notice: RwSignal::new(None),
            locale: RwSignal::new(locale.0),
            originals: RwSignal::new(Vec::new()),
            agent_typing: RwSignal::new(false),
            notice_of_privacy: RwSignal::new(stored.as_ref().map(SessionCreated::privacy)),
            typing: StoredValue::new((0, 0)),
            draft: RwSignal::new(String::new()),
            locale_source: StoredValue::new(locale.1),
            strings: StoredValue::new(strings),
            options: StoredValue::new(options),
            link: StoredValue::new_local(Link {
                session: stored,
                quality,
                saved_outbox,
                ..Link::default()
            }),
        };
        chat.watch_network();
        set_interval(move || chat.judge(|q, now| q.evaluate(now)), QUALITY_TICK);
        chat.connect();
        chat
    }

    pub fn t(&self, id: &str) -> String {
        self.strings.with_value(|s| s.get(id))
    }

    pub fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.strings.with_value(|s| s.format(id, args))
    }

    /// The time of day of `unix_ms` in the panel's locale.
    pub fn time(&self, unix_ms: u64) -> String {
        self.strings.with_value(|s| s.intl.time(unix_ms))
    }

    /// Speaks `locale` from now on: fetches its strings, then rebuilds the panel.
    /// `remember` is the shopper's own choice from the menu, kept on this device.
    pub fn set_locale(self, locale: Locale, remember: bool) {
        if remember {
            options::remember_choice(locale);
            self.locale_source.set_value(Source::Shopper);
        }
        let base = self.options.with_value(|o| o.locale_base.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let (locale, catalog) = strings::load(&base, locale).await;
            self.strings.set_value(Strings::new(locale, catalog));
            self.locale.set(locale);
            crate::render(self);
        });
    }

    /// When nothing on the device matched a locale we ship, the edge's choice (which also
    /// weighs `Accept-Language` and the store's default) is the better guess.
    pub(crate) fn adopt_session_locale(self, session: &SessionCreated) {
        let Some(locale) = Locale::from_tag(&session.locale) else {
            return;
        };
        if self.locale_source.get_value() == Source::Fallback
            && locale != self.locale.get_untracked()
        {
            self.locale_source.set_value(Source::Store);
            self.set_locale(locale, false);
        }
    }

    /// Takes the shopper's draft; returns whether it was accepted (and the box may clear).
    pub fn send(&self, draft: &str) -> bool {
        let text = match validate_text(draft) {
            Ok(text) => text,
            Err(MessageError::Empty) => return false,
            Err(MessageError::TooLong(_)) => {
                let max = Arg::Num(MAX_MESSAGE_CHARS as f64);
                self.notice
                    .set(Some(self.t_args("error-message-too-long", &[("max", max)])));
                return false;
            }
        };
        self.notice.set(None);
        let id = ClientMessageId::v7(now_ms(), random_bytes());
        let frames = self
            .timeline
            .try_update(|t| t.write(id, text, now_ms()))
            .unwrap_or_default();
        // Durable before it is on the wire: a crash from here on loses nothing.
        self.persist();
        self.write(frames);
        true
    }

    /// A quick reply the shopper tapped: its label becomes their message, its id tells the
    /// bot which one. Durable in the outbox like any message.
    pub fn choose(&self, choice: &str, label: &str) {
        let id = ClientMessageId::v7(now_ms(), random_bytes());
        let frames = self
            .timeline
            .try_update(|t| t.choose(id, label.to_owned(), choice.to_owned(), now_ms()))
            .unwrap_or_default();
        self.persist();
        self.write(frames);
    }

    /// The shopper's switch: text only, or the full chat.
    pub fn toggle_text_mode(&self) {
        let preference = if self.quality.get_untracked() == Quality::TextOnly {
            Preference::Full
        } else {
            Preference::Text
        };
        outbox_store::save_preference(preference);
        self.judge(|q, now| q.set_preference(preference, now));
    }

    /// Updates the network judgement and shows its verdict.
    pub(crate) fn judge(&self, f: impl FnOnce(&mut NetworkQuality, u64) -> Quality) {
        let now = now_ms();
        if let Some(quality) = self.link.try_update_value(|l| f(&mut l.quality, now))
            && self.quality.get_untracked() != quality
        {
            self.quality.set(quality);
        }
    }

    /// Saves the outbox when it changed.
    pub(crate) fn persist(&self) {
        let text = self.timeline.with_untracked(|t| t.outbox().to_storage());
        let changed = self
            .link
            .try_update_value(|l| {
                let changed = l.saved_outbox != text;
                l.saved_outbox.clone_from(&text);
                changed
            })
            .unwrap_or(false);
        if changed {
            outbox_store::save(&self.options.with_value(|o| o.merchant.clone()), &text);
        }
    }

    /// Applies a frame from either transport and does what the timeline asks.
    pub(crate) fn handle(&self, frame: &ServerFrame) {
        let now = now_ms();
        match frame {
            ServerFrame::Typing {
                author: Author::Agent,
            } => return self.team_typing(),
            ServerFrame::Message(m) if m.author == Author::Agent => self.agent_typing.set(false),
            _ => {}
        }
        let reaction = self
            .timeline
            .try_update(|t| t.apply(frame, now))
            .unwrap_or_default();
        if let Some(rtt) = reaction.ack_rtt_ms {
            self.judge(|q, now| q.ack(rtt, now));
        }
        if matches!(frame, ServerFrame::Synced { .. }) {
            self.link.update_value(|l| {
                if matches!(l.active, Some(Active::Socket(_))) && !l.socket_synced {
                    l.socket_synced = true;
                    l.ladder.ws_worked();
                }
                l.attempt = 0;
            });
        }
        if reaction.retry_later {
            let chat = *self;
            let attempt = self.link.with_value(|l| l.attempt);
            set_timeout(
                move || {
                    let frames = chat
                        .timeline
                        .try_update(|t| t.flush(now_ms()))
                        .unwrap_or_default();
                    chat.write(frames);
                },
                Duration::from_millis(backoff::delay_ms(attempt, jitter())),
            );
        }
        self.persist();
        self.write(reaction.frames);
    }

    /// The team is typing: shown for a while after each sign (they come every few seconds).
    fn team_typing(&self) {
        self.agent_typing.set(true);
        self.typing.update_value(|t| t.1 = t.1.wrapping_add(1));
        let shown = self.typing.with_value(|t| t.1);
        let chat = *self;
        set_timeout(
            move || {
                if chat.typing.with_value(|t| t.1) == shown {
                    chat.agent_typing.set(false);
                }
            },
            Duration::from_millis(TYPING_SHOWN_MS),
        );
    }

    /// The shopper typed: the team is told at most every [`TYPING_EVERY_MS`], over a
    /// socket only (a sign is not worth an HTTP request on a weak link).
    pub(crate) fn typed(&self) {
        let now = now_ms();
        if now.saturating_sub(self.typing.with_value(|t| t.0)) < TYPING_EVERY_MS {
            return;
        }
        self.typing.update_value(|t| t.0 = now);
        self.link.with_value(|l| {
            if let Some(Active::Socket(socket)) = &l.active {
                socket.send(&ClientFrame::Typing.encode());
            }
        });
    }

    pub(crate) fn on_text(&self, text: &str) {
        match ServerFrame::decode(text) {
            Ok(frame) => self.handle(&frame),
            Err(e) => web_sys::console::warn_1(&format!("caravan: ignored frame: {e}").into()),
        }
    }

    /// Re-judges the network when the browser reports a change; follows online/offline.
    fn watch_network(self) {
        network::watch(move |event| {
            self.judge(|q, now| q.signals(network::signals(), now));
            match event {
                // A refused page stays refused: the network is not what stops it.
                _ if self.refused() => {}
                "offline" => {
                    // Whatever is open may be dead without knowing it: end it, so every
                    // unacknowledged message is resent once the network is back.
                    self.end_connection();
                    self.connection.set(Connection::Offline);
                }
                "online" => {
                    let idle = self
                        .link
                        .with_value(|l| l.active.is_none() && !l.reconnect_scheduled);
                    if idle {
                        self.connect();
                    }
                }
                _ => {}
            }
        });
    }
}
