//! The merchant's admins' HTTP API, authenticated by a bearer token from configuration
//! (`CARAVAN_ADMIN_TOKENS`, `{"<merchant>": "<token>"}`):
//!
//! - `GET /v1/admin/merchants/{m}/kb`: every entry and the version.
//! - `PUT /v1/admin/merchants/{m}/kb` with `[...]` or `{"entries": [...]}`: replaces all.
//! - `POST /v1/admin/merchants/{m}/kb/import` with CSV (`text/csv`, header
//!   `id,locale,question,answer,tags,link`) or JSON: adds or replaces those entries.
//! - `GET`, `PUT`, `DELETE /v1/admin/merchants/{m}/kb/{entry}`: one entry.
//!
//! Bodies are parsed and validated here with core's rules (a 4xx that names the entry and
//! field at fault), then stored by the store's `Knowledge` object, which checks again.

use caravan_core::compliance::receipt::Action;
use caravan_core::knowledge::base::validate_all;
use caravan_core::knowledge::entry::{Entry, EntryError, valid_id};
use caravan_core::knowledge::import::{self, ImportError, MAX_IMPORT_BYTES};
use caravan_core::wire::protocol::ErrorCode;
use worker::{Env, Method, Request, Response};

use crate::api_error::ApiError;
use crate::backend;
use crate::config::Config;
use crate::knowledge_object;
use crate::request;

pub const PREFIX: &str = "/v1/admin/";
const MERCHANTS: &str = "/v1/admin/merchants/";
/// One entry's body, with room to spare (30 variants of 300 characters in 35 locales would
/// not fit, and no store needs that).
const MAX_ENTRY_BYTES: usize = 256 * 1024;

/// What a path names under `/v1/admin/merchants/{m}/kb`.
enum Target {
    Rights(Action),
    Base,
    Import,
    Entry(String),
}

fn not_found() -> ApiError {
    ApiError::new(
        ErrorCode::NotFound,
        "admin paths are /v1/admin/merchants/{merchant}/kb, …/kb/import, …/kb/{entry} and …/privacy/export or …/privacy/erase",
    )
}

fn address(path: &str) -> Result<(String, Target), ApiError> {
    let rest = path.strip_prefix(MERCHANTS).ok_or_else(not_found)?;
    let parts: Vec<&str> = rest.split('/').collect();
    let target = match parts[..] {
        [_, "kb"] => Target::Base,
        [_, "kb", "import"] => Target::Import,
        [_, "privacy", "export"] => Target::Rights(Action::Export),
        [_, "privacy", "erase"] => Target::Rights(Action::Erase),
        [_, "kb", entry] if valid_id(entry) => Target::Entry(entry.to_owned()),
        [_, "kb", _] => return Err(ApiError::new(ErrorCode::NotFound, "no such entry")),
        _ => return Err(not_found()),
    };
    Ok((parts[0].to_owned(), target))
}

impl From<ImportError> for ApiError {
    fn from(e: ImportError) -> Self {
        let code = match e {
            ImportError::TooLarge => ErrorCode::PayloadTooLarge,
            _ => ErrorCode::InvalidRequest,
        };
        ApiError::new(code, e.to_string())
    }
}

impl From<EntryError> for ApiError {
    fn from(e: EntryError) -> Self {
        ApiError::new(ErrorCode::InvalidRequest, e.to_string())
    }
}

async fn text_body(req: &mut Request, limit: usize, what: &str) -> Result<String, ApiError> {
    String::from_utf8(request::body(req, limit, what).await?)
        .map_err(|_| ApiError::new(ErrorCode::InvalidRequest, format!("{what} must be UTF-8")))
}

fn content_type(req: &Request) -> Result<String, ApiError> {
    let value = req.headers().get("content-type")?.unwrap_or_default();
    Ok(value
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase())
}

