//! The answer of `GET /v1/route[?merchant=id]`: where a session opened by this request
//! would live and why — the policy's region and basis, the equivalent regions, and with a
//! store, the region a session would get now (`up`, `failover`, `unavailable`) and what its
//! backend's guarantee does and does not promise. For merchants checking their set-up;
//! it stores nothing and calls no backend.

use serde::Serialize;

use crate::residency::backends::Backends;
use crate::residency::policy::Residency;
use crate::residency::region::Region;
use crate::session::placement::{Override, Placement, place, primary};
use crate::store::merchant::Merchant;

/// Fields in alphabetical order: the order this answer has always had on the wire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RouteExplanation {
    pub basis: &'static str,
    pub country: Option<String>,
    pub equivalent_regions: Vec<&'static str>,
    pub guarantee: Option<&'static str>,
    pub guarantee_note: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merchant: Option<String>,
    pub policy_region: Option<&'static str>,
    pub reason: &'static str,
    pub region: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<&'static str>,
    /// Always `false`: explaining stores nothing.
    pub stored: bool,
}

/// Explains `residency` for a store (`merchant`: its id and configuration) or, without
/// one, the policy alone. `healthy`: is a region's backend not marked down?
pub fn explain(
    residency: &Residency,
    merchant: Option<(&str, &Merchant)>,
    backends: &Backends,
    healthy: impl Fn(Region) -> bool,
) -> RouteExplanation {
    let mut answer = RouteExplanation {
        country: residency.country.clone(),
        policy_region: residency.region.map(Region::as_str),
        basis: residency.basis.as_str(),
        reason: residency.basis.explain(),
        equivalent_regions: residency.failover.iter().map(|r| r.as_str()).collect(),
        stored: false,
        merchant: None,
        region: residency.region.map(Region::as_str),
        status: None,
        guarantee: None,
        guarantee_note: None,
    };
    let served = match merchant {
        None => residency.region,
        Some((id, m)) => {
            let (region, how) = primary(residency, m);
            if let Some(how) = how {
                answer.reason = match how {
                    Override::MerchantDefault => "the policy names no region: the store's default",
                    Override::MerchantRestricted => {
                        "the store does not allow the policy's region: the store's default"
                    }
                };
            }
            let placement = place(residency, m, |r| backends.get(r).is_some() && healthy(r));
            let (status, served) = match placement {
                Placement::Serve {
                    failover_from: None,
                    region,
                } => ("up", Some(region)),
                Placement::Serve { region, .. } => ("failover", Some(region)),
                Placement::Unavailable { .. } => ("unavailable", None),
            };
            answer.merchant = Some(id.to_owned());
            answer.region = Some(served.unwrap_or(region).as_str());
            answer.status = Some(status);
            served
        }
    };
    let guarantee = served.and_then(|r| backends.get(r)).map(|b| b.guarantee());
    answer.guarantee = guarantee.map(|g| g.as_str());
    answer.guarantee_note = guarantee.map(|g| g.explain());
    answer
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::fixtures::{at, backends, store};

    fn merchant(allowed: Option<Vec<Region>>) -> Merchant {
        store(Region::Us, allowed)
    }

    #[test]
    fn the_policy_alone() {
        let e = explain(&at("DE"), None, &backends(), |_| true);
        assert_eq!(e.policy_region, Some("eu"));
        assert_eq!(e.region, Some("eu"));
        assert_eq!(e.guarantee, Some("jurisdiction"));
        assert_eq!((e.merchant, e.status), (None, None));
        let json =
            serde_json::to_value(explain(&at("DE"), None, &backends(), |_| true)).expect("json");
        assert!(json.get("status").is_none() && json.get("merchant").is_none());
        assert_eq!(json["stored"], false);
    }

    #[test]
    fn a_store_up_failed_over_and_unavailable() {
        let m = merchant(None);
        let up = explain(&at("TH"), Some(("demo", &m)), &backends(), |_| true);
        assert_eq!((up.region, up.status), (Some("apac"), Some("up")));
        assert_eq!(up.guarantee, Some("location_hint"));
        let moved = explain(&at("TH"), Some(("demo", &m)), &backends(), |r| {
            r != Region::Apac
        });
        assert_eq!((moved.region, moved.status), (Some("oc"), Some("failover")));
        let down = explain(&at("DE"), Some(("demo", &m)), &backends(), |_| false);
        assert_eq!(
            (down.region, down.status),
            (Some("eu"), Some("unavailable"))
        );
        assert_eq!((down.guarantee, down.guarantee_note), (None, None));
    }

    #[test]
    fn a_store_restriction_is_the_reason() {
        let m = merchant(Some(vec![Region::Us]));
        let e = explain(&at("TH"), Some(("demo", &m)), &backends(), |_| true);
        assert_eq!(e.region, Some("us"));
        assert_eq!(
            e.reason,
            "the store does not allow the policy's region: the store's default"
        );
        assert_eq!(e.merchant.as_deref(), Some("demo"));
    }
}
