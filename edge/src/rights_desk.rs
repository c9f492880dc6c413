//! The merchant's rights desk, on the admin API:
//!
//! - `POST /v1/admin/merchants/{m}/privacy/export` (GDPR art. 15/20)
//! - `POST /v1/admin/merchants/{m}/privacy/erase` (GDPR art. 17, the CCPA's delete)
//!
//! with `{"request_id": "…", "email"?, "phone"?, "customer_id"?}`. Every region the store
//! may keep conversations in does its own part where the data lives: its index finds the
//! conversations linked to the person, and each conversation's object exports (masked, as
//! anyone but the shopper sees it) or erases itself. A region another deployment serves is
//! asked through it, with a signed route assertion, for that region only. The answer is a
//! receipt per region, kept by request id in the store's directory with an audit entry:
//! asked again, an erasure that was complete is answered from the receipt.

use caravan_core::compliance::receipt::{
    self, Action, MAX_REQUEST_BYTES, Part, Receipt, RegionPart, Repeat, Request as RightsRequest,
    RequestError,
};
use caravan_core::residency::region::Region;
use caravan_core::residency::routing::{Hop, hop};
use caravan_core::wire::protocol::ErrorCode;
use serde_json::{Value, json};
use worker::{Env, Request, Response};

use crate::access;
use crate::agent_directory;
use crate::api_error::{ApiError, json_response};
use crate::backend;
use crate::config::Config;
use crate::console_api;
use crate::handoff_queue;
use crate::object_call::{Caller, ObjectCall, TIMEOUT};
use crate::request;
use crate::subject_index;

impl From<RequestError> for ApiError {
    fn from(e: RequestError) -> Self {
        ApiError::new(ErrorCode::InvalidRequest, e.to_string())
    }
}

/// One region's part, and the conversations it exported.
struct Done {
    part: Part,
    documents: Vec<Value>,
}

fn unavailable(reason: impl ToString) -> Done {
    Done {
        part: Part::Unavailable {
            reason: reason.to_string(),
        },
        documents: Vec::new(),
    }
}

pub async fn handle(
    mut req: Request,
    env: &Env,
    merchant: &str,
    action: Action,
) -> Result<Response, ApiError> {
    let config = Config::of(env);
    let body = request::body(&mut req, MAX_REQUEST_BYTES, "a rights request").await?;
    let body = String::from_utf8(body)
        .map_err(|_| ApiError::new(ErrorCode::InvalidRequest, "the body must be UTF-8 JSON"))?;
    let asked = RightsRequest::parse(action, &body)?;
    let keys: Vec<String> = asked.subjects.iter().map(|s| s.key(merchant)).collect();
    // A peer deployment asks for the one region it forwards: its part only.
    if let Some(route) = access::peer_route(&req, config.keyring()?)? {
        let done = region_part(
            env,
            &config,
            (&req, &body),
            merchant,
            route.region,
            &keys,
            action,
            true,
        )
        .await;
        let answer = json!({ "part": done.part, "documents": done.documents });
        return Ok(json_response(&answer.to_string(), 200)?);
    }
    let store = config
        .merchants()?
        .get(merchant)
        .ok_or_else(|| ApiError::new(ErrorCode::UnknownMerchant, "the store is not configured"))?;
    let directory = console_api::directory(env, merchant)?;
    let (_, kept) = agent_directory::ask(
        &directory,
        "/rights/get",
        &json!({ "request_id": asked.id }),
    )
    .await?;
    let kept: Option<Receipt> = serde_json::from_value(kept["receipt"].clone()).ok();
    match receipt::repeat(kept.as_ref(), &asked, merchant) {
        Repeat::Conflict => {
            return Err(ApiError::new(
                ErrorCode::Conflict,
                "this request_id was used for another request",
            ));
        }
        // An export is read afresh each time; an erasure done is answered as it was.
        Repeat::Answer if action == Action::Erase => {
            let answer = json!({ "receipt": kept, "repeated": true });
            return Ok(json_response(&answer.to_string(), 200)?);
        }
        _ => {}
    }
    let mut regions = Vec::new();
    let mut documents = Vec::new();
    for region in Region::ALL.into_iter().filter(|r| store.allows(*r)) {
        let done = region_part(
            env,
            &config,
            (&req, &body),
            merchant,
            region,
            &keys,
            action,
            false,
        )
        .await;
        regions.push(RegionPart {
            region,
            part: done.part,
        });
        documents.extend(done.documents);
    }
    let receipt = Receipt::new(&asked, merchant, crate::clock::now_ms(), regions);
    let kept = serde_json::to_value(&receipt).unwrap_or_default();
    agent_directory::ask(&directory, "/rights/put", &kept).await?;
    let audit = json!({
        "at_ms": receipt.at,
        "account": "admin-api",
        "action": format!("privacy.{}", action.as_str()),
        "target": format!("{}: {}", receipt.request_id, receipt.subjects.join(", ")),
    });
    agent_directory::ask(&directory, "/audit/add", &audit).await?;
    let mut answer = json!({ "receipt": receipt, "complete": receipt.complete() });
    if action == Action::Export {
        answer["conversations"] = Value::Array(documents);
    }
    Ok(json_response(&answer.to_string(), 200)?)
}

