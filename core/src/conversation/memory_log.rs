//! A conversation kept in memory: the [`ConversationLog`] of tests, benchmarks and native
//! tools. The edge keeps conversations in a Durable Object's SQLite instead.

use crate::conversation::rules::{ConversationLog, StoredMessage};
use crate::wire::ids::ClientMessageId;
use crate::wire::message_translation::{MessageTranslation, TranslationState};

/// An in-memory [`ConversationLog`] for tests and native tools.
#[derive(Debug, Default, Clone)]
pub struct MemoryLog {
    messages: Vec<StoredMessage>,
}

impl MemoryLog {
    pub fn messages(&self) -> &[StoredMessage] {
        &self.messages
    }
}

impl ConversationLog for MemoryLog {
    type Error = std::convert::Infallible;

    fn last_seq(&self) -> Result<u64, Self::Error> {
        Ok(self.messages.last().map_or(0, |m| m.seq))
    }

    fn seq_of(&self, id: ClientMessageId) -> Result<Option<u64>, Self::Error> {
        Ok(self
            .messages
            .iter()
            .find(|m| m.id == Some(id))
            .map(|m| m.seq))
    }

    fn append(&mut self, message: &StoredMessage) -> Result<(), Self::Error> {
        self.messages.push(message.clone());
        Ok(())
    }

    fn after(&self, after: u64, limit: usize) -> Result<Vec<StoredMessage>, Self::Error> {
        Ok(self
            .messages
            .iter()
            .filter(|m| m.seq > after)
            .take(limit)
            .cloned()
            .collect())
    }

    fn set_translation(
        &mut self,
        seq: u64,
        translation: Option<&MessageTranslation>,
    ) -> Result<(), Self::Error> {
        if let Some(m) = self.messages.iter_mut().find(|m| m.seq == seq) {
            m.translation = translation.cloned();
        }
        Ok(())
    }

    fn pending_translations(&self, limit: usize) -> Result<Vec<StoredMessage>, Self::Error> {
        Ok(self
            .messages
            .iter()
            .filter(|m| {
                m.translation
                    .as_ref()
                    .is_some_and(|t| t.state == TranslationState::Pending)
            })
            .take(limit)
            .cloned()
            .collect())
    }
}
