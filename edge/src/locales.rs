//! The bot's words, compiled in from `locales/<tag>/bot.ftl` (all 35: the edge answers
//! every locale, and the files are small).

use caravan_core::bot::greeting as bot;
use caravan_core::bot::seasons::Seasons;
use caravan_core::language::catalog::{Arg, Catalog, PlainRules};
use caravan_core::language::locale::{Locale, SUPPORTED};
use caravan_core::translation::memory::Phrasebook;
use std::sync::OnceLock;

/// Seasonal greetings by country and date (checked by core's locale tests).
const SEASONS: &str = include_str!("../../locales/seasons.tsv");

/// `bot.ftl` of each locale, in the order of `SUPPORTED`.
const BOT: [&str; 35] = [
    include_str!("../../locales/en/bot.ftl"),
    include_str!("../../locales/es/bot.ftl"),
    include_str!("../../locales/es-419/bot.ftl"),
    include_str!("../../locales/pt-BR/bot.ftl"),
    include_str!("../../locales/pt-PT/bot.ftl"),
    include_str!("../../locales/fr/bot.ftl"),
    include_str!("../../locales/de/bot.ftl"),
    include_str!("../../locales/it/bot.ftl"),
    include_str!("../../locales/nl/bot.ftl"),
    include_str!("../../locales/pl/bot.ftl"),
    include_str!("../../locales/cs/bot.ftl"),
    include_str!("../../locales/ro/bot.ftl"),
    include_str!("../../locales/sv/bot.ftl"),
    include_str!("../../locales/da/bot.ftl"),
    include_str!("../../locales/fi/bot.ftl"),
    include_str!("../../locales/nb/bot.ftl"),
    include_str!("../../locales/el/bot.ftl"),
    include_str!("../../locales/tr/bot.ftl"),
    include_str!("../../locales/ru/bot.ftl"),
    include_str!("../../locales/uk/bot.ftl"),
    include_str!("../../locales/ar/bot.ftl"),
    include_str!("../../locales/he/bot.ftl"),
    include_str!("../../locales/fa/bot.ftl"),
    include_str!("../../locales/ur/bot.ftl"),
    include_str!("../../locales/hi/bot.ftl"),
    include_str!("../../locales/th/bot.ftl"),
    include_str!("../../locales/vi/bot.ftl"),
    include_str!("../../locales/id/bot.ftl"),
    include_str!("../../locales/ms/bot.ftl"),
    include_str!("../../locales/fil/bot.ftl"),
    include_str!("../../locales/ja/bot.ftl"),
    include_str!("../../locales/ko/bot.ftl"),
    include_str!("../../locales/zh-Hans/bot.ftl"),
    include_str!("../../locales/zh-Hant/bot.ftl"),
    include_str!("../../locales/sw/bot.ftl"),
];

/// The bot catalog of `locale`, parsed once per isolate (the bot speaks every turn). The
/// files are checked by core's locale tests, so a parse failure is a build defect; the bot
/// then stays quiet rather than failing the shopper.
pub fn bot_catalog(locale: Locale) -> Option<&'static Catalog> {
    static CATALOGS: OnceLock<Vec<Option<Catalog>>> = OnceLock::new();
    let at = SUPPORTED.iter().position(|l| *l == locale)?;
    CATALOGS
        .get_or_init(|| {
            BOT.iter()
                .map(|source| Catalog::parse(source).ok())
                .collect()
        })
        .get(at)?
        .as_ref()
}

fn seasons() -> &'static Seasons {
    static SEASONS_TABLE: OnceLock<Seasons> = OnceLock::new();
    SEASONS_TABLE.get_or_init(|| Seasons::parse(SEASONS).unwrap_or_default())
}

/// The bot's words in `tag`'s locale (English for an unknown tag), with their arguments.
/// The greeting opens with the season's wishes when the shopper's `country` celebrates one
/// at `now_ms`.
pub fn bot_words(
    tag: &str,
    country: Option<String>,
    now_ms: u64,
) -> impl Fn(&str, &[(&str, String)]) -> Option<String> {
    let locale = Locale::from_tag(tag).unwrap_or(Locale::En);
    let catalog = bot_catalog(locale);
    move |key: &str, args: &[(&str, String)]| {
        let catalog = catalog?;
        let args: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (*k, Arg::Str(v))).collect();
        let words = |k: &str| catalog.format(k, &args, &PlainRules);
        bot::text(key, words, seasons(), country.as_deref(), now_ms)
    }
}

/// The name of `country` (ISO 3166-1 alpha-2) in `tag`'s language, from the runtime's
/// `Intl.DisplayNames`; the code itself when the runtime cannot say.
pub fn country_name(tag: &str, country: &str) -> String {
    use wasm_bindgen::{JsCast, JsValue};
    let name = || -> Option<String> {
        let intl = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
        let ctor: js_sys::Function =
            js_sys::Reflect::get(&intl, &JsValue::from_str("DisplayNames"))
                .ok()?
                .dyn_into()
                .ok()?;
        let options = js_sys::Object::new();
        js_sys::Reflect::set(
            &options,
            &JsValue::from_str("type"),
            &JsValue::from_str("region"),
        )
        .ok()?;
        let args = js_sys::Array::of2(&JsValue::from_str(tag), &options);
        let names = js_sys::Reflect::construct(&ctor, &args).ok()?;
        let of: js_sys::Function = js_sys::Reflect::get(&names, &JsValue::from_str("of"))
            .ok()?
            .dyn_into()
            .ok()?;
        of.call1(&names, &JsValue::from_str(country))
            .ok()?
            .as_string()
    };
    name().unwrap_or_else(|| country.to_owned())
}

/// The human translations of every locale's bot and template phrases, built once per
/// isolate.
pub fn phrasebook() -> &'static Phrasebook {
    static BOOK: OnceLock<Phrasebook> = OnceLock::new();
    BOOK.get_or_init(|| {
        let mut book = Phrasebook::default();
        for locale in SUPPORTED.iter().copied() {
            if let Some(catalog) = bot_catalog(locale) {
                book.add(locale, catalog);
            }
        }
        book
    })
}