/// `region`'s part: here, through its peer, or nothing stored there (no backend serves it).
#[allow(clippy::too_many_arguments)] // One request's facts, each needed.
async fn region_part(
    env: &Env,
    config: &Config,
    (req, body): (&Request, &str),
    merchant: &str,
    region: Region,
    keys: &[String],
    action: Action,
    forwarded: bool,
) -> Done {
    let backends = match config.backends() {
        Ok(b) => b,
        Err(e) => return unavailable(e.message),
    };
    match hop(backends, region, forwarded) {
        Hop::Object(backend) => {
            let found = async {
                let stub = handoff_queue::stub(env, backend, region, merchant)?;
                subject_index::find(&stub, keys).await
            };
            let found = match found.await {
                Ok(found) => found,
                Err(e) => return unavailable(e),
            };
            let call = match action {
                Action::Export => ObjectCall::PrivacyExport {
                    format: Some("json".into()),
                },
                Action::Erase => ObjectCall::PrivacyErase,
            };
            let caller = Caller::Agent { merchant };
            let (mut here, mut removed, mut documents) = (Vec::new(), 0, Vec::new());
            for conversation in found {
                let answer =
                    backend::call(env, region, backend, &conversation, caller, &call).await;
                let mut response = match answer {
                    Ok(r) => r,
                    Err(e) => return unavailable(e.message),
                };
                let status = response.status_code();
                let value: Value = response.json().await.unwrap_or(Value::Null);
                match (status, action) {
                    (200, Action::Erase) => removed += usize::from(value["erased"] == true),
                    (200, Action::Export) => {
                        documents.push(json!({ "region": region, "document": value }));
                    }
                    // Erased before, or never written to: nothing of it is left there.
                    (404 | 410, _) => continue,
                    _ => return unavailable(format!("a conversation answered {status}")),
                }
                here.push(conversation);
            }
            Done {
                part: Part::Done {
                    found: here,
                    removed,
                },
                documents,
            }
        }
        Hop::Peer { url } => {
            let assertion = access::route_assertion(
                match config.keyring() {
                    Ok(k) => k,
                    Err(e) => return unavailable(e.message),
                },
                region,
                None,
                None,
            );
            let answer = backend::forward(
                region,
                url,
                req,
                Some(body.as_bytes()),
                TIMEOUT * 4,
                &assertion,
            )
            .await;
            let mut response = match answer {
                Ok(r) if r.status_code() == 200 => r,
                Ok(r) => {
                    return unavailable(format!("its deployment answered {}", r.status_code()));
                }
                Err(e) => return unavailable(e.message),
            };
            let value: Value = response.json().await.unwrap_or(Value::Null);
            match serde_json::from_value::<Part>(value["part"].clone()) {
                Ok(part) => Done {
                    part,
                    documents: value["documents"].as_array().cloned().unwrap_or_default(),
                },
                Err(e) => unavailable(e),
            }
        }
        // No backend serves the region here: no conversation of this store is kept there.
        Hop::Unavailable => Done {
            part: Part::Done {
                found: Vec::new(),
                removed: 0,
            },
            documents: Vec::new(),
        },
    }
}
