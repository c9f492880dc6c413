//! The bot's words, compiled in from `locales/<tag>/bot.ftl`.

use caravan_core::catalog::Catalog;
use caravan_core::locale::Locale;

fn source(locale: Locale) -> &'static str {
    match locale {
        Locale::En => include_str!("../../locales/en/bot.ftl"),
        Locale::Ar => include_str!("../../locales/ar/bot.ftl"),
        Locale::Ja => include_str!("../../locales/ja/bot.ftl"),
    }
}

/// The bot message `key` in `tag`'s locale (English for an unknown tag).
pub fn bot_text(tag: &str, key: &str) -> Option<String> {
    let locale = Locale::from_tag(tag).unwrap_or(Locale::En);
    // The files are checked by core's locale tests, so a parse failure is a build defect;
    // the bot then stays quiet rather than failing the shopper's message.
    Catalog::parse(source(locale)).ok()?.format(key, &[])
}
