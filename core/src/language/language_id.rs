//! Which language a message is written in, with a confidence. whatlang does the
//! statistics; we restrict it to the languages we serve, tell Malay from Indonesian,
//! Traditional from Simplified Chinese, recognise Swahili (whatlang has none), and fall
//! back to the session's language when the text is too short or ambiguous to judge.

use whatlang::{Detector, Lang};

use crate::language::locale::Locale;

/// Below this many letters (ideographs and Thai count double) nobody can tell.
const MIN_LETTERS: usize = 12;
/// Below this confidence the session's language is the better guess. whatlang's
/// confidence is the margin over the runner-up, so close languages (Danish and Norwegian,
/// Spanish and Portuguese) score low even when right: only a near tie counts as ambiguous.
const MIN_CONFIDENCE: f64 = 0.05;

/// How a message's language was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// Identified from the text.
    Text,
    /// Too short or ambiguous: the session's language.
    Session,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Detection {
    /// A BCP 47 language tag: `th`, `pt`, `zh-Hant`, `fil`.
    pub language: &'static str,
    /// 0 to 1; 0 when the session decided.
    pub confidence: f64,
    pub basis: Basis,
}

/// whatlang's languages that we serve, and their tags.
const LANGS: &[(Lang, &str)] = &[
    (Lang::Eng, "en"),
    (Lang::Spa, "es"),
    (Lang::Por, "pt"),
    (Lang::Fra, "fr"),
    (Lang::Deu, "de"),
    (Lang::Ita, "it"),
    (Lang::Nld, "nl"),
    (Lang::Pol, "pl"),
    (Lang::Ces, "cs"),
    (Lang::Ron, "ro"),
    (Lang::Swe, "sv"),
    (Lang::Dan, "da"),
    (Lang::Fin, "fi"),
    (Lang::Nob, "nb"),
    (Lang::Ell, "el"),
    (Lang::Tur, "tr"),
    (Lang::Rus, "ru"),
    (Lang::Ukr, "uk"),
    (Lang::Ara, "ar"),
    (Lang::Heb, "he"),
    (Lang::Pes, "fa"),
    (Lang::Urd, "ur"),
    (Lang::Hin, "hi"),
    (Lang::Tha, "th"),
    (Lang::Vie, "vi"),
    (Lang::Ind, "id"),
    (Lang::Tgl, "fil"),
    (Lang::Jpn, "ja"),
    (Lang::Kor, "ko"),
    (Lang::Cmn, "zh"),
];

/// The language of `text`, or the session's when the text cannot tell.
pub fn identify(text: &str, session: Locale) -> Detection {
    let fallback = Detection {
        language: session_language(session),
        confidence: 0.0,
        basis: Basis::Session,
    };
    let cleaned = strip_non_language(text);
    if weighted_letters(&cleaned) < MIN_LETTERS {
        return fallback;
    }
    if let Some(confidence) = swahili(&cleaned) {
        return Detection {
            language: "sw",
            confidence,
            basis: Basis::Text,
        };
    }
    let detector = Detector::with_allowlist(LANGS.iter().map(|(l, _)| *l).collect());
    let Some(info) = detector.detect(&cleaned) else {
        return fallback;
    };
    if info.confidence() < MIN_CONFIDENCE {
        return fallback;
    }
    let language = match info.lang() {
        Lang::Ind if malay(&cleaned) => "ms",
        Lang::Rus | Lang::Ukr => {
            cyrillic(&cleaned).unwrap_or(if info.lang() == Lang::Rus { "ru" } else { "uk" })
        }
        Lang::Cmn => chinese_script(&cleaned),
        lang => LANGS
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or(fallback.language, |(_, tag)| tag),
    };
    Detection {
        language,
        confidence: info.confidence(),
        basis: Basis::Text,
    }
}

/// The language tag a session's locale writes (`zh-Hant` keeps its script).
pub fn session_language(locale: Locale) -> &'static str {
    match locale {
        Locale::ZhHans => "zh-Hans",
        Locale::ZhHant => "zh-Hant",
        other => other.language(),
    }
}

