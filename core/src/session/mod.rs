//! Sessions: opening one (locale, the region it is placed in, the session-opening loop
//! over regions and their health), the `/v1/route` explanation, and the signed tokens that
//! pin it. "Where is the region chosen" reads here. Imports `language`, `wire`,
//! `residency`, `store`.

#[cfg(test)]
mod fixtures;
pub mod opening;
pub mod placement;
pub mod placing;
pub mod route_explanation;
pub mod token;
pub mod verified;
