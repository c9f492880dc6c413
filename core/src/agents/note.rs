//! A private note on a conversation: written by a person for the team, kept apart from the
//! conversation's messages (its own table in the object, never framed for a shopper), so
//! no path that serves the shopper can carry it.

use serde::{Deserialize, Serialize};

use crate::conversation::message::{MessageError, validate_text};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// The author's account (e-mail).
    pub author: String,
    pub text: String,
    /// Unix ms.
    pub at_ms: u64,
}

impl Note {
    /// A note as written: the limits of a message (trimmed, not empty, 4,000 characters).
    pub fn new(author: &str, text: &str, at_ms: u64) -> Result<Note, MessageError> {
        Ok(Note {
            author: author.to_owned(),
            text: validate_text(text)?,
            at_ms,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_is_trimmed_and_bounded_like_a_message() {
        let note = Note::new("bea@shop.example", "  VIP: call back Friday \r\n", 5);
        assert_eq!(
            note,
            Ok(Note {
                author: "bea@shop.example".into(),
                text: "VIP: call back Friday".into(),
                at_ms: 5
            })
        );
        assert!(Note::new("bea@shop.example", " \n ", 5).is_err());
        assert!(Note::new("bea@shop.example", &"x".repeat(4_001), 5).is_err());
    }
}
