//! Is a region's backend up? A small circuit breaker per region, fed by what the edge sees
//! (timeouts, 5xx, refused connections) so that new sessions stop waiting on a region that
//! is down, and try it again after a cool-down.

use crate::residency::region::Region;

/// Consecutive failures that mark a region down.
pub const FAILURES_TO_OPEN: u32 = 2;
/// How long a region stays marked down before one request may try it again.
pub const COOL_DOWN_MS: u64 = 30_000;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Slot {
    failures: u32,
    open_until_ms: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegionHealth {
    slots: [Slot; Region::ALL.len()],
}

impl RegionHealth {
    /// May a request be sent to `region` at `now_ms`? After the cool-down a region is tried
    /// again (half-open); the next result closes or reopens it.
    pub fn is_up(&self, region: Region, now_ms: u64) -> bool {
        let slot = &self.slots[region.index()];
        slot.failures < FAILURES_TO_OPEN || now_ms >= slot.open_until_ms
    }

    pub fn record_success(&mut self, region: Region) {
        self.slots[region.index()] = Slot::default();
    }

    pub fn record_failure(&mut self, region: Region, now_ms: u64) {
        let slot = &mut self.slots[region.index()];
        slot.failures = slot.failures.saturating_add(1);
        if slot.failures >= FAILURES_TO_OPEN {
            slot.open_until_ms = now_ms + COOL_DOWN_MS;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opens_after_repeated_failures_and_retries_after_cool_down() {
        let mut h = RegionHealth::default();
        assert!(h.is_up(Region::Apac, 0));
        h.record_failure(Region::Apac, 1_000);
        assert!(h.is_up(Region::Apac, 1_000), "one failure is not an outage");
        h.record_failure(Region::Apac, 2_000);
        assert!(!h.is_up(Region::Apac, 2_001));
        assert!(h.is_up(Region::Oc, 2_001), "other regions are unaffected");
        assert!(h.is_up(Region::Apac, 2_000 + COOL_DOWN_MS), "half-open");
        h.record_failure(Region::Apac, 40_000);
        assert!(!h.is_up(Region::Apac, 40_001), "a failed retry reopens");
        h.record_success(Region::Apac);
        assert!(h.is_up(Region::Apac, 40_001));
    }

    #[test]
    fn a_success_resets_the_count() {
        let mut h = RegionHealth::default();
        h.record_failure(Region::Eu, 0);
        h.record_success(Region::Eu);
        h.record_failure(Region::Eu, 0);
        assert!(h.is_up(Region::Eu, 0));
    }
}
