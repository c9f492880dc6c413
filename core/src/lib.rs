//! Caravan's sans-IO heart, shared by the widget (browser) and the edge (Workers).
//!
//! Every decision lives here as a pure function or a state machine: what a frame means,
//! whether a message is acceptable, who may talk to which conversation, which region keeps
//! it, what the bot says, which locale to speak. No I/O: callers pass in time, randomness
//! and storage.

pub mod agent_reply;
pub mod agent_tokens;
pub mod backends;
pub mod backoff;
pub mod bot;
pub mod catalog;
pub mod conversation;
pub mod embedding;
pub mod error_code;
pub mod glossary;
pub mod ids;
pub mod json;
pub mod language_id;
pub mod locale;
pub mod locale_choice;
pub mod long_poll;
pub mod merchant;
pub mod message;
pub mod message_translation;
pub mod network_quality;
pub mod origin;
pub mod outbox;
pub mod placeholders;
pub mod placement;
pub mod protocol;
pub mod provider_api;
pub mod redaction;
pub mod region;
pub mod region_health;
pub mod residency;
pub mod seasons;
pub mod session;
pub mod timeline;
pub mod token;
pub mod translation;
pub mod translation_memory;
pub mod translators;
pub mod transport;
