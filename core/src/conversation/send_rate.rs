//! How fast one conversation may be written to: a token bucket, so a person typing fast is
//! never slowed and a script flooding the chat is. Over the limit a message is refused
//! (retryable: the widget sends it again later) and nothing of it is stored.

/// Messages written at once before the rate applies.
pub const BURST: u32 = 60;
/// Messages a minute, sustained.
pub const PER_MINUTE: u32 = 120;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SendRate {
    /// Messages that may be written now (whole and partly refilled).
    tokens: f64,
    /// When `tokens` was counted (Unix ms).
    at_ms: u64,
}

impl SendRate {
    /// A conversation that has written nothing lately.
    pub fn new(now_ms: u64) -> Self {
        Self {
            tokens: f64::from(BURST),
            at_ms: now_ms,
        }
    }

    /// One more message at `now_ms`: `Ok`, or `Err` with the seconds until one would pass.
    pub fn take(&mut self, now_ms: u64) -> Result<(), u64> {
        let elapsed = now_ms.saturating_sub(self.at_ms) as f64;
        let per_ms = f64::from(PER_MINUTE) / 60_000.0;
        self.tokens = (self.tokens + elapsed * per_ms).min(f64::from(BURST));
        self.at_ms = self.at_ms.max(now_ms);
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            Ok(())
        } else {
            Err((((1.0 - self.tokens) / per_ms) / 1000.0).ceil().max(1.0) as u64)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_burst_passes_then_the_rate_holds() {
        let mut rate = SendRate::new(0);
        for _ in 0..BURST {
            assert_eq!(rate.take(0), Ok(()));
        }
        assert_eq!(rate.take(0), Err(1), "one more in half a second");
        assert_eq!(rate.take(500), Ok(()));
        assert!(rate.take(500).is_err());
        // A minute later the bucket is full again, never fuller.
        let mut later = rate;
        for _ in 0..BURST {
            assert_eq!(later.take(60_500), Ok(()));
        }
        assert!(later.take(60_500).is_err());
    }

    proptest! {
        #[test]
        fn never_more_than_burst_and_rate_allow(gaps in proptest::collection::vec(0u64..3_000, 1..400)) {
            let mut rate = SendRate::new(0);
            let (mut now, mut passed) = (0u64, 0u64);
            for gap in gaps {
                now += gap;
                if rate.take(now).is_ok() {
                    passed += 1;
                }
                let allowed = u64::from(BURST) + now * u64::from(PER_MINUTE) / 60_000;
                prop_assert!(passed <= allowed);
            }
        }
    }
}
