//! [`ConversationLog`] on a Durable Object's SQLite storage.
//!
//! SQL calls inside one event are committed together, and the runtime holds outgoing
//! messages until the write is durable, so an ack never outruns its message.

use caravan_core::compliance::retention::Span;
use caravan_core::conversation::rules::{ConversationLog, StoredMessage};
use caravan_core::store::privacy_settings::StoredPersonalData;
use caravan_core::wire::card;
use caravan_core::wire::ids::ClientMessageId;
use caravan_core::wire::message_translation::{MessageTranslation, TranslationState};
use caravan_core::wire::protocol::Author;
use caravan_core::wire::quick_reply::{self, Stage};
use serde::Deserialize;
use worker::{SqlStorage, SqlStorageValue};

const SCHEMA: &str = "CREATE TABLE IF NOT EXISTS messages (
    seq INTEGER PRIMARY KEY,
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    at INTEGER NOT NULL,
    client_id TEXT UNIQUE,
    lang TEXT,
    tr_state TEXT,
    tr_lang TEXT,
    tr_text TEXT,
    tr_via TEXT,
    tr_why TEXT,
    choices TEXT,
    stage TEXT,
    card TEXT
)";

/// Columns added after the first release, for objects whose table predates them.
const ADDED_COLUMNS: &[&str] = &[
    "lang TEXT",
    "tr_state TEXT",
    "tr_lang TEXT",
    "tr_text TEXT",
    "tr_via TEXT",
    "tr_why TEXT",
    "choices TEXT",
    "stage TEXT",
    "card TEXT",
];

const COLUMNS: &str = "seq, author, text, at, client_id, lang, tr_state, tr_lang, tr_text, tr_via, tr_why, choices, stage, card";

#[derive(Debug, thiserror::Error)]
#[error("conversation storage: {0}")]
pub struct SqlLogError(String);

impl From<worker::Error> for SqlLogError {
    fn from(e: worker::Error) -> Self {
        SqlLogError(e.to_string())
    }
}

/// The log of one object; what it writes passes the store's [`StoredPersonalData`] first
/// (card numbers never stored, the rest masked if the store says so).
pub struct SqlLog<'a> {
    sql: &'a SqlStorage,
    stored: StoredPersonalData,
}

#[derive(Deserialize)]
struct Row {
    seq: f64,
    author: String,
    text: String,
    at: f64,
    client_id: Option<String>,
    lang: Option<String>,
    tr_state: Option<String>,
    tr_lang: Option<String>,
    tr_text: Option<String>,
    tr_via: Option<String>,
    tr_why: Option<String>,
    /// Quick replies, as the wire's `ch` field spells them.
    #[serde(default)]
    choices: Option<String>,
    #[serde(default)]
    stage: Option<String>,
    /// A card, as the wire's `cd` field spells it.
    #[serde(default)]
    card: Option<String>,
}

impl Row {
    fn into_message(self) -> Result<StoredMessage, SqlLogError> {
        let author = Author::parse(&self.author)
            .ok_or_else(|| SqlLogError(format!("unknown author {:?}", self.author)))?;
        let translation = match (
            self.tr_state.as_deref().and_then(TranslationState::parse),
            self.tr_lang,
        ) {
            (Some(state), Some(lang)) => Some(MessageTranslation {
                state,
                lang,
                text: self.tr_text,
                via: self.tr_via,
                reason: self.tr_why,
            }),
            _ => None,
        };
        Ok(StoredMessage {
            seq: self.seq as u64,
            author,
            text: self.text,
            at: self.at as u64,
            id: self.client_id.as_deref().and_then(ClientMessageId::parse),
            lang: self.lang,
            translation,
            choices: self
                .choices
                .as_deref()
                .map_or_else(Vec::new, quick_reply::decode),
            stage: self.stage.as_deref().and_then(Stage::parse),
            card: self.card.as_deref().map_or_else(Vec::new, card::decode),
        })
    }
}

/// The translation columns' values, in `COLUMNS` order.
fn translation_values(t: Option<&MessageTranslation>) -> Vec<SqlStorageValue> {
    vec![
        t.map(|t| t.state.as_str().to_owned()).into(),
        t.map(|t| t.lang.clone()).into(),
        t.and_then(|t| t.text.clone()).into(),
        t.and_then(|t| t.via.clone()).into(),
        t.and_then(|t| t.reason.clone()).into(),
    ]
}

#[derive(Deserialize)]
struct SeqRow {
    seq: Option<f64>,
}

/// Creates the table if this object has none yet, and adds the columns an older table
/// lacks; run once when the object starts.
pub fn create_schema(sql: &SqlStorage) -> Result<(), SqlLogError> {
    sql.exec(SCHEMA, None)?;
    #[derive(Deserialize)]
    struct Column {
        name: String,
    }
    let present: Vec<Column> = sql
        .exec("SELECT name FROM pragma_table_info('messages')", None)?
        .to_array()?;
    for column in ADDED_COLUMNS {
        let name = column.split(' ').next().unwrap_or(column);
        if !present.iter().any(|c| c.name == name) {
            sql.exec(&format!("ALTER TABLE messages ADD COLUMN {column}"), None)?;
        }
    }
    Ok(())
}

