//! How a request about a region reaches the backend that keeps it: the region's Durable
//! Object here, or the peer deployment that serves the region. A request a peer already
//! forwarded is never forwarded again, so two misconfigured peers cannot bounce a request
//! between them (and a region served by a peer of a peer is simply unavailable).

use crate::residency::backends::{Backend, Backends};
use crate::residency::region::Region;

/// The next hop of a request about `region`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hop<'a> {
    /// The region's Durable Object backend, in this deployment.
    Object(&'a Backend),
    /// The peer deployment serving the region, at this base URL.
    Peer { url: &'a str },
    /// No backend here, or only a peer for a request that already came from one.
    Unavailable,
}

/// Where a request about `region` goes; `forwarded`: a peer sent it (its route assertion
/// was verified).
pub fn hop(backends: &Backends, region: Region, forwarded: bool) -> Hop<'_> {
    match backends.get(region) {
        None => Hop::Unavailable,
        Some(backend @ Backend::DurableObject { .. }) => Hop::Object(backend),
        Some(Backend::Origin { .. }) if forwarded => Hop::Unavailable,
        Some(Backend::Origin { url }) => Hop::Peer { url },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn backends() -> Backends {
        Backends::parse(
            r#"{"eu": {"durable_object": "CONVERSATIONS", "location_hint": "weur"},
                "in": {"origin": "https://in.caravan.example"}}"#,
        )
        .expect("valid")
    }

    #[test]
    fn objects_serve_here_peers_once() {
        let b = backends();
        assert!(matches!(hop(&b, Region::Eu, false), Hop::Object(_)));
        assert!(matches!(hop(&b, Region::Eu, true), Hop::Object(_)));
        assert_eq!(
            hop(&b, Region::In, false),
            Hop::Peer {
                url: "https://in.caravan.example"
            }
        );
    }

    #[test]
    fn a_forwarded_request_is_never_forwarded_again() {
        assert_eq!(hop(&backends(), Region::In, true), Hop::Unavailable);
    }

    #[test]
    fn a_region_without_backend_is_unavailable() {
        assert_eq!(hop(&backends(), Region::Us, false), Hop::Unavailable);
    }
}
