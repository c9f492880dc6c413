//! Sessions: opening one (locale, the region it is placed in, the session-opening loop
//! over regions and their health), the `/v1/route` explanation, the signed tokens that
//! pin it, and the identity a store vouches for in them. "Where is the region chosen"
//! reads here. Imports `language`, `wire`, `residency`, `store`.

#[cfg(test)]
mod fixtures;
pub mod identity_token;
#[cfg(test)]
mod identity_token_tests;
pub mod jti_ledger;
pub mod opening;
pub mod placement;
pub mod placing;
pub mod route_explanation;
pub mod token;
pub mod verified;
