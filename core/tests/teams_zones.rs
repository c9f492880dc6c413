//! Team schedules against real time-zone rules (chrono-tz, the IANA database): summer time
//! moves an opening by an hour in UTC, and a next opening across the change lands on the
//! local hour. The worker answers the same question from the runtime's ICU data.

use caravan_core::language::locale::Locale;
use caravan_core::teams::availability::{Staffing, Zones, staffing};
use caravan_core::teams::schedule::Team;
use chrono::{Offset, TimeZone, Utc};
use chrono_tz::Tz;

struct Iana;

impl Zones for Iana {
    fn offset_minutes(&self, zone: &str, utc_ms: u64) -> Option<i32> {
        let tz: Tz = zone.parse().ok()?;
        let at = Utc.timestamp_millis_opt(utc_ms as i64).single()?;
        Some(
            tz.offset_from_utc_datetime(&at.naive_utc())
                .fix()
                .local_minus_utc()
                / 60,
        )
    }
}

fn team(zone: &str) -> Team {
    let raw = format!(
        r#"{{"name":"T","time_zone":"{zone}","hours":{{"mon":"09:00-18:00","tue":"09:00-18:00","wed":"09:00-18:00","thu":"09:00-18:00","fri":"09:00-18:00"}},"typical_wait_min":3}}"#
    );
    Team::from_raw(serde_json::from_str(&raw).expect("json")).expect("team")
}

fn ms(rfc3339: &str) -> u64 {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .expect("date")
        .timestamp_millis() as u64
}

#[test]
fn summer_time_moves_the_opening_in_utc() {
    let lisbon = [team("Europe/Lisbon")];
    // July: Lisbon is UTC+1. 07:30 UTC is 08:30 local: back at 08:00 UTC.
    assert_eq!(
        staffing(&lisbon, Locale::En, ms("2026-07-14T07:30:00Z"), &Iana),
        Staffing::Away {
            back_ms: ms("2026-07-14T08:00:00Z")
        }
    );
    assert_eq!(
        staffing(&lisbon, Locale::En, ms("2026-07-14T08:30:00Z"), &Iana),
        Staffing::Open {
            typical_wait_min: 3
        }
    );
    // January: UTC+0. 08:30 UTC is 08:30 local: still closed.
    assert_eq!(
        staffing(&lisbon, Locale::En, ms("2026-01-13T08:30:00Z"), &Iana),
        Staffing::Away {
            back_ms: ms("2026-01-13T09:00:00Z")
        }
    );
}

#[test]
fn a_next_opening_across_the_change_is_the_local_hour() {
    // New York leaves summer time on Sunday 2026-11-01. Friday 2026-10-30 at 20:00 local
    // (00:00 UTC Saturday): back Monday 09:00 local, which is 14:00 UTC in winter.
    let new_york = [team("America/New_York")];
    assert_eq!(
        staffing(&new_york, Locale::En, ms("2026-10-31T00:00:00Z"), &Iana),
        Staffing::Away {
            back_ms: ms("2026-11-02T14:00:00Z")
        }
    );
}
