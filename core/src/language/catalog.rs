//! Localized strings from `locales/<tag>/*.ftl`.
//!
//! The files are Fluent syntax so translators get the standard format. We read the subset
//! we use — messages, comments, multi-line values, `{ $variable }` placeables and
//! `{ $n -> [one] … *[other] … }` selectors with one-line variants — and refuse anything
//! else with a line number, rather than shipping a full Fluent runtime (80+ KB of WASM).
//! Plural categories and number formats come from the caller's `Rules` (the widget asks
//! the browser's `Intl`), so no CLDR data is compiled in.

use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CatalogError {
    #[error("line {0}: expected `key = value`")]
    Syntax(usize),
    #[error("line {0}: message id `{1}` must start with a letter and use [a-zA-Z0-9_-]")]
    BadId(usize, String),
    #[error("line {0}: duplicate message `{1}`")]
    Duplicate(usize, String),
    #[error(
        "line {0}: unsupported Fluent syntax; only {{ $variable }} placeables and selectors are read"
    )]
    Unsupported(usize),
    #[error(
        "line {0}: a selector needs one-line `[key] text` variants and exactly one default `*[key]`"
    )]
    BadSelector(usize),
}

/// A value passed to a message.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(f64),
}

/// A locale's plural rules and number format.
pub trait Rules {
    /// The CLDR plural category of `n`: zero, one, two, few, many or other.
    fn plural(&self, n: f64) -> &'static str;
    fn number(&self, n: f64) -> String;
}

/// No locale data: only exact numeric variants (`[0]`, `[1]`) and the default are chosen,
/// numbers print plainly. For callers without `Intl` (the edge's fixed bot phrases).
#[derive(Debug, Clone, Copy, Default)]
pub struct PlainRules;

impl Rules for PlainRules {
    fn plural(&self, _: f64) -> &'static str {
        "other"
    }
    fn number(&self, n: f64) -> String {
        plain_number(n)
    }
}

/// `n` without locale rules: integers exactly, others to three decimals. Written by hand
/// because `f64`'s `Display` costs the widget ~15 KB of WASM.
pub fn plain_number(n: f64) -> String {
    let negative = n < 0.0;
    let thousandths = (n.abs() * 1000.0).round() as u64;
    let (int, frac) = (thousandths / 1000, thousandths % 1000);
    let mut out = if negative {
        "-".to_owned()
    } else {
        String::new()
    };
    out.push_str(&int.to_string());
    if frac != 0 {
        let digits = format!("{frac:03}");
        out.push('.');
        out.push_str(digits.trim_end_matches('0'));
    }
    out
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    Var(String),
    Select {
        var: String,
        variants: Vec<(String, Vec<Part>)>,
        default: usize,
    },
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

/// Where the `}` closing the placeable opened at `open` is.
fn closing(text: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text[open..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(open + i);
                }
            }
            _ => {}
        }
    }
    None
}

fn variable(line_no: usize, text: &str) -> Result<String, CatalogError> {
    text.trim()
        .strip_prefix('$')
        .filter(|v| valid_id(v))
        .map(str::to_owned)
        .ok_or(CatalogError::Unsupported(line_no))
}

fn parse_variants(line_no: usize, var: String, body: &str) -> Result<Part, CatalogError> {
    let bad = CatalogError::BadSelector(line_no);
    let mut variants = Vec::new();
    let mut default = None;
    for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (is_default, rest) = match line.strip_prefix('*') {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        let (key, value) = rest
            .strip_prefix('[')
            .and_then(|r| r.split_once(']'))
            .ok_or(bad.clone())?;
        let key = key.trim();
        if key.is_empty() || !key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.') {
            return Err(bad);
        }
        if is_default {
            if default.is_some() {
                return Err(bad);
            }
            default = Some(variants.len());
        }
        variants.push((key.to_owned(), parse_pattern(line_no, value.trim(), false)?));
    }
    let default = default.ok_or(bad)?;
    Ok(Part::Select {
        var,
        variants,
        default,
    })
}

