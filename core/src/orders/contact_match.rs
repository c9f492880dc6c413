//! Does the contact a shopper gave match the order's? E-mail addresses compare without
//! case or surrounding space; phone numbers by their digits, the last nine when both have
//! that many (so "+66 81 234 5678" matches "081 234 5678"). The comparison takes the same
//! time whatever matches, and "no such order" and "does not match" look the same to the
//! shopper (the caller answers both alike).

use sha2::{Digest, Sha256};

use crate::privacy::masking;

/// Digits compared at most: enough to tell subscribers apart, few enough to ignore
/// country codes and trunk prefixes.
const PHONE_DIGITS: usize = 9;

fn email(text: &str) -> String {
    text.trim().to_lowercase()
}

fn phone(text: &str) -> String {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let skip = digits.len().saturating_sub(PHONE_DIGITS);
    digits[skip..].to_owned()
}

/// Equal in constant time: the digests of both, folded byte by byte.
fn same(a: &str, b: &str) -> bool {
    let (a, b): ([u8; 32], [u8; 32]) = (
        Sha256::digest(a.as_bytes()).into(),
        Sha256::digest(b.as_bytes()).into(),
    );
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Does `given` (what the shopper typed) match the order's e-mail or phone?
pub fn matches(given: &str, order_email: Option<&str>, order_phone: Option<&str>) -> bool {
    let by_email =
        order_email.is_some_and(|e| !e.trim().is_empty() && same(&email(given), &email(e)));
    let given_phone = phone(given);
    let by_phone = order_phone.is_some_and(|p| {
        let p = phone(p);
        given_phone.len() >= 7 && p.len() >= 7 && same(&given_phone, &p)
    });
    // Both are computed every time: which one matched takes no longer than a miss.
    by_email | by_phone
}

/// A contact as someone other than the shopper may see it: `a***@example.com`, `***5678`.
pub fn masked(given: &str) -> String {
    if given.contains('@') {
        masking::email(given)
    } else {
        masking::phone(given)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contacts_match_as_shoppers_type_them() {
        assert!(matches(
            " Ana.Silva@Example.com ",
            Some("ana.silva@example.com"),
            None
        ));
        assert!(!matches(
            "ana.silva@example.org",
            Some("ana.silva@example.com"),
            None
        ));
        assert!(matches("+66 81 234 5678", None, Some("081-234-5678")));
        assert!(matches(
            "(11) 98765-4321",
            Some("x@y.example"),
            Some("+55 11 98765 4321")
        ));
        assert!(
            !matches("1234", None, Some("1234")),
            "too few digits to prove anything"
        );
        assert!(!matches("", Some(""), Some("")));
        assert!(!matches("ana@example.com", None, None));
        assert_eq!(masked(" ana.silva@example.com"), "a***@example.com");
        assert_eq!(masked("+66 81 234 5678"), "+66***5678");
    }
}
