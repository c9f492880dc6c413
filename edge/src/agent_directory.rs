//! The `AgentDirectory` Durable Object: one store's agent directory, placed in the store's
//! home region (its default region's placement). It keeps core's `Directory` as one row
//! and the audit log as rows, derives passwords with Web Crypto, and answers the console
//! API (`console_api.rs`) over internal requests. Every decision is core's.

use caravan_core::agents::account::Profile;
use caravan_core::agents::console_session::ConsoleSession;
use caravan_core::agents::directory::{AuditEntry, Directory, DirectoryError, MAX_AUDIT};
use caravan_core::agents::password::{self, ITERATIONS, PasswordRecord, SALT_BYTES};
use caravan_core::residency::backends::Backend;
use caravan_core::wire::protocol::ErrorCode;
use serde::Deserialize;
use serde_json::{Value, json};
use wasm_bindgen::JsValue;
use worker::{
    DurableObject, Env, Method, Request, RequestInit, Response, SqlStorage, SqlStorageValue, State,
    Stub, durable_object,
};

use crate::api_error::{ApiError, json_response};
use crate::{backend, clock, random, web_crypto};

/// The binding of the directory objects' namespace.
pub const BINDING: &str = "AGENT_DIRECTORIES";

const SCHEMA: [&str; 4] = [
    crate::canned_store::SCHEMA,
    crate::rights_receipts::SCHEMA,
    "CREATE TABLE IF NOT EXISTS directory (id INTEGER PRIMARY KEY CHECK (id = 1), state TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS audit (seq INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, account TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL)",
];

/// The directory of `merchant`, placed like its home region's conversations.
pub fn stub(env: &Env, home: &Backend, merchant: &str) -> worker::Result<Stub> {
    backend::regional_stub(env, home, Some(BINDING), &format!("agents:{merchant}"))
}

/// Asks the directory `path` with a JSON `body`: its status and JSON answer.
pub async fn ask(stub: &Stub, path: &str, body: &Value) -> Result<(u16, Value), ApiError> {
    let mut init = RequestInit::new();
    init.with_method(Method::Post)
        .with_body(Some(JsValue::from_str(&body.to_string())));
    let request = Request::new_with_init(&format!("https://agents.internal{path}"), &init)?;
    let mut response = stub.fetch_with_request(request).await?;
    let status = response.status_code();
    let value = response.json::<Value>().await.unwrap_or(Value::Null);
    Ok((status, value))
}

impl From<DirectoryError> for ApiError {
    fn from(e: DirectoryError) -> Self {
        let code = match e {
            DirectoryError::UnknownInvite | DirectoryError::UnknownAccount => ErrorCode::NotFound,
            DirectoryError::ExpiredInvite => ErrorCode::Gone,
            DirectoryError::AccountExists => ErrorCode::Conflict,
            DirectoryError::WrongLogin => ErrorCode::Unauthorized,
            DirectoryError::Limited(_) => ErrorCode::TooManyRequests,
        };
        ApiError::new(code, e.to_string())
    }
}

fn bad(e: impl std::fmt::Display) -> ApiError {
    ApiError::new(ErrorCode::InvalidRequest, e.to_string())
}

fn load(sql: &SqlStorage) -> Result<Directory, ApiError> {
    #[derive(Deserialize)]
    struct Row {
        state: String,
    }
    let rows: Vec<Row> = sql
        .exec("SELECT state FROM directory WHERE id = 1", None)?
        .to_array()?;
    match rows.first() {
        Some(row) => serde_json::from_str(&row.state)
            .map_err(|e| ApiError::new(ErrorCode::Internal, format!("directory: {e}"))),
        None => {
            let seed = random::random_bytes::<16>()?;
            Ok(Directory {
                seed: seed.iter().map(|b| format!("{b:02x}")).collect(),
                ..Directory::default()
            })
        }
    }
}

fn save(sql: &SqlStorage, directory: &Directory) -> Result<(), ApiError> {
    let state = serde_json::to_string(directory)
        .map_err(|e| ApiError::new(ErrorCode::Internal, e.to_string()))?;
    sql.exec(
        "INSERT OR REPLACE INTO directory (id, state) VALUES (1, ?)",
        vec![state.into()],
    )?;
    Ok(())
}

