//! The agents' side of a `Conversation` object: reading the conversation with each
//! message's translation, replying (translated into the shopper's language before it is
//! stored and broadcast), and translating shopper messages for the agents after they were
//! acknowledged.

use caravan_core::agents::reply::{self as agent_reply, AgentReply};
use caravan_core::conversation::message::validate_text;
use caravan_core::conversation::rules::{ConversationLog, StoredMessage};
use caravan_core::conversation::translation_queue::{self, BATCH};
use caravan_core::language::language_id;
use caravan_core::language::locale::Locale;
use caravan_core::residency::region::Region;
use caravan_core::translation::pipeline::{Translation, Unavailable};
use caravan_core::wire::ids::ClientMessageId;
use caravan_core::wire::message_translation::TranslationState;
use caravan_core::wire::protocol::{ErrorCode, ServerFrame};
use serde::Deserialize;
use serde_json::json;
use worker::{Method, Request, Response};

use crate::agent_reading::translation_view;
use crate::api_error::{ApiError, json_response};
use crate::config::Config;
use crate::conversation_actions::Action;
use crate::conversation_object::Conversation;
use crate::object_call::AGENT_HEADER;
use crate::object_session;
use crate::placement_record::{self, PlacementRecord};
use crate::random::random_bytes;
use crate::request;
use crate::sql_log::{SqlLog, SqlLogError};
use crate::translating;

/// Messages per read.
const PAGE: usize = 500;

impl From<SqlLogError> for ApiError {
    fn from(e: SqlLogError) -> Self {
        ApiError::new(ErrorCode::Internal, e.to_string())
    }
}

