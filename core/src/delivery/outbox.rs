//! The shopper's messages on their way to the server, oldest first.
//!
//! A message enters the outbox when it is written (with its UUIDv7 client id) and leaves
//! only when the server acknowledges it or refuses it. The widget saves the outbox to
//! localStorage after every change ([`Outbox::to_storage`]), so a reload, a crash or a
//! closed tab loses nothing; the server appends idempotently by client id, so resending
//! whatever is still here after a restart never duplicates.

use crate::wire::ids::ClientMessageId;
use crate::wire::json::{JsonObject, JsonWriter};
use crate::wire::protocol::{ClientFrame, ErrorCode};

/// Where one outgoing message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outgoing {
    /// Waiting for a connection.
    Sending,
    /// Written to a connection at this Unix millisecond, not yet acknowledged.
    Sent { at_ms: u64 },
    /// Stored by the server; kept only until its echo arrives, so the screen never blinks.
    Acked,
    /// Refused by the server; never retried as is.
    Failed(ErrorCode),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    pub id: ClientMessageId,
    pub text: String,
    /// The quick reply tapped, when `text` is its label.
    pub choice: Option<String>,
    pub state: Outgoing,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Outbox {
    /// In creation order: resending in this order keeps the conversation's order.
    entries: Vec<Pending>,
}

impl Outbox {
    pub fn push(&mut self, id: ClientMessageId, text: String) {
        self.push_choice(id, text, None);
    }

    /// A message that is a tapped quick reply: its label and id.
    pub fn push_choice(&mut self, id: ClientMessageId, text: String, choice: Option<String>) {
        if self.find(id).is_none() {
            self.entries.push(Pending {
                id,
                text,
                choice,
                state: Outgoing::Sending,
            });
        }
    }

    fn find(&mut self, id: ClientMessageId) -> Option<&mut Pending> {
        self.entries.iter_mut().find(|p| p.id == id)
    }

    /// Messages to write to a connection that just became able to carry them, oldest
    /// first; they are marked sent at `now_ms`.
    pub fn take_unsent(&mut self, now_ms: u64) -> Vec<ClientFrame> {
        self.entries
            .iter_mut()
            .filter(|p| p.state == Outgoing::Sending)
            .map(|p| {
                p.state = Outgoing::Sent { at_ms: now_ms };
                ClientFrame::Send {
                    id: p.id,
                    text: p.text.clone(),
                    choice: p.choice.clone(),
                }
            })
            .collect()
    }

    /// The connection closed: whatever it carried without an answer goes again.
    pub fn connection_lost(&mut self) {
        for p in &mut self.entries {
            if matches!(p.state, Outgoing::Sent { .. }) {
                p.state = Outgoing::Sending;
            }
        }
    }

    /// The server stored `id`. Returns the ack's round trip when this connection sent it.
    pub fn acked(&mut self, id: ClientMessageId, now_ms: u64) -> Option<u64> {
        let p = self.find(id)?;
        let rtt = match p.state {
            Outgoing::Sent { at_ms } => Some(now_ms.saturating_sub(at_ms)),
            _ => None,
        };
        if !matches!(p.state, Outgoing::Failed(_)) {
            p.state = Outgoing::Acked;
        }
        rtt
    }

    /// The server answered `id` with an error: a retryable one (storage hiccup, region
    /// down) puts it back in line, any other fails it for good.
    pub fn refused(&mut self, id: ClientMessageId, code: ErrorCode) {
        if let Some(p) = self.find(id)
            && p.state != Outgoing::Acked
        {
            p.state = if code.is_retryable() {
                Outgoing::Sending
            } else {
                Outgoing::Failed(code)
            };
        }
    }

    /// The message came back from the server with its sequence number: it is history now.
    pub fn echoed(&mut self, id: ClientMessageId) {
        self.entries.retain(|p| p.id != id);
    }

    pub fn entries(&self) -> &[Pending] {
        &self.entries
    }

