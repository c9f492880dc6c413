//! Names both shells must spell the same way: the WebSocket subprotocols and how a session
//! token rides on a request. Defined once here so widget, lite chat tests and edge cannot
//! drift apart.

/// The WebSocket subprotocol of this protocol version.
pub const SUBPROTOCOL: &str = "caravan.v1";

/// The session token rides beside [`SUBPROTOCOL`] as `bearer.<token>`, because browsers
/// cannot set headers on a WebSocket (and URLs end up in logs).
pub const BEARER_SUBPROTOCOL: &str = "bearer.";

/// `Authorization: Bearer <token>` on HTTP requests.
pub const BEARER_SCHEME: &str = "Bearer ";

/// The subprotocol that carries `token`.
pub fn bearer_subprotocol(token: &str) -> String {
    joined(BEARER_SUBPROTOCOL, token)
}

/// The `Authorization` header value that carries `token`.
pub fn authorization(token: &str) -> String {
    joined(BEARER_SCHEME, token)
}

/// `prefix` then `token`. Written out: `format!` and `concat` each cost the widget more
/// bytes (measured with `cargo xtask size`).
fn joined(prefix: &str, token: &str) -> String {
    let mut s = String::with_capacity(prefix.len() + token.len());
    s.push_str(prefix);
    s.push_str(token);
    s
}

/// The token of an `Authorization` header value; `None` for another scheme.
pub fn token_from_authorization(value: &str) -> Option<&str> {
    value
        .strip_prefix(BEARER_SCHEME)
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

/// What a WebSocket upgrade offered in `Sec-WebSocket-Protocol`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Offered<'a> {
    /// It did not offer [`SUBPROTOCOL`]: not our client, or another protocol version.
    WrongProtocol,
    /// Our protocol, with the token if one was offered.
    Caravan { token: Option<&'a str> },
}

/// Reads a `Sec-WebSocket-Protocol` header (comma-separated, spaces allowed).
pub fn offered_subprotocols(header: &str) -> Offered<'_> {
    let mut ours = false;
    let mut token = None;
    for p in header.split(',').map(str::trim) {
        if p == SUBPROTOCOL {
            ours = true;
        } else if let Some(t) = p.strip_prefix(BEARER_SUBPROTOCOL) {
            token = token.or(Some(t).filter(|t| !t.is_empty()));
        }
    }
    if ours {
        Offered::Caravan { token }
    } else {
        Offered::WrongProtocol
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_widget_offers_is_what_the_edge_reads() {
        let header = [SUBPROTOCOL, &bearer_subprotocol("v1.k.c.m")].join(", ");
        assert_eq!(
            offered_subprotocols(&header),
            Offered::Caravan {
                token: Some("v1.k.c.m")
            }
        );
        assert_eq!(
            token_from_authorization(&authorization("v1.k.c.m")),
            Some("v1.k.c.m")
        );
    }

    #[test]
    fn offers_without_our_protocol_or_token() {
        assert_eq!(offered_subprotocols(""), Offered::WrongProtocol);
        assert_eq!(offered_subprotocols("bearer.x"), Offered::WrongProtocol);
        assert_eq!(offered_subprotocols("caravan.v2"), Offered::WrongProtocol);
        assert_eq!(
            offered_subprotocols("caravan.v1"),
            Offered::Caravan { token: None }
        );
        assert_eq!(
            offered_subprotocols("caravan.v1,bearer."),
            Offered::Caravan { token: None }
        );
    }

    #[test]
    fn authorization_of_another_scheme_has_no_token() {
        assert_eq!(token_from_authorization("Basic abc"), None);
        assert_eq!(token_from_authorization("Bearer "), None);
        assert_eq!(token_from_authorization("Bearer  t "), Some("t"));
    }
}
