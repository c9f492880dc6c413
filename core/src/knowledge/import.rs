//! Bulk import of knowledge-base entries: JSON (`[...]` or `{"entries": [...]}`) or CSV
//! (RFC 4180, header `id,locale,question,answer,tags,link`; one row per question variant,
//! the answer, tags (`;`-separated) and link given on any of an entry's rows).

use std::collections::BTreeMap;

use serde::Deserialize;
use thiserror::Error;

use crate::knowledge::entry::{Entry, MAX_TAGS};

/// The largest import body accepted, in bytes.
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;

const HEADER: [&str; 6] = ["id", "locale", "question", "answer", "tags", "link"];

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ImportError {
    #[error("the import is larger than {MAX_IMPORT_BYTES} bytes")]
    TooLarge,
    #[error("not a JSON array of entries or {{\"entries\": [...]}}: {0}")]
    Json(String),
    #[error("CSV line {0}: an unterminated quoted field")]
    Quote(usize),
    #[error("the CSV header must be `id,locale,question,answer,tags,link`")]
    Header,
    #[error("CSV line {0}: expected 6 fields")]
    Fields(usize),
    #[error("CSV line {line}: entry {id:?} has two different {field}s")]
    Conflict {
        line: usize,
        id: String,
        field: &'static str,
    },
}

/// Entries from a JSON body (not yet validated: the knowledge base does that).
pub fn from_json(body: &str) -> Result<Vec<Entry>, ImportError> {
    if body.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Body {
        List(Vec<Entry>),
        Wrapped { entries: Vec<Entry> },
    }
    match serde_json::from_str::<Body>(body) {
        Ok(Body::List(entries) | Body::Wrapped { entries }) => Ok(entries),
        Err(e) => Err(ImportError::Json(e.to_string())),
    }
}

/// Entries from a CSV body, in the order their ids first appear.
pub fn from_csv(body: &str) -> Result<Vec<Entry>, ImportError> {
    if body.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge);
    }
    let rows = records(body.strip_prefix('\u{feff}').unwrap_or(body))?;
    let mut rows = rows.into_iter();
    match rows.next() {
        Some((_, header))
            if header
                .iter()
                .map(|h| h.trim().to_ascii_lowercase())
                .eq(HEADER) => {}
        _ => return Err(ImportError::Header),
    }
    let mut order: Vec<String> = Vec::new();
    let mut entries: BTreeMap<String, Entry> = BTreeMap::new();
    for (line, row) in rows {
        if row.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let [id, locale, question, answer, tags, link] =
            <[String; 6]>::try_from(row).map_err(|_| ImportError::Fields(line))?;
        let id = id.trim().to_owned();
        let entry = entries.entry(id.clone()).or_insert_with(|| {
            order.push(id.clone());
            Entry {
                id: id.clone(),
                questions: BTreeMap::new(),
                answers: BTreeMap::new(),
                tags: Vec::new(),
                link: None,
            }
        });
        let locale = locale.trim().to_owned();
        if !question.trim().is_empty() {
            entry
                .questions
                .entry(locale.clone())
                .or_default()
                .push(question);
        }
        let conflict = |field| ImportError::Conflict {
            line,
            id: id.clone(),
            field,
        };
        if !answer.trim().is_empty() {
            match entry.answers.get(&locale) {
                Some(seen) if seen.trim() != answer.trim() => return Err(conflict("answer")),
                _ => {
                    entry.answers.insert(locale, answer);
                }
            }
        }
        if !tags.trim().is_empty() {
            for tag in tags.split(';').map(str::trim).filter(|t| !t.is_empty()) {
                // One more than an entry may have is enough for validation to refuse it;
                // keeping them all would compare each with every other.
                if entry.tags.len() > MAX_TAGS {
                    break;
                }
                if !entry.tags.iter().any(|t| t == tag) {
                    entry.tags.push(tag.to_owned());
                }
            }
        }
        if !link.trim().is_empty() {
            match &entry.link {
                Some(seen) if seen != link.trim() => return Err(conflict("link")),
                _ => entry.link = Some(link.trim().to_owned()),
            }
        }
    }
    Ok(order
        .into_iter()
        .filter_map(|id| entries.remove(&id))
        .collect())
}

/// RFC 4180 records with the line each starts on: fields split by commas, quoted fields
/// may hold commas, line breaks and doubled quotes.
fn records(text: &str) -> Result<Vec<(usize, Vec<String>)>, ImportError> {
    let mut records = Vec::new();
    let mut record: Vec<String> = Vec::new();
    let mut field = String::new();
    let (mut line, mut start) = (1, 1);
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push((start, std::mem::take(&mut record)));
                line += 1;
                start = line;
            }
            (false, c) => field.push(c),
        }
    }
    if quoted {
        return Err(ImportError::Quote(start));
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push((start, record));
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSV: &str = "id,locale,question,answer,tags,link\r\n\
returns,en,How do I return an item?,\"You can return it within 30 days, free.\",returns;policy,https://shop.example/returns\r\n\
returns,en,\"return policy, please\",,,\r\n\
returns,de,Wie kann ich etwas zurückgeben?,\"Innerhalb von 30 Tagen.\nKostenlos.\",,\r\n\
shipping,en,How long is shipping?,\"3 to 5 days (\"\"express\"\": 1 to 2)\",shipping,\r\n";

    #[test]
    fn csv_rows_gather_into_entries() {
        let entries = from_csv(CSV).expect("csv");
        assert_eq!(
            entries.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
            vec!["returns", "shipping"]
        );
        let returns = &entries[0];
        assert_eq!(
            returns.questions["en"],
            vec!["How do I return an item?", "return policy, please"]
        );
        assert_eq!(returns.answers["de"], "Innerhalb von 30 Tagen.\nKostenlos.");
        assert_eq!(returns.tags, vec!["returns", "policy"]);
        assert_eq!(
            entries[1].answers["en"],
            "3 to 5 days (\"express\": 1 to 2)"
        );
        assert!(entries.into_iter().all(|e| e.validated().is_ok()));
    }

    #[test]
    fn bad_csv_says_where() {
        assert_eq!(from_csv("id,question\nx,y"), Err(ImportError::Header));
        assert_eq!(
            from_csv("id,locale,question,answer,tags,link\nx,en,q"),
            Err(ImportError::Fields(2))
        );
        assert_eq!(
            from_csv("id,locale,question,answer,tags,link\nx,en,\"q,a,,"),
            Err(ImportError::Quote(2))
        );
        let conflict = "id,locale,question,answer,tags,link\nx,en,q,a,,\nx,en,q2,b,,";
        assert_eq!(
            from_csv(conflict),
            Err(ImportError::Conflict {
                line: 3,
                id: "x".into(),
                field: "answer"
            })
        );
        assert_eq!(
            from_csv(&"x".repeat(MAX_IMPORT_BYTES + 1)),
            Err(ImportError::TooLarge)
        );
    }

    #[test]
    fn json_comes_bare_or_wrapped() {
        let one = r#"{"id":"a","questions":{"en":["q"]},"answers":{"en":"a"}}"#;
        assert_eq!(from_json(&format!("[{one}]")).map(|e| e.len()), Ok(1));
        assert_eq!(
            from_json(&format!(r#"{{"entries":[{one}]}}"#)).map(|e| e.len()),
            Ok(1)
        );
        assert!(matches!(
            from_json("{\"entries\": 3}"),
            Err(ImportError::Json(_))
        ));
    }
}