    /// Messages the server has not stored yet (what must survive a reload).
    pub fn unacknowledged(&self) -> impl Iterator<Item = &Pending> {
        self.entries
            .iter()
            .filter(|p| matches!(p.state, Outgoing::Sending | Outgoing::Sent { .. }))
    }

    /// One flat JSON object per line, for localStorage.
    pub fn to_storage(&self) -> String {
        self.unacknowledged()
            .map(|p| {
                JsonWriter::new()
                    .str("id", &p.id.to_string())
                    .str("text", &p.text)
                    .opt_str("ch", p.choice.as_deref())
                    .finish()
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Reads what [`Outbox::to_storage`] wrote. Unreadable lines are skipped rather than
    /// losing the rest; every message restored is unsent.
    pub fn from_storage(text: &str) -> Self {
        let mut outbox = Outbox::default();
        for line in text.lines() {
            let Ok(object) = JsonObject::parse(line) else {
                continue;
            };
            let id = object.str("id").and_then(ClientMessageId::parse);
            if let (Some(id), Some(text)) = (id, object.str("text")) {
                outbox.push_choice(id, text.to_owned(), object.str("ch").map(str::to_owned));
            }
        }
        outbox
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: u8) -> ClientMessageId {
        ClientMessageId::v7(1_000 + u64::from(n), [n; 10])
    }

    #[test]
    fn a_message_is_sent_once_per_connection_and_again_after_a_loss() {
        let mut o = Outbox::default();
        o.push(id(1), "a".into());
        o.push(id(2), "b".into());
        assert_eq!(o.take_unsent(10).len(), 2);
        assert!(o.take_unsent(11).is_empty(), "already on this connection");
        assert_eq!(o.acked(id(1), 250), Some(240));
        o.connection_lost();
        assert_eq!(
            o.take_unsent(300),
            vec![ClientFrame::Send {
                id: id(2),
                text: "b".into(),
                choice: None
            }]
        );
        assert_eq!(
            o.acked(id(1), 400),
            None,
            "a duplicate ack measures nothing"
        );
    }

    #[test]
    fn only_unacknowledged_messages_survive_a_reload() {
        let mut o = Outbox::default();
        o.push(id(1), "stored".into());
        o.push(id(2), "line one\nline \"two\"".into());
        o.push(id(3), "too long".into());
        o.take_unsent(1);
        o.acked(id(1), 2);
        o.refused(id(3), ErrorCode::MessageTooLong);
        let restored = Outbox::from_storage(&o.to_storage());
        assert_eq!(restored.entries().len(), 1);
        assert_eq!(restored.entries()[0].text, "line one\nline \"two\"");
        assert_eq!(restored.entries()[0].state, Outgoing::Sending);
    }

    #[test]
    fn damaged_storage_keeps_what_it_can() {
        let good = JsonWriter::new()
            .str("id", &id(4).to_string())
            .str("text", "ok")
            .finish();
        let o = Outbox::from_storage(&format!("{{broken\n{good}\n{{\"id\":\"x\",\"text\":1}}"));
        assert_eq!(o.entries().len(), 1);
        assert_eq!(o.entries()[0].id, id(4));
    }

    #[test]
    fn echo_removes_and_an_ack_never_revives_a_refusal() {
        let mut o = Outbox::default();
        o.push(id(1), "a".into());
        o.refused(id(1), ErrorCode::EmptyMessage);
        o.acked(id(1), 5);
        assert_eq!(
            o.entries()[0].state,
            Outgoing::Failed(ErrorCode::EmptyMessage)
        );
        o.echoed(id(1));
        o.push(id(2), "b".into());
        o.take_unsent(1);
        o.refused(id(2), ErrorCode::Internal);
        assert_eq!(o.take_unsent(2).len(), 1, "a storage hiccup is retried");
        assert_eq!(o.entries().len(), 1, "the echo removed the first");
    }
}
