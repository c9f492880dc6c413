//! Localized strings from `locales/<tag>/*.ftl`.
//!
//! The files are Fluent syntax so translators get the standard format. We read the subset
//! we use — messages, comments, multi-line values and `{ $variable }` placeables — and
//! refuse anything else with a line number, rather than shipping a full Fluent runtime
//! (80+ KB of WASM) for it.

use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CatalogError {
    #[error("line {0}: expected `key = value`")]
    Syntax(usize),
    #[error("line {0}: message id {1:?} must start with a letter and use [a-zA-Z0-9_-]")]
    BadId(usize, String),
    #[error("line {0}: duplicate message {1:?}")]
    Duplicate(usize, String),
    #[error("line {0}: unsupported Fluent syntax; only {{ $variable }} placeables are read")]
    Unsupported(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    Var(String),
}

/// The messages of one locale, sorted by id (a sorted `Vec` is smaller in WASM than a map).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalog {
    messages: Vec<(String, Vec<Part>)>,
}

fn valid_id(id: &str) -> bool {
    let mut bytes = id.bytes();
    matches!(bytes.next(), Some(b) if b.is_ascii_alphabetic())
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn parse_value(line_no: usize, value: &str) -> Result<Vec<Part>, CatalogError> {
    let mut parts = Vec::new();
    let mut rest = value;
    while let Some(open) = rest.find('{') {
        if open > 0 {
            parts.push(Part::Text(rest[..open].to_owned()));
        }
        let close = rest[open..]
            .find('}')
            .ok_or(CatalogError::Unsupported(line_no))?
            + open;
        let inner = rest[open + 1..close].trim();
        let var = inner
            .strip_prefix('$')
            .ok_or(CatalogError::Unsupported(line_no))?;
        if !valid_id(var) {
            return Err(CatalogError::Unsupported(line_no));
        }
        parts.push(Part::Var(var.to_owned()));
        rest = &rest[close + 1..];
    }
    if rest.contains('}') {
        return Err(CatalogError::Unsupported(line_no));
    }
    if !rest.is_empty() {
        parts.push(Part::Text(rest.to_owned()));
    }
    Ok(parts)
}

impl Catalog {
    pub fn parse(source: &str) -> Result<Self, CatalogError> {
        let mut messages = Vec::new();
        // (id, first line number, value lines)
        let mut current: Option<(String, usize, Vec<String>)> = None;
        let finish = |current: Option<(String, usize, Vec<String>)>,
                      messages: &mut Vec<(String, Vec<Part>)>|
         -> Result<(), CatalogError> {
            if let Some((id, line_no, lines)) = current {
                let value = lines.join("\n");
                let parts = parse_value(line_no, value.trim())?;
                match messages.binary_search_by(|(k, _): &(String, Vec<Part>)| k.as_str().cmp(&id))
                {
                    Ok(_) => return Err(CatalogError::Duplicate(line_no, id)),
                    Err(at) => messages.insert(at, (id, parts)),
                }
            }
            Ok(())
        };
        for (i, line) in source.lines().enumerate() {
            let line_no = i + 1;
            if line.starts_with(' ') && !line.trim().is_empty() {
                // Continuation of a multi-line value.
                let (_, _, lines) = current.as_mut().ok_or(CatalogError::Syntax(line_no))?;
                let text = line.trim();
                if text.starts_with(['.', '[', '*']) {
                    return Err(CatalogError::Unsupported(line_no));
                }
                lines.push(text.to_owned());
                continue;
            }
            finish(current.take(), &mut messages)?;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            if line.starts_with('-') {
                return Err(CatalogError::Unsupported(line_no));
            }
            let (id, value) = line.split_once('=').ok_or(CatalogError::Syntax(line_no))?;
            let id = id.trim();
            if !valid_id(id) {
                return Err(CatalogError::BadId(line_no, id.to_owned()));
            }
            let first = value.trim();
            current = Some((
                id.to_owned(),
                line_no,
                if first.is_empty() {
                    vec![]
                } else {
                    vec![first.to_owned()]
                },
            ));
        }
        finish(current.take(), &mut messages)?;
        Ok(Self { messages })
    }

    /// The message `id` with `args` filled in; `None` if the catalog lacks it. A variable
    /// without an argument is shown as `{$name}` so the gap is visible, not silent.
    pub fn format(&self, id: &str, args: &[(&str, &str)]) -> Option<String> {
        let parts = self.get(id)?;
        let mut out = String::new();
        for part in parts {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Var(v) => match args.iter().find(|(k, _)| k == v) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push_str("{$");
                        out.push_str(v);
                        out.push('}');
                    }
                },
            }
        }
        Some(out)
    }

    fn get(&self, id: &str) -> Option<&Vec<Part>> {
        let at = self
            .messages
            .binary_search_by(|(k, _)| k.as_str().cmp(id))
            .ok()?;
        Some(&self.messages[at].1)
    }

    /// Message ids, sorted.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.messages.iter().map(|(k, _)| k.as_str())
    }

    /// Variable names used by message `id`, sorted and deduplicated.
    pub fn variables(&self, id: &str) -> Vec<&str> {
        let mut vars: Vec<&str> = self
            .get(id)
            .into_iter()
            .flatten()
            .filter_map(|p| match p {
                Part::Var(v) => Some(v.as_str()),
                Part::Text(_) => None,
            })
            .collect();
        vars.sort_unstable();
        vars.dedup();
        vars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_messages_comments_and_multiline() {
        let src = "# A comment\nhello = Hello, { $name }!\n\nlong =\n    First line\n    second line\nplain = Just text\n";
        let cat = Catalog::parse(src).expect("valid");
        assert_eq!(
            cat.format("hello", &[("name", "Aiko")]),
            Some("Hello, Aiko!".into())
        );
        assert_eq!(
            cat.format("long", &[]),
            Some("First line\nsecond line".into())
        );
        assert_eq!(cat.format("plain", &[]), Some("Just text".into()));
        assert_eq!(cat.format("hello", &[]), Some("Hello, {$name}!".into()));
        assert_eq!(cat.format("missing", &[]), None);
        assert_eq!(
            cat.ids().collect::<Vec<_>>(),
            vec!["hello", "long", "plain"]
        );
        assert_eq!(cat.variables("hello"), vec!["name"]);
    }

    #[test]
    fn refuses_what_it_does_not_read() {
        assert_eq!(Catalog::parse("no equals"), Err(CatalogError::Syntax(1)));
        assert_eq!(
            Catalog::parse("a = 1\na = 2"),
            Err(CatalogError::Duplicate(2, "a".into()))
        );
        assert_eq!(
            Catalog::parse("-brand = X"),
            Err(CatalogError::Unsupported(1))
        );
        assert_eq!(
            Catalog::parse("a = { -brand }"),
            Err(CatalogError::Unsupported(1))
        );
        assert_eq!(
            Catalog::parse("a = {\"x\"}"),
            Err(CatalogError::Unsupported(1))
        );
        assert_eq!(Catalog::parse("a = b }"), Err(CatalogError::Unsupported(1)));
        assert_eq!(
            Catalog::parse("a =\n    .attr = x"),
            Err(CatalogError::Unsupported(2))
        );
        assert!(matches!(
            Catalog::parse("1a = x"),
            Err(CatalogError::BadId(1, _))
        ));
    }
}
