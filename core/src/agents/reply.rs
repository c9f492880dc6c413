//! An agent's reply to a conversation: stored once per id, with its translation for the
//! shopper made by the caller before (the edge runs the pipeline, then appends).

use crate::conversation::rules::{ConversationLog, StoredMessage};
use crate::wire::ids::ClientMessageId;
use crate::wire::message_translation::MessageTranslation;
use crate::wire::protocol::Author;

/// An agent's reply, validated and translated by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentReply {
    /// Chosen by the agent's tool, so a retried request is stored once.
    pub id: ClientMessageId,
    pub text: String,
    /// The language `text` is written in.
    pub lang: String,
    /// `text` in the shopper's language, or why it is not.
    pub translation: Option<MessageTranslation>,
}

/// The reply stored under `id`, if any: a retried request is answered with it, never
/// translated or stored again.
pub fn stored_reply<L: ConversationLog>(
    log: &L,
    id: ClientMessageId,
) -> Result<Option<StoredMessage>, L::Error> {
    match log.seq_of(id)? {
        Some(seq) => Ok(log.after(seq - 1, 1)?.into_iter().next()),
        None => Ok(None),
    }
}

/// Appends an agent's reply, unless one with its id is stored: the message as stored, and
/// whether it is new (and so to be broadcast).
pub fn append_agent_reply<L: ConversationLog>(
    log: &mut L,
    reply: AgentReply,
    now_ms: u64,
) -> Result<(StoredMessage, bool), L::Error> {
    if let Some(stored) = stored_reply(log, reply.id)? {
        return Ok((stored, false));
    }
    let message = StoredMessage {
        seq: log.last_seq()? + 1,
        author: Author::Agent,
        text: reply.text,
        at: now_ms,
        id: Some(reply.id),
        lang: Some(reply.lang),
        translation: reply.translation,
        choices: Vec::new(),
        stage: None,
        card: Vec::new(),
    };
    log.append(&message)?;
    Ok((message, true))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conversation::memory_log::MemoryLog;
    use crate::conversation::rules::{Languages, handle};
    use crate::language::locale::Locale;
    use crate::wire::protocol::ClientFrame;

    fn id(n: u8) -> ClientMessageId {
        ClientMessageId::v7(1_700_000_000_000 + u64::from(n), [n; 10])
    }

    fn send(log: &mut MemoryLog, n: u8, text: &str) {
        let frame = ClientFrame::Send {
            id: id(n),
            text: text.into(),
            choice: None,
        };
        let languages = Languages {
            shopper: Locale::En,
            agent: Locale::En,
        };
        let Ok(_) = handle(log, frame, languages, 5);
    }

    #[test]
    fn agent_replies_are_stored_once_per_id() {
        let mut log = MemoryLog::default();
        send(&mut log, 1, "hi");
        let reply = AgentReply {
            id: id(9),
            text: "Hello!".into(),
            lang: "en".into(),
            translation: None,
        };
        let Ok((first, new)) = append_agent_reply(&mut log, reply.clone(), 7);
        assert!(new);
        assert_eq!((first.seq, first.author), (2, Author::Agent));
        let Ok((again, new)) = append_agent_reply(&mut log, reply, 8);
        assert!(!new);
        assert_eq!(again, first);
        assert_eq!(log.messages().len(), 2);
    }
}
