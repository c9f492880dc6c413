//! Plurals, numbers, times and currency come from the browser's `Intl` for each locale,
//! in headless Chromium: the catalog picks the locale's plural variant and formats the
//! number the locale's way.
#![cfg(target_arch = "wasm32")]

use caravan_core::language::catalog::{Arg, Catalog, Rules};
use caravan_core::language::locale::Locale;
use caravan_widget::intl::{Intl, autonym};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn plural_categories_follow_each_language() {
    let cases: &[(Locale, f64, &str)] = &[
        (Locale::En, 1.0, "one"),
        (Locale::En, 2.0, "other"),
        (Locale::Ru, 3.0, "few"),
        (Locale::Ru, 5.0, "many"),
        (Locale::Ru, 21.0, "one"),
        (Locale::Pl, 22.0, "few"),
        (Locale::Ar, 0.0, "zero"),
        (Locale::Ar, 2.0, "two"),
        (Locale::Ar, 11.0, "many"),
        (Locale::Ja, 1.0, "other"),
        (Locale::Fr, 0.0, "one"),
    ];
    for (locale, n, want) in cases {
        assert_eq!(Intl::new(*locale).plural(*n), *want, "{} {n}", locale.tag());
    }
}

#[wasm_bindgen_test]
fn messages_choose_variants_and_format_numbers() {
    let ru = Catalog::parse(include_str!("../../locales/ru/widget.ftl")).expect("ru");
    let intl = Intl::new(Locale::Ru);
    let waiting = |n: f64| {
        ru.format("messages-waiting", &[("count", Arg::Num(n))], &intl)
            .expect("message")
    };
    assert_eq!(waiting(3.0), "3 сообщения ожидают отправки.");
    assert_eq!(waiting(5.0), "5 сообщений ожидают отправки.");
    let de = Catalog::parse(include_str!("../../locales/de/widget.ftl")).expect("de");
    let too_long = de
        .format(
            "error-message-too-long",
            &[("max", Arg::Num(4000.0))],
            &Intl::new(Locale::De),
        )
        .expect("message");
    assert_eq!(
        too_long,
        "Diese Nachricht ist zu lang: höchstens 4.000 Zeichen."
    );
    let ar = Catalog::parse(include_str!("../../locales/ar/widget.ftl")).expect("ar");
    let two = ar
        .format(
            "messages-waiting",
            &[("count", Arg::Num(2.0))],
            &Intl::new(Locale::Ar),
        )
        .expect("message");
    assert_eq!(two, "رسالتان بانتظار الإرسال.");
}

#[wasm_bindgen_test]
fn numbers_times_and_currency_per_locale() {
    assert_eq!(Intl::new(Locale::Fr).number(1234.5), "1\u{202f}234,5");
    assert_eq!(Intl::new(Locale::Hi).number(1234567.0), "12,34,567");
    // 2026-11-22 14:05 UTC; formatted in the browser's time zone, so compare shapes.
    let at = 1_795_356_300_000;
    let en = Intl::new(Locale::En).time(at);
    assert!(
        en.contains(':') && (en.ends_with("AM") || en.ends_with("PM")),
        "{en}"
    );
    let de = Intl::new(Locale::De).time(at);
    assert!(de.len() == 5 && de.contains(':'), "{de}");
    assert_eq!(Intl::new(Locale::De).currency(12.5, "EUR"), "12,50\u{a0}€");
    assert_eq!(Intl::new(Locale::Ja).currency(1250.0, "JPY"), "￥1,250");
    assert_eq!(Intl::new(Locale::En).currency(12.5, "USD"), "$12.50");
}

#[wasm_bindgen_test]
fn the_language_menu_names_each_locale_in_itself() {
    assert_eq!(autonym(Locale::De), "Deutsch");
    assert_eq!(autonym(Locale::Ar), "العربية");
    assert_eq!(autonym(Locale::Ja), "日本語");
    assert_eq!(autonym(Locale::ZhHant), "繁體中文");
}
