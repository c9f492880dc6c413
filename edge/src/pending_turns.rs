//! The bot's turns still owed, in the conversation object's SQLite: written with the
//! shopper's message (no await between, so both are committed together), deleted once the
//! turn ran. A turn cut short (the object evicted or restarted after the ack) runs at the
//! next message or at the object's alarm, in order: no shopper message goes unanswered.

use serde::Deserialize;
use worker::{SqlStorage, SqlStorageValue};

use crate::sql_log::SqlLogError;

const SCHEMA: &str = "CREATE TABLE IF NOT EXISTS pending_turns (
    seq INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    choice TEXT
)";

pub fn create_schema(sql: &SqlStorage) -> Result<(), SqlLogError> {
    sql.exec(SCHEMA, None)?;
    Ok(())
}

/// The turn owed to shopper message `seq`.
pub fn add(
    sql: &SqlStorage,
    seq: u64,
    text: &str,
    choice: Option<&str>,
) -> Result<(), SqlLogError> {
    sql.exec(
        "INSERT OR REPLACE INTO pending_turns (seq, text, choice) VALUES (?, ?, ?)",
        vec![
            SqlStorageValue::Integer(seq as i64),
            text.into(),
            choice.map(str::to_owned).into(),
        ],
    )?;
    Ok(())
}

/// The oldest turn owed: its message's seq, text and tapped quick reply.
pub fn oldest(sql: &SqlStorage) -> Result<Option<(u64, String, Option<String>)>, SqlLogError> {
    #[derive(Deserialize)]
    struct Row {
        seq: f64,
        text: String,
        choice: Option<String>,
    }
    let rows: Vec<Row> = sql
        .exec(
            "SELECT seq, text, choice FROM pending_turns ORDER BY seq LIMIT 1",
            None,
        )?
        .to_array()?;
    Ok(rows
        .into_iter()
        .next()
        .map(|r| (r.seq as u64, r.text, r.choice)))
}

pub fn done(sql: &SqlStorage, seq: u64) -> Result<(), SqlLogError> {
    sql.exec(
        "DELETE FROM pending_turns WHERE seq = ?",
        vec![SqlStorageValue::Integer(seq as i64)],
    )?;
    Ok(())
}
