//! What the shopper's screen shows: stored messages in sequence order, then the shopper's
//! own messages still on their way, each with its delivery state.
//!
//! The widget feeds it what it sends and every server frame; the timeline decides what is
//! shown and in what state, so the rendering shell holds no rules of its own.

use crate::ids::ClientMessageId;
use crate::protocol::{Author, ErrorCode, MessageView, ServerFrame};

/// Where a shopper message is on its way to the server.
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
}

#[derive(Debug, Clone)]
struct Pending {
    id: ClientMessageId,
    text: String,
    delivery: Delivery,
}

#[derive(Debug, Default, Clone)]
pub struct Timeline {
    /// Sorted by `seq`, no duplicates.
    stored: Vec<MessageView>,
    /// In creation order.
    pending: Vec<Pending>,
    last_seq: u64,
    synced: bool,
}

impl Timeline {
    /// A message the shopper just wrote.
    pub fn push_local(&mut self, id: ClientMessageId, text: String) {
        self.pending.push(Pending {
            id,
            text,
            delivery: Delivery::Sending,
        });
    }

    /// The message was written to an open connection.
    pub fn mark_sent(&mut self, id: ClientMessageId) {
        if let Some(p) = self
            .pending
            .iter_mut()
            .find(|p| p.id == id && p.delivery == Delivery::Sending)
        {
            p.delivery = Delivery::Sent;
        }
    }

    /// The connection dropped: whatever was sent but not acknowledged must be sent again.
    pub fn connection_lost(&mut self) {
        self.synced = false;
        for p in &mut self.pending {
            if p.delivery == Delivery::Sent {
                p.delivery = Delivery::Sending;
            }
        }
    }

    /// Messages to (re)send on an open connection, oldest first.
    pub fn to_send(&self) -> Vec<(ClientMessageId, String)> {
        self.pending
            .iter()
            .filter(|p| p.delivery == Delivery::Sending)
            .map(|p| (p.id, p.text.clone()))
            .collect()
    }

    /// The highest sequence number seen, to resume from after a reconnect.
    pub fn last_seq(&self) -> u64 {
        self.last_seq
    }

    /// Has the history been replayed since the connection opened?
    pub fn is_synced(&self) -> bool {
        self.synced
    }

    fn store(&mut self, message: MessageView) {
        self.last_seq = self.last_seq.max(message.seq);
        if let Some(id) = message.id {
            self.pending.retain(|p| p.id != id);
        }
        match self.stored.binary_search_by_key(&message.seq, |m| m.seq) {
            Ok(at) => self.stored[at] = message,
            Err(at) => self.stored.insert(at, message),
        }
    }

    /// Applies a frame from the server.
    pub fn apply(&mut self, frame: &ServerFrame) {
        match frame {
            ServerFrame::Ack { id, .. } => {
                if let Some(p) = self.pending.iter_mut().find(|p| p.id == *id) {
                    p.delivery = Delivery::Delivered;
                }
            }
            ServerFrame::Message(message) => self.store(message.clone()),
            ServerFrame::Synced { last_seq } => {
                self.last_seq = self.last_seq.max(*last_seq);
                self.synced = true;
            }
            ServerFrame::Error {
                code, id: Some(id), ..
            } => {
                if let Some(p) = self.pending.iter_mut().find(|p| p.id == *id) {
                    p.delivery = Delivery::Failed(*code);
                }
            }
            ServerFrame::Error { id: None, .. } | ServerFrame::Pong => {}
        }
    }

    /// What to show, in order.
    pub fn entries(&self) -> Vec<Entry> {
        let stored = self.stored.iter().map(|m| Entry {
            key: m
                .id
                .map_or_else(|| format!("s{}", m.seq), |id| id.to_string()),
            author: m.author,
            text: m.text.clone(),
            delivery: Delivery::Delivered,
        });
        let pending = self.pending.iter().map(|p| Entry {
            key: p.id.to_string(),
            author: Author::Shopper,
            text: p.text.clone(),
            delivery: p.delivery,
        });
        stored.chain(pending).collect()
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
        })
    }

    #[test]
    fn sending_then_sent_then_delivered() {
        let mut t = Timeline::default();
        t.push_local(id(1), "hi".into());
        assert_eq!(t.entries()[0].delivery, Delivery::Sending);
        assert_eq!(t.to_send(), vec![(id(1), "hi".into())]);
        t.mark_sent(id(1));
        assert_eq!(t.entries()[0].delivery, Delivery::Sent);
        assert!(t.to_send().is_empty());
        t.apply(&ServerFrame::Ack { id: id(1), seq: 1 });
        assert_eq!(t.entries()[0].delivery, Delivery::Delivered);
        t.apply(&stored(1, Author::Shopper, Some(id(1))));
        t.apply(&stored(2, Author::Bot, None));
        let entries = t.entries();
        assert_eq!(entries.len(), 2, "the echo replaces the pending copy");
        assert_eq!(
            entries[0].key,
            id(1).to_string(),
            "the key survives delivery"
        );
        assert_eq!(entries[1].author, Author::Bot);
        assert_eq!(t.last_seq(), 2);
    }

    #[test]
    fn a_lost_connection_resends_unacknowledged() {
        let mut t = Timeline::default();
        t.push_local(id(1), "a".into());
        t.push_local(id(2), "b".into());
        t.mark_sent(id(1));
        t.mark_sent(id(2));
        t.apply(&ServerFrame::Ack { id: id(1), seq: 1 });
        t.connection_lost();
        assert_eq!(t.to_send(), vec![(id(2), "b".into())]);
        assert!(!t.is_synced());
    }

    #[test]
    fn replayed_history_is_ordered_and_deduplicated() {
        let mut t = Timeline::default();
        t.apply(&stored(3, Author::Agent, None));
        t.apply(&stored(1, Author::Shopper, Some(id(1))));
        t.apply(&stored(2, Author::Bot, None));
        t.apply(&stored(2, Author::Bot, None));
        t.apply(&ServerFrame::Synced { last_seq: 3 });
        let seqs: Vec<String> = t.entries().into_iter().map(|e| e.text).collect();
        assert_eq!(seqs, vec!["m1", "m2", "m3"]);
        assert!(t.is_synced());
    }

    #[test]
    fn refused_messages_fail_visibly() {
        let mut t = Timeline::default();
        t.push_local(id(1), "x".into());
        t.mark_sent(id(1));
        t.apply(&ServerFrame::Error {
            code: ErrorCode::MessageTooLong,
            message: String::new(),
            id: Some(id(1)),
        });
        assert_eq!(
            t.entries()[0].delivery,
            Delivery::Failed(ErrorCode::MessageTooLong)
        );
        assert!(t.to_send().is_empty(), "a refused message is not resent");
    }
}
