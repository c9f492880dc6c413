//! Commerce across borders: the laws and customs rules that depend on the shopper's country
//! (the right to withdraw from an online purchase, how small imports are taxed), a store's
//! own shipping, duties and returns settings, and the bot's answer that puts them together
//! for one country. Imports nothing but its data.

pub mod answer;
pub mod country_table;
pub mod import_taxes;
pub mod policy;
pub mod withdrawal;
