//! What the dialogue hears from its shell and asks of it: the steps it asks for, what the
//! shell found or looked up, and what it reads for one turn (the time, who is there to take
//! a handoff, the frustration lexicon and thresholds).

use crate::bot::frustration::Frustration;
use crate::bot::handoff::{HandoffRules, Trigger};
use crate::bot::intent::Intent;
use crate::bot::order_reference::Contact;
use crate::bot::reply::{OwnWords, Say};
use crate::language::locale::Locale;

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
    /// An entry of the store's knowledge base, in the shopper's language or translated;
    /// `before`, what the country's law adds (said first).
    Knowledge {
        entry: String,
        words: OwnWords,
        before: Option<OwnWords>,
    },
    /// The store's rules for the shopper's country (shipping times, duties, returns).
    Rules(OwnWords),
    Nothing,
}

/// An order lookup's result, as far as the dialogue cares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// Found and the contact matched: the shell shows the order.
    Shown(Verified),
    /// Not found or the contact does not match (the shopper hears the same either way).
    NoMatch,
    /// The store's system did not answer.
    Unavailable,
}

/// A verified order, as the dialogue keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// The order's number as the store shows it (`#1001`).
    pub number: String,
    /// For the agent's summary: the number and the contact, masked (`#1001 · a***@example.com`).
    pub masked: String,
    /// Where it ships (ISO 3166-1 alpha-2): country rules answer for it from now on.
    pub country: Option<String>,
    /// The merchant's VIP rule matched: a person takes over.
    pub vip: bool,
}

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
    /// The e-mail address the store vouched for in the session (the shopper is logged in
    /// there), while it holds; `None` for an anonymous shopper.
    pub vouched_email: Option<&'a str>,
}

impl Turn<'_> {
    /// What an order is checked against: the contact the shopper gave, else the address
    /// the store vouched for (so a logged-in shopper is not asked for it). Either must
    /// still match the order's.
    pub(crate) fn contact(&self, given: Option<Contact>) -> Option<Contact> {
        given.or_else(|| self.vouched_email.map(|e| Contact::Email(e.to_owned())))
    }
}
