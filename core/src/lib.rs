//! Caravan's sans-IO heart, shared by the widget (browser) and the edge (Workers).
//!
//! Every decision lives here as a pure function or a state machine: what a frame means,
//! whether a message is acceptable, who may talk to which conversation, which region keeps
//! it, what the bot says, which locale to speak. No I/O: callers pass in time, randomness
//! and storage.
//!
//! The code is organised in rooms, one folder per domain. A room imports only the rooms
//! before it in this order (checked by `cargo xtask tidy`; the map is ARCHITECTURE.md):
//!
//! Rooms: language → privacy → wire → residency → commerce → orders → teams → store →
//! knowledge → session → translation → bot → conversation → agents → compliance → delivery

pub mod agents;
pub mod bot;
pub mod commerce;
pub mod compliance;
pub mod conversation;
pub mod delivery;
pub mod knowledge;
pub mod language;
pub mod orders;
pub mod privacy;
pub mod residency;
pub mod session;
pub mod store;
pub mod teams;
pub mod translation;
pub mod wire;