fn field<'a>(body: &'a Value, name: &str) -> Result<&'a str, ApiError> {
    body[name]
        .as_str()
        .ok_or_else(|| bad(format!("{name} is required")))
}

/// What the console may know of a session: the person and the CSRF token.
fn signed_in(profile: &Profile, csrf: &str, expires_ms: u64) -> Value {
    json!({ "account": profile, "csrf": csrf, "expires_ms": expires_ms })
}

/// The answer to a sign-in (invite accepted, password, single sign-on): the session just
/// opened in `d`, with `status`.
fn opened(d: &Directory, session: &ConsoleSession, status: u16) -> Result<Response, ApiError> {
    let profile = &d.accounts[&session.account].profile;
    Ok(json_response(
        &signed_in(profile, &session.csrf, session.expires_ms).to_string(),
        status,
    )?)
}

#[durable_object]
#[allow(missing_debug_implementations)] // `State` has no Debug.
pub struct AgentDirectory {
    state: State,
}

impl AgentDirectory {
    async fn handle(&self, path: &str, body: Value) -> Result<Response, ApiError> {
        let sql = self.state.storage().sql();
        let now = clock::now_ms();
        match path {
            "/invite" => {
                let profile: Profile =
                    serde_json::from_value(body["profile"].clone()).map_err(bad)?;
                let profile = profile.validated().map_err(bad)?;
                let mut d = load(&sql)?;
                d.invite(profile, field(&body, "token")?, now)?;
                save(&sql, &d)?;
                Ok(json_response(
                    &json!({ "expires_ms": now + caravan_core::agents::directory::INVITE_MS })
                        .to_string(),
                    201,
                )?)
            }
            "/invite/read" => {
                let d = load(&sql)?;
                let invite = d.invite_for(field(&body, "token")?, now)?;
                Ok(json_response(
                    &json!({ "profile": invite.profile, "expires_ms": invite.expires_ms })
                        .to_string(),
                    200,
                )?)
            }
            "/accept" => {
                let token = field(&body, "token")?;
                let password = field(&body, "password")?;
                let email = load(&sql)?.invite_for(token, now)?.profile.email.clone();
                password::acceptable(password, &email).map_err(bad)?;
                let salt = random::random_bytes::<SALT_BYTES>()?.to_vec();
                let hash = web_crypto::pbkdf2(password, &salt, ITERATIONS)
                    .await
                    .map_err(|e| ApiError::new(ErrorCode::Internal, e))?;
                // Read again after the await: another request may have changed it.
                let mut d = load(&sql)?;
                d.accept(
                    token,
                    PasswordRecord {
                        iterations: ITERATIONS,
                        salt,
                        hash: hash.clone(),
                    },
                    now,
                )?;
                let session = d
                    .login(
                        &email,
                        field(&body, "address")?,
                        &hash,
                        (field(&body, "session_id")?, field(&body, "csrf")?),
                        now,
                    )?
                    .clone();
                save(&sql, &d)?;
                opened(&d, &session, 201)
            }
            "/login" => {
                let email = field(&body, "email")?;
                let challenge = load(&sql)?.challenge(email);
                let derived = web_crypto::pbkdf2(
                    field(&body, "password")?,
                    &challenge.salt,
                    challenge.iterations,
                )
                .await
                .map_err(|e| ApiError::new(ErrorCode::Internal, e))?;
                let mut d = load(&sql)?;
                let result = d
                    .login(
                        email,
                        field(&body, "address")?,
                        &derived,
                        (field(&body, "session_id")?, field(&body, "csrf")?),
                        now,
                    )
                    .cloned();
                // Failures are counted: saved whatever the outcome.
                save(&sql, &d)?;
                let session = result?;
                opened(&d, &session, 200)
            }
            "/sso-login" => {
                // The edge verified the store's Access token for this address.
                let mut d = load(&sql)?;
                let session = d
                    .sso_login(
                        field(&body, "email")?,
                        (field(&body, "session_id")?, field(&body, "csrf")?),
                        now,
                    )?
                    .clone();
                save(&sql, &d)?;
                opened(&d, &session, 200)
            }
            "/session" => {
                let d = load(&sql)?;
                let (session, account) = d
                    .session(field(&body, "session_id")?, now)
                    .ok_or_else(|| ApiError::new(ErrorCode::Unauthorized, "not signed in"))?;
                Ok(json_response(
                    &signed_in(&account.profile, &session.csrf, session.expires_ms).to_string(),
                    200,
                )?)
            }
            "/logout" => {
                let mut d = load(&sql)?;
                d.logout(field(&body, "session_id")?);
                save(&sql, &d)?;
                Ok(json_response("{}", 200)?)
            }
            "/revoke" => {
                let mut d = load(&sql)?;
                let ended = d.revoke(
                    field(&body, "email")?,
                    body["disable"].as_bool().unwrap_or(false),
                )?;
                save(&sql, &d)?;
                Ok(json_response(
                    &json!({ "sessions_ended": ended }).to_string(),
                    200,
                )?)
            }
            "/members" => {
                let members = load(&sql)?.members(now);
                Ok(json_response(
                    &json!({ "members": members }).to_string(),
                    200,
                )?)
            }
            "/update" => {
                let profile: Profile = serde_json::from_value(body).map_err(bad)?;
                let mut d = load(&sql)?;
                d.update(profile.validated().map_err(bad)?)?;
                save(&sql, &d)?;
                Ok(json_response("{}", 200)?)
            }
            "/reinstate" => {
                let mut d = load(&sql)?;
                d.reinstate(field(&body, "email")?)?;
                save(&sql, &d)?;
                Ok(json_response("{}", 200)?)
            }
            "/audit/add" => {
                let entry: AuditEntry = serde_json::from_value(body).map_err(bad)?;
                sql.exec(
                    "INSERT INTO audit (at, account, action, target) VALUES (?, ?, ?, ?)",
                    vec![
                        SqlStorageValue::Integer(entry.at_ms as i64),
                        entry.account.into(),
                        entry.action.into(),
                        entry.target.into(),
                    ],
                )?;
                sql.exec(
                    "DELETE FROM audit WHERE seq <= (SELECT MAX(seq) FROM audit) - ?",
                    vec![SqlStorageValue::Integer(MAX_AUDIT as i64)],
                )?;
                Ok(json_response("{}", 201)?)
            }
            "/audit/list" => {
                #[derive(Deserialize)]
                struct Row {
                    at: f64,
                    account: String,
                    action: String,
                    target: String,
                }
                let rows: Vec<Row> = sql
                    .exec(
                        "SELECT at, account, action, target FROM audit ORDER BY seq DESC LIMIT 500",
                        None,
                    )?
                    .to_array()?;
                let entries: Vec<AuditEntry> = rows
                    .into_iter()
                    .map(|r| AuditEntry {
                        at_ms: r.at as u64,
                        account: r.account,
                        action: r.action,
                        target: r.target,
                    })
                    .collect();
                Ok(json_response(
                    &json!({ "entries": entries }).to_string(),
                    200,
                )?)
            }
            other => match (
                other.strip_prefix("/canned/"),
                other.strip_prefix("/rights/"),
            ) {
                (Some(call), _) => crate::canned_store::handle(&sql, call, body),
                (_, Some(call)) => crate::rights_receipts::handle(&sql, call, body),
                _ => Err(ApiError::new(ErrorCode::NotFound, "no such directory call")),
            },
        }
    }
}

impl DurableObject for AgentDirectory {
    fn new(state: State, _env: Env) -> Self {
        let sql = state.storage().sql();
        for statement in SCHEMA {
            if let Err(e) = sql.exec(statement, None) {
                worker::console_error!("agent directory schema: {e}");
            }
        }
        Self { state }
    }

    async fn fetch(&self, mut req: Request) -> worker::Result<Response> {
        let path = req.path();
        let body = req.text().await?;
        let body: Value = match serde_json::from_str(&body) {
            Ok(v) => v,
            Err(e) => return bad(e).into_response(),
        };
        match self.handle(&path, body).await {
            Ok(response) => Ok(response),
            Err(e) => e.into_response(),
        }
    }
}
