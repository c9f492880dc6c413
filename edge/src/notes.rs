//! A conversation's private notes in its object's SQLite: a table of their own, apart from
//! the message log, so nothing that serves the shopper (frames, resume, poll) can read them.

use caravan_core::agents::note::Note;
use serde::Deserialize;
use worker::{SqlStorage, SqlStorageValue};

use crate::sql_log::SqlLogError;

const SCHEMA: &str = "CREATE TABLE IF NOT EXISTS notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    note TEXT NOT NULL,
    at INTEGER NOT NULL
)";
/// Notes a read returns: the latest, oldest first (a conversation rarely has more than a few).
const PAGE: i64 = 200;

pub fn create_schema(sql: &SqlStorage) -> Result<(), SqlLogError> {
    sql.exec(SCHEMA, None)?;
    Ok(())
}

pub fn add(sql: &SqlStorage, note: &Note) -> Result<(), SqlLogError> {
    let text = serde_json::to_string(note).unwrap_or_default();
    sql.exec(
        "INSERT INTO notes (note, at) VALUES (?, ?)",
        vec![text.into(), SqlStorageValue::Integer(note.at_ms as i64)],
    )?;
    Ok(())
}

/// Removes the notes written before `before_ms` (retention).
pub fn expire(sql: &SqlStorage, before_ms: u64) -> Result<(), SqlLogError> {
    sql.exec(
        "DELETE FROM notes WHERE at < ?",
        vec![SqlStorageValue::Integer(before_ms as i64)],
    )?;
    Ok(())
}

pub fn all(sql: &SqlStorage) -> Result<Vec<Note>, SqlLogError> {
    #[derive(Deserialize)]
    struct Row {
        note: String,
    }
    let rows: Vec<Row> = sql
        .exec(
            "SELECT note FROM (SELECT id, note FROM notes ORDER BY id DESC LIMIT ?) ORDER BY id",
            vec![SqlStorageValue::Integer(PAGE)],
        )?
        .to_array()?;
    // Written by this object from a note: each row reads back.
    Ok(rows
        .iter()
        .filter_map(|r| serde_json::from_str(&r.note).ok())
        .collect())
}
