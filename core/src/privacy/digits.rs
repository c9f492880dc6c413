//! Decimal digits as shoppers type them, in every script we serve (ASCII, Arabic-Indic,
//! Persian, Devanagari, Thai, full-width), and the text a checksum reads: letters and digits
//! only, digits as ASCII, letters in upper case.

/// The value of a decimal digit of one of the scripts we serve.
pub fn value(c: char) -> Option<u8> {
    let zero = match c {
        '0'..='9' => '0',
        '\u{0660}'..='\u{0669}' => '\u{0660}',
        '\u{06F0}'..='\u{06F9}' => '\u{06F0}',
        '\u{0966}'..='\u{096F}' => '\u{0966}',
        '\u{0E50}'..='\u{0E59}' => '\u{0E50}',
        '\u{FF10}'..='\u{FF19}' => '\u{FF10}',
        _ => return None,
    };
    u8::try_from(u32::from(c) - u32::from(zero)).ok()
}

pub fn is_digit(c: char) -> bool {
    value(c).is_some()
}

pub fn count(s: &str) -> usize {
    s.chars().filter(|c| is_digit(*c)).count()
}

/// The letters and digits of `s` as a checksum reads them (`529.982.247-25` →
/// `52998224725`, `x-1234567-l` → `X1234567L`, Devanagari `२३४५` → `2345`); separators
/// and anything else are dropped.
pub fn symbols(s: &str) -> Vec<u8> {
    s.chars()
        .filter_map(|c| match value(c) {
            Some(v) => Some(b'0' + v),
            None if c.is_ascii_alphabetic() => Some(c.to_ascii_uppercase() as u8),
            None => None,
        })
        .collect()
}

/// The values of the digits in `symbols`, or `None` if any symbol is a letter.
pub fn values(symbols: &[u8]) -> Option<Vec<u8>> {
    symbols
        .iter()
        .map(|b| b.is_ascii_digit().then(|| b - b'0'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_of_every_script_read_as_ascii() {
        assert_eq!(symbols("٠٥٠-١٢٣ ۴ २३ ๕๖ ７"), b"050123423567");
        assert_eq!(symbols("x-1234567-l"), b"X1234567L");
        assert_eq!(values(b"0429"), Some(vec![0, 4, 2, 9]));
        assert_eq!(values(b"12X"), None);
        assert_eq!(count("(030) 1234-5678"), 11);
        assert!(!is_digit('½') && !is_digit('a'));
    }
}
