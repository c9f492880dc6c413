//! What the shopper's screen shows, and what the client must send to keep it true: stored
//! messages in sequence order, then the shopper's own messages still on their way.
//!
//! The widget (either transport) feeds it connection events and every server frame and
//! writes the frames it returns; the timeline decides what is shown, what is (re)sent and
//! where to resume, so the shells hold no delivery rules of their own.
//!
//! Resuming uses the highest sequence number below which nothing is missing, not the
//! highest seen: a live message can overtake a replay, and resuming after it would skip
//! the gap for good.

use crate::delivery::outbox::{Outbox, Outgoing};
use crate::wire::card::CardLine;
use crate::wire::ids::ClientMessageId;
use crate::wire::message_translation::TranslationState;
use crate::wire::protocol::{Author, ClientFrame, ErrorCode, MessageView, ServerFrame};
use crate::wire::quick_reply::{QuickReply, Stage};

/// Where a shopper message is on its way to the server, as shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Delivery {
    /// Written, not yet handed to an open connection.
    Sending,
    /// Handed to an open connection, not yet acknowledged.
    Sent,
    /// Stored by the server (acknowledged, has a sequence number).
    Delivered,
    /// Refused by the server; it will not be retried as is.
    Failed(ErrorCode),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Stable across state changes: the client id for the shopper's messages, else `seq`.
    pub key: String,
    pub author: Author,
    pub text: String,
    pub delivery: Delivery,
    /// When the server stored it (Unix ms); `None` while it is only on this device.
    pub at: Option<u64>,
    /// An agent's reply in the shopper's language (`text` is the original).
    pub translation: Option<String>,
    /// It needed a translation and has none: shown with an honest marker.
    pub untranslated: bool,
    /// Quick replies under a bot message.
    pub choices: Vec<QuickReply>,
    /// The stage a bot message announces.
    pub stage: Option<Stage>,
    /// A card under a bot message (an order).
    pub card: Vec<CardLine>,
}

/// What applying a server frame asks of the client.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Reaction {
    /// Frames to write to the connection, in order.
    pub frames: Vec<ClientFrame>,
    /// The round trip of an ack for a message this connection carried (network quality).
    pub ack_rtt_ms: Option<u64>,
    /// A message was refused for a passing reason: call [`Timeline::flush`] after a
    /// backoff delay (never at once, which would hammer a struggling server).
    pub retry_later: bool,
}

#[derive(Debug, Default, Clone)]
pub struct Timeline {
    /// Sorted by `seq`, no duplicates.
    stored: Vec<MessageView>,
    outbox: Outbox,
    /// Every message numbered 1..=contiguous is in `stored`.
    contiguous: u64,
    open: bool,
    /// A `resume` is on its way and its `synced` has not come back.
    awaiting_sync: bool,
    /// The `after` of the last resume on this connection: never ask twice for the same gap.
    last_resume: Option<u64>,
}

impl Timeline {
    /// Starts with the messages a previous page left unsent.
    pub fn with_outbox(outbox: Outbox) -> Self {
        Self {
            outbox,
            ..Self::default()
        }
    }

    pub fn outbox(&self) -> &Outbox {
        &self.outbox
    }

    /// A message the shopper just wrote; returns what to send now if a connection is open.
    pub fn write(&mut self, id: ClientMessageId, text: String, now_ms: u64) -> Vec<ClientFrame> {
        self.outbox.push(id, text);
        if self.open {
            self.sends(now_ms)
        } else {
            Vec::new()
        }
    }

    /// A quick reply the shopper tapped: its label goes as their message, with its id.
    pub fn choose(
        &mut self,
        id: ClientMessageId,
        label: String,
        choice: String,
        now_ms: u64,
    ) -> Vec<ClientFrame> {
        self.outbox.push_choice(id, label, Some(choice));
        if self.open {
            self.sends(now_ms)
        } else {
            Vec::new()
        }
    }

    fn sends(&mut self, now_ms: u64) -> Vec<ClientFrame> {
        self.outbox.take_unsent(now_ms)
    }

    fn resume(&mut self) -> Option<ClientFrame> {
        if self.last_resume == Some(self.contiguous) {
            return None;
        }
        self.last_resume = Some(self.contiguous);
        self.awaiting_sync = true;
        Some(ClientFrame::Resume {
            after: self.contiguous,
        })
    }

