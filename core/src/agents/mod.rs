//! Agents: who may act for a store, what a handoff tells them, and an agent's reply stored
//! once per id.
//! Imports `conversation` and the rooms beneath it.

pub mod handoff_summary;
pub mod reply;
pub mod tokens;
