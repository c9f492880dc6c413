//! Merchants the edge serves, from configuration validated once at start-up.

use std::collections::BTreeMap;

use serde::Deserialize;
use thiserror::Error;

use crate::locale;

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Merchant {
    /// Shown in the widget header.
    pub name: String,
    /// Where this merchant's conversations live until the residency policy says otherwise.
    pub default_region: String,
    /// The store's language, used when nothing the shopper says matches.
    pub default_locale: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MerchantConfigError {
    #[error("merchant configuration is not valid JSON: {0}")]
    Json(String),
    #[error("merchant id {0:?} must be 1-64 characters of [a-z0-9-]")]
    BadId(String),
    #[error("merchant {0:?} has unsupported default locale {1:?}")]
    BadLocale(String, String),
    #[error("merchant {0:?} has an empty region")]
    BadRegion(String),
}

/// Is `id` a well-formed merchant id?
pub fn valid_merchant_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[derive(Debug, Clone, Default)]
pub struct MerchantDirectory {
    merchants: BTreeMap<String, Merchant>,
}

impl MerchantDirectory {
    /// Parses `{"<id>": {"name":..., "default_region":..., "default_locale":...}, ...}`.
    pub fn parse(json: &str) -> Result<Self, MerchantConfigError> {
        let merchants: BTreeMap<String, Merchant> =
            serde_json::from_str(json).map_err(|e| MerchantConfigError::Json(e.to_string()))?;
        for (id, m) in &merchants {
            if !valid_merchant_id(id) {
                return Err(MerchantConfigError::BadId(id.clone()));
            }
            if locale::Locale::from_tag(&m.default_locale).is_none() {
                return Err(MerchantConfigError::BadLocale(
                    id.clone(),
                    m.default_locale.clone(),
                ));
            }
            if m.default_region.trim().is_empty() {
                return Err(MerchantConfigError::BadRegion(id.clone()));
            }
        }
        Ok(Self { merchants })
    }

    pub fn get(&self, id: &str) -> Option<&Merchant> {
        self.merchants.get(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_validates() {
        let dir = MerchantDirectory::parse(
            r#"{"demo":{"name":"Demo","default_region":"eu","default_locale":"en"}}"#,
        )
        .expect("valid");
        assert_eq!(dir.get("demo").map(|m| m.name.as_str()), Some("Demo"));
        assert!(dir.get("other").is_none());
    }

    #[test]
    fn rejects_bad_config() {
        let bad_id = r#"{"Demo!":{"name":"D","default_region":"eu","default_locale":"en"}}"#;
        assert!(matches!(
            MerchantDirectory::parse(bad_id),
            Err(MerchantConfigError::BadId(_))
        ));
        let bad_loc = r#"{"d":{"name":"D","default_region":"eu","default_locale":"xx"}}"#;
        assert!(matches!(
            MerchantDirectory::parse(bad_loc),
            Err(MerchantConfigError::BadLocale(..))
        ));
        let extra = r#"{"d":{"name":"D","default_region":"eu","default_locale":"en","x":1}}"#;
        assert!(matches!(
            MerchantDirectory::parse(extra),
            Err(MerchantConfigError::Json(_))
        ));
    }

    #[test]
    fn merchant_ids() {
        assert!(valid_merchant_id("demo-store-2"));
        assert!(!valid_merchant_id(""));
        assert!(!valid_merchant_id("a/b"));
        assert!(!valid_merchant_id(&"a".repeat(65)));
    }
}
