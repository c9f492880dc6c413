//! Finds the personal data in a message that must never reach a translation provider and
//! that agents see masked: e-mail addresses, links, payment cards, IBANs, national ids,
//! phone numbers, order and reference numbers. The translation pipeline swaps each for a
//! placeholder and puts it back verbatim; `masking.rs` masks them for display.
//!
//! Scripts without spaces (Thai, Chinese, Japanese) put data right next to words, so the
//! scan works on runs of "data characters" (ASCII letters, digits of any script we serve,
//! and the punctuation addresses and numbers use), not on whitespace-separated words. A
//! label glued on by a colon (`CPF:529.982.247-25`, `Tel:+66…`) is not part of the data.
//!
//! When one piece of text could be read two ways, the first reading below wins:
//! 1. an e-mail address or a link;
//! 2. an IBAN: a country code, check digits, the country's length, MOD 97-10 (`iban.rs`);
//! 3. a national id in a layout only it has: CPF with its dots and dash, the NRIC's
//!    letters, a RUT's dash and check (`national_id.rs`);
//! 4. a number in groups (`+66 81 234 5678`, `(030) 1234-5678`, `4111 1111 1111 1111`):
//!    - starting with `+` or holding a parenthesis: a phone (7-15 digits);
//!    - a date (`12/05/2024`, `2024-05-12`): no personal data, an ordinary reference;
//!    - 13-19 digits passing Luhn, not starting with 0: a payment card;
//!    - a national id's exact length and grouping passing its check (`52998224725`,
//!      `2345 6789 0124`);
//!    - 7-15 digits: a phone; 16 or more: a reference, unless it is two numbers side by
//!      side, one of them passing a check (`+66 81 234 5678 4111 1111 1111 1111`);
//! 5. a reference: letters mixed with digits, `#123`, or four digits or more.
//!
//! A check digit fails on about one random number in ten (one in a hundred for two of
//! them), so a phone number of an id's length is now and then taken for that id: both are
//! masked, only the label and the mask's shape differ.

use crate::privacy::checksums::luhn;
use crate::privacy::digits::{self, is_digit};
use crate::privacy::iban;
use crate::privacy::national_id::{self, IdScheme};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PiiKind {
    Email,
    Link,
    Card,
    Phone,
    Iban,
    NationalId(IdScheme),
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
        let mut found = |start, last: usize, kind| {
            spans.push(PiiSpan {
                start,
                end: tokens[last].1,
                kind,
            });
            last + 1
        };
        if let Some(kind) = address_kind(token) {
            i = found(start, i, kind);
        } else if let Some(last) = iban_end(text, &tokens, i) {
            i = found(start, last, PiiKind::Iban);
        } else if let Some(scheme) = national_id::formatted(token) {
            i = found(start, i, PiiKind::NationalId(scheme));
        } else if let Some((start, last, kind)) =
            numeric(token).then(|| number(text, &tokens, i)).flatten()
        {
            i = found(start, last, kind);
        } else if reference(token) {
            i = found(start, i, PiiKind::Reference);
        } else {
            i += 1;
        }
    }
    spans
}

fn is_data_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || is_digit(c) || "@._%+-#/:=?&~".contains(c)
}

