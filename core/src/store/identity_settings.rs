//! How a store vouches for its logged-in shopper, as configured: `"identity":
//! {"hs256_secret": "IDENTITY_SHOP"}` (the name of a Worker secret holding the HMAC key the
//! store's server signs with) and/or `{"es256_key": {"kty": "EC", "crv": "P-256", "x": "…",
//! "y": "…"}}` (the public half of the store's P-256 key, as a JWK). The secret itself is
//! never configuration: it is read when a token is checked.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use serde::Deserialize;
use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentitySettings {
    /// The Worker secret holding the HS256 key; `None`: HS256 tokens are refused.
    pub hs256_secret: Option<String>,
    /// The store's ES256 public key; `None`: ES256 tokens are refused.
    pub es256_key: Option<EcPublicKey>,
}

/// A P-256 public key by its coordinates, base64url without padding (as a JWK has them,
/// and as Web Crypto imports them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EcPublicKey {
    pub x: String,
    pub y: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIdentitySettings {
    #[serde(default)]
    hs256_secret: Option<String>,
    #[serde(default)]
    es256_key: Option<RawJwk>,
}

/// A JWK as key tools write it: the members a public EC key has, and `d` only to say
/// clearly that a private key does not belong here.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawJwk {
    kty: String,
    crv: String,
    x: String,
    y: String,
    #[serde(default)]
    d: Option<serde::de::IgnoredAny>,
    #[serde(default)]
    kid: Option<String>,
    #[serde(default)]
    alg: Option<String>,
    #[serde(default, rename = "use")]
    use_: Option<String>,
    #[serde(default)]
    key_ops: Option<Vec<String>>,
    #[serde(default)]
    ext: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum IdentitySettingsError {
    #[error("identity needs hs256_secret, es256_key or both")]
    Empty,
    #[error("identity.hs256_secret {0:?} must name a secret: 1-64 characters of [A-Z0-9_]")]
    Secret(String),
    #[error("identity.es256_key is a private key (it has \"d\"): configure the public key only")]
    PrivateKey,
    #[error(
        "identity.es256_key must be an EC public key on P-256 (kty \"EC\", crv \"P-256\", alg ES256 if given, use \"sig\" if given)"
    )]
    KeyType,
    #[error("identity.es256_key.{0} must be 32 bytes, base64url")]
    Coordinate(&'static str),
}

/// A coordinate as 32 bytes of base64url; padding is forgiven and dropped.
fn coordinate(name: &'static str, text: &str) -> Result<String, IdentitySettingsError> {
    let text = text.trim().trim_end_matches('=');
    match B64.decode(text) {
        Ok(bytes) if bytes.len() == 32 => Ok(text.to_owned()),
        _ => Err(IdentitySettingsError::Coordinate(name)),
    }
}

impl IdentitySettings {
    pub fn from_raw(raw: RawIdentitySettings) -> Result<IdentitySettings, IdentitySettingsError> {
        if raw.hs256_secret.is_none() && raw.es256_key.is_none() {
            return Err(IdentitySettingsError::Empty);
        }
        if let Some(name) = &raw.hs256_secret {
            let ok = (1..=64).contains(&name.len())
                && name
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
            if !ok {
                return Err(IdentitySettingsError::Secret(name.clone()));
            }
        }
        let es256_key = match raw.es256_key {
            None => None,
            Some(jwk) => {
                if jwk.d.is_some() {
                    return Err(IdentitySettingsError::PrivateKey);
                }
                let verifies = jwk
                    .key_ops
                    .as_ref()
                    .is_none_or(|ops| ops.iter().any(|o| o == "verify"));
                let fits = jwk.kty == "EC"
                    && jwk.crv == "P-256"
                    && jwk.alg.as_deref().is_none_or(|a| a == "ES256")
                    && jwk.use_.as_deref().is_none_or(|u| u == "sig")
                    && verifies;
                if !fits {
                    return Err(IdentitySettingsError::KeyType);
                }
                // Named for the operator's own bookkeeping; tokens need not carry it.
                let _ = (jwk.kid, jwk.ext);
                Some(EcPublicKey {
                    x: coordinate("x", &jwk.x)?,
                    y: coordinate("y", &jwk.y)?,
                })
            }
        };
        Ok(IdentitySettings {
            hs256_secret: raw.hs256_secret,
            es256_key,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // A P-256 public key made with Node's crypto (generateKeyPairSync('ec', {namedCurve:
    // 'P-256'}).publicKey.export({format: 'jwk'})).
    const X: &str = "IaEBZqWFuANh26jUM752eVb0RjF_cd3uLT5m-GyX5cc";
    const Y: &str = "c0KA3yOkfzsl9U2fICQrrCNeE0luO2rbgu91uFdWzWU";

    fn parse(json: &str) -> Result<IdentitySettings, IdentitySettingsError> {
        IdentitySettings::from_raw(serde_json::from_str(json).expect("shape"))
    }

    fn key(extra: &str) -> String {
        format!(r#"{{"es256_key":{{"kty":"EC","crv":"P-256","x":"{X}","y":"{Y}"{extra}}}}}"#)
    }

    #[test]
    fn settings_are_validated() {
        let hs = parse(r#"{"hs256_secret":"IDENTITY_SHOP"}"#).expect("valid");
        assert_eq!(hs.hs256_secret.as_deref(), Some("IDENTITY_SHOP"));
        assert_eq!(hs.es256_key, None);
        let es = parse(&key(r#","kid":"2026-01","alg":"ES256","use":"sig""#)).expect("valid");
        assert_eq!(
            es.es256_key,
            Some(EcPublicKey {
                x: X.into(),
                y: Y.into()
            })
        );
        let padded = parse(&key("").replace(X, &format!("{X}="))).expect("padding forgiven");
        assert_eq!(padded.es256_key.map(|k| k.x), Some(X.to_owned()));
    }

    #[test]
    fn bad_settings_say_what_is_wrong() {
        assert_eq!(parse("{}"), Err(IdentitySettingsError::Empty));
        assert!(matches!(
            parse(r#"{"hs256_secret":"the-secret-itself"}"#),
            Err(IdentitySettingsError::Secret(_))
        ));
        assert_eq!(
            parse(&key(r#","d":"c2VjcmV0""#)),
            Err(IdentitySettingsError::PrivateKey)
        );
        for other in [
            key("").replace("P-256", "P-384"),
            key("").replace("\"EC\"", "\"RSA\""),
            key(r#","alg":"ES384""#),
            key(r#","use":"enc""#),
            key(r#","key_ops":["sign"]"#),
        ] {
            assert_eq!(
                parse(&other),
                Err(IdentitySettingsError::KeyType),
                "{other}"
            );
        }
        assert_eq!(
            parse(&key("").replace(Y, "c2hvcnQ")),
            Err(IdentitySettingsError::Coordinate("y"))
        );
        assert_eq!(
            parse(&key("").replace(X, "not base64!")),
            Err(IdentitySettingsError::Coordinate("x"))
        );
        assert!(serde_json::from_str::<RawIdentitySettings>(r#"{"hs256":"X"}"#).is_err());
        assert!(
            IdentitySettingsError::PrivateKey
                .to_string()
                .contains("public key only")
        );
    }
}