impl<'a> SqlLog<'a> {
    pub fn new(sql: &'a SqlStorage, stored: StoredPersonalData) -> Self {
        Self { sql, stored }
    }

    /// When the oldest and newest messages were stored; `None` when there are none.
    pub fn span(&self) -> Result<Option<Span>, SqlLogError> {
        #[derive(Deserialize)]
        struct Times {
            oldest: Option<f64>,
            newest: Option<f64>,
        }
        let t: Times = self
            .sql
            .exec(
                "SELECT MIN(at) AS oldest, MAX(at) AS newest FROM messages",
                None,
            )?
            .one()?;
        Ok(t.oldest.zip(t.newest).map(|(o, n)| Span {
            oldest_ms: o as u64,
            newest_ms: n as u64,
        }))
    }

    /// Removes the messages stored before `before_ms` and returns them (their translation
    /// memory is forgotten next).
    pub fn expire(&self, before_ms: u64) -> Result<Vec<StoredMessage>, SqlLogError> {
        let rows: Vec<Row> = self
            .sql
            .exec(
                &format!("SELECT {COLUMNS} FROM messages WHERE at < ? ORDER BY seq"),
                vec![int(before_ms)],
            )?
            .to_array()?;
        self.sql
            .exec("DELETE FROM messages WHERE at < ?", vec![int(before_ms)])?;
        rows.into_iter().map(Row::into_message).collect()
    }
}

// Sequence numbers, limits and millisecond times stay far below 2^53, so JS numbers hold
// them exactly.
fn int(n: u64) -> SqlStorageValue {
    SqlStorageValue::Integer(n as i64)
}

impl ConversationLog for SqlLog<'_> {
    type Error = SqlLogError;

    fn last_seq(&self) -> Result<u64, Self::Error> {
        let row: SeqRow = self
            .sql
            .exec("SELECT MAX(seq) AS seq FROM messages", None)?
            .one()?;
        Ok(row.seq.unwrap_or(0.0) as u64)
    }

    fn seq_of(&self, id: ClientMessageId) -> Result<Option<u64>, Self::Error> {
        let rows: Vec<SeqRow> = self
            .sql
            .exec(
                "SELECT seq FROM messages WHERE client_id = ?",
                vec![id.to_string().into()],
            )?
            .to_array()?;
        Ok(rows.first().and_then(|r| r.seq).map(|s| s as u64))
    }

    fn append(&mut self, m: &StoredMessage) -> Result<(), Self::Error> {
        let m = &self.stored.message(m);
        let mut values = vec![
            int(m.seq),
            m.author.as_str().into(),
            m.text.as_str().into(),
            int(m.at),
            m.id.map(|id| id.to_string()).into(),
            m.lang.clone().into(),
        ];
        values.extend(translation_values(m.translation.as_ref()));
        values.push(quick_reply::encode(&m.choices).into());
        values.push(m.stage.map(|s| s.as_str().to_owned()).into());
        values.push(card::encode(&m.card).into());
        self.sql.exec(
            &format!(
                "INSERT INTO messages ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            ),
            values,
        )?;
        Ok(())
    }

    fn after(&self, after: u64, limit: usize) -> Result<Vec<StoredMessage>, Self::Error> {
        let rows: Vec<Row> = self
            .sql
            .exec(
                &format!("SELECT {COLUMNS} FROM messages WHERE seq > ? ORDER BY seq LIMIT ?"),
                vec![int(after), int(limit as u64)],
            )?
            .to_array()?;
        rows.into_iter().map(Row::into_message).collect()
    }

    fn set_translation(
        &mut self,
        seq: u64,
        translation: Option<&MessageTranslation>,
    ) -> Result<(), Self::Error> {
        let translation = translation.map(|t| self.stored.translation(t));
        let mut values = translation_values(translation.as_ref());
        values.push(int(seq));
        self.sql.exec(
            "UPDATE messages SET tr_state = ?, tr_lang = ?, tr_text = ?, tr_via = ?, tr_why = ? WHERE seq = ?",
            values,
        )?;
        Ok(())
    }

    fn pending_translations(&self, limit: usize) -> Result<Vec<StoredMessage>, Self::Error> {
        let rows: Vec<Row> = self
            .sql
            .exec(
                &format!(
                    "SELECT {COLUMNS} FROM messages WHERE tr_state = 'pending' ORDER BY seq LIMIT ?"
                ),
                vec![int(limit as u64)],
            )?
            .to_array()?;
        rows.into_iter().map(Row::into_message).collect()
    }
}
