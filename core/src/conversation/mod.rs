//! A conversation: what a message may be, appending idempotently, numbering, replay,
//! the bot's turn, when a message waits for translation. Storage sits behind a trait
//! (`ConversationLog`), kept in memory for tests. Imports every room above except
//! `agents` and `delivery`.

pub mod bot_turn;
pub mod memory_log;
pub mod message;
pub mod rules;
pub mod send_rate;
pub mod translation_queue;
