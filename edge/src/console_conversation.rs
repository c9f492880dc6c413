//! One conversation in the console, under `/v1/console/{m}/conversations/{region}/{id}/`:
//!
//! - `GET messages[?after=N]`: the messages, personal data masked (in the text and in its
//!   translation), each with its detected language and translation.
//! - `POST messages` with `{text, id?}`: the agent's reply (translated for the shopper,
//!   stored once per id), as the agent API sends it.
//! - `POST preview` with `{text}`: what the shopper would read (translated, glossary kept),
//!   stored nowhere.
//! - `POST notes` with `{text}`: a private note, the team's only.
//! - `POST typing`: the shopper's open chats show that the team is typing.
//! - `POST assign` (to the one asking, or `{"to": email}`: a colleague who may take it),
//!   `POST hand-back` (to the bot), `POST close` (the
//!   shopper is asked for a rating).
//! - `POST reveal` with `{seq, lang?}`: one message unmasked, in the reader's language
//!   (card numbers still masked), for a person allowed to reveal; written to the store's
//!   audit log first.
//!
//! Served by the conversation's object in its region, for a signed-in person who may see
//! that region; a region served by another deployment is not reached from here yet.

use caravan_core::agents::account::account_key;
use caravan_core::agents::assignment;
use caravan_core::language::locale::Locale;
use caravan_core::privacy::masking;
use caravan_core::residency::region::Region;
use caravan_core::residency::routing::{Hop, hop};
use caravan_core::wire::ids::is_server_id;
use caravan_core::wire::protocol::ErrorCode;
use serde_json::{Value, json};
use worker::{Env, Method, Request, Response, Stub};

use crate::api_error::{ApiError, json_response};
use crate::backend;
use crate::config::Config;
use crate::console_auth::{SignedIn, acting, json_body, signed_in};
use crate::object_call::{Caller, ObjectCall};
use crate::{console_team, request};

/// An agent's reply body, with room to spare (as the agent API allows).
const MAX_REPLY_BYTES: usize = 32 * 1024;

async fn object(
    env: &Env,
    merchant: &str,
    region: Region,
    conversation: &str,
    call: &ObjectCall,
) -> Result<(u16, Value), ApiError> {
    let config = Config::of(env);
    let Hop::Object(backend) = hop(config.backends()?, region, false) else {
        return Err(ApiError::new(
            ErrorCode::RegionUnavailable,
            "this region is served by another deployment; open its console there",
        ));
    };
    let caller = Caller::Agent { merchant };
    let mut response = backend::call(env, region, backend, conversation, caller, call).await?;
    let status = response.status_code();
    Ok((
        status,
        response.json::<Value>().await.unwrap_or(Value::Null),
    ))
}

fn answer(status: u16, value: &Value) -> Result<Response, ApiError> {
    Ok(json_response(&value.to_string(), status)?)
}

/// `{region}/{conversation}/{action}`, checked.
fn address(rest: &str) -> Result<(Region, String, String), ApiError> {
    let mut parts = rest.splitn(3, '/');
    let (Some(region), Some(conversation), Some(action)) =
        (parts.next(), parts.next(), parts.next())
    else {
        return Err(ApiError::new(
            ErrorCode::NotFound,
            "no such conversation path",
        ));
    };
    let region = Region::parse(region)
        .ok_or_else(|| ApiError::new(ErrorCode::NotFound, "no such region"))?;
    if !is_server_id(conversation) {
        return Err(ApiError::new(ErrorCode::NotFound, "no such conversation"));
    }
    Ok((region, conversation.to_owned(), action.to_owned()))
}

fn may_see(who: &SignedIn, region: Region) -> Result<(), ApiError> {
    if who.profile.sees(region) {
        Ok(())
    } else {
        Err(ApiError::new(
            ErrorCode::Forbidden,
            "this region's conversations are not yours to see",
        ))
    }
}

/// Whom `assign` gives the conversation to: the one asking, or `{"to": email}`, a person
/// whose account works and who sees the region.
async fn assignee(
    req: &mut Request,
    directory: &Stub,
    who: &SignedIn,
    region: Region,
) -> Result<String, ApiError> {
    let has_body = req
        .headers()
        .get("content-type")?
        .is_some_and(|t| t.starts_with("application/json"));
    let to = if has_body {
        json_body(req).await?["to"].as_str().map(account_key)
    } else {
        None
    };
    let Some(to) = to.filter(|to| *to != who.profile.email) else {
        return Ok(who.profile.email.clone());
    };
    let people = console_team::members(directory).await?;
    match people.iter().find(|m| m.profile.email == to) {
        Some(m) if assignment::may_take(m, region) => Ok(to),
        _ => Err(ApiError::new(
            ErrorCode::InvalidRequest,
            "that person cannot take this conversation: no working account that sees its region",
        )),
    }
}

