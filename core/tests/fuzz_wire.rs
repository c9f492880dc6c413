//! Hostile input for the wire room: the flat JSON reader, every frame type, NDJSON batches
//! and poll queries, ids, quick replies and cards, error bodies, and what the widget reads
//! back (the session answer, the embed verdict, its outbox in localStorage). Nothing
//! panics; what decodes is stable once re-encoded.

#[allow(dead_code)]
mod hostile;

use caravan_core::delivery::outbox::Outbox;
use caravan_core::session::opening::SessionCreated;
use caravan_core::store::embedding::EmbedVerdict;
use caravan_core::wire::card::{self, MAX_CARD_LINES};
use caravan_core::wire::error_code::ErrorBody;
use caravan_core::wire::ids::{ClientMessageId, is_server_id, random_id};
use caravan_core::wire::json::{JsonError, JsonObject};
use caravan_core::wire::long_poll::{PollQuery, decode_client_batch, decode_server_batch};
use caravan_core::wire::protocol::{ClientFrame, ServerFrame};
use caravan_core::wire::quick_reply::{self, MAX_QUICK_REPLIES};
use proptest::prelude::*;
use serde_json::Value;

const ID: &str = "0190f5a2-7b3c-7def-8123-456789abcdef";

/// One valid frame of every type, both directions, with every optional field somewhere.
fn frames() -> Vec<String> {
    [
        format!(r#"{{"v":1,"type":"send","id":"{ID}","text":"hi","ch":"intent:order_status"}}"#),
        format!(r#"{{"v":1,"type":"send","id":"{ID}","text":"สวัสดี\n\"x\""}}"#),
        r#"{"v":1,"type":"resume","after":42}"#.to_owned(),
        r#"{"v":1,"type":"ping"}"#.to_owned(),
        r#"{"v":1,"type":"typing"}"#.to_owned(),
        format!(r#"{{"v":1,"type":"ack","id":"{ID}","seq":7}}"#),
        format!(
            r#"{{"v":1,"type":"message","seq":3,"author":"bot","text":"Hi","at":1700000000000,"id":"{ID}","lang":"en","tr":"done","tr_lang":"th","tr_text":"สวัสดี","tr_why":null,"ch":"person\tTalk to a person\nhelpful:yes\tYes","stage":"waiting","cd":"Status\tShipped\nTracking\t1Z\thttps://t.example/1Z"}}"#
        ),
        r#"{"v":1,"type":"message","seq":1,"author":"shopper","text":"a","at":0}"#.to_owned(),
        r#"{"v":1,"type":"synced","last_seq":9}"#.to_owned(),
        format!(
            r#"{{"v":1,"type":"error","code":"message_too_long","message":"too long","id":"{ID}"}}"#
        ),
        r#"{"v":1,"type":"pong"}"#.to_owned(),
        r#"{"v":1,"type":"typing","author":"agent"}"#.to_owned(),
    ]
    .into()
}

fn frame_docs() -> Vec<Value> {
    frames()
        .iter()
        .map(|f| serde_json::from_str(f).expect("valid frame"))
        .collect()
}

/// Anything a peer could send as one frame.
fn frame_input() -> impl Strategy<Value = String> {
    hostile::json_input(frame_docs())
}

/// What decoded must re-encode into something that decodes, and settle after one round
/// (quick replies and cards are normalised: separators inside become spaces).
fn stable_client(text: &str) -> Result<(), TestCaseError> {
    if let Ok(first) = ClientFrame::decode(text) {
        let again = ClientFrame::decode(&first.encode());
        prop_assert_eq!(again, Ok(first));
    }
    Ok(())
}

fn stable_server(text: &str) -> Result<(), TestCaseError> {
    if let Ok(first) = ServerFrame::decode(text) {
        let second = ServerFrame::decode(&first.encode());
        prop_assert!(second.is_ok(), "{:?} re-encoded does not decode", first);
        let second = second.expect("checked");
        prop_assert_eq!(ServerFrame::decode(&second.encode()), Ok(second));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1_000, ..ProptestConfig::default() })]

    #[test]
    fn the_reader_never_panics_and_accepts_only_json(text in prop_oneof![
        hostile::text(),
        hostile::mutated(frames()),
    ]) {
        if JsonObject::parse(&text).is_ok() {
            // serde_json skipping a value checks its syntax only (numbers out of f64's
            // range and lone surrogates pass there; the reader refuses the latter).
            let skipped = serde_json::from_str::<serde::de::IgnoredAny>(&text);
            prop_assert!(skipped.is_ok(), "we accepted {:?}, serde did not", text);
        }
    }

    #[test]
    fn frames_never_panic_and_what_decodes_is_stable(text in frame_input()) {
        stable_client(&text)?;
        stable_server(&text)?;
    }

    #[test]
    fn nested_objects_read_on_demand_never_panic(text in frame_input()) {
        let Ok(outer) = JsonObject::parse(&text) else { return Ok(()) };
        for key in ["error", "a", "cd", "text"] {
            if let Some(inner) = outer.object(key) {
                let _ = inner.object("a");
            }
        }
        let _ = ErrorBody::parse(&text);
        let _ = SessionCreated::from_json(&text);
        let _ = EmbedVerdict::refusal(&text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn serde_objects_read_back(value in hostile::json_value(), key in "[a-z]{1,6}") {
        let object = serde_json::json!({ "x": value, key.clone(): "k" });
        let text = object.to_string();
        match JsonObject::parse(&text) {
            Ok(read) => {
                prop_assert_eq!(read.str(&key), Some("k"));
                if let Some(s) = object["x"].as_str() {
                    prop_assert_eq!(read.str("x"), Some(s));
                }
                if let Some(n) = object["x"].as_u64() {
                    prop_assert_eq!(read.uint("x"), Some(n));
                }
            }
            Err(e) => prop_assert_eq!(e, JsonError::TooDeep),
        }
    }

    #[test]
    fn batches_never_panic(
        lines in prop::collection::vec(frame_input(), 0..6),
        sep in prop::sample::select(vec!["\n", "\r\n", "\n\n", " \n"]),
    ) {
        let body = lines.join(sep);
        if let Ok(decoded) = decode_client_batch(&body) {
            prop_assert!(!decoded.is_empty());
        }
        for frame in decode_server_batch(&body) {
            prop_assert!(ServerFrame::decode(&frame.encode()).is_ok());
        }
        let _ = Outbox::from_storage(&body);
    }

    #[test]
    fn poll_queries_never_panic(query in prop_oneof![
        hostile::text(),
        hostile::mutated(vec!["after=12&wait=5".into(), "after=0".into(), "wait=25&after=1&x=2".into()]),
    ]) {
        if let Ok(q) = PollQuery::parse(&query) {
            prop_assert!(q.wait_secs <= 25);
            prop_assert_eq!(PollQuery::parse(&q.to_query()), Ok(q));
        }
    }

    #[test]
    fn ids_never_panic(text in prop_oneof![hostile::text(), hostile::mutated(vec![ID.into(), random_id([7; 16])])]) {
        if let Some(id) = ClientMessageId::parse(&text) {
            prop_assert_eq!(ClientMessageId::parse(&id.to_string()), Some(id));
        }
        let via_serde = serde_json::from_value::<ClientMessageId>(Value::String(text.clone()));
        prop_assert_eq!(via_serde.ok(), ClientMessageId::parse(&text));
        if is_server_id(&text) {
            prop_assert!(ClientMessageId::parse(&text).is_some());
        }
    }

    #[test]
    fn quick_replies_and_cards_never_panic(field in prop_oneof![
        hostile::text(),
        hostile::mutated(vec![
            "person\tTalk to a person\nhelpful:yes\tYes".into(),
            "Status\tShipped\nTracking\t1Z\thttps://t.example/1Z".into(),
        ]),
    ]) {
        let replies = quick_reply::decode(&field);
        prop_assert!(replies.len() <= MAX_QUICK_REPLIES);
        if let Some(encoded) = quick_reply::encode(&replies) {
            prop_assert_eq!(quick_reply::decode(&encoded).len(), replies.len());
        }
        let lines = card::decode(&field);
        prop_assert!(lines.len() <= MAX_CARD_LINES);
        prop_assert!(lines.iter().all(|l| l.link.as_deref().is_none_or(|k| k.starts_with("https://"))));
        if let Some(encoded) = card::encode(&lines) {
            prop_assert_eq!(card::decode(&encoded).len(), lines.len());
        }
    }
}

#[test]
fn nesting_ten_thousand_deep_is_too_deep_not_a_stack_overflow() {
    for open in ["[", "{\"a\":"] {
        let text = format!("{{\"a\":{}", open.repeat(10_000));
        assert_eq!(JsonObject::parse(&text), Err(JsonError::TooDeep), "{open}");
        assert!(ClientFrame::decode(&text).is_err());
    }
    let text = format!("{{\"a\":{}1{}}}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(JsonObject::parse(&text), Err(JsonError::TooDeep));
}

#[test]
fn a_frame_stuffed_with_keys_is_refused_after_a_few() {
    // 60,000 distinct keys took the reader 15 s (each key was compared with every earlier
    // one); a frame has a dozen fields.
    let text = hostile::many_keys(60_000);
    assert_eq!(JsonObject::parse(&text), Err(JsonError::TooManyFields));
    assert!(JsonObject::parse(&hostile::many_keys(64)).is_ok());
}

#[test]
fn escapes_and_numbers_at_the_edges() {
    for bad in [
        r#"{"a":"\ud800"}"#,
        r#"{"a":"\udc00"}"#,
        r#"{"a":"\ud800\u0041"}"#,
        r#"{"a":"\u12"}"#,
        r#"{"a":"\x41"}"#,
        r#"{"a":NaN}"#,
        r#"{"a":-}"#,
        r#"{"a":01}"#,
        "{\"a\":\"\u{0}\"}",
        r#"{"a":"#,
        r#"{"a":"é"#,
    ] {
        assert!(JsonObject::parse(bad).is_err(), "{bad}");
    }
    let read =
        JsonObject::parse(r#"{"a":1e999,"b":-0,"c":18446744073709551616,"d":"\uDBFF\uDFFF"}"#)
            .expect("valid JSON");
    assert_eq!(
        (read.uint("a"), read.uint("b"), read.uint("c")),
        (None, None, None)
    );
    assert_eq!(read.str("d"), Some("\u{10FFFF}"));
}
