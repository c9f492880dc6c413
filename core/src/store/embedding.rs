//! May this page embed a merchant's chat? The answer of `GET /v1/embed?merchant=ID`.
//!
//! A browser hides why a cross-origin request was refused (a failed CORS preflight reads
//! as a network error), so a chat on a storefront the merchant has not configured could
//! only say "unavailable" and retry forever. The chat asks this instead after a failed
//! start (until it gets an answer): the verdict tells it to stop and tell the shopper
//! honestly, and its reason names the cause in the page's console for the merchant. The
//! answer is readable by any origin and says only what the caller could learn by trying.

use crate::store::merchant::Merchant;
use crate::store::origin::{WebOrigin, origin_allowed};
use crate::wire::json::{JsonObject, JsonWriter};

/// The verdict for one page (its `Origin`) and one merchant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmbedVerdict {
    pub merchant: String,
    /// The page's origin as the edge saw it (`None`: the request carried no `Origin`).
    pub origin: Option<String>,
    pub allowed: bool,
    /// Why not, in words a merchant can act on.
    pub reason: Option<String>,
}

/// The refusal of `origin` for `merchant`, as the API's `origin_not_allowed` errors and
/// the verdict word it.
pub fn origin_refusal(origin: Option<&str>, merchant: &str) -> String {
    match origin.and_then(WebOrigin::parse) {
        Some(origin) => format!(
            "origin {} is not configured for store {merchant}",
            origin.as_str()
        ),
        None => format!(
            "a page without a web origin ({}) cannot open store {merchant}'s chat",
            origin.unwrap_or("none")
        ),
    }
}

/// Is a failed start worth asking about? A refused CORS request reads as a network error
/// (`None`); an unknown store or origin is a 404 or 403. Anything else is not the page's
/// fault, and retrying is the answer.
pub fn may_be_refused(status: Option<u16>) -> bool {
    matches!(status, None | Some(403 | 404))
}

impl EmbedVerdict {
    /// Judges a page: `merchant` is `None` when no merchant `merchant_id` is configured.
    pub fn judge(
        origin: Option<&str>,
        own: &WebOrigin,
        merchant_id: &str,
        merchant: Option<&Merchant>,
    ) -> Self {
        let reason = match merchant {
            None => Some(format!(
                "store {merchant_id} is not configured on this Caravan edge (check the \
                 snippet's data-merchant)"
            )),
            Some(m) if !origin_allowed(origin, own, &m.origins) => {
                Some(origin_refusal(origin, merchant_id))
            }
            Some(_) => None,
        };
        Self {
            merchant: merchant_id.to_owned(),
            origin: origin.map(str::to_owned),
            allowed: reason.is_none(),
            reason,
        }
    }

    pub fn to_json(&self) -> String {
        JsonWriter::new()
            .str("merchant", &self.merchant)
            .opt_str("origin", self.origin.as_deref())
            .bool("allowed", self.allowed)
            .opt_str("reason", self.reason.as_deref())
            .finish()
    }

    /// The reason of a refusal in an answer, without building the whole verdict (the
    /// widget pays for every byte); `None` for an allowed page or an unreadable answer.
    pub fn refusal(text: &str) -> Option<String> {
        let o = JsonObject::parse(text).ok()?;
        (!o.bool("allowed")?).then(|| o.str("reason").unwrap_or("refused").to_owned())
    }
}

/// The question `GET /v1/embed` answers, asked after failed starts until answered: one
/// at a time, again after an unreachable edge, never after an answer.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum EmbedQuestion {
    #[default]
    Unasked,
    Asking,
    Answered,
}

impl EmbedQuestion {
    /// Should the question be asked now? If so it is marked as on its way.
    pub fn ask(&mut self) -> bool {
        let ask = *self == EmbedQuestion::Unasked;
        if ask {
            *self = EmbedQuestion::Asking;
        }
        ask
    }

    /// The edge could not be reached: the next failed start asks again.
    pub fn unanswered(&mut self) {
        *self = EmbedQuestion::Unasked;
    }

    pub fn answered(&mut self) {
        *self = EmbedQuestion::Answered;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_question_is_asked_once_at_a_time_until_answered() {
        let mut q = EmbedQuestion::default();
        assert!(q.ask());
        assert!(!q.ask(), "already on its way");
        q.unanswered();
        assert!(q.ask(), "asked again after an unreachable edge");
        q.answered();
        assert!(!q.ask());
    }
    use crate::store::merchant::MerchantDirectory;

    fn demo() -> MerchantDirectory {
        MerchantDirectory::parse(
            r#"{"demo":{"name":"Demo","default_region":"eu","default_locale":"en",
                "origins":["https://shop.example"]}}"#,
        )
        .expect("valid")
    }

    fn own() -> WebOrigin {
        WebOrigin::parse("https://chat.example").expect("origin")
    }

    #[test]
    fn a_configured_storefront_and_the_edge_itself_may_embed() {
        let dir = demo();
        for origin in [
            Some("https://shop.example"),
            Some("https://chat.example"),
            None,
        ] {
            let v = EmbedVerdict::judge(origin, &own(), "demo", dir.get("demo"));
            assert!(v.allowed, "{origin:?}");
            assert_eq!(v.reason, None);
        }
    }

    #[test]
    fn an_unconfigured_origin_is_named_with_the_store() {
        let dir = demo();
        let v = EmbedVerdict::judge(
            Some("https://Elsewhere.example"),
            &own(),
            "demo",
            dir.get("demo"),
        );
        assert!(!v.allowed);
        assert_eq!(
            v.reason.as_deref(),
            Some("origin https://elsewhere.example is not configured for store demo")
        );
        let opaque = EmbedVerdict::judge(Some("null"), &own(), "demo", dir.get("demo"));
        assert!(!opaque.allowed);
        assert!(
            opaque
                .reason
                .as_deref()
                .is_some_and(|r| r.contains("(null)"))
        );
    }

    #[test]
    fn an_unknown_store_is_named() {
        let v = EmbedVerdict::judge(Some("https://shop.example"), &own(), "demoo", None);
        assert!(!v.allowed);
        assert!(
            v.reason
                .as_deref()
                .is_some_and(|r| r.contains("store demoo"))
        );
    }

    #[test]
    fn only_failures_a_page_can_cause_are_worth_asking_about() {
        assert!(may_be_refused(None));
        assert!(may_be_refused(Some(403)));
        assert!(may_be_refused(Some(404)));
        for status in [400, 401, 413, 500, 503] {
            assert!(!may_be_refused(Some(status)), "{status}");
        }
    }

    #[test]
    fn the_verdict_is_flat_json_and_its_refusal_reads_back() {
        let dir = demo();
        let refused =
            EmbedVerdict::judge(Some("https://x.example"), &own(), "demo", dir.get("demo"));
        let json: serde_json::Value = serde_json::from_str(&refused.to_json()).expect("json");
        assert_eq!(
            json,
            serde_json::json!({"merchant": "demo", "origin": "https://x.example", "allowed": false,
                "reason": "origin https://x.example is not configured for store demo"})
        );
        assert_eq!(EmbedVerdict::refusal(&refused.to_json()), refused.reason);
        let allowed = EmbedVerdict::judge(None, &own(), "demo", dir.get("demo"));
        assert_eq!(allowed.to_json(), r#"{"merchant":"demo","allowed":true}"#);
        assert_eq!(EmbedVerdict::refusal(&allowed.to_json()), None);
        assert_eq!(EmbedVerdict::refusal("not json"), None);
    }
}
