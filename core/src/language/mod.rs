//! Language: which locales we ship, which one a shopper gets, what a message is written
//! in, how text folds for matching, and the localized strings themselves. The bottom room: imports no other.

pub mod catalog;
pub mod folding;
pub mod language_id;
pub mod locale;
pub mod locale_choice;
