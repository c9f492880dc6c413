//! The store: a merchant's configuration (allowed regions, origins, translation settings)
//! and whether a page may embed its chat. Imports `language`, `wire`, `residency`.

pub mod embedding;
pub mod merchant;
pub mod origin;
