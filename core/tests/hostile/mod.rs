//! Hostile input for the `fuzz_*` properties, smarter than uniform random strings: valid
//! input mutated byte by byte (deleted, inserted, replaced, duplicated, truncated), hostile
//! snippets spliced in, and JSON documents mutated value by value (fields dropped, wrong
//! types, extra fields, huge strings). Shared by every fuzz file as `mod hostile;`.

use proptest::prelude::*;
use serde_json::{Map, Value, json};

/// Text that has broken parsers before: escapes, surrogates, structure, odd numbers,
/// direction and zero-width characters, huge runs and deep nesting.
pub fn snippet() -> impl Strategy<Value = String> {
    let fixed: Vec<String> = [
        "\\u0000",
        "\u{0}",
        "\\ud800",
        "\\udc00",
        "\\ud800\\u0041",
        "\\uDBFF\\uDFFF",
        "\\u",
        "\\x41",
        "\\",
        "\"",
        "}",
        "{",
        "]",
        "[",
        ",",
        ":",
        "\n",
        "\r\n",
        "\r",
        "\t",
        ".",
        ";",
        "=",
        "&",
        "$",
        "-",
        "@",
        "<x id=\"1\"/>",
        "&amp;",
        "NaN",
        "Infinity",
        "1e999",
        "-1e999",
        "1e-999",
        "-0",
        "-1",
        "0.5",
        "4294967295",
        "2147483648",
        "9223372036854775807",
        "-9223372036854775808",
        "18446744073709551616",
        "99999999999999999999999999",
        "null",
        "true",
        "\u{202E}",
        "\u{200B}\u{200D}\u{FEFF}",
        "\u{7F}",
        "\u{10FFFF}",
        "e\u{301}",
        "💥",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect();
    prop_oneof![
        6 => prop::sample::select(fixed),
        1 => Just("🦀".repeat(4_000)),
        1 => Just("a".repeat(5_000)),
        1 => Just("[".repeat(10_000)),
        1 => Just("{\"a\":".repeat(10_000)),
        1 => Just("\u{202E}\u{200B}".repeat(500)),
        1 => "\\PC{0,8}",
    ]
}

/// One edit of a text; positions are taken modulo its length when applied.
#[derive(Debug, Clone)]
pub enum Edit {
    Delete(usize, usize),
    Insert(usize, String),
    Replace(usize, u8),
    Duplicate(usize, usize),
    Truncate(usize),
}

pub fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 1usize..8).prop_map(|(at, n)| Edit::Delete(at, n)),
        (any::<usize>(), snippet()).prop_map(|(at, s)| Edit::Insert(at, s)),
        (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Edit::Replace(at, b)),
        (any::<usize>(), 1usize..16).prop_map(|(at, n)| Edit::Duplicate(at, n)),
        any::<usize>().prop_map(Edit::Truncate),
    ]
}

