//! The seasonal greetings table in `locales/seasons.tsv`: it parses, covers the festivals
//! we promise through 2030, names only greetings every locale has, and answers by country
//! and date.

use caravan_core::bot::seasons::Seasons;
use caravan_core::language::catalog::Catalog;
use caravan_core::language::locale::SUPPORTED;

const TABLE: &str = include_str!("../../locales/seasons.tsv");

fn seasons() -> Seasons {
    Seasons::parse(TABLE).expect("locales/seasons.tsv")
}

/// Noon UTC of a civil date, as Unix milliseconds.
fn noon(y: i64, m: i64, d: i64) -> u64 {
    // Days from civil (Howard Hinnant), independent of the code under test's inverse.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    (days * 86_400_000 + 43_200_000) as u64
}

/// Country, civil date, expected greeting.
type Case = (&'static str, (i64, i64, i64), Option<&'static str>);

#[test]
fn answers_by_country_and_date() {
    let s = seasons();
    let cases: &[Case] = &[
        ("TH", (2027, 4, 14), Some("season-songkran")),
        ("TH", (2030, 4, 13), Some("season-songkran")),
        ("TH", (2027, 4, 16), None),
        ("VN", (2026, 2, 17), Some("season-tet")),
        ("KR", (2026, 2, 17), Some("season-seollal")),
        ("CN", (2026, 2, 17), Some("season-lunar-new-year")),
        ("TW", (2029, 2, 13), Some("season-lunar-new-year")),
        ("SA", (2026, 3, 1), Some("season-ramadan")),
        ("ID", (2030, 12, 30), Some("season-ramadan")),
        ("EG", (2030, 2, 6), Some("season-eid-al-fitr")),
        ("PK", (2028, 5, 6), Some("season-eid-al-adha")),
        ("IN", (2026, 11, 8), Some("season-diwali")),
        ("IN", (2026, 11, 21), None),
        ("DE", (2026, 12, 24), Some("season-christmas")),
        ("BR", (2029, 12, 25), Some("season-christmas")),
        ("DE", (2026, 12, 27), None),
        ("JP", (2026, 12, 24), None),
        ("MY", (2028, 2, 27), Some("season-eid-al-fitr")),
    ];
    for (country, (y, m, d), want) in cases {
        assert_eq!(
            s.greeting(country, noon(*y, *m, *d)),
            *want,
            "{country} on {y}-{m:02}-{d:02}"
        );
    }
}

#[test]
fn covers_every_promised_festival_through_2030() {
    let s = seasons();
    let names: Vec<&str> = s.greetings().collect();
    for festival in [
        "season-songkran",
        "season-tet",
        "season-lunar-new-year",
        "season-seollal",
        "season-ramadan",
        "season-eid-al-fitr",
        "season-eid-al-adha",
        "season-diwali",
        "season-christmas",
    ] {
        assert!(names.contains(&festival), "{festival} is missing");
    }
    assert!(s.last_year() >= 2030);
    // Ramadan and both Eids have a row in every year from 2026 to 2030.
    for year in 2026..=2030 {
        for festival in ["season-ramadan", "season-eid-al-fitr", "season-eid-al-adha"] {
            let rows = TABLE
                .lines()
                .filter(|l| l.starts_with(festival) && l.contains(&format!("\t{year}-")))
                .count();
            assert!(rows >= 1, "{festival} has no dates in {year}");
        }
    }
}

#[test]
fn every_greeting_is_in_every_locale() {
    let s = seasons();
    for locale in SUPPORTED {
        let path = format!(
            "{}/../locales/{}/bot.ftl",
            env!("CARGO_MANIFEST_DIR"),
            locale.tag()
        );
        let source = std::fs::read_to_string(&path).expect("bot.ftl");
        let catalog = Catalog::parse(&source).expect("catalog");
        for greeting in s.greetings() {
            assert!(
                catalog.ids().any(|id| id == greeting),
                "{}: {greeting}",
                locale.tag()
            );
        }
    }
}
