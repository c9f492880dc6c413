//! A store's word on who its logged-in shopper is: a compact JWS its own server signed
//! (HS256 with the store's secret, or ES256 with the key it registered), made for this
//! store (`aud`), living at most ten minutes (`exp`, `iat`, `nbf`), good once (`jti`), and
//! naming the shopper (`sub`, the store's customer id, and/or `email`).
//!
//! Three gates, each a type, so nothing unchecked can be used by mistake:
//! [`IdentityToken::parse`] checks the header and the claims; the signature is verified
//! here for HS256 (in constant time) or by the shell's Web Crypto for ES256, giving a
//! [`SignedIdentity`]; that hands out the [`Identity`] only with the replay ledger's
//! verdict on its `jti` (`session::jti_ledger`). A static HMAC of a customer id, as other
//! products use, is good forever to whoever copies it; this token is good once, for
//! minutes, at one store.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use hmac::digest::KeyInit;
use hmac::{Hmac, Mac};
use serde_json::{Map, Value};
use sha2::Sha256;
use thiserror::Error;

use crate::session::token::SessionClaims;
use crate::store::identity_settings::IdentitySettings;
use crate::wire::protocol::ErrorCode;

/// Longest token read; longer is refused unread.
pub const MAX_TOKEN: usize = 4_096;
/// Clocks disagree: this much either way is forgiven.
pub const SKEW_S: u64 = 60;
/// How far ahead a token's `exp` may be (plus the skew).
pub const MAX_LIFETIME_S: u64 = 600;
/// How long a session carries the identity after it was vouched for (never past the
/// session): about a conversation. The widget asks again with a fresh token each time the
/// store's page opens the chat.
pub const IDENTITY_TTL_S: u64 = 3_600;
/// HS256 keys shorter than this are refused: HMAC-SHA256 wants at least 256 bits.
pub const MIN_HS256_KEY_BYTES: usize = 32;
const MAX_JTI_CHARS: usize = 128;
const MAX_SUB_CHARS: usize = 256;
const MAX_EMAIL_BYTES: usize = 254;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    /// HMAC-SHA256 with the store's secret; verified in core.
    Hs256,
    /// ECDSA P-256 SHA-256 with the store's public key; verified by the shell.
    Es256,
}

/// Why a token is refused; each is its own error code for the store's developers.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum IdentityError {
    #[error(
        "the identity token is not a compact JWS (three base64url parts, JSON header and claims) with the claims' types right"
    )]
    Malformed,
    #[error(
        "the identity token must be signed HS256 or ES256, with an algorithm the store configured"
    )]
    Algorithm,
    #[error("the identity token's signature does not verify")]
    Signature,
    #[error("the identity token is for another store (aud)")]
    Audience,
    #[error("the identity token has expired (or has no exp)")]
    Expired,
    #[error("the identity token lives too long: exp may be at most 10 minutes ahead")]
    TooLongLived,
    #[error("the identity token is not valid yet (iat or nbf ahead), or has no iat")]
    NotYetValid,
    #[error("the identity token needs a jti of 1-128 characters, used once")]
    MissingJti,
    #[error("the identity token was used already (its jti)")]
    Replayed,
    #[error("the identity token names no one: sub or email is required")]
    NoIdentity,
    #[error("this store has no identity settings: it vouches for no one")]
    NotConfigured,
}

impl IdentityError {
    /// The error code the client is told.
    pub fn code(&self) -> ErrorCode {
        match self {
            IdentityError::Malformed | IdentityError::MissingJti | IdentityError::NoIdentity => {
                ErrorCode::IdentityInvalid
            }
            IdentityError::Algorithm => ErrorCode::IdentityAlgorithm,
            IdentityError::Signature => ErrorCode::IdentitySignature,
            IdentityError::Audience => ErrorCode::IdentityAudience,
            IdentityError::Expired => ErrorCode::IdentityExpired,
            IdentityError::TooLongLived => ErrorCode::IdentityTooLongLived,
            IdentityError::NotYetValid => ErrorCode::IdentityNotYetValid,
            IdentityError::Replayed => ErrorCode::IdentityReplayed,
            IdentityError::NotConfigured => ErrorCode::IdentityNotConfigured,
        }
    }
}

/// Whom the store vouched for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Identity {
    /// Lower case.
    pub email: Option<String>,
    /// The store's own customer id (`sub`).
    pub customer: Option<String>,
}

/// A token whose header and claims passed every check; its signature not yet verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentityToken {
    algorithm: Algorithm,
    signing_input: Vec<u8>,
    signature: Vec<u8>,
    checked: SignedIdentity,
}

