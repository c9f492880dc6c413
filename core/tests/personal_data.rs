//! Personal data by country, as data: `core/tests/data/personal_data.tsv` lists sentences,
//! the item each holds and its kind, and near misses that must not pass for that kind.

use caravan_core::privacy::masking::{has_personal_data, masked};
use caravan_core::privacy::redaction::{PiiKind, find};

const CASES: &str = include_str!("data/personal_data.tsv");

fn name(kind: PiiKind) -> String {
    match kind {
        PiiKind::Email => "email".into(),
        PiiKind::Link => "link".into(),
        PiiKind::Card => "card".into(),
        PiiKind::Phone => "phone".into(),
        PiiKind::Iban => "iban".into(),
        PiiKind::NationalId(scheme) => format!("id:{}", scheme.as_str()),
        PiiKind::Reference => "reference".into(),
    }
}

#[test]
fn every_case_is_found_with_its_kind_and_no_near_miss_is() {
    let mut checked = 0;
    for (n, line) in CASES.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [expect, item, sentence] = fields[..] else {
            panic!("line {}: three tab-separated columns", n + 1);
        };
        assert!(
            sentence.contains(item),
            "line {}: {item} not in {sentence}",
            n + 1
        );
        let found: Vec<(&str, String)> = find(sentence)
            .into_iter()
            .map(|s| (&sentence[s.start..s.end], name(s.kind)))
            .collect();
        match expect.strip_prefix("not ") {
            Some(kind) => assert!(
                found.iter().all(|(_, k)| k != kind),
                "line {}: {item} passed for {kind}: {found:?}",
                n + 1
            ),
            None => {
                assert!(
                    found.contains(&(item, expect.to_owned())),
                    "line {}: {item} as {expect} in {found:?}",
                    n + 1
                );
                let hidden = !matches!(expect, "link" | "reference");
                assert_eq!(has_personal_data(sentence), hidden, "line {}", n + 1);
                assert_eq!(!masked(sentence).contains(item), hidden, "line {}", n + 1);
            }
        }
        checked += 1;
    }
    assert!(checked >= 50, "{checked} cases");
}