fn storage_error(e: SqlLogError) -> worker::Error {
    worker::Error::RustError(e.to_string())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReplyBody {
    text: String,
    #[serde(default)]
    id: Option<String>,
    /// The language the agent writes in (their console's): taken when the text is too
    /// short to tell; else the store's agents' language.
    #[serde(default)]
    lang: Option<String>,
}

/// A reply's (or a draft's) body, its text checked as any message's. Read as bytes: text
/// that is not UTF-8 is refused, as every other body is, never stored with U+FFFD in place
/// of what the agent wrote (`text()` would replace it).
async fn reply_body(req: &mut Request) -> Result<ReplyBody, ApiError> {
    let body: ReplyBody = serde_json::from_slice(&req.bytes().await?).map_err(|e| {
        ApiError::new(
            ErrorCode::InvalidRequest,
            format!(r#"the body must be {{"text": "...", "id"?: "<UUID>"}}: {e}"#),
        )
    })?;
    let text = validate_text(&body.text).map_err(|e| ApiError::new(e.code(), e.to_string()))?;
    Ok(ReplyBody { text, ..body })
}

/// A message as the agent API shows it.
pub fn agent_view(m: &StoredMessage) -> serde_json::Value {
    json!({
        "seq": m.seq,
        "author": m.author.as_str(),
        "text": m.text,
        "at": m.at,
        "id": m.id.map(|id| id.to_string()),
        "lang": m.lang,
        "card": m.card.iter().map(|l| json!({
            "label": l.label, "value": l.value, "link": l.link,
        })).collect::<Vec<_>>(),
        "translation": m.translation.as_ref().map(translation_view),
    })
}

impl Conversation {
    /// `GET /agent/messages?after=N` and `POST /agent/reply`, for the merchant in
    /// [`AGENT_HEADER`].
    pub(crate) async fn agent(&self, req: Request) -> worker::Result<Response> {
        let result = async {
            let merchant = req
                .headers()
                .get(AGENT_HEADER)?
                .ok_or_else(|| ApiError::new(ErrorCode::Unauthorized, "no verified agent"))?;
            let sql = self.state.storage().sql();
            // Nothing is created by looking: an object no shopper wrote to is not found.
            let placement = placement_record::read(&sql)?
                .filter(|p| p.merchant == merchant)
                .ok_or_else(|| {
                    ApiError::new(ErrorCode::NotFound, "no such conversation for this store")
                })?;
            match (req.method(), req.path().as_str()) {
                (Method::Get, "/agent/messages") => self.agent_read(&req, &placement).await,
                (Method::Post, "/agent/reply") => self.agent_reply(req, &placement).await,
                (Method::Post, "/agent/preview") => self.agent_preview(req, &placement).await,
                (Method::Post, "/agent/action") => self.agent_action(req).await,
                (Method::Post, "/agent/note") => self.agent_note(req).await,
                (Method::Post, "/agent/typing") => self.agent_typing(),
                _ => Err(ApiError::new(
                    ErrorCode::MethodNotAllowed,
                    "read with GET, reply with POST",
                )),
            }
        }
        .await;
        result.or_else(ApiError::into_response)
    }

    /// `?after=N` (the messages after it) and `?lang=L` (the reader's language, when not
    /// the store's agents').
    async fn agent_read(
        &self,
        req: &Request,
        placement: &PlacementRecord,
    ) -> Result<Response, ApiError> {
        let after = request::query(req, "after")?
            .map(|v| v.parse::<u64>())
            .transpose()
            .map_err(|_| ApiError::new(ErrorCode::InvalidRequest, "after must be a number"))?
            .unwrap_or(0);
        let sql = self.state.storage().sql();
        let log = SqlLog::new(&sql, self.stored());
        let messages = log.after(after, PAGE)?;
        // The first read also has the handoff summary, pinned above the messages.
        let summary = match after {
            0 => self.summary()?,
            _ => None,
        };
        let reader = request::query(req, "lang")?
            .map(|tag| {
                Locale::from_tag(&tag).ok_or_else(|| {
                    ApiError::new(ErrorCode::InvalidRequest, "lang must be a shipped locale")
                })
            })
            .transpose()?;
        let mut views: Vec<serde_json::Value> = messages.iter().map(agent_view).collect();
        if let (Some(reader), Some(region)) = (reader, Region::parse(&placement.region)) {
            let config = Config::of(&self.env);
            if let Some(store) = config.merchants()?.get(&placement.merchant) {
                crate::agent_reading::retell(&self.env, store, region, &mut views, reader).await;
            }
        }
        let row = crate::inbox_row_store::read(&sql)?;
        let dialogue = crate::dialogue_store::read(&sql)?;
        let body = json!({
            "summary": summary,
            "status": row.status,
            "assignee": row.assignee,
            "country": row.country,
            "time_zone": row.time_zone,
            "channel": row.channel,
            "rating": dialogue.rating,
            "order_number": dialogue.order_number,
            "notes": crate::notes::all(&sql)?,
            "region": placement.region,
            "merchant": placement.merchant,
            "shopper_locale": placement_record::shopper_locale(&sql)?,
            "messages": views,
            "last_seq": log.last_seq()?,
        });
        Ok(json_response(&body.to_string(), 200)?)
    }

    /// What the shopper would read of a draft: translated as a reply would be (through the
    /// same memory, so the reply sent next reuses it), stored nowhere.
    async fn agent_preview(
        &self,
        mut req: Request,
        placement: &PlacementRecord,
    ) -> Result<Response, ApiError> {
        let ReplyBody { text, lang, .. } = reply_body(&mut req).await?;
        let (lang, shopper, outcome) = self.for_shopper(placement, &text, lang).await?;
        let translation = outcome.for_message(shopper);
        let shown = match &translation {
            Some(t) if t.text.is_some() => t.text.clone(),
            Some(_) => None,
            None => Some(text.clone()),
        };
        Ok(json_response(
            &json!({
                "text": shown, "lang": shopper.tag(), "written_in": lang,
                "state": translation.map_or("not_needed", |t| t.state.as_str()),
            })
            .to_string(),
            200,
        )?)
    }

    /// A reply's language (`writer`'s when the text cannot tell) and the shopper's, and
    /// the reply translated for the shopper.
    async fn for_shopper(
        &self,
        placement: &PlacementRecord,
        text: &str,
        writer: Option<String>,
    ) -> Result<(&'static str, Locale, Translation), ApiError> {
        let sql = self.state.storage().sql();
        let config = Config::of(&self.env);
        let merchant = config
            .merchants()?
            .get(&placement.merchant)
            .ok_or_else(|| {
                ApiError::new(
                    ErrorCode::UnknownMerchant,
                    "the store is no longer configured",
                )
            })?;
        let shopper = placement_record::shopper_locale(&sql)?
            .as_deref()
            .and_then(Locale::from_tag)
            .unwrap_or(Locale::En);
        let writer = writer
            .as_deref()
            .and_then(Locale::from_tag)
            .unwrap_or(merchant.translation.agent_locale);
        let lang = language_id::identify(text, writer).language;
        let outcome = match Region::parse(&placement.region) {
            Some(region) => {
                translating::translate(&self.env, merchant, region, text, lang, shopper).await
            }
            None => Translation::Unavailable(Unavailable::NoProvider),
        };
        Ok((lang, shopper, outcome))
    }

    async fn agent_reply(
        &self,
        mut req: Request,
        placement: &PlacementRecord,
    ) -> Result<Response, ApiError> {
        let ReplyBody { text, id, lang } = reply_body(&mut req).await?;
        let id = match id {
            Some(id) => ClientMessageId::parse(&id)
                .ok_or_else(|| ApiError::new(ErrorCode::InvalidRequest, "id must be a UUID"))?,
            None => ClientMessageId::v7(crate::clock::now_ms(), random_bytes::<10>()?),
        };
        let sql = self.state.storage().sql();
        // A retried reply is answered with what was stored, not translated again.
        if let Some(stored) = agent_reply::stored_reply(&SqlLog::new(&sql, self.stored()), id)? {
            return Ok(json_response(
                &json!({ "message": agent_view(&stored) }).to_string(),
                200,
            )?);
        }
        let (lang, shopper, outcome) = self.for_shopper(placement, &text, lang).await?;
        let reply = AgentReply {
            id,
            text,
            lang: lang.to_owned(),
            translation: outcome.for_message(shopper),
        };
        // A person answers: the bot steps aside (and says so), the queue lets go.
        if let Err(e) = self.act(&Action::Join).await {
            worker::console_error!("person joined: {e}");
        }
        let (message, new) = agent_reply::append_agent_reply(
            &mut SqlLog::new(&sql, self.stored()),
            reply,
            crate::clock::now_ms(),
        )?;
        if new {
            let frames = [ServerFrame::Message(message.clone())];
            self.broadcast(&frames);
            if let Ok(Some(session)) = object_session::last(&sql) {
                self.inbox_messages(&session, &frames, None).await;
            }
        }
        let status = if new { 201 } else { 200 };
        Ok(json_response(
            &json!({ "message": agent_view(&message) }).to_string(),
            status,
        )?)
    }

    /// The inbox shows the last message in the agents' language: when message `seq`, just
    /// translated into `text`, is the conversation's last, its row is told again.
    async fn retell_if_last(&self, seq: u64, text: &str) {
        let sql = self.state.storage().sql();
        if SqlLog::new(&sql, self.stored()).last_seq().ok() != Some(seq) {
            return;
        }
        if let Ok(Some(session)) = object_session::last(&sql) {
            self.inbox(&session, |row| row.retell(text)).await;
        }
    }

    /// Translates the shopper messages waiting for the agents' language.
    pub(crate) async fn translate_pending(&self) -> worker::Result<()> {
        let sql = self.state.storage().sql();
        let Some(placement) = placement_record::read(&sql).map_err(storage_error)? else {
            return Ok(());
        };
        let config = Config::of(&self.env);
        let merchant = config
            .merchants()
            .ok()
            .and_then(|m| m.get(&placement.merchant));
        let region = Region::parse(&placement.region);
        let pending = SqlLog::new(&sql, self.stored())
            .pending_translations(BATCH)
            .map_err(storage_error)?;
        let mut newest_done = None;
        for message in &pending {
            let Some(wanted) = &message.translation else {
                continue;
            };
            let target = Locale::from_tag(&wanted.lang).unwrap_or(Locale::En);
            let source = message.lang.as_deref().unwrap_or_default();
            let outcome = match (merchant, region) {
                (Some(merchant), Some(region)) => {
                    translating::translate(
                        &self.env,
                        merchant,
                        region,
                        &message.text,
                        source,
                        target,
                    )
                    .await
                }
                _ => Translation::Unavailable(Unavailable::NoProvider),
            };
            let stored = outcome.for_message(target);
            SqlLog::new(&sql, self.stored())
                .set_translation(message.seq, stored.as_ref())
                .map_err(storage_error)?;
            newest_done = stored
                .filter(|t| t.state == TranslationState::Done)
                .and_then(|t| t.text)
                .map(|text| (message.seq, text));
        }
        if let Some((seq, text)) = newest_done {
            self.retell_if_last(seq, &text).await;
        }
        if translation_queue::wake_again(pending.len()) {
            self.state.storage().set_alarm(0).await?;
        }
        Ok(())
    }
}
