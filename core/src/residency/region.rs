//! The regions a conversation can live in. A region is a residency promise ("this
//! shopper's data stays in the EU"); which machine keeps it is configuration
//! ([`crate::residency::backends`]).

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Region {
    /// European Union / EEA, Switzerland, United Kingdom.
    Eu,
    /// United States.
    Us,
    /// South America.
    Sa,
    /// India.
    In,
    /// Asia-Pacific.
    Apac,
    /// Oceania.
    Oc,
    /// Middle East.
    Me,
    /// Africa.
    Af,
}

impl Region {
    pub const ALL: [Region; 8] = [
        Region::Eu,
        Region::Us,
        Region::Sa,
        Region::In,
        Region::Apac,
        Region::Oc,
        Region::Me,
        Region::Af,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Region::Eu => "eu",
            Region::Us => "us",
            Region::Sa => "sa",
            Region::In => "in",
            Region::Apac => "apac",
            Region::Oc => "oc",
            Region::Me => "me",
            Region::Af => "af",
        }
    }

    pub fn parse(s: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Position in [`Region::ALL`], for fixed-size per-region state.
    pub fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl serde::Serialize for Region {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Region {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        Region::parse(&name).ok_or_else(|| serde::de::Error::custom(format!("no region {name:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_index_matches_all() {
        for (i, r) in Region::ALL.into_iter().enumerate() {
            assert_eq!(Region::parse(r.as_str()), Some(r));
            assert_eq!(r.index(), i);
        }
        assert_eq!(Region::parse("EU"), None);
        assert_eq!(Region::parse(""), None);
    }
}
