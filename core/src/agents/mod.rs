//! Agents: who may act for a store (accounts, invites, console sessions, login limits,
//! passwords, single sign-on through Cloudflare Access, the audit of revealed data), what
//! a handoff tells them, and an agent's reply stored once per id.
//! Imports `conversation` and the rooms beneath it.

pub mod access_keys;
pub mod access_token;
#[cfg(test)]
mod access_token_tests;
pub mod account;
pub mod assignment;
pub mod canned;
pub mod console_session;
pub mod directory;
#[cfg(test)]
mod directory_tests;
pub mod handoff_summary;
pub mod inbox;
pub mod login_limit;
pub mod note;
pub mod password;
pub mod reply;
pub mod tokens;
