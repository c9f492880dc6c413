//! The bot dialogue's state of one conversation (core's `Dialogue`), one JSON row in the
//! conversation object's SQLite. A conversation stored before the bot had a dialogue has
//! no row and starts with the bot; state written by an older build reads through core's
//! serde defaults.

use caravan_core::bot::dialogue::Dialogue;
use caravan_core::store::privacy_settings::StoredPersonalData;
use serde::Deserialize;
use worker::SqlStorage;

use crate::sql_log::SqlLogError;

const SCHEMA: &str = "CREATE TABLE IF NOT EXISTS dialogue (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    state TEXT NOT NULL
)";

pub fn create_schema(sql: &SqlStorage) -> Result<(), SqlLogError> {
    sql.exec(SCHEMA, None)?;
    Ok(())
}

/// The stored dialogue, or a new one. A row that no longer parses is reported and
/// replaced by a new dialogue: the conversation's messages are untouched either way.
pub fn read(sql: &SqlStorage) -> Result<Dialogue, SqlLogError> {
    #[derive(Deserialize)]
    struct Row {
        state: String,
    }
    let rows: Vec<Row> = sql
        .exec("SELECT state FROM dialogue WHERE id = 1", None)?
        .to_array()?;
    Ok(match rows.into_iter().next() {
        Some(row) => serde_json::from_str(&row.state).unwrap_or_else(|e| {
            worker::console_error!("dialogue state unreadable, starting over: {e}");
            Dialogue::default()
        }),
        None => Dialogue::default(),
    })
}

/// Writes `dialogue`; the address a shopper left is stored as the store's setting says.
pub fn write(
    sql: &SqlStorage,
    dialogue: &Dialogue,
    stored: StoredPersonalData,
) -> Result<(), SqlLogError> {
    let dialogue = &Dialogue {
        email: dialogue.email.as_deref().map(|e| stored.apply(e)),
        ..dialogue.clone()
    };
    let state = serde_json::to_string(dialogue)
        .map_err(|e| SqlLogError::from(worker::Error::RustError(e.to_string())))?;
    sql.exec(
        "INSERT OR REPLACE INTO dialogue (id, state) VALUES (1, ?)",
        vec![state.into()],
    )?;
    Ok(())
}