pub async fn handle(mut req: Request, env: &Env) -> Result<Response, ApiError> {
    let token = request::bearer(&req)
        .ok_or_else(|| ApiError::new(ErrorCode::Unauthorized, "an admin token is required"))?;
    let config = Config::of(env);
    let owner = config
        .admin_tokens()?
        .merchant(&token)
        .ok_or_else(|| ApiError::new(ErrorCode::Unauthorized, "the admin token is not valid"))?
        .to_owned();
    let (merchant, target) = address(&req.path())?;
    if merchant != owner {
        return Err(ApiError::new(
            ErrorCode::Forbidden,
            "this token administers another store",
        ));
    }
    if config.merchants()?.get(&merchant).is_none() {
        return Err(ApiError::new(
            ErrorCode::UnknownMerchant,
            "the store is not configured",
        ));
    }
    let (method, path, body) = match (req.method(), target) {
        (Method::Post, Target::Rights(action)) => {
            return crate::rights_desk::handle(req, env, &merchant, action).await;
        }
        (_, Target::Rights(_)) => {
            return Err(ApiError::new(ErrorCode::MethodNotAllowed, "ask with POST"));
        }
        (Method::Get, Target::Base) => (Method::Get, "/base".to_owned(), None),
        (Method::Put, Target::Base) => {
            let body = text_body(&mut req, MAX_IMPORT_BYTES, "a knowledge base").await?;
            let entries = validate_all(import::from_json(&body)?)?;
            (Method::Put, "/replace".to_owned(), Some(entries))
        }
        (Method::Post, Target::Import) => {
            let kind = content_type(&req)?;
            let body = text_body(&mut req, MAX_IMPORT_BYTES, "an import").await?;
            let entries = match kind.as_str() {
                "text/csv" => import::from_csv(&body)?,
                "application/json" => import::from_json(&body)?,
                _ => {
                    return Err(ApiError::new(
                        ErrorCode::UnsupportedMediaType,
                        "import text/csv or application/json",
                    ));
                }
            };
            (
                Method::Post,
                "/merge".to_owned(),
                Some(validate_all(entries)?),
            )
        }
        (Method::Get, Target::Entry(id)) => (Method::Get, format!("/entry/{id}"), None),
        (Method::Delete, Target::Entry(id)) => (Method::Delete, format!("/entry/{id}"), None),
        (Method::Put, Target::Entry(id)) => {
            let body = text_body(&mut req, MAX_ENTRY_BYTES, "an entry").await?;
            let mut value: serde_json::Value = serde_json::from_str(&body).map_err(|e| {
                ApiError::new(
                    ErrorCode::InvalidRequest,
                    format!("the entry is not JSON: {e}"),
                )
            })?;
            let Some(object) = value.as_object_mut() else {
                return Err(ApiError::new(
                    ErrorCode::InvalidRequest,
                    "the entry must be a JSON object",
                ));
            };
            match object.get("id").and_then(|v| v.as_str()) {
                Some(named) if named != id => {
                    return Err(EntryError::IdMismatch {
                        path: id,
                        body: named.to_owned(),
                    }
                    .into());
                }
                _ => {
                    object.insert("id".into(), serde_json::Value::String(id));
                }
            }
            let entry: Entry = serde_json::from_value(value).map_err(|e| {
                ApiError::new(ErrorCode::InvalidRequest, format!("not an entry: {e}"))
            })?;
            (
                Method::Put,
                "/entry".to_owned(),
                Some(vec![entry.validated()?]),
            )
        }
        (_, Target::Import) => {
            return Err(ApiError::new(
                ErrorCode::MethodNotAllowed,
                "import with POST",
            ));
        }
        _ => {
            return Err(ApiError::new(
                ErrorCode::MethodNotAllowed,
                "read with GET, write with PUT, remove with DELETE",
            ));
        }
    };
    let body = match (path.as_str(), body) {
        ("/entry", Some(mut entries)) => entries.pop().map(|e| serde_json::to_string(&e)),
        (_, Some(entries)) => Some(serde_json::to_string(&entries)),
        (_, None) => None,
    }
    .transpose()
    .map_err(|e| ApiError::new(ErrorCode::Internal, e.to_string()))?;
    let stub = knowledge_object::stub(env, &merchant)?;
    let response = stub
        .fetch_with_request(knowledge_object::request(method, &path, body)?)
        .await?;
    backend::relay(response).await
}
