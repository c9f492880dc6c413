//! Is a person there to take a handoff now, and if not, when will one be? Read from the
//! store's teams that speak the shopper's language (any team when none does), each in its
//! own time zone.

use crate::language::locale::Locale;
use crate::teams::calendar::{civil_from_days, local, utc_ms, weekday};
use crate::teams::schedule::Team;

/// A time zone's offset from UTC, in minutes, at an instant: the shell's time-zone data.
pub trait Zones {
    fn offset_minutes(&self, zone: &str, utc_ms: u64) -> Option<i32>;
}

/// How far ahead a next opening is looked for.
const HORIZON_DAYS: i64 = 14;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Staffing {
    /// No teams configured (or none whose zone is known): no promise either way.
    Unknown,
    /// A team is in; the shortest typical wait of those that are.
    Open { typical_wait_min: u32 },
    /// Nobody is in; the first team back at this Unix ms.
    Away { back_ms: u64 },
}

fn is_open(team: &Team, day: i64, minute: u32) -> bool {
    !team.holidays.contains(&civil_from_days(day))
        && team.week[weekday(day)].is_some_and(|(open, close)| open <= minute && minute < close)
}

/// Is `team` in at `now_ms`? `None` when its zone is unknown to the shell.
pub fn on_duty(team: &Team, now_ms: u64, zones: &impl Zones) -> Option<bool> {
    let offset = zones.offset_minutes(&team.time_zone, now_ms)?;
    let (day, minute) = local(now_ms, offset);
    Some(is_open(team, day, minute))
}

/// When `team` opens next after `now_ms` (it is closed then), in Unix ms.
fn next_opening(team: &Team, now_ms: u64, zones: &impl Zones) -> Option<u64> {
    let offset = zones.offset_minutes(&team.time_zone, now_ms)?;
    let (today, minute) = local(now_ms, offset);
    (0..=HORIZON_DAYS).find_map(|k| {
        let day = today + k;
        let (open, _) = team.week[weekday(day)]?;
        if team.holidays.contains(&civil_from_days(day)) || (k == 0 && minute >= open) {
            return None;
        }
        // The offset of that moment (daylight saving may differ from now's).
        let guess = utc_ms(day, open, offset).max(0) as u64;
        let at = utc_ms(
            day,
            open,
            zones
                .offset_minutes(&team.time_zone, guess)
                .unwrap_or(offset),
        );
        u64::try_from(at).ok().filter(|at| *at > now_ms)
    })
}

/// Who is there for a shopper writing in `shopper` at `now_ms`.
pub fn staffing(teams: &[Team], shopper: Locale, now_ms: u64, zones: &impl Zones) -> Staffing {
    let speaking: Vec<&Team> = teams.iter().filter(|t| t.speaks(shopper)).collect();
    let teams: Vec<&Team> = if speaking.is_empty() {
        teams.iter().collect()
    } else {
        speaking
    };
    let open = teams
        .iter()
        .filter(|t| on_duty(t, now_ms, zones) == Some(true))
        .map(|t| t.typical_wait_min)
        .min();
    if let Some(typical_wait_min) = open {
        return Staffing::Open { typical_wait_min };
    }
    match teams
        .iter()
        .filter_map(|t| next_opening(t, now_ms, zones))
        .min()
    {
        Some(back_ms) => Staffing::Away { back_ms },
        None => Staffing::Unknown,
    }
}

/// Fixed offsets for tests: Lisbon UTC+0 in winter, Bangkok UTC+7, no other zone.
#[cfg(test)]
#[derive(Debug)]
pub(crate) struct Fixed;

#[cfg(test)]
impl Zones for Fixed {
    fn offset_minutes(&self, zone: &str, _: u64) -> Option<i32> {
        match zone {
            "Europe/Lisbon" => Some(0),
            "Asia/Bangkok" => Some(420),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::teams::calendar::{Date, days_from_civil};
    use crate::teams::schedule::Team;

    fn team(zone: &str, languages: &[&str]) -> Team {
        let raw = format!(
            r#"{{"name":"T","time_zone":"{zone}","languages":{languages:?},"hours":{{"mon":"09:00-18:00","tue":"09:00-18:00","wed":"09:00-18:00","thu":"09:00-18:00","fri":"09:00-18:00"}},"holidays":["2026-12-25"],"typical_wait_min":4}}"#
        );
        Team::from_raw(serde_json::from_str(&raw).expect("json")).expect("team")
    }

    fn at(y: i64, m: u8, d: u8, hour: u32) -> u64 {
        (days_from_civil(Date {
            year: y,
            month: m,
            day: d,
        }) as u64)
            * 86_400_000
            + u64::from(hour) * 3_600_000
    }

    #[test]
    fn open_in_hours_away_at_night_and_on_holidays() {
        let lisbon = [team("Europe/Lisbon", &["en", "pt-PT"])];
        // Tuesday 2026-12-01, 10:00 UTC = 10:00 in Lisbon.
        assert_eq!(
            staffing(&lisbon, Locale::En, at(2026, 12, 1, 10), &Fixed),
            Staffing::Open {
                typical_wait_min: 4
            }
        );
        // 20:00: back Wednesday 09:00.
        assert_eq!(
            staffing(&lisbon, Locale::En, at(2026, 12, 1, 20), &Fixed),
            Staffing::Away {
                back_ms: at(2026, 12, 2, 9)
            }
        );
        // Friday evening: back Monday.
        assert_eq!(
            staffing(&lisbon, Locale::En, at(2026, 12, 4, 19), &Fixed),
            Staffing::Away {
                back_ms: at(2026, 12, 7, 9)
            }
        );
        // Christmas Day (a Friday) is a holiday: back Monday the 28th.
        assert_eq!(
            staffing(&lisbon, Locale::En, at(2026, 12, 25, 10), &Fixed),
            Staffing::Away {
                back_ms: at(2026, 12, 28, 9)
            }
        );
    }

    #[test]
    fn the_team_that_speaks_the_shoppers_language_counts() {
        let teams = [
            team("Europe/Lisbon", &["en"]),
            team("Asia/Bangkok", &["th"]),
        ];
        // 10:00 UTC = 17:00 in Bangkok (open) and 10:00 in Lisbon (open).
        assert_eq!(
            staffing(&teams, Locale::Th, at(2026, 12, 1, 10), &Fixed),
            Staffing::Open {
                typical_wait_min: 4
            }
        );
        // 12:00 UTC = 19:00 in Bangkok: the Thai team is out, though Lisbon is in.
        assert_eq!(
            staffing(&teams, Locale::Th, at(2026, 12, 1, 12), &Fixed),
            Staffing::Away {
                back_ms: at(2026, 12, 2, 2)
            }
        );
        // Nobody speaks Swahili: any team will do.
        assert_eq!(
            staffing(&teams, Locale::Sw, at(2026, 12, 1, 12), &Fixed),
            Staffing::Open {
                typical_wait_min: 4
            }
        );
        assert_eq!(
            staffing(&[], Locale::En, at(2026, 12, 1, 12), &Fixed),
            Staffing::Unknown
        );
        assert_eq!(
            staffing(
                &[team("Mars/Olympus", &[])],
                Locale::En,
                at(2026, 12, 1, 12),
                &Fixed
            ),
            Staffing::Unknown
        );
    }
}
