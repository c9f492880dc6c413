//! Text as matching sees it: lower case, accents and vowel marks dropped, letter variants
//! folded, every digit ASCII; then its words. Shared by the intent model (and so by
//! `core/build.rs`, which trains over this file), the lexicons and the knowledge base's
//! search. Self-contained: imports no crate module.

use unicode_normalization::UnicodeNormalization;

/// Lower case, accents and vowel marks dropped, letter variants folded, every digit ASCII:
/// "Não RECEBI" and "nao recebi", "أين" and "اين", "ｏｒｄｅｒ" and "order" read alike.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfkd() {
        if is_dropped_mark(c) {
            continue;
        }
        match c {
            'đ' | 'Đ' => out.push('d'),
            'ł' | 'Ł' => out.push('l'),
            'ø' | 'Ø' => out.push('o'),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'ß' => out.push_str("ss"),
            'ı' => out.push('i'),
            // Greek final sigma: a shouted ΣΟΣ lowercases to σοσ.
            'ς' => out.push('σ'),
            // Arabic letter variants shoppers mix freely; Persian and Urdu yeh and kaf.
            'ة' => out.push('ه'),
            'ى' | 'ی' | 'ې' => out.push('ي'),
            'ک' => out.push('ك'),
            _ => match ascii_digit(c) {
                Some(d) => out.push(d),
                None => out.extend(c.to_lowercase()),
            },
        }
    }
    // Hangul syllables and kana with voicing marks come back together.
    out.nfc().collect()
}

/// Combining marks that shoppers leave out: Latin, Greek and Cyrillic accents, Hebrew
/// points, Arabic short vowels and the tatweel; and the zero-width joiners Persian and
/// Hindi typists use or not.
fn is_dropped_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0591}'..='\u{05C7}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200C}' | '\u{200D}')
}

/// Combining marks that stay part of a word: Thai tone marks and vowels above or below,
/// Devanagari vowel signs and virama, Arabic Quranic marks, kana voicing marks, and the
/// generic combining blocks. (`char::is_alphanumeric` counts only some of them.)
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0483}'..='\u{0489}' | '\u{0610}'..='\u{061A}' | '\u{06D6}'..='\u{06ED}' | '\u{0900}'..='\u{0903}' | '\u{093A}'..='\u{094F}' | '\u{0951}'..='\u{0957}' | '\u{0962}'..='\u{0963}' | '\u{0981}'..='\u{0983}' | '\u{09BC}'..='\u{09CD}' | '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{3099}'..='\u{309A}' | '\u{FE20}'..='\u{FE2F}')
}

/// Arabic-Indic, Persian, Devanagari and Thai digits as ASCII.
fn ascii_digit(c: char) -> Option<char> {
    let zero = match c {
        '\u{0660}'..='\u{0669}' => 0x0660,
        '\u{06F0}'..='\u{06F9}' => 0x06F0,
        '\u{0966}'..='\u{096F}' => 0x0966,
        '\u{0E50}'..='\u{0E59}' => 0x0E50,
        _ => return None,
    };
    char::from_u32('0' as u32 + (c as u32 - zero))
}

/// Scripts written without spaces between words: a run of them is read by characters.
pub fn is_unspaced(c: char) -> bool {
    matches!(c, '\u{0E00}'..='\u{0EFF}' | '\u{1000}'..='\u{109F}' | '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

/// Pictographs and other symbols (emoji, ✓, ☹) count as words of their own; punctuation
/// (ASCII, general, CJK and full-width) separates words.
fn is_symbol(c: char) -> bool {
    !c.is_alphanumeric()
        && !is_mark(c)
        && !c.is_whitespace()
        && !c.is_ascii()
        && !matches!(c, '\u{00A0}'..='\u{00BF}' | '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{303F}' | '\u{FE00}'..='\u{FE0F}' | '\u{FF00}'..='\u{FF65}')
}

/// The words of folded text: runs of letters and digits, and symbols one by one. A run of
/// digits becomes `0` (short) or `00` (an order or phone number), so "#10293" and "#88"
/// mean what they are, not which number.
pub fn words(folded: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut digits = 0usize;
    let flush = |word: &mut String, digits: &mut usize, words: &mut Vec<String>| {
        if !word.is_empty() {
            words.push(std::mem::take(word));
        } else if *digits > 0 {
            words.push(if *digits >= 3 { "00" } else { "0" }.to_string());
        }
        *digits = 0;
    };
    for c in folded.chars() {
        if c.is_ascii_digit() {
            // Digits inside a word ("ord55812", "2x") end it and stand alone.
            if !word.is_empty() {
                flush(&mut word, &mut digits, &mut words);
            }
            digits += 1;
        } else if c.is_alphanumeric() || is_mark(c) {
            if digits > 0 {
                flush(&mut word, &mut digits, &mut words);
            }
            word.push(c);
        } else {
            flush(&mut word, &mut digits, &mut words);
            if is_symbol(c) {
                words.push(c.to_string());
            }
        }
    }
    flush(&mut word, &mut digits, &mut words);
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_reads_alike_what_shoppers_write_differently() {
        assert_eq!(fold("Não RECEBI"), fold("nao recebi"));
        assert_eq!(fold("ｏｒｄｅｒ ١٠٢٩٣"), "order 10293");
        assert_eq!(fold("أين طلبي"), fold("اين طلبي"));
        assert_eq!(fold("Đơn hàng"), "don hang");
        assert_eq!(fold("می‌خواهم"), "ميخواهم");
    }

    #[test]
    fn marks_stay_inside_their_words() {
        assert_eq!(words(&fold("บริการแย่มาก")), vec!["บริการแย่มาก"]);
        assert_eq!(words(&fold("क्या मेरा ऑर्डर")), vec!["क्या", "मेरा", "ऑर्डर"]);
        assert_eq!(
            words(&fold("주문 #10293 언제 와요??")),
            vec!["주문", "00", "언제", "와요"]
        );
        assert_eq!(words(&fold("ok 👍")), vec!["ok", "👍"]);
    }
}
