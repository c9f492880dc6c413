//! Seasonal greetings by the shopper's country and date, from `locales/seasons.tsv`:
//! Songkran, Tết, Lunar New Year, Seollal, Ramadan and both Eids, Diwali, Christmas.
//! The dates are data, not code, so a new year or a new festival is a line to add.

use thiserror::Error;

use crate::teams::calendar::civil_from_days;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SeasonsError {
    #[error("line {0}: expected `greeting<TAB>countries<TAB>from<TAB>to`")]
    Columns(usize),
    #[error("line {0}: {1:?} is not a date (YYYY-MM-DD, or MM-DD for every year)")]
    Date(usize, String),
    #[error("line {0}: {1:?} is not a two-letter country code")]
    Country(usize, String),
    #[error("line {0}: the range ends before it starts")]
    Backwards(usize),
}

/// A civil date; `year` 0 means every year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Day {
    year: i64,
    month: u8,
    day: u8,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Row {
    greeting: String,
    countries: Vec<String>,
    from: Day,
    to: Day,
}

/// The season table, in priority order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Seasons {
    rows: Vec<Row>,
}

fn parse_day(line: usize, text: &str) -> Result<Day, SeasonsError> {
    let bad = || SeasonsError::Date(line, text.to_owned());
    let parts: Vec<&str> = text.split('-').collect();
    let (year, month, day) = match parts[..] {
        [y, m, d] if y.len() == 4 => (y.parse().map_err(|_| bad())?, m, d),
        [m, d] => (0, m, d),
        _ => return Err(bad()),
    };
    let month: u8 = month.parse().map_err(|_| bad())?;
    let day: u8 = day.parse().map_err(|_| bad())?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return Err(bad());
    }
    Ok(Day { year, month, day })
}

impl Seasons {
    pub fn parse(tsv: &str) -> Result<Self, SeasonsError> {
        let mut rows = Vec::new();
        for (i, line) in tsv.lines().enumerate() {
            let n = i + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let [greeting, countries, from, to] = cols[..] else {
                return Err(SeasonsError::Columns(n));
            };
            let countries = countries
                .split_whitespace()
                .map(|c| {
                    (c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()))
                        .then(|| c.to_owned())
                        .ok_or_else(|| SeasonsError::Country(n, c.to_owned()))
                })
                .collect::<Result<Vec<_>, _>>()?;
            let (from, to) = (parse_day(n, from)?, parse_day(n, to)?);
            if (from.year == 0) != (to.year == 0) || to < from {
                return Err(SeasonsError::Backwards(n));
            }
            rows.push(Row {
                greeting: greeting.to_owned(),
                countries,
                from,
                to,
            });
        }
        Ok(Self { rows })
    }

    /// The greeting key for a shopper in `country` at `unix_ms` (the UTC date), if any.
    pub fn greeting(&self, country: &str, unix_ms: u64) -> Option<&str> {
        let today = civil_date(unix_ms);
        self.rows
            .iter()
            .find(|r| {
                let day = if r.from.year == 0 {
                    Day { year: 0, ..today }
                } else {
                    today
                };
                r.countries.iter().any(|c| c.eq_ignore_ascii_case(country))
                    && r.from <= day
                    && day <= r.to
            })
            .map(|r| r.greeting.as_str())
    }

    /// Every greeting key the table names (for the locale completeness test).
    pub fn greetings(&self) -> impl Iterator<Item = &str> {
        self.rows.iter().map(|r| r.greeting.as_str())
    }

    /// The last year with an explicit date.
    pub fn last_year(&self) -> i64 {
        self.rows.iter().map(|r| r.to.year).max().unwrap_or(0)
    }
}

/// The UTC civil date of a Unix time.
fn civil_date(unix_ms: u64) -> Day {
    let date = civil_from_days((unix_ms / 86_400_000) as i64);
    Day {
        year: date.year,
        month: date.month,
        day: date.day,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates() {
        assert_eq!(
            civil_date(0),
            Day {
                year: 1970,
                month: 1,
                day: 1
            }
        );
        // 2026-11-21T23:59:59Z and 2028-02-29 (a leap day).
        assert_eq!(
            civil_date(1_795_305_599_000),
            Day {
                year: 2026,
                month: 11,
                day: 21
            }
        );
        assert_eq!(
            civil_date(1_835_395_200_000),
            Day {
                year: 2028,
                month: 2,
                day: 29
            }
        );
    }

    #[test]
    fn refuses_bad_rows() {
        assert_eq!(
            Seasons::parse("a\tTH\t04-13"),
            Err(SeasonsError::Columns(1))
        );
        assert!(matches!(
            Seasons::parse("a\tTHA\t04-13\t04-15"),
            Err(SeasonsError::Country(1, _))
        ));
        assert!(matches!(
            Seasons::parse("a\tTH\t13-01\t04-15"),
            Err(SeasonsError::Date(1, _))
        ));
        assert_eq!(
            Seasons::parse("a\tTH\t04-15\t04-13"),
            Err(SeasonsError::Backwards(1))
        );
        assert_eq!(
            Seasons::parse("a\tTH\t2026-04-15\t04-16"),
            Err(SeasonsError::Backwards(1))
        );
    }
}
