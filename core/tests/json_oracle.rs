//! serde_json is the oracle for core's flat JSON codec: what we write, it reads the same;
//! what it writes, we read the same; and on JSON-like input we accept only what it accepts.

use caravan_core::wire::ids::ClientMessageId;
use caravan_core::wire::json::{JsonObject, JsonWriter};
use caravan_core::wire::protocol::{Author, ClientFrame, MessageView, ServerFrame};
use proptest::prelude::*;
use serde_json::{Value, json};

fn id() -> impl Strategy<Value = ClientMessageId> {
    (0u64..1 << 47, any::<[u8; 10]>()).prop_map(|(ms, r)| ClientMessageId::v7(ms, r))
}

proptest! {
    #[test]
    fn our_strings_read_back_in_serde(s in any::<String>(), n in any::<u64>()) {
        let text = JsonWriter::new().str("s", &s).uint("n", n).finish();
        let value: Value = serde_json::from_str(&text).expect("serde reads our output");
        prop_assert_eq!(value, json!({"s": s, "n": n}));
    }

    #[test]
    fn serde_strings_read_back_in_ours(s in any::<String>(), n in any::<u64>(), pretty in any::<bool>()) {
        let value = json!({"n": n, "s": s, "nested": {"a": [1, 2.5, null, {"b": "c"}]}, "neg": -3});
        let text = if pretty { serde_json::to_string_pretty(&value) } else { serde_json::to_string(&value) }
            .expect("json");
        let object = JsonObject::parse(&text).expect("we read serde's output");
        prop_assert_eq!(object.str("s"), Some(s.as_str()));
        prop_assert_eq!(object.uint("n"), Some(n));
    }

    #[test]
    fn we_accept_only_what_serde_accepts(text in r#"\{("[a-z\\"u0-9]{0,6}":(-?[0-9.eE+]{1,5}|"[a-z\\u0-9]{0,6}"|true|null|\[[0-9,]{0,4}\]|\{\})(,|)){0,3}\}"#) {
        if JsonObject::parse(&text).is_ok() {
            let parsed: Result<serde_json::Map<String, Value>, _> = serde_json::from_str(&text);
            prop_assert!(parsed.is_ok(), "we accepted {:?}, serde did not", text);
        }
    }

    #[test]
    fn server_frames_match_serde(seq in any::<u64>(), at in 0u64..1 << 53, text in any::<String>(), mid in proptest::option::of(id())) {
        let frame = ServerFrame::Message(MessageView { seq, author: Author::Agent, text: text.clone(), at, id: mid, lang: None, translation: None, choices: Vec::new(), stage: None, card: Vec::new() });
        let value: Value = serde_json::from_str(&frame.encode()).expect("serde reads frames");
        let mut expected = json!({"v": 1, "type": "message", "seq": seq, "author": "agent", "text": text, "at": at});
        if let Some(mid) = mid {
            expected["id"] = json!(mid.to_string());
        }
        prop_assert_eq!(&value, &expected);
        // Reordered keys, as another implementation might write them, decode the same.
        let reordered = serde_json::to_string(&value).expect("json");
        prop_assert_eq!(ServerFrame::decode(&reordered), Ok(frame));
    }

    #[test]
    fn client_frames_match_serde(mid in id(), text in any::<String>()) {
        let frame = ClientFrame::Send { id: mid, text: text.clone(), choice: None };
        let value: Value = serde_json::from_str(&frame.encode()).expect("serde reads frames");
        prop_assert_eq!(value, json!({"v": 1, "type": "send", "id": mid.to_string(), "text": text}));
    }
}

#[test]
fn frames_from_other_writers_decode() {
    let text = r#" { "text" : "caf\u00e9 \ud83d\ude00", "type":"send", "v":1, "id":"0190f5a2-7b3c-7def-8123-456789abcdef", "extra": {"future": [1]} } "#;
    let frame = ClientFrame::decode(text).expect("valid");
    assert!(matches!(frame, ClientFrame::Send { text, .. } if text == "café 😀"));
}
