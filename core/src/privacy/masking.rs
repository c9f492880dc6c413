//! Personal data as someone other than the shopper sees it:
//! - e-mail addresses keep their first letter and domain: `j***@example.com`;
//! - phone numbers their country calling code (from the E.164 table) and last four digits:
//!   `+66 81 234 5678` → `+66***5678`, `081 234 5678` → `***5678`;
//! - card numbers only their last four: `**** 4242`, even when revealed;
//! - IBANs their country and last four: `DE89 3704 0044 0532 0130 00` → `DE***3000`;
//! - national ids, whatever the scheme, their last two characters: `529.982.247-25` →
//!   `***25`.
//!
//! Order numbers and links stay: agents need them to help. No mask is itself found as
//! anything masked, so masking twice changes nothing more.

use crate::privacy::calling_codes;
use crate::privacy::digits::{self, symbols};
use crate::privacy::redaction::{PiiKind, find};

/// Digits of a phone, card or IBAN kept at the end.
const LAST: usize = 4;
/// Characters of a national id kept at the end: enough to tell two apart, too few to use.
const LAST_OF_ID: usize = 2;

/// `jane@example.com` → `j***@example.com`.
pub fn email(address: &str) -> String {
    match address.trim().split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}***@{domain}")
        }
        None => "***".into(),
    }
}

fn last<T: Copy + Into<char>>(items: &[T], n: usize) -> String {
    items[items.len().saturating_sub(n)..]
        .iter()
        .map(|&c| c.into())
        .collect()
}

/// `+1 415 555 5678` → `+1***5678`, `+44 20 7946 0958` → `+44***0958`; `081 234 5678` →
/// `***5678`. A number under no country's code keeps only the `+`.
pub fn phone(number: &str) -> String {
    let typed: Vec<char> = number.chars().filter(|c| digits::is_digit(*c)).collect();
    let prefix = if number.trim_start().starts_with('+') {
        let ascii: String = symbols(number).into_iter().map(char::from).collect();
        let code = calling_codes::code_of(&ascii).map_or(0, str::len);
        let code: String = typed.iter().take(code).collect();
        format!("+{code}")
    } else {
        String::new()
    };
    format!("{prefix}***{}", last(&typed, LAST))
}

/// `4242 4242 4242 4242` → `**** 4242`.
pub fn card(number: &str) -> String {
    let typed: Vec<char> = number.chars().filter(|c| digits::is_digit(*c)).collect();
    format!("**** {}", last(&typed, LAST))
}

/// `DE89 3704 0044 0532 0130 00` → `DE***3000`.
pub fn iban(number: &str) -> String {
    let s = symbols(number);
    format!("{}***{}", last(&s[..s.len().min(2)], 2), last(&s, LAST))
}

/// `529.982.247-25` → `***25`, `S1234567D` → `***7D`.
pub fn national_id(number: &str) -> String {
    format!("***{}", last(&symbols(number), LAST_OF_ID))
}

/// Is `kind` hidden from agents by default?
fn hidden(kind: PiiKind) -> bool {
    !matches!(kind, PiiKind::Link | PiiKind::Reference)
}

fn replaced(text: &str, mask: impl Fn(PiiKind) -> bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for span in find(text).into_iter().filter(|s| mask(s.kind)) {
        out.push_str(&text[at..span.start]);
        let item = &text[span.start..span.end];
        out.push_str(&match span.kind {
            PiiKind::Email => email(item),
            PiiKind::Phone => phone(item),
            PiiKind::Iban => iban(item),
            PiiKind::NationalId(_) => national_id(item),
            _ => card(item),
        });
        at = span.end;
    }
    out.push_str(&text[at..]);
    out
}

/// `text` as agents see it by default: every kind of personal data masked but links and
/// order numbers.
pub fn masked(text: &str) -> String {
    replaced(text, hidden)
}

/// `text` as an agent allowed to reveal it sees it (and as a store keeping originals
/// stores it): everything but card numbers.
pub fn revealed(text: &str) -> String {
    replaced(text, |kind| kind == PiiKind::Card)
}

/// Does `text` hold anything [`masked`] hides?
pub fn has_personal_data(text: &str) -> bool {
    find(text).iter().any(|s| hidden(s.kind))
}

#[cfg(test)]
#[path = "masking_tests.rs"]
mod tests;
