//! Web origins (`scheme://host[:port]`) as browsers send them in the `Origin` header, and
//! the check that only a merchant's storefronts may talk to its chat.

/// A normalized origin: lower-case, no trailing slash, no path.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct WebOrigin(String);

impl WebOrigin {
    /// Accepts `https://host[:port]`, and `http://` for loopback hosts (local development).
    pub fn parse_configured(s: &str) -> Option<WebOrigin> {
        let origin = Self::parse(s)?;
        let host = origin.host();
        let loopback = matches!(host, "localhost" | "127.0.0.1" | "[::1]");
        (origin.0.starts_with("https://") || loopback).then_some(origin)
    }

    /// Parses what a browser sends: `scheme://host[:port]`, nothing else.
    pub fn parse(s: &str) -> Option<WebOrigin> {
        let s = s.trim().to_ascii_lowercase();
        let (scheme, rest) = s.split_once("://")?;
        if !matches!(scheme, "http" | "https") || rest.is_empty() {
            return None;
        }
        let valid = rest
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'));
        valid.then(|| WebOrigin(s.clone()))
    }

    fn host(&self) -> &str {
        let rest = self.0.split_once("://").map_or("", |(_, r)| r);
        match rest.rsplit_once(':') {
            Some((h, port)) if !h.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => h,
            _ => rest,
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// May a request with this `Origin` header use a merchant's chat?
///
/// - no `Origin`: not a browser's cross-site request (servers and tools can claim any
///   origin anyway), so the check has nothing to protect;
/// - the edge's own origin: the pages it serves itself (the local demo storefront);
/// - otherwise only the merchant's configured storefronts.
pub fn origin_allowed(origin: Option<&str>, own: &WebOrigin, allowed: &[WebOrigin]) -> bool {
    let Some(origin) = origin else {
        return true;
    };
    match WebOrigin::parse(origin) {
        Some(o) => o == *own || allowed.contains(&o),
        // "null" (sandboxed frames, file://) and garbage never pass.
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn o(s: &str) -> WebOrigin {
        WebOrigin::parse(s).expect("origin")
    }

    #[test]
    fn configured_origins_need_https_except_loopback() {
        assert!(WebOrigin::parse_configured("https://shop.example").is_some());
        assert!(WebOrigin::parse_configured("http://127.0.0.1:8787").is_some());
        assert!(WebOrigin::parse_configured("http://localhost:3000").is_some());
        assert!(WebOrigin::parse_configured("http://shop.example").is_none());
        assert!(WebOrigin::parse_configured("https://shop.example/path").is_none());
        assert!(WebOrigin::parse_configured("shop.example").is_none());
        assert!(WebOrigin::parse_configured("https://").is_none());
    }

    #[test]
    fn only_listed_or_own_origins_pass() {
        let own = o("http://127.0.0.1:8787");
        let allowed = [o("https://shop.example")];
        assert!(origin_allowed(None, &own, &allowed));
        assert!(origin_allowed(Some("https://SHOP.example"), &own, &allowed));
        assert!(origin_allowed(
            Some("http://127.0.0.1:8787"),
            &own,
            &allowed
        ));
        assert!(!origin_allowed(
            Some("https://evil.example"),
            &own,
            &allowed
        ));
        assert!(!origin_allowed(Some("http://shop.example"), &own, &allowed));
        assert!(!origin_allowed(
            Some("https://shop.example.evil"),
            &own,
            &allowed
        ));
        assert!(!origin_allowed(Some("null"), &own, &allowed));
    }
}
