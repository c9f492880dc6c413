//! The people behind the bot: a store's teams, their time zone, weekly hours, holidays and
//! languages; whether one is there to take a handoff now, and when one will be. Time-zone
//! rules come from the shell (`Zones`: the runtime's ICU time-zone data in the worker,
//! chrono-tz in tests and build checks), never from a hand-written table. Imports
//! `language`.

pub mod availability;
pub mod calendar;
pub mod schedule;
