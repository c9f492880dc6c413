//! A store's own commerce settings, part of its configuration (`"commerce"` in
//! `CARAVAN_MERCHANTS`): shipping times by destination, where it does not ship, where it
//! ships duties paid (DDP; elsewhere the shopper pays on delivery, DAP), and its return
//! window.

use std::collections::BTreeMap;

use serde::Deserialize;
use thiserror::Error;

use crate::commerce::country_table::is_country_code;

/// The key of every other destination in `shipping_days`.
pub const ANY_COUNTRY: &str = "*";

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PolicyError {
    #[error("{0:?} is not an ISO 3166-1 alpha-2 code (or \"*\" in shipping_days)")]
    Country(String),
    #[error("shipping days for {0} must be [min, max] with 0 < min <= max <= 120")]
    Days(String),
    #[error("return_days must be 1 to 365")]
    ReturnDays,
}

/// As configured: `{"shipping_days": {"*": [5, 10], "DE": [2, 4]}, "no_shipping": ["XX"],
/// "ddp": ["DE", "FR"], "return_days": 30}`, every part optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPolicy {
    #[serde(default)]
    shipping_days: BTreeMap<String, [u32; 2]>,
    #[serde(default)]
    no_shipping: Vec<String>,
    #[serde(default)]
    ddp: Option<Vec<String>>,
    #[serde(default)]
    return_days: Option<u32>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CommercePolicy {
    /// Business days from shipping to delivery, by destination (`*`: any other).
    pub shipping_days: BTreeMap<String, (u32, u32)>,
    pub no_shipping: Vec<String>,
    /// Destinations shipped duties paid; `None` when the store said nothing about duties.
    pub ddp: Option<Vec<String>>,
    pub return_days: Option<u32>,
}

/// Duties paid by the store, or by the shopper on delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Incoterm {
    Ddp,
    Dap,
}

fn country(code: &str) -> Result<String, PolicyError> {
    let upper = code.trim().to_ascii_uppercase();
    if is_country_code(&upper) {
        Ok(upper)
    } else {
        Err(PolicyError::Country(code.to_owned()))
    }
}

impl CommercePolicy {
    pub fn from_raw(raw: RawPolicy) -> Result<CommercePolicy, PolicyError> {
        let mut shipping_days = BTreeMap::new();
        for (code, [min, max]) in raw.shipping_days {
            let code = if code == ANY_COUNTRY {
                code
            } else {
                country(&code)?
            };
            if min == 0 || min > max || max > 120 {
                return Err(PolicyError::Days(code));
            }
            shipping_days.insert(code, (min, max));
        }
        let no_shipping = raw
            .no_shipping
            .iter()
            .map(|c| country(c))
            .collect::<Result<_, _>>()?;
        let ddp = raw
            .ddp
            .map(|list| list.iter().map(|c| country(c)).collect::<Result<_, _>>())
            .transpose()?;
        if raw.return_days.is_some_and(|d| !(1..=365).contains(&d)) {
            return Err(PolicyError::ReturnDays);
        }
        Ok(CommercePolicy {
            shipping_days,
            no_shipping,
            ddp,
            return_days: raw.return_days,
        })
    }

    /// Does the store ship to `country`? (`None` when it said nothing about shipping.)
    pub fn ships_to(&self, country: &str) -> Option<bool> {
        if self.no_shipping.iter().any(|c| c == country) {
            return Some(false);
        }
        (!self.shipping_days.is_empty()).then_some(true)
    }

    /// Business days to `country`, its own or the default.
    pub fn days_to(&self, country: &str) -> Option<(u32, u32)> {
        self.shipping_days
            .get(country)
            .or_else(|| self.shipping_days.get(ANY_COUNTRY))
            .copied()
    }

    pub fn incoterm(&self, country: &str) -> Option<Incoterm> {
        let ddp = self.ddp.as_ref()?;
        Some(if ddp.iter().any(|c| c == country) {
            Incoterm::Ddp
        } else {
            Incoterm::Dap
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(json: &str) -> Result<CommercePolicy, PolicyError> {
        CommercePolicy::from_raw(serde_json::from_str(json).expect("json"))
    }

    #[test]
    fn reads_a_stores_settings() {
        let p = policy(r#"{"shipping_days":{"*":[5,10],"de":[2,4]},"no_shipping":["RU"],"ddp":["DE"],"return_days":30}"#).expect("valid");
        assert_eq!(p.days_to("DE"), Some((2, 4)));
        assert_eq!(p.days_to("TH"), Some((5, 10)));
        assert_eq!(p.ships_to("RU"), Some(false));
        assert_eq!(p.incoterm("DE"), Some(Incoterm::Ddp));
        assert_eq!(p.incoterm("US"), Some(Incoterm::Dap));
        assert_eq!(CommercePolicy::default().incoterm("US"), None);
        assert_eq!(CommercePolicy::default().ships_to("US"), None);
    }

    #[test]
    fn bad_settings_say_what_to_fix() {
        assert_eq!(
            policy(r#"{"shipping_days":{"Germany":[2,4]}}"#),
            Err(PolicyError::Country("Germany".into()))
        );
        assert_eq!(
            policy(r#"{"shipping_days":{"DE":[4,2]}}"#),
            Err(PolicyError::Days("DE".into()))
        );
        assert_eq!(policy(r#"{"return_days":0}"#), Err(PolicyError::ReturnDays));
        assert!(serde_json::from_str::<RawPolicy>(r#"{"returns":30}"#).is_err());
    }
}
