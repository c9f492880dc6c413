//! How upset a message reads: per-locale words (negative, abusive) weighed with negation
//! ("not bad") and intensifiers ("very bad"), plus signals any language shares: shouting
//! in capitals, "!!!" and "??", angry emoji. The words live in
//! `core/data/bot/frustration.tsv`; the thresholds that hand a conversation to a person in
//! `core/data/bot/handoff.tsv`.

use crate::language::folding::{fold, words};
use crate::language::locale::Locale;
use std::collections::BTreeMap;
use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LexiconError {
    #[error("line {0}: expected `<locale>\\t<negative|abusive|negation|intensifier>\\t<words>`")]
    Columns(usize),
    #[error("line {0}: {1:?} is not a shipped locale")]
    Locale(usize, String),
    #[error("line {0}: {1:?} is not a kind (negative, abusive, negation, intensifier)")]
    Kind(usize, String),
    #[error("line {0}: the words are empty once folded")]
    Empty(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Negative,
    Abusive,
    Negation,
    Intensifier,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Term {
    kind: Kind,
    words: Vec<String>,
}

/// Negation reaches this many words ahead ("not at all bad"); an intensifier two.
const NEGATION_REACH: usize = 3;
const INTENSIFIER_REACH: usize = 2;

/// The frustration lexicon of every shipped locale.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Frustration {
    terms: BTreeMap<Locale, Vec<Term>>,
}

const SHIPPED: &str = include_str!("../../data/bot/frustration.tsv");

impl Frustration {
    pub fn shipped() -> Frustration {
        Frustration::parse(SHIPPED).unwrap_or_default()
    }

    pub fn parse(tsv: &str) -> Result<Frustration, LexiconError> {
        let mut terms: BTreeMap<Locale, Vec<Term>> = BTreeMap::new();
        for (i, line) in tsv.lines().enumerate() {
            let n = i + 1;
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let [tag, kind, text] = line.split('\t').collect::<Vec<_>>()[..] else {
                return Err(LexiconError::Columns(n));
            };
            let locale =
                Locale::from_tag(tag).ok_or_else(|| LexiconError::Locale(n, tag.into()))?;
            let kind = match kind {
                "negative" => Kind::Negative,
                "abusive" => Kind::Abusive,
                "negation" => Kind::Negation,
                "intensifier" => Kind::Intensifier,
                other => return Err(LexiconError::Kind(n, other.into())),
            };
            let words = words(&fold(text));
            if words.is_empty() {
                return Err(LexiconError::Empty(n));
            }
            terms.entry(locale).or_default().push(Term { kind, words });
        }
        Ok(Frustration { terms })
    }

    /// Locales with words.
    pub fn locales(&self) -> impl Iterator<Item = Locale> + '_ {
        self.terms.keys().copied()
    }

    /// How upset `text` reads, 0 when calm, read with the words of `locales` (the
    /// session's, the message's and English: shoppers switch).
    pub fn score(&self, text: &str, locales: &[Locale]) -> u32 {
        let message = words(&fold(text));
        // The terms of every given locale once each: es and es-419 share words, and a
        // word counted twice would double a shopper's anger.
        let mut terms: Vec<&Term> = Vec::new();
        for locale in locales {
            for term in self.terms.get(locale).into_iter().flatten() {
                if !terms.iter().any(|t| t == &term) {
                    terms.push(term);
                }
            }
        }
        let at = |kind: Kind| -> Vec<usize> {
            terms
                .iter()
                .filter(|t| t.kind == kind)
                .flat_map(|t| positions(&message, &t.words))
                .collect()
        };
        let (negations, intensifiers) = (at(Kind::Negation), at(Kind::Intensifier));
        let mut score = 0.0f32;
        for (kind, weight) in [(Kind::Negative, 1.0), (Kind::Abusive, 2.0)] {
            for p in at(kind) {
                let before =
                    |marks: &[usize], reach| marks.iter().any(|&m| m < p && p - m <= reach);
                if kind == Kind::Negative && before(&negations, NEGATION_REACH) {
                    continue;
                }
                score += if before(&intensifiers, INTENSIFIER_REACH) {
                    weight * 1.5
                } else {
                    weight
                };
            }
        }
        score as u32 + signals(text)
    }
}

/// Where the term's words start in the message (one-word terms of unspaced scripts may sit
/// inside a longer run).
fn positions(message: &[String], term: &[String]) -> Vec<usize> {
    if term.len() == 1 && term[0].chars().any(|c| matches!(c, '\u{0E00}'..='\u{0E7F}' | '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}')) {
        return message.iter().enumerate().filter(|(_, w)| w.contains(term[0].as_str())).map(|(i, _)| i).collect();
    }
    message
        .windows(term.len())
        .enumerate()
        .filter(|(_, w)| *w == term)
        .map(|(i, _)| i)
        .collect()
}

