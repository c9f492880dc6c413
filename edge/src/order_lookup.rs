//! Order lookups at the edge: core's lookup decides every call and every wait; this file
//! reads the merchant's secret, makes the calls (each under core's timeout) and sleeps
//! when told. What went wrong is logged for the operator, never shown to the shopper.

use std::time::Duration;

use caravan_core::orders::lookup::{
    CALL_TIMEOUT_MS, Failure, HttpCall, Next, OrderLookup, Outcome, Signing,
};
use caravan_core::orders::source::Credentials;
use caravan_core::store::order_settings::OrderSettings;
use futures_util::future::{Either, select};
use wasm_bindgen::JsValue;
use worker::{AbortController, Delay, Env, Fetch, Headers, Method, Request, RequestInit};

use crate::{clock, config, random};

/// Calls one lookup may make, whatever core says (a bound against a loop, not a budget).
const MAX_CALLS: usize = 8;

fn signing() -> Signing {
    let nonce = random::random_bytes::<16>()
        .map(|b| b.iter().map(|x| format!("{x:02x}")).collect())
        .unwrap_or_else(|_| clock::now_ms().to_string());
    Signing {
        now_s: clock::now_secs(),
        nonce,
    }
}

enum Answered {
    Status {
        status: u16,
        retry_after: Option<String>,
        body: String,
    },
    Failed(Failure),
}

async fn perform(call: &HttpCall) -> Answered {
    let failed = |e: worker::Error| {
        worker::console_warn!("order lookup call failed: {e}");
        Answered::Failed(Failure::Network)
    };
    let headers = Headers::new();
    for (name, value) in &call.headers {
        if let Err(e) = headers.set(name, value) {
            return failed(e);
        }
    }
    let mut init = RequestInit::new();
    init.with_method(if call.method == "POST" {
        Method::Post
    } else {
        Method::Get
    })
    .with_headers(headers)
    .with_body(call.body.as_deref().map(JsValue::from_str));
    let request = match Request::new_with_init(&call.url, &init) {
        Ok(request) => request,
        Err(e) => return failed(e),
    };
    let controller = AbortController::default();
    let signal = controller.signal();
    let send = std::pin::pin!(async move {
        let mut response = Fetch::Request(request).send_with_signal(&signal).await?;
        let retry_after = response.headers().get("retry-after").ok().flatten();
        Ok::<_, worker::Error>((response.status_code(), retry_after, response.text().await?))
    });
    let timer = std::pin::pin!(Delay::from(Duration::from_millis(CALL_TIMEOUT_MS)));
    match select(send, timer).await {
        Either::Left((Ok((status, retry_after, body)), _)) => Answered::Status {
            status,
            retry_after,
            body,
        },
        Either::Left((Err(e), _)) => failed(e),
        Either::Right(_) => {
            controller.abort();
            Answered::Failed(Failure::Timeout)
        }
    }
}

/// Looks order `number` up in the store `settings` name.
pub async fn look_up(env: &Env, settings: &OrderSettings, number: &str) -> Outcome {
    let source = &settings.source;
    let Some(secret) = config::secret(env, &source.secret) else {
        worker::console_error!("order lookups: secret {} is not set", source.secret);
        return Outcome::Unavailable("no credentials".into());
    };
    let credentials = match Credentials::parse(source.platform, &secret) {
        Ok(credentials) => credentials,
        Err(e) => {
            worker::console_error!("order lookups: secret {}: {e}", source.secret);
            return Outcome::Unavailable("bad credentials".into());
        }
    };
    // A number no store's search may receive is never sent: no such order.
    let Some((mut lookup, mut call)) = OrderLookup::start(source, credentials, number, &signing())
    else {
        return Outcome::NotFound;
    };
    for _ in 0..MAX_CALLS {
        let next = match perform(&call).await {
            Answered::Status {
                status,
                retry_after,
                body,
            } => lookup.answered(status, retry_after.as_deref(), &body, &signing()),
            Answered::Failed(failure) => lookup.failed(failure, &signing()),
        };
        match next {
            Next::Done(outcome) => {
                if let Outcome::Unavailable(why) = &outcome {
                    worker::console_warn!("order lookup at {}: {why}", source.origin);
                }
                return outcome;
            }
            Next::Call {
                call: again,
                after_ms,
            } => {
                if after_ms > 0 {
                    Delay::from(Duration::from_millis(after_ms)).await;
                }
                call = again;
            }
        }
    }
    Outcome::Unavailable("too many calls".into())
}
