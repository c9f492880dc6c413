//! The store's knowledge: FAQ entries with per-locale question variants and answers, their
//! validation and bulk import, the versioned knowledge base, and the search that finds an
//! entry for a shopper's words. Imports `language`.

pub mod base;
pub mod entry;
pub mod import;
pub mod retrieval;
