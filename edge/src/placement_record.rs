//! What a conversation object remembers about where it was placed: the region and
//! merchant of the session that first wrote to it. Written with the first message, checked
//! on every connect, so an object never serves a session pinned to another region.

use serde::{Deserialize, Serialize};
use worker::SqlStorage;

use crate::sql_log::SqlLogError;

const SCHEMA: &str = "CREATE TABLE IF NOT EXISTS placement (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    region TEXT NOT NULL,
    merchant TEXT NOT NULL,
    created_at INTEGER NOT NULL
)";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlacementRecord {
    pub region: String,
    pub merchant: String,
}

/// The locale the shopper last wrote in: agent replies are translated into it.
const LOCALE_SCHEMA: &str = "CREATE TABLE IF NOT EXISTS shopper_locale (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    locale TEXT NOT NULL
)";

pub fn create_schema(sql: &SqlStorage) -> Result<(), SqlLogError> {
    sql.exec(SCHEMA, None)?;
    sql.exec(LOCALE_SCHEMA, None)?;
    Ok(())
}

pub fn remember_locale(sql: &SqlStorage, tag: &str) -> Result<(), SqlLogError> {
    sql.exec(
        "INSERT OR REPLACE INTO shopper_locale (id, locale) VALUES (1, ?)",
        vec![tag.into()],
    )?;
    Ok(())
}

pub fn shopper_locale(sql: &SqlStorage) -> Result<Option<String>, SqlLogError> {
    #[derive(Deserialize)]
    struct Row {
        locale: String,
    }
    let rows: Vec<Row> = sql
        .exec("SELECT locale FROM shopper_locale WHERE id = 1", None)?
        .to_array()?;
    Ok(rows.into_iter().next().map(|r| r.locale))
}

pub fn read(sql: &SqlStorage) -> Result<Option<PlacementRecord>, SqlLogError> {
    let rows: Vec<PlacementRecord> = sql
        .exec("SELECT region, merchant FROM placement WHERE id = 1", None)?
        .to_array()?;
    Ok(rows.into_iter().next())
}

/// Records the placement unless one is already there (the first writer wins).
pub fn record(sql: &SqlStorage, record: &PlacementRecord, now_ms: u64) -> Result<(), SqlLogError> {
    sql.exec(
        "INSERT OR IGNORE INTO placement (id, region, merchant, created_at) VALUES (1, ?, ?, ?)",
        vec![
            record.region.as_str().into(),
            record.merchant.as_str().into(),
            worker::SqlStorageValue::Integer(now_ms as i64),
        ],
    )?;
    Ok(())
}

/// Messages stored, for the placement report.
pub fn message_count(sql: &SqlStorage) -> Result<u64, SqlLogError> {
    #[derive(Deserialize)]
    struct Count {
        n: f64,
    }
    let row: Count = sql
        .exec("SELECT COUNT(*) AS n FROM messages", None)?
        .one()?;
    Ok(row.n as u64)
}
