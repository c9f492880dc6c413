//! What the bot says, and when. The words live in `locales/<tag>/bot.ftl`.

/// Catalog key of the greeting sent after a conversation's first shopper message.
pub const GREETING: &str = "bot-greeting";

/// The catalog key of the bot's reply to a shopper message, given how many messages the
/// conversation held before it; `None` when the bot stays quiet.
pub fn reply_key(messages_before: u64) -> Option<&'static str> {
    (messages_before == 0).then_some(GREETING)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greets_only_the_first_message() {
        assert_eq!(reply_key(0), Some(GREETING));
        assert_eq!(reply_key(2), None);
    }
}