/// Byte ranges of maximal runs of data characters, without leading labels and trailing
/// sentence punctuation.
fn tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (start, is_data_char(c)) {
            (None, true) => start = Some(i),
            (Some(mut s), false) => {
                if let Some((label, rest)) = text[s..i].split_once(':')
                    && !label.is_empty()
                    && label.bytes().all(|b| b.is_ascii_alphabetic())
                    && !rest.starts_with('/')
                {
                    s += label.len() + 1;
                }
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

/// The last token of an IBAN starting at token `i`: written whole or in groups with one
/// space between them, up to its country's exact length.
fn iban_end(text: &str, tokens: &[(usize, usize)], i: usize) -> Option<usize> {
    let (start, end) = tokens[i];
    let length = iban::expected_length(&text[start..end])?;
    let mut compact = String::new();
    let mut j = i;
    loop {
        let group = &text[tokens[j].0..tokens[j].1];
        if !group.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return None;
        }
        compact.push_str(group);
        if compact.len() >= length {
            return iban::is_valid(&compact).then_some(j);
        }
        let next = tokens.get(j + 1)?;
        if &text[tokens[j].1..next.0] != " " {
            return None;
        }
        j += 1;
    }
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

/// The number written in groups from token `i` (phone and card numbers are: `+66 81 234
/// 5678`, `(02) 123-4567`): where it starts (with an opening parenthesis), its last
/// token, and what it is.
fn number(text: &str, tokens: &[(usize, usize)], i: usize) -> Option<(usize, usize, PiiKind)> {
    let mut last = i;
    while let Some(&(next_start, next_end)) = tokens.get(last + 1) {
        let next = &text[next_start..next_end];
        if !numeric(next)
            || next.starts_with('+')
            || !group_gap(&text[tokens[last].1..next_start])
            || national_id::formatted(next).is_some()
        {
            break;
        }
        last += 1;
    }
    let start = tokens[i].0;
    let start = if text[..start].ends_with('(') {
        start - 1
    } else {
        start
    };
    let kind = number_kind(&text[start..tokens[last].1], last == i)?;
    if kind == PiiKind::Reference
        && let Some((split, left)) = two_numbers(text, &tokens[i..=last], start)
    {
        return Some((start, i + split, left));
    }
    Some((start, last, kind))
}

/// Groups too long for one phone or card may be two numbers side by side (`+66 81 234 5678
/// 4111 1111 1111 1111`): split where one side passes a check (a card in a card's groups,
/// or a national id) and the other is personal data too; else a `+` number is a phone up to
/// its 15th digit. The index of the left side's last token, and its kind.
fn two_numbers(text: &str, run: &[(usize, usize)], start: usize) -> Option<(usize, PiiKind)> {
    /// Long runs are ordinary long numbers (and splitting them costs the square).
    const MOST_GROUPS: usize = 12;
    if run.len() > MOST_GROUPS {
        return None;
    }
    let kind = |from: usize, to: usize| {
        let from_byte = if from == 0 { start } else { run[from].0 };
        number_kind(&text[from_byte..run[to].1], from == to)
    };
    let checked = |kind: Option<PiiKind>, from: usize, to: usize| match kind {
        Some(PiiKind::Card) => {
            let groups: Vec<usize> = run[from..=to]
                .iter()
                .map(|&(s, e)| digits::count(&text[s..e]))
                .collect();
            card_groups(&groups)
        }
        Some(PiiKind::NationalId(_)) => true,
        _ => false,
    };
    let personal = |kind: Option<PiiKind>| {
        matches!(
            kind,
            Some(PiiKind::Phone | PiiKind::Card | PiiKind::NationalId(_))
        )
    };
    let last = run.len() - 1;
    for split in 0..last {
        let (left, right) = (kind(0, split), kind(split + 1, last));
        if (checked(left, 0, split) && personal(right))
            || (checked(right, split + 1, last) && personal(left))
        {
            return left.map(|kind| (split, kind));
        }
    }
    if text[start..].starts_with('+') {
        return (0..last)
            .rev()
            .find(|&split| kind(0, split) == Some(PiiKind::Phone))
            .map(|split| (split, PiiKind::Phone));
    }
    None
}

/// How card numbers are grouped: one run, fours (the last of three for 15 or 19 digits), or
/// 4-6-5 and 4-6-4 (American Express, Diners).
fn card_groups(groups: &[usize]) -> bool {
    match groups {
        [_] | [4, 6, 5] | [4, 6, 4] => true,
        [init @ .., last] => init.iter().all(|&g| g == 4) && (3..=4).contains(last),
        [] => false,
    }
}

/// What a number in groups is, by the precedence in the module's doc.
fn number_kind(run: &str, one_token: bool) -> Option<PiiKind> {
    let n = digits::count(run);
    let by_length = match n {
        7..=15 => Some(PiiKind::Phone),
        16.. => Some(PiiKind::Reference),
        _ => None,
    };
    if run.starts_with('+') || run.contains(['(', ')']) {
        return by_length;
    }
    if one_token && date(run) {
        return None;
    }
    let values: Vec<u8> = run.chars().filter_map(digits::value).collect();
    // No card number starts with 0 (ISO/IEC 7812's industry digit 0 is not a payment card).
    if (13..=19).contains(&n) && values.first() != Some(&0) && luhn(&values) {
        return Some(PiiKind::Card);
    }
    if let Some(scheme) = national_id::bare(run) {
        return Some(PiiKind::NationalId(scheme));
    }
    by_length
}

/// `12/05/2024`, `5.12.2024`, `2024-05-12`: a day, a month and a year, one separator.
fn date(token: &str) -> bool {
    let Some(separator) = token.chars().find(|c| "-./".contains(*c)) else {
        return false;
    };
    let parts: Vec<usize> = token.split(separator).map(digits::count).collect();
    let lengths_ok = token
        .split(separator)
        .all(|p| !p.is_empty() && p.chars().all(is_digit));
    lengths_ok && matches!(parts.as_slice(), [1..=2, 1..=2, 4] | [4, 1..=2, 1..=2])
}

fn reference(token: &str) -> bool {
    let digits = digits::count(token);
    let letters = token.chars().any(|c| c.is_ascii_alphabetic());
    digits > 0 && (letters || token.starts_with('#') || digits >= 4)
}

#[cfg(test)]
#[path = "redaction_tests.rs"]
mod tests;