    /// A connection can carry frames now: resume from the gap, then send what is unsent.
    pub fn opened(&mut self, now_ms: u64) -> Vec<ClientFrame> {
        self.open = true;
        self.last_resume = None;
        let mut frames: Vec<ClientFrame> = self.resume().into_iter().collect();
        frames.extend(self.sends(now_ms));
        frames
    }

    /// The connection closed: whatever it carried without an answer goes again.
    pub fn closed(&mut self) {
        self.open = false;
        self.awaiting_sync = false;
        self.outbox.connection_lost();
    }

    /// Sends everything unsent on an open connection (after a retryable refusal).
    pub fn flush(&mut self, now_ms: u64) -> Vec<ClientFrame> {
        if self.open {
            self.sends(now_ms)
        } else {
            Vec::new()
        }
    }

    /// Resume from here after any reconnect.
    pub fn resume_from(&self) -> u64 {
        self.contiguous
    }

    /// Open, and the history replayed up to what the server had.
    pub fn is_synced(&self) -> bool {
        self.open && !self.awaiting_sync
    }

    fn store(&mut self, message: MessageView) {
        if let Some(id) = message.id {
            self.outbox.echoed(id);
        }
        match self.stored.binary_search_by_key(&message.seq, |m| m.seq) {
            Ok(at) => self.stored[at] = message,
            Err(at) => self.stored.insert(at, message),
        }
        // `stored` starts at seq 1 when complete, so position `contiguous` holds the next.
        while self
            .stored
            .get(self.contiguous as usize)
            .is_some_and(|m| m.seq == self.contiguous + 1)
        {
            self.contiguous += 1;
        }
    }

    /// Applies a frame from the server.
    pub fn apply(&mut self, frame: &ServerFrame, now_ms: u64) -> Reaction {
        let mut reaction = Reaction::default();
        match frame {
            ServerFrame::Ack { id, .. } => reaction.ack_rtt_ms = self.outbox.acked(*id, now_ms),
            ServerFrame::Message(message) => {
                let seq = message.seq;
                self.store(message.clone());
                // A live message beyond a hole: something was missed; ask for it once.
                if self.open && !self.awaiting_sync && seq > self.contiguous {
                    reaction.frames.extend(self.resume());
                }
            }
            ServerFrame::Synced { last_seq } => {
                self.awaiting_sync = false;
                if self.open && *last_seq > self.contiguous {
                    reaction.frames.extend(self.resume());
                }
            }
            ServerFrame::Error {
                code, id: Some(id), ..
            } => {
                self.outbox.refused(*id, *code);
                reaction.retry_later = code.is_retryable();
            }
            ServerFrame::Error { id: None, .. }
            | ServerFrame::Pong
            | ServerFrame::Typing { .. } => {}
        }
        reaction
    }

    /// What to show, in order: the history, then the shopper's messages on their way.
    pub fn entries(&self) -> Vec<Entry> {
        let stored = self.stored.iter().map(|m| Entry {
            key: m
                .id
                .map_or_else(|| format!("s{}", m.seq), |id| id.to_string()),
            author: m.author,
            text: m.text.clone(),
            delivery: Delivery::Delivered,
            at: Some(m.at),
            // The shopper's own messages are translated for the agents, not for them.
            translation: m
                .translation
                .as_ref()
                .filter(|t| m.author != Author::Shopper && t.state == TranslationState::Done)
                .and_then(|t| t.text.clone()),
            untranslated: m.author != Author::Shopper
                && m.translation
                    .as_ref()
                    .is_some_and(|t| t.state == TranslationState::Unavailable),
            choices: m.choices.clone(),
            stage: m.stage,
            card: m.card.clone(),
        });
        let pending = self.outbox.entries().iter().map(|p| Entry {
            key: p.id.to_string(),
            author: Author::Shopper,
            text: p.text.clone(),
            delivery: match p.state {
                Outgoing::Sending => Delivery::Sending,
                Outgoing::Sent { .. } => Delivery::Sent,
                Outgoing::Acked => Delivery::Delivered,
                Outgoing::Failed(code) => Delivery::Failed(code),
            },
            at: None,
            translation: None,
            untranslated: false,
            choices: Vec::new(),
            stage: None,
            card: Vec::new(),
        });
        stored.chain(pending).collect()
    }

    /// The stored history as held, in sequence order.
    pub fn history(&self) -> &[MessageView] {
        &self.stored
    }
}
