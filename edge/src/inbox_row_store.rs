//! A conversation's inbox row in its object's SQLite: core's `InboxRow`, one row, as JSON.

use caravan_core::agents::inbox::InboxRow;
use serde::Deserialize;
use worker::SqlStorage;

use crate::sql_log::SqlLogError;

const SCHEMA: &str = "CREATE TABLE IF NOT EXISTS inbox_row (id INTEGER PRIMARY KEY CHECK (id = 1), row TEXT NOT NULL)";

pub fn create_schema(sql: &SqlStorage) -> Result<(), SqlLogError> {
    sql.exec(SCHEMA, None)?;
    Ok(())
}

pub fn read(sql: &SqlStorage) -> Result<InboxRow, SqlLogError> {
    #[derive(Deserialize)]
    struct Stored {
        row: String,
    }
    let rows: Vec<Stored> = sql
        .exec("SELECT row FROM inbox_row WHERE id = 1", None)?
        .to_array()?;
    // Written by this object from a row; a row this build cannot read starts afresh.
    Ok(rows
        .first()
        .and_then(|r| serde_json::from_str(&r.row).ok())
        .unwrap_or_default())
}

pub fn write(sql: &SqlStorage, row: &InboxRow) -> Result<(), SqlLogError> {
    let text = serde_json::to_string(row).unwrap_or_default();
    sql.exec(
        "INSERT OR REPLACE INTO inbox_row (id, row) VALUES (1, ?)",
        vec![text.into()],
    )?;
    Ok(())
}
