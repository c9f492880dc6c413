//! A merchant's rights request (export for GDPR art. 15/20; erase for art. 17 and the CCPA's
//! right to delete) and its receipt: each region does its own part where the data lives,
//! and the receipt lists per region what was found and what was removed.
//!
//! A request carries the merchant's own id for it: asked again with the same id it is not
//! done twice; a receipt that is complete is answered again, one with a region that could
//! not be reached is done again (an erasure finds only what is left).

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use thiserror::Error;

use crate::compliance::subject::{Subject, SubjectError};
use crate::residency::region::Region;

/// Largest request body read.
pub const MAX_REQUEST_BYTES: usize = 4 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Export,
    Erase,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Export => "export",
            Action::Erase => "erase",
        }
    }
}

/// A request as the admin API received it, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub id: String,
    pub action: Action,
    pub subjects: Vec<Subject>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRequest {
    request_id: String,
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    phone: Option<String>,
    #[serde(default)]
    customer_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum RequestError {
    #[error("the body must be JSON like {{\"request_id\":\"…\",\"email\":\"…\"}}: {0}")]
    Json(String),
    #[error("request_id must be 1-64 characters of [A-Za-z0-9_.-]")]
    Id,
    #[error("name the person by email, phone or customer_id (one or more)")]
    NoSubject,
    #[error(transparent)]
    Subject(#[from] SubjectError),
}

impl Request {
    pub fn parse(action: Action, body: &str) -> Result<Request, RequestError> {
        let raw: RawRequest =
            serde_json::from_str(body).map_err(|e| RequestError::Json(e.to_string()))?;
        let id_ok = (1..=64).contains(&raw.request_id.len())
            && raw
                .request_id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"_.-".contains(&b));
        if !id_ok {
            return Err(RequestError::Id);
        }
        let mut subjects = Vec::new();
        if let Some(email) = &raw.email {
            subjects.push(Subject::email(email)?);
        }
        if let Some(phone) = &raw.phone {
            subjects.push(Subject::phone(phone)?);
        }
        if let Some(customer) = &raw.customer_id {
            subjects.push(Subject::customer(customer)?);
        }
        if subjects.is_empty() {
            return Err(RequestError::NoSubject);
        }
        Ok(Request {
            id: raw.request_id,
            action,
            subjects,
        })
    }

    /// What the request asks, so the same id with another question is told apart.
    pub fn fingerprint(&self, merchant: &str) -> String {
        let mut hash = Sha256::new();
        hash.update(self.action.as_str());
        for subject in &self.subjects {
            hash.update(b"\0");
            hash.update(subject.key(merchant));
        }
        hash.finalize()[..16]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }
}

/// One region's part of a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Part {
    /// Done there: the conversations found (their ids) and how many were removed (erase)
    /// or exported.
    Done {
        found: Vec<String>,
        #[serde(default)]
        removed: usize,
    },
    /// The region could not be reached; asking again with the same id does it.
    Unavailable { reason: String },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionPart {
    pub region: Region,
    #[serde(flatten)]
    pub part: Part,
}

/// What the merchant gets back, and what is kept (no personal data: subjects masked,
/// conversations by id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    pub request_id: String,
    pub action: Action,
    pub subjects: Vec<String>,
    pub fingerprint: String,
    /// Unix ms.
    pub at: u64,
    pub regions: Vec<RegionPart>,
}

impl Receipt {
    pub fn new(request: &Request, merchant: &str, at: u64, regions: Vec<RegionPart>) -> Self {
        Receipt {
            request_id: request.id.clone(),
            action: request.action,
            subjects: request.subjects.iter().map(Subject::masked).collect(),
            fingerprint: request.fingerprint(merchant),
            at,
            regions,
        }
    }

    /// Did every region do its part?
    pub fn complete(&self) -> bool {
        self.regions
            .iter()
            .all(|r| matches!(r.part, Part::Done { .. }))
    }
}

/// What to do with a request whose id was seen before (`kept`: that request's receipt).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Repeat {
    /// First time, or the last attempt left a region undone: do it (again).
    Run,
    /// Done before: answer the kept receipt.
    Answer,
    /// The same id asked something else.
    Conflict,
}

pub fn repeat(kept: Option<&Receipt>, request: &Request, merchant: &str) -> Repeat {
    match kept {
        None => Repeat::Run,
        Some(r) if r.fingerprint != request.fingerprint(merchant) || r.action != request.action => {
            Repeat::Conflict
        }
        Some(r) if r.complete() => Repeat::Answer,
        Some(_) => Repeat::Run,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_name_someone_and_carry_an_id() {
        let r = Request::parse(
            Action::Erase,
            r#"{"request_id":"dsr-42","email":"Jane@Example.com","customer_id":"7"}"#,
        )
        .expect("valid");
        assert_eq!(r.subjects.len(), 2);
        let bad = |body: &str| Request::parse(Action::Erase, body).expect_err("refused");
        assert_eq!(bad(r#"{"request_id":"dsr-42"}"#), RequestError::NoSubject);
        assert_eq!(
            bad(r#"{"request_id":"a b","email":"j@x.io"}"#),
            RequestError::Id
        );
        assert_eq!(
            bad(r#"{"request_id":"1","email":"nobody"}"#),
            RequestError::Subject(SubjectError::Email)
        );
        assert!(matches!(
            bad(r#"{"request_id":"1","mail":"j@x.io"}"#),
            RequestError::Json(_)
        ));
        assert!(matches!(bad("[]"), RequestError::Json(_)));
    }

    #[test]
    fn a_repeat_is_answered_rerun_or_refused() {
        let request =
            Request::parse(Action::Erase, r#"{"request_id":"1","email":"j@x.io"}"#).expect("valid");
        let done = |part: Part| {
            Receipt::new(
                &request,
                "demo",
                5,
                vec![RegionPart {
                    region: Region::Eu,
                    part,
                }],
            )
        };
        assert_eq!(repeat(None, &request, "demo"), Repeat::Run);
        let complete = done(Part::Done {
            found: vec!["c1".into()],
            removed: 1,
        });
        assert_eq!(complete.subjects, vec!["email j***@x.io"]);
        assert_eq!(repeat(Some(&complete), &request, "demo"), Repeat::Answer);
        let partial = done(Part::Unavailable {
            reason: "timeout".into(),
        });
        assert_eq!(repeat(Some(&partial), &request, "demo"), Repeat::Run);
        let other =
            Request::parse(Action::Erase, r#"{"request_id":"1","email":"k@x.io"}"#).expect("valid");
        assert_eq!(repeat(Some(&complete), &other, "demo"), Repeat::Conflict);
        let export = Request {
            action: Action::Export,
            ..request.clone()
        };
        assert_eq!(repeat(Some(&complete), &export, "demo"), Repeat::Conflict);
        let json = serde_json::to_value(&complete).expect("valid");
        assert_eq!(json["regions"][0]["region"], "eu");
        assert_eq!(json["regions"][0]["status"], "done");
        assert_eq!(json["regions"][0]["removed"], 1);
    }
}
