//! A conversation: what a message may be, appending idempotently, numbering, replay,
//! the bot's turn, when a message needs translating. Storage sits behind a trait.
//! Imports every room above except `agents` and `delivery`.

pub mod message;
pub mod rules;
