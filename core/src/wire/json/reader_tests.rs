//! The reader's own cases; `core/tests/json_oracle.rs` checks both halves against serde_json.

use super::*;

#[test]
fn reads_flat_objects() {
    let o = JsonObject::parse(
        r#" {"a":"x\"y\u00e9\ud83d\ude00","n":42,"t":true,"z":null,"f":-1.5e3} "#,
    )
    .expect("valid");
    assert_eq!(o.str("a"), Some("x\"yé😀"));
    assert_eq!(o.uint("n"), Some(42));
    assert_eq!(o.get("t"), Some(&JsonValue::Bool(true)));
    assert_eq!(o.opt_str("z"), Ok(None));
    assert_eq!(o.opt_str("missing"), Ok(None));
    assert_eq!(o.opt_str("n"), Err(WrongType));
    assert_eq!(o.get("f"), Some(&JsonValue::Other));
    assert_eq!(JsonObject::parse("{}"), Ok(JsonObject::default()));
}

#[test]
fn skips_nested_values() {
    let o =
        JsonObject::parse(r#"{"a":[1,{"b":[]},"]"],"c":{"d":{"e":[[]]}},"k":"v"}"#).expect("valid");
    assert_eq!(o.get("a"), Some(&JsonValue::Other));
    assert_eq!(o.get("c"), Some(&JsonValue::Object(r#"{"d":{"e":[[]]}}"#)));
    assert_eq!(
        o.object("c")
            .and_then(|c| c.object("d"))
            .map(|d| d.get("e").cloned()),
        Some(Some(JsonValue::Other))
    );
    assert_eq!(o.str("k"), Some("v"));
    let deep = format!("{{\"a\":{}{}}}", "[".repeat(40), "]".repeat(40));
    assert_eq!(JsonObject::parse(&deep), Err(JsonError::TooDeep));
}

#[test]
fn rejects_invalid_json() {
    for bad in [
        "",
        "[]",
        "{",
        "{\"a\"}",
        "{\"a\":}",
        "{\"a\":1,}",
        "{\"a\":01}",
        "{\"a\":1.}",
        "{a:1}",
        "{\"a\":\"\n\"}",
        "{\"a\":\"\\x\"}",
        "{\"a\":\"\\ud83d\"}",
        "{\"a\":tru}",
        "{} {}",
        "{\"a\":[1,]}",
        "{\"a\":{\"b\"}}",
        "{\"a\":[}",
        "{\"a\":\"\\u12g4\"}",
    ] {
        assert!(
            JsonObject::parse(bad).is_err(),
            "{bad:?} should be rejected"
        );
    }
    assert_eq!(
        JsonObject::parse(r#"{"a":1,"a":2}"#),
        Err(JsonError::DuplicateKey("a".into()))
    );
}