/// `rest`: what follows `conversations/` in the path.
pub async fn handle(
    mut req: Request,
    env: &Env,
    directory: &Stub,
    merchant: &str,
    rest: &str,
) -> Result<Response, ApiError> {
    let (region, conversation, action) = address(rest)?;
    match (req.method(), action.as_str()) {
        (Method::Get, "messages") => {
            let who = signed_in(&req, directory).await?;
            may_see(&who, region)?;
            let call = ObjectCall::AgentMessages {
                query: req.url()?.query().map(str::to_owned),
            };
            let (status, mut value) = object(env, merchant, region, &conversation, &call).await?;
            crate::masked_view::read(&mut value);
            // Its last messages are the messages above, masked there.
            if let Some(summary) = value["summary"].as_object_mut() {
                summary.remove("last_messages");
            }
            answer(status, &value)
        }
        (Method::Post, "messages") => {
            let who = acting(&req, directory).await?;
            may_see(&who, region)?;
            let body = request::body(&mut req, MAX_REPLY_BYTES, "a reply").await?;
            let (status, value) = object(
                env,
                merchant,
                region,
                &conversation,
                &ObjectCall::AgentReply(body),
            )
            .await?;
            answer(status, &value)
        }
        (Method::Post, "preview") => {
            let who = acting(&req, directory).await?;
            may_see(&who, region)?;
            let body = request::body(&mut req, MAX_REPLY_BYTES, "a draft").await?;
            let call = ObjectCall::AgentPreview(body);
            let (status, value) = object(env, merchant, region, &conversation, &call).await?;
            answer(status, &value)
        }
        (Method::Post, "typing") => {
            let who = acting(&req, directory).await?;
            may_see(&who, region)?;
            let call = ObjectCall::AgentTyping;
            let (status, value) = object(env, merchant, region, &conversation, &call).await?;
            answer(status, &value)
        }
        (Method::Post, "notes") => {
            let who = acting(&req, directory).await?;
            may_see(&who, region)?;
            let body = request::body(&mut req, MAX_REPLY_BYTES, "a note").await?;
            let text: Value = serde_json::from_slice(&body).map_err(|e| {
                ApiError::new(
                    ErrorCode::InvalidRequest,
                    format!(r#"send {{"text"}}: {e}"#),
                )
            })?;
            let note = json!({ "author": who.profile.email, "text": text["text"] });
            let call = ObjectCall::AgentNote(note.to_string().into_bytes());
            let (status, value) = object(env, merchant, region, &conversation, &call).await?;
            answer(status, &value)
        }
        (Method::Post, "assign" | "hand-back" | "close") => {
            let who = acting(&req, directory).await?;
            may_see(&who, region)?;
            let body = match action.as_str() {
                "assign" => {
                    let to = assignee(&mut req, directory, &who, region).await?;
                    json!({ "action": "assign", "assignee": to })
                }
                "hand-back" => json!({ "action": "hand_back" }),
                _ => json!({ "action": "close" }),
            };
            let call = ObjectCall::AgentAction(body.to_string().into_bytes());
            let (status, value) = object(env, merchant, region, &conversation, &call).await?;
            answer(status, &value)
        }
        (Method::Post, "reveal") => {
            let who = acting(&req, directory).await?;
            may_see(&who, region)?;
            if !who.profile.may_reveal() {
                return Err(ApiError::new(
                    ErrorCode::Forbidden,
                    "your role does not reveal personal data",
                ));
            }
            let body = json_body(&mut req).await?;
            let seq = body["seq"].as_u64().filter(|s| *s > 0).ok_or_else(|| {
                ApiError::new(ErrorCode::InvalidRequest, "seq must be a message number")
            })?;
            // Read in the reader's language (`lang`), as the conversation is.
            let lang = body["lang"]
                .as_str()
                .and_then(Locale::from_tag)
                .map_or(String::new(), |l| format!("&lang={}", l.tag()));
            let call = ObjectCall::AgentMessages {
                query: Some(format!("after={}{lang}", seq - 1)),
            };
            let (status, value) = object(env, merchant, region, &conversation, &call).await?;
            if status >= 300 {
                return answer(status, &value);
            }
            let mut message = value["messages"]
                .as_array()
                .and_then(|m| m.iter().find(|m| m["seq"].as_u64() == Some(seq)))
                .cloned()
                .ok_or_else(|| ApiError::new(ErrorCode::NotFound, "no such message"))?;
            // Written before anything is shown: no reveal goes unrecorded.
            let target = format!("{}/{conversation}#{seq}", region.as_str());
            console_team::audit(directory, &who.profile.email, "reveal", &target)
                .await
                .map_err(|_| {
                    ApiError::new(
                        ErrorCode::Unavailable,
                        "the audit log could not be written; nothing was revealed",
                    )
                })?;
            crate::masked_view::each_text(&mut message, masking::revealed);
            answer(200, &json!({ "message": message }))
        }
        _ => Err(ApiError::new(
            ErrorCode::MethodNotAllowed,
            "read messages with GET; reply, preview, notes, typing, assign, hand-back, close and reveal with POST",
        )),
    }
}