/// A token whose signature verified; its `jti` not yet spent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedIdentity {
    jti: String,
    exp: u64,
    identity: Identity,
}

fn part(text: &str) -> Result<Vec<u8>, IdentityError> {
    // Canonical base64url only: no padding, no stray trailing bits.
    B64.decode(text).map_err(|_| IdentityError::Malformed)
}

fn object(bytes: &[u8]) -> Result<Map<String, Value>, IdentityError> {
    match serde_json::from_slice(bytes) {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err(IdentityError::Malformed),
    }
}

/// A NumericDate in whole seconds; `Err` when present but not a number.
fn date(claims: &Map<String, Value>, name: &str) -> Result<Option<u64>, IdentityError> {
    match claims.get(name) {
        None => Ok(None),
        // Fractions are allowed by RFC 7519; before 1970 counts as 0.
        Some(v) => v
            .as_f64()
            .map(|s| Some(s.max(0.0) as u64))
            .ok_or(IdentityError::Malformed),
    }
}

/// An e-mail address of a plausible shape, lower case: one `@`, a dotted domain, no
/// spaces, quotes or brackets.
fn email(text: &str) -> Option<String> {
    let (local, domain) = text.split_once('@')?;
    let plain = |c: char| !c.is_whitespace() && !c.is_control() && !"@<>()[]\\,;:\"".contains(c);
    let ok = text.len() <= MAX_EMAIL_BYTES
        && (1..=64).contains(&local.len())
        && local.chars().all(plain)
        && domain.chars().all(plain)
        && domain.contains('.')
        && !domain.starts_with(['.', '-'])
        && !domain.ends_with(['.', '-'])
        && !domain.contains("..");
    ok.then(|| text.to_lowercase())
}

/// A short string claim: `Ok(None)` when absent, `Err` when present but not 1..=`max`
/// characters of text.
fn text(claims: &Map<String, Value>, name: &str, max: usize) -> Result<Option<String>, ()> {
    match claims.get(name) {
        None => Ok(None),
        Some(Value::String(s))
            if (1..=max).contains(&s.chars().count()) && !s.chars().any(char::is_control) =>
        {
            Ok(Some(s.clone()))
        }
        Some(_) => Err(()),
    }
}

impl IdentityToken {
    /// Reads `token` for the store `merchant` (its id is the audience) configured with
    /// `settings`, at `now_s` (Unix seconds).
    pub fn parse(
        token: &str,
        merchant: &str,
        settings: &IdentitySettings,
        now_s: u64,
    ) -> Result<IdentityToken, IdentityError> {
        if token.len() > MAX_TOKEN {
            return Err(IdentityError::Malformed);
        }
        let token = token.trim_matches(|c: char| c.is_ascii_whitespace());
        let mut parts = token.split('.');
        let (Some(header), Some(claims), Some(signature), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(IdentityError::Malformed);
        };
        let signing_input = token.as_bytes()[..header.len() + 1 + claims.len()].to_vec();
        let (header, claims, signature) = (part(header)?, part(claims)?, part(signature)?);
        let (header, claims) = (object(&header)?, object(&claims)?);

        // The token names its algorithm; only the ones this store configured are taken,
        // each with its own kind of key, so neither "none" nor an HMAC keyed with the
        // public key can pass.
        let algorithm = match header.get("alg").and_then(Value::as_str) {
            Some("HS256") if settings.hs256_secret.is_some() => Algorithm::Hs256,
            Some("ES256") if settings.es256_key.is_some() => Algorithm::Es256,
            _ => return Err(IdentityError::Algorithm),
        };
        let typ_ok = header
            .get("typ")
            .is_none_or(|t| t.as_str().is_some_and(|t| t.eq_ignore_ascii_case("JWT")));
        if !typ_ok || header.contains_key("crit") {
            return Err(IdentityError::Malformed);
        }
        let length = match algorithm {
            Algorithm::Hs256 => 32,
            // JWS ES256 is r || s, 32 bytes each (not DER).
            Algorithm::Es256 => 64,
        };
        if signature.len() != length {
            return Err(IdentityError::Signature);
        }

        let ours = |v: &Value| v.as_str() == Some(merchant);
        let audience = match claims.get("aud") {
            Some(Value::Array(auds)) => auds.iter().any(ours),
            Some(aud) => ours(aud),
            None => false,
        };
        if !audience {
            return Err(IdentityError::Audience);
        }
        let exp = match date(&claims, "exp")? {
            Some(exp) if now_s < exp.saturating_add(SKEW_S) => exp,
            _ => return Err(IdentityError::Expired),
        };
        if exp > now_s + MAX_LIFETIME_S + SKEW_S {
            return Err(IdentityError::TooLongLived);
        }
        let ahead = |at: Option<u64>| at.is_some_and(|at| at > now_s + SKEW_S);
        let iat = date(&claims, "iat")?;
        if iat.is_none() || ahead(iat) || ahead(date(&claims, "nbf")?) {
            return Err(IdentityError::NotYetValid);
        }
        let jti = text(&claims, "jti", MAX_JTI_CHARS)
            .ok()
            .flatten()
            .ok_or(IdentityError::MissingJti)?;
        let customer =
            text(&claims, "sub", MAX_SUB_CHARS).map_err(|()| IdentityError::Malformed)?;
        let email = match claims.get("email") {
            None => None,
            Some(v) => Some(v.as_str().and_then(email).ok_or(IdentityError::Malformed)?),
        };
        if customer.is_none() && email.is_none() {
            return Err(IdentityError::NoIdentity);
        }
        Ok(IdentityToken {
            algorithm,
            signing_input,
            signature,
            checked: SignedIdentity {
                jti,
                exp,
                identity: Identity { email, customer },
            },
        })
    }

