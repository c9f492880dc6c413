//! Privacy: the personal data inside a text (e-mail addresses, links, card, phone and
//! order numbers), and how it is masked, so that no one but the shopper sees it unmasked.
//! Imports no other room.

pub mod masking;
pub mod redaction;
