//! The data subject a rights request names (an e-mail address, a phone number, the store's
//! customer id), and the subjects a conversation is linked to: the addresses and numbers
//! the shopper wrote, and the identity their store verified.
//!
//! A region's index finds conversations by a subject's *key*: a SHA-256 of the normalized
//! value under the store's id, never the value itself. It is a pseudonym, kept in the same
//! region as the conversations it points to and deleted with them. It is not keyed with a
//! secret, since a rotated secret would orphan every entry already written.

use sha2::{Digest, Sha256};
use thiserror::Error;

use crate::privacy::masking;
use crate::privacy::redaction::{self, PiiKind};

/// Longest customer id a store may name.
const MAX_CUSTOMER_ID: usize = 128;
/// Fewest digits of a phone number worth finding conversations by.
const MIN_PHONE_DIGITS: usize = 7;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Subject {
    /// Lower case, as written otherwise.
    Email(String),
    /// Its digits only (ASCII), the country code included when it was written with `+`.
    Phone(String),
    /// The store's own id for its customer (a verified identity's `sub`).
    Customer(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SubjectError {
    #[error("email must be one e-mail address like jane@example.com")]
    Email,
    #[error("phone must be a phone number of 7 to 15 digits, best with its country code (+44…)")]
    Phone,
    #[error("customer_id must be 1-128 visible characters")]
    Customer,
}

/// The value of a digit of any script the detector reads.
fn decimal(c: char) -> Option<char> {
    [
        '0', '\u{0660}', '\u{06F0}', '\u{0966}', '\u{0E50}', '\u{FF10}',
    ]
    .into_iter()
    .find_map(|zero| {
        let d = (c as u32).checked_sub(zero as u32)?;
        (d < 10).then(|| char::from_digit(d, 10)).flatten()
    })
}

impl Subject {
    pub fn email(value: &str) -> Result<Subject, SubjectError> {
        let value = value.trim();
        match redaction::find(value)[..] {
            [span] if span.kind == PiiKind::Email && span.start == 0 && span.end == value.len() => {
                Ok(Subject::Email(value.to_lowercase()))
            }
            _ => Err(SubjectError::Email),
        }
    }

    pub fn phone(value: &str) -> Result<Subject, SubjectError> {
        let value = value.trim();
        let digits: String = value.chars().filter_map(decimal).collect();
        let only_number = value
            .chars()
            .all(|c| decimal(c).is_some() || " +-.()/".contains(c));
        if !only_number || !(MIN_PHONE_DIGITS..=15).contains(&digits.len()) {
            return Err(SubjectError::Phone);
        }
        Ok(Subject::Phone(digits))
    }

    pub fn customer(value: &str) -> Result<Subject, SubjectError> {
        let fine = (1..=MAX_CUSTOMER_ID).contains(&value.len())
            && value.chars().all(|c| !c.is_control() && !c.is_whitespace());
        fine.then(|| Subject::Customer(value.to_owned()))
            .ok_or(SubjectError::Customer)
    }

    fn kind(&self) -> &'static str {
        match self {
            Subject::Email(_) => "email",
            Subject::Phone(_) => "phone",
            Subject::Customer(_) => "customer",
        }
    }

    fn value(&self) -> &str {
        match self {
            Subject::Email(v) | Subject::Phone(v) | Subject::Customer(v) => v,
        }
    }

    /// The index's key for this subject at `merchant`'s store: 32 hex digits.
    pub fn key(&self, merchant: &str) -> String {
        let mut hash = Sha256::new();
        for part in ["caravan-subject/v1", merchant, self.kind(), self.value()] {
            hash.update((part.len() as u32).to_be_bytes());
            hash.update(part.as_bytes());
        }
        hash.finalize()[..16]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// As a receipt or the audit log names it: masked like agents see it.
    pub fn masked(&self) -> String {
        match self {
            Subject::Email(v) => format!("email {}", masking::email(v)),
            Subject::Phone(v) => format!("phone ***{}", &v[v.len().saturating_sub(4)..]),
            Subject::Customer(v) => {
                let tail: String = v
                    .chars()
                    .rev()
                    .take(3)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                format!("customer ***{tail}")
            }
        }
    }
}

/// The e-mail addresses and phone numbers written in `text`, each once, in order.
pub fn in_text(text: &str) -> Vec<Subject> {
    let mut found: Vec<Subject> = Vec::new();
    for span in redaction::find(text) {
        let item = &text[span.start..span.end];
        let subject = match span.kind {
            PiiKind::Email => Subject::email(item).ok(),
            PiiKind::Phone => Subject::phone(item).ok(),
            _ => None,
        };
        if let Some(subject) = subject.filter(|s| !found.contains(s)) {
            found.push(subject);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn requests_are_normalized_like_what_shoppers_write() {
        assert_eq!(
            Subject::email(" Jane.Doe@Example.com "),
            Ok(Subject::Email("jane.doe@example.com".into()))
        );
        assert_eq!(Subject::email("jane"), Err(SubjectError::Email));
        assert_eq!(Subject::email("a@b.co c@d.co"), Err(SubjectError::Email));
        assert_eq!(
            Subject::phone("+66 81 234 5678"),
            Ok(Subject::Phone("66812345678".into()))
        );
        assert_eq!(
            Subject::phone("+٩٦٦ ٥٠ ١٢٣ ٤٥٦٧"),
            Ok(Subject::Phone("966501234567".into()))
        );
        assert_eq!(Subject::phone("12345"), Err(SubjectError::Phone));
        assert_eq!(Subject::phone("call 0812345678"), Err(SubjectError::Phone));
        assert_eq!(Subject::customer(""), Err(SubjectError::Customer));
        assert_eq!(
            Subject::customer("gid://shopify/Customer/7"),
            Ok(Subject::Customer("gid://shopify/Customer/7".into()))
        );

        let written =
            in_text("I'm JANE.doe@example.com, call +66 81 234 5678 or jane.doe@example.com");
        assert_eq!(
            written,
            vec![
                Subject::Email("jane.doe@example.com".into()),
                Subject::Phone("66812345678".into())
            ]
        );
        assert_eq!(
            written[0].key("demo"),
            Subject::email("jane.doe@EXAMPLE.com")
                .expect("valid")
                .key("demo")
        );
    }

    #[test]
    fn keys_are_per_store_and_kind_and_name_nothing() {
        let email = Subject::Email("jane@example.com".into());
        let key = email.key("demo");
        assert_eq!(key.len(), 32);
        assert!(!key.contains("jane"));
        assert_ne!(key, email.key("other"));
        assert_ne!(
            key,
            Subject::Customer("jane@example.com".into()).key("demo")
        );
        assert_eq!(email.masked(), "email j***@example.com");
        assert_eq!(
            Subject::Phone("66812345678".into()).masked(),
            "phone ***5678"
        );
        assert_eq!(
            Subject::Customer("cust-1234".into()).masked(),
            "customer ***234"
        );
    }

    proptest! {
        #[test]
        fn any_text_reads_without_panicking(text in any::<String>()) {
            for subject in in_text(&text) {
                prop_assert_eq!(subject.key("m").len(), 32);
                let _ = subject.masked();
            }
            let _ = Subject::email(&text);
            let _ = Subject::phone(&text);
            let _ = Subject::customer(&text);
        }
    }
}
