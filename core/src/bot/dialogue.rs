//! One conversation's dialogue with the bot, as a state machine: the shell feeds it what
//! happened (a shopper message, a quick reply, an answer found or not, an order looked
//! up, a person joining) and it says what to do next (say this, look this up, hand off).
//! Its state is stored with the conversation and read back by any later version
//! (`#[serde(default)]` on everything added).
//!
//! Stages: `bot → waiting → agent → closed`. The bot stays silent once a person is waiting
//! or assigned, and speaks again only when the conversation is handed back or reopened.

use crate::bot::frustration::Frustration;
use crate::bot::handoff::{HandoffRules, Trigger};
use crate::bot::intent::Intent;
use crate::bot::order_reference::{Contact, contact, order_number};
use crate::bot::reply::{Choice, OwnWords, Say, keys};
use crate::bot::understanding::{Understanding, understand};
use crate::language::locale::Locale;
pub use crate::wire::quick_reply::Stage;
use serde::{Deserialize, Serialize};

/// What the dialogue waits for from the shopper.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "for")]
pub enum Awaiting {
    #[default]
    Nothing,
    OrderNumber,
    Contact {
        order: String,
    },
    /// "Did this help?" about a knowledge-base entry.
    Feedback {
        entry: String,
    },
}

/// What the shell does next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Say(Say),
    /// Answer `intent` from the store's knowledge and rules; tell [`Dialogue::answered`].
    Answer {
        intent: Intent,
        text: String,
    },
    /// Look the order up and verify the contact; tell [`Dialogue::looked_up`].
    LookUp {
        order: String,
        contact: Contact,
    },
    /// Queue the conversation for a person (the summary comes with it).
    HandOff(Trigger),
}

/// What the shell found for [`Step::Answer`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answered {
    /// An entry of the store's knowledge base, in the shopper's language or translated.
    Knowledge {
        entry: String,
        words: OwnWords,
    },
    /// The store's rules for the shopper's country (shipping times, duties, returns).
    Rules(OwnWords),
    Nothing,
}

/// An order lookup's result, as far as the dialogue cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup {
    /// Found and the contact matched: the shell shows the order.
    Shown,
    /// Not found or the contact does not match (the shopper hears the same either way).
    NoMatch,
    /// The store's system did not answer.
    Unavailable,
}

/// Order lookups a conversation may make per hour.
pub const LOOKUPS_PER_HOUR: usize = 5;
const HOUR_MS: u64 = 3_600_000;
/// How much of the conversation the dialogue remembers (for triggers and the summary).
const MEMORY: usize = 20;
const RECENT_QUESTIONS: usize = 5;

/// Whether people are there to take a handoff, as the shell's business hours say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Availability {
    /// No hours configured: a person will answer, no promise when.
    Unknown,
    /// In hours, with a typical wait in minutes.
    Open { typical_wait_min: u32 },
    /// Out of hours; `back` is when, in the shopper's words and time ("tomorrow at 09:00").
    Away { back: String },
}

/// What the dialogue reads from its surroundings for one turn.
#[derive(Debug, Clone, Copy)]
pub struct Turn<'a> {
    pub now_ms: u64,
    pub availability: &'a Availability,
    /// Words of these locales count towards frustration (session's, message's, English).
    pub locales: &'a [Locale],
    pub frustration: &'a Frustration,
    pub rules: &'a HandoffRules,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Dialogue {
    pub stage: Stage,
    pub awaiting: Awaiting,
    /// Misses in a row: unsure, nothing to answer, "did not help".
    pub misses: u32,
    /// Intents understood so far, oldest first (names).
    pub intents: Vec<String>,
    /// Frustration of each shopper message, oldest first.
    pub moods: Vec<u32>,
    /// Knowledge-base entries already shown.
    pub shown: Vec<String>,
    /// The latest questions: intent name and folded words.
    pub recent: Vec<(String, Vec<String>)>,
    /// When the last order lookups were made (Unix ms).
    pub lookups: Vec<u64>,
    /// Why the conversation went to a person.
    pub trigger: Option<String>,
    /// The handoff reached the agents' queue (the shell retries until it has).
    pub queued: bool,
}

fn push_capped<T>(list: &mut Vec<T>, item: T, cap: usize) {
    list.push(item);
    if list.len() > cap {
        list.remove(0);
    }
}

