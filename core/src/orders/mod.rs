//! A shopper's order as the bot may show it: checking that the asker placed it (the
//! checkout e-mail or phone, compared normalised and in constant time) and signing requests
//! to the stores' order APIs (OAuth 1.0a for Magento stores that keep bearer tokens off).
//! The adapters that call Shopify and Magento come next, in the edge. Imports nothing.

pub mod contact_match;
pub mod oauth1;
