//! Merchants the edge serves, from configuration validated once at start-up.

use crate::commerce::policy::{CommercePolicy, PolicyError, RawPolicy};
use crate::store::access_settings::{AccessSettings, AccessSettingsError, RawAccessSettings};
use crate::store::identity_settings::{
    IdentitySettings, IdentitySettingsError, RawIdentitySettings,
};
use crate::store::order_settings::{OrderSettings, OrderSettingsError, RawOrderSettings};
use crate::store::privacy_settings::{PrivacySettings, PrivacySettingsError, RawPrivacySettings};
use crate::teams::schedule::{RawTeam, Team, TeamError};
use std::collections::BTreeMap;

use serde::Deserialize;
use thiserror::Error;

use crate::language::locale;
use crate::residency::backends::Backends;
use crate::residency::region::Region;
use crate::store::origin::WebOrigin;

/// A merchant as the edge uses it, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merchant {
    /// Shown in the widget header.
    pub name: String,
    /// Where sessions go when the policy names no region (unknown country) or a region
    /// the merchant does not allow.
    pub default_region: Region,
    /// `None`: every region. `Some`: only these (e.g. "EU only"); always holds the default.
    pub allowed_regions: Option<Vec<Region>>,
    /// The store's language, used when nothing the shopper says matches.
    pub default_locale: String,
    /// Storefront origins whose pages may open the chat.
    pub origins: Vec<WebOrigin>,
    /// How messages are translated between shoppers and agents.
    pub translation: TranslationSettings,
    /// Shipping times, duties and returns, as the bot tells shoppers.
    pub commerce: CommercePolicy,
    /// The people who take handoffs: time zones, hours, languages.
    pub teams: Vec<Team>,
    /// Where the bot looks orders up, and who is a VIP; `None`: no lookups.
    pub orders: Option<OrderSettings>,
    /// Single sign-on for its console through Cloudflare Access; `None`: passwords only.
    pub access: Option<AccessSettings>,
    /// What is stored of personal data, for how long, and the store's privacy policy.
    pub privacy: PrivacySettings,
    /// How the store vouches for its logged-in shoppers; `None`: every shopper is anonymous.
    pub identity: Option<IdentitySettings>,
}

/// A merchant's translation settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationSettings {
    /// The language the merchant's agents work in (default: the store's language).
    pub agent_locale: locale::Locale,
    /// Provider names from `CARAVAN_TRANSLATORS`, tried in order.
    pub providers: Vec<String>,
    /// May text leave the session's region for a provider elsewhere?
    pub allow_outside_region: bool,
    /// Brand, product names and SKUs that are never translated.
    pub glossary: Vec<String>,
}

