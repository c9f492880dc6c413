//! What the bot says: a catalog key of `locales/<tag>/bot.ftl` with its arguments (or the
//! store's own words: an answer from its knowledge base), the quick replies under it, and
//! the stage it announces. The shell turns it into words.

use crate::bot::intent::Intent;
use crate::wire::message_translation::MessageTranslation;
use crate::wire::quick_reply::Stage;

/// A quick reply the shopper can tap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Intent(Intent),
    Person,
    Helpful(bool),
    /// The shopper's rating of a closed conversation, 1-5.
    Rate(u8),
}

impl Choice {
    /// As the widget sends it back: `intent:order_status`, `person`, `helpful:yes`.
    pub fn name(self) -> String {
        match self {
            Choice::Intent(intent) => format!("intent:{}", intent.name()),
            Choice::Person => "person".into(),
            Choice::Helpful(yes) => if yes { "helpful:yes" } else { "helpful:no" }.into(),
            Choice::Rate(stars) => format!("rate:{stars}"),
        }
    }

    pub fn parse(name: &str) -> Option<Choice> {
        match name {
            "person" => Some(Choice::Person),
            "helpful:yes" => Some(Choice::Helpful(true)),
            "helpful:no" => Some(Choice::Helpful(false)),
            _ if name.starts_with("rate:") => match name["rate:".len()..].parse() {
                Ok(stars @ 1..=5) => Some(Choice::Rate(stars)),
                _ => None,
            },
            _ => Intent::from_name(name.strip_prefix("intent:")?).map(Choice::Intent),
        }
    }
}

/// One bot message, before it is put into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Say {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
    pub choices: Vec<Choice>,
    /// The stage this message announces.
    pub stage: Option<Stage>,
    /// The store's words, said instead of the key's.
    pub own: Option<OwnWords>,
    /// A card under the message (an order); its lines are said in the text too.
    pub card: Vec<SayLine>,
}

/// Words of a card line: a catalog key with its arguments, or text as it is (a date the
/// shell formatted, a carrier's name, a tracking number).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Words {
    Key(&'static str, Vec<(&'static str, String)>),
    Text(String),
    /// Several, joined with " · ".
    Joined(Vec<Words>),
}

/// One labelled line of a card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SayLine {
    pub label: Words,
    pub value: Words,
    /// An https link the value opens.
    pub link: Option<String>,
}

/// Words the store wrote (a knowledge-base answer), in their language, with their
/// translation into the shopper's when they needed one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnWords {
    pub text: String,
    /// BCP 47 tag of `text`.
    pub lang: String,
    pub translation: Option<MessageTranslation>,
}

impl Say {
    pub(crate) fn key(key: &'static str) -> Say {
        Say {
            key,
            args: Vec::new(),
            choices: Vec::new(),
            stage: None,
            own: None,
            card: Vec::new(),
        }
    }

    /// The store's own words.
    pub fn own(words: OwnWords) -> Say {
        Say {
            own: Some(words),
            ..Say::key("")
        }
    }
    pub(crate) fn with(mut self, choices: Vec<Choice>) -> Say {
        self.choices = choices;
        self
    }
}

impl Choice {
    /// The catalog key of the quick reply's label (`choice-order-status`, `choice-person`).
    pub fn label_key(self) -> String {
        match self {
            Choice::Intent(intent) => format!("choice-{}", intent.name().replace('_', "-")),
            Choice::Person => "choice-person".into(),
            Choice::Helpful(true) => "choice-yes".into(),
            Choice::Helpful(false) => "choice-no".into(),
            Choice::Rate(stars) => format!("choice-rate-{stars}"),
        }
    }
}

/// The catalog keys the dialogue says (`locales/<tag>/bot.ftl`).
pub mod keys {
    pub const HELLO: &str = "bot-hello";
    pub const WELCOME: &str = "bot-welcome";
    pub const GLAD: &str = "bot-glad";
    pub const ASK_CHOICE: &str = "bot-ask-choice";
    pub const CANNOT_ANSWER: &str = "bot-cannot-answer";
    pub const ASK_ORDER_NUMBER: &str = "bot-ask-order-number";
    pub const ASK_CONTACT: &str = "bot-ask-contact";
    pub const NO_MATCH: &str = "bot-order-no-match";
    pub const ORDERS_UNAVAILABLE: &str = "bot-orders-unavailable";
    pub const ORDER_FOUND: &str = "bot-order-found";
    pub const HELPFUL: &str = "bot-helpful";
    pub const HANDOFF: &str = "bot-handoff";
    pub const HANDOFF_WAIT: &str = "bot-handoff-wait";
    pub const HANDOFF_AWAY: &str = "bot-handoff-away";
    pub const AGENT_JOINED: &str = "bot-agent-joined";
    pub const HANDED_BACK: &str = "bot-handed-back";
    pub const EMAIL_SAVED: &str = "bot-email-saved";
    pub const CLOSED_RATE: &str = "bot-closed-rate";
    pub const RATED_COMMENT: &str = "bot-rated-comment";
    pub const COMMENT_THANKS: &str = "bot-comment-thanks";
}
