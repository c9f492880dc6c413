//! Who may act as a merchant's agent: bearer tokens from configuration (secret
//! `CARAVAN_AGENT_TOKENS`, `{"<merchant>": "<token>"}`). Tokens are compared by their
//! SHA-256 digests, so the comparison's timing says nothing about a token's bytes.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};
use thiserror::Error;

/// Shorter tokens are refused: an agent token must not be guessable.
pub const MIN_TOKEN_LEN: usize = 32;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum AgentTokensError {
    #[error("agent tokens are not a JSON object of merchant ids to tokens: {0}")]
    Json(String),
    #[error("the agent token of merchant {0:?} is shorter than {MIN_TOKEN_LEN} characters")]
    TooShort(String),
    #[error("merchants {0:?} and {1:?} share an agent token")]
    Shared(String, String),
}

#[derive(Clone, Default, PartialEq, Eq)]
pub struct AgentTokens {
    /// Digest of each merchant's token.
    digests: BTreeMap<String, [u8; 32]>,
}

impl std::fmt::Debug for AgentTokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AgentTokens")
            .field("merchants", &self.digests.keys().collect::<Vec<_>>())
            .finish()
    }
}

fn digest(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

impl AgentTokens {
    pub fn parse(json: &str) -> Result<Self, AgentTokensError> {
        let raw: BTreeMap<String, String> =
            serde_json::from_str(json).map_err(|e| AgentTokensError::Json(e.to_string()))?;
        let mut digests: BTreeMap<String, [u8; 32]> = BTreeMap::new();
        for (merchant, token) in raw {
            if token.chars().count() < MIN_TOKEN_LEN {
                return Err(AgentTokensError::TooShort(merchant));
            }
            let d = digest(&token);
            if let Some((other, _)) = digests.iter().find(|(_, known)| **known == d) {
                return Err(AgentTokensError::Shared(other.clone(), merchant));
            }
            digests.insert(merchant, d);
        }
        Ok(Self { digests })
    }

    /// A token both lists hold, as (merchant here, merchant there): an admin token must
    /// never also be an agent token.
    pub fn shared_with(&self, other: &AgentTokens) -> Option<(String, String)> {
        self.digests.iter().find_map(|(mine, d)| {
            other
                .digests
                .iter()
                .find(|(_, theirs)| *theirs == d)
                .map(|(other, _)| (mine.clone(), other.clone()))
        })
    }

    /// The merchant whose agents hold `token`.
    pub fn merchant(&self, token: &str) -> Option<&str> {
        let d = digest(token);
        self.digests
            .iter()
            .find(|(_, known)| known.iter().zip(d).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0)
            .map(|(m, _)| m.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEMO: &str = "demo-agent-token-0123456789abcdefghij";

    #[test]
    fn finds_the_merchant_of_a_token() {
        let tokens = AgentTokens::parse(&format!(r#"{{"demo":"{DEMO}"}}"#)).expect("valid");
        assert_eq!(tokens.merchant(DEMO), Some("demo"));
        assert_eq!(
            tokens.merchant("demo-agent-token-0123456789abcdefghiJ"),
            None
        );
        assert_eq!(tokens.merchant(""), None);
        assert!(!format!("{tokens:?}").contains(DEMO));
    }

    #[test]
    fn refuses_weak_or_shared_tokens() {
        assert!(matches!(
            AgentTokens::parse(r#"{"demo":"short"}"#),
            Err(AgentTokensError::TooShort(_))
        ));
        assert!(matches!(
            AgentTokens::parse(&format!(r#"{{"a":"{DEMO}","b":"{DEMO}"}}"#)),
            Err(AgentTokensError::Shared(..))
        ));
        assert!(AgentTokens::parse("[]").is_err());
        let agents = AgentTokens::parse(&format!(r#"{{"demo":"{DEMO}"}}"#)).expect("valid");
        let admins = AgentTokens::parse(&format!(r#"{{"demo":"{DEMO}"}}"#)).expect("valid");
        assert_eq!(
            admins.shared_with(&agents),
            Some(("demo".into(), "demo".into()))
        );
        let other =
            AgentTokens::parse(r#"{"demo":"another-token-for-admins-0123456789"}"#).expect("valid");
        assert_eq!(other.shared_with(&agents), None);
    }
}
