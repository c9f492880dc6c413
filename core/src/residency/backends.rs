//! Regional backends: which machine keeps a region's conversations, and what that choice
//! guarantees. Configuration (`CARAVAN_REGIONS`), validated at build time by
//! `cargo xtask build` and again when the edge reads it.
//!
//! ```json
//! {"eu": {"durable_object": "CONVERSATIONS", "jurisdiction": "eu", "location_hint": "weur"},
//!  "apac": {"durable_object": "CONVERSATIONS", "location_hint": "apac"},
//!  "in": {"origin": "https://in.caravan.example"}}
//! ```

use std::collections::BTreeMap;

use serde::Deserialize;
use thiserror::Error;

use crate::residency::region::Region;

/// What a backend promises about where data is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Guarantee {
    /// A Durable Object jurisdiction: the platform runs and stores the object only inside
    /// it. A legal-grade guarantee.
    Jurisdiction,
    /// A Durable Object location hint: where the platform *tries* to create the object.
    /// Placement, not a promise; it may land elsewhere and does not move later.
    LocationHint,
    /// Another Caravan deployment that runs in the region; its own configuration decides.
    Origin,
}

impl Guarantee {
    /// What the guarantee does and does not promise, for `GET /v1/route`.
    pub fn explain(self) -> &'static str {
        match self {
            Guarantee::Jurisdiction => {
                "Durable Object jurisdiction: the platform runs and stores the conversation \
                 only inside the region"
            }
            Guarantee::LocationHint => {
                "Durable Object location hint: the platform tries to place the conversation \
                 in or near the region; placement, not a legal guarantee"
            }
            Guarantee::Origin => {
                "served by another Caravan deployment in the region; its own configuration \
                 decides the guarantee"
            }
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Guarantee::Jurisdiction => "jurisdiction",
            Guarantee::LocationHint => "location_hint",
            Guarantee::Origin => "origin",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Backend {
    DurableObject {
        /// The Worker binding of the namespace.
        binding: String,
        jurisdiction: Option<String>,
        location_hint: String,
    },
    Origin {
        /// Base URL without a trailing slash.
        url: String,
    },
}

impl Backend {
    pub fn guarantee(&self) -> Guarantee {
        match self {
            Backend::DurableObject {
                jurisdiction: Some(_),
                ..
            } => Guarantee::Jurisdiction,
            Backend::DurableObject { .. } => Guarantee::LocationHint,
            Backend::Origin { .. } => Guarantee::Origin,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum BackendConfigError {
    #[error("region configuration is not valid JSON: {0}")]
    Json(String),
    #[error("unknown region {0:?}")]
    UnknownRegion(String),
    #[error("region {0}: give either `durable_object` or `origin`, not both or neither")]
    Kind(Region),
    #[error("region {0}: a Durable Object backend needs a `location_hint`")]
    MissingHint(Region),
    #[error("region {0}: `jurisdiction` and `location_hint` apply to Durable Objects only")]
    OriginWithPlacement(Region),
    #[error("region {0}: jurisdiction {1:?} does not keep data inside this region")]
    Jurisdiction(Region, String),
    #[error("region {0}: location hint {1:?} is not in or near this region")]
    LocationHint(Region, String),
    #[error("region {0}: binding {1:?} must be an upper-case Worker binding name")]
    Binding(Region, String),
    #[error("region {0}: origin {1:?} must be an https:// URL (http:// only for loopback)")]
    Origin(Region, String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBackend {
    durable_object: Option<String>,
    jurisdiction: Option<String>,
    location_hint: Option<String>,
    origin: Option<String>,
}

/// Jurisdictions that keep data inside a region.
fn jurisdictions(region: Region) -> &'static [&'static str] {
    match region {
        Region::Eu => &["eu"],
        Region::Us => &["us", "fedramp", "fedramp-high"],
        _ => &[],
    }
}

/// Location hints in or nearest to a region (Cloudflare has none inside India).
fn location_hints(region: Region) -> &'static [&'static str] {
    match region {
        Region::Eu => &["weur", "eeur"],
        Region::Us => &["wnam", "enam"],
        Region::Sa => &["sam"],
        Region::In | Region::Apac => &["apac"],
        Region::Oc => &["oc"],
        Region::Me => &["me"],
        Region::Af => &["afr"],
    }
}

fn valid_origin(url: &str) -> Option<String> {
    let url = url.trim_end_matches('/');
    let (scheme, rest) = url.split_once("://")?;
    let host_port = rest.split('/').next()?;
    if rest.contains(['?', '#', '@', ' ']) || host_port.is_empty() {
        return None;
    }
    let host = host_port
        .rsplit_once(':')
        .filter(|(_, port)| port.bytes().all(|b| b.is_ascii_digit()))
        .map_or(host_port, |(h, _)| h);
    let loopback = matches!(host, "localhost" | "127.0.0.1" | "[::1]");
    match scheme {
        "https" => Some(url.to_owned()),
        "http" if loopback => Some(url.to_owned()),
        _ => None,
    }
}

fn valid_binding(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
}

/// The configured backends, by region.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Backends {
    by_region: BTreeMap<Region, Backend>,
}

impl Backends {
    pub fn parse(json: &str) -> Result<Self, BackendConfigError> {
        let raw: BTreeMap<String, RawBackend> =
            serde_json::from_str(json).map_err(|e| BackendConfigError::Json(e.to_string()))?;
        let mut by_region = BTreeMap::new();
        for (name, raw) in raw {
            let region = Region::parse(&name).ok_or(BackendConfigError::UnknownRegion(name))?;
            let backend = match (raw.durable_object, raw.origin) {
                (Some(binding), None) => {
                    if !valid_binding(&binding) {
                        return Err(BackendConfigError::Binding(region, binding));
                    }
                    let hint = raw
                        .location_hint
                        .ok_or(BackendConfigError::MissingHint(region))?;
                    if !location_hints(region).contains(&hint.as_str()) {
                        return Err(BackendConfigError::LocationHint(region, hint));
                    }
                    if let Some(j) = &raw.jurisdiction
                        && !jurisdictions(region).contains(&j.as_str())
                    {
                        return Err(BackendConfigError::Jurisdiction(region, j.clone()));
                    }
                    Backend::DurableObject {
                        binding,
                        jurisdiction: raw.jurisdiction,
                        location_hint: hint,
                    }
                }
                (None, Some(origin)) => {
                    if raw.jurisdiction.is_some() || raw.location_hint.is_some() {
                        return Err(BackendConfigError::OriginWithPlacement(region));
                    }
                    let url =
                        valid_origin(&origin).ok_or(BackendConfigError::Origin(region, origin))?;
                    Backend::Origin { url }
                }
                _ => return Err(BackendConfigError::Kind(region)),
            };
            by_region.insert(region, backend);
        }
        Ok(Self { by_region })
    }

    pub fn get(&self, region: Region) -> Option<&Backend> {
        self.by_region.get(&region)
    }

    pub fn regions(&self) -> impl Iterator<Item = Region> + '_ {
        self.by_region.keys().copied()
    }

    /// Durable Object bindings the configuration names (for build-time checks).
    pub fn bindings(&self) -> impl Iterator<Item = &str> {
        self.by_region.values().filter_map(|b| match b {
            Backend::DurableObject { binding, .. } => Some(binding.as_str()),
            Backend::Origin { .. } => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_kinds() {
        let b = Backends::parse(
            r#"{"eu":{"durable_object":"CONVERSATIONS","jurisdiction":"eu","location_hint":"weur"},
                "apac":{"durable_object":"CONVERSATIONS","location_hint":"apac"},
                "in":{"origin":"https://in.caravan.example/"}}"#,
        )
        .expect("valid");
        let g = |r| b.get(r).map(Backend::guarantee);
        assert_eq!(g(Region::Eu), Some(Guarantee::Jurisdiction));
        assert_eq!(g(Region::Apac), Some(Guarantee::LocationHint));
        assert_eq!(g(Region::In), Some(Guarantee::Origin));
        assert_eq!(g(Region::Us), None);
        assert_eq!(
            b.get(Region::In),
            Some(&Backend::Origin {
                url: "https://in.caravan.example".into()
            })
        );
    }

    #[test]
    fn refuses_configurations_that_would_misplace_data() {
        let err = |json: &str| Backends::parse(json).err();
        assert_eq!(
            err(r#"{"us":{"durable_object":"C","jurisdiction":"eu","location_hint":"enam"}}"#),
            Some(BackendConfigError::Jurisdiction(Region::Us, "eu".into()))
        );
        assert_eq!(
            err(r#"{"eu":{"durable_object":"C","location_hint":"enam"}}"#),
            Some(BackendConfigError::LocationHint(Region::Eu, "enam".into()))
        );
        assert_eq!(
            err(r#"{"eu":{"durable_object":"C"}}"#),
            Some(BackendConfigError::MissingHint(Region::Eu))
        );
        assert_eq!(
            err(r#"{"eu":{"origin":"http://eu.example"}}"#),
            Some(BackendConfigError::Origin(
                Region::Eu,
                "http://eu.example".into()
            ))
        );
        assert!(err(r#"{"eu":{"origin":"http://127.0.0.1:8788"}}"#).is_none());
        assert_eq!(
            err(r#"{"eu":{"origin":"https://x","durable_object":"C"}}"#),
            Some(BackendConfigError::Kind(Region::Eu))
        );
        assert_eq!(
            err(r#"{"eu":{"origin":"https://x","location_hint":"weur"}}"#),
            Some(BackendConfigError::OriginWithPlacement(Region::Eu))
        );
        assert_eq!(
            err(r#"{"mars":{"origin":"https://x"}}"#),
            Some(BackendConfigError::UnknownRegion("mars".into()))
        );
        assert!(matches!(
            err(r#"{"eu":{"origin":"https://x","extra":1}}"#),
            Some(BackendConfigError::Json(_))
        ));
        assert_eq!(
            err(r#"{"eu":{"durable_object":"bad name","location_hint":"weur"}}"#),
            Some(BackendConfigError::Binding(Region::Eu, "bad name".into()))
        );
        assert!(err(r#"{"eu":{"origin":"https://user@x"}}"#).is_some());
    }
}
