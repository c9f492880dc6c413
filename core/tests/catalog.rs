//! The Fluent subset the catalog reads: messages, placeables, plural selectors.

use caravan_core::language::catalog::{Arg, Catalog, CatalogError, PlainRules, Rules};

#[test]
fn parses_messages_comments_and_multiline() {
    let src = "# A comment\nhello = Hello, { $name }!\n\nlong =\n    First line\n    second line\nplain = Just text\n";
    let cat = Catalog::parse(src).expect("valid");
    assert_eq!(
        cat.format("hello", &[("name", Arg::Str("Aiko"))], &PlainRules),
        Some("Hello, Aiko!".into())
    );
    assert_eq!(
        cat.format("long", &[], &PlainRules),
        Some("First line\nsecond line".into())
    );
    assert_eq!(
        cat.format("plain", &[], &PlainRules),
        Some("Just text".into())
    );
    assert_eq!(
        cat.format("hello", &[], &PlainRules),
        Some("Hello, {$name}!".into())
    );
    assert_eq!(cat.format("missing", &[], &PlainRules), None);
    assert_eq!(
        cat.ids().collect::<Vec<_>>(),
        vec!["hello", "long", "plain"]
    );
    assert_eq!(cat.variables("hello"), vec!["name"]);
}

/// English-like rules with a grouping separator, to see both hooks used.
struct TestRules;
impl Rules for TestRules {
    fn plural(&self, n: f64) -> &'static str {
        if n == 1.0 { "one" } else { "other" }
    }
    fn number(&self, n: f64) -> String {
        if n >= 1000.0 {
            format!("{},{:03}", (n / 1000.0) as u64, n as u64 % 1000)
        } else {
            n.to_string()
        }
    }
}

#[test]
fn selects_plural_variants() {
    let src = "waiting =\n    { $count ->\n        [0] Nothing waits.\n        [one] One message waits.\n       *[other] { $count } messages wait for { $who }.\n    }\n";
    let cat = Catalog::parse(src).expect("valid");
    let fmt = |n: f64| {
        cat.format(
            "waiting",
            &[("count", Arg::Num(n)), ("who", Arg::Str("you"))],
            &TestRules,
        )
    };
    assert_eq!(fmt(0.0).as_deref(), Some("Nothing waits."));
    assert_eq!(fmt(1.0).as_deref(), Some("One message waits."));
    assert_eq!(fmt(1200.0).as_deref(), Some("1,200 messages wait for you."));
    // Without locale rules only exact numbers and the default are chosen.
    assert_eq!(
        cat.format("waiting", &[("count", Arg::Num(1.0))], &PlainRules)
            .as_deref(),
        Some("1 messages wait for {$who}.")
    );
    assert_eq!(cat.variables("waiting"), vec!["count", "who"]);
    assert_eq!(cat.variant_keys("waiting"), vec!["0", "one", "other"]);
}

#[test]
fn refuses_bad_selectors() {
    let no_default = "a = { $n ->\n    [one] x\n    [other] y\n  }";
    assert_eq!(
        Catalog::parse(no_default),
        Err(CatalogError::BadSelector(1))
    );
    let two_defaults = "a = { $n ->\n   *[one] x\n   *[other] y\n  }";
    assert_eq!(
        Catalog::parse(two_defaults),
        Err(CatalogError::BadSelector(1))
    );
    let nested = "a = { $n ->\n   *[other] { $m ->\n   *[x] y\n  }\n  }";
    assert_eq!(Catalog::parse(nested), Err(CatalogError::Unsupported(1)));
    assert_eq!(
        Catalog::parse("a = { $n -> }"),
        Err(CatalogError::BadSelector(1))
    );
}

#[test]
fn refuses_what_it_does_not_read() {
    assert_eq!(Catalog::parse("no equals"), Err(CatalogError::Syntax(1)));
    assert_eq!(
        Catalog::parse("a = 1\na = 2"),
        Err(CatalogError::Duplicate(2, "a".into()))
    );
    assert_eq!(
        Catalog::parse("-brand = X"),
        Err(CatalogError::Unsupported(1))
    );
    assert_eq!(
        Catalog::parse("a = { -brand }"),
        Err(CatalogError::Unsupported(1))
    );
    assert_eq!(
        Catalog::parse("a = {\"x\"}"),
        Err(CatalogError::Unsupported(1))
    );
    assert_eq!(Catalog::parse("a = b }"), Err(CatalogError::Unsupported(1)));
    assert_eq!(
        Catalog::parse("a =\n    .attr = x"),
        Err(CatalogError::Unsupported(2))
    );
    assert!(matches!(
        Catalog::parse("1a = x"),
        Err(CatalogError::BadId(1, _))
    ));
}

#[test]
fn plain_numbers_without_float_formatting() {
    use caravan_core::language::catalog::plain_number;
    assert_eq!(plain_number(4000.0), "4000");
    assert_eq!(plain_number(-2.5), "-2.5");
    assert_eq!(plain_number(0.125), "0.125");
    assert_eq!(plain_number(1.0004), "1");
}