const ANGRY_EMOJI: [char; 8] = ['😡', '🤬', '😠', '👿', '💢', '😤', '🙄', '👎'];

/// Shouting (most letters capitals, in scripts that have them), runs of "!!" or "??"
/// (full-width too), angry emoji (two at most count).
fn signals(text: &str) -> u32 {
    let cased: Vec<char> = text
        .chars()
        .filter(|c| c.is_lowercase() || c.is_uppercase())
        .collect();
    let upper = cased.iter().filter(|c| c.is_uppercase()).count();
    let shouting = cased.len() >= 8 && upper * 10 >= cased.len() * 7;
    let marks: Vec<bool> = text
        .chars()
        .map(|c| matches!(c, '!' | '?' | '！' | '？'))
        .collect();
    let runs = marks.windows(2).any(|w| w[0] && w[1]);
    let emoji = text
        .chars()
        .filter(|c| ANGRY_EMOJI.contains(c))
        .count()
        .min(2) as u32;
    u32::from(shouting) + u32::from(runs) + emoji
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Frustration {
        Frustration::parse(
            "en\tnegative\tterrible\nen\tnegative\tbad\nen\tabusive\tidiots\nen\tnegation\tnot\nen\tintensifier\tvery\nth\tnegative\tแย่",
        )
        .expect("lexicon")
    }

    #[test]
    fn words_weigh_with_negation_and_intensifiers() {
        let f = lexicon();
        let en = [Locale::En];
        assert_eq!(f.score("where is my order", &en), 0);
        assert_eq!(f.score("this is bad", &en), 1);
        assert_eq!(f.score("not bad at all", &en), 0);
        assert_eq!(f.score("very bad service", &en), 1);
        assert_eq!(
            f.score("very bad, terrible", &en),
            3,
            "the intensifier reaches both"
        );
        assert_eq!(f.score("you idiots", &en), 2);
        assert_eq!(f.score("บริการแย่มาก", &[Locale::Th]), 1);
        assert_eq!(
            f.score("บริการแย่มาก", &en),
            0,
            "only the given locales' words"
        );
    }

    #[test]
    fn signals_count_in_any_language() {
        let f = lexicon();
        assert_eq!(f.score("WHERE IS MY ORDER", &[]), 1);
        assert_eq!(f.score("where is it??", &[]), 1);
        assert_eq!(f.score("hello 😡😡😡", &[]), 2);
        assert_eq!(f.score("I", &[]), 0, "one capital is not shouting");
    }

    #[test]
    fn the_shipped_lexicon_parses_and_covers_every_locale() {
        let f = Frustration::parse(SHIPPED).expect("frustration.tsv");
        let have: Vec<Locale> = f.locales().collect();
        for locale in crate::language::locale::SUPPORTED {
            assert!(
                have.contains(locale),
                "{} has no frustration words",
                locale.tag()
            );
        }
    }

    #[test]
    fn every_locale_tells_upset_from_calm() {
        let f = Frustration::parse(SHIPPED).expect("frustration.tsv");
        let rules = crate::bot::handoff::HandoffRules::shipped();
        let cases = include_str!("../../data/bot/frustration_cases.tsv");
        let mut per_locale: BTreeMap<Locale, (usize, usize)> = BTreeMap::new();
        for line in cases
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let [tag, upset, text] = line.split('\t').collect::<Vec<_>>()[..] else {
                panic!("bad case line {line:?}");
            };
            let locale = Locale::from_tag(tag).expect("a shipped locale");
            let score = f.score(text, &[locale, Locale::En]);
            let upset = upset == "yes";
            assert_eq!(
                score >= rules.frustration_message,
                upset,
                "{tag}: {text:?} scores {score}"
            );
            let counts = per_locale.entry(locale).or_default();
            if upset { counts.0 += 1 } else { counts.1 += 1 }
        }
        for locale in crate::language::locale::SUPPORTED {
            let (yes, no) = per_locale.get(locale).copied().unwrap_or_default();
            assert!(
                yes >= 5 && no >= 5,
                "{}: {yes} upset and {no} calm cases",
                locale.tag()
            );
        }
    }

    #[test]
    fn bad_lines_say_where() {
        assert_eq!(
            Frustration::parse("xx\tnegative\tbad"),
            Err(LexiconError::Locale(1, "xx".into()))
        );
        assert_eq!(
            Frustration::parse("en\tangry\tbad"),
            Err(LexiconError::Kind(1, "angry".into()))
        );
        assert_eq!(Frustration::parse("en\tbad"), Err(LexiconError::Columns(1)));
    }
}
