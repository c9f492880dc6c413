//! Canned replies: a store's ready answers, each with a title and its text per locale,
//! with variables the console fills in before the agent edits and sends (`{name}`: the
//! agent's name; `{order}`: the order number the shopper verified in this conversation).
//! A text written for the shopper's locale is a person's translation and goes as written;
//! otherwise the agent's language's text goes through the translation pipeline like any
//! reply.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::conversation::message::MAX_MESSAGE_CHARS;
use crate::language::locale::Locale;

/// The variables a text may use.
pub const VARIABLES: [&str; 2] = ["name", "order"];
/// Canned replies a store keeps.
pub const MAX_REPLIES: usize = 500;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CannedReply {
    /// `[a-z0-9-]`, 1-64 characters (`where-is-my-parcel`).
    pub id: String,
    /// What agents pick it by, 1-80 characters.
    pub title: String,
    /// Text by locale tag (shipped locales only).
    pub texts: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CannedError {
    #[error("id must be 1-64 characters of a-z, 0-9 and -")]
    Id,
    #[error("title must be 1-80 characters")]
    Title,
    #[error("texts must have at least one locale")]
    NoText,
    #[error("{0:?} is not a shipped locale")]
    Locale(String),
    #[error("the {0} text must be 1-4,000 characters")]
    Length(String),
    #[error("the {locale} text uses {{{variable}}}; only {{name}} and {{order}} exist")]
    Variable { locale: String, variable: String },
}

/// The `{word}` placeholders of `text`, in order.
fn placeholders(text: &str) -> impl Iterator<Item = &str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(word, _)| word))
}

impl CannedReply {
    pub fn validated(self) -> Result<CannedReply, CannedError> {
        let id_ok = (1..=64).contains(&self.id.len())
            && self
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !id_ok {
            return Err(CannedError::Id);
        }
        if !(1..=80).contains(&self.title.trim().chars().count()) {
            return Err(CannedError::Title);
        }
        if self.texts.is_empty() {
            return Err(CannedError::NoText);
        }
        for (tag, text) in &self.texts {
            if Locale::from_tag(tag).is_none_or(|l| l.tag() != tag) {
                return Err(CannedError::Locale(tag.clone()));
            }
            let chars = text.trim().chars().count();
            if chars == 0 || chars > MAX_MESSAGE_CHARS {
                return Err(CannedError::Length(tag.clone()));
            }
            if let Some(unknown) = placeholders(text).find(|w| !VARIABLES.contains(w)) {
                return Err(CannedError::Variable {
                    locale: tag.clone(),
                    variable: unknown.to_owned(),
                });
            }
        }
        Ok(self)
    }

    /// The text to start from and its locale: the shopper's locale's when written, else the
    /// first of the agent's languages that has one, else any.
    pub fn text_for<'a>(&'a self, shopper: &str, agent: &[String]) -> Option<(&'a str, &'a str)> {
        let found = |tag: &str| self.texts.get_key_value(tag);
        found(shopper)
            .or_else(|| agent.iter().find_map(|tag| found(tag)))
            .or_else(|| self.texts.iter().next())
            .map(|(tag, text)| (tag.as_str(), text.as_str()))
    }
}

/// `text` with its variables filled in; one without a value (no verified order yet) is
/// left as written, for the agent to see and fill.
pub fn fill(text: &str, values: &[(&str, Option<&str>)]) -> String {
    let mut out = text.to_owned();
    for (name, value) in values {
        if let Some(value) = value {
            out = out.replace(&format!("{{{name}}}"), value);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(texts: &[(&str, &str)]) -> CannedReply {
        CannedReply {
            id: "parcel-on-its-way".into(),
            title: "Parcel on its way".into(),
            texts: texts
                .iter()
                .map(|(l, t)| ((*l).to_owned(), (*t).to_owned()))
                .collect(),
        }
    }

    #[test]
    fn the_shoppers_locale_first_then_the_agents_then_any() {
        let r = reply(&[
            ("en", "Hi, {name} here: order {order} ships today."),
            ("th", "คำสั่งซื้อ {order} จัดส่งวันนี้ค่ะ"),
        ]);
        assert_eq!(r.text_for("th", &["en".into()]).map(|t| t.0), Some("th"));
        assert_eq!(
            r.text_for("de", &["pt-PT".into(), "en".into()])
                .map(|t| t.0),
            Some("en")
        );
        let only_thai = reply(&[("th", "ค่ะ")]);
        assert_eq!(
            only_thai.text_for("de", &["en".into()]).map(|t| t.0),
            Some("th")
        );
    }

    #[test]
    fn variables_are_filled_or_left_for_the_agent() {
        let text = "Hi, {name} here: order {order} ships today.";
        assert_eq!(
            fill(text, &[("name", Some("Ana")), ("order", Some("#1001"))]),
            "Hi, Ana here: order #1001 ships today."
        );
        assert_eq!(
            fill(text, &[("name", Some("Ana")), ("order", None)]),
            "Hi, Ana here: order {order} ships today."
        );
    }

    #[test]
    fn bad_replies_are_refused_with_the_reason() {
        assert!(reply(&[("en", "Fine {order}")]).validated().is_ok());
        let bad_id = CannedReply {
            id: "Bad Id".into(),
            ..reply(&[("en", "x")])
        };
        assert_eq!(bad_id.validated(), Err(CannedError::Id));
        assert_eq!(reply(&[]).validated(), Err(CannedError::NoText));
        assert_eq!(
            reply(&[("xx", "x")]).validated(),
            Err(CannedError::Locale("xx".into()))
        );
        assert_eq!(
            reply(&[("en", " ")]).validated(),
            Err(CannedError::Length("en".into()))
        );
        assert_eq!(
            reply(&[("en", "Dear {customer}")]).validated(),
            Err(CannedError::Variable {
                locale: "en".into(),
                variable: "customer".into()
            })
        );
    }
}
