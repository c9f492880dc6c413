//! A console login: a random session id in a cookie (`HttpOnly`, `SameSite=Strict`,
//! `Secure` except on loopback), kept only as its SHA-256, with an expiry and a CSRF token
//! that every state-changing request must send back in a header.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The cookie's name.
pub const COOKIE: &str = "caravan_console";
/// The header a state-changing request carries the CSRF token in.
pub const CSRF_HEADER: &str = "x-caravan-csrf";
/// How long a login lasts.
pub const SESSION_MS: u64 = 12 * 3_600_000;

/// SHA-256 of a secret (session id, invite token), hex: what is stored instead of it.
pub fn digest(secret: &str) -> String {
    Sha256::digest(secret.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Equal in constant time.
pub fn same(a: &str, b: &str) -> bool {
    let (a, b): ([u8; 32], [u8; 32]) = (
        Sha256::digest(a.as_bytes()).into(),
        Sha256::digest(b.as_bytes()).into(),
    );
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConsoleSession {
    /// [`digest`] of the cookie's session id.
    pub id: String,
    /// The account's key.
    pub account: String,
    pub csrf: String,
    pub created_ms: u64,
    pub expires_ms: u64,
}

impl ConsoleSession {
    pub fn live(&self, now_ms: u64) -> bool {
        now_ms < self.expires_ms
    }

    /// Does a state-changing request's header carry this session's CSRF token?
    pub fn csrf_ok(&self, header: Option<&str>) -> bool {
        header.is_some_and(|h| same(h, &self.csrf))
    }
}

/// `Set-Cookie` for session id `id`; `secure` off only for a loopback origin (local dev).
pub fn set_cookie(id: &str, secure: bool) -> String {
    format!(
        "{COOKIE}={id}; Path=/; Max-Age={}; HttpOnly; SameSite=Strict{}",
        SESSION_MS / 1000,
        if secure { "; Secure" } else { "" }
    )
}

/// `Set-Cookie` that ends the session in the browser.
pub fn clear_cookie(secure: bool) -> String {
    format!(
        "{COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict{}",
        if secure { "; Secure" } else { "" }
    )
}

/// The session id in a `Cookie` header.
pub fn from_cookie_header(header: &str) -> Option<&str> {
    header.split(';').find_map(|pair| {
        let (name, value) = pair.trim().split_once('=')?;
        (name == COOKIE && !value.is_empty() && value.len() <= 128).then_some(value)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_strict_and_read_back() {
        let cookie = set_cookie("abc", true);
        assert!(
            cookie.contains("HttpOnly")
                && cookie.contains("SameSite=Strict")
                && cookie.ends_with("Secure")
        );
        assert!(!set_cookie("abc", false).contains("Secure"));
        assert!(clear_cookie(true).contains("Max-Age=0"));
        assert_eq!(
            from_cookie_header("a=1; caravan_console=abc; b=2"),
            Some("abc")
        );
        assert_eq!(from_cookie_header("caravan_console_x=abc"), None);
        assert_eq!(from_cookie_header("caravan_console="), None);
    }

    #[test]
    fn sessions_expire_and_check_their_csrf_token() {
        let s = ConsoleSession {
            id: digest("sid"),
            account: "ana@shop.example".into(),
            csrf: "token-1".into(),
            created_ms: 0,
            expires_ms: SESSION_MS,
        };
        assert!(s.live(SESSION_MS - 1) && !s.live(SESSION_MS));
        assert!(s.csrf_ok(Some("token-1")));
        assert!(!s.csrf_ok(Some("token-2")) && !s.csrf_ok(None));
        assert_ne!(s.id, "sid", "only the digest is kept");
    }
}
