//! How long to wait before reconnecting: exponential with full jitter, capped, so a fleet
//! of widgets does not reconnect in lockstep after an outage.

/// First retry waits up to this long.
pub const BASE_MS: u64 = 500;
/// No wait is longer than this.
pub const CAP_MS: u64 = 30_000;

/// Delay before retry number `attempt` (0-based); `jitter` in [0, 1) comes from the caller.
pub fn delay_ms(attempt: u32, jitter: f64) -> u64 {
    let ceiling = BASE_MS.saturating_mul(1u64 << attempt.min(16)).min(CAP_MS);
    let jitter = if jitter.is_finite() {
        jitter.clamp(0.0, 1.0)
    } else {
        0.5
    };
    // Never zero: at least half the ceiling, so a retry storm cannot spin.
    ceiling / 2 + ((ceiling / 2) as f64 * jitter) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grows_then_caps() {
        assert_eq!(delay_ms(0, 0.0), 250);
        assert_eq!(delay_ms(0, 0.999), 499);
        assert_eq!(delay_ms(3, 0.0), 2_000);
        assert_eq!(delay_ms(40, 1.0), CAP_MS);
        assert_eq!(delay_ms(2, f64::NAN), 1_500);
    }
}
