//! Agents: who may act for a store, and an agent's reply stored once per id.
//! Imports `conversation` and the rooms beneath it.

pub mod reply;
pub mod tokens;
