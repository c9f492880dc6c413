//! Privacy: the personal data inside a text (e-mail addresses, links, card, phone and
//! order numbers), so that no one but the shopper sees it unmasked. Imports no other room.

pub mod redaction;
