//! The edge's configuration, read from bindings and validated per request (bindings are
//! cheap to read; parsing is small).

use caravan_core::agents::tokens::AgentTokens;
use caravan_core::residency::backends::Backends;
use caravan_core::session::token::Keyring;
use caravan_core::store::merchant::MerchantDirectory;
use caravan_core::translation::translators::Translators;
use caravan_core::wire::protocol::ErrorCode;
use worker::Env;

use crate::api_error::ApiError;

/// Secret: `kid:base64url-key[,kid:key...]`, first key signs.
const SESSION_KEYS: &str = "CARAVAN_SESSION_KEYS";
/// Var: JSON merchant directory.
const MERCHANTS: &str = "CARAVAN_MERCHANTS";
/// Var: JSON regional backends (see `caravan_core::residency::backends`).
const REGIONS: &str = "CARAVAN_REGIONS";
/// Var: JSON translation providers (see `caravan_core::translation::translators`); absent means none.
const TRANSLATORS: &str = "CARAVAN_TRANSLATORS";
/// Secret: JSON `{"<merchant>": "<agent bearer token>"}`; absent means no agent access.
const AGENT_TOKENS: &str = "CARAVAN_AGENT_TOKENS";

fn binding(env: &Env, name: &str) -> Option<String> {
    env.secret(name)
        .map(|s| s.to_string())
        .ok()
        .or_else(|| env.var(name).map(|v| v.to_string()).ok())
}

fn misconfigured(what: String) -> ApiError {
    ApiError::new(
        ErrorCode::Unavailable,
        format!("the edge is misconfigured: {what}"),
    )
}

pub fn keyring(env: &Env) -> Result<Keyring, ApiError> {
    let spec = binding(env, SESSION_KEYS)
        .ok_or_else(|| misconfigured(format!("{SESSION_KEYS} is not set")))?;
    Keyring::parse(&spec).map_err(|e| misconfigured(e.to_string()))
}

pub fn merchants(env: &Env) -> Result<MerchantDirectory, ApiError> {
    let json =
        binding(env, MERCHANTS).ok_or_else(|| misconfigured(format!("{MERCHANTS} is not set")))?;
    MerchantDirectory::parse(&json).map_err(|e| misconfigured(e.to_string()))
}

pub fn backends(env: &Env) -> Result<Backends, ApiError> {
    let json =
        binding(env, REGIONS).ok_or_else(|| misconfigured(format!("{REGIONS} is not set")))?;
    Backends::parse(&json).map_err(|e| misconfigured(e.to_string()))
}

pub fn translators(env: &Env) -> Result<Translators, ApiError> {
    match binding(env, TRANSLATORS) {
        None => Ok(Translators::default()),
        Some(json) => Translators::parse(&json).map_err(|e| misconfigured(e.to_string())),
    }
}

pub fn agent_tokens(env: &Env) -> Result<AgentTokens, ApiError> {
    match binding(env, AGENT_TOKENS) {
        None => Ok(AgentTokens::default()),
        Some(json) => AgentTokens::parse(&json).map_err(|e| misconfigured(e.to_string())),
    }
}

/// A secret by name (a provider's API key).
pub fn secret(env: &Env, name: &str) -> Option<String> {
    env.secret(name).map(|s| s.to_string()).ok()
}
