//! One order lookup as a state machine: the HTTP calls it needs (Shopify: one GraphQL
//! query; Magento: the order search, then its shipments), and what to do with each answer:
//! read it, wait and ask again (throttled, a 5xx, a dropped connection), or give up with
//! "unavailable". The edge only performs the calls, each under [`CALL_TIMEOUT_MS`].

use crate::orders::oauth1;
use crate::orders::order::{Answer, Order};
use crate::orders::source::{Credentials, OrderSource, Platform};
use crate::orders::{magento, shopify};

/// Longest wait for one call; a slow store is not asked twice (the shopper is waiting).
pub const CALL_TIMEOUT_MS: u64 = 5_000;
/// Calls per step at most (the first and two more).
const MAX_TRIES: u32 = 3;
/// Waiting between calls, in all, before the shopper hears "unavailable" instead.
const MAX_WAITING_MS: u64 = 4_000;
/// The first pause after a 5xx or a dropped connection; doubled each time.
const BACKOFF_MS: u64 = 250;

/// An HTTP call for the shell to make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpCall {
    pub method: &'static str,
    pub url: String,
    pub headers: Vec<(&'static str, String)>,
    pub body: Option<String>,
}

/// What signing a call needs that core does not have: the time and a fresh nonce.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signing {
    pub now_s: u64,
    pub nonce: String,
}

/// What the shell does next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    /// Make `call` after waiting `after_ms`.
    Call {
        call: HttpCall,
        after_ms: u64,
    },
    Done(Outcome),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Found(Order),
    NotFound,
    /// The store's system did not answer usefully; why, for the logs (never the shopper).
    Unavailable(String),
}

/// How a call failed without an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    Timeout,
    Network,
}

#[derive(Debug, Clone)]
enum Phase {
    Order,
    /// Magento: the order is found, its shipments are asked for.
    Shipments {
        order: Box<Order>,
        entity_id: u64,
    },
}

#[derive(Debug, Clone)]
pub struct OrderLookup {
    source: OrderSource,
    credentials: Credentials,
    number: String,
    phase: Phase,
    tries: u32,
    waited_ms: u64,
}

impl OrderLookup {
    /// The lookup of order `number` and its first call; `None` when the number is not one a
    /// store's search may receive (the shopper hears "no match", nothing is sent).
    pub fn start(
        source: &OrderSource,
        credentials: Credentials,
        number: &str,
        signing: &Signing,
    ) -> Option<(OrderLookup, HttpCall)> {
        let lookup = OrderLookup {
            source: source.clone(),
            credentials,
            number: number.to_owned(),
            phase: Phase::Order,
            tries: 1,
            waited_ms: 0,
        };
        let call = lookup.call(signing)?;
        Some((lookup, call))
    }

    fn call(&self, signing: &Signing) -> Option<HttpCall> {
        let origin = &self.source.origin;
        let (method, url, body) = match (&self.phase, self.source.platform) {
            (Phase::Order, Platform::Shopify) => (
                "POST",
                shopify::endpoint_at(origin),
                Some(shopify::request_body(&self.number)?),
            ),
            (Phase::Order, _) => ("GET", magento::orders_url(origin, &self.number)?, None),
            (Phase::Shipments { entity_id, .. }, _) => {
                ("GET", magento::shipments_url(origin, *entity_id), None)
            }
        };
        let mut headers = vec![("accept", "application/json".to_owned())];
        if body.is_some() {
            headers.push(("content-type", "application/json".to_owned()));
        }
        headers.push(match &self.credentials {
            Credentials::Token(token) if self.source.platform == Platform::Shopify => {
                ("x-shopify-access-token", token.clone())
            }
            Credentials::Token(token) => ("authorization", format!("Bearer {token}")),
            Credentials::OAuth1(creds) => (
                "authorization",
                oauth1::authorization(method, &url, creds, signing.now_s, &signing.nonce),
            ),
        });
        Some(HttpCall {
            method,
            url,
            headers,
            body,
        })
    }

    /// The store answered `status` with `body` (`retry_after`: the header, if any).
    pub fn answered(
        &mut self,
        status: u16,
        retry_after: Option<&str>,
        body: &str,
        signing: &Signing,
    ) -> Next {
        match status {
            200 => self.read(body, signing),
            429 => {
                let wait = retry_after
                    .and_then(|s| s.trim().parse::<f64>().ok())
                    .filter(|s| s.is_finite() && *s >= 0.0)
                    .map_or(1_000, |s| (s * 1000.0) as u64);
                self.again(wait, "throttled (429)", signing)
            }
            500..=599 => {
                let wait = BACKOFF_MS << (self.tries - 1);
                self.again(wait, &format!("HTTP {status}"), signing)
            }
            401 | 403 => self.give_up(format!("credentials refused (HTTP {status})")),
            _ => self.give_up(format!("HTTP {status}")),
        }
    }

    /// The call got no answer.
    pub fn failed(&mut self, failure: Failure, signing: &Signing) -> Next {
        match failure {
            Failure::Timeout => self.give_up("timed out".into()),
            Failure::Network => {
                let wait = BACKOFF_MS << (self.tries - 1);
                self.again(wait, "network error", signing)
            }
        }
    }

    fn read(&mut self, body: &str, signing: &Signing) -> Next {
        let answer = match (&self.phase, self.source.platform) {
            (Phase::Order, Platform::Shopify) => shopify::read(body),
            (Phase::Order, _) => {
                let (answer, entity_id) = magento::read_orders(body);
                if let (Answer::Found(order), Some(entity_id)) = (&answer, entity_id) {
                    self.phase = Phase::Shipments {
                        order: Box::new(order.clone()),
                        entity_id,
                    };
                    self.tries = 1;
                    return match self.call(signing) {
                        Some(call) => Next::Call { call, after_ms: 0 },
                        None => self.give_up("no shipments call".into()),
                    };
                }
                answer
            }
            (Phase::Shipments { order, .. }, _) => {
                let mut order = (**order).clone();
                order.shipments = magento::read_shipments(body);
                Answer::Found(order)
            }
        };
        match answer {
            Answer::Found(order) => Next::Done(Outcome::Found(order)),
            Answer::NotFound => Next::Done(Outcome::NotFound),
            Answer::Throttled { wait_ms } => self.again(wait_ms, "throttled", signing),
            Answer::Unreadable(why) => self.give_up(why),
        }
    }

    fn again(&mut self, wait_ms: u64, why: &str, signing: &Signing) -> Next {
        // `wait_ms` comes from the store (Retry-After, Shopify's costs) and may be huge.
        let within =
            self.tries < MAX_TRIES && self.waited_ms.saturating_add(wait_ms) <= MAX_WAITING_MS;
        match self.call(signing).filter(|_| within) {
            Some(call) => {
                self.tries += 1;
                self.waited_ms += wait_ms;
                Next::Call {
                    call,
                    after_ms: wait_ms,
                }
            }
            None => self.give_up(format!("{why}, not asked again")),
        }
    }

    /// Magento's order without its tracks still answers the shopper.
    fn give_up(&mut self, why: String) -> Next {
        match &self.phase {
            Phase::Shipments { order, .. } => Next::Done(Outcome::Found((**order).clone())),
            Phase::Order => Next::Done(Outcome::Unavailable(why)),
        }
    }
}

#[cfg(test)]
#[path = "lookup_tests.rs"]
mod tests;
