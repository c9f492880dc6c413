//! The receipts of a store's rights requests, kept by its `AgentDirectory` object in the
//! home region beside the audit log: by the merchant's request id, so a request asked again
//! is answered, not done twice (core's `compliance::receipt::repeat`). A receipt names
//! conversations by id and people masked: it holds no personal data.

use caravan_core::compliance::receipt::Receipt;
use caravan_core::wire::protocol::ErrorCode;
use serde::Deserialize;
use serde_json::{Value, json};
use worker::{Response, SqlStorage, SqlStorageValue};

use crate::api_error::{ApiError, json_response};

pub const SCHEMA: &str = "CREATE TABLE IF NOT EXISTS rights_receipts (
    request_id TEXT PRIMARY KEY,
    receipt TEXT NOT NULL,
    at INTEGER NOT NULL
)";

/// `call` after `/rights/`: `get` `{"request_id"}` or `put` (a receipt).
pub fn handle(sql: &SqlStorage, call: &str, body: Value) -> Result<Response, ApiError> {
    let bad = |e: String| ApiError::new(ErrorCode::InvalidRequest, e);
    match call {
        "get" => {
            #[derive(Deserialize)]
            struct Row {
                receipt: String,
            }
            let id = body["request_id"]
                .as_str()
                .ok_or_else(|| bad("request_id is required".into()))?;
            let rows: Vec<Row> = sql
                .exec(
                    "SELECT receipt FROM rights_receipts WHERE request_id = ?",
                    vec![id.into()],
                )?
                .to_array()?;
            let kept: Option<Value> = rows
                .first()
                .and_then(|r| serde_json::from_str(&r.receipt).ok());
            Ok(json_response(&json!({ "receipt": kept }).to_string(), 200)?)
        }
        "put" => {
            let receipt: Receipt = serde_json::from_value(body).map_err(|e| bad(e.to_string()))?;
            let text = serde_json::to_string(&receipt).map_err(|e| bad(e.to_string()))?;
            sql.exec(
                "INSERT OR REPLACE INTO rights_receipts (request_id, receipt, at) VALUES (?, ?, ?)",
                vec![
                    receipt.request_id.as_str().into(),
                    text.into(),
                    SqlStorageValue::Integer(receipt.at as i64),
                ],
            )?;
            Ok(json_response("{}", 201)?)
        }
        _ => Err(ApiError::new(ErrorCode::NotFound, "no such rights call")),
    }
}
