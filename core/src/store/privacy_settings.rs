//! A merchant's privacy settings, per region where the law differs:
//!
//! ```json
//! "privacy": {
//!   "store_personal_data": {"eu": "masked", "default": "original"},
//!   "retention": {"eu": "90d", "default": "365d"},
//!   "policy_url": "https://shop.example/privacy"
//! }
//! ```
//!
//! Each per-region setting is either one value for every region or an object of region
//! names and `default`. `masked` keeps the original of e-mail addresses, phone numbers,
//! IBANs and national ids out of storage; card numbers are masked under either setting.
//! Retention is a whole number of days (`d`), hours (`h`), minutes (`m`) or seconds (`s`),
//! counted from a message's time.

use std::collections::BTreeMap;

use serde::Deserialize;
use thiserror::Error;

use crate::privacy::masking;
use crate::residency::region::Region;
use crate::store::origin::WebOrigin;
use crate::wire::message_translation::MessageTranslation;
use crate::wire::protocol::MessageView;

/// Kept when a store says nothing: a year.
pub const DEFAULT_RETENTION_SECS: u64 = 365 * DAY;
/// The longest a store may keep conversations: ten years.
pub const MAX_RETENTION_SECS: u64 = 3650 * DAY;
const DAY: u64 = 86_400;

/// How a shopper's personal data is written to storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StoredPersonalData {
    /// As the shopper wrote it, except card numbers.
    #[default]
    Original,
    /// Masked as agents see it (`j***@example.com`); the original is used in memory only.
    Masked,
}

impl StoredPersonalData {
    fn parse(value: &str) -> Option<Self> {
        match value {
            "original" => Some(Self::Original),
            "masked" => Some(Self::Masked),
            _ => None,
        }
    }

    /// `text` as it may be stored.
    pub fn apply(self, text: &str) -> String {
        match self {
            Self::Original => masking::revealed(text),
            Self::Masked => masking::masked(text),
        }
    }

    /// A translation as it may be stored.
    pub fn translation(self, t: &MessageTranslation) -> MessageTranslation {
        MessageTranslation {
            text: t.text.as_deref().map(|text| self.apply(text)),
            ..t.clone()
        }
    }

    /// A message as it may be stored: its text, translation and card.
    pub fn message(self, m: &MessageView) -> MessageView {
        let mut stored = m.clone();
        stored.text = self.apply(&m.text);
        stored.translation = m.translation.as_ref().map(|t| self.translation(t));
        for line in &mut stored.card {
            line.value = self.apply(&line.value);
        }
        stored
    }
}

/// A store's privacy settings, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrivacySettings {
    stored: [StoredPersonalData; Region::ALL.len()],
    retention_secs: [u64; Region::ALL.len()],
    /// The store's privacy policy, linked from the widget's notice.
    pub policy_url: Option<String>,
}

impl Default for PrivacySettings {
    fn default() -> Self {
        Self {
            stored: [StoredPersonalData::default(); Region::ALL.len()],
            retention_secs: [DEFAULT_RETENTION_SECS; Region::ALL.len()],
            policy_url: None,
        }
    }
}

impl PrivacySettings {
    /// How personal data is stored in `region`.
    pub fn stored(&self, region: Region) -> StoredPersonalData {
        self.stored[region.index()]
    }

    /// How long messages are kept in `region`, in seconds.
    pub fn retention_secs(&self, region: Region) -> u64 {
        self.retention_secs[region.index()]
    }
}

/// One value for every region, or one per region with a `default`.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum PerRegion {
    All(String),
    Each(BTreeMap<String, String>),
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawPrivacySettings {
    #[serde(default)]
    store_personal_data: Option<PerRegion>,
    #[serde(default)]
    retention: Option<PerRegion>,
    #[serde(default)]
    policy_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PrivacySettingsError {
    #[error("privacy: {0:?} is not a region name or \"default\"")]
    Region(String),
    #[error("privacy.store_personal_data: {0:?} must be \"masked\" or \"original\"")]
    Stored(String),
    #[error(
        "privacy.retention: {0:?} must be a whole number with d, h, m or s (e.g. \"90d\"), from 1s to 3650d"
    )]
    Retention(String),
    #[error("privacy.policy_url {0:?} must be an https URL")]
    PolicyUrl(String),
}

/// `"90d"` → seconds.
pub fn parse_duration(value: &str) -> Option<u64> {
    let unit = match value.chars().last()? {
        'd' => DAY,
        'h' => 3_600,
        'm' => 60,
        's' => 1,
        _ => return None,
    };
    let number = &value[..value.len() - 1];
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) || number.len() > 10 {
        return None;
    }
    let secs = number.parse::<u64>().ok()?.checked_mul(unit)?;
    (1..=MAX_RETENTION_SECS).contains(&secs).then_some(secs)
}

/// Fills `out` from `raw`: the `default` first, then each named region.
fn per_region<T: Copy>(
    raw: Option<PerRegion>,
    out: &mut [T; Region::ALL.len()],
    parse: impl Fn(&str) -> Option<T>,
    bad: impl Fn(String) -> PrivacySettingsError,
) -> Result<(), PrivacySettingsError> {
    match raw {
        None => {}
        Some(PerRegion::All(value)) => *out = [parse(&value).ok_or_else(|| bad(value))?; 8],
        Some(PerRegion::Each(map)) => {
            if let Some(value) = map.get("default") {
                *out = [parse(value).ok_or_else(|| bad(value.clone()))?; 8];
            }
            for (name, value) in map.iter().filter(|(name, _)| *name != "default") {
                let region = Region::parse(name)
                    .ok_or_else(|| PrivacySettingsError::Region(name.clone()))?;
                out[region.index()] = parse(value).ok_or_else(|| bad(value.clone()))?;
            }
        }
    }
    Ok(())
}

