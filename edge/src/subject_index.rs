//! A region's index of data subjects for one store, kept in its `HandoffQueue` object
//! beside the inbox index: which conversations a subject's key (core's
//! `compliance::subject`, a hash, never the address itself) is linked to. Conversations add
//! the keys of what their shopper wrote; a rights request finds conversations by them; an
//! erased conversation's entries go with it.

use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::{Method, Request, RequestInit, Response, SqlStorage, SqlStorageValue, Stub};

use crate::api_error::{ApiError, json_response};
use caravan_core::wire::protocol::ErrorCode;

pub const SCHEMA: &str = "CREATE TABLE IF NOT EXISTS subjects (
    key TEXT NOT NULL,
    conversation TEXT NOT NULL,
    PRIMARY KEY (key, conversation)
)";
/// Keys one call adds or asks about at most.
const MAX_KEYS: usize = 64;

#[derive(Deserialize)]
struct Keys {
    #[serde(default)]
    conversation: Option<String>,
    keys: Vec<String>,
}

fn well_formed(keys: &[String]) -> bool {
    keys.len() <= MAX_KEYS
        && keys
            .iter()
            .all(|k| k.len() == 32 && k.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The index's routes inside the queue object: `POST /subjects/add`, `POST /subjects/find`.
pub async fn handle(sql: &SqlStorage, req: &mut Request) -> worker::Result<Response> {
    let Ok(body) = req.json::<Keys>().await else {
        return ApiError::new(ErrorCode::InvalidRequest, "keys expected").into_response();
    };
    if !well_formed(&body.keys) {
        return ApiError::new(ErrorCode::InvalidRequest, "malformed keys").into_response();
    }
    match (req.path().as_str(), body.conversation) {
        ("/subjects/add", Some(conversation)) => {
            for key in body.keys {
                sql.exec(
                    "INSERT OR IGNORE INTO subjects (key, conversation) VALUES (?, ?)",
                    vec![key.into(), conversation.as_str().into()],
                )?;
            }
            json_response(r#"{"ok":true}"#, 200)
        }
        ("/subjects/find", None) => {
            #[derive(Deserialize)]
            struct Row {
                conversation: String,
            }
            let mut found: Vec<String> = Vec::new();
            for key in body.keys {
                let rows: Vec<Row> = sql
                    .exec(
                        "SELECT conversation FROM subjects WHERE key = ?",
                        vec![SqlStorageValue::from(key)],
                    )?
                    .to_array()?;
                for row in rows {
                    if !found.contains(&row.conversation) {
                        found.push(row.conversation);
                    }
                }
            }
            found.sort();
            json_response(
                &serde_json::json!({ "conversations": found }).to_string(),
                200,
            )
        }
        _ => ApiError::new(ErrorCode::NotFound, "no such index route").into_response(),
    }
}

/// Forgets every entry of `conversation` (the queue object does it with its other rows).
pub fn forget(sql: &SqlStorage, conversation: &str) -> worker::Result<()> {
    sql.exec(
        "DELETE FROM subjects WHERE conversation = ?",
        vec![conversation.into()],
    )?;
    Ok(())
}

async fn post(stub: &Stub, path: &str, body: serde_json::Value) -> worker::Result<Response> {
    let mut init = RequestInit::new();
    init.with_method(Method::Post)
        .with_body(Some(JsValue::from_str(&body.to_string())));
    let req = Request::new_with_init(&format!("https://queue.internal{path}"), &init)?;
    let response = stub.fetch_with_request(req).await?;
    match response.status_code() {
        200 => Ok(response),
        status => Err(worker::Error::RustError(format!(
            "subject index answered {status}"
        ))),
    }
}

/// Links `conversation` to `keys` in the index.
pub async fn add(stub: &Stub, conversation: &str, keys: &[String]) -> worker::Result<()> {
    for chunk in keys.chunks(MAX_KEYS) {
        post(
            stub,
            "/subjects/add",
            serde_json::json!({ "conversation": conversation, "keys": chunk }),
        )
        .await?;
    }
    Ok(())
}

/// The conversations linked to any of `keys`.
pub async fn find(stub: &Stub, keys: &[String]) -> worker::Result<Vec<String>> {
    #[derive(Deserialize)]
    struct Found {
        conversations: Vec<String>,
    }
    let mut all = Vec::new();
    for chunk in keys.chunks(MAX_KEYS) {
        let found: Found = post(stub, "/subjects/find", serde_json::json!({ "keys": chunk }))
            .await?
            .json()
            .await?;
        all.extend(found.conversations);
    }
    all.sort();
    all.dedup();
    Ok(all)
}

/// Asks the queue object to forget `conversation`: its queue place, inbox row and subjects.
pub async fn forget_everywhere(stub: &Stub, conversation: &str) -> worker::Result<()> {
    post(
        stub,
        "/forget",
        serde_json::json!({ "conversation": conversation }),
    )
    .await
    .map(|_| ())
}
