//! The shape the commerce tables share: rows of tab-separated columns whose first column
//! lists ISO 3166-1 alpha-2 codes, the last two a source and an "as of" date, and the
//! lookup of a country's row.

use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TableError {
    #[error("line {0}: expected {1} tab-separated columns")]
    Columns(usize, usize),
    #[error("line {0}: {1:?} is not an ISO 3166-1 alpha-2 code")]
    Country(usize, String),
    #[error("line {0}: {1:?} is listed twice")]
    Twice(usize, String),
    #[error("line {0}: the source must be an https URL and the date YYYY-MM-DD")]
    Provenance(usize),
    #[error("line {0}: {1}")]
    Value(usize, String),
}

pub fn is_country_code(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// One row: its line, its countries, and the columns between them and the provenance.
pub type Row = (usize, Vec<String>, Vec<String>);

/// The rows of `tsv`, `columns` counting all of them.
pub fn rows(tsv: &str, columns: usize) -> Result<Vec<Row>, TableError> {
    let mut rows = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for (i, line) in tsv.lines().enumerate() {
        let n = i + 1;
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() != columns {
            return Err(TableError::Columns(n, columns));
        }
        let (source, as_of) = (fields[columns - 2], fields[columns - 1]);
        let date_ok = as_of.len() == 10
            && as_of.bytes().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
        if !source.starts_with("https://") || !date_ok {
            return Err(TableError::Provenance(n));
        }
        let mut countries = Vec::new();
        for code in fields[0].split(',') {
            if !is_country_code(code) {
                return Err(TableError::Country(n, code.to_owned()));
            }
            if seen.iter().any(|c| c == code) {
                return Err(TableError::Twice(n, code.to_owned()));
            }
            seen.push(code.to_owned());
            countries.push(code.to_owned());
        }
        let middle = fields[1..columns - 2]
            .iter()
            .map(|f| (*f).to_owned())
            .collect();
        rows.push((n, countries, middle));
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_checked() {
        let ok = "# c\nDE,FR\tx\thttps://a.example\t2026-12-01";
        assert_eq!(rows(ok, 4).map(|r| r[0].1.len()), Ok(2));
        assert_eq!(
            rows("DE\tx\thttps://a\t2026", 4),
            Err(TableError::Provenance(1))
        );
        assert_eq!(
            rows("de\tx\thttps://a\t2026-12-01", 4),
            Err(TableError::Country(1, "de".into()))
        );
        assert_eq!(
            rows(
                "DE\tx\thttps://a\t2026-12-01\nDE\ty\thttps://a\t2026-12-01",
                4
            ),
            Err(TableError::Twice(2, "DE".into()))
        );
        assert_eq!(rows("DE\tx", 4), Err(TableError::Columns(1, 4)));
    }
}
