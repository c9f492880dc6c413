//! Signed session tokens: `v1.<kid>.<claims>.<mac>`, HMAC-SHA256 over `v1.<kid>.<claims>`.
//!
//! The key id lets keys rotate: the first key of a [`Keyring`] signs, every key verifies.
//! The token is the shopper's only credential; nothing else the client says about who or
//! where it is counts.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use hmac::digest::KeyInit;
use hmac::{Hmac, Mac};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use thiserror::Error;

type HmacSha256 = Hmac<Sha256>;

const PREFIX: &str = "v1";
/// Route assertions use their own prefix so one can never pass for the other.
const ROUTE_PREFIX: &str = "r1";
/// How long a route assertion holds: one proxied request.
pub const ROUTE_TTL_SECS: u64 = 60;
/// Keys shorter than this are refused: HMAC-SHA256 wants at least 256 bits.
pub const MIN_KEY_BYTES: usize = 32;
/// Longest token we even try to parse; anything longer is rejected unread.
const MAX_TOKEN_LEN: usize = 2_048;

/// What a session token asserts, fixed when the session is created.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionClaims {
    /// Session id.
    pub sid: String,
    /// Conversation id (names the Durable Object).
    pub cid: String,
    /// Merchant id.
    pub mer: String,
    /// Region the conversation lives in.
    pub reg: String,
    /// Locale the session speaks.
    pub loc: String,
    /// Issued at, Unix seconds.
    pub iat: u64,
    /// Expires at, Unix seconds.
    pub exp: u64,
    /// The shopper's country when the session began (ISO 3166-1), for seasonal greetings;
    /// absent in tokens from before it was added, or when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cty: Option<String>,
    /// The shopper's IANA time zone as the platform measured it (`request.cf.timezone`),
    /// to tell them times in their own; absent in older tokens or when unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tz: Option<String>,
    /// The e-mail address the store vouched for (`identity_token.rs`), lower case; absent
    /// while the shopper is anonymous, and in older tokens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vem: Option<String>,
    /// The store's customer id it vouched for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vsu: Option<String>,
    /// Until when (Unix seconds) the vouched identity holds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vex: Option<u64>,
}

/// What an edge asserts to a peer deployment (an origin region) when it forwards a new
/// session: the region it decided from its own `request.cf`. The peer cannot see the
/// shopper's location itself; it trusts this only because it is signed with the shared
/// keyring.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RouteClaims {
    /// Region the session must live in.
    pub reg: String,
    /// Country the deciding edge saw, for explanations.
    pub cty: Option<String>,
    /// Expires at, Unix seconds.
    pub exp: u64,
    /// The e-mail address and customer id the deciding edge verified an identity token
    /// for (it spent the token's `jti`; the peer does not check it again).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vem: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vsu: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TokenError {
    #[error("the session token is not well formed")]
    Malformed,
    #[error("the session token was signed with an unknown key")]
    UnknownKey,
    #[error("the session token's signature does not match")]
    BadSignature,
    #[error("the session token has expired")]
    Expired,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum KeyringError {
    #[error("no session keys are configured")]
    Empty,
    #[error("session key entry {0} is not `kid:base64url-secret`")]
    BadEntry(usize),
    #[error("session key {0:?} is shorter than {MIN_KEY_BYTES} bytes")]
    TooShort(String),
    #[error("session key id {0:?} must be 1-16 characters of [A-Za-z0-9_-]")]
    BadKeyId(String),
}

/// The keys tokens are signed and checked with, each ready as an HMAC instance.
pub struct Keyring {
    keys: Vec<(String, HmacSha256)>,
}

impl std::fmt::Debug for Keyring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print secrets.
        let ids: Vec<&str> = self.keys.iter().map(|(k, _)| k.as_str()).collect();
        f.debug_struct("Keyring").field("key_ids", &ids).finish()
    }
}

