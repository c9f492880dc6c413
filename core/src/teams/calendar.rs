//! Civil dates and weekdays from Unix time and back (proleptic Gregorian, the days-from-
//! civil algorithm), for schedules read in a team's local time.

/// A day of the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i64,
    pub month: u8,
    pub day: u8,
}

const DAY_MS: i64 = 86_400_000;

/// Days since 1970-01-01 of a civil date.
pub fn days_from_civil(d: Date) -> i64 {
    let y = if d.month <= 2 { d.year - 1 } else { d.year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(d.month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d.day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date `days` after 1970-01-01.
pub fn civil_from_days(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date { year, month, day }
}

/// Monday 0 to Sunday 6.
pub fn weekday(days: i64) -> usize {
    // 1970-01-01 was a Thursday.
    (days + 3).rem_euclid(7) as usize
}

/// Local date and minute of the day at `utc_ms` for a zone `offset_min` ahead of UTC.
pub fn local(utc_ms: u64, offset_min: i32) -> (i64, u32) {
    let local_ms = utc_ms as i64 + i64::from(offset_min) * 60_000;
    (
        local_ms.div_euclid(DAY_MS),
        (local_ms.rem_euclid(DAY_MS) / 60_000) as u32,
    )
}

/// Unix ms of local `days` at `minute`, in a zone `offset_min` ahead of UTC.
pub fn utc_ms(days: i64, minute: u32, offset_min: i32) -> i64 {
    days * DAY_MS + i64::from(minute) * 60_000 - i64::from(offset_min) * 60_000
}

/// `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Option<Date> {
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let date = Date {
        year: y.parse().ok()?,
        month: m.parse().ok()?,
        day: d.parse().ok()?,
    };
    // A real date: it survives the round trip.
    (civil_from_days(days_from_civil(date)) == date).then_some(date)
}

/// Unix ms of an ISO 8601 / RFC 3339 instant as stores send them: `2026-12-05T00:00:00Z`,
/// with fractions or an offset (`+07:00`), or Magento's `2026-11-28 10:15:00` (UTC); a
/// bare date is its midnight UTC.
pub fn parse_instant(text: &str) -> Option<u64> {
    let text = text.trim();
    let (date, rest) = text.split_at_checked(10)?;
    let days = days_from_civil(parse_date(date)?);
    let rest = rest.strip_prefix(['T', ' ']).unwrap_or(rest);
    if rest.is_empty() {
        return u64::try_from(days * DAY_MS).ok();
    }
    let (time, zone) = rest.split_at_checked(8)?;
    let mut hms = time.split(':').map(|p| p.parse::<u32>().ok());
    let (h, m, sec) = (hms.next()??, hms.next()??, hms.next()??);
    if h > 23 || m > 59 || sec > 60 || time.len() != 8 {
        return None;
    }
    // Fractions of a second are dropped.
    let zone = zone
        .strip_prefix('.')
        .map_or(zone, |f| f.trim_start_matches(|c: char| c.is_ascii_digit()));
    let offset_min: i64 = match zone {
        "" | "Z" | "z" => 0,
        _ => {
            let sign = match zone.as_bytes()[0] {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let (oh, om) = zone[1..]
                .split_once(':')
                .unwrap_or(zone[1..].split_at_checked(2)?);
            let (oh, om): (i64, i64) = (oh.parse().ok()?, om.parse().ok()?);
            if oh > 23 || om > 59 {
                return None;
            }
            sign * (oh * 60 + om)
        }
    };
    let ms = days * DAY_MS + i64::from(h * 3600 + m * 60 + sec) * 1000 - offset_min * 60_000;
    u64::try_from(ms).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_and_weekdays_are_right() {
        let d = Date {
            year: 2026,
            month: 12,
            day: 1,
        };
        assert_eq!(civil_from_days(days_from_civil(d)), d);
        assert_eq!(weekday(days_from_civil(d)), 1, "2026-12-01 is a Tuesday");
        assert_eq!(weekday(0), 3, "1970-01-01 was a Thursday");
        assert_eq!(parse_date("2026-02-29"), None);
        let dec5 = days_from_civil(Date {
            year: 2026,
            month: 12,
            day: 5,
        }) as u64
            * DAY_MS as u64;
        assert_eq!(parse_instant("2026-12-05T00:00:00Z"), Some(dec5));
        assert_eq!(parse_instant("2026-12-05"), Some(dec5));
        assert_eq!(parse_instant("2026-12-05T07:00:00.123+07:00"), Some(dec5));
        assert_eq!(parse_instant("2026-12-04 23:00:00"), Some(dec5 - 3_600_000));
        assert_eq!(parse_instant("2026-12-04T19:00:00-0500"), Some(dec5));
        for bad in [
            "",
            "tomorrow",
            "2026-13-01",
            "2026-12-05T25:00:00Z",
            "2026-12-05T10:00:00+x",
        ] {
            assert_eq!(parse_instant(bad), None, "{bad}");
        }
        assert_eq!(
            parse_date("2028-02-29"),
            Some(Date {
                year: 2028,
                month: 2,
                day: 29
            })
        );
        let midnight = days_from_civil(d) as u64 * 86_400_000;
        assert_eq!(
            local(midnight, 60),
            (days_from_civil(d), 60),
            "01:00 in UTC+1"
        );
        assert_eq!(
            local(midnight, -60),
            (days_from_civil(d) - 1, 23 * 60),
            "23:00 the day before in UTC-1"
        );
        assert_eq!(utc_ms(days_from_civil(d), 60, 60), midnight as i64);
    }
}
