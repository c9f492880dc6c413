//! Opening a session, step by step: which region to try next, and how. The edge performs
//! each step (a no-write ping to the region's object, or forwarding the request to the
//! peer that serves the region) and asks again when one fails; the decisions are here.
//!
//! The order is [`place`]'s: the policy's region narrowed by the store, then — only while
//! it is down — the regions the policy marks as equivalent. A region is tried once. A
//! request a peer edge forwarded is served in the region that edge asserted or nowhere.

use crate::residency::backends::{Backend, Backends};
use crate::residency::policy::Residency;
use crate::residency::region::Region;
use crate::residency::routing::{Hop, hop};
use crate::session::placement::{Placement, place};
use crate::store::merchant::Merchant;

/// What the edge must do next to open the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'a> {
    /// Ping the region's object (nothing is stored); if it answers, sign the session for
    /// `region`. If not, ask for the next step.
    TryObject {
        region: Region,
        backend: &'a Backend,
    },
    /// Forward the request to the peer serving `region`; its answer is the answer. If it
    /// fails, ask for the next step.
    Forward { region: Region, url: &'a str },
    /// Nothing can take the session: answer `region_unavailable` for `region`; nothing
    /// was stored anywhere.
    Unavailable { region: Region },
}

#[derive(Debug)]
pub struct Placing<'a> {
    residency: &'a Residency,
    merchant: &'a Merchant,
    backends: &'a Backends,
    /// The region a peer edge asserted, when this request was forwarded by one.
    peer: Option<Region>,
    tried: Vec<Region>,
}

impl<'a> Placing<'a> {
    pub fn new(
        residency: &'a Residency,
        merchant: &'a Merchant,
        backends: &'a Backends,
        peer: Option<Region>,
    ) -> Self {
        Self {
            residency,
            merchant,
            backends,
            peer,
            tried: Vec::new(),
        }
    }

    /// The next step. `healthy`: is a region's backend not marked down (the circuit
    /// breaker)? Call again after a `TryObject` or `Forward` that failed.
    pub fn next(&mut self, healthy: impl Fn(Region) -> bool) -> Step<'a> {
        loop {
            let placement = match self.peer {
                Some(region) if self.tried.is_empty() => Placement::Serve {
                    region,
                    failover_from: None,
                },
                Some(region) => Placement::Unavailable { region },
                None => place(self.residency, self.merchant, |r| {
                    !self.tried.contains(&r) && self.backends.get(r).is_some() && healthy(r)
                }),
            };
            let region = match placement {
                Placement::Serve { region, .. } => region,
                Placement::Unavailable { region } => return Step::Unavailable { region },
            };
            self.tried.push(region);
            match hop(self.backends, region, self.peer.is_some()) {
                Hop::Object(backend) => return Step::TryObject { region, backend },
                Hop::Peer { url } => return Step::Forward { region, url },
                // Asked again: a peer's region ends here, another is tried otherwise.
                Hop::Unavailable => continue,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::fixtures::{at, backends, store};

    fn merchant() -> Merchant {
        store(Region::Us, None)
    }

    fn region(step: Step<'_>) -> (Region, &'static str) {
        match step {
            Step::TryObject { region, .. } => (region, "object"),
            Step::Forward { region, .. } => (region, "forward"),
            Step::Unavailable { region } => (region, "unavailable"),
        }
    }

    #[test]
    fn the_policy_region_first_then_equivalents_then_nothing() {
        let (m, b, r) = (merchant(), backends(), at("TH"));
        let mut placing = Placing::new(&r, &m, &b, None);
        assert_eq!(region(placing.next(|_| true)), (Region::Apac, "object"));
        // The ping failed: Thailand has no law of ours, so an equivalent region may serve.
        assert_eq!(region(placing.next(|_| true)), (Region::Oc, "object"));
        assert_eq!(
            region(placing.next(|_| true)),
            (Region::Apac, "unavailable")
        );
    }

    #[test]
    fn regions_marked_down_are_skipped_without_a_try() {
        let (m, b, r) = (merchant(), backends(), at("TH"));
        let mut placing = Placing::new(&r, &m, &b, None);
        assert_eq!(
            region(placing.next(|r| r != Region::Apac)),
            (Region::Oc, "object")
        );
    }

    #[test]
    fn a_law_placed_country_never_moves() {
        let (m, b, r) = (merchant(), backends(), at("DE"));
        let mut placing = Placing::new(&r, &m, &b, None);
        assert_eq!(region(placing.next(|_| true)), (Region::Eu, "object"));
        assert_eq!(region(placing.next(|_| true)), (Region::Eu, "unavailable"));
    }

    #[test]
    fn a_peer_region_is_forwarded_to_and_a_forwarded_request_is_not_forwarded_again() {
        let (m, b, r) = (merchant(), backends(), at("IN"));
        let mut placing = Placing::new(&r, &m, &b, None);
        assert_eq!(
            placing.next(|_| true),
            Step::Forward {
                region: Region::In,
                url: "https://in.caravan.example"
            }
        );
        let mut forwarded = Placing::new(&r, &m, &b, Some(Region::In));
        assert_eq!(
            region(forwarded.next(|_| true)),
            (Region::In, "unavailable")
        );
    }

    #[test]
    fn a_peer_asserted_region_is_tried_once_whatever_the_local_policy_says() {
        let (m, b, r) = (merchant(), backends(), at("TH"));
        let mut placing = Placing::new(&r, &m, &b, Some(Region::Eu));
        assert_eq!(region(placing.next(|_| false)), (Region::Eu, "object"));
        assert_eq!(region(placing.next(|_| true)), (Region::Eu, "unavailable"));
    }

    #[test]
    fn a_region_without_backend_is_never_tried() {
        let (m, r) = (merchant(), at("BR"));
        let b = backends();
        let mut placing = Placing::new(&r, &m, &b, None);
        assert_eq!(region(placing.next(|_| true)), (Region::Sa, "unavailable"));
    }
}