impl Keyring {
    /// Parses `kid:secret[,kid:secret...]`, secrets base64url (padding optional). The first
    /// key signs new tokens.
    pub fn parse(spec: &str) -> Result<Self, KeyringError> {
        let mut keys = Vec::new();
        for (i, entry) in spec
            .split(',')
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .enumerate()
        {
            let (kid, secret) = entry.split_once(':').ok_or(KeyringError::BadEntry(i))?;
            let valid_kid = !kid.is_empty()
                && kid.len() <= 16
                && kid
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
            if !valid_kid {
                return Err(KeyringError::BadKeyId(kid.to_owned()));
            }
            let bytes = B64
                .decode(secret.trim_end_matches('='))
                .map_err(|_| KeyringError::BadEntry(i))?;
            if bytes.len() < MIN_KEY_BYTES {
                return Err(KeyringError::TooShort(kid.to_owned()));
            }
            let mac = <HmacSha256 as KeyInit>::new_from_slice(&bytes)
                .map_err(|_| KeyringError::BadEntry(i))?;
            keys.push((kid.to_owned(), mac));
        }
        if keys.is_empty() {
            return Err(KeyringError::Empty);
        }
        Ok(Self { keys })
    }

    fn mac(key: &HmacSha256, signed: &str) -> HmacSha256 {
        let mut mac = key.clone();
        mac.update(signed.as_bytes());
        mac
    }

    fn sign_as<T: Serialize>(&self, prefix: &str, claims: &T) -> String {
        // `parse` guarantees at least one key.
        let (kid, key) = &self.keys[0];
        let json = serde_json::to_vec(claims).unwrap_or_default();
        let signed = format!("{prefix}.{kid}.{}", B64.encode(json));
        let tag = Self::mac(key, &signed).finalize().into_bytes();
        format!("{signed}.{}", B64.encode(tag))
    }

    /// Checks prefix, signature and expiry at `now` (Unix seconds); returns the claims.
    fn verify_as<T: DeserializeOwned + Expiring>(
        &self,
        prefix: &str,
        token: &str,
        now: u64,
    ) -> Result<T, TokenError> {
        if token.len() > MAX_TOKEN_LEN {
            return Err(TokenError::Malformed);
        }
        let (signed, tag) = token.rsplit_once('.').ok_or(TokenError::Malformed)?;
        let mut parts = signed.split('.');
        let (Some(p), Some(kid), Some(payload), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(TokenError::Malformed);
        };
        if p != prefix {
            return Err(TokenError::Malformed);
        }
        let tag = B64.decode(tag).map_err(|_| TokenError::Malformed)?;
        let (_, key) = self
            .keys
            .iter()
            .find(|(k, _)| k == kid)
            .ok_or(TokenError::UnknownKey)?;
        Self::mac(key, signed)
            .verify_slice(&tag)
            .map_err(|_| TokenError::BadSignature)?;
        let json = B64.decode(payload).map_err(|_| TokenError::Malformed)?;
        let claims: T = serde_json::from_slice(&json).map_err(|_| TokenError::Malformed)?;
        if now >= claims.expires_at() {
            return Err(TokenError::Expired);
        }
        Ok(claims)
    }

    /// Signs session claims with the active (first) key.
    pub fn sign(&self, claims: &SessionClaims) -> String {
        self.sign_as(PREFIX, claims)
    }

    /// Checks a session token's signature and expiry at `now` (Unix seconds).
    pub fn verify(&self, token: &str, now: u64) -> Result<SessionClaims, TokenError> {
        self.verify_as(PREFIX, token, now)
    }

    /// Signs a route assertion for a peer deployment.
    pub fn sign_route(&self, claims: &RouteClaims) -> String {
        self.sign_as(ROUTE_PREFIX, claims)
    }

    pub fn verify_route(&self, token: &str, now: u64) -> Result<RouteClaims, TokenError> {
        self.verify_as(ROUTE_PREFIX, token, now)
    }
}

/// Signed claims that expire.
trait Expiring {
    fn expires_at(&self) -> u64;
}

impl Expiring for SessionClaims {
    fn expires_at(&self) -> u64 {
        self.exp
    }
}