fn parse_pattern(line_no: usize, value: &str, selectors: bool) -> Result<Vec<Part>, CatalogError> {
    let mut parts = Vec::new();
    let mut rest = value;
    while let Some(open) = rest.find('{') {
        if open > 0 {
            parts.push(Part::Text(rest[..open].to_owned()));
        }
        let close = closing(rest, open).ok_or(CatalogError::Unsupported(line_no))?;
        let inner = &rest[open + 1..close];
        match inner.split_once("->") {
            Some((selector, body)) if selectors => {
                parts.push(parse_variants(line_no, variable(line_no, selector)?, body)?)
            }
            Some(_) => return Err(CatalogError::Unsupported(line_no)),
            None => parts.push(Part::Var(variable(line_no, inner)?)),
        }
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

fn choose<'p>(
    variants: &'p [(String, Vec<Part>)],
    default: usize,
    arg: Option<Arg>,
    rules: &impl Rules,
) -> &'p [Part] {
    let found = match arg {
        Some(Arg::Num(n)) => variants
            .iter()
            // Exact keys are whole numbers (`[0]`, `[1]`); no float parsing in the widget.
            .position(|(k, _)| k.parse::<u64>().is_ok_and(|k| k as f64 == n))
            .or_else(|| {
                let category = rules.plural(n);
                variants.iter().position(|(k, _)| k == category)
            }),
        Some(Arg::Str(s)) => variants.iter().position(|(k, _)| k == s),
        None => None,
    };
    &variants[found.unwrap_or(default)].1
}

fn render(parts: &[Part], args: &[(&str, Arg)], rules: &impl Rules, out: &mut String) {
    let arg = |name: &str| args.iter().find(|(k, _)| *k == name).map(|(_, v)| *v);
    for part in parts {
        match part {
            Part::Text(t) => out.push_str(t),
            Part::Var(v) => match arg(v) {
                Some(Arg::Str(s)) => out.push_str(s),
                Some(Arg::Num(n)) => out.push_str(&rules.number(n)),
                None => {
                    out.push_str("{$");
                    out.push_str(v);
                    out.push('}');
                }
            },
            Part::Select {
                var,
                variants,
                default,
            } => render(
                choose(variants, *default, arg(var), rules),
                args,
                rules,
                out,
            ),
        }
    }
}

fn collect_variables<'a>(parts: &'a [Part], into: &mut Vec<&'a str>) {
    for part in parts {
        match part {
            Part::Text(_) => {}
            Part::Var(v) => into.push(v),
            Part::Select { var, variants, .. } => {
                into.push(var);
                for (_, p) in variants {
                    collect_variables(p, into);
                }
            }
        }
    }
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
                let parts = parse_pattern(line_no, value.trim(), true)?;
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
                if text.starts_with('.') {
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
    pub fn format(&self, id: &str, args: &[(&str, Arg)], rules: &impl Rules) -> Option<String> {
        let mut out = String::new();
        render(self.get(id)?, args, rules, &mut out);
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

    /// Variable names used by message `id` (selectors' included), sorted, deduplicated.
    pub fn variables(&self, id: &str) -> Vec<&str> {
        let mut vars = Vec::new();
        collect_variables(self.get(id).map_or(&[][..], Vec::as_slice), &mut vars);
        vars.sort_unstable();
        vars.dedup();
        vars
    }

    /// The variant keys of the selectors in message `id`, in order.
    pub fn variant_keys(&self, id: &str) -> Vec<&str> {
        let mut keys = Vec::new();
        for part in self.get(id).map_or(&[][..], Vec::as_slice) {
            if let Part::Select { variants, .. } = part {
                keys.extend(variants.iter().map(|(k, _)| k.as_str()));
            }
        }
        keys
    }
}
