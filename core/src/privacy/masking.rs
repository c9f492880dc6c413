//! Personal data as someone other than the shopper sees it: e-mail addresses keep their
//! first letter and domain (`j***@example.com`), phone numbers their country prefix's first
//! digit and last four (`+1***5678`), card numbers only their last four (`•••• 4242`), even
//! when revealed. Order numbers and links stay: agents need them to help.

use crate::privacy::redaction::{PiiKind, find};

/// Digits of a phone or card number kept at the end.
const LAST: usize = 4;

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

fn digits(text: &str) -> Vec<char> {
    text.chars().filter(|c| c.is_numeric()).collect()
}

fn last(digits: &[char]) -> String {
    digits[digits.len().saturating_sub(LAST)..].iter().collect()
}

/// `+1 415 555 5678` → `+1***5678`; `081 234 5678` → `***5678`.
pub fn phone(number: &str) -> String {
    let digits = digits(number);
    let prefix = match number.trim_start().strip_prefix('+') {
        Some(_) => format!("+{}", digits.first().copied().unwrap_or_default()),
        None => String::new(),
    };
    format!("{prefix}***{}", last(&digits))
}

/// `4242 4242 4242 4242` → `•••• 4242`.
pub fn card(number: &str) -> String {
    format!("•••• {}", last(&digits(number)))
}

fn replaced(text: &str, kinds: &[PiiKind]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for span in find(text).into_iter().filter(|s| kinds.contains(&s.kind)) {
        out.push_str(&text[at..span.start]);
        let item = &text[span.start..span.end];
        out.push_str(&match span.kind {
            PiiKind::Email => email(item),
            PiiKind::Phone => phone(item),
            _ => card(item),
        });
        at = span.end;
    }
    out.push_str(&text[at..]);
    out
}

/// `text` as agents see it by default.
pub fn masked(text: &str) -> String {
    replaced(text, &[PiiKind::Email, PiiKind::Phone, PiiKind::Card])
}

/// `text` as an agent allowed to reveal it sees it: everything but card numbers.
pub fn revealed(text: &str) -> String {
    replaced(text, &[PiiKind::Card])
}

/// Does `text` hold anything [`masked`] hides?
pub fn has_personal_data(text: &str) -> bool {
    find(text)
        .iter()
        .any(|s| matches!(s.kind, PiiKind::Email | PiiKind::Phone | PiiKind::Card))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_phones_and_cards_are_masked_orders_and_links_stay() {
        let text =
            "I'm jane.doe@example.com, call +1 415 555 5678, card 4242 4242 4242 4242, order #1001";
        assert_eq!(
            masked(text),
            "I'm j***@example.com, call +1***5678, card •••• 4242, order #1001"
        );
        assert_eq!(
            revealed(text),
            "I'm jane.doe@example.com, call +1 415 555 5678, card •••• 4242, order #1001"
        );
        assert!(has_personal_data(text));
        assert!(!has_personal_data(
            "where is order #1001? https://shop.example/t/1"
        ));
        assert_eq!(masked("เบอร์ 081 234 5678 ค่ะ"), "เบอร์ ***5678 ค่ะ");
        assert_eq!(
            masked("<script>alert(1)</script>"),
            "<script>alert(1)</script>"
        );
    }
}
