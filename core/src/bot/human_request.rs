//! "I want a human": the explicit request for a person, honoured at once and never left to
//! the model's judgement. Phrases per language live in `core/data/intents/human_words.tsv`;
//! a `phrase` counts anywhere in a message, an `alone` word only as the whole message
//! ("agent", "operator?"), since "human hair wig" is a product question.

use crate::language::folding::{fold, words};
use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum HumanWordsError {
    #[error("line {0}: expected `<locale>\\t<phrase|alone>\\t<words>`")]
    Columns(usize),
    #[error("line {0}: {1:?} is neither `phrase` nor `alone`")]
    Kind(usize, String),
    #[error("line {0}: the words are empty once folded")]
    Empty(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    alone: bool,
    /// Folded words; for unspaced scripts one "word" that may sit inside a longer run.
    words: Vec<String>,
}

/// The lexicon of explicit requests for a person, every language at once: a shopper may
/// write English under a Thai session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HumanWords {
    entries: Vec<Entry>,
    locales: Vec<String>,
}

const SHIPPED: &str = include_str!("../../data/intents/human_words.tsv");

impl HumanWords {
    /// The shipped lexicon (checked by a test, so this cannot fail at run time).
    pub fn shipped() -> HumanWords {
        HumanWords::parse(SHIPPED).unwrap_or_else(|_| HumanWords {
            entries: Vec::new(),
            locales: Vec::new(),
        })
    }

    pub fn parse(tsv: &str) -> Result<HumanWords, HumanWordsError> {
        let mut entries = Vec::new();
        let mut locales: Vec<String> = Vec::new();
        for (i, line) in tsv.lines().enumerate() {
            let n = i + 1;
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let [locale, kind, text] = line.split('\t').collect::<Vec<_>>()[..] else {
                return Err(HumanWordsError::Columns(n));
            };
            let alone = match kind {
                "alone" => true,
                "phrase" => false,
                other => return Err(HumanWordsError::Kind(n, other.to_owned())),
            };
            let words = words(&fold(text));
            if words.is_empty() {
                return Err(HumanWordsError::Empty(n));
            }
            if !locales.iter().any(|l| l == locale) {
                locales.push(locale.to_owned());
            }
            entries.push(Entry { alone, words });
        }
        Ok(HumanWords { entries, locales })
    }

    /// The locales the lexicon has words for, in file order.
    pub fn locales(&self) -> &[String] {
        &self.locales
    }

    /// Does this message ask for a person?
    pub fn asks_for_person(&self, text: &str) -> bool {
        let message = words(&fold(text));
        self.entries.iter().any(|e| {
            if e.alone {
                message == e.words
            } else {
                contains(&message, &e.words)
            }
        })
    }
}

/// The phrase's words in a row inside the message's; a one-word phrase of an unspaced
/// script (人工客服, คุยกับคน) may also sit inside a longer run of it.
fn contains(message: &[String], phrase: &[String]) -> bool {
    if phrase.len() == 1
        && phrase[0]
            .chars()
            .any(|c| !c.is_ascii() && is_cjk_or_thai(c))
    {
        return message.iter().any(|w| w.contains(phrase[0].as_str()));
    }
    message.windows(phrase.len()).any(|w| w == phrase)
}

fn is_cjk_or_thai(c: char) -> bool {
    matches!(c, '\u{0E00}'..='\u{0E7F}' | '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_lexicon_parses_and_covers_every_locale() {
        let words = HumanWords::parse(SHIPPED).expect("human_words.tsv");
        for locale in crate::language::locale::SUPPORTED {
            assert!(
                words.locales().iter().any(|l| l == locale.tag()),
                "{} has no words",
                locale.tag()
            );
        }
        assert!(
            words
                .locales()
                .iter()
                .all(|l| crate::language::locale::Locale::from_tag(l).is_some())
        );
    }

    #[test]
    fn phrases_count_anywhere_and_alone_words_only_alone() {
        let words = HumanWords::parse(
            "en\tphrase\treal person\nen\talone\tagent\nzh-Hans\tphrase\t人工客服",
        )
        .expect("table");
        assert!(words.asks_for_person("can I talk to a REAL person??"));
        assert!(words.asks_for_person("Agent!"));
        assert!(!words.asks_for_person("is the agent fee included?"));
        assert!(words.asks_for_person("我要人工客服谢谢"));
        assert!(!words.asks_for_person("where is my order"));
    }

    #[test]
    fn bad_lines_say_where() {
        assert_eq!(
            HumanWords::parse("en\tphrase"),
            Err(HumanWordsError::Columns(1))
        );
        assert_eq!(
            HumanWords::parse("# c\nen\tmaybe\tx"),
            Err(HumanWordsError::Kind(2, "maybe".into()))
        );
        assert_eq!(
            HumanWords::parse("en\talone\t!!"),
            Err(HumanWordsError::Empty(1))
        );
    }
}
