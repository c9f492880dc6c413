//! Every shipped locale has exactly the English messages, with the same variables, parses
//! under the catalog's rules, uses its language's plural categories, and keeps its register.

use std::path::PathBuf;

use caravan_core::language::catalog::{Catalog, PlainRules};
use caravan_core::language::locale::{Locale, SUPPORTED};

const FILES: &[&str] = &["widget.ftl", "bot.ftl", "console.ftl"];

fn read(relative: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn load(tag: &str, file: &str) -> Catalog {
    Catalog::parse(&read(&format!("locales/{tag}/{file}")))
        .unwrap_or_else(|e| panic!("locales/{tag}/{file}: {e}"))
}

#[test]
fn thirty_five_locales_each_with_a_folder() {
    assert_eq!(SUPPORTED.len(), 35);
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../locales");
    let mut folders: Vec<String> = std::fs::read_dir(&dir)
        .expect("locales/")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let mut tags: Vec<String> = SUPPORTED.iter().map(|l| l.tag().to_owned()).collect();
    tags.sort();
    assert_eq!(
        folders, tags,
        "locales/ folders and the shipped list differ"
    );
}

#[test]
fn every_locale_matches_english() {
    for file in FILES {
        let english = load("en", file);
        let en_ids: Vec<_> = english.ids().collect();
        for locale in SUPPORTED {
            let other = load(locale.tag(), file);
            let ids: Vec<_> = other.ids().collect();
            let missing: Vec<_> = en_ids.iter().filter(|id| !ids.contains(id)).collect();
            let extra: Vec<_> = ids.iter().filter(|id| !en_ids.contains(id)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}/{file}: missing {missing:?}, extra {extra:?}",
                locale.tag()
            );
            for id in &en_ids {
                assert_eq!(
                    other.variables(id),
                    english.variables(id),
                    "{}/{file}: variables of {id} differ from en",
                    locale.tag()
                );
                assert!(
                    !other
                        .format(id, &[], &PlainRules)
                        .unwrap_or_default()
                        .trim()
                        .is_empty(),
                    "{}/{file}: {id} is empty",
                    locale.tag()
                );
            }
        }
    }
}

/// CLDR cardinal plural categories of each language (as the browser's `Intl.PluralRules`
/// reports them); a variant outside them would never be chosen.
fn plural_categories(locale: Locale) -> &'static [&'static str] {
    match locale.language() {
        "ja" | "ko" | "zh" | "th" | "vi" | "id" | "ms" => &["other"],
        "es" | "pt" | "fr" | "it" => &["one", "many", "other"],
        "pl" | "cs" | "ru" | "uk" => &["one", "few", "many", "other"],
        "ro" => &["one", "few", "other"],
        "he" => &["one", "two", "other"],
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        _ => &["one", "other"],
    }
}

#[test]
fn plural_variants_use_the_languages_categories() {
    for locale in SUPPORTED {
        let catalog = load(locale.tag(), "widget.ftl");
        let allowed = plural_categories(*locale);
        for id in catalog.ids() {
            let keys = catalog.variant_keys(id);
            for key in &keys {
                assert!(
                    allowed.contains(key) || key.parse::<f64>().is_ok(),
                    "{}: {id} has variant [{key}], not a plural category of the language",
                    locale.tag()
                );
            }
            assert!(
                keys.is_empty() || keys.contains(&"other"),
                "{}: {id} needs an [other] variant",
                locale.tag()
            );
        }
    }
}

/// Informal forms of address a formal locale must not use with shoppers.
fn informal_words(locale: Locale) -> &'static [&'static str] {
    match locale {
        Locale::De => &["du", "dich", "dir", "dein", "deine", "deiner", "deinen"],
        Locale::Fr => &["tu", "toi", "ton", "ta", "tes"],
        Locale::Es | Locale::Es419 => &["tú", "tu", "tus", "contigo"],
        Locale::PtPt => &["tu", "teu", "tua", "teus", "tuas"],
        Locale::It => &["tu", "tuo", "tua", "tuoi", "ti"],
        Locale::Nl => &["je", "jij", "jouw", "jou"],
        Locale::Pl => &["ty", "ciebie", "tobie", "twój", "twoje", "twoja", "twoi"],
        Locale::Cs => &["ty", "tebe", "tobě", "tvůj", "tvoje", "tvá"],
        Locale::Ro => &["tu", "ție", "tău", "ta"],
        Locale::El => &["εσύ", "σου"],
        Locale::Tr => &["sen", "seni", "sana", "senin"],
        Locale::Ru => &["ты", "тебя", "тебе", "твой", "твоё", "твои", "твоя"],
        Locale::Uk => &["ти", "тебе", "тобі", "твій", "твоє", "твої", "твоя"],
        Locale::Hi => &["तुम", "तू", "तुम्हारा", "तेरा"],
        Locale::Ur => &["تم", "تمہارا", "تو"],
        _ => &[],
    }
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| c.is_whitespace() || (c.is_ascii_punctuation() && c != '\''))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && !is_mark(c))
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
}

/// Combining marks (Devanagari vowel signs, Arabic harakat) belong to their word.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0900..=0x0DFF)
}

#[test]
fn formal_locales_keep_their_register() {
    for locale in SUPPORTED {
        let informal = informal_words(*locale);
        for file in FILES {
            let catalog = load(locale.tag(), file);
            for id in catalog.ids() {
                let text = catalog.format(id, &[], &PlainRules).unwrap_or_default();
                for word in words(&text) {
                    assert!(
                        !informal.contains(&word.as_str()),
                        "{}/{file}: {id} addresses the shopper informally ({word:?}): {text}",
                        locale.tag()
                    );
                }
            }
        }
    }
    // Honorific registers: Japanese polite endings, Korean formal endings, Chinese 您.
    let endings: &[(Locale, &[&str])] = &[
        (
            Locale::Ja,
            &["ます", "です", "ございます", "ください", "ません"],
        ),
        (Locale::Ko, &["니다", "십시오", "니까"]),
        (Locale::ZhHans, &["您"]),
        (Locale::ZhHant, &["您"]),
    ];
    for (locale, markers) in endings {
        let bot = load(locale.tag(), "bot.ftl");
        for id in [
            "bot-greeting",
            "template-order-shipped",
            "template-anything-else",
        ] {
            let text = bot.format(id, &[], &PlainRules).unwrap_or_default();
            assert!(
                markers.iter().any(|m| text.contains(m)),
                "{}: {id} lacks an honorific form: {text}",
                locale.tag()
            );
        }
    }
}

#[test]
fn the_lite_chats_english_copy_matches_the_source() {
    let english = load("en", "widget.ftl");
    let lite = read("public/caravan-lite.js");
    let start = lite
        .find("const EN = {")
        .expect("the lite chat's English strings");
    let block = &lite[start..start + lite[start..].find("};").expect("end of EN")];
    let mut checked = 0;
    for line in block.lines().skip(1) {
        let Some((key, value)) = line.trim().split_once("': '") else {
            continue;
        };
        let key = key.trim_start_matches('\'');
        let value = value.trim_end_matches(',').trim_end_matches('\'');
        assert_eq!(
            english.format(key, &[], &PlainRules).as_deref(),
            Some(value),
            "public/caravan-lite.js: EN[{key:?}] differs from locales/en/widget.ftl"
        );
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} lite strings found");
}