/// Drops what belongs to no language and would skew the statistics: links, e-mail
/// addresses, order numbers and other tokens with digits.
fn strip_non_language(text: &str) -> String {
    text.split_whitespace()
        .filter(|w| {
            !(w.contains("://")
                || w.contains('@')
                || w.starts_with("www.")
                || w.chars().any(|c| c.is_ascii_digit()))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Letters, with ideographs, kana, hangul and Thai counted double (one carries more).
fn weighted_letters(text: &str) -> usize {
    text.chars()
        .filter(|c| c.is_alphabetic())
        .map(|c| match c as u32 {
            0x0E00..=0x0E7F | 0x3040..=0x30FF | 0x3400..=0x9FFF | 0xAC00..=0xD7AF => 2,
            _ => 1,
        })
        .sum()
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// Frequent Swahili words that are rare elsewhere.
const SWAHILI: &[&str] = &[
    "na",
    "ya",
    "wa",
    "kwa",
    "ni",
    "za",
    "la",
    "katika",
    "hii",
    "habari",
    "asante",
    "nina",
    "agizo",
    "yangu",
    "wangu",
    "lini",
    "je",
    "tafadhali",
    "sana",
    "bado",
    "kufika",
    "nataka",
    "ninataka",
    "nini",
    "gani",
    "hapana",
    "ndiyo",
    "kuna",
    "hakuna",
    "bei",
    "pesa",
    "mzigo",
    "nimepokea",
    "sijapokea",
    "lakini",
    "kwenye",
    "hiyo",
    "huu",
    "hivi",
    "kutoka",
    "mimi",
    "hili",
    "zaidi",
    "kubwa",
    "ndogo",
    "sababu",
    "wapi",
    "naomba",
    "muda",
    "hadi",
    "sasa",
];

/// `Some(confidence)` when most words of a Latin-script text are Swahili markers.
fn swahili(text: &str) -> Option<f64> {
    let (mut total, mut hits) = (0usize, 0usize);
    for w in words(text) {
        if !w.chars().all(|c| c.is_ascii_alphabetic()) {
            return None;
        }
        total += 1;
        hits += usize::from(SWAHILI.contains(&w.as_str()));
    }
    let share = hits as f64 / total.max(1) as f64;
    (total >= 3 && share >= 0.3).then_some((0.5 + share).min(1.0))
}

/// Words Malaysians write where Indonesians write others (`boleh`/`bisa`, `kerana`/
/// `karena`, `wang`/`uang`, `telefon`/`telepon`).
const MALAY: &[&str] = &[
    "boleh",
    "kerana",
    "sahaja",
    "wang",
    "telefon",
    "akaun",
    "percuma",
    "mahu",
    "hendak",
    "awak",
    "encik",
    "cik",
    "tuan",
    "puan",
    "bila",
    "penghantaran",
    "dihantar",
    "hantar",
    "semak",
    "kenapa",
    "macam",
    "betul",
    "pun",
    "tak",
    "dah",
    "nak",
    "lagi",
    "sila",
    "mesej",
];
const INDONESIAN: &[&str] = &[
    "bisa",
    "karena",
    "saja",
    "uang",
    "telepon",
    "akun",
    "gratis",
    "mau",
    "ingin",
    "kamu",
    "bapak",
    "ibu",
    "kapan",
    "pengiriman",
    "dikirim",
    "kirim",
    "cek",
    "gimana",
    "benar",
    "nggak",
    "pesan",
    "silakan",
    "apakah",
    "dicek",
    "ukuran",
    "mengembalikan",
];

fn malay(text: &str) -> bool {
    let (mut ms, mut id) = (0, 0);
    for w in words(text) {
        ms += usize::from(MALAY.contains(&w.as_str()));
        id += usize::from(INDONESIAN.contains(&w.as_str()));
    }
    ms > id
}

/// Letters only Ukrainian (і ї є ґ) or only Russian (ы э ъ ё) writes decide between the
/// two when whatlang hesitates.
fn cyrillic(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    let ukrainian = lower.chars().filter(|c| "іїєґ".contains(*c)).count();
    let russian = lower.chars().filter(|c| "ыэъё".contains(*c)).count();
    match ukrainian.cmp(&russian) {
        std::cmp::Ordering::Greater => Some("uk"),
        std::cmp::Ordering::Less => Some("ru"),
        std::cmp::Ordering::Equal => None,
    }
}

/// Characters only Traditional (left) or only Simplified (right) writing uses.
const HANZI_PAIRS: &[(char, char)] = &[
    ('們', '们'),
    ('這', '这'),
    ('個', '个'),
    ('國', '国'),
    ('說', '说'),
    ('時', '时'),
    ('會', '会'),
    ('來', '来'),
    ('沒', '没'),
    ('問', '问'),
    ('還', '还'),
    ('發', '发'),
    ('麼', '么'),
    ('對', '对'),
    ('訂', '订'),
    ('單', '单'),
    ('貨', '货'),
    ('運', '运'),
    ('買', '买'),
    ('賣', '卖'),
    ('錢', '钱'),
    ('請', '请'),
    ('謝', '谢'),
    ('號', '号'),
    ('嗎', '吗'),
    ('為', '为'),
    ('東', '东'),
    ('過', '过'),
    ('到', '到'),
    ('寄', '寄'),
    ('幫', '帮'),
    ('經', '经'),
    ('收', '收'),
    ('網', '网'),
    ('麗', '丽'),
    ('電', '电'),
];

fn chinese_script(text: &str) -> &'static str {
    let (mut traditional, mut simplified) = (0, 0);
    for c in text.chars() {
        for (t, s) in HANZI_PAIRS {
            if t != s {
                traditional += usize::from(c == *t);
                simplified += usize::from(c == *s);
            }
        }
    }
    if traditional > simplified {
        "zh-Hant"
    } else {
        "zh-Hans"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_or_numeric_text_takes_the_session_language() {
        for text in [
            "ok",
            "👍",
            "#1234",
            "https://shop.example/p/12 3",
            "ありがとう",
        ] {
            let d = identify(text, Locale::Th);
            assert_eq!((d.language, d.basis), ("th", Basis::Session), "{text}");
        }
        assert_eq!(identify("谢谢", Locale::ZhHant).language, "zh-Hant");
    }

    #[test]
    fn order_numbers_and_links_do_not_confuse_it() {
        let d = identify(
            "Hello, my order ORD-88231 has not arrived yet, see https://track.example/88231",
            Locale::De,
        );
        assert_eq!((d.language, d.basis), ("en", Basis::Text));
        assert!(d.confidence >= MIN_CONFIDENCE);
    }
}
