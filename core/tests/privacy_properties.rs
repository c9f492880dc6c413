//! Properties of the personal-data finder and the masks: on any text at all, `find` does
//! not panic and its spans are in order, on character boundaries, never overlapping; a
//! mask always shows (nothing is masked into itself); and in sentences of random words,
//! generated valid cards, IBANs, CPFs, phones and addresses are always found, masked, and
//! masked only once.

use caravan_core::privacy::masking::{has_personal_data, masked, revealed};
use caravan_core::privacy::national_id::IdScheme;
use caravan_core::privacy::redaction::{PiiKind, find};
use proptest::prelude::*;

fn well_formed(text: &str) {
    let spans = find(text);
    let mut at = 0;
    for s in &spans {
        assert!(
            at <= s.start && s.start < s.end && s.end <= text.len(),
            "{spans:?}"
        );
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        at = s.end;
    }
}

/// Text dense in what the finder looks at: digits of every script, separators, letters.
fn dense() -> impl Strategy<Value = String> {
    "[0-9٠-٩۰-۹०-९๐-๙０-９ +()\\-./#@:_%=?&~a-zXKSTkxก-ฮ中,]{0,80}"
}

proptest! {
    #[test]
    fn find_is_well_formed_on_any_text(text in any::<String>()) {
        well_formed(&text);
        let _ = (masked(&text), revealed(&text));
    }

    #[test]
    fn find_is_well_formed_on_number_dense_text(text in dense()) {
        well_formed(&text);
        // Every mask holds `***`, which no item does: a text changes exactly when it holds
        // something masked.
        prop_assert_eq!(masked(&text) != text, has_personal_data(&text));
        let cards = find(&text).iter().any(|s| s.kind == PiiKind::Card);
        prop_assert_eq!(revealed(&text) != text, cards);
    }
}

#[derive(Debug, Clone)]
struct Item {
    text: String,
    kind: PiiKind,
}

fn digits(n: usize) -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(0u8..10, n)
}

fn show(values: &[u8]) -> String {
    values.iter().map(|d| char::from(b'0' + d)).collect()
}

fn grouped(compact: &str, by: usize, separator: &str) -> String {
    let chars: Vec<char> = compact.chars().collect();
    chars
        .chunks(by)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(separator)
}

/// A Visa-like number: 4, fourteen digits, the Luhn digit; whole or in fours.
fn card() -> impl Strategy<Value = Item> {
    (digits(14), prop::sample::select(vec!["", " ", "-"])).prop_map(|(body, separator)| {
        let mut values = vec![4];
        values.extend(body);
        // The digit that makes the Luhn sum a multiple of 10 (doubling every second digit
        // from the right, the check digit itself not doubled).
        let sum: u32 = values
            .iter()
            .rev()
            .enumerate()
            .map(|(i, &d)| {
                let d = u32::from(d);
                if i % 2 == 0 {
                    if d * 2 > 9 { d * 2 - 9 } else { d * 2 }
                } else {
                    d
                }
            })
            .sum();
        values.push(((10 - sum % 10) % 10) as u8);
        Item {
            text: grouped(&show(&values), 4, separator),
            kind: PiiKind::Card,
        }
    })
}

/// A CPF: nine digits (not all the same), two mod-11 check digits; formatted or bare.
fn cpf() -> impl Strategy<Value = Item> {
    (digits(9), any::<bool>())
        .prop_filter("one repeated digit", |(d, _)| d.iter().any(|&x| x != d[0]))
        .prop_map(|(mut values, dotted)| {
            for _ in 0..2 {
                let n = values.len() as u32 + 1;
                let sum: u32 = values
                    .iter()
                    .zip((2..=n).rev())
                    .map(|(&d, w)| u32::from(d) * w)
                    .sum();
                values.push(match sum % 11 {
                    0 | 1 => 0,
                    r => (11 - r) as u8,
                });
            }
            let s = show(&values);
            let text = if dotted {
                format!("{}.{}.{}-{}", &s[..3], &s[3..6], &s[6..9], &s[9..])
            } else {
                s
            };
            Item {
                text,
                kind: PiiKind::NationalId(IdScheme::BrCpf),
            }
        })
}

