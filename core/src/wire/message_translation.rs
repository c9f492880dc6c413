//! A stored message's translation for the other side of the conversation: shopper
//! messages into the agents' language, agent replies into the shopper's. The original
//! text is never replaced; this sits beside it.

use crate::language::locale::Locale;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TranslationState {
    /// Stored; the translation is being made (shopper messages are translated after
    /// they are acknowledged, so the shopper never waits for it).
    Pending,
    Done,
    /// It needed one but has none; `reason` says why. Shown as "translation unavailable".
    Unavailable,
}

impl TranslationState {
    pub fn as_str(self) -> &'static str {
        match self {
            TranslationState::Pending => "pending",
            TranslationState::Done => "done",
            TranslationState::Unavailable => "unavailable",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "pending" => Some(TranslationState::Pending),
            "done" => Some(TranslationState::Done),
            "unavailable" => Some(TranslationState::Unavailable),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageTranslation {
    pub state: TranslationState,
    /// The locale tag it is (to be) translated into.
    pub lang: String,
    /// The translated text, when done.
    pub text: Option<String>,
    /// Where it came from (`phrasebook`, `memory`, `provider:<name>`), when done.
    pub via: Option<String>,
    /// Why it is unavailable (`outside_region`, `rate_limited`, `timeout`, ...).
    pub reason: Option<String>,
}

impl MessageTranslation {
    pub fn pending(target: Locale) -> Self {
        Self {
            state: TranslationState::Pending,
            lang: target.tag().to_owned(),
            text: None,
            via: None,
            reason: None,
        }
    }
}
