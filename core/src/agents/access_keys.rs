//! A Cloudflare Access team's signing keys, as its certs endpoint publishes them
//! (`{team_domain}/cdn-cgi/access/certs`): `{"keys": [JWK…], "public_cert": {kid, cert},
//! "public_certs": [{kid, cert}…]}`, the current key and the one rotated out. Only the
//! JWKs are read: RSA keys for RS256 signatures, at least 2048 bits.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use serde::Deserialize;
use thiserror::Error;

use crate::agents::access_token::AccessToken;

/// Keys read from one document, at most (Access publishes two).
const MAX_KEYS: usize = 16;
/// The smallest RSA modulus accepted, in bytes (2048 bits).
const MIN_MODULUS: usize = 256;

/// One RSA public key, its parts base64url as the JWK has them (what Web Crypto imports).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessKey {
    pub kid: String,
    /// The modulus, base64url without padding.
    pub n: String,
    /// The public exponent, base64url without padding.
    pub e: String,
}

/// A team's usable keys.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccessKeys {
    keys: Vec<AccessKey>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AccessKeysError {
    #[error("the certs document is not JSON with a \"keys\" array: {0}")]
    Json(String),
    #[error("the certs document holds no RS256 key of at least 2048 bits")]
    NoUsableKey,
}

#[derive(Deserialize)]
struct RawKeys {
    keys: Vec<RawKey>,
}

/// Unknown members (`x5c`, `use`…) are allowed: the document is Cloudflare's, not ours.
#[derive(Deserialize)]
struct RawKey {
    #[serde(default)]
    kid: Option<String>,
    #[serde(default)]
    kty: Option<String>,
    #[serde(default)]
    alg: Option<String>,
    #[serde(rename = "use", default)]
    usage: Option<String>,
    #[serde(default)]
    n: Option<String>,
    #[serde(default)]
    e: Option<String>,
}

fn usable(raw: RawKey) -> Option<AccessKey> {
    let rsa = raw.kty.as_deref() == Some("RSA");
    let rs256 = raw.alg.as_deref().is_none_or(|a| a == "RS256");
    let signing = raw.usage.as_deref().is_none_or(|u| u == "sig");
    let (kid, n, e) = (raw.kid?, raw.n?, raw.e?);
    let modulus = B64.decode(&n).ok()?;
    let exponent = B64.decode(&e).ok()?;
    // A leading zero byte does not make a key longer.
    let bits_ok = modulus.iter().skip_while(|&&b| b == 0).count() >= MIN_MODULUS;
    let kid_ok = !kid.is_empty() && kid.len() <= 256;
    (rsa && rs256 && signing && bits_ok && kid_ok && !exponent.is_empty()).then_some(AccessKey {
        kid,
        n,
        e,
    })
}

impl AccessKeys {
    /// Reads a certs document; keys of another type, algorithm or use are left out.
    pub fn parse(json: &str) -> Result<AccessKeys, AccessKeysError> {
        let raw: RawKeys =
            serde_json::from_str(json).map_err(|e| AccessKeysError::Json(e.to_string()))?;
        let keys: Vec<AccessKey> = raw
            .keys
            .into_iter()
            .filter_map(usable)
            .take(MAX_KEYS)
            .collect();
        if keys.is_empty() {
            return Err(AccessKeysError::NoUsableKey);
        }
        Ok(AccessKeys { keys })
    }

    /// The key `token` names, if the team has it.
    pub fn for_token(&self, token: &AccessToken) -> Option<&AccessKey> {
        self.keys.iter().find(|k| k.kid == token.kid())
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::access_settings::AccessSettings;
    use serde_json::json;

    fn modulus(bytes: usize) -> String {
        let mut n = vec![0xC3u8; bytes];
        n.insert(0, 0);
        B64.encode(n)
    }

    /// The shape Cloudflare documents: two JWKs, the current cert and both certs in PEM.
    fn document(keys: serde_json::Value) -> String {
        json!({
            "keys": keys,
            "public_cert": { "kid": "k2", "cert": "-----BEGIN CERTIFICATE-----\n…" },
            "public_certs": [{ "kid": "k1", "cert": "…" }, { "kid": "k2", "cert": "…" }],
        })
        .to_string()
    }

    fn rsa(kid: &str) -> serde_json::Value {
        json!({ "kid": kid, "kty": "RSA", "alg": "RS256", "use": "sig", "e": "AQAB", "n": modulus(256) })
    }

    #[test]
    fn reads_the_documented_shape() {
        let keys = AccessKeys::parse(&document(json!([rsa("k1"), rsa("k2")]))).expect("valid");
        assert_eq!(keys.len(), 2);
        let claims = json!({ "aud": "a", "iss": "https://t.example", "exp": 2_000_000_000u64, "email": "a@b.c" });
        let token = |kid: &str| {
            let header = json!({ "alg": "RS256", "kid": kid });
            let text = format!(
                "{}.{}.{}",
                B64.encode(header.to_string()),
                B64.encode(claims.to_string()),
                B64.encode([1u8; 256])
            );
            let settings = AccessSettings {
                team_domain: "https://t.example".into(),
                aud: "a".into(),
            };
            AccessToken::parse(&text, &settings, 1_000).expect("token")
        };
        let key = keys.for_token(&token("k2")).expect("known kid");
        assert_eq!((key.kid.as_str(), key.e.as_str()), ("k2", "AQAB"));
        assert!(keys.for_token(&token("k3")).is_none());
    }

    #[test]
    fn unusable_keys_are_left_out() {
        let mut small = rsa("small");
        small["n"] = json!(modulus(128));
        let mut ec = rsa("ec");
        ec["kty"] = json!("EC");
        let mut hs = rsa("hs");
        hs["alg"] = json!("HS256");
        let mut enc = rsa("enc");
        enc["use"] = json!("enc");
        let mut bad_n = rsa("bad");
        bad_n["n"] = json!("not base64!");
        let mut no_alg = rsa("no-alg");
        no_alg.as_object_mut().expect("o").remove("alg");
        let doc = document(json!([small, ec, hs, enc, bad_n, { "kty": "RSA" }, no_alg]));
        let keys = AccessKeys::parse(&doc).expect("one usable");
        assert_eq!(
            keys.len(),
            1,
            "only the key without alg, which RS256 may use"
        );
        let none = document(json!([]));
        assert_eq!(AccessKeys::parse(&none), Err(AccessKeysError::NoUsableKey));
        let many: Vec<_> = (0..40).map(|i| rsa(&format!("k{i}"))).collect();
        assert_eq!(
            AccessKeys::parse(&document(json!(many))).map(|k| k.len()),
            Ok(16)
        );
    }

    #[test]
    fn not_a_certs_document() {
        for text in [
            "",
            "[]",
            "{}",
            r#"{"keys":{}}"#,
            "<html>",
            r#"{"keys":[1]}"#,
        ] {
            assert!(
                matches!(AccessKeys::parse(text), Err(AccessKeysError::Json(_))),
                "{text}"
            );
        }
    }
}
