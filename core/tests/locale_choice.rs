//! Locale negotiation: fallback chains and the authority of each source, as tables.

use caravan_core::language::locale::Locale;
use caravan_core::language::locale_choice::{
    Preferences, Source, best_match, choose, fallback_chain,
};

#[test]
fn fallback_chains() {
    let table: &[(&str, &[&str])] = &[
        ("pt-BR", &["pt-BR", "pt"]),
        ("pt-AO", &["pt-AO", "pt-PT", "pt"]),
        ("es-MX", &["es-MX", "es-419", "es"]),
        ("es-ES", &["es-ES", "es"]),
        ("zh-HK", &["zh-HK", "zh-Hant", "zh"]),
        ("zh-Hant-TW", &["zh-Hant-TW", "zh-Hant", "zh"]),
        ("zh-CN", &["zh-CN", "zh-Hans", "zh"]),
        ("sr-Latn-RS", &["sr-Latn-RS", "sr-Latn", "sr"]),
        ("en_us", &["en-US", "en"]),
        ("iw", &["he"]),
        ("", &[]),
        ("not a tag", &[]),
    ];
    for (tag, chain) in table {
        assert_eq!(fallback_chain(tag), *chain, "chain of {tag:?}");
    }
}

#[test]
fn best_matches() {
    let table: &[(&str, Option<Locale>)] = &[
        ("pt-BR", Some(Locale::PtBr)),
        ("pt", Some(Locale::PtBr)),
        ("pt-MZ", Some(Locale::PtPt)),
        ("pt-pt", Some(Locale::PtPt)),
        ("es-MX", Some(Locale::Es419)),
        ("es-AR", Some(Locale::Es419)),
        ("es-419", Some(Locale::Es419)),
        ("es-ES", Some(Locale::Es)),
        ("es", Some(Locale::Es)),
        ("zh-HK", Some(Locale::ZhHant)),
        ("zh-TW", Some(Locale::ZhHant)),
        ("zh-Hant-HK", Some(Locale::ZhHant)),
        ("zh-SG", Some(Locale::ZhHans)),
        ("zh", Some(Locale::ZhHans)),
        ("no-NO", Some(Locale::Nb)),
        ("nn", Some(Locale::Nb)),
        ("tl-PH", Some(Locale::Fil)),
        ("in-ID", Some(Locale::Id)),
        ("ar-EG", Some(Locale::Ar)),
        ("fa-IR", Some(Locale::Fa)),
        ("sw-KE", Some(Locale::Sw)),
        ("th-TH", Some(Locale::Th)),
        ("en-GB", Some(Locale::En)),
        ("tlh", None),
        ("x-klingon", None),
    ];
    for (tag, want) in table {
        assert_eq!(best_match(tag), *want, "best match of {tag:?}");
    }
}

#[test]
fn sources_in_order_of_authority() {
    let browser = vec!["th-TH".to_owned(), "en".to_owned()];
    let header = vec!["ko".to_owned(), "en".to_owned()];
    let klingon = vec!["tlh".to_owned()];
    let all = Preferences {
        snippet: Some("de"),
        shopper: Some("ja"),
        browser: &browser,
        accept_language: &header,
        store: Some(Locale::Fr),
    };
    assert_eq!(choose(&all), (Locale::De, Source::Snippet));
    // An override we do not ship is skipped, not obeyed.
    let p = Preferences {
        snippet: Some("tlh"),
        ..all
    };
    assert_eq!(choose(&p), (Locale::Ja, Source::Shopper));
    let p = Preferences {
        snippet: None,
        shopper: None,
        ..all
    };
    assert_eq!(choose(&p), (Locale::Th, Source::Browser));
    let p = Preferences { browser: &[], ..p };
    assert_eq!(choose(&p), (Locale::Ko, Source::AcceptLanguage));
    let p = Preferences {
        accept_language: &klingon,
        ..p
    };
    assert_eq!(choose(&p), (Locale::Fr, Source::Store));
    let p = Preferences { store: None, ..p };
    assert_eq!(choose(&p), (Locale::En, Source::Fallback));
}
