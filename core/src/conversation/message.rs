//! What a shopper message may be, checked before anything is stored.

use thiserror::Error;

use crate::wire::protocol::ErrorCode;

/// The longest message a shopper may send, in Unicode scalar values.
pub const MAX_MESSAGE_CHARS: usize = 4_000;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MessageError {
    #[error("a message needs some text")]
    Empty,
    #[error("a message may have at most {MAX_MESSAGE_CHARS} characters, this one has {0}")]
    TooLong(usize),
}

impl MessageError {
    pub fn code(&self) -> ErrorCode {
        match self {
            MessageError::Empty => ErrorCode::EmptyMessage,
            MessageError::TooLong(_) => ErrorCode::MessageTooLong,
        }
    }
}

/// Normalises line endings and trims surrounding whitespace, then checks the length.
/// Returns the text to store.
pub fn validate_text(text: &str) -> Result<String, MessageError> {
    let chars = text.chars().count();
    if chars > MAX_MESSAGE_CHARS {
        return Err(MessageError::TooLong(chars));
    }
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    let trimmed = normalised.trim();
    if trimmed.is_empty() {
        return Err(MessageError::Empty);
    }
    Ok(trimmed.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_and_trims() {
        assert_eq!(
            validate_text("  hello\r\nworld \n"),
            Ok("hello\nworld".into())
        );
    }

    #[test]
    fn rejects_empty_and_blank() {
        assert_eq!(validate_text(""), Err(MessageError::Empty));
        assert_eq!(validate_text(" \n\t "), Err(MessageError::Empty));
    }

    #[test]
    fn counts_characters_not_bytes() {
        let thai = "ก".repeat(MAX_MESSAGE_CHARS);
        assert!(validate_text(&thai).is_ok());
        let over = "a".repeat(MAX_MESSAGE_CHARS + 1);
        assert_eq!(
            validate_text(&over),
            Err(MessageError::TooLong(MAX_MESSAGE_CHARS + 1))
        );
        assert_eq!(MessageError::TooLong(1).code(), ErrorCode::MessageTooLong);
    }
}
