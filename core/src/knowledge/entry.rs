//! One knowledge-base entry: an id, question variants and answers per locale, tags and an
//! optional link. Everything an admin sends is checked here, with a message that says
//! exactly what to fix.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::language::locale::Locale;

pub const MAX_ID: usize = 64;
pub const MAX_QUESTION: usize = 300;
pub const MAX_QUESTIONS: usize = 30;
pub const MAX_ANSWER: usize = 2_000;
pub const MAX_TAGS: usize = 10;
pub const MAX_TAG: usize = 40;
pub const MAX_LINK: usize = 500;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum EntryError {
    #[error("id must be 1 to {MAX_ID} characters of a-z, 0-9, `-` and `_`; got {0:?}")]
    Id(String),
    #[error("{0:?} is not a shipped locale")]
    Locale(String),
    #[error("the entry needs at least one question variant")]
    NoQuestions,
    #[error("the entry needs at least one answer")]
    NoAnswer,
    #[error("{locale} has {count} question variants, at most {MAX_QUESTIONS}")]
    TooManyQuestions { locale: String, count: usize },
    #[error("a question in {0} is empty or longer than {MAX_QUESTION} characters")]
    Question(String),
    #[error("the answer in {0} is empty or longer than {MAX_ANSWER} characters")]
    Answer(String),
    #[error("at most {MAX_TAGS} tags, each 1 to {MAX_TAG} characters")]
    Tags,
    #[error("link must be an https:// URL of at most {MAX_LINK} characters without spaces")]
    Link,
    #[error("the path names entry {path:?} but the body names {body:?}")]
    IdMismatch { path: String, body: String },
    #[error("locale {0} is given twice (tags are read without regard to case)")]
    LocaleTwice(String),
}

/// An entry as stored and as the admin API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub id: String,
    /// Question variants by locale tag.
    pub questions: BTreeMap<String, Vec<String>>,
    /// The answer by locale tag.
    pub answers: BTreeMap<String, String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
}

pub fn valid_id(id: &str) -> bool {
    (1..=MAX_ID).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

fn locale(tag: &str) -> Result<Locale, EntryError> {
    Locale::from_tag(tag).ok_or_else(|| EntryError::Locale(tag.to_owned()))
}

impl Entry {
    /// The entry with its texts trimmed and its locale tags spelled as shipped, or why it
    /// cannot be stored.
    pub fn validated(mut self) -> Result<Entry, EntryError> {
        if !valid_id(&self.id) {
            return Err(EntryError::Id(self.id));
        }
        let mut questions = BTreeMap::new();
        for (tag, variants) in std::mem::take(&mut self.questions) {
            let tag = locale(&tag)?.tag().to_owned();
            if questions.contains_key(&tag) {
                return Err(EntryError::LocaleTwice(tag));
            }
            if variants.len() > MAX_QUESTIONS {
                return Err(EntryError::TooManyQuestions {
                    locale: tag,
                    count: variants.len(),
                });
            }
            let mut kept: Vec<String> = Vec::new();
            for v in variants {
                let v = v.trim().to_owned();
                if v.is_empty() || v.chars().count() > MAX_QUESTION {
                    return Err(EntryError::Question(tag));
                }
                if !kept.contains(&v) {
                    kept.push(v);
                }
            }
            if !kept.is_empty() {
                questions.insert(tag, kept);
            }
        }
        if questions.is_empty() {
            return Err(EntryError::NoQuestions);
        }
        let mut answers = BTreeMap::new();
        for (tag, answer) in std::mem::take(&mut self.answers) {
            let tag = locale(&tag)?.tag().to_owned();
            if answers.contains_key(&tag) {
                return Err(EntryError::LocaleTwice(tag));
            }
            let answer = answer.trim().to_owned();
            if answer.is_empty() || answer.chars().count() > MAX_ANSWER {
                return Err(EntryError::Answer(tag));
            }
            answers.insert(tag, answer);
        }
        if answers.is_empty() {
            return Err(EntryError::NoAnswer);
        }
        let tags: Vec<String> = self.tags.iter().map(|t| t.trim().to_owned()).collect();
        if tags.len() > MAX_TAGS
            || tags
                .iter()
                .any(|t| t.is_empty() || t.chars().count() > MAX_TAG)
        {
            return Err(EntryError::Tags);
        }
        if let Some(link) = &self.link {
            let ok = link.len() <= MAX_LINK
                && link
                    .strip_prefix("https://")
                    .is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'))
                && !link.chars().any(|c| {
                    c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '`')
                });
            if !ok {
                return Err(EntryError::Link);
            }
        }
        Ok(Entry {
            id: self.id,
            questions,
            answers,
            tags,
            link: self.link,
        })
    }

    /// The answer in `locale`, if the entry has one.
    pub fn answer(&self, locale: Locale) -> Option<&str> {
        self.answers.get(locale.tag()).map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(json: &str) -> Result<Entry, EntryError> {
        serde_json::from_str::<Entry>(json)
            .expect("json")
            .validated()
    }

    #[test]
    fn a_good_entry_is_trimmed_and_its_tags_spelled_as_shipped() {
        let e = entry(r#"{"id":"returns","questions":{"EN":[" How do I return? ","How do I return?"],"pt-br":["Como devolver?"]},"answers":{"en":"Within 30 days.","pt-BR":"Em 30 dias."},"tags":["returns"],"link":"https://shop.example/returns"}"#).expect("valid");
        assert_eq!(e.questions["en"], vec!["How do I return?"]);
        assert!(e.questions.contains_key("pt-BR"));
        assert_eq!(e.answer(Locale::PtBr), Some("Em 30 dias."));
    }

    #[test]
    fn bad_entries_say_what_to_fix() {
        let base = |f: &str| {
            format!(r#"{{"id":"x","questions":{{"en":["q"]}},"answers":{{"en":"a"}}{f}}}"#)
        };
        assert_eq!(
            entry(&base("").replace(r#""id":"x""#, r#""id":"Bad Id""#)),
            Err(EntryError::Id("Bad Id".into()))
        );
        assert_eq!(
            entry(&base("").replace(r#""en":["q"]"#, r#""xx":["q"]"#)),
            Err(EntryError::Locale("xx".into()))
        );
        assert_eq!(
            entry(&base("").replace(r#""en":"a""#, r#""en":" ""#)),
            Err(EntryError::Answer("en".into()))
        );
        assert_eq!(
            entry(&base(r#","link":"http://shop.example""#)),
            Err(EntryError::Link)
        );
        assert_eq!(
            entry(&base(r#","link":"https://x.example/<script>""#)),
            Err(EntryError::Link)
        );
        assert_eq!(
            entry(&base("").replace(r#"{"en":["q"]}"#, "{}")),
            Err(EntryError::NoQuestions)
        );
        assert!(
            serde_json::from_str::<Entry>(&base(r#","extra":1"#)).is_err(),
            "unknown fields are refused"
        );
    }
}
