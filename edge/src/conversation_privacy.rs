//! The object's privacy side: what it may store of personal data (its store's setting for
//! its region), the data subjects it is linked to in its region's index, erasure (asked by
//! the shopper, by the merchant's rights desk, or by retention) and retention's clock.
//!
//! Erasure tells the region's index and translation memory first, and deletes the object's
//! storage only once both have forgotten it: a failure leaves everything to try again, never
//! half an erasure. What stays is one row saying when it was erased, so a token still
//! holding the conversation's name reads `gone`, never an empty conversation.

use caravan_core::compliance::retention::{self, Sweep};
use caravan_core::compliance::subject;
use caravan_core::conversation::rules::{ConversationLog, StoredMessage};
use caravan_core::residency::region::Region;
use caravan_core::store::merchant::Merchant;
use caravan_core::store::privacy_settings::StoredPersonalData;
use caravan_core::translation::glossary::Glossary;
use caravan_core::translation::pipeline::memory_text;
use caravan_core::wire::protocol::{Author, ErrorCode};
use serde::Deserialize;
use worker::{Response, SqlStorage, SqlStorageValue};

use crate::api_error::{ApiError, json_response};
use crate::config::Config;
use crate::conversation_object::Conversation;
use crate::erasure_record::erased_at;
use crate::object_session::{self, Session};
use crate::placement_record;
use crate::sql_log::{SqlLog, SqlLogError};
use crate::{handoff_queue, subject_index, translation_memory};

/// Where a conversation lives and for whom, as its object recorded it.
pub struct Placed {
    pub merchant: String,
    pub region: Region,
    /// Its id, known once a shopper wrote.
    pub conversation: Option<String>,
}

pub fn placed(sql: &SqlStorage) -> Result<Option<Placed>, SqlLogError> {
    let Some(p) = placement_record::read(sql)? else {
        return Ok(None);
    };
    let Some(region) = Region::parse(&p.region) else {
        return Ok(None);
    };
    let conversation = object_session::last(sql)?.and_then(|s| s.conversation);
    Ok(Some(Placed {
        merchant: p.merchant,
        region,
        conversation,
    }))
}

#[derive(Deserialize)]
struct Row {
    key: String,
}

/// Why a conversation goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    Shopper,
    Merchant,
    Retention,
}

impl Why {
    fn as_str(self) -> &'static str {
        match self {
            Why::Shopper => "shopper",
            Why::Merchant => "merchant",
            Why::Retention => "retention",
        }
    }
}

/// The texts the translation memory may hold of `messages`.
fn memory_texts(store: &Merchant, messages: &[StoredMessage]) -> Vec<(String, String)> {
    let glossary = Glossary::for_store(store);
    let mut texts: Vec<(String, String)> = Vec::new();
    for m in messages {
        let mut push = |text: &str, lang: &str| {
            let entry = memory_text(text, lang, &glossary);
            if !texts.contains(&entry) {
                texts.push(entry);
            }
        };
        if let Some(lang) = &m.lang {
            push(&m.text, lang);
        }
        // A reply is translated from the agent's words; its translation may be asked back.
        if let Some(t) = &m.translation
            && let Some(text) = &t.text
        {
            push(text, &t.lang);
        }
    }
    texts
}