impl Dialogue {
    /// A shopper message. Silent (no steps) unless the bot has the conversation.
    pub fn on_message(&mut self, text: &str, turn: Turn) -> Vec<Step> {
        let mood = turn.frustration.score(text, turn.locales);
        push_capped(&mut self.moods, mood, MEMORY);
        match self.stage {
            Stage::Waiting | Stage::Agent => return Vec::new(),
            Stage::Closed => self.reopen(),
            Stage::Bot => {}
        }
        let reading = understand(text);
        if reading.best() == Intent::HumanAgent && matches!(reading, Understanding::Sure { .. }) {
            return self.hand_off(Trigger::Asked, turn.availability);
        }
        if let Some(steps) = self.awaited(text, turn, &reading) {
            return steps;
        }
        // A message carrying an order number gives data, it does not ask again (lookups
        // have their own limit).
        let asked = if order_number(text).is_some() {
            1
        } else {
            self.asked(&reading, text)
        };
        if let Some(trigger) = turn.rules.reached(
            self.misses + u32::from(matches!(reading, Understanding::Unsure { .. })),
            asked,
            &self.moods,
        ) {
            return self.hand_off(trigger, turn.availability);
        }
        match reading {
            Understanding::Unsure { mut options, .. } => {
                self.misses += 1;
                options.truncate(3);
                let mut choices: Vec<Choice> = options.into_iter().map(Choice::Intent).collect();
                choices.push(Choice::Person);
                vec![Step::Say(Say::key(keys::ASK_CHOICE).with(choices))]
            }
            Understanding::Sure { intent, .. } => self.act(intent, text, turn),
        }
    }

    /// A quick reply the shopper tapped.
    pub fn on_choice(&mut self, choice: Choice, turn: Turn) -> Vec<Step> {
        if self.stage != Stage::Bot {
            return Vec::new();
        }
        match choice {
            Choice::Person => self.hand_off(Trigger::Asked, turn.availability),
            // The intent's name is the question: entries tagged with it match.
            Choice::Intent(intent) => self.act(intent, &intent.name().replace('_', " "), turn),
            Choice::Helpful(true) => {
                self.misses = 0;
                self.awaiting = Awaiting::Nothing;
                vec![Step::Say(Say::key(keys::GLAD))]
            }
            Choice::Helpful(false) => {
                self.awaiting = Awaiting::Nothing;
                self.miss(turn)
            }
        }
    }

    /// The shell's answer to [`Step::Answer`]: what it found. A knowledge-base answer is
    /// said and asks "did this help?"; an answer from the store's rules is said; nothing
    /// found is a miss.
    pub fn answered(&mut self, found: Answered, turn: Turn) -> Vec<Step> {
        match found {
            Answered::Rules(words) => {
                self.misses = 0;
                vec![Step::Say(Say::own(words))]
            }
            Answered::Knowledge { entry, words } => {
                push_capped(&mut self.shown, entry.clone(), MEMORY);
                self.awaiting = Awaiting::Feedback { entry };
                let helpful = Say::key(keys::HELPFUL)
                    .with(vec![Choice::Helpful(true), Choice::Helpful(false)]);
                vec![Step::Say(Say::own(words)), Step::Say(helpful)]
            }
            Answered::Nothing => self.miss(turn),
        }
    }

    /// The shell's answer to [`Step::LookUp`].
    pub fn looked_up(&mut self, result: Lookup) -> Vec<Step> {
        self.awaiting = Awaiting::Nothing;
        match result {
            Lookup::Shown => {
                self.misses = 0;
                Vec::new()
            }
            Lookup::NoMatch => vec![Step::Say(
                Say::key(keys::NO_MATCH).with(vec![Choice::Person]),
            )],
            Lookup::Unavailable => vec![Step::Say(
                Say::key(keys::ORDERS_UNAVAILABLE).with(vec![Choice::Person]),
            )],
        }
    }

    /// A person took the conversation.
    pub fn agent_joined(&mut self) -> Vec<Step> {
        self.stage = Stage::Agent;
        self.awaiting = Awaiting::Nothing;
        vec![Step::Say(Say {
            stage: Some(Stage::Agent),
            ..Say::key(keys::AGENT_JOINED)
        })]
    }

    /// The person gave the conversation back to the bot.
    pub fn handed_back(&mut self) -> Vec<Step> {
        self.reopen();
        vec![Step::Say(Say {
            stage: Some(Stage::Bot),
            ..Say::key(keys::HANDED_BACK)
        })]
    }

    pub fn close(&mut self) {
        self.stage = Stage::Closed;
        self.awaiting = Awaiting::Nothing;
    }

    fn reopen(&mut self) {
        self.stage = Stage::Bot;
        self.awaiting = Awaiting::Nothing;
        self.misses = 0;
        self.trigger = None;
    }