impl Expiring for RouteClaims {
    fn expires_at(&self) -> u64 {
        self.exp
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY_A: &str = "a:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";
    const KEY_B: &str = "b:HyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4";

    fn claims() -> SessionClaims {
        SessionClaims {
            sid: "s".into(),
            cid: "c".into(),
            mer: "demo".into(),
            reg: "eu".into(),
            loc: "en".into(),
            iat: 100,
            exp: 200,
            cty: None,
            tz: None,
            vem: None,
            vsu: None,
            vex: None,
        }
    }

    #[test]
    fn signs_and_verifies() {
        let ring = Keyring::parse(KEY_A).expect("keyring");
        let token = ring.sign(&claims());
        assert!(token.starts_with("v1.a."));
        assert_eq!(ring.verify(&token, 150), Ok(claims()));
    }

    #[test]
    fn rejects_expired_tampered_and_unknown_key() {
        let ring = Keyring::parse(KEY_A).expect("keyring");
        let token = ring.sign(&claims());
        assert_eq!(ring.verify(&token, 200), Err(TokenError::Expired));

        let mut forged = claims();
        forged.reg = "us".into();
        let forged_payload = B64.encode(serde_json::to_vec(&forged).expect("json"));
        let parts: Vec<&str> = token.split('.').collect();
        let tampered = format!("v1.a.{forged_payload}.{}", parts[3]);
        assert_eq!(ring.verify(&tampered, 150), Err(TokenError::BadSignature));

        let other = Keyring::parse(KEY_B).expect("keyring");
        assert_eq!(other.verify(&token, 150), Err(TokenError::UnknownKey));
        assert_eq!(ring.verify("garbage", 150), Err(TokenError::Malformed));
        assert_eq!(ring.verify("v1.a.b.c.d", 150), Err(TokenError::Malformed));
        assert_eq!(
            ring.verify(&"x".repeat(5000), 150),
            Err(TokenError::Malformed)
        );
    }

    #[test]
    fn route_assertions_and_session_tokens_never_pass_for_each_other() {
        let ring = Keyring::parse(KEY_A).expect("keyring");
        let route = RouteClaims {
            reg: "in".into(),
            cty: Some("IN".into()),
            exp: 160,
            vem: None,
            vsu: None,
        };
        let signed = ring.sign_route(&route);
        assert!(signed.starts_with("r1.a."));
        assert_eq!(ring.verify_route(&signed, 100), Ok(route));
        assert_eq!(ring.verify_route(&signed, 160), Err(TokenError::Expired));
        assert_eq!(ring.verify(&signed, 100), Err(TokenError::Malformed));
        let session = ring.sign(&claims());
        assert_eq!(ring.verify_route(&session, 100), Err(TokenError::Malformed));
        // Swapping the prefix breaks the signature.
        let swapped = signed.replacen("r1.", "v1.", 1);
        assert_eq!(ring.verify(&swapped, 100), Err(TokenError::BadSignature));
    }

    #[test]
    fn rotation_keeps_old_tokens_valid() {
        let old = Keyring::parse(KEY_A).expect("keyring");
        let token = old.sign(&claims());
        let rotated = Keyring::parse(&format!("{KEY_B},{KEY_A}")).expect("keyring");
        assert_eq!(rotated.verify(&token, 150), Ok(claims()));
        assert!(rotated.sign(&claims()).starts_with("v1.b."));
    }

    #[test]
    fn keyring_rejects_weak_or_bad_specs() {
        assert_eq!(Keyring::parse("").err(), Some(KeyringError::Empty));
        assert_eq!(
            Keyring::parse("a:c2hvcnQ").err(),
            Some(KeyringError::TooShort("a".into()))
        );
        assert_eq!(
            Keyring::parse("nocolon").err(),
            Some(KeyringError::BadEntry(0))
        );
        assert!(matches!(
            Keyring::parse("a.b:xx"),
            Err(KeyringError::BadKeyId(_))
        ));
        assert!(!format!("{:?}", Keyring::parse(KEY_A).expect("keyring")).contains("AAEC"));
    }
}
