//! A shopper's order as the bot may show it: where a store's orders are looked up and with
//! which credentials, the lookup's calls and what each answer means (Shopify's Admin
//! GraphQL, Magento's REST order and shipment searches, OAuth 1.0a signing for Magento
//! stores that keep bearer tokens off), checking that the asker placed the order (the
//! checkout e-mail or phone, compared normalised and in constant time), and the merchant's
//! VIP rule. Imports nothing; the edge performs the calls.

pub mod contact_match;
pub mod lookup;
pub mod magento;
pub mod oauth1;
pub mod order;
pub mod shopify;
pub mod source;
pub mod vip;
