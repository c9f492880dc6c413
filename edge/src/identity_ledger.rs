//! The `IdentityLedger` Durable Object, one per store (`identity-ledger:{merchant}`): the
//! identity tokens' `jti`s already taken, as core's replay rule (`session::jti_ledger`)
//! keeps them, in SQLite. The check and the write happen in one request with no await
//! between them, so two requests with the same token cannot both pass. It holds digests
//! and times only, no personal data, so it is not placed by region.

use caravan_core::session::jti_ledger::{self, JtiLedger};
use caravan_core::wire::protocol::ErrorCode;
use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::{
    DurableObject, Env, Method, Request, RequestInit, Response, SqlStorage, SqlStorageValue, State,
    durable_object,
};

use crate::api_error::{ApiError, json_response};
use crate::clock;

/// The binding of the ledgers' namespace.
pub const BINDING: &str = "IDENTITY_LEDGERS";

const SCHEMA: &str =
    "CREATE TABLE IF NOT EXISTS spent (key TEXT PRIMARY KEY, until INTEGER NOT NULL)";

/// What the worker asks: spend `key` (a `jti`'s digest), remembered until `until`.
#[derive(Debug, Deserialize)]
struct Spend {
    key: String,
    until: u64,
}

#[derive(Debug, Deserialize)]
struct Verdict {
    fresh: bool,
}

/// Spends the `jti` digest `key` in `merchant`'s ledger until `until_s`: `true` when it
/// was not taken before. Unreachable, the token is not taken (503).
pub async fn spend(env: &Env, merchant: &str, key: &str, until_s: u64) -> Result<bool, ApiError> {
    let unavailable = |e: String| {
        worker::console_error!("identity ledger of {merchant}: {e}");
        ApiError::new(
            ErrorCode::Unavailable,
            "the identity token could not be checked for reuse; try again",
        )
    };
    let body = serde_json::json!({ "key": key, "until": until_s }).to_string();
    let mut init = RequestInit::new();
    init.with_method(Method::Post)
        .with_body(Some(JsValue::from_str(&body)));
    let stub = env
        .durable_object(BINDING)?
        .id_from_name(&format!("identity-ledger:{merchant}"))?
        .get_stub()?;
    let request = Request::new_with_init("https://identity-ledger.internal/spend", &init)?;
    let mut response = stub
        .fetch_with_request(request)
        .await
        .map_err(|e| unavailable(e.to_string()))?;
    if response.status_code() != 200 {
        return Err(unavailable(format!("status {}", response.status_code())));
    }
    let verdict: Verdict = response
        .json()
        .await
        .map_err(|e| unavailable(e.to_string()))?;
    Ok(verdict.fresh)
}

/// Core's ledger over the object's SQLite.
struct SqlLedger<'a>(&'a SqlStorage);

impl JtiLedger for SqlLedger<'_> {
    type Error = worker::Error;

    fn until(&self, key: &str) -> worker::Result<Option<u64>> {
        #[derive(Deserialize)]
        struct Row {
            until: f64,
        }
        let rows: Vec<Row> = self
            .0
            .exec("SELECT until FROM spent WHERE key = ?", vec![key.into()])?
            .to_array()?;
        Ok(rows.first().map(|r| r.until as u64))
    }

    fn record(&mut self, key: &str, until_s: u64) -> worker::Result<()> {
        self.0.exec(
            "INSERT OR REPLACE INTO spent (key, until) VALUES (?, ?)",
            vec![key.into(), SqlStorageValue::Integer(until_s as i64)],
        )?;
        Ok(())
    }

    fn forget_before(&mut self, now_s: u64) -> worker::Result<()> {
        self.0.exec(
            "DELETE FROM spent WHERE until <= ?",
            vec![SqlStorageValue::Integer(now_s as i64)],
        )?;
        Ok(())
    }
}

#[durable_object]
#[allow(missing_debug_implementations)] // `State` has no Debug.
pub struct IdentityLedger {
    state: State,
}

impl DurableObject for IdentityLedger {
    fn new(state: State, _env: Env) -> Self {
        if let Err(e) = state.storage().sql().exec(SCHEMA, None) {
            worker::console_error!("identity ledger schema: {e}");
        }
        Self { state }
    }

    async fn fetch(&self, mut req: Request) -> worker::Result<Response> {
        if req.method() != Method::Post || req.path() != "/spend" {
            return ApiError::new(ErrorCode::NotFound, "no such ledger route").into_response();
        }
        let ask = match req.json::<Spend>().await {
            Ok(ask) if jti_ledger::is_key(&ask.key) => ask,
            _ => {
                return ApiError::new(ErrorCode::InvalidRequest, "a jti digest and a time")
                    .into_response();
            }
        };
        // From here to the answer nothing awaits: the check and the write are one step.
        let sql = self.state.storage().sql();
        let fresh =
            jti_ledger::spend(&mut SqlLedger(&sql), &ask.key, ask.until, clock::now_secs())?;
        json_response(&serde_json::json!({ "fresh": fresh }).to_string(), 200)
    }
}