impl Conversation {
    fn store<'c>(config: &'c Config, merchant: &str) -> Option<&'c Merchant> {
        config.merchants().ok()?.get(merchant)
    }

    /// How this conversation may store personal data: its store's setting for its region,
    /// or masked when it cannot tell.
    pub(crate) fn stored(&self) -> StoredPersonalData {
        let config = Config::of(&self.env);
        match placement_record::read(&self.state.storage().sql()) {
            Ok(Some(p)) => Region::parse(&p.region)
                .zip(Self::store(&config, &p.merchant))
                .map_or(StoredPersonalData::Masked, |(r, s)| s.privacy.stored(r)),
            _ => StoredPersonalData::Masked,
        }
    }

    /// Links what the shopper wrote in `text` (the original, in memory only) to this
    /// conversation in its region's index, by the subjects' keys.
    pub(crate) async fn link_subjects(&self, session: &Session, text: &str) {
        let sql = self.state.storage().sql();
        let Ok(Some(p)) = placed(&sql) else {
            return;
        };
        let vouched = session.vouched_subjects(crate::clock::now_secs());
        for found in subject::in_text(text).into_iter().chain(vouched) {
            let key = found.key(&p.merchant);
            let added = sql.exec(
                "INSERT OR IGNORE INTO subjects_linked (key, linked) VALUES (?, 0)",
                vec![key.into()],
            );
            if let Err(e) = added {
                worker::console_error!("subjects: {e}");
            }
        }
        if let Err(e) = self.push_subjects().await {
            worker::console_warn!("subjects not indexed yet: {e}");
            let _ = self.retry_later().await;
        }
    }

    /// Puts the keys the index lacks into it (again after a failure, from the alarm).
    pub(crate) async fn push_subjects(&self) -> worker::Result<()> {
        let sql = self.state.storage().sql();
        let keys: Vec<String> = sql
            .exec("SELECT key FROM subjects_linked WHERE linked = 0", None)?
            .to_array::<Row>()?
            .into_iter()
            .map(|r| r.key)
            .collect();
        if keys.is_empty() {
            return Ok(());
        }
        let Some(p) = placed(&sql).map_err(|e| worker::Error::RustError(e.to_string()))? else {
            return Ok(());
        };
        let Some(conversation) = p.conversation else {
            return Ok(());
        };
        let config = Config::of(&self.env);
        let Some(backend) = config.backends().ok().and_then(|b| b.get(p.region)) else {
            return Ok(());
        };
        let stub = handoff_queue::stub(&self.env, backend, p.region, &p.merchant)?;
        subject_index::add(&stub, &conversation, &keys).await?;
        sql.exec("UPDATE subjects_linked SET linked = 1", None)?;
        Ok(())
    }

    /// Erases the conversation: `Ok(true)` when there was something to erase, `Ok(false)`
    /// when it was erased before or never written to.
    pub(crate) async fn erase(&self, why: Why) -> Result<bool, ApiError> {
        // A bot turn under way (a lookup, a translation) ends first: nothing it writes may
        // outlive the erasure.
        let _turns = self.bot_turns.lock().await;
        let sql = self.state.storage().sql();
        if erased_at(&sql)?.is_some() {
            return Ok(false);
        }
        let Some(p) = placed(&sql)? else {
            return Ok(false);
        };
        let config = Config::of(&self.env);
        let backend = config.backends()?.get(p.region);
        let messages = SqlLog::new(&sql, StoredPersonalData::Masked).after(0, 100_000)?;
        if let Some(store) = Self::store(&config, &p.merchant) {
            let texts = memory_texts(store, &messages);
            translation_memory::forget(&self.env, p.region, backend, texts)
                .await
                .map_err(unavailable)?;
        }
        if let (Some(backend), Some(conversation)) = (backend, &p.conversation) {
            let stubs = [
                handoff_queue::stub(&self.env, backend, p.region, &p.merchant),
                handoff_queue::legacy_stub(&self.env, backend, &p.merchant),
            ];
            for stub in stubs {
                subject_index::forget_everywhere(&stub?, conversation)
                    .await
                    .map_err(unavailable)?;
            }
        }
        // Both have forgotten it: now the object's own storage.
        for socket in self.state.get_websockets() {
            let _ = socket.close(Some(4410), Some("erased"));
        }
        let storage = self.state.storage();
        storage.delete_alarm().await?;
        storage.delete_all().await?;
        crate::conversation_object::create_schemas(&sql)?;
        sql.exec(
            "INSERT OR REPLACE INTO erased (id, at, why) VALUES (1, ?, ?)",
            vec![
                SqlStorageValue::Integer(crate::clock::now_ms() as i64),
                why.as_str().into(),
            ],
        )?;
        self.changes.notify();
        Ok(true)
    }

    /// `POST /privacy/sweep`, from its region's index: links what it never linked (a
    /// conversation from before the index), then sweeps as its alarm would.
    pub(crate) async fn swept(&self) -> worker::Result<Response> {
        let result = async {
            let sql = self.state.storage().sql();
            if placed(&sql)?.is_none() {
                return Err(ApiError::new(
                    ErrorCode::NotFound,
                    "nothing was written here",
                ));
            }
            let linked: Vec<Row> = sql
                .exec("SELECT key FROM subjects_linked LIMIT 1", None)?
                .to_array()?;
            if linked.is_empty() {
                let stored = SqlLog::new(&sql, StoredPersonalData::Masked).after(0, 100_000)?;
                let written: Vec<&str> = stored
                    .iter()
                    .filter(|m| m.author == Author::Shopper)
                    .map(|m| m.text.as_str())
                    .collect();
                if let Some(session) = object_session::last(&sql)? {
                    self.link_subjects(&session, &written.join("\n")).await;
                }
            }
            self.sweep_retention().await?;
            Ok(json_response(r#"{"ok":true}"#, 200)?)
        }
        .await;
        result.or_else(ApiError::into_response)
    }

    /// Retention's part of the alarm: expired messages go (every one: the conversation),
    /// then the clock is set for the next to expire.
    pub(crate) async fn sweep_retention(&self) -> Result<(), ApiError> {
        let sql = self.state.storage().sql();
        let Some(p) = placed(&sql)? else {
            return Ok(());
        };
        let config = Config::of(&self.env);
        let Some(store) = Self::store(&config, &p.merchant) else {
            return Ok(());
        };
        let keep_secs = store.privacy.retention_secs(p.region);
        let log = SqlLog::new(&sql, store.privacy.stored(p.region));
        match retention::sweep(log.span()?, keep_secs, crate::clock::now_ms()) {
            Sweep::Nothing => {}
            Sweep::Whole => {
                self.erase(Why::Retention).await?;
                return Ok(());
            }
            Sweep::Before(cutoff) => {
                let expired = log.expire(cutoff)?;
                crate::notes::expire(&sql, cutoff)?;
                let backend = config.backends()?.get(p.region);
                let texts = memory_texts(store, &expired);
                // The messages are gone; the memory is asked again at the next sweep if
                // it cannot be reached now (its entries also age out on their own).
                if let Err(e) =
                    translation_memory::forget(&self.env, p.region, backend, texts).await
                {
                    worker::console_warn!("translation memory not told of expiry: {e}");
                }
            }
        }
        self.arm_retention().await
    }

    /// Wakes the object when its oldest message expires, unless it wakes sooner anyway (a
    /// later alarm, such as a bot turn's retry, is brought forward).
    pub(crate) async fn arm_retention(&self) -> Result<(), ApiError> {
        let storage = self.state.storage();
        let sql = storage.sql();
        let Some(p) = placed(&sql)? else {
            return Ok(());
        };
        let config = Config::of(&self.env);
        let Some(store) = Self::store(&config, &p.merchant) else {
            return Ok(());
        };
        let Some(span) = SqlLog::new(&sql, StoredPersonalData::Masked).span()? else {
            return Ok(());
        };
        let due = retention::next_expiry(span.oldest_ms, store.privacy.retention_secs(p.region));
        match storage.get_alarm().await? {
            Some(at) if at as u64 <= due => Ok(()),
            _ => {
                let offset = due.saturating_sub(crate::clock::now_ms());
                Ok(storage
                    .set_alarm(offset.min(i64::MAX as u64) as i64)
                    .await?)
            }
        }
    }
}

fn unavailable(e: worker::Error) -> ApiError {
    ApiError::new(
        ErrorCode::Unavailable,
        format!("the conversation could not be erased everywhere yet; nothing was removed: {e}"),
    )
}
