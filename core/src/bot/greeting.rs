//! What the bot says, and when. The words live in `locales/<tag>/bot.ftl`, the seasons
//! in `locales/seasons.tsv`.

use crate::bot::seasons::Seasons;

/// Catalog key of the greeting sent after a conversation's first shopper message.
pub const GREETING: &str = "bot-greeting";

/// The catalog key of the bot's reply to a shopper message, given how many messages the
/// conversation held before it; `None` when the bot stays quiet.
pub fn reply_key(messages_before: u64) -> Option<&'static str> {
    (messages_before == 0).then_some(GREETING)
}

/// The bot's text for `key`, where `words` looks a message up in the session's locale:
/// the greeting opens with the season's wishes when the shopper's `country` celebrates
/// one at `now_ms` ("Happy Songkran! Hello, and thank you…").
pub fn text(
    key: &str,
    words: impl Fn(&str) -> Option<String>,
    seasons: &Seasons,
    country: Option<&str>,
    now_ms: u64,
) -> Option<String> {
    let text = words(key)?;
    let wishes = (key == GREETING)
        .then(|| seasons.greeting(country?, now_ms))
        .flatten()
        .and_then(&words);
    Some(match wishes {
        Some(wishes) => format!("{wishes} {text}"),
        None => text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greets_only_the_first_message() {
        assert_eq!(reply_key(0), Some(GREETING));
        assert_eq!(reply_key(2), None);
    }

    #[test]
    fn the_greeting_carries_the_seasons_wishes() {
        let seasons = Seasons::parse("season-songkran\tTH\t04-13\t04-15").expect("table");
        let words = |k: &str| Some(format!("<{k}>"));
        // 2027-04-15 and 2027-04-21, noon UTC.
        let (songkran, after) = (1_807_790_400_000, 1_808_308_800_000);
        let text = |key, country, now| text(key, words, &seasons, country, now);
        assert_eq!(
            text(GREETING, Some("TH"), songkran).as_deref(),
            Some("<season-songkran> <bot-greeting>")
        );
        assert_eq!(
            text(GREETING, Some("TH"), after).as_deref(),
            Some("<bot-greeting>")
        );
        assert_eq!(
            text(GREETING, Some("DE"), songkran).as_deref(),
            Some("<bot-greeting>")
        );
        assert_eq!(
            text(GREETING, None, songkran).as_deref(),
            Some("<bot-greeting>")
        );
        assert_eq!(
            text("template-x", Some("TH"), songkran).as_deref(),
            Some("<template-x>")
        );
    }
}
