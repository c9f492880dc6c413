//! The verified session a conversation object acts for: kept on each socket across
//! hibernation (so its stored form keeps the token's compact names), and the latest one
//! remembered in the object's SQLite for work done without a request (the alarm's handoff
//! retry). The identity a store vouched for reaches the object only this way, in the
//! claims the worker verified.

use caravan_core::compliance::subject::Subject;
use caravan_core::session::identity_token;
use caravan_core::session::token::SessionClaims;
use caravan_core::store::merchant::Merchant;
use caravan_core::store::privacy_settings::StoredPersonalData;
use serde::{Deserialize, Serialize};
use worker::SqlStorage;

use crate::config::Config;
use crate::sql_log::SqlLogError;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Session {
    #[serde(rename = "loc")]
    pub locale: String,
    #[serde(rename = "reg")]
    pub region: String,
    #[serde(rename = "mer")]
    pub merchant: String,
    /// Absent on sockets accepted before it existed.
    #[serde(default, rename = "cty")]
    pub country: Option<String>,
    /// The conversation id (the object's name); absent on sockets accepted before it existed.
    #[serde(default, rename = "cid")]
    pub conversation: Option<String>,
    /// The shopper's time zone; absent on sockets accepted before it existed.
    #[serde(default, rename = "tz")]
    pub time_zone: Option<String>,
    /// The e-mail address the store vouched for, and until when (Unix seconds); absent
    /// while the shopper is anonymous.
    #[serde(default, rename = "vem", skip_serializing_if = "Option::is_none")]
    pub vouched_email: Option<String>,
    #[serde(default, rename = "vex", skip_serializing_if = "Option::is_none")]
    pub vouched_until: Option<u64>,
    /// The store's customer id it vouched for, until the same time.
    #[serde(default, rename = "vsu", skip_serializing_if = "Option::is_none")]
    pub vouched_customer: Option<String>,
}

impl From<SessionClaims> for Session {
    fn from(claims: SessionClaims) -> Self {
        Self {
            locale: claims.loc,
            region: claims.reg,
            merchant: claims.mer,
            country: claims.cty,
            conversation: Some(claims.cid),
            time_zone: claims.tz,
            vouched_email: claims.vem,
            vouched_until: claims.vex,
            vouched_customer: claims.vsu,
        }
    }
}

impl Session {
    /// The store this session talks to, as configured now.
    pub fn store<'a>(&self, config: &'a Config) -> Option<&'a Merchant> {
        config.merchants().ok()?.get(&self.merchant)
    }

    /// The session as it may be remembered in storage: under a store's `masked` setting
    /// without the identity it vouched for (a turn run after a restart does without it).
    pub fn for_storage(&self, stored: StoredPersonalData) -> Session {
        match stored {
            StoredPersonalData::Original => self.clone(),
            StoredPersonalData::Masked => Session {
                vouched_email: None,
                vouched_customer: None,
                vouched_until: None,
                ..self.clone()
            },
        }
    }

    /// The data subjects the store vouched this shopper is, while that holds at `now_s`.
    pub fn vouched_subjects(&self, now_s: u64) -> Vec<Subject> {
        let holds = self.vouched_until.is_some_and(|until| now_s <= until);
        let email = self
            .vouched_email
            .as_deref()
            .and_then(|e| Subject::email(e).ok());
        let customer = self
            .vouched_customer
            .as_deref()
            .and_then(|c| Subject::customer(c).ok());
        [email, customer]
            .into_iter()
            .flatten()
            .filter(|_| holds)
            .collect()
    }

    /// The e-mail address the store vouched for, while it holds at `now_s`.
    pub fn vouched_email(&self, now_s: u64) -> Option<&str> {
        identity_token::vouched_email(self.vouched_email.as_deref(), self.vouched_until, now_s)
    }
}

const SCHEMA: &str = "CREATE TABLE IF NOT EXISTS last_session (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    session TEXT NOT NULL
)";

pub fn create_schema(sql: &SqlStorage) -> Result<(), SqlLogError> {
    sql.exec(SCHEMA, None)?;
    Ok(())
}

/// Remembers the session of the latest shopper message.
pub fn remember(sql: &SqlStorage, session: &Session) -> Result<(), SqlLogError> {
    let json = serde_json::to_string(session)
        .map_err(|e| SqlLogError::from(worker::Error::RustError(e.to_string())))?;
    sql.exec(
        "INSERT OR REPLACE INTO last_session (id, session) VALUES (1, ?)",
        vec![json.into()],
    )?;
    Ok(())
}

/// The session of the latest shopper message, if any was remembered.
pub fn last(sql: &SqlStorage) -> Result<Option<Session>, SqlLogError> {
    #[derive(Deserialize)]
    struct Row {
        session: String,
    }
    let rows: Vec<Row> = sql
        .exec("SELECT session FROM last_session WHERE id = 1", None)?
        .to_array()?;
    Ok(rows
        .into_iter()
        .next()
        .and_then(|r| serde_json::from_str(&r.session).ok()))
}
