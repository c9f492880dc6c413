//! A merchant's order lookups as configured: `"orders": {"platform": "shopify" | "magento"
//! | "magento-oauth1", "url": "https://shop.example", "secret": "ORDERS_SHOP", "vip"?:
//! {...}}`. The URL is an https origin (http only on loopback, for local stand-ins); the
//! secret is named here and read when a lookup needs it.

use serde::Deserialize;
use thiserror::Error;

use crate::orders::source::{OrderSource, Platform};
use crate::orders::vip::{RawVipRule, VipError, VipRule};
use crate::store::origin::WebOrigin;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderSettings {
    pub source: OrderSource,
    pub vip: VipRule,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOrderSettings {
    platform: String,
    url: String,
    secret: String,
    #[serde(default)]
    vip: RawVipRule,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum OrderSettingsError {
    #[error("orders.platform {0:?} is not shopify, magento or magento-oauth1")]
    Platform(String),
    #[error("orders.url {0:?} must be an https origin (http only on loopback), no path")]
    Url(String),
    #[error("orders.secret {0:?} must name a secret: 1-64 characters of [A-Z0-9_]")]
    Secret(String),
    #[error("orders.{0}")]
    Vip(VipError),
}

impl OrderSettings {
    pub fn from_raw(raw: RawOrderSettings) -> Result<OrderSettings, OrderSettingsError> {
        let platform =
            Platform::parse(&raw.platform).ok_or(OrderSettingsError::Platform(raw.platform))?;
        let origin = WebOrigin::parse_configured(&raw.url)
            .ok_or_else(|| OrderSettingsError::Url(raw.url.clone()))?;
        let secret_ok = (1..=64).contains(&raw.secret.len())
            && raw
                .secret
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
        if !secret_ok {
            return Err(OrderSettingsError::Secret(raw.secret));
        }
        Ok(OrderSettings {
            source: OrderSource {
                platform,
                origin: origin.as_str().to_owned(),
                secret: raw.secret,
            },
            vip: VipRule::from_raw(raw.vip).map_err(OrderSettingsError::Vip)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> Result<OrderSettings, OrderSettingsError> {
        OrderSettings::from_raw(serde_json::from_str(json).expect("shape"))
    }

    #[test]
    fn settings_are_validated() {
        let ok = parse(
            r#"{"platform":"magento-oauth1","url":"https://shop.example","secret":"ORDERS_SHOP",
                "vip":{"customer_tags":["group:4"]}}"#,
        )
        .expect("valid");
        assert_eq!(ok.source.platform, Platform::MagentoOAuth1);
        assert_eq!(ok.vip.customer_tags, vec!["group:4"]);
        assert!(
            parse(r#"{"platform":"shopify","url":"http://127.0.0.1:9000","secret":"S"}"#).is_ok()
        );
        assert!(matches!(
            parse(r#"{"platform":"woo","url":"https://shop.example","secret":"S"}"#),
            Err(OrderSettingsError::Platform(_))
        ));
        assert!(matches!(
            parse(r#"{"platform":"shopify","url":"http://shop.example","secret":"S"}"#),
            Err(OrderSettingsError::Url(_))
        ));
        assert!(matches!(
            parse(r#"{"platform":"shopify","url":"https://shop.example/admin","secret":"S"}"#),
            Err(OrderSettingsError::Url(_))
        ));
        assert!(matches!(
            parse(r#"{"platform":"shopify","url":"https://shop.example","secret":"shpat_123"}"#),
            Err(OrderSettingsError::Secret(_))
        ));
    }
}
