//! What the bot says, and when. The words live in `locales/<tag>/bot.ftl`, the seasons
//! in `locales/seasons.tsv`.

use crate::bot::seasons::Seasons;

/// Catalog key of the bot's hello (`bot::reply::keys::HELLO`), which the season's wishes
/// open.
pub const GREETING: &str = crate::bot::reply::keys::HELLO;

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
    fn the_greeting_carries_the_seasons_wishes() {
        let seasons = Seasons::parse("season-songkran\tTH\t04-13\t04-15").expect("table");
        let words = |k: &str| Some(format!("<{k}>"));
        // 2027-04-15 and 2027-04-21, noon UTC.
        let (songkran, after) = (1_807_790_400_000, 1_808_308_800_000);
        let text = |key, country, now| text(key, words, &seasons, country, now);
        assert_eq!(
            text(GREETING, Some("TH"), songkran).as_deref(),
            Some("<season-songkran> <bot-hello>")
        );
        assert_eq!(
            text(GREETING, Some("TH"), after).as_deref(),
            Some("<bot-hello>")
        );
        assert_eq!(
            text(GREETING, Some("DE"), songkran).as_deref(),
            Some("<bot-hello>")
        );
        assert_eq!(
            text(GREETING, None, songkran).as_deref(),
            Some("<bot-hello>")
        );
        assert_eq!(
            text("template-x", Some("TH"), songkran).as_deref(),
            Some("<template-x>")
        );
    }
}
