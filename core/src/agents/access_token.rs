//! The token Cloudflare Access puts in `Cf-Access-Jwt-Assertion`: a compact JWT signed
//! RS256 with the team's key (`kid`), whose claims name the application (`aud`), the
//! team (`iss`), its lifetime (`exp`, `nbf`, `iat`) and the person (`email`).
//!
//! Core reads and checks it; the shell verifies the signature (Web Crypto) with the key
//! [`AccessKeys`](crate::agents::access_keys::AccessKeys) names. The person's address is
//! handed out only by [`AccessToken::email`], which takes that verification's result, so
//! no caller can read a claim it has not verified.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use serde_json::Value;
use thiserror::Error;

use crate::agents::account::account_key;
use crate::store::access_settings::AccessSettings;

/// The request header Access puts the token in (the `CF_Authorization` cookie may be
/// missing; Cloudflare recommends the header).
pub const ASSERTION_HEADER: &str = "cf-access-jwt-assertion";
/// Clocks disagree: this much either way is forgiven.
pub const SKEW_S: u64 = 60;
/// Longer than any token Access issues; bounds the work a stranger's header costs.
const MAX_TOKEN: usize = 16 * 1024;

/// Why a token is refused. Told to the operator's log, never to the client.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AccessTokenError {
    #[error("not a compact JWT (three base64url parts, JSON header and claims)")]
    Malformed,
    #[error("algorithm {0:?} is not RS256")]
    Algorithm(String),
    #[error("the header names no key (kid)")]
    NoKeyId,
    #[error("the header has critical extensions this reader does not know")]
    Critical,
    #[error("the token is for another application (aud)")]
    Audience,
    #[error("the token is from another team (iss)")]
    Issuer,
    #[error("the token has expired (or has no exp)")]
    Expired,
    #[error("the token is not valid yet (nbf or iat in the future)")]
    NotYetValid,
    #[error("the token names no e-mail address (a service token?)")]
    NoEmail,
    #[error("no key of the team has this token's kid")]
    UnknownKey,
    #[error("the signature does not verify")]
    BadSignature,
}

/// A token whose header and claims passed every check, waiting for its signature to be
/// verified. It says only what verification needs until then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccessToken {
    kid: String,
    signing_input: Vec<u8>,
    signature: Vec<u8>,
    email: String,
}

fn part(text: &str) -> Result<Vec<u8>, AccessTokenError> {
    B64.decode(text).map_err(|_| AccessTokenError::Malformed)
}

fn object(bytes: &[u8]) -> Result<serde_json::Map<String, Value>, AccessTokenError> {
    match serde_json::from_slice(bytes) {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err(AccessTokenError::Malformed),
    }
}

/// A NumericDate claim in whole seconds; `Err` when present but not a number.
fn date(claims: &serde_json::Map<String, Value>, name: &str) -> Result<Option<u64>, ()> {
    match claims.get(name) {
        None => Ok(None),
        // Fractions and negatives are allowed by RFC 7519; before 1970 counts as 0.
        Some(v) => v.as_f64().map(|s| Some(s.max(0.0) as u64)).ok_or(()),
    }
}

impl AccessToken {
    /// Reads `token` and checks it against the store's `settings` at `now_s` (Unix
    /// seconds): the header (RS256, a kid) and the claims (aud, iss, exp, nbf, iat, email).
    pub fn parse(
        token: &str,
        settings: &AccessSettings,
        now_s: u64,
    ) -> Result<AccessToken, AccessTokenError> {
        let token = token.trim();
        if token.len() > MAX_TOKEN {
            return Err(AccessTokenError::Malformed);
        }
        let mut parts = token.split('.');
        let (Some(header), Some(claims), Some(signature), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(AccessTokenError::Malformed);
        };
        let signing_input = token.as_bytes()[..header.len() + 1 + claims.len()].to_vec();
        let (header, claims, signature) = (part(header)?, part(claims)?, part(signature)?);
        let (header, claims) = (object(&header)?, object(&claims)?);

        // The algorithm is the token's own claim: only RS256 is ever accepted, so neither
        // "none" nor an HMAC keyed with the public key can pass.
        match header.get("alg").and_then(Value::as_str) {
            Some("RS256") => {}
            Some(other) => {
                return Err(AccessTokenError::Algorithm(
                    other.chars().take(16).collect(),
                ));
            }
            None => return Err(AccessTokenError::Algorithm(String::new())),
        }
        if header.contains_key("crit") {
            return Err(AccessTokenError::Critical);
        }
        let kid = match header.get("kid").and_then(Value::as_str) {
            Some(kid) if !kid.is_empty() && kid.len() <= 256 => kid.to_owned(),
            _ => return Err(AccessTokenError::NoKeyId),
        };
        if signature.is_empty() {
            return Err(AccessTokenError::Malformed);
        }

        let ours = |v: &Value| v.as_str() == Some(settings.aud.as_str());
        let audience = match claims.get("aud") {
            Some(Value::Array(auds)) => auds.iter().any(ours),
            Some(aud) => ours(aud),
            None => false,
        };
        if !audience {
            return Err(AccessTokenError::Audience);
        }
        let issuer = claims.get("iss").and_then(Value::as_str);
        if !issuer.is_some_and(|i| {
            i.trim_end_matches('/')
                .eq_ignore_ascii_case(&settings.team_domain)
        }) {
            return Err(AccessTokenError::Issuer);
        }
        match date(&claims, "exp") {
            Ok(Some(exp)) if now_s < exp.saturating_add(SKEW_S) => {}
            Ok(_) => return Err(AccessTokenError::Expired),
            Err(()) => return Err(AccessTokenError::Malformed),
        }
        for name in ["nbf", "iat"] {
            match date(&claims, name) {
                Ok(Some(at)) if at > now_s.saturating_add(SKEW_S) => {
                    return Err(AccessTokenError::NotYetValid);
                }
                Ok(_) => {}
                Err(()) => return Err(AccessTokenError::Malformed),
            }
        }
        let email = match claims.get("email").and_then(Value::as_str) {
            Some(e) if e.contains('@') => account_key(e),
            _ => return Err(AccessTokenError::NoEmail),
        };
        Ok(AccessToken {
            kid,
            signing_input,
            signature,
            email,
        })
    }

    /// The team key that must have signed it.
    pub fn kid(&self) -> &str {
        &self.kid
    }

    /// What was signed: `base64url(header) "." base64url(claims)`, as sent.
    pub fn signing_input(&self) -> &[u8] {
        &self.signing_input
    }

    /// The RSASSA-PKCS1-v1_5 signature.
    pub fn signature(&self) -> &[u8] {
        &self.signature
    }

    /// The person's address as accounts are keyed, once the signature over
    /// [`signing_input`](Self::signing_input) verified with the key named by
    /// [`kid`](Self::kid): `signature_valid` is that verification's answer.
    pub fn email(self, signature_valid: bool) -> Result<String, AccessTokenError> {
        if signature_valid {
            Ok(self.email)
        } else {
            Err(AccessTokenError::BadSignature)
        }
    }
}
