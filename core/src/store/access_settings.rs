//! A merchant's single sign-on through Cloudflare Access, as configured: `"access":
//! {"team_domain": "https://myteam.cloudflareaccess.com", "aud": "<application AUD tag>"}`.
//! The team domain is an https origin (http only on loopback, for local stand-ins): it is
//! where the signing keys are fetched and what the tokens' `iss` must say.

use serde::Deserialize;
use thiserror::Error;

use crate::store::origin::WebOrigin;

/// Where Access publishes a team's public keys, under the team domain.
pub const CERTS_PATH: &str = "/cdn-cgi/access/certs";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessSettings {
    /// `https://<team>.cloudflareaccess.com`, normalized (lower case, no trailing slash).
    pub team_domain: String,
    /// The Access application's audience tag.
    pub aud: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAccessSettings {
    team_domain: String,
    aud: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AccessSettingsError {
    #[error(
        "access.team_domain {0:?} must be an https origin like https://myteam.cloudflareaccess.com (http only on loopback), no path"
    )]
    TeamDomain(String),
    #[error("access.aud must be the Access application's audience tag: 1-256 visible characters")]
    Aud,
}

impl AccessSettings {
    pub fn from_raw(raw: RawAccessSettings) -> Result<AccessSettings, AccessSettingsError> {
        // Trailing slashes are forgiven: the issuer Access writes has none.
        let domain = raw.team_domain.trim().trim_end_matches('/');
        let origin = WebOrigin::parse_configured(domain)
            .ok_or_else(|| AccessSettingsError::TeamDomain(raw.team_domain.clone()))?;
        let aud = raw.aud.trim();
        if aud.is_empty() || aud.len() > 256 || !aud.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(AccessSettingsError::Aud);
        }
        Ok(AccessSettings {
            team_domain: origin.as_str().to_owned(),
            aud: aud.to_owned(),
        })
    }

    /// The team's signing keys (JWKS and PEM), per Cloudflare's documentation.
    pub fn certs_url(&self) -> String {
        format!("{}{CERTS_PATH}", self.team_domain)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> Result<AccessSettings, AccessSettingsError> {
        AccessSettings::from_raw(serde_json::from_str(json).expect("shape"))
    }

    #[test]
    fn settings_are_validated() {
        let ok = parse(r#"{"team_domain":"https://MyTeam.cloudflareaccess.com/","aud":"abc123"}"#)
            .expect("valid");
        assert_eq!(ok.team_domain, "https://myteam.cloudflareaccess.com");
        assert_eq!(
            ok.certs_url(),
            "https://myteam.cloudflareaccess.com/cdn-cgi/access/certs"
        );
        assert_eq!(ok.aud, "abc123");
        let local = parse(r#"{"team_domain":"http://127.0.0.1:9000","aud":"a"}"#).expect("loop");
        assert_eq!(local.team_domain, "http://127.0.0.1:9000");
        assert!(parse(r#"{"team_domain":"http://localhost:9000","aud":"a"}"#).is_ok());
    }

    #[test]
    fn bad_settings_say_what_is_wrong() {
        for domain in [
            "http://myteam.cloudflareaccess.com",
            "https://myteam.cloudflareaccess.com/cdn-cgi",
            "myteam.cloudflareaccess.com",
            "",
        ] {
            let json = serde_json::json!({ "team_domain": domain, "aud": "a" }).to_string();
            let e = parse(&json).expect_err(domain);
            assert!(matches!(e, AccessSettingsError::TeamDomain(_)), "{domain}");
            assert!(e.to_string().contains("https origin"));
        }
        for aud in ["", "  ", "with space", "a\tb"] {
            let json =
                serde_json::json!({ "team_domain": "https://t.cloudflareaccess.com", "aud": aud })
                    .to_string();
            assert_eq!(parse(&json), Err(AccessSettingsError::Aud), "{aud:?}");
        }
        let extra = r#"{"team_domain":"https://t.cloudflareaccess.com","aud":"a","x":1}"#;
        assert!(serde_json::from_str::<RawAccessSettings>(extra).is_err());
    }
}
