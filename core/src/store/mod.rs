//! The store: a merchant's configuration (allowed regions, origins, translation settings,
//! commerce rules, teams, order lookups) and whether a page may embed its chat.

pub mod embedding;
pub mod merchant;
pub mod order_settings;
pub mod origin;
