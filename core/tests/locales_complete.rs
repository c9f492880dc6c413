//! Every shipped locale has exactly the English messages, with the same variables, and
//! parses under the catalog's rules.

use std::path::PathBuf;

use caravan_core::catalog::Catalog;
use caravan_core::locale::SUPPORTED;

const FILES: &[&str] = &["widget.ftl", "bot.ftl"];

fn load(tag: &str, file: &str) -> Catalog {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../locales")
        .join(tag)
        .join(file);
    let source =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Catalog::parse(&source).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_locale_matches_english() {
    for file in FILES {
        let english = load("en", file);
        for locale in SUPPORTED {
            let other = load(locale.tag(), file);
            let en_ids: Vec<_> = english.ids().collect();
            let ids: Vec<_> = other.ids().collect();
            assert_eq!(
                ids,
                en_ids,
                "{}/{file}: message ids differ from en",
                locale.tag()
            );
            for id in en_ids {
                assert_eq!(
                    other.variables(id),
                    english.variables(id),
                    "{}/{file}: variables of {id} differ from en",
                    locale.tag()
                );
            }
        }
    }
}

#[test]
fn the_bot_greeting_exists_everywhere() {
    for locale in SUPPORTED {
        let bot = load(locale.tag(), "bot.ftl");
        let greeting = bot
            .format(caravan_core::bot::GREETING, &[])
            .unwrap_or_default();
        assert!(!greeting.is_empty(), "{} lacks a greeting", locale.tag());
    }
}
