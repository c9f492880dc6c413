//! The bot: what it says and when (greetings, seasonal wishes). Imports `language`.

pub mod greeting;
pub mod seasons;
