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
use crate::wire::ids::ClientMessageId;
use crate::wire::message_translation::TranslationState;
use crate::wire::protocol::{Author, ClientFrame, ErrorCode, MessageView, ServerFrame};

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

    fn sends(&mut self, now_ms: u64) -> Vec<ClientFrame> {
        self.outbox
            .take_unsent(now_ms)
            .into_iter()
            .map(|(id, text)| ClientFrame::Send { id, text })
            .collect()
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
            ServerFrame::Error { id: None, .. } | ServerFrame::Pong => {}
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
        });
        stored.chain(pending).collect()
    }

    /// The stored history as held, in sequence order.
    pub fn history(&self) -> &[MessageView] {
        &self.stored
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: u8) -> ClientMessageId {
        ClientMessageId::v7(1_000 + u64::from(n), [n; 10])
    }

    fn stored(seq: u64, author: Author, id: Option<ClientMessageId>) -> ServerFrame {
        ServerFrame::Message(MessageView {
            seq,
            author,
            text: format!("m{seq}"),
            at: 0,
            id,
            lang: None,
            translation: None,
        })
    }

    #[test]
    fn sending_then_sent_then_delivered() {
        let mut t = Timeline::default();
        assert!(t.write(id(1), "hi".into(), 0).is_empty(), "nothing is open");
        assert_eq!(t.entries()[0].delivery, Delivery::Sending);
        let frames = t.opened(100);
        assert_eq!(
            frames,
            vec![
                ClientFrame::Resume { after: 0 },
                ClientFrame::Send {
                    id: id(1),
                    text: "hi".into()
                }
            ]
        );
        assert_eq!(t.entries()[0].delivery, Delivery::Sent);
        let reaction = t.apply(&ServerFrame::Ack { id: id(1), seq: 1 }, 350);
        assert_eq!(reaction.ack_rtt_ms, Some(250));
        assert_eq!(t.entries()[0].delivery, Delivery::Delivered);
        t.apply(&stored(1, Author::Shopper, Some(id(1))), 351);
        t.apply(&stored(2, Author::Bot, None), 351);
        t.apply(&ServerFrame::Synced { last_seq: 2 }, 352);
        let entries = t.entries();
        assert_eq!(entries.len(), 2, "the echo replaces the pending copy");
        assert_eq!(
            entries[0].key,
            id(1).to_string(),
            "the key survives delivery"
        );
        assert_eq!(entries[1].author, Author::Bot);
        assert_eq!(t.resume_from(), 2);
        assert!(t.is_synced());
    }

    #[test]
    fn a_lost_connection_resends_unacknowledged_in_order() {
        let mut t = Timeline::default();
        t.opened(0);
        t.write(id(1), "a".into(), 1);
        t.write(id(2), "b".into(), 2);
        t.write(id(3), "c".into(), 3);
        t.apply(&ServerFrame::Ack { id: id(1), seq: 1 }, 4);
        t.closed();
        assert!(!t.is_synced());
        let frames = t.opened(5);
        let sends: Vec<String> = frames
            .iter()
            .filter_map(|f| match f {
                ClientFrame::Send { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(sends, vec!["b", "c"]);
    }

    #[test]
    fn resume_starts_below_the_first_hole_not_after_the_newest() {
        let mut t = Timeline::default();
        t.opened(0);
        t.apply(&stored(1, Author::Shopper, None), 0);
        t.apply(&ServerFrame::Synced { last_seq: 1 }, 0);
        // A live message overtakes a missing one: ask for the gap once.
        let reaction = t.apply(&stored(3, Author::Agent, None), 0);
        assert_eq!(reaction.frames, vec![ClientFrame::Resume { after: 1 }]);
        assert!(
            t.apply(&stored(4, Author::Agent, None), 0)
                .frames
                .is_empty()
        );
        t.closed();
        assert_eq!(t.resume_from(), 1, "a reconnect still fetches seq 2");
        t.opened(0);
        t.apply(&stored(2, Author::Bot, None), 0);
        assert_eq!(t.resume_from(), 4);
        let texts: Vec<String> = t.entries().into_iter().map(|e| e.text).collect();
        assert_eq!(texts, vec!["m1", "m2", "m3", "m4"]);
    }

    #[test]
    fn a_synced_beyond_what_arrived_asks_again_but_never_twice_for_the_same_gap() {
        let mut t = Timeline::default();
        t.opened(0);
        let r = t.apply(&ServerFrame::Synced { last_seq: 3 }, 0);
        assert!(r.frames.is_empty(), "resume after 0 is already on its way");
        t.apply(&stored(1, Author::Bot, None), 0);
        let r = t.apply(&ServerFrame::Synced { last_seq: 3 }, 0);
        assert_eq!(r.frames, vec![ClientFrame::Resume { after: 1 }]);
    }

    #[test]
    fn replayed_history_is_ordered_and_deduplicated() {
        let mut t = Timeline::default();
        t.opened(0);
        t.apply(&stored(3, Author::Agent, None), 0);
        t.apply(&stored(1, Author::Shopper, Some(id(1))), 0);
        t.apply(&stored(2, Author::Bot, None), 0);
        t.apply(&stored(2, Author::Bot, None), 0);
        t.apply(&ServerFrame::Synced { last_seq: 3 }, 0);
        let texts: Vec<String> = t.entries().into_iter().map(|e| e.text).collect();
        assert_eq!(texts, vec!["m1", "m2", "m3"]);
        assert!(t.is_synced());
    }

    #[test]
    fn refusals_fail_visibly_and_hiccups_are_retried() {
        let mut t = Timeline::default();
        t.opened(0);
        t.write(id(1), "x".into(), 0);
        t.write(id(2), "y".into(), 0);
        t.apply(
            &ServerFrame::Error {
                code: ErrorCode::MessageTooLong,
                message: String::new(),
                id: Some(id(1)),
            },
            1,
        );
        assert_eq!(
            t.entries()[0].delivery,
            Delivery::Failed(ErrorCode::MessageTooLong)
        );
        let r = t.apply(
            &ServerFrame::Error {
                code: ErrorCode::Internal,
                message: String::new(),
                id: Some(id(2)),
            },
            2,
        );
        assert!(r.retry_later && r.frames.is_empty());
        assert_eq!(
            t.flush(3),
            vec![ClientFrame::Send {
                id: id(2),
                text: "y".into()
            }],
            "only the retryable one goes again"
        );
    }
}