impl PrivacySettings {
    pub fn from_raw(raw: RawPrivacySettings) -> Result<PrivacySettings, PrivacySettingsError> {
        let mut settings = PrivacySettings::default();
        per_region(
            raw.store_personal_data,
            &mut settings.stored,
            StoredPersonalData::parse,
            PrivacySettingsError::Stored,
        )?;
        per_region(
            raw.retention,
            &mut settings.retention_secs,
            parse_duration,
            PrivacySettingsError::Retention,
        )?;
        if let Some(url) = raw.policy_url {
            settings.policy_url = Some(policy_url(&url)?);
        }
        Ok(settings)
    }
}

/// An https URL (http only on loopback, for local stand-ins) without credentials or
/// characters a link must not hold.
fn policy_url(url: &str) -> Result<String, PrivacySettingsError> {
    let bad = || PrivacySettingsError::PolicyUrl(url.to_owned());
    let url = url.trim();
    let rest_at = url
        .find("://")
        .and_then(|i| url[i + 3..].find('/').map(|j| i + 3 + j))
        .unwrap_or(url.len());
    WebOrigin::parse_configured(&url[..rest_at]).ok_or_else(bad)?;
    let clean = url.len() <= 2_048
        && url
            .chars()
            .all(|c| c.is_ascii_graphic() && !"\"<>\\^`{|}".contains(c));
    clean.then(|| url.to_owned()).ok_or_else(bad)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(json: &str) -> Result<PrivacySettings, PrivacySettingsError> {
        PrivacySettings::from_raw(serde_json::from_str(json).expect("valid"))
    }

    #[test]
    fn nothing_said_keeps_originals_for_a_year() {
        let s = settings("{}").expect("valid");
        for region in Region::ALL {
            assert_eq!(s.stored(region), StoredPersonalData::Original);
            assert_eq!(s.retention_secs(region), 365 * 86_400);
        }
        assert_eq!(s.policy_url, None);
    }

    #[test]
    fn per_region_with_a_default() {
        let s = settings(
            r#"{"store_personal_data":{"eu":"masked"},"retention":{"eu":"90d","default":"400d"},
                "policy_url":"https://shop.example/privacy?lang=de"}"#,
        )
        .expect("valid");
        assert_eq!(s.stored(Region::Eu), StoredPersonalData::Masked);
        assert_eq!(s.stored(Region::Us), StoredPersonalData::Original);
        assert_eq!(s.retention_secs(Region::Eu), 90 * 86_400);
        assert_eq!(s.retention_secs(Region::Apac), 400 * 86_400);
        assert_eq!(
            s.policy_url.as_deref(),
            Some("https://shop.example/privacy?lang=de")
        );
        let all = settings(r#"{"store_personal_data":"masked","retention":"12h"}"#).expect("valid");
        assert_eq!(all.stored(Region::Af), StoredPersonalData::Masked);
        assert_eq!(all.retention_secs(Region::Af), 43_200);
    }

    #[test]
    fn bad_values_are_named() {
        use PrivacySettingsError as E;
        let cases = [
            (r#"{"retention":{"mars":"1d"}}"#, E::Region("mars".into())),
            (
                r#"{"store_personal_data":"hidden"}"#,
                E::Stored("hidden".into()),
            ),
            (r#"{"retention":"0d"}"#, E::Retention("0d".into())),
            (r#"{"retention":"3651d"}"#, E::Retention("3651d".into())),
            (r#"{"retention":"-1d"}"#, E::Retention("-1d".into())),
            (r#"{"retention":"d"}"#, E::Retention("d".into())),
            (r#"{"retention":"90"}"#, E::Retention("90".into())),
            (
                r#"{"policy_url":"javascript:alert(1)"}"#,
                E::PolicyUrl("javascript:alert(1)".into()),
            ),
            (
                r#"{"policy_url":"http://shop.example/p"}"#,
                E::PolicyUrl("http://shop.example/p".into()),
            ),
            (
                r#"{"policy_url":"https://shop.example/<script>"}"#,
                E::PolicyUrl("https://shop.example/<script>".into()),
            ),
        ];
        for (json, error) in cases {
            assert_eq!(settings(json), Err(error), "{json}");
        }
        assert!(serde_json::from_str::<RawPrivacySettings>(r#"{"retain":"1d"}"#).is_err());
    }

    #[test]
    fn storage_never_keeps_a_card_and_masks_the_rest_when_asked() {
        let text = "me: jane@example.com, +44 20 7946 0958, card 4242 4242 4242 4242, order #1001";
        let original = StoredPersonalData::Original.apply(text);
        assert!(original.contains("jane@example.com") && !original.contains("4242 4242"));
        let masked = StoredPersonalData::Masked.apply(text);
        assert!(
            !masked.contains("jane@") && !masked.contains("7946") && !masked.contains("4242 4242")
        );
        assert!(masked.contains("#1001"));
    }
}
