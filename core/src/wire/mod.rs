//! The wire: what travels between widget and edge and how it is spelled. Frames, error
//! bodies, ids, the flat JSON codec (the widget carries no serde), the long-poll framing,
//! and the names both shells must agree on. Imports `language`.

pub mod card;
pub mod error_code;
pub mod ids;
pub mod json;
pub mod long_poll;
pub mod message_translation;
pub mod names;
pub mod protocol;
pub mod quick_reply;