impl Default for TranslationSettings {
    fn default() -> Self {
        Self {
            agent_locale: locale::Locale::En,
            providers: Vec::new(),
            allow_outside_region: false,
            glossary: Vec::new(),
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawTranslation {
    #[serde(default)]
    agent_locale: Option<String>,
    #[serde(default)]
    providers: Vec<String>,
    #[serde(default)]
    allow_outside_region: bool,
    #[serde(default)]
    glossary: Vec<String>,
}

impl Merchant {
    pub fn allows(&self, region: Region) -> bool {
        self.allowed_regions
            .as_ref()
            .is_none_or(|allowed| allowed.contains(&region))
    }

    /// Regions this store's sessions may be placed in that have no backend: its sessions
    /// from there would always be told "unavailable". Checked at build time.
    pub fn uncovered(&self, backends: &Backends) -> Vec<Region> {
        Region::ALL
            .into_iter()
            .filter(|&r| self.allows(r) && backends.get(r).is_none())
            .collect()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMerchant {
    name: String,
    default_region: String,
    default_locale: String,
    #[serde(default)]
    allowed_regions: Option<Vec<String>>,
    #[serde(default)]
    origins: Vec<String>,
    #[serde(default)]
    translation: RawTranslation,
    #[serde(default)]
    commerce: RawPolicy,
    #[serde(default)]
    teams: Vec<RawTeam>,
    #[serde(default)]
    orders: Option<RawOrderSettings>,
    #[serde(default)]
    access: Option<RawAccessSettings>,
    #[serde(default)]
    privacy: RawPrivacySettings,
    identity: Option<RawIdentitySettings>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum MerchantConfigError {
    #[error("merchant configuration is not valid JSON: {0}")]
    Json(String),
    #[error("merchant id {0:?} must be 1-64 characters of [a-z0-9-]")]
    BadId(String),
    #[error("merchant {0:?} has unsupported default locale {1:?}")]
    BadLocale(String, String),
    #[error("merchant {0:?} names unknown region {1:?}")]
    BadRegion(String, String),
    #[error("merchant {0:?}: allowed_regions must be non-empty and hold the default region")]
    DefaultNotAllowed(String),
    #[error("merchant {0:?}: {1:?} is not an origin like https://shop.example")]
    BadOrigin(String, String),
    #[error("merchant {0:?}: commerce: {1}")]
    Commerce(String, PolicyError),
    #[error("merchant {0:?}: {1}")]
    Team(String, TeamError),
    #[error("merchant {0:?}: {1}")]
    Orders(String, OrderSettingsError),
    #[error("merchant {0:?}: {1}")]
    Access(String, AccessSettingsError),
    #[error("merchant {0:?}: {1}")]
    Privacy(String, PrivacySettingsError),
    #[error("merchant {0:?}: {1}")]
    Identity(String, IdentitySettingsError),
}

/// Is `id` a well-formed merchant id?
pub fn valid_merchant_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn region(id: &str, name: &str) -> Result<Region, MerchantConfigError> {
    Region::parse(name).ok_or_else(|| MerchantConfigError::BadRegion(id.into(), name.into()))
}

fn validate(id: &str, raw: RawMerchant) -> Result<Merchant, MerchantConfigError> {
    if !valid_merchant_id(id) {
        return Err(MerchantConfigError::BadId(id.to_owned()));
    }
    let Some(store_locale) = locale::Locale::from_tag(&raw.default_locale) else {
        return Err(MerchantConfigError::BadLocale(
            id.into(),
            raw.default_locale,
        ));
    };
    let agent_locale = match raw.translation.agent_locale {
        None => store_locale,
        Some(tag) => locale::Locale::from_tag(&tag)
            .ok_or_else(|| MerchantConfigError::BadLocale(id.into(), tag))?,
    };
    let default_region = region(id, &raw.default_region)?;
    let allowed_regions = match raw.allowed_regions {
        None => None,
        Some(names) => {
            let regions = names
                .iter()
                .map(|n| region(id, n))
                .collect::<Result<Vec<_>, _>>()?;
            if !regions.contains(&default_region) {
                return Err(MerchantConfigError::DefaultNotAllowed(id.into()));
            }
            Some(regions)
        }
    };
    let origins = raw
        .origins
        .iter()
        .map(|o| {
            WebOrigin::parse_configured(o)
                .ok_or_else(|| MerchantConfigError::BadOrigin(id.into(), o.clone()))
        })
        .collect::<Result<_, _>>()?;
    Ok(Merchant {
        name: raw.name,
        default_region,
        allowed_regions,
        default_locale: raw.default_locale,
        origins,
        translation: TranslationSettings {
            agent_locale,
            providers: raw.translation.providers,
            allow_outside_region: raw.translation.allow_outside_region,
            glossary: raw.translation.glossary,
        },
        commerce: CommercePolicy::from_raw(raw.commerce)
            .map_err(|e| MerchantConfigError::Commerce(id.into(), e))?,
        teams: raw
            .teams
            .into_iter()
            .map(|t| Team::from_raw(t).map_err(|e| MerchantConfigError::Team(id.into(), e)))
            .collect::<Result<_, _>>()?,
        orders: raw
            .orders
            .map(OrderSettings::from_raw)
            .transpose()
            .map_err(|e| MerchantConfigError::Orders(id.into(), e))?,
        access: raw
            .access
            .map(AccessSettings::from_raw)
            .transpose()
            .map_err(|e| MerchantConfigError::Access(id.into(), e))?,
        privacy: PrivacySettings::from_raw(raw.privacy)
            .map_err(|e| MerchantConfigError::Privacy(id.into(), e))?,
        identity: raw
            .identity
            .map(IdentitySettings::from_raw)
            .transpose()
            .map_err(|e| MerchantConfigError::Identity(id.into(), e))?,
    })
}

#[derive(Debug, Clone, Default)]
pub struct MerchantDirectory {
    merchants: BTreeMap<String, Merchant>,
}

impl MerchantDirectory {
    /// Parses `{"<id>": {"name", "default_region", "default_locale", "allowed_regions"?,
    /// "origins"?, "translation"?: {"agent_locale"?, "providers"?, "allow_outside_region"?,
    /// "glossary"?}, "commerce"?, "teams"?, "orders"?, "access"?, "identity"?}, ...}`.
    pub fn parse(json: &str) -> Result<Self, MerchantConfigError> {
        let raw: BTreeMap<String, RawMerchant> =
            serde_json::from_str(json).map_err(|e| MerchantConfigError::Json(e.to_string()))?;
        let merchants = raw
            .into_iter()
            .map(|(id, m)| validate(&id, m).map(|m| (id, m)))
            .collect::<Result<_, _>>()?;
        Ok(Self { merchants })
    }

    pub fn get(&self, id: &str) -> Option<&Merchant> {
        self.merchants.get(id)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &Merchant)> {
        self.merchants.iter().map(|(id, m)| (id.as_str(), m))
    }

    /// Does any merchant list this origin? (CORS preflights name no merchant.)
    pub fn any_allows_origin(&self, origin: &WebOrigin) -> bool {
        self.merchants.values().any(|m| m.origins.contains(origin))
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
        let eu_only = MerchantDirectory::parse(
            r#"{"d":{"name":"D","default_region":"eu","default_locale":"en",
                "allowed_regions":["eu"],"origins":["https://shop.example"]}}"#,
        )
        .expect("valid");
        let d = eu_only.get("d").expect("merchant");
        assert!(d.allows(Region::Eu) && !d.allows(Region::Us));
        assert!(eu_only.any_allows_origin(&WebOrigin::parse("https://shop.example").expect("o")));
        assert_eq!(d.translation.agent_locale, locale::Locale::En);
        let translated = MerchantDirectory::parse(
            r#"{"t":{"name":"T","default_region":"apac","default_locale":"th",
                "translation":{"agent_locale":"ja","providers":["deepl"],"glossary":["AirFlex"]}}}"#,
        )
        .expect("valid");
        let t = &translated.get("t").expect("merchant").translation;
        assert_eq!(t.agent_locale, locale::Locale::Ja);
        assert_eq!((t.providers.len(), t.allow_outside_region), (1, false));
        let bad = r#"{"t":{"name":"T","default_region":"eu","default_locale":"en",
            "translation":{"agent_locale":"tlh"}}}"#;
        assert!(matches!(
            MerchantDirectory::parse(bad),
            Err(MerchantConfigError::BadLocale(..))
        ));
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
        let region = r#"{"d":{"name":"D","default_region":"mars","default_locale":"en"}}"#;
        assert!(matches!(
            MerchantDirectory::parse(region),
            Err(MerchantConfigError::BadRegion(..))
        ));
        let outside = r#"{"d":{"name":"D","default_region":"us","default_locale":"en",
            "allowed_regions":["eu"]}}"#;
        assert!(matches!(
            MerchantDirectory::parse(outside),
            Err(MerchantConfigError::DefaultNotAllowed(_))
        ));
        let origin = r#"{"d":{"name":"D","default_region":"eu","default_locale":"en",
            "origins":["http://shop.example"]}}"#;
        assert!(matches!(
            MerchantDirectory::parse(origin),
            Err(MerchantConfigError::BadOrigin(..))
        ));
    }

    #[test]
    fn access_is_optional_and_validated() {
        let base = r#"{"d":{"name":"D","default_region":"eu","default_locale":"en"ACCESS}}"#;
        let with = |access: &str| MerchantDirectory::parse(&base.replace("ACCESS", access));
        assert_eq!(with("").expect("valid").get("d").expect("d").access, None);
        let sso = with(r#","access":{"team_domain":"https://t.cloudflareaccess.com","aud":"x"}"#)
            .expect("valid");
        let access = sso
            .get("d")
            .and_then(|m| m.access.as_ref())
            .expect("access");
        assert_eq!(access.team_domain, "https://t.cloudflareaccess.com");
        let bad = with(r#","access":{"team_domain":"http://t.cloudflareaccess.com","aud":"x"}"#)
            .expect_err("http");
        assert!(matches!(bad, MerchantConfigError::Access(..)));
        assert!(
            bad.to_string()
                .starts_with("merchant \"d\": access.team_domain")
        );
    }

    #[test]
    fn identity_is_optional_and_validated() {
        let base = r#"{"d":{"name":"D","default_region":"eu","default_locale":"en"IDENTITY}}"#;
        let with = |identity: &str| MerchantDirectory::parse(&base.replace("IDENTITY", identity));
        assert_eq!(with("").expect("valid").get("d").expect("d").identity, None);
        let hs = with(r#","identity":{"hs256_secret":"IDENTITY_D"}"#).expect("valid");
        let settings = hs.get("d").and_then(|m| m.identity.as_ref());
        assert_eq!(
            settings.and_then(|s| s.hs256_secret.as_deref()),
            Some("IDENTITY_D")
        );
        let bad = with(r#","identity":{}"#).expect_err("empty");
        assert!(matches!(bad, MerchantConfigError::Identity(..)));
        assert!(
            bad.to_string()
                .starts_with("merchant \"d\": identity needs")
        );
    }

    #[test]
    fn merchant_ids() {
        assert!(valid_merchant_id("demo-store-2"));
        assert!(!valid_merchant_id(""));
        assert!(!valid_merchant_id("a/b"));
        assert!(!valid_merchant_id(&"a".repeat(65)));
    }
}
