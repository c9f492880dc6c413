//! Where a *new* session goes: the residency policy's region, narrowed by the merchant's
//! allowed regions, then — only if that region is down — a region the policy marks as
//! equivalent. If none is up, the session is not placed anywhere: the shopper is told the
//! region is unavailable. Nothing ever goes to a region the policy did not name.

use crate::residency::policy::Residency;
use crate::residency::region::Region;
use crate::store::merchant::Merchant;

/// Why the primary region is what it is, beyond the policy table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Override {
    /// The policy named no region; the merchant's default applies.
    MerchantDefault,
    /// The merchant does not allow the policy's region; its default applies.
    MerchantRestricted,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// Serve in `region`; `failover_from` names the region that was down.
    Serve {
        region: Region,
        failover_from: Option<Region>,
    },
    /// `region` is down and nothing equivalent is up: store nothing, tell the shopper.
    Unavailable { region: Region },
}

impl Placement {
    /// The region this decision is about (served, or unavailable).
    pub fn region(self) -> Region {
        match self {
            Placement::Serve { region, .. } | Placement::Unavailable { region } => region,
        }
    }
}

/// The region the policy and merchant choose, before health.
pub fn primary(residency: &Residency, merchant: &Merchant) -> (Region, Option<Override>) {
    match residency.region {
        None => (merchant.default_region, Some(Override::MerchantDefault)),
        Some(r) if !merchant.allows(r) => {
            (merchant.default_region, Some(Override::MerchantRestricted))
        }
        Some(r) => (r, None),
    }
}

/// Places a new session. `is_up` says whether a region has a configured, healthy backend.
pub fn place(
    residency: &Residency,
    merchant: &Merchant,
    is_up: impl Fn(Region) -> bool,
) -> Placement {
    let (region, how) = primary(residency, merchant);
    if is_up(region) {
        return Placement::Serve {
            region,
            failover_from: None,
        };
    }
    // Equivalence is the policy's, for the policy's own region: a merchant's default or
    // restriction has none.
    let alternatives: &[Region] = if how.is_none() {
        &residency.failover
    } else {
        &[]
    };
    alternatives
        .iter()
        .copied()
        .find(|&r| merchant.allows(r) && is_up(r))
        .map_or(Placement::Unavailable { region }, |r| Placement::Serve {
            region: r,
            failover_from: Some(region),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::residency::policy::Basis;
    use crate::session::fixtures::{at, store as merchant};

    #[test]
    fn healthy_regions_serve_the_policy_region() {
        let m = merchant(Region::Us, None);
        let p = place(&at("TH"), &m, |_| true);
        assert_eq!(
            p,
            Placement::Serve {
                region: Region::Apac,
                failover_from: None
            }
        );
        assert_eq!(place(&at("XX"), &m, |_| true).region(), Region::Us);
    }

    #[test]
    fn nearest_countries_fail_over_to_equivalent_regions_only() {
        let m = merchant(Region::Eu, None);
        let p = place(&at("TH"), &m, |r| r != Region::Apac);
        assert_eq!(
            p,
            Placement::Serve {
                region: Region::Oc,
                failover_from: Some(Region::Apac)
            }
        );
        let p = place(&at("TH"), &m, |r| r == Region::Eu);
        assert_eq!(
            p,
            Placement::Unavailable {
                region: Region::Apac
            }
        );
    }

    #[test]
    fn legal_placements_never_move() {
        let m = merchant(Region::Us, None);
        for c in ["DE", "GB", "BR", "IN", "SG", "AU", "US"] {
            let res = at(c);
            assert!(res.basis.is_legal(), "{c}");
            let p = place(&res, &m, |r| r != res.region.expect("region"));
            assert_eq!(
                p,
                Placement::Unavailable {
                    region: res.region.expect("region")
                },
                "{c}"
            );
        }
    }

    #[test]
    fn merchant_restriction_sends_everyone_to_allowed_regions() {
        let eu_only = merchant(Region::Eu, Some(vec![Region::Eu]));
        for c in ["US", "TH", "BR", "XX"] {
            assert_eq!(
                place(&at(c), &eu_only, |_| true).region(),
                Region::Eu,
                "{c}"
            );
        }
        assert_eq!(
            primary(&at("TH"), &eu_only),
            (Region::Eu, Some(Override::MerchantRestricted))
        );
        // A restricted merchant's default has no equivalents.
        assert_eq!(
            place(&at("TH"), &eu_only, |r| r != Region::Eu),
            Placement::Unavailable { region: Region::Eu }
        );
        // Failover respects the restriction too.
        let apac_only = merchant(Region::Apac, Some(vec![Region::Apac]));
        assert_eq!(
            place(&at("TH"), &apac_only, |r| r != Region::Apac),
            Placement::Unavailable {
                region: Region::Apac
            }
        );
        assert_eq!(at("XX").basis, Basis::UnknownCountry);
    }
}
