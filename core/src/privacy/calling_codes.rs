//! ITU-T E.164 country calling codes (`core/data/privacy/calling_codes.tsv`): which digits
//! of an international number are its country code, so masking can keep them
//! (`+66***5678`). The codes are prefix-free, so a number starts with at most one.

const TABLE: &str = include_str!("../../data/privacy/calling_codes.tsv");

/// The rows of the table: each code and the countries it serves.
fn rows() -> impl Iterator<Item = (&'static str, &'static str)> {
    TABLE
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
}

/// The country calling code `digits` (ASCII, without the `+`) starts with.
pub fn code_of(digits: &str) -> Option<&'static str> {
    rows()
        .map(|(code, _)| code)
        .find(|code| digits.starts_with(code))
}

/// The countries (ISO 3166-1 alpha-2) that use `code`.
pub fn countries(code: &str) -> Vec<&'static str> {
    rows()
        .find(|(c, _)| *c == code)
        .map(|(_, countries)| countries.split(',').collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_has_its_shape() {
        assert!(
            TABLE
                .lines()
                .any(|l| l.starts_with("# Source: ITU-T E.164"))
        );
        assert!(
            TABLE
                .lines()
                .any(|l| l.starts_with('#') && l.contains("As of 20"))
        );
        let rows: Vec<(&str, &str)> = rows().collect();
        assert!(rows.len() > 200, "{} rows", rows.len());
        for line in TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 2, "{line}: code and countries");
            let (code, countries) = (fields[0], fields[1]);
            assert!(
                (1..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit()),
                "{line}: a code is 1-3 digits"
            );
            assert!(!code.starts_with('0'), "{line}");
            assert!(
                countries
                    .split(',')
                    .all(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())),
                "{line}: at least one ISO 3166-1 alpha-2 code"
            );
        }
        for (a, _) in &rows {
            for (b, _) in &rows {
                assert!(a == b || !b.starts_with(a), "{a} is a prefix of {b}");
            }
        }
    }

    #[test]
    fn numbers_find_their_country_code() {
        assert_eq!(code_of("14155555678"), Some("1"));
        assert_eq!(code_of("66812345678"), Some("66"));
        assert_eq!(code_of("442079460958"), Some("44"));
        assert_eq!(code_of("4930123456"), Some("49"));
        assert_eq!(code_of("351912345678"), Some("351"));
        assert_eq!(code_of("80012345678"), None, "non-geographic: no country");
        assert_eq!(countries("7"), ["RU", "KZ"]);
        assert!(countries("1").contains(&"CA"));
        assert!(countries("999").is_empty());
    }
}
