//! Delivery on the shopper's device: the outbox, the timeline on screen, which transport
//! carries the chat, reconnect backoff and network quality. Nothing written is lost or
//! doubled. Imports `wire`.

pub mod backoff;
pub mod network_quality;
pub mod outbox;
pub mod timeline;
#[cfg(test)]
mod timeline_tests;
pub mod transport;
