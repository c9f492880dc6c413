//! Privacy: the personal data inside a text (e-mail addresses, links, payment cards, IBANs,
//! national ids, phone and order numbers), and how it is masked, so that no one but the
//! shopper sees it unmasked. Imports no other room.

pub mod calling_codes;
pub mod checksums;
pub mod digits;
pub mod iban;
pub mod masking;
pub mod national_id;
pub mod redaction;