    pub fn algorithm(&self) -> Algorithm {
        self.algorithm
    }

    /// What was signed: `base64url(header) "." base64url(claims)`, as sent.
    pub fn signing_input(&self) -> &[u8] {
        &self.signing_input
    }

    /// For ES256, r || s (64 bytes), as Web Crypto's ECDSA verifies it.
    pub fn signature(&self) -> &[u8] {
        &self.signature
    }

    /// An HS256 token checked with the store's `key` (the secret's bytes), in constant time.
    pub fn verify_hs256(self, key: &[u8]) -> Result<SignedIdentity, IdentityError> {
        if self.algorithm != Algorithm::Hs256 {
            return Err(IdentityError::Algorithm);
        }
        if key.len() < MIN_HS256_KEY_BYTES {
            return Err(IdentityError::Signature);
        }
        let mut mac =
            <Hmac<Sha256> as KeyInit>::new_from_slice(key).map_err(|_| IdentityError::Signature)?;
        mac.update(&self.signing_input);
        mac.verify_slice(&self.signature)
            .map_err(|_| IdentityError::Signature)?;
        Ok(self.checked)
    }

    /// An ES256 token, once the shell verified its signature over
    /// [`signing_input`](Self::signing_input) with the store's key: `signature_valid` is
    /// that verification's answer. An HS256 token is never taken this way.
    pub fn es256_verdict(self, signature_valid: bool) -> Result<SignedIdentity, IdentityError> {
        match (self.algorithm, signature_valid) {
            (Algorithm::Es256, true) => Ok(self.checked),
            (Algorithm::Es256, false) => Err(IdentityError::Signature),
            (Algorithm::Hs256, _) => Err(IdentityError::Algorithm),
        }
    }
}

impl SignedIdentity {
    pub fn jti(&self) -> &str {
        &self.jti
    }

    /// Until when the ledger must remember the `jti`: as long as the token is taken.
    pub fn remember_until(&self) -> u64 {
        self.exp.saturating_add(SKEW_S)
    }

    /// Whom the store vouched for, once the ledger spent the `jti`: `fresh` is its verdict
    /// (`jti_ledger::spend`).
    pub fn identity(self, fresh: bool) -> Result<Identity, IdentityError> {
        if fresh {
            Ok(self.identity)
        } else {
            Err(IdentityError::Replayed)
        }
    }
}

/// The e-mail address a session carries while it holds at `now_s` (`until`, Unix seconds).
pub fn vouched_email(email: Option<&str>, until: Option<u64>, now_s: u64) -> Option<&str> {
    email.filter(|_| until.is_some_and(|until| now_s < until))
}

impl SessionClaims {
    /// These claims (the same session, conversation, region and expiry) vouched for as
    /// `identity` from `now_s`, for [`IDENTITY_TTL_S`] at most. A later identity replaces
    /// an earlier one whole.
    pub fn vouched(mut self, identity: Identity, now_s: u64) -> SessionClaims {
        self.vem = identity.email;
        self.vsu = identity.customer;
        self.vex = Some(self.exp.min(now_s + IDENTITY_TTL_S));
        self
    }

    /// The e-mail address the store vouched for, while it holds at `now_s`.
    pub fn vouched_email(&self, now_s: u64) -> Option<&str> {
        vouched_email(self.vem.as_deref(), self.vex, now_s)
    }
}
