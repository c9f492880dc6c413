//! The edge's configuration, parsed once per isolate and shared by every request it
//! serves (an isolate runs one deployment, whose bindings never change under it). A part
//! that does not parse fails the requests that need it, with the same message each time.

use std::cell::OnceCell;
use std::rc::Rc;

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
/// Var: JSON translation providers (see `caravan_core::translation::translators`); absent
/// means none.
const TRANSLATORS: &str = "CARAVAN_TRANSLATORS";
/// Secret: JSON `{"<merchant>": "<agent bearer token>"}`; absent means no agent access.
const AGENT_TOKENS: &str = "CARAVAN_AGENT_TOKENS";
/// Secret: JSON `{"<merchant>": "<admin bearer token>"}` (the same shape and rules as the
/// agents'); absent means no admin access.
const ADMIN_TOKENS: &str = "CARAVAN_ADMIN_TOKENS";

/// Every part of the configuration, or why it is unusable.
#[derive(Debug)]
pub struct Config {
    keyring: Result<Keyring, String>,
    merchants: Result<MerchantDirectory, String>,
    backends: Result<Backends, String>,
    translators: Result<Translators, String>,
    agent_tokens: Result<AgentTokens, String>,
    admin_tokens: Result<AgentTokens, String>,
}

thread_local! {
    static CONFIG: OnceCell<Rc<Config>> = const { OnceCell::new() };
}

fn binding(env: &Env, name: &str) -> Option<String> {
    env.secret(name)
        .map(|s| s.to_string())
        .ok()
        .or_else(|| env.var(name).map(|v| v.to_string()).ok())
}

fn required<T, E: ToString>(
    env: &Env,
    name: &str,
    parse: impl FnOnce(&str) -> Result<T, E>,
) -> Result<T, String> {
    let text = binding(env, name).ok_or_else(|| format!("{name} is not set"))?;
    parse(&text).map_err(|e| e.to_string())
}

fn optional<T: Default, E: ToString>(
    env: &Env,
    name: &str,
    parse: impl FnOnce(&str) -> Result<T, E>,
) -> Result<T, String> {
    binding(env, name).map_or(Ok(T::default()), |text| {
        parse(&text).map_err(|e| e.to_string())
    })
}

fn misconfigured(what: &str) -> ApiError {
    ApiError::new(
        ErrorCode::Unavailable,
        format!("the edge is misconfigured: {what}"),
    )
}

impl Config {
    /// This isolate's configuration, parsed on first use.
    pub fn of(env: &Env) -> Rc<Config> {
        CONFIG.with(|cell| Rc::clone(cell.get_or_init(|| Rc::new(Config::parse(env)))))
    }

    fn parse(env: &Env) -> Config {
        let agent_tokens = optional(env, AGENT_TOKENS, AgentTokens::parse);
        // An admin token that is also an agent token would let agents edit the bot.
        let admin_tokens = optional(env, ADMIN_TOKENS, AgentTokens::parse).and_then(|admins| {
            match agent_tokens.as_ref().ok().and_then(|agents| admins.shared_with(agents)) {
                Some((admin, agent)) => Err(format!(
                    "{ADMIN_TOKENS}: the admin token of {admin:?} is also the agent token of {agent:?}"
                )),
                None => Ok(admins),
            }
        });
        Config {
            keyring: required(env, SESSION_KEYS, Keyring::parse),
            merchants: required(env, MERCHANTS, MerchantDirectory::parse),
            backends: required(env, REGIONS, Backends::parse),
            translators: optional(env, TRANSLATORS, Translators::parse),
            agent_tokens,
            admin_tokens,
        }
    }

    pub fn keyring(&self) -> Result<&Keyring, ApiError> {
        self.keyring.as_ref().map_err(|e| misconfigured(e))
    }

    pub fn merchants(&self) -> Result<&MerchantDirectory, ApiError> {
        self.merchants.as_ref().map_err(|e| misconfigured(e))
    }

    pub fn backends(&self) -> Result<&Backends, ApiError> {
        self.backends.as_ref().map_err(|e| misconfigured(e))
    }

    pub fn translators(&self) -> Result<&Translators, ApiError> {
        self.translators.as_ref().map_err(|e| misconfigured(e))
    }

    pub fn agent_tokens(&self) -> Result<&AgentTokens, ApiError> {
        self.agent_tokens.as_ref().map_err(|e| misconfigured(e))
    }

    pub fn admin_tokens(&self) -> Result<&AgentTokens, ApiError> {
        self.admin_tokens.as_ref().map_err(|e| misconfigured(e))
    }
}

/// A secret by name (a provider's API key); read when used, never kept.
pub fn secret(env: &Env, name: &str) -> Option<String> {
    env.secret(name).map(|s| s.to_string()).ok()
}
