//! A Cloudflare Access team's signing keys, fetched from its certs endpoint and kept in the
//! isolate for a few minutes (Access rotates keys every six weeks and keeps the old one
//! valid a week). A token naming a key the kept set lacks fetches again once, at most every
//! few seconds, so a flood of made-up key ids is not a flood of requests to the team.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::time::Duration;

use caravan_core::agents::access_keys::AccessKeys;
use caravan_core::store::access_settings::AccessSettings;
use caravan_core::wire::protocol::ErrorCode;
use futures_util::future::{Either, select};
use worker::{AbortController, Delay, Fetch, Headers, Method, Request, RequestInit};

use crate::api_error::ApiError;
use crate::clock;

/// How long fetched keys are used before they are fetched again.
const KEEP_MS: u64 = 5 * 60_000;
/// How long kept keys still verify while the team's certs cannot be fetched.
const STALE_MS: u64 = 60 * 60_000;
/// The least time between two fetches for one team.
const REFETCH_MIN_MS: u64 = 5_000;
/// One fetch of the certs, at most.
const TIMEOUT_MS: u64 = 3_000;
/// A certs document is a few kilobytes.
const MAX_BODY: usize = 64 * 1024;

struct Kept {
    /// `None` until a fetch worked.
    keys: Option<AccessKeys>,
    fetched_ms: u64,
    /// The last fetch, whether it worked or not.
    tried_ms: u64,
}

thread_local! {
    /// By certs URL.
    static KEPT: RefCell<BTreeMap<String, Kept>> = const { RefCell::new(BTreeMap::new()) };
}

fn unavailable() -> ApiError {
    ApiError::new(
        ErrorCode::Unavailable,
        "the team's sign-in keys cannot be read now; try again, or sign in with your password",
    )
}

async fn fetch(url: &str) -> Result<AccessKeys, String> {
    let headers = Headers::new();
    headers
        .set("accept", "application/json")
        .map_err(|e| e.to_string())?;
    let mut init = RequestInit::new();
    init.with_method(Method::Get).with_headers(headers);
    let request = Request::new_with_init(url, &init).map_err(|e| e.to_string())?;
    let controller = AbortController::default();
    let signal = controller.signal();
    let send = std::pin::pin!(async move {
        let mut response = Fetch::Request(request).send_with_signal(&signal).await?;
        Ok::<_, worker::Error>((response.status_code(), response.text().await?))
    });
    let timer = std::pin::pin!(Delay::from(Duration::from_millis(TIMEOUT_MS)));
    let (status, body) = match select(send, timer).await {
        Either::Left((answer, _)) => answer.map_err(|e| e.to_string())?,
        Either::Right(_) => {
            controller.abort();
            return Err("timed out".into());
        }
    };
    if status != 200 {
        return Err(format!("status {status}"));
    }
    if body.len() > MAX_BODY {
        return Err("too large".into());
    }
    AccessKeys::parse(&body).map_err(|e| e.to_string())
}

/// The team's keys: those kept, unless they are old or `missing_kid` says a newer key
/// signs now (then fetched again, if the last fetch was not just now). A fetch that fails
/// holds the next one back as a success does; meanwhile keys fetched within the last hour
/// still verify (Access keeps a replaced key valid for a week).
pub async fn keys(settings: &AccessSettings, missing_kid: bool) -> Result<AccessKeys, ApiError> {
    let url = settings.certs_url();
    let now = clock::now_ms();
    let kept = KEPT.with_borrow(|kept| {
        kept.get(&url).map(|k| {
            (
                k.keys.clone(),
                now.saturating_sub(k.fetched_ms),
                now.saturating_sub(k.tried_ms),
            )
        })
    });
    let (keys, age, tried) = kept.unwrap_or((None, u64::MAX, u64::MAX));
    let just_tried = tried < REFETCH_MIN_MS;
    if let Some(keys) = &keys
        && age < KEEP_MS
        && (!missing_kid || just_tried)
    {
        return Ok(keys.clone());
    }
    let stale = keys.filter(|_| age < STALE_MS);
    if just_tried {
        return stale.ok_or_else(unavailable);
    }
    let fetched = fetch(&url).await;
    let now = clock::now_ms();
    KEPT.with_borrow_mut(|kept| {
        let entry = kept.entry(url.clone()).or_insert(Kept {
            keys: None,
            fetched_ms: 0,
            tried_ms: now,
        });
        entry.tried_ms = now;
        if let Ok(keys) = &fetched {
            entry.keys = Some(keys.clone());
            entry.fetched_ms = now;
        }
    });
    match fetched {
        Ok(keys) => Ok(keys),
        Err(e) => {
            worker::console_warn!("access certs at {url}: {e}");
            stale.ok_or_else(unavailable)
        }
    }
}
