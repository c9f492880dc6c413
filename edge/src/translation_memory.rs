//! The translation memory of one region: a `TranslationMemory` Durable Object per region,
//! placed like the region's conversations (same jurisdiction or hint), holding provider
//! answers as masked text (personal data is a placeholder, never stored here). Conversation
//! objects reach it through [`RegionMemory`].

use std::cell::Cell;
use std::time::Duration;

use caravan_core::residency::backends::Backend;
use caravan_core::residency::region::Region;
use caravan_core::translation::memory::{MemoryKey, MemoryStore};
use caravan_core::wire::protocol::ErrorCode;
use futures_util::future::{Either, select};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;
use worker::{
    Delay, DurableObject, Env, Method, Request, RequestInit, Response, SqlStorageValue, State,
    Stub, durable_object,
};

use crate::api_error::{ApiError, json_response};
use crate::backend;

/// The binding of the memory objects' namespace.
pub const BINDING: &str = "TRANSLATION_MEMORY";
/// The memory object's name in `region`: the region is in the name, since an object's id
/// comes from its name alone and regions placed by location hint share a namespace.
fn object_name(region: Region) -> String {
    format!("translation-memory:{}", region.as_str())
}
/// Entries kept per region; the least recently used go first.
const MAX_ENTRIES: u64 = 100_000;
/// Trim to `MAX_ENTRIES` once every so many writes (a count scans the table).
const TRIM_EVERY: u32 = 256;
/// A memory lookup slower than this is a miss: the pipeline never waits on its cache.
const LOOKUP_TIMEOUT: Duration = Duration::from_millis(800);

const SCHEMA: &str = "CREATE TABLE IF NOT EXISTS memory (
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    text TEXT NOT NULL,
    translation TEXT NOT NULL,
    used_at INTEGER NOT NULL,
    PRIMARY KEY (source, target, text)
)";

#[derive(Serialize, Deserialize)]
struct Entry {
    source: String,
    target: String,
    text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    translation: Option<String>,
}

#[durable_object]
#[allow(missing_debug_implementations)] // `State` has no Debug.
pub struct TranslationMemory {
    state: State,
    writes: Cell<u32>,
}

impl DurableObject for TranslationMemory {
    fn new(state: State, _env: Env) -> Self {
        let sql = state.storage().sql();
        let schema = sql.exec(SCHEMA, None).and_then(|_| {
            sql.exec(
                "CREATE INDEX IF NOT EXISTS memory_used ON memory (used_at)",
                None,
            )
        });
        if let Err(e) = schema {
            worker::console_error!("translation memory schema: {e}");
        }
        Self {
            state,
            writes: Cell::new(0),
        }
    }

