//! Opening a session: what the widget asks for, what it gets back, and the claims signed
//! into its token.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::language::locale::Locale;
use crate::language::locale_choice::{self, Preferences};
use crate::residency::region::Region;
use crate::session::identity_token::MAX_TOKEN;
use crate::session::token::SessionClaims;
use crate::store::merchant::{Merchant, valid_merchant_id};
use crate::wire::json::{JsonObject, JsonWriter};

/// How long a session token stays valid.
pub const SESSION_TTL_SECS: u64 = 30 * 24 * 60 * 60;
/// Largest `POST /v1/sessions` body read (an identity token included).
pub const MAX_CREATE_BODY_BYTES: usize = 8_192;
const MAX_LOCALE_PREFERENCES: usize = 16;

/// `POST /v1/sessions` body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreateSession {
    pub merchant: String,
    /// The shopper's languages, most preferred first (the snippet's override, the
    /// shopper's choice in the widget, then `navigator.languages`).
    #[serde(default)]
    pub locales: Vec<String>,
    /// A token the store's server signed for its logged-in shopper
    /// (`session::identity_token`): the session opens vouched for, or, refused, anonymous
    /// with the refusal beside it (`identity_error`). The widget sends none here: it asks
    /// `POST /v1/identity` once it has a session, stored or new.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<String>,
}

/// `POST /v1/sessions` answer (also what the widget keeps in localStorage).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionCreated {
    pub session_token: String,
    pub conversation_id: String,
    pub session_id: String,
    pub region: String,
    pub locale: String,
    pub merchant_name: String,
    /// Unix seconds.
    pub expires_at: u64,
    /// The store's privacy policy, linked from the widget's privacy notice; absent when the
    /// store names none (and in sessions stored before it was added).
    pub privacy_url: Option<String>,
}

impl SessionCreated {
    /// The answer for a session just signed (`token`) with `claims`.
    pub fn signed(token: String, claims: &SessionClaims, merchant: &Merchant) -> Self {
        Self {
            session_token: token,
            conversation_id: claims.cid.clone(),
            session_id: claims.sid.clone(),
            region: claims.reg.clone(),
            locale: claims.loc.clone(),
            merchant_name: merchant.name.clone(),
            expires_at: claims.exp,
            privacy_url: merchant.privacy.policy_url.clone(),
        }
    }

    /// What the widget's privacy notice says: where it is stored, the store's policy.
    pub fn privacy(&self) -> (String, Option<String>) {
        (self.region.clone(), self.privacy_url.clone())
    }

    pub fn to_json(&self) -> String {
        JsonWriter::new()
            .str("session_token", &self.session_token)
            .str("conversation_id", &self.conversation_id)
            .str("session_id", &self.session_id)
            .str("region", &self.region)
            .str("locale", &self.locale)
            .str("merchant_name", &self.merchant_name)
            .uint("expires_at", self.expires_at)
            .opt_str("privacy_url", self.privacy_url.as_deref())
            .finish()
    }

