//! A store's teams as configured (`"teams"` in `CARAVAN_MERCHANTS`): a name, an IANA time
//! zone, the languages they answer in, weekly hours in local time, holidays, and the wait
//! a shopper can expect while they are in.

use serde::Deserialize;
use thiserror::Error;

use crate::language::locale::Locale;
use crate::teams::calendar::{Date, parse_date};

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TeamError {
    #[error("team {0:?}: {1:?} is not an IANA time zone name like Europe/Lisbon")]
    Zone(String, String),
    #[error("team {0:?}: {1:?} is not a shipped locale")]
    Language(String, String),
    #[error(
        "team {0:?}: hours are {{\"mon\": \"09:00-18:00\", ...}} with days mon to sun; {1:?} is not"
    )]
    Hours(String, String),
    #[error("team {0:?}: holiday {1:?} is not a date YYYY-MM-DD")]
    Holiday(String, String),
    #[error("team {0:?}: typical_wait_min must be 1 to 1440")]
    Wait(String),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTeam {
    name: String,
    time_zone: String,
    #[serde(default)]
    languages: Vec<String>,
    hours: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    holidays: Vec<String>,
    #[serde(default = "default_wait")]
    typical_wait_min: u32,
}

fn default_wait() -> u32 {
    10
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Team {
    pub name: String,
    pub time_zone: String,
    /// Empty: every language.
    pub languages: Vec<Locale>,
    /// Open and close, minutes after local midnight, Monday first; `None`: closed all day.
    pub week: [Option<(u32, u32)>; 7],
    pub holidays: Vec<Date>,
    pub typical_wait_min: u32,
}

/// `HH:MM` as minutes after midnight (`24:00` closes at midnight).
fn minute(text: &str) -> Option<u32> {
    let (h, m) = text.trim().split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    // `then`, not `then_some`: the sum of two numbers out of range may overflow.
    (h < 24 && m < 60 || h == 24 && m == 0).then(|| h * 60 + m)
}

/// A plausible IANA zone name (the runtime, and `cargo xtask build` with chrono-tz, check
/// that it exists).
pub fn plausible_zone(zone: &str) -> bool {
    (zone == "UTC" || zone.contains('/'))
        && zone.len() <= 64
        && zone
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'_' | b'-' | b'+'))
}

impl Team {
    pub fn from_raw(raw: RawTeam) -> Result<Team, TeamError> {
        let name = raw.name;
        if !plausible_zone(&raw.time_zone) {
            return Err(TeamError::Zone(name, raw.time_zone));
        }
        let languages = raw
            .languages
            .iter()
            .map(|t| {
                Locale::from_tag(t).ok_or_else(|| TeamError::Language(name.clone(), t.clone()))
            })
            .collect::<Result<_, _>>()?;
        let mut week = [None; 7];
        for (day, span) in &raw.hours {
            let bad = || TeamError::Hours(name.clone(), format!("{day}: {span}"));
            let at = DAYS.iter().position(|d| d == day).ok_or_else(bad)?;
            let (open, close) = span.split_once('-').ok_or_else(bad)?;
            let (open, close) = (
                minute(open).ok_or_else(bad)?,
                minute(close).ok_or_else(bad)?,
            );
            if open >= close {
                return Err(bad());
            }
            week[at] = Some((open, close));
        }
        let holidays = raw
            .holidays
            .iter()
            .map(|d| parse_date(d).ok_or_else(|| TeamError::Holiday(name.clone(), d.clone())))
            .collect::<Result<_, _>>()?;
        if !(1..=1440).contains(&raw.typical_wait_min) {
            return Err(TeamError::Wait(name));
        }
        Ok(Team {
            name,
            time_zone: raw.time_zone,
            languages,
            week,
            holidays,
            typical_wait_min: raw.typical_wait_min,
        })
    }

    /// Does this team answer shoppers writing in `locale`?
    pub fn speaks(&self, locale: Locale) -> bool {
        self.languages.is_empty()
            || self
                .languages
                .iter()
                .any(|l| *l == locale || l.language() == locale.language())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn team(json: &str) -> Result<Team, TeamError> {
        Team::from_raw(serde_json::from_str(json).expect("json"))
    }

    #[test]
    fn reads_a_team() {
        let t = team(r#"{"name":"EU","time_zone":"Europe/Lisbon","languages":["en","pt-PT"],"hours":{"mon":"09:00-18:00","sat":"10:00-14:00"},"holidays":["2026-12-25"],"typical_wait_min":4}"#).expect("valid");
        assert_eq!(t.week[0], Some((540, 1080)));
        assert_eq!(t.week[5], Some((600, 840)));
        assert_eq!(t.week[6], None);
        assert!(t.speaks(Locale::PtBr), "Portuguese is Portuguese");
        assert!(!t.speaks(Locale::Th));
    }

    #[test]
    fn bad_teams_say_what_to_fix() {
        let base = |f: &str| {
            format!(
                r#"{{"name":"T","time_zone":"Europe/Lisbon","hours":{{"mon":"09:00-18:00"}}{f}}}"#
            )
        };
        assert!(matches!(
            team(&base("").replace("Europe/Lisbon", "Lisbon time")),
            Err(TeamError::Zone(..))
        ));
        assert!(matches!(
            team(&base("").replace("09:00-18:00", "18:00-09:00")),
            Err(TeamError::Hours(..))
        ));
        assert!(matches!(
            team(&base("").replace("\"mon\"", "\"monday\"")),
            Err(TeamError::Hours(..))
        ));
        assert!(matches!(
            team(&base(r#","holidays":["25/12"]"#)),
            Err(TeamError::Holiday(..))
        ));
        assert!(matches!(
            team(&base(r#","languages":["klingon"]"#)),
            Err(TeamError::Language(..))
        ));
        assert!(matches!(
            team(&base(r#","typical_wait_min":0"#)),
            Err(TeamError::Wait(..))
        ));
    }
}
