//! The bot: what a shopper wants (intents: features, the compiled-in model, the rules that
//! come first) and what it says and when (greetings, seasonal wishes, a verified order's
//! card). Imports `language`, `wire`, `commerce`, `orders`, `teams` and `knowledge`.

pub mod answering;
pub mod closing;
pub mod dialogue;
#[cfg(test)]
mod dialogue_order_tests;
#[cfg(test)]
mod dialogue_tests;
pub mod frustration;
pub mod greeting;
pub mod handoff;
pub mod human_request;
pub mod intent;
pub mod intent_features;
pub mod intent_model;
pub mod order_answer;
pub mod order_reference;
pub mod reply;
pub mod seasons;
pub mod turn;
pub mod understanding;