    /// Queues the conversation for a person and tells the shopper, honestly, when to
    /// expect one.
    fn hand_off(&mut self, trigger: Trigger, availability: &Availability) -> Vec<Step> {
        self.stage = Stage::Waiting;
        self.awaiting = Awaiting::Nothing;
        self.trigger = Some(trigger.name().to_owned());
        self.queued = false;
        let mut say = match availability {
            Availability::Unknown => Say::key(keys::HANDOFF),
            Availability::Open { typical_wait_min } => Say {
                args: vec![("minutes", typical_wait_min.to_string())],
                ..Say::key(keys::HANDOFF_WAIT)
            },
            Availability::Away { back } => Say {
                args: vec![("when", back.clone())],
                ..Say::key(keys::HANDOFF_AWAY)
            },
        };
        say.stage = Some(Stage::Waiting);
        vec![Step::HandOff(trigger), Step::Say(say)]
    }

    fn miss(&mut self, turn: Turn) -> Vec<Step> {
        self.misses += 1;
        match turn.rules.reached(self.misses, 0, &self.moods) {
            Some(trigger) => self.hand_off(trigger, turn.availability),
            None => vec![Step::Say(
                Say::key(keys::CANNOT_ANSWER).with(vec![Choice::Person]),
            )],
        }
    }

    /// How often the shopper has now asked this: the same actionable intent, or nearly the
    /// same words, among the latest questions.
    fn asked(&mut self, reading: &Understanding, text: &str) -> u32 {
        let intent = reading.best();
        let actionable = matches!(reading, Understanding::Sure { .. })
            && !matches!(intent, Intent::Greeting | Intent::Thanks | Intent::None);
        let words = crate::language::folding::words(&crate::language::folding::fold(text));
        let same = self
            .recent
            .iter()
            .filter(|(name, seen)| (actionable && name == intent.name()) || similar(seen, &words))
            .count() as u32;
        push_capped(
            &mut self.recent,
            (intent.name().to_owned(), words),
            RECENT_QUESTIONS,
        );
        if actionable {
            push_capped(&mut self.intents, intent.name().to_owned(), MEMORY);
        }
        same + 1
    }

    /// The order conversation: a number, then the checkout contact, then a lookup.
    fn awaited(&mut self, text: &str, turn: Turn, reading: &Understanding) -> Option<Vec<Step>> {
        let number = order_number(text);
        let found = contact(text);
        match self.awaiting.clone() {
            Awaiting::OrderNumber => match number {
                Some(order) => Some(self.order_steps(order, found, turn)),
                // Something else entirely: answer that instead.
                None if matches!(reading, Understanding::Sure { intent, .. } if *intent != Intent::OrderStatus) => {
                    None
                }
                None => Some(vec![Step::Say(Say::key(keys::ASK_ORDER_NUMBER))]),
            },
            Awaiting::Contact { order } => match found {
                Some(found) => Some(self.order_steps(number.unwrap_or(order), Some(found), turn)),
                None if matches!(reading, Understanding::Sure { intent, .. } if *intent != Intent::OrderStatus) => {
                    None
                }
                None => Some(vec![Step::Say(Say::key(keys::ASK_CONTACT))]),
            },
            Awaiting::Feedback { .. } | Awaiting::Nothing => None,
        }
    }

    fn act(&mut self, intent: Intent, text: &str, turn: Turn) -> Vec<Step> {
        self.awaiting = Awaiting::Nothing;
        match intent {
            Intent::HumanAgent => self.hand_off(Trigger::Asked, turn.availability),
            Intent::Greeting => vec![Step::Say(Say::key(keys::HELLO))],
            Intent::Thanks => vec![Step::Say(Say::key(keys::WELCOME))],
            Intent::OrderStatus => match order_number(text) {
                Some(order) => self.order_steps(order, contact(text), turn),
                None => {
                    self.awaiting = Awaiting::OrderNumber;
                    vec![Step::Say(Say::key(keys::ASK_ORDER_NUMBER))]
                }
            },
            intent => vec![Step::Answer {
                intent,
                text: text.to_owned(),
            }],
        }
    }

    fn order_steps(&mut self, order: String, found: Option<Contact>, turn: Turn) -> Vec<Step> {
        let now_ms = turn.now_ms;
        let Some(contact) = found else {
            self.awaiting = Awaiting::Contact { order };
            return vec![Step::Say(Say::key(keys::ASK_CONTACT))];
        };
        self.lookups
            .retain(|&at| now_ms.saturating_sub(at) < HOUR_MS);
        if self.lookups.len() >= LOOKUPS_PER_HOUR {
            return self.hand_off(Trigger::Lookups, turn.availability);
        }
        self.lookups.push(now_ms);
        self.awaiting = Awaiting::Nothing;
        vec![Step::LookUp { order, contact }]
    }
}

/// Nearly the same words: at least four in five shared (both ways), and not a one-word
/// message (a second "hi" is not a repeated question).
fn similar(a: &[String], b: &[String]) -> bool {
    if a.len() < 2 || b.len() < 2 {
        return false;
    }
    let shared = b.iter().filter(|w| a.contains(w)).count();
    shared * 5 >= a.len().max(b.len()) * 4
}
