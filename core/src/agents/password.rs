//! Agents' passwords: what one must be, and how it is kept — PBKDF2-HMAC-SHA256 with a
//! random salt, never the password. The edge derives with the runtime's Web Crypto (native
//! speed; Workers allow at most 100,000 iterations); [`derive`] here is the reference the
//! tests hold both to, checked against RFC 7914's vectors.

use base64::Engine;
use base64::engine::general_purpose::STANDARD_NO_PAD as B64;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use thiserror::Error;

/// Iterations for new passwords: the most Workers' Web Crypto derives.
pub const ITERATIONS: u32 = 100_000;
pub const SALT_BYTES: usize = 16;
pub const HASH_BYTES: usize = 32;
/// Shortest password accepted (NIST SP 800-63B asks for at least 8; agents hold
/// shoppers' data, so more).
pub const MIN_CHARS: usize = 12;
pub const MAX_BYTES: usize = 256;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PasswordError {
    #[error("a password has at least {MIN_CHARS} characters")]
    TooShort,
    #[error("a password has at most {MAX_BYTES} bytes")]
    TooLong,
    #[error("a password is not one character repeated or the e-mail address")]
    Guessable,
}

/// Is `password` one an agent may set (for the account `email`)?
pub fn acceptable(password: &str, email: &str) -> Result<(), PasswordError> {
    if password.chars().count() < MIN_CHARS {
        return Err(PasswordError::TooShort);
    }
    if password.len() > MAX_BYTES {
        return Err(PasswordError::TooLong);
    }
    let mut chars = password.chars();
    let first = chars.next();
    if chars.all(|c| Some(c) == first) || password.eq_ignore_ascii_case(email.trim()) {
        return Err(PasswordError::Guessable);
    }
    Ok(())
}

/// A kept password: `pbkdf2-sha256$<iterations>$<salt>$<hash>` (base64, no padding).
#[derive(Clone, PartialEq, Eq)]
pub struct PasswordRecord {
    pub iterations: u32,
    pub salt: Vec<u8>,
    pub hash: Vec<u8>,
}

impl std::fmt::Debug for PasswordRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PasswordRecord(..)")
    }
}

impl PasswordRecord {
    pub fn encode(&self) -> String {
        format!(
            "pbkdf2-sha256${}${}${}",
            self.iterations,
            B64.encode(&self.salt),
            B64.encode(&self.hash)
        )
    }

    pub fn parse(text: &str) -> Option<PasswordRecord> {
        let mut parts = text.split('$');
        if parts.next()? != "pbkdf2-sha256" {
            return None;
        }
        let iterations = parts.next()?.parse().ok().filter(|i| *i > 0)?;
        let salt = B64.decode(parts.next()?).ok()?;
        let hash = B64.decode(parts.next()?).ok()?;
        (parts.next().is_none() && hash.len() == HASH_BYTES).then_some(PasswordRecord {
            iterations,
            salt,
            hash,
        })
    }

    /// Does `derived` (the attempt, derived with this record's salt and iterations) match?
    /// In constant time.
    pub fn matches(&self, derived: &[u8]) -> bool {
        derived.len() == self.hash.len()
            && derived
                .iter()
                .zip(&self.hash)
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0
    }
}

/// PBKDF2-HMAC-SHA256 (RFC 8018), [`HASH_BYTES`] long.
pub fn derive(password: &str, salt: &[u8], iterations: u32) -> Vec<u8> {
    let Ok(prf) = Hmac::<Sha256>::new_from_slice(password.as_bytes()) else {
        return Vec::new();
    };
    // One block: the output is exactly one SHA-256 long.
    let mut mac = prf.clone();
    mac.update(salt);
    mac.update(&1u32.to_be_bytes());
    let mut u = mac.finalize().into_bytes();
    let mut out = u;
    for _ in 1..iterations {
        let mut mac = prf.clone();
        mac.update(&u);
        u = mac.finalize().into_bytes();
        for (o, x) in out.iter_mut().zip(u.iter()) {
            *o ^= x;
        }
    }
    out.to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn derives_as_rfc_7914_says() {
        // RFC 7914 §11, PBKDF2-HMAC-SHA256 ("passwd", "salt", c = 1), first 32 bytes.
        assert_eq!(
            hex(&derive("passwd", b"salt", 1)),
            "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
        );
        // ("Password", "NaCl", c = 80000), first 32 bytes.
        assert_eq!(
            hex(&derive("Password", b"NaCl", 80_000)),
            "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
        );
    }

    #[test]
    fn records_round_trip_and_match_in_constant_time() {
        let salt = vec![7u8; SALT_BYTES];
        let record = PasswordRecord {
            iterations: 2,
            hash: derive("correct horse battery", &salt, 2),
            salt: salt.clone(),
        };
        let parsed = PasswordRecord::parse(&record.encode()).expect("round trip");
        assert_eq!(parsed, record);
        assert!(parsed.matches(&derive("correct horse battery", &salt, 2)));
        assert!(!parsed.matches(&derive("correct horse battere", &salt, 2)));
        assert!(!parsed.matches(&[]));
        assert!(PasswordRecord::parse("md5$1$abc$def").is_none());
        assert!(!format!("{record:?}").contains(&B64.encode(&record.hash)));
    }

    #[test]
    fn weak_passwords_are_refused() {
        assert_eq!(
            acceptable("short", "a@b.example"),
            Err(PasswordError::TooShort)
        );
        assert_eq!(
            acceptable("aaaaaaaaaaaaaaaa", "a@b.example"),
            Err(PasswordError::Guessable)
        );
        assert_eq!(
            acceptable("ana@shop.example", "Ana@Shop.example"),
            Err(PasswordError::Guessable)
        );
        assert_eq!(
            acceptable(&"x1".repeat(200), "a@b.example"),
            Err(PasswordError::TooLong)
        );
        assert_eq!(acceptable("lisbon tram 28 at dawn", "a@b.example"), Ok(()));
    }
}
