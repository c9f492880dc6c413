//! What an erasure leaves in a conversation object: one row saying when and why it was
//! erased (no personal data), so a token still naming the conversation reads `gone`; and
//! the data subjects' keys it linked in its region's index, until it is erased.

use caravan_core::wire::protocol::ErrorCode;
use serde::Deserialize;
use worker::SqlStorage;

use crate::api_error::ApiError;
use crate::sql_log::SqlLogError;

const SCHEMA: [&str; 2] = [
    "CREATE TABLE IF NOT EXISTS erased (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    at INTEGER NOT NULL,
    why TEXT NOT NULL
)",
    // Subjects' keys (hashes) this conversation is linked to, and whether the index has them.
    "CREATE TABLE IF NOT EXISTS subjects_linked (
    key TEXT PRIMARY KEY,
    linked INTEGER NOT NULL
)",
];

pub fn create_schema(sql: &SqlStorage) -> Result<(), SqlLogError> {
    for statement in SCHEMA {
        sql.exec(statement, None)?;
    }
    Ok(())
}

/// When this conversation was erased (Unix ms), if it was.
pub fn erased_at(sql: &SqlStorage) -> Result<Option<u64>, SqlLogError> {
    #[derive(Deserialize)]
    struct Row {
        at: f64,
    }
    let rows: Vec<Row> = sql
        .exec("SELECT at FROM erased WHERE id = 1", None)?
        .to_array()?;
    Ok(rows.first().map(|r| r.at as u64))
}

/// What an erased conversation answers every request with.
pub fn gone() -> ApiError {
    ApiError::new(
        ErrorCode::Gone,
        "this conversation was erased; start a new one",
    )
}
