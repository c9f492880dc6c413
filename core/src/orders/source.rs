//! Where a merchant's orders are looked up: the platform, the store's origin, and the name
//! of the secret holding its credentials (never the credentials themselves: configuration
//! is not secret, secrets are read when a lookup needs them).

use serde::Deserialize;
use thiserror::Error;

use crate::orders::oauth1;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    /// Shopify Admin GraphQL; the secret is an Admin API access token (`shpat_…`).
    Shopify,
    /// Magento 2 REST with the integration's access token as a bearer.
    MagentoBearer,
    /// Magento 2 REST signed with OAuth 1.0a (stores that keep bearer use off); the secret
    /// is JSON `{"consumer_key","consumer_secret","access_token","access_token_secret"}`.
    MagentoOAuth1,
}

impl Platform {
    pub fn name(self) -> &'static str {
        match self {
            Platform::Shopify => "shopify",
            Platform::MagentoBearer => "magento",
            Platform::MagentoOAuth1 => "magento-oauth1",
        }
    }

    pub fn parse(name: &str) -> Option<Platform> {
        [
            Platform::Shopify,
            Platform::MagentoBearer,
            Platform::MagentoOAuth1,
        ]
        .into_iter()
        .find(|p| p.name() == name)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderSource {
    pub platform: Platform,
    /// `https://shop.example` (the Shopify shop's `*.myshopify.com` origin), no path.
    pub origin: String,
    /// The secret's name, e.g. `ORDERS_DEMO`.
    pub secret: String,
}

/// A store's credentials, read from the secret.
#[derive(Clone, PartialEq, Eq)]
pub enum Credentials {
    Token(String),
    OAuth1(oauth1::Credentials),
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Credentials::Token(_) => f.write_str("Token(..)"),
            Credentials::OAuth1(c) => c.fmt(f),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOAuth1 {
    consumer_key: String,
    consumer_secret: String,
    access_token: String,
    access_token_secret: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CredentialsError {
    #[error("the secret is empty")]
    Empty,
    #[error(
        "the secret must be JSON with consumer_key, consumer_secret, access_token and access_token_secret"
    )]
    OAuth1,
    #[error("a token must be printable ASCII without spaces")]
    Token,
}

impl Credentials {
    /// The credentials `platform` expects in its secret's `text`.
    pub fn parse(platform: Platform, text: &str) -> Result<Credentials, CredentialsError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(CredentialsError::Empty);
        }
        match platform {
            Platform::MagentoOAuth1 => {
                let raw: RawOAuth1 =
                    serde_json::from_str(text).map_err(|_| CredentialsError::OAuth1)?;
                Ok(Credentials::OAuth1(oauth1::Credentials {
                    consumer_key: raw.consumer_key,
                    consumer_secret: raw.consumer_secret,
                    token: raw.access_token,
                    token_secret: raw.access_token_secret,
                }))
            }
            // A token goes into a header: nothing that could split or end it.
            _ if !text.bytes().all(|b| b.is_ascii_graphic()) => Err(CredentialsError::Token),
            _ => Ok(Credentials::Token(text.to_owned())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_read_by_platform() {
        assert_eq!(
            Credentials::parse(Platform::Shopify, " shpat_abc \n"),
            Ok(Credentials::Token("shpat_abc".into()))
        );
        assert_eq!(
            Credentials::parse(Platform::MagentoBearer, "a b"),
            Err(CredentialsError::Token)
        );
        let oauth = r#"{"consumer_key":"ck","consumer_secret":"cs","access_token":"at","access_token_secret":"ats"}"#;
        let Ok(Credentials::OAuth1(c)) = Credentials::parse(Platform::MagentoOAuth1, oauth) else {
            panic!("oauth1")
        };
        assert_eq!((c.token.as_str(), c.token_secret.as_str()), ("at", "ats"));
        assert!(
            !format!("{:?}", Credentials::OAuth1(c)).contains("ats"),
            "secrets stay out of logs"
        );
        assert_eq!(
            Credentials::parse(Platform::MagentoOAuth1, "token"),
            Err(CredentialsError::OAuth1)
        );
        assert_eq!(
            Platform::parse("magento-oauth1"),
            Some(Platform::MagentoOAuth1)
        );
    }
}
