//! The stores, places and backends the session room's tests share.

use crate::residency::backends::Backends;
use crate::residency::policy::{Geo, Residency, ResidencyTable, resolve};
use crate::residency::region::Region;
use crate::store::merchant::Merchant;

/// A store whose default is `default_region`, allowing `allowed` (`None`: every region).
pub fn store(default_region: Region, allowed: Option<Vec<Region>>) -> Merchant {
    Merchant {
        name: "M".into(),
        default_region,
        allowed_regions: allowed,
        default_locale: "en".into(),
        origins: Vec::new(),
        translation: Default::default(),
        commerce: Default::default(),
        teams: Vec::new(),
        orders: None,
        access: None,
        privacy: Default::default(),
        identity: None,
    }
}

/// The residency of a shopper in `country`.
pub fn at(country: &str) -> Residency {
    let geo = Geo {
        country: Some(country),
        ..Geo::default()
    };
    resolve(ResidencyTable::builtin(), geo)
}

/// Objects for eu (with its jurisdiction), us, apac and oc; a peer for in; nothing else.
pub fn backends() -> Backends {
    Backends::parse(
        r#"{"eu": {"durable_object": "C", "jurisdiction": "eu", "location_hint": "weur"},
            "us": {"durable_object": "C", "location_hint": "enam"},
            "apac": {"durable_object": "C", "location_hint": "apac"},
            "oc": {"durable_object": "C", "location_hint": "oc"},
            "in": {"origin": "https://in.caravan.example"}}"#,
    )
    .expect("the fixture parses")
}
