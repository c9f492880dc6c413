//! [`ConversationLog`] on a Durable Object's SQLite storage.
//!
//! SQL calls inside one event are committed together, and the runtime holds outgoing
//! messages until the write is durable, so an ack never outruns its message.

use caravan_core::conversation::{ConversationLog, StoredMessage};
use caravan_core::ids::ClientMessageId;
use caravan_core::protocol::Author;
use serde::Deserialize;
use worker::{SqlStorage, SqlStorageValue};

const SCHEMA: &str = "CREATE TABLE IF NOT EXISTS messages (
    seq INTEGER PRIMARY KEY,
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    at INTEGER NOT NULL,
    client_id TEXT UNIQUE,
    lang TEXT
)";

/// Columns added after the first release, for objects whose table predates them.
const ADDED_COLUMNS: &[&str] = &["lang TEXT"];

#[derive(Debug, thiserror::Error)]
#[error("conversation storage: {0}")]
pub struct SqlLogError(String);

impl From<worker::Error> for SqlLogError {
    fn from(e: worker::Error) -> Self {
        SqlLogError(e.to_string())
    }
}

pub struct SqlLog<'a> {
    sql: &'a SqlStorage,
}

#[derive(Deserialize)]
struct Row {
    seq: f64,
    author: String,
    text: String,
    at: f64,
    client_id: Option<String>,
    lang: Option<String>,
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
    pub fn new(sql: &'a SqlStorage) -> Self {
        Self { sql }
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
        self.sql.exec(
            "INSERT INTO messages (seq, author, text, at, client_id, lang) VALUES (?, ?, ?, ?, ?, ?)",
            vec![
                int(m.seq),
                m.author.as_str().into(),
                m.text.as_str().into(),
                int(m.at),
                m.id.map(|id| id.to_string()).into(),
                m.lang.clone().into(),
            ],
        )?;
        Ok(())
    }

    fn after(&self, after: u64, limit: usize) -> Result<Vec<StoredMessage>, Self::Error> {
        let rows: Vec<Row> = self
            .sql
            .exec(
                "SELECT seq, author, text, at, client_id, lang FROM messages WHERE seq > ? ORDER BY seq LIMIT ?",
                vec![int(after), int(limit as u64)],
            )?
            .to_array()?;
        rows.into_iter()
            .map(|r| {
                let author = Author::parse(&r.author)
                    .ok_or_else(|| SqlLogError(format!("unknown author {:?}", r.author)))?;
                Ok(StoredMessage {
                    seq: r.seq as u64,
                    author,
                    text: r.text,
                    at: r.at as u64,
                    id: r.client_id.as_deref().and_then(ClientMessageId::parse),
                    lang: r.lang,
                })
            })
            .collect()
    }
}
