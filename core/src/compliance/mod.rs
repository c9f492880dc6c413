//! The shopper's rights and the law's clocks: how long a conversation is kept, which data
//! subject a conversation is linked to, what a shopper or a merchant gets when they ask for
//! their data, and the receipt of a request served region by region.

pub mod export;
pub mod receipt;
pub mod retention;
pub mod subject;
