//! One conversation's dialogue with the bot, as a state machine: the shell feeds it what
//! happened (a shopper message, a quick reply, an answer found or not, an order looked
//! up, a person joining) and it says what to do next (say this, look this up, hand off).
//! Its state is stored with the conversation and read back by any later version
//! (`#[serde(default)]` on everything added).
//!
//! Stages: `bot → waiting → agent → closed`. The bot stays silent once a person is waiting
//! or assigned, and speaks again only when the conversation is handed back or reopened.

pub use crate::bot::closing::Rating;
use crate::bot::handoff::Trigger;
use crate::bot::intent::Intent;
use crate::bot::order_reference::{Contact, contact, order_number};
use crate::bot::reply::{Choice, Say, keys};
pub use crate::bot::turn::{Answered, Availability, Lookup, Step, Turn, Verified};
use crate::bot::understanding::{Understanding, understand};
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
    /// An e-mail address to answer at, offered while nobody is in.
    Email,
    /// A closed conversation's rating (a quick reply, 1-5).
    Rating,
    /// An optional comment after the rating.
    Comment,
}

/// Order lookups a conversation may make per hour.
pub const LOOKUPS_PER_HOUR: usize = 5;
const HOUR_MS: u64 = 3_600_000;
/// How much of the conversation the dialogue remembers (for triggers and the summary).
const MEMORY: usize = 20;
const RECENT_QUESTIONS: usize = 5;

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
    /// Where the shopper asked to be answered while nobody was in.
    pub email: Option<String>,
    /// The order the shopper verified, masked for the agent.
    pub order: Option<String>,
    /// Its number (`#1001`), for an agent's canned replies.
    pub order_number: Option<String>,
    /// Where that order ships: the country rules' country from then on.
    pub order_country: Option<String>,
    /// The shopper's rating of the conversation after a person closed it.
    pub rating: Option<Rating>,
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
            Stage::Waiting if self.awaiting == Awaiting::Email => return self.email_left(text),
            Stage::Waiting | Stage::Agent => return Vec::new(),
            Stage::Closed if self.awaiting == Awaiting::Comment => return self.commented(text),
            Stage::Closed => self.reopen(),
            Stage::Bot => {}
        }
        self.respond(understand(text), text, turn)
    }

    /// The bot's answer to a message it read as `reading`.
    pub(crate) fn respond(&mut self, reading: Understanding, text: &str, turn: Turn) -> Vec<Step> {
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
            Understanding::Unsure { options, .. } => {
                self.misses += 1;
                let mut choices: Vec<Choice> = options.into_iter().map(Choice::Intent).collect();
                choices.push(Choice::Person);
                vec![Step::Say(Say::key(keys::ASK_CHOICE).with(choices))]
            }
            Understanding::Sure { intent, .. } => self.act(intent, text, turn),
        }
    }

    /// A quick reply the shopper tapped.
    pub fn on_choice(&mut self, choice: Choice, turn: Turn) -> Vec<Step> {
        if let (Stage::Closed, Choice::Rate(stars)) = (self.stage, choice) {
            return self.rated(stars);
        }
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
            // Only a closed conversation is rated.
            Choice::Rate(_) => Vec::new(),
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
            Answered::Knowledge {
                entry,
                words,
                before,
            } => {
                // An answer breaks a run of misses; "did not help" starts one again.
                self.misses = 0;
                push_capped(&mut self.shown, entry.clone(), MEMORY);
                self.awaiting = Awaiting::Feedback { entry };
                let helpful = Say::key(keys::HELPFUL)
                    .with(vec![Choice::Helpful(true), Choice::Helpful(false)]);
                let mut steps: Vec<Step> =
                    before.into_iter().map(|w| Step::Say(Say::own(w))).collect();
                steps.extend([Step::Say(Say::own(words)), Step::Say(helpful)]);
                steps
            }
            Answered::Nothing => self.miss(turn),
        }
    }

    /// The shell's answer to [`Step::LookUp`] (it has shown a verified order already).
    pub fn looked_up(&mut self, result: Lookup, turn: Turn) -> Vec<Step> {
        self.awaiting = Awaiting::Nothing;
        match result {
            Lookup::Shown(verified) => {
                self.misses = 0;
                self.order = Some(verified.masked);
                self.order_number = Some(verified.number);
                self.order_country = verified.country;
                if verified.vip {
                    return self.hand_off(Trigger::Vip, turn.availability);
                }
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

    pub(crate) fn reopen(&mut self) {
        self.stage = Stage::Bot;
        self.awaiting = Awaiting::Nothing;
        self.misses = 0;
        self.trigger = None;
    }

    /// Out of hours, the shopper may leave an e-mail address for the answer: kept for the
    /// agent, confirmed, and the queued summary brought up to date. Anything else waits
    /// silently for the person.
    fn email_left(&mut self, text: &str) -> Vec<Step> {
        let Some(Contact::Email(email)) = contact(text) else {
            return Vec::new();
        };
        self.awaiting = Awaiting::Nothing;
        self.email = Some(email.clone());
        let trigger = self
            .trigger
            .as_deref()
            .and_then(Trigger::from_name)
            .unwrap_or(Trigger::Asked);
        vec![
            Step::Say(Say {
                args: vec![("email", email)],
                ..Say::key(keys::EMAIL_SAVED)
            }),
            Step::HandOff(trigger),
        ]
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
            Availability::Away { back } => {
                self.awaiting = Awaiting::Email;
                Say {
                    args: vec![("when", back.clone())],
                    ..Say::key(keys::HANDOFF_AWAY)
                }
            }
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
                Some(found) => {
                    // A phone number alone also reads as an order number: it is the contact.
                    let number = number.filter(|n| found != Contact::Phone(n.clone()));
                    Some(self.order_steps(number.unwrap_or(order), Some(found), turn))
                }
                None if matches!(reading, Understanding::Sure { intent, .. } if *intent != Intent::OrderStatus) => {
                    None
                }
                None => Some(vec![Step::Say(Say::key(keys::ASK_CONTACT))]),
            },
            Awaiting::Feedback { .. }
            | Awaiting::Email
            | Awaiting::Rating
            | Awaiting::Comment
            | Awaiting::Nothing => None,
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
        let Some(contact) = turn.contact(found) else {
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
