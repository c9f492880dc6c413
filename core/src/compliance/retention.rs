//! Retention: a message is kept for the store's period in the conversation's region,
//! counted from when it was stored. When every message has expired the whole conversation
//! goes (its derived data with it); before that, only the expired messages do.

/// What a retention sweep removes at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sweep {
    /// Nothing has expired yet.
    Nothing,
    /// Messages stored before this time (Unix ms) have expired; newer ones stay.
    Before(u64),
    /// Every message has expired: the conversation is erased.
    Whole,
}

/// The times a conversation's messages were stored (Unix ms), as the sweep needs them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub oldest_ms: u64,
    pub newest_ms: u64,
}

fn cutoff(now_ms: u64, retention_secs: u64) -> u64 {
    now_ms.saturating_sub(retention_secs.saturating_mul(1000))
}

/// What expires at `now_ms` in a conversation whose messages span `span` (`None`: it holds
/// none, and there is nothing to keep a clock for).
pub fn sweep(span: Option<Span>, retention_secs: u64, now_ms: u64) -> Sweep {
    let Some(span) = span else {
        return Sweep::Nothing;
    };
    let cutoff = cutoff(now_ms, retention_secs);
    if span.newest_ms < cutoff {
        Sweep::Whole
    } else if span.oldest_ms < cutoff {
        Sweep::Before(cutoff)
    } else {
        Sweep::Nothing
    }
}

/// When the oldest message kept expires (Unix ms): the object's next wake for retention.
pub fn next_expiry(oldest_kept_ms: u64, retention_secs: u64) -> u64 {
    // A millisecond after, so the sweep then sees it strictly older than its cutoff.
    oldest_kept_ms
        .saturating_add(retention_secs.saturating_mul(1000))
        .saturating_add(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const DAY_MS: u64 = 86_400_000;

    #[test]
    fn keeps_then_trims_then_erases() {
        let span = Span {
            oldest_ms: 10 * DAY_MS,
            newest_ms: 50 * DAY_MS,
        };
        let ninety = 90 * 86_400;
        assert_eq!(sweep(Some(span), ninety, 99 * DAY_MS), Sweep::Nothing);
        assert_eq!(
            sweep(Some(span), ninety, 120 * DAY_MS),
            Sweep::Before(30 * DAY_MS)
        );
        assert_eq!(sweep(Some(span), ninety, 141 * DAY_MS), Sweep::Whole);
        assert_eq!(sweep(None, ninety, 141 * DAY_MS), Sweep::Nothing);
        assert_eq!(next_expiry(10 * DAY_MS, ninety), 100 * DAY_MS + 1);
        // Woken at its expiry, the sweep removes that message.
        let at = next_expiry(span.oldest_ms, ninety);
        assert!(matches!(sweep(Some(span), ninety, at), Sweep::Before(c) if c > span.oldest_ms));
    }

    proptest! {
        #[test]
        fn nothing_kept_past_its_time_nothing_removed_before(
            oldest in 0u64..1u64 << 45, gap in 0u64..1u64 << 40,
            retention in 1u64..3650 * 86_400, now in 0u64..1u64 << 46,
        ) {
            let span = Span { oldest_ms: oldest, newest_ms: oldest + gap };
            let limit = now.saturating_sub(retention * 1000);
            match sweep(Some(span), retention, now) {
                Sweep::Nothing => prop_assert!(span.oldest_ms >= limit),
                Sweep::Before(cut) => {
                    prop_assert_eq!(cut, limit);
                    prop_assert!(span.oldest_ms < cut && span.newest_ms >= cut);
                }
                Sweep::Whole => prop_assert!(span.newest_ms < limit),
            }
        }
    }
}