/// `text` with `edits` applied to its bytes; invalid UTF-8 becomes U+FFFD, as a shell that
/// decodes bytes leniently would hand it on.
pub fn apply(text: &str, edits: &[Edit]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for e in edits {
        let n = bytes.len();
        match e {
            Edit::Delete(at, len) if n > 0 => {
                let at = at % n;
                bytes.drain(at..(at + len).min(n));
            }
            Edit::Insert(at, s) => {
                let at = at % (n + 1);
                bytes.splice(at..at, s.bytes());
            }
            Edit::Replace(at, b) if n > 0 => bytes[at % n] = *b,
            Edit::Duplicate(at, len) if n > 0 => {
                let at = at % n;
                let copy = bytes[at..(at + len).min(n)].to_vec();
                bytes.splice(at..at, copy);
            }
            Edit::Truncate(at) => bytes.truncate(at % (n + 1)),
            _ => {}
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// One of `valid`, mutated by one to four edits.
pub fn mutated(valid: Vec<String>) -> impl Strategy<Value = String> {
    (
        prop::sample::select(valid),
        prop::collection::vec(edit(), 1..5),
    )
        .prop_map(|(text, edits)| apply(&text, &edits))
}

/// Any text at all: arbitrary strings, arbitrary bytes read leniently, hostile snippets.
pub fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(any::<u8>(), 0..64)
            .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        prop::collection::vec(snippet(), 0..4).prop_map(|parts| parts.concat()),
    ]
}

/// A JSON value of any type, hostile ones included (huge strings, extreme numbers, deep
/// arrays).
pub fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        prop::sample::select(vec![0.0, -0.0, 1e308, -1e308, 5e-324, 0.5]).prop_map(Value::from),
        text().prop_map(Value::String),
        Just(Value::String("\u{202E}💥".repeat(2_000))),
        Just(deep(100)),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{0,8}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// `[[[...]]]`, `depth` arrays deep.
pub fn deep(depth: usize) -> Value {
    (0..depth).fold(json!(0), |inner, _| Value::Array(vec![inner]))
}

/// One edit of a JSON document, at the `at`-th of its values (in document order).
#[derive(Debug, Clone)]
pub enum ValueEdit {
    /// Drop the value from its object or array (the document itself becomes `null`).
    Remove(usize),
    /// Put another value, of any type, in its place.
    Replace(usize, Value),
    /// Add a member to the object there (or the nearest one above it).
    Add(usize, String, Value),
    /// Edit the text of the string there (other values are left alone).
    Text(usize, Vec<Edit>),
}

pub fn value_edit() -> impl Strategy<Value = ValueEdit> {
    prop_oneof![
        1 => any::<usize>().prop_map(ValueEdit::Remove),
        2 => (any::<usize>(), json_value()).prop_map(|(at, v)| ValueEdit::Replace(at, v)),
        1 => (any::<usize>(), "[a-z_]{1,8}", json_value())
            .prop_map(|(at, k, v)| ValueEdit::Add(at, k, v)),
        2 => (any::<usize>(), prop::collection::vec(edit(), 1..3))
            .prop_map(|(at, edits)| ValueEdit::Text(at, edits)),
    ]
}

/// Paths to every value of `v`, the document itself first.
fn paths(v: &Value, here: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(here.clone());
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                here.push(Step::Key(k.clone()));
                paths(child, here, out);
                here.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                here.push(Step::Index(i));
                paths(child, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

#[derive(Debug, Clone)]
enum Step {
    Key(String),
    Index(usize),
}

fn at<'a>(v: &'a mut Value, path: &[Step]) -> &'a mut Value {
    path.iter().fold(v, |v, step| match step {
        Step::Key(k) => &mut v[k.as_str()],
        Step::Index(i) => &mut v[*i],
    })
}

/// `doc` with `edits` applied one after the other.
pub fn apply_values(mut doc: Value, edits: &[ValueEdit]) -> Value {
    for e in edits {
        let mut all = Vec::new();
        paths(&doc, &mut Vec::new(), &mut all);
        let pick = |n: usize| all[n % all.len()].clone();
        match e {
            ValueEdit::Remove(n) => {
                let path = pick(*n);
                match path.split_last() {
                    None => doc = Value::Null,
                    Some((last, parent)) => match (at(&mut doc, parent), last) {
                        (Value::Object(m), Step::Key(k)) => {
                            m.remove(k);
                        }
                        (Value::Array(items), Step::Index(i)) => {
                            items.remove(*i);
                        }
                        _ => {}
                    },
                }
            }
            ValueEdit::Replace(n, v) => *at(&mut doc, &pick(*n)) = v.clone(),
            ValueEdit::Text(n, edits) => {
                let strings: Vec<Vec<Step>> = all
                    .iter()
                    .filter(|p| at(&mut doc, p).is_string())
                    .cloned()
                    .collect();
                if !strings.is_empty() {
                    let target = at(&mut doc, &strings[n % strings.len()]);
                    let text = target.as_str().unwrap_or_default().to_owned();
                    *target = Value::String(apply(&text, edits));
                }
            }
            ValueEdit::Add(n, k, v) => {
                let mut path = pick(*n);
                loop {
                    if let Value::Object(m) = at(&mut doc, &path) {
                        m.insert(k.clone(), v.clone());
                        break;
                    }
                    if path.pop().is_none() {
                        break;
                    }
                }
            }
        }
    }
    doc
}

/// One of the valid `docs`, mutated by one to three value edits, as JSON text.
pub fn mutated_json(docs: Vec<Value>) -> impl Strategy<Value = String> {
    (
        prop::sample::select(docs),
        prop::collection::vec(value_edit(), 1..4),
    )
        .prop_map(|(doc, edits)| apply_values(doc, &edits).to_string())
}

/// JSON documents for a decoder of `docs`: value-level mutations, byte-level mutations of
/// their text, and arbitrary values.
pub fn json_input(docs: Vec<Value>) -> impl Strategy<Value = String> {
    let texts: Vec<String> = docs.iter().map(Value::to_string).collect();
    prop_oneof![
        3 => mutated_json(docs),
        2 => mutated(texts),
        1 => json_value().prop_map(|v| v.to_string()),
        1 => text(),
    ]
}

/// An object with `n` distinct members, as a body stuffed with keys would be.
pub fn many_keys(n: usize) -> String {
    let map: Map<String, Value> = (0..n).map(|i| (format!("k{i}"), json!(i))).collect();
    Value::Object(map).to_string()
}
