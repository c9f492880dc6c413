//! The order number and the checkout e-mail or phone inside a shopper's message: "pesanan
//! saya belum sampai, nomor 10293", "#1001 and it's ana@example.com". Only letters, digits,
//! `#` and `-` ever make an order number, so nothing else a shopper types reaches a store's
//! API.

/// What identifies an order at checkout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Contact {
    Email(String),
    /// Digits only, with the leading `+` dropped.
    Phone(String),
}

/// Longest order number accepted (Magento's increment ids are 9 digits, Shopify's names
/// shorter; references with a prefix a little longer).
const MAX_ORDER: usize = 20;

/// The first order number in `text`: `#1001`, `ORD-55812`, or a bare run of 3 to 10 digits
/// that is not part of a phone number, e-mail or price.
pub fn order_number(text: &str) -> Option<String> {
    for token in text.split(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | ';' | '(' | ')' | '!' | '?' | '"' | '\'' | '。' | '，' | '：' | ':'
            )
    }) {
        let token = token.trim_end_matches('.');
        if token.is_empty() || token.contains('@') || token.starts_with('+') {
            continue;
        }
        let hashed = token.strip_prefix('#').or_else(|| token.strip_prefix('＃'));
        let body = hashed.unwrap_or(token);
        let digits = body.chars().filter(char::is_ascii_digit).count();
        let clean = body.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
        if !clean
            || digits < 3
            || body.len() > MAX_ORDER
            || body.starts_with('-')
            || body.ends_with('-')
        {
            continue;
        }
        let all_digits = digits == body.len();
        if hashed.is_some()
            || (all_digits && digits <= 10)
            || (!all_digits
                && body.contains('-')
                && body.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
        {
            return Some(body.to_ascii_uppercase());
        }
    }
    None
}

/// The first e-mail address or phone number in `text`.
pub fn contact(text: &str) -> Option<Contact> {
    let email = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '<' | '>' | '(' | ')'))
        .find_map(|t| {
            let t = t.trim_matches(|c: char| matches!(c, '.' | ':' | '"' | '\''));
            let (local, domain) = t.split_once('@')?;
            let valid = !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !t[local.len() + 1..].contains('@');
            valid.then(|| Contact::Email(t.to_owned()))
        });
    // An order number can look like a phone number: with both in one message, the phone
    // is the other run of digits.
    let phones = phones(text);
    let number = order_number(text);
    let phone = phones
        .iter()
        .find(|p| phones.len() == 1 || number.as_deref() != Some(p.as_str()))
        .cloned();
    email.or_else(|| phone.map(Contact::Phone))
}

/// Runs of 8 to 15 digits, allowing spaces, dots, dashes and brackets between them and a
/// leading `+`: "+66 81 234 5678", "(11) 98765-4321".
fn phones(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut digits = String::new();
    let mut flush = |digits: &mut String| {
        if (8..=15).contains(&digits.len()) {
            found.push(digits.clone());
        }
        digits.clear();
    };
    let mut gap = 0;
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            gap = 0;
        } else if matches!(c, ' ' | '.' | '-' | '(' | ')' | '+') && gap < 2 {
            gap += 1;
        } else {
            flush(&mut digits);
            gap = 0;
        }
    }
    flush(&mut digits);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_order_numbers_as_shoppers_write_them() {
        assert_eq!(
            order_number("pesanan saya belum sampai, nomor 10293").as_deref(),
            Some("10293")
        );
        assert_eq!(order_number("where is #1001?").as_deref(), Some("1001"));
        assert_eq!(
            order_number("order ord-55812 pls").as_deref(),
            Some("ORD-55812")
        );
        assert_eq!(
            order_number("注文番号＃2044です").as_deref(),
            None,
            "glued to words: ask again"
        );
        assert_eq!(order_number("注文番号 ＃2044").as_deref(), Some("2044"));
        assert_eq!(order_number("I paid 49.90 for 2 shirts"), None);
        assert_eq!(order_number("call +66812345678"), None);
        assert_eq!(order_number("mail me at a1234@x.com"), None);
    }

    #[test]
    fn script_or_sql_never_passes() {
        assert_eq!(
            order_number("#1001'; DROP TABLE orders;--").as_deref(),
            Some("1001"),
            "only the number"
        );
        assert_eq!(order_number("#<script>1001</script>"), None);
        assert_eq!(order_number("1001 OR 1=1").as_deref(), Some("1001"));
    }

    #[test]
    fn finds_the_checkout_contact() {
        assert_eq!(
            contact("it's Ana.Silva@Example.com."),
            Some(Contact::Email("Ana.Silva@Example.com".into()))
        );
        assert_eq!(
            contact("เบอร์ +66 81 234 5678 ค่ะ"),
            Some(Contact::Phone("66812345678".into()))
        );
        assert_eq!(
            contact("(11) 98765-4321"),
            Some(Contact::Phone("11987654321".into()))
        );
        assert_eq!(contact("order 10293"), None);
        assert_eq!(contact("a@b"), None);
        // The order number is not the phone, even when it could be one.
        assert_eq!(
            contact("where is my order 000000123? my phone is +84 90 123 4567"),
            Some(Contact::Phone("84901234567".into()))
        );
        assert_eq!(
            contact("0812345678"),
            Some(Contact::Phone("0812345678".into()))
        );
    }
}
