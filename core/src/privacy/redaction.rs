//! Finds the personal data in a message that must never reach a translation provider:
//! e-mail addresses, links, payment card numbers, phone numbers, order and reference
//! numbers. The translation pipeline swaps each for a placeholder and puts it back verbatim.
//!
//! Scripts without spaces (Thai, Chinese, Japanese) put data right next to words, so the
//! scan works on runs of "data characters" (ASCII letters, digits of any script we serve,
//! and the punctuation addresses and numbers use), not on whitespace-separated words.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PiiKind {
    Email,
    Link,
    Card,
    Phone,
    /// Order numbers, tracking codes, SKUs: anything mixing digits and letters, `#123`,
    /// or a bare number of four digits or more.
    Reference,
}

/// A byte range of the text holding one item of personal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PiiSpan {
    pub start: usize,
    pub end: usize,
    pub kind: PiiKind,
}

/// The personal data in `text`, in order, never overlapping.
pub fn find(text: &str) -> Vec<PiiSpan> {
    let tokens = tokens(text);
    let mut spans = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let (start, end) = tokens[i];
        let token = &text[start..end];
        if let Some(kind) = address_kind(token) {
            spans.push(PiiSpan { start, end, kind });
            i += 1;
            continue;
        }
        // Phone and card numbers are written in groups: "+66 81 234 5678", "(02) 123-4567".
        if numeric(token) {
            let mut last = i;
            while last + 1 < tokens.len()
                && numeric(&text[tokens[last + 1].0..tokens[last + 1].1])
                && !text[tokens[last + 1].0..].starts_with('+')
                && group_gap(&text[tokens[last].1..tokens[last + 1].0])
            {
                last += 1;
            }
            let group_end = tokens[last].1;
            let digits = digit_count(&text[start..group_end]);
            let kind = match digits {
                13..=19 if luhn(&text[start..group_end]) => Some(PiiKind::Card),
                7..=15 => Some(PiiKind::Phone),
                16.. => Some(PiiKind::Reference),
                _ => None,
            };
            if let Some(kind) = kind {
                let start = if text[..start].ends_with('(') {
                    start - 1
                } else {
                    start
                };
                spans.push(PiiSpan {
                    start,
                    end: group_end,
                    kind,
                });
                i = last + 1;
                continue;
            }
        }
        if reference(token) {
            spans.push(PiiSpan {
                start,
                end,
                kind: PiiKind::Reference,
            });
        }
        i += 1;
    }
    spans
}

/// Decimal digits of the scripts we serve: ASCII, Arabic-Indic, Persian, Devanagari, Thai,
/// full-width.
fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
        || ('\u{0660}'..='\u{0669}').contains(&c)
        || ('\u{06F0}'..='\u{06F9}').contains(&c)
        || ('\u{0966}'..='\u{096F}').contains(&c)
        || ('\u{0E50}'..='\u{0E59}').contains(&c)
        || ('\u{FF10}'..='\u{FF19}').contains(&c)
}

fn is_data_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || is_digit(c) || "@._%+-#/:=?&~".contains(c)
}

/// Byte ranges of maximal runs of data characters, without trailing sentence punctuation.
fn tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (start, is_data_char(c)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                let token = &text[s..i];
                let lead =
                    token.len() - token.trim_start_matches(|c| ":;,.?!&=/~".contains(c)).len();
                let body = token[lead..].trim_end_matches(|c| ".,:;?!-/&=#~".contains(c));
                if !body.is_empty() {
                    out.push((s + lead, s + lead + body.len()));
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn address_kind(token: &str) -> Option<PiiKind> {
    let lower = token.get(..8).unwrap_or(token).to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.") {
        return Some(PiiKind::Link);
    }
    let (local, domain) = token.split_once('@')?;
    let labels: Vec<&str> = domain.split('.').collect();
    let well_formed = !local.is_empty()
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._%+-".contains(c))
        && labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()));
    well_formed.then_some(PiiKind::Email)
}

/// Digits with the separators phone and card numbers use; may start with `+`.
fn numeric(token: &str) -> bool {
    let body = token.strip_prefix('+').unwrap_or(token);
    body.starts_with(is_digit) && body.chars().all(|c| is_digit(c) || "-./".contains(c))
}

/// Between two groups of one number: a space, a parenthesis, at most three of them.
fn group_gap(gap: &str) -> bool {
    !gap.is_empty() && gap.len() <= 3 && gap.chars().all(|c| c == ' ' || c == '(' || c == ')')
}

fn digit_count(s: &str) -> usize {
    s.chars().filter(|c| is_digit(*c)).count()
}

/// The Luhn checksum every payment card number satisfies.
fn luhn(s: &str) -> bool {
    let digits: Vec<u32> = s.chars().filter_map(|c| c.to_digit(10)).collect();
    if digits.len() != digit_count(s) {
        return false; // Non-ASCII digits: not how card numbers are typed.
    }
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| match (i % 2, d * 2) {
            (0, _) => *d,
            (_, doubled) if doubled > 9 => doubled - 9,
            (_, doubled) => doubled,
        })
        .sum();
    sum.is_multiple_of(10)
}

fn reference(token: &str) -> bool {
    let digits = digit_count(token);
    let letters = token.chars().any(|c| c.is_ascii_alphabetic());
    digits > 0 && (letters || token.starts_with('#') || digits >= 4)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, PiiKind)> {
        find(text)
            .into_iter()
            .map(|s| (&text[s.start..s.end], s.kind))
            .collect()
    }

    #[test]
    fn addresses_and_links() {
        assert_eq!(
            found("Write to anna.k+shop@example.co.uk, or see https://shop.example/o?id=7."),
            vec![
                ("anna.k+shop@example.co.uk", PiiKind::Email),
                ("https://shop.example/o?id=7", PiiKind::Link)
            ]
        );
        assert!(found("meet me @ noon, user@localhost").is_empty());
    }

    #[test]
    fn cards_need_a_valid_checksum() {
        assert_eq!(
            found("card 4111 1111 1111 1111 please"),
            vec![("4111 1111 1111 1111", PiiKind::Card)]
        );
        // Failing Luhn: not a card, but one long number all the same.
        assert_eq!(
            found("4111 1111 1111 1112"),
            vec![("4111 1111 1111 1112", PiiKind::Reference)]
        );
    }

    #[test]
    fn phones_in_their_usual_shapes() {
        assert_eq!(
            found("โทร +66 81 234 5678 ได้เลย"),
            vec![("+66 81 234 5678", PiiKind::Phone)]
        );
        assert_eq!(
            found("Ruf mich an: (030) 1234-5678!"),
            vec![("(030) 1234-5678", PiiKind::Phone)]
        );
        assert_eq!(
            found("رقمي ٠٥٠١٢٣٤٥٦٧ شكرا"),
            vec![("٠٥٠١٢٣٤٥٦٧", PiiKind::Phone)]
        );
    }

    #[test]
    fn order_numbers_next_to_words_of_any_script() {
        assert_eq!(
            found("คำสั่งซื้อ#12345ยังไม่มา"),
            vec![("#12345", PiiKind::Reference)]
        );
        assert_eq!(
            found("注文番号はORD-2291-Bです"),
            vec![("ORD-2291-B", PiiKind::Reference)]
        );
        assert_eq!(found("order 98765."), vec![("98765", PiiKind::Reference)]);
    }

    #[test]
    fn small_numbers_and_words_stay_translatable() {
        assert!(found("I ordered 2 shirts and 10 socks, is that ok?").is_empty());
        assert!(found("").is_empty());
    }
}
