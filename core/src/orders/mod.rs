//! A shopper's order as the bot may show it: checking that the asker placed it (the
//! checkout e-mail or phone, compared normalised and in constant time) and signing requests
//! to the stores' order APIs (OAuth 1.0a for Magento stores that keep bearer tokens off).
//! Shopify's order query and Magento's order and shipment searches, and what their answers
//! mean; the edge's adapters come next. Imports nothing.

pub mod contact_match;
pub mod magento;
pub mod oauth1;
pub mod order;
pub mod shopify;