    /// `None` unless every field is present with its type.
    pub fn from_json(text: &str) -> Option<Self> {
        let o = JsonObject::parse(text).ok()?;
        let s = |k: &str| o.str(k).map(str::to_owned);
        Some(Self {
            session_token: s("session_token")?,
            conversation_id: s("conversation_id")?,
            session_id: s("session_id")?,
            region: s("region")?,
            locale: s("locale")?,
            merchant_name: s("merchant_name")?,
            expires_at: o.uint("expires_at")?,
            privacy_url: o.opt_str("privacy_url").ok()?.map(str::to_owned),
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CreateSessionError {
    #[error("the body must be JSON like {{\"merchant\":\"demo\"}}: {0}")]
    BadJson(String),
    #[error("merchant id must be 1-64 characters of [a-z0-9-]")]
    BadMerchantId,
    #[error("at most {MAX_LOCALE_PREFERENCES} locales of at most 35 characters each")]
    BadLocales,
    #[error("the identity token may be at most {MAX_TOKEN} bytes")]
    BadIdentity,
}

impl CreateSession {
    /// The request body as the widget sends it.
    pub fn to_json(&self) -> String {
        JsonWriter::new()
            .str("merchant", &self.merchant)
            .str_array("locales", &self.locales)
            .opt_str("identity", self.identity.as_deref())
            .finish()
    }

    pub fn parse(body: &str) -> Result<Self, CreateSessionError> {
        let req: CreateSession =
            serde_json::from_str(body).map_err(|e| CreateSessionError::BadJson(e.to_string()))?;
        if !valid_merchant_id(&req.merchant) {
            return Err(CreateSessionError::BadMerchantId);
        }
        if req.locales.len() > MAX_LOCALE_PREFERENCES || req.locales.iter().any(|l| l.len() > 35) {
            return Err(CreateSessionError::BadLocales);
        }
        if req.identity.as_ref().is_some_and(|t| t.len() > MAX_TOKEN) {
            return Err(CreateSessionError::BadIdentity);
        }
        Ok(req)
    }
}

/// The session's locale: the widget's candidates (snippet override, the shopper's choice,
/// `navigator.languages`, in that order), then `Accept-Language`, then the store's default.
pub fn choose_locale(
    req: &CreateSession,
    accept_language: Option<&str>,
    merchant: &Merchant,
) -> Locale {
    let header = accept_language
        .map(locale_choice::parse_accept_language)
        .unwrap_or_default();
    locale_choice::choose(&Preferences {
        browser: &req.locales,
        accept_language: &header,
        store: Locale::from_tag(&merchant.default_locale),
        ..Preferences::default()
    })
    .0
}

/// Ids the edge made for a new session (random, from the platform).
#[derive(Debug, Clone)]
pub struct NewIds {
    pub session_id: String,
    pub conversation_id: String,
}

/// The claims of a new session at `now` (Unix seconds).
pub fn new_claims(
    merchant_id: &str,
    region: Region,
    locale: Locale,
    country: Option<String>,
    time_zone: Option<String>,
    ids: NewIds,
    now: u64,
) -> SessionClaims {
    SessionClaims {
        sid: ids.session_id,
        cid: ids.conversation_id,
        mer: merchant_id.to_owned(),
        reg: region.as_str().to_owned(),
        loc: locale.tag().to_owned(),
        iat: now,
        exp: now + SESSION_TTL_SECS,
        cty: country,
        tz: time_zone.filter(|z| crate::teams::schedule::plausible_zone(z)),
        vem: None,
        vsu: None,
        vex: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merchant(default_locale: &str) -> Merchant {
        Merchant {
            name: "Demo".into(),
            default_region: crate::residency::region::Region::Eu,
            allowed_regions: None,
            default_locale: default_locale.into(),
            origins: Vec::new(),
            translation: Default::default(),
            commerce: Default::default(),
            teams: Vec::new(),
            orders: None,
            access: None,
            privacy: Default::default(),
            identity: None,
        }
    }

    #[test]
    fn parses_minimal_and_full_bodies() {
        let req = CreateSession::parse(r#"{"merchant":"demo"}"#).expect("valid");
        assert!(req.locales.is_empty());
        let req =
            CreateSession::parse(r#"{"merchant":"demo","locales":["ja-JP"]}"#).expect("valid");
        assert_eq!(req.locales, vec!["ja-JP"]);
        let req = CreateSession::parse(r#"{"merchant":"demo","identity":"a.b.c"}"#).expect("ok");
        assert_eq!(req.identity.as_deref(), Some("a.b.c"));
    }

    #[test]
    fn refuses_bad_bodies() {
        assert!(matches!(
            CreateSession::parse("{"),
            Err(CreateSessionError::BadJson(_))
        ));
        assert!(matches!(
            CreateSession::parse(r#"{"merchant":"demo","x":1}"#),
            Err(CreateSessionError::BadJson(_))
        ));
        assert_eq!(
            CreateSession::parse(r#"{"merchant":"../x"}"#),
            Err(CreateSessionError::BadMerchantId)
        );
        let many = format!(
            r#"{{"merchant":"d","locales":[{}]}}"#,
            vec!["\"en\""; 17].join(",")
        );
        assert_eq!(
            CreateSession::parse(&many),
            Err(CreateSessionError::BadLocales)
        );
        let long = format!(
            r#"{{"merchant":"d","identity":"{}"}}"#,
            "a".repeat(MAX_TOKEN + 1)
        );
        assert_eq!(
            CreateSession::parse(&long),
            Err(CreateSessionError::BadIdentity)
        );
    }

    #[test]
    fn locale_order_widget_then_header_then_store() {
        let req =
            CreateSession::parse(r#"{"merchant":"d","locales":["tlh","ar-EG"]}"#).expect("valid");
        assert_eq!(choose_locale(&req, Some("ja"), &merchant("en")), Locale::Ar);
        let req = CreateSession::parse(r#"{"merchant":"d"}"#).expect("valid");
        assert_eq!(
            choose_locale(&req, Some("tlh, ja;q=0.5"), &merchant("en")),
            Locale::Ja
        );
        assert_eq!(choose_locale(&req, None, &merchant("ar")), Locale::Ar);
    }

    #[test]
    fn bodies_round_trip_between_widget_and_edge() {
        let req = CreateSession {
            merchant: "demo".into(),
            locales: vec!["ja-JP".into(), "e\"n".into()],
            identity: None,
        };
        assert_eq!(CreateSession::parse(&req.to_json()), Ok(req.clone()));
        let vouched = CreateSession {
            identity: Some("h.c.s".into()),
            ..req
        };
        assert_eq!(CreateSession::parse(&vouched.to_json()), Ok(vouched));
        let created = SessionCreated {
            session_token: "v1.a.b.c".into(),
            conversation_id: "c".into(),
            session_id: "s".into(),
            region: "eu".into(),
            locale: "ar".into(),
            merchant_name: "Ünïcode \"Store\"".into(),
            expires_at: 1_900_000_000,
            privacy_url: None,
        };
        assert_eq!(
            SessionCreated::from_json(&created.to_json()),
            Some(created.clone())
        );
        let with_policy = SessionCreated {
            privacy_url: Some("https://shop.example/privacy".into()),
            ..created
        };
        assert_eq!(
            SessionCreated::from_json(&with_policy.to_json()),
            Some(with_policy)
        );
        assert_eq!(SessionCreated::from_json(r#"{"session_token":"x"}"#), None);
    }

    #[test]
    fn claims_expire_after_the_ttl() {
        let ids = NewIds {
            session_id: "s".into(),
            conversation_id: "c".into(),
        };
        let claims = new_claims(
            "demo",
            Region::Eu,
            Locale::Ja,
            Some("JP".into()),
            Some("Asia/Tokyo".into()),
            ids,
            1_000,
        );
        assert_eq!(claims.exp, 1_000 + SESSION_TTL_SECS);
        assert_eq!(claims.tz.as_deref(), Some("Asia/Tokyo"));
        assert_eq!(claims.loc, "ja");
    }
}
