//! Retention's backstop, run by each region's `HandoffQueue` object of a store: every few
//! hours it asks the conversations of its inbox that have been quiet longer than the
//! store's retention to sweep themselves. A conversation keeps its own clock (its alarm,
//! set as it is written to); this reaches those written before that clock existed, or
//! whose alarm was lost. Each one asked also links its stored subjects into the index if
//! it never did (conversations from before the index).

use caravan_core::residency::region::Region;
use serde::Deserialize;
use worker::{Env, Method, Request, RequestInit, SqlStorage, SqlStorageValue, State};

use crate::backend;
use crate::config::Config;

/// How often the index sweeps.
const EVERY_MS: i64 = 6 * 3_600_000;
/// Conversations asked per sweep; more are asked at the next one, an hour later.
const PER_SWEEP: i64 = 100;

pub const SCHEMA: &str = "CREATE TABLE IF NOT EXISTS owner (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    merchant TEXT NOT NULL,
    region TEXT NOT NULL
)";

/// Remembers whose index this is (told by the conversations putting their rows).
pub fn own(sql: &SqlStorage, merchant: &str, region: &str) -> worker::Result<()> {
    sql.exec(
        "INSERT OR IGNORE INTO owner (id, merchant, region) VALUES (1, ?, ?)",
        vec![merchant.into(), region.into()],
    )?;
    Ok(())
}

/// Sets the next sweep unless one is set.
pub async fn arm(state: &State) -> worker::Result<()> {
    let storage = state.storage();
    match storage.get_alarm().await? {
        Some(_) => Ok(()),
        None => storage.set_alarm(EVERY_MS).await,
    }
}

/// Asks the quiet conversations to sweep; `Ok(n)`: how many were asked.
pub async fn run(state: &State, env: &Env) -> worker::Result<usize> {
    #[derive(Deserialize)]
    struct Owner {
        merchant: String,
        region: String,
    }
    #[derive(Deserialize)]
    struct Row {
        conversation: String,
    }
    let sql = state.storage().sql();
    let Some(owner) = sql
        .exec("SELECT merchant, region FROM owner WHERE id = 1", None)?
        .to_array::<Owner>()?
        .pop()
    else {
        return Ok(0);
    };
    let config = Config::of(env);
    let (Some(region), Ok(merchants)) = (Region::parse(&owner.region), config.merchants()) else {
        return Ok(0);
    };
    let (Some(store), Some(backend)) = (
        merchants.get(&owner.merchant),
        config.backends().ok().and_then(|b| b.get(region)),
    ) else {
        return Ok(0);
    };
    let quiet_since = crate::clock::now_ms()
        .saturating_sub(store.privacy.retention_secs(region).saturating_mul(1000));
    let rows: Vec<Row> = sql
        .exec(
            "SELECT conversation FROM inbox WHERE updated_at < ? ORDER BY updated_at LIMIT ?",
            vec![
                SqlStorageValue::Integer(quiet_since as i64),
                SqlStorageValue::Integer(PER_SWEEP),
            ],
        )?
        .to_array()?;
    for row in &rows {
        let stub = backend::regional_stub(env, backend, None, &row.conversation)?;
        let mut init = RequestInit::new();
        init.with_method(Method::Post);
        let request = Request::new_with_init("https://conversation.internal/privacy/sweep", &init)?;
        let status = stub.fetch_with_request(request).await?.status_code();
        // Erased already, or never written to: its row has nothing behind it.
        if matches!(status, 404 | 410) {
            sql.exec(
                "DELETE FROM inbox WHERE conversation = ?",
                vec![row.conversation.as_str().into()],
            )?;
            crate::subject_index::forget(&sql, &row.conversation)?;
        }
    }
    Ok(rows.len())
}

/// The alarm: sweep, then come back in an hour if there may be more, else in six.
pub async fn alarm(state: &State, env: &Env) -> worker::Result<()> {
    let asked = run(state, env).await?;
    let next = if asked as i64 == PER_SWEEP {
        3_600_000
    } else {
        EVERY_MS
    };
    state.storage().set_alarm(next).await
}
