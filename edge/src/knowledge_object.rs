//! The `Knowledge` Durable Object: one store's knowledge base, an entry per SQLite row and
//! a version that grows with every change. The admin API writes it; conversations read
//! its version every turn and the whole base when the version moved
//! (`knowledge_cache.rs`). Every change goes through core's `KnowledgeBase`, so an entry
//! is validated again here whoever sends it.

use caravan_core::knowledge::base::{KbError, KnowledgeBase};
use caravan_core::knowledge::entry::Entry;
use caravan_core::wire::protocol::ErrorCode;
use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::{
    DurableObject, Env, Method, Request, RequestInit, Response, SqlStorage, SqlStorageValue, State,
    Stub, durable_object,
};

use crate::api_error::{ApiError, json_response};

/// The binding of the knowledge objects' namespace.
pub const BINDING: &str = "KNOWLEDGE";

const SCHEMA: [&str; 2] = [
    "CREATE TABLE IF NOT EXISTS entries (id TEXT PRIMARY KEY, entry TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS meta (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)",
];

/// The knowledge object of `merchant` (one per store; a store's FAQ is its own words, not
/// a shopper's data, so it is not placed by region).
pub fn stub(env: &Env, merchant: &str) -> worker::Result<Stub> {
    env.durable_object(BINDING)?
        .id_from_name(&format!("kb:{merchant}"))?
        .get_stub()
}

/// A request to a knowledge object.
pub fn request(method: Method, path: &str, body: Option<String>) -> worker::Result<Request> {
    let mut init = RequestInit::new();
    init.with_method(method);
    if let Some(body) = body {
        init.with_body(Some(JsValue::from_str(&body)));
    }
    Request::new_with_init(&format!("https://knowledge.internal{path}"), &init)
}

impl From<KbError> for ApiError {
    fn from(e: KbError) -> Self {
        let code = match e {
            KbError::Full => ErrorCode::PayloadTooLarge,
            _ => ErrorCode::InvalidRequest,
        };
        ApiError::new(code, e.to_string())
    }
}

#[durable_object]
#[allow(missing_debug_implementations)] // `State` has no Debug.
pub struct Knowledge {
    state: State,
}

fn stored_version(sql: &SqlStorage) -> worker::Result<u64> {
    #[derive(Deserialize)]
    struct Version {
        version: f64,
    }
    let rows: Vec<Version> = sql
        .exec("SELECT version FROM meta WHERE id = 1", None)?
        .to_array()?;
    Ok(rows.first().map_or(0, |v| v.version as u64))
}

fn load(sql: &SqlStorage) -> worker::Result<KnowledgeBase> {
    #[derive(Deserialize)]
    struct Row {
        entry: String,
    }
    #[derive(Deserialize)]
    struct Version {
        version: f64,
    }
    let version: Vec<Version> = sql
        .exec("SELECT version FROM meta WHERE id = 1", None)?
        .to_array()?;
    let rows: Vec<Row> = sql
        .exec("SELECT entry FROM entries ORDER BY id", None)?
        .to_array()?;
    let mut kb = KnowledgeBase {
        version: version.first().map_or(0, |v| v.version as u64),
        ..KnowledgeBase::default()
    };
    for row in rows {
        // Written by this object from a validated entry.
        if let Ok(entry) = serde_json::from_str::<Entry>(&row.entry) {
            kb.entries.insert(entry.id.clone(), entry);
        }
    }
    Ok(kb)
}

/// Writes `kb`'s version and the rows of `changed` (every row when `None`: a replacement);
/// an id `kb` no longer holds is deleted.
fn store(sql: &SqlStorage, kb: &KnowledgeBase, changed: Option<Vec<String>>) -> worker::Result<()> {
    let ids = match changed {
        Some(ids) => ids,
        None => {
            sql.exec("DELETE FROM entries", None)?;
            kb.entries.keys().cloned().collect()
        }
    };
    for id in ids {
        match kb.entries.get(&id) {
            Some(entry) => {
                let json = serde_json::to_string(entry)
                    .map_err(|e| worker::Error::RustError(e.to_string()))?;
                sql.exec(
                    "INSERT OR REPLACE INTO entries (id, entry) VALUES (?, ?)",
                    vec![id.into(), json.into()],
                )?;
            }
            None => {
                sql.exec("DELETE FROM entries WHERE id = ?", vec![id.into()])?;
            }
        }
    }
    sql.exec(
        "INSERT OR REPLACE INTO meta (id, version) VALUES (1, ?)",
        vec![SqlStorageValue::Integer(kb.version as i64)],
    )?;
    Ok(())
}