    async fn fetch(&self, mut req: Request) -> worker::Result<Response> {
        if req.path() == "/forget" {
            return self.forget(&mut req).await;
        }
        let entry: Entry = match req.json().await {
            Ok(entry) => entry,
            Err(e) => {
                return ApiError::new(ErrorCode::InvalidRequest, e.to_string()).into_response();
            }
        };
        let sql = self.state.storage().sql();
        let now = SqlStorageValue::Integer(crate::clock::now_ms() as i64);
        let key = || -> Vec<SqlStorageValue> {
            vec![
                entry.source.as_str().into(),
                entry.target.as_str().into(),
                entry.text.as_str().into(),
            ]
        };
        match (req.path().as_str(), &entry.translation) {
            ("/get", _) => {
                #[derive(Deserialize)]
                struct Row {
                    translation: String,
                }
                let rows: Vec<Row> = sql
                    .exec(
                        "SELECT translation FROM memory WHERE source = ? AND target = ? AND text = ?",
                        key(),
                    )?
                    .to_array()?;
                let found = rows.into_iter().next().map(|r| r.translation);
                if found.is_some() {
                    let mut touch = vec![now];
                    touch.extend(key());
                    sql.exec(
                        "UPDATE memory SET used_at = ? WHERE source = ? AND target = ? AND text = ?",
                        touch,
                    )?;
                }
                json_response(
                    &serde_json::json!({ "translation": found }).to_string(),
                    200,
                )
            }
            ("/put", Some(translation)) => {
                let mut values = key();
                values.push(translation.as_str().into());
                values.push(now);
                sql.exec(
                    "INSERT OR REPLACE INTO memory (source, target, text, translation, used_at) VALUES (?, ?, ?, ?, ?)",
                    values,
                )?;
                self.writes.set(self.writes.get().wrapping_add(1));
                if self.writes.get().is_multiple_of(TRIM_EVERY) {
                    sql.exec(
                        "DELETE FROM memory WHERE rowid IN (SELECT rowid FROM memory ORDER BY used_at DESC LIMIT -1 OFFSET ?)",
                        vec![SqlStorageValue::Integer(MAX_ENTRIES as i64)],
                    )?;
                }
                json_response(r#"{"ok":true}"#, 200)
            }
            _ => ApiError::new(ErrorCode::NotFound, "no such memory route").into_response(),
        }
    }
}

/// Texts a forget call names at most.
const MAX_FORGET: usize = 1_000;

/// What an erased or expired conversation had translated: its texts as the pipeline masked
/// them, into any language.
#[derive(Serialize, Deserialize)]
struct Forget {
    texts: Vec<(String, String)>,
}

impl TranslationMemory {
    /// `POST /forget`: every entry of those texts, whatever language it was translated into.
    async fn forget(&self, req: &mut Request) -> worker::Result<Response> {
        let forget: Forget = match req.json().await {
            Ok(f) => f,
            Err(e) => {
                return ApiError::new(ErrorCode::InvalidRequest, e.to_string()).into_response();
            }
        };
        if forget.texts.len() > MAX_FORGET {
            return ApiError::new(ErrorCode::PayloadTooLarge, "too many texts").into_response();
        }
        let sql = self.state.storage().sql();
        for (source, text) in forget.texts {
            sql.exec(
                "DELETE FROM memory WHERE source = ? AND text = ?",
                vec![source.into(), text.into()],
            )?;
        }
        json_response(r#"{"ok":true}"#, 200)
    }
}

/// Asks `region`'s memory to forget `texts` (language, masked text): `Ok` once it has, or
/// when the region keeps no memory here.
pub async fn forget(
    env: &Env,
    region: Region,
    backend: Option<&Backend>,
    texts: Vec<(String, String)>,
) -> worker::Result<()> {
    let Some(backend) = backend else {
        return Ok(());
    };
    let stub = backend::regional_stub(env, backend, Some(BINDING), &object_name(region))?;
    for chunk in texts.chunks(MAX_FORGET) {
        let body = serde_json::to_string(&Forget {
            texts: chunk.to_vec(),
        })
        .map_err(|e| worker::Error::RustError(e.to_string()))?;
        let mut init = RequestInit::new();
        init.with_method(Method::Post)
            .with_body(Some(JsValue::from_str(&body)));
        let request = Request::new_with_init("https://memory.internal/forget", &init)?;
        let status = stub.fetch_with_request(request).await?.status_code();
        if status != 200 {
            return Err(worker::Error::RustError(format!(
                "translation memory answered {status}"
            )));
        }
    }
    Ok(())
}

/// The memory of the region a conversation lives in, as the pipeline's [`MemoryStore`].
#[allow(missing_debug_implementations)] // `Stub` has no Debug.
pub struct RegionMemory {
    stub: Option<Stub>,
}

impl RegionMemory {
    /// The memory placed like `backend`; without one (an origin backend, a missing
    /// binding) every lookup is a miss.
    pub fn of(env: &Env, region: Region, backend: Option<&Backend>) -> Self {
        let stub = backend.and_then(|b| {
            backend::regional_stub(env, b, Some(BINDING), &object_name(region))
                .map_err(|e| worker::console_warn!("translation memory unavailable: {e}"))
                .ok()
        });
        Self { stub }
    }

    async fn call(&self, path: &str, entry: &Entry) -> Option<Response> {
        let stub = self.stub.as_ref()?;
        let mut init = RequestInit::new();
        init.with_method(Method::Post)
            .with_body(Some(JsValue::from_str(&serde_json::to_string(entry).ok()?)));
        let request =
            Request::new_with_init(&format!("https://memory.internal{path}"), &init).ok()?;
        let call = std::pin::pin!(stub.fetch_with_request(request));
        let timer = std::pin::pin!(Delay::from(LOOKUP_TIMEOUT));
        match select(call, timer).await {
            Either::Left((Ok(response), _)) if response.status_code() == 200 => Some(response),
            Either::Left((Ok(response), _)) => {
                worker::console_warn!("translation memory answered {}", response.status_code());
                None
            }
            Either::Left((Err(e), _)) => {
                worker::console_warn!("translation memory: {e}");
                None
            }
            Either::Right(_) => None,
        }
    }
}

fn entry(key: &MemoryKey, translation: Option<&str>) -> Entry {
    Entry {
        source: key.source.clone(),
        target: key.target.clone(),
        text: key.text.clone(),
        translation: translation.map(str::to_owned),
    }
}

impl MemoryStore for RegionMemory {
    async fn get(&self, key: &MemoryKey) -> Option<String> {
        #[derive(Deserialize)]
        struct Found {
            translation: Option<String>,
        }
        let mut response = self.call("/get", &entry(key, None)).await?;
        response.json::<Found>().await.ok()?.translation
    }

    async fn put(&self, key: &MemoryKey, translation: &str) {
        self.call("/put", &entry(key, Some(translation))).await;
    }
}
