//! A verified session as the shells use it: the token's claims by their domain names and
//! types. The token keeps its compact wire names (`sid`, `reg`, `loc`, ...), which stay
//! as they are for every token already issued; nothing outside `token.rs` spells them.

use crate::language::locale::Locale;
use crate::residency::region::Region;
use crate::session::token::SessionClaims;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub session_id: String,
    /// Names the conversation's Durable Object.
    pub conversation_id: String,
    pub merchant: String,
    /// Where the conversation lives, pinned for the session's life.
    pub region: Region,
    /// The locale the session speaks.
    pub locale: Locale,
    /// The shopper's country when the session began, if known (seasonal greetings).
    pub country: Option<String>,
    /// Unix seconds.
    pub expires_at: u64,
    /// The claims as signed, for the object that serves the session.
    pub claims: SessionClaims,
}

impl Session {
    /// The session of verified claims; `None` when they name a region this build does not
    /// know (a token from a newer deployment): it is not served here.
    pub fn of(claims: SessionClaims) -> Option<Self> {
        Some(Self {
            session_id: claims.sid.clone(),
            conversation_id: claims.cid.clone(),
            merchant: claims.mer.clone(),
            region: Region::parse(&claims.reg)?,
            // Tokens are signed with shipped locales only.
            locale: Locale::from_tag(&claims.loc).unwrap_or(Locale::En),
            country: claims.cty.clone(),
            expires_at: claims.exp,
            claims,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(reg: &str) -> SessionClaims {
        SessionClaims {
            sid: "s".into(),
            cid: "c".into(),
            mer: "demo".into(),
            reg: reg.into(),
            loc: "pt-BR".into(),
            iat: 1,
            exp: 2,
            cty: Some("BR".into()),
            tz: None,
            vem: None,
            vsu: None,
            vex: None,
        }
    }

    #[test]
    fn claims_by_their_domain_names() {
        let s = Session::of(claims("sa")).expect("known region");
        assert_eq!((s.region, s.locale), (Region::Sa, Locale::PtBr));
        assert_eq!(
            (s.merchant.as_str(), s.country.as_deref()),
            ("demo", Some("BR"))
        );
        assert_eq!((s.conversation_id.as_str(), s.expires_at), ("c", 2));
    }

    #[test]
    fn an_unknown_region_is_not_served() {
        assert_eq!(Session::of(claims("mars")), None);
    }
}
