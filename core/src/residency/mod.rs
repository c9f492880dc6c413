//! Residency: which region the law (or proximity) puts a shopper's conversation in, which
//! backend keeps each region and what it guarantees, and whether a region is up.
//! Imports no other room.

pub mod backends;
pub mod policy;
pub mod region;
pub mod region_health;
pub mod routing;
