//! How fast one conversation may be written to: a token bucket, so a person typing fast is
//! never slowed and a script flooding the chat is. Over the limit a message is refused
//! (retryable: the widget sends it again later) and nothing of it is stored. Refused
//! messages pass again only in the order they were first refused, and no other new message
//! passes before them: none written after a refused one can overtake it (the widget sends
//! its outbox oldest first, so refusals arrive in the order it was written).

use std::collections::VecDeque;

use crate::wire::ids::ClientMessageId;

/// Messages written at once before the rate applies.
pub const BURST: u32 = 60;
/// Messages a minute, sustained.
pub const PER_MINUTE: u32 = 120;
/// A sender that has not come back for a minute is gone: its refused messages stop holding
/// the others back.
const MAX_HOLD_MS: u64 = 60_000;
/// Refused messages remembered in order; a flood's beyond them are refused unremembered.
const MAX_REFUSED: usize = 512;

#[derive(Debug, Clone, PartialEq)]
pub struct SendRate {
    /// Messages that may be written now (whole and partly refilled).
    tokens: f64,
    /// When `tokens` was counted (Unix ms).
    at_ms: u64,
    /// Messages refused and not yet stored, in the order first refused.
    refused: VecDeque<ClientMessageId>,
    /// When the last message was refused (Unix ms).
    refused_at_ms: u64,
}

impl SendRate {
    /// A conversation that has written nothing lately.
    pub fn new(now_ms: u64) -> Self {
        Self {
            tokens: f64::from(BURST),
            at_ms: now_ms,
            refused: VecDeque::new(),
            refused_at_ms: 0,
        }
    }

    /// New message `id` at `now_ms`: `Ok`, or `Err` with the seconds until it may pass.
    pub fn take(&mut self, id: ClientMessageId, now_ms: u64) -> Result<(), u64> {
        let elapsed = now_ms.saturating_sub(self.at_ms) as f64;
        let per_ms = f64::from(PER_MINUTE) / 60_000.0;
        self.tokens = (self.tokens + elapsed * per_ms).min(f64::from(BURST));
        self.at_ms = self.at_ms.max(now_ms);
        if now_ms >= self.refused_at_ms.saturating_add(MAX_HOLD_MS) {
            self.refused.clear();
        }
        let next = self.refused.front().is_none_or(|first| *first == id);
        if next && self.tokens >= 1.0 {
            self.tokens -= 1.0;
            self.refused.pop_front();
            return Ok(());
        }
        if !self.refused.contains(&id) && self.refused.len() < MAX_REFUSED {
            self.refused.push_back(id);
        }
        self.refused_at_ms = now_ms;
        let ahead = self
            .refused
            .iter()
            .position(|r| *r == id)
            .unwrap_or(self.refused.len());
        let missing = (ahead as f64 + 1.0 - self.tokens).max(1.0);
        Err(((missing / per_ms) / 1000.0).ceil() as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn id(n: u64) -> ClientMessageId {
        let mut random = [0u8; 10];
        random[2..].copy_from_slice(&n.to_be_bytes());
        ClientMessageId::v7(1, random)
    }

    #[test]
    fn a_burst_passes_then_the_rate_holds() {
        let mut rate = SendRate::new(0);
        for n in 0..u64::from(BURST) {
            assert_eq!(rate.take(id(n), 0), Ok(()));
        }
        assert_eq!(rate.take(id(100), 0), Err(1), "one more in half a second");
        assert_eq!(rate.take(id(100), 500), Ok(()));
        assert!(rate.take(id(101), 500).is_err());
        // A minute later the bucket is full again, never fuller.
        let mut later = rate.clone();
        assert_eq!(later.take(id(101), 60_500), Ok(()));
        for n in 1..u64::from(BURST) {
            assert_eq!(later.take(id(200 + n), 60_500), Ok(()));
        }
        assert!(later.take(id(300), 60_500).is_err());
    }

    #[test]
    fn refused_messages_pass_in_order_and_nothing_overtakes_them() {
        let mut rate = SendRate::new(0);
        for n in 0..u64::from(BURST) {
            assert_eq!(rate.take(id(n), 0), Ok(()));
        }
        assert!(
            rate.take(id(100), 400).is_err(),
            "refused: the bucket holds 0.8"
        );
        assert!(rate.take(id(101), 410).is_err(), "in flight, refused too");
        // Later there is a token, but only the first refused may take it.
        assert!(
            rate.take(id(102), 900).is_err(),
            "written later: waits its turn"
        );
        assert!(rate.take(id(101), 900).is_err());
        assert_eq!(rate.take(id(100), 950), Ok(()));
        assert!(rate.take(id(102), 1_500).is_err(), "101 is next");
        assert_eq!(rate.take(id(101), 1_500), Ok(()));
        assert_eq!(rate.take(id(102), 2_000), Ok(()));
        // Refused messages never sent again hold the rest back a minute at most.
        let mut rate = SendRate::new(0);
        for n in 0..u64::from(BURST) {
            assert_eq!(rate.take(id(n), 0), Ok(()));
        }
        assert!(rate.take(id(100), 0).is_err());
        assert!(rate.take(id(101), 59_999).is_err());
        assert_eq!(rate.take(id(102), 119_999), Ok(()));
    }

    proptest! {
        #[test]
        fn never_more_than_burst_and_rate_allow(gaps in proptest::collection::vec(0u64..3_000, 1..400)) {
            let mut rate = SendRate::new(0);
            let (mut now, mut passed) = (0u64, 0u64);
            for (n, gap) in gaps.into_iter().enumerate() {
                now += gap;
                if rate.take(id(n as u64), now).is_ok() {
                    passed += 1;
                }
                let allowed = u64::from(BURST) + now * u64::from(PER_MINUTE) / 60_000;
                prop_assert!(passed <= allowed);
            }
        }
    }
}
