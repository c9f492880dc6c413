//! The object's answers to a person's rights: `GET /privacy/export` (the shopper's own
//! conversation as stored, or the merchant's copy masked like agents see it) and
//! `POST /privacy/erase`. The worker says who asks: the shopper's verified session, or the
//! store whose admin it authenticated.

use caravan_core::compliance::export::{self, Export, Labels};
use caravan_core::conversation::rules::ConversationLog;
use caravan_core::language::catalog::{Arg, PlainRules};
use caravan_core::language::locale::Locale;
use caravan_core::privacy::masking;
use caravan_core::session::token::SessionClaims;
use caravan_core::wire::protocol::ErrorCode;
use serde_json::json;
use worker::{Method, Request, Response};

use crate::api_error::{ApiError, json_response};
use crate::config::Config;
use crate::conversation_object::Conversation;
use crate::conversation_privacy::{Placed, Why, placed};
use crate::locales::bot_catalog;
use crate::object_call::{AGENT_HEADER, CLAIMS_HEADER};
use crate::request;
use crate::sql_log::SqlLog;

/// Messages an export holds at most (a conversation is far shorter).
const MAX_MESSAGES: usize = 10_000;

/// Who asks.
enum Asker {
    /// The shopper, in their session's locale.
    Shopper { locale: String },
    /// The store's admin, through the rights desk.
    Merchant,
}

fn asker(req: &Request, place: &Placed) -> Result<Asker, ApiError> {
    let refused = || {
        ApiError::new(
            ErrorCode::NotFound,
            "no such conversation for this session or store",
        )
    };
    if let Some(claims) = req.headers().get(CLAIMS_HEADER)? {
        let claims: SessionClaims = serde_json::from_str(&claims).map_err(|_| refused())?;
        let own = claims.mer == place.merchant
            && claims.reg == place.region.as_str()
            && place
                .conversation
                .as_deref()
                .is_none_or(|c| c == claims.cid);
        return own
            .then_some(Asker::Shopper { locale: claims.loc })
            .ok_or_else(refused);
    }
    match req.headers().get(AGENT_HEADER)? {
        Some(merchant) if merchant == place.merchant => Ok(Asker::Merchant),
        _ => Err(refused()),
    }
}

/// The text file's words in `tag`'s language (English where a word is missing).
fn labels(tag: &str, store: &str, region: &str, now_ms: u64) -> Labels {
    let locale = Locale::from_tag(tag).unwrap_or(Locale::En);
    let word = |key: &str, args: &[(&str, Arg)]| {
        [locale, Locale::En]
            .into_iter()
            .find_map(|l| bot_catalog(l)?.format(key, args, &PlainRules))
            .unwrap_or_default()
    };
    let region_name = word(&format!("region-{region}"), &[]);
    Labels {
        title: word("export-title", &[("store", Arg::Str(store))]),
        stored: word("export-stored", &[("region", Arg::Str(&region_name))]),
        exported: word(
            "export-exported",
            &[("date", Arg::Str(&export::readable_time(now_ms)))],
        ),
        you: word("export-you", &[]),
        bot: word("export-bot", &[]),
        team: word("export-team", &[("store", Arg::Str(store))]),
    }
}

impl Conversation {
    pub(crate) async fn rights(&self, req: Request) -> worker::Result<Response> {
        let result = async {
            let sql = self.state.storage().sql();
            let place = placed(&sql)?.ok_or_else(|| {
                ApiError::new(
                    ErrorCode::NotFound,
                    "nothing was written in this conversation",
                )
            })?;
            let asker = asker(&req, &place)?;
            match (req.method(), req.path().as_str()) {
                (Method::Post, "/privacy/erase") => {
                    let why = match asker {
                        Asker::Shopper { .. } => Why::Shopper,
                        Asker::Merchant => Why::Merchant,
                    };
                    let erased = self.erase(why).await?;
                    Ok(json_response(
                        &json!({ "erased": erased }).to_string(),
                        200,
                    )?)
                }
                (Method::Get, "/privacy/export") => self.export(&req, &place, asker),
                _ => Err(ApiError::new(
                    ErrorCode::MethodNotAllowed,
                    "export with GET, erase with POST",
                )),
            }
        }
        .await;
        result.or_else(ApiError::into_response)
    }

    fn export(&self, req: &Request, place: &Placed, asker: Asker) -> Result<Response, ApiError> {
        let sql = self.state.storage().sql();
        let mut messages = SqlLog::new(&sql, self.stored()).after(0, MAX_MESSAGES)?;
        // Someone other than the shopper sees personal data masked.
        if let Asker::Merchant = asker {
            for m in &mut messages {
                m.text = masking::masked(&m.text);
                if let Some(t) = m.translation.as_mut() {
                    t.text = t.text.as_deref().map(masking::masked);
                }
            }
        }
        let config = Config::of(&self.env);
        let store = config.merchants()?.get(&place.merchant);
        let name = store.map_or(place.merchant.as_str(), |s| s.name.as_str());
        let now = crate::clock::now_ms();
        let conversation = place.conversation.as_deref().unwrap_or_default();
        let doc = Export {
            conversation,
            store: name,
            region: place.region.as_str(),
            exported_at: now,
            messages: &messages,
        };
        match request::query(req, "format")?.as_deref() {
            None | Some("json") => Ok(json_response(&export::json(&doc).to_string(), 200)?),
            Some("text") => {
                let locale = match &asker {
                    Asker::Shopper { locale } => locale.clone(),
                    Asker::Merchant => store.map_or("en".into(), |s| s.default_locale.clone()),
                };
                let labels = labels(&locale, name, place.region.as_str(), now);
                let mut response = Response::ok(export::text(&doc, &labels))?;
                response
                    .headers_mut()
                    .set("content-type", "text/plain; charset=utf-8")?;
                Ok(response)
            }
            Some(_) => Err(ApiError::new(
                ErrorCode::InvalidRequest,
                "format must be json or text",
            )),
        }
    }
}
