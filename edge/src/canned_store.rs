//! A store's canned replies, in its agent directory's SQLite (the home region: they are
//! the store's words, like its knowledge base, and hold no shopper's data).

use caravan_core::agents::canned::{CannedReply, MAX_REPLIES};
use caravan_core::wire::protocol::ErrorCode;
use serde::Deserialize;
use serde_json::{Value, json};
use worker::{Response, SqlStorage};

use crate::api_error::{ApiError, json_response};

pub const SCHEMA: &str =
    "CREATE TABLE IF NOT EXISTS canned (id TEXT PRIMARY KEY, reply TEXT NOT NULL)";

fn all(sql: &SqlStorage) -> Result<Vec<CannedReply>, ApiError> {
    #[derive(Deserialize)]
    struct Row {
        reply: String,
    }
    let rows: Vec<Row> = sql
        .exec("SELECT reply FROM canned ORDER BY id", None)?
        .to_array()?;
    // Validated before they were stored: each reads back.
    Ok(rows
        .iter()
        .filter_map(|r| serde_json::from_str(&r.reply).ok())
        .collect())
}

/// The directory's `/canned/*` calls: `list`, `put` (a reply) and `delete` (`{id}`).
pub fn handle(sql: &SqlStorage, call: &str, body: Value) -> Result<Response, ApiError> {
    match call {
        "list" => Ok(json_response(
            &json!({ "replies": all(sql)? }).to_string(),
            200,
        )?),
        "put" => {
            let reply: CannedReply = serde_json::from_value(body)
                .map_err(|e| ApiError::new(ErrorCode::InvalidRequest, e.to_string()))?;
            let reply = reply
                .validated()
                .map_err(|e| ApiError::new(ErrorCode::InvalidRequest, e.to_string()))?;
            let known = all(sql)?;
            if known.len() >= MAX_REPLIES && !known.iter().any(|r| r.id == reply.id) {
                return Err(ApiError::new(
                    ErrorCode::Conflict,
                    format!("a store keeps at most {MAX_REPLIES} canned replies"),
                ));
            }
            let text = serde_json::to_string(&reply)
                .map_err(|e| ApiError::new(ErrorCode::Internal, e.to_string()))?;
            sql.exec(
                "INSERT OR REPLACE INTO canned (id, reply) VALUES (?, ?)",
                vec![reply.id.as_str().into(), text.into()],
            )?;
            Ok(json_response(&json!({ "reply": reply }).to_string(), 200)?)
        }
        "delete" => {
            let id = body["id"].as_str().unwrap_or_default();
            let found = all(sql)?.iter().any(|r| r.id == id);
            if !found {
                return Err(ApiError::new(ErrorCode::NotFound, "no such canned reply"));
            }
            sql.exec("DELETE FROM canned WHERE id = ?", vec![id.into()])?;
            Ok(json_response("{}", 200)?)
        }
        _ => Err(ApiError::new(ErrorCode::NotFound, "no such directory call")),
    }
}
