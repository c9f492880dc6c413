//! The store: a merchant's configuration (allowed regions, origins, translation settings,
//! commerce rules, teams, order lookups, single sign-on, privacy, how it vouches for its
//! logged-in shoppers) and whether a page may embed its chat.

pub mod access_settings;
pub mod embedding;
pub mod identity_settings;
pub mod merchant;
pub mod order_settings;
pub mod origin;
pub mod privacy_settings;