fn version_body(kb: &KnowledgeBase, count: Option<usize>) -> worker::Result<Response> {
    let body = match count {
        Some(count) => serde_json::json!({ "version": kb.version, "count": count }),
        None => serde_json::json!({ "version": kb.version }),
    };
    json_response(&body.to_string(), 200)
}

impl DurableObject for Knowledge {
    fn new(state: State, _env: Env) -> Self {
        let sql = state.storage().sql();
        for statement in SCHEMA {
            if let Err(e) = sql.exec(statement, None) {
                worker::console_error!("knowledge schema: {e}");
            }
        }
        Self { state }
    }

    async fn fetch(&self, mut req: Request) -> worker::Result<Response> {
        let sql = self.state.storage().sql();
        let path = req.path();
        // Asked on every bot answer: the version alone, no entry parsed.
        if path == "/version" {
            return json_response(
                &serde_json::json!({ "version": stored_version(&sql)? }).to_string(),
                200,
            );
        }
        // The body first: no await may fall between reading the base and writing it back,
        // or two writes could both start from the same version.
        let body = match req.method() {
            Method::Put | Method::Post => Some(req.text().await?),
            _ => None,
        };
        let body = body.unwrap_or_default();
        let mut kb = load(&sql)?;
        let result: Result<Response, ApiError> = async {
            match (req.method(), path.as_str()) {
                (Method::Get, "/base") => Ok(json_response(
                    &serde_json::to_string(&kb)
                        .map_err(|e| ApiError::new(ErrorCode::Internal, e.to_string()))?,
                    200,
                )?),
                (Method::Get, p) if p.starts_with("/entry/") => {
                    match kb.entries.get(&p["/entry/".len()..]) {
                        Some(entry) => Ok(json_response(
                            &serde_json::to_string(entry).unwrap_or_default(),
                            200,
                        )?),
                        None => Err(ApiError::new(ErrorCode::NotFound, "no such entry")),
                    }
                }
                (Method::Delete, p) if p.starts_with("/entry/") => {
                    let id = p["/entry/".len()..].to_owned();
                    if !kb.delete(&id) {
                        return Err(ApiError::new(ErrorCode::NotFound, "no such entry"));
                    }
                    store(&sql, &kb, Some(vec![id]))?;
                    Ok(version_body(&kb, None)?)
                }
                (Method::Put, "/entry") => {
                    let entry: Entry = serde_json::from_str(&body)
                        .map_err(|e| ApiError::new(ErrorCode::InvalidRequest, e.to_string()))?;
                    let id = entry.id.clone();
                    kb.put(entry)?;
                    store(&sql, &kb, Some(vec![id]))?;
                    Ok(version_body(&kb, None)?)
                }
                (Method::Post, "/merge") | (Method::Put, "/replace") => {
                    let entries: Vec<Entry> = serde_json::from_str(&body)
                        .map_err(|e| ApiError::new(ErrorCode::InvalidRequest, e.to_string()))?;
                    let (count, changed) = if path == "/merge" {
                        let ids = entries.iter().map(|e| e.id.clone()).collect();
                        (kb.merge(entries)?, Some(ids))
                    } else {
                        (kb.replace(entries)?, None)
                    };
                    store(&sql, &kb, changed)?;
                    Ok(version_body(&kb, Some(count))?)
                }
                _ => Err(ApiError::new(
                    ErrorCode::NotFound,
                    "no such knowledge route",
                )),
            }
        }
        .await;
        result.or_else(ApiError::into_response)
    }
}