/// An IBAN of a few countries, BBAN of digits and letters, check digits by MOD 97-10;
/// whole or in fours.
fn iban() -> impl Strategy<Value = Item> {
    let countries = vec![
        ("DE", 22),
        ("GB", 22),
        ("FR", 27),
        ("NL", 18),
        ("NO", 15),
        ("BR", 29),
    ];
    (
        prop::sample::select(countries),
        prop::collection::vec(prop_oneof![4 => b'0'..=b'9', 1 => b'A'..=b'Z'], 30),
        any::<bool>(),
    )
        .prop_map(|((country, length), bban, spaced)| {
            let bban = String::from_utf8(bban[..length - 4].to_vec()).unwrap_or_default();
            let rearranged = format!("{bban}{country}00");
            let remainder = rearranged
                .chars()
                .fold(0u32, |acc, c| match c.to_digit(36) {
                    Some(v) if v < 10 => (acc * 10 + v) % 97,
                    Some(v) => (acc * 100 + v) % 97,
                    None => acc,
                });
            let compact = format!("{country}{:02}{bban}", 98 - remainder);
            let text = if spaced {
                grouped(&compact, 4, " ")
            } else {
                compact
            };
            Item {
                text,
                kind: PiiKind::Iban,
            }
        })
}

/// `+<country code> <groups>`: 7 to 15 digits.
fn phone() -> impl Strategy<Value = Item> {
    (
        prop::sample::select(vec!["1", "44", "66", "351", "7"]),
        digits(9),
    )
        .prop_map(|(code, rest)| Item {
            text: format!("+{code} {}", grouped(&show(&rest), 3, " ")),
            kind: PiiKind::Phone,
        })
}

fn email() -> impl Strategy<Value = Item> {
    ("[a-z][a-z.]{0,6}[a-z]", "[a-z]{2,8}").prop_map(|(local, domain)| Item {
        text: format!("{local}@{domain}.com"),
        kind: PiiKind::Email,
    })
}

fn item() -> impl Strategy<Value = Item> {
    prop_oneof![card(), cpf(), iban(), phone(), email()]
}

/// Words of letters only (Latin, Thai or Chinese), so none is data of its own.
fn words() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(
        prop_oneof!["[a-zA-Z]{1,8}", "[ก-ฮ]{1,6}", "[中文字]{1,4}"],
        1..4,
    )
}

/// Does this word join what is next to it without a space (scripts written unspaced)?
fn unspaced(word: &str) -> bool {
    !word.starts_with(|c: char| c.is_ascii_alphabetic())
}

proptest! {
    #[test]
    fn generated_personal_data_in_random_words_is_found_and_masked_once(
        pieces in prop::collection::vec((words(), item(), any::<bool>()), 1..5),
        tail in words(),
    ) {
        let mut text = String::new();
        let mut expected = Vec::new();
        for (i, (words, item, glue)) in pieces.iter().enumerate() {
            text.push_str(&words.join(" "));
            // Next to Thai or Chinese, data may come with no space at all.
            let before = words.last().map_or("", String::as_str);
            if !(*glue && unspaced(before)) {
                text.push(' ');
            }
            expected.push((text.len(), text.len() + item.text.len(), item.kind));
            text.push_str(&item.text);
            let after = pieces.get(i + 1).map_or(&tail, |p| &p.0);
            if !(*glue && unspaced(after.first().map_or("", String::as_str))) {
                text.push(' ');
            }
        }
        text.push_str(&tail.join(" "));

        let found: Vec<(usize, usize, PiiKind)> =
            find(&text).into_iter().map(|s| (s.start, s.end, s.kind)).collect();
        for e in &expected {
            prop_assert!(found.contains(e), "{:?} not in {:?} of {}", e, found, text);
        }
        let once = masked(&text);
        prop_assert!(!has_personal_data(&once), "{}", once);
        prop_assert_eq!(masked(&once), once.clone());
        let shown = revealed(&text);
        for (item, (start, end, kind)) in pieces.iter().map(|p| &p.1).zip(&expected) {
            prop_assert!(!once.contains(&item.text), "{} in {}", item.text, once);
            prop_assert_eq!(shown.contains(&text[*start..*end]), *kind != PiiKind::Card);
        }
    }
}
