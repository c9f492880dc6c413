//! Hostile rights requests and the texts a conversation's subjects are read from: the
//! merchant's export and erase bodies (mutated valid ones, arbitrary JSON), and any text a
//! shopper writes, are read into a typed request or a typed refusal, never a panic; a
//! request read is well formed.

#[allow(dead_code)]
mod hostile;

use caravan_core::compliance::receipt::{Action, Request};
use caravan_core::compliance::subject::{self, Subject};
use proptest::prelude::*;
use serde_json::{Value, json};

fn requests() -> Vec<Value> {
    vec![
        json!({ "request_id": "dsr-2026-118", "email": "Jane.Doe@Example.com" }),
        json!({ "request_id": "a", "phone": "+66 81 234 5678", "customer_id": "gid://shopify/Customer/7" }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn rights_requests_never_panic(body in hostile::json_input(requests())) {
        for action in [Action::Export, Action::Erase] {
            if let Ok(request) = Request::parse(action, &body) {
                prop_assert!(!request.subjects.is_empty());
                prop_assert!((1..=64).contains(&request.id.len()));
                prop_assert_eq!(request.fingerprint("demo").len(), 32);
                for s in &request.subjects {
                    prop_assert_eq!(s.key("demo").len(), 32);
                }
            }
        }
    }

    #[test]
    fn subjects_are_read_from_any_text(text in hostile::text()) {
        for found in subject::in_text(&text) {
            prop_assert_eq!(found.key("demo").len(), 32);
            let masked = found.masked();
            match &found {
                Subject::Email(v) | Subject::Phone(v) => prop_assert!(!masked.contains(v.as_str())),
                Subject::Customer(_) => {}
            }
        }
    }
}
