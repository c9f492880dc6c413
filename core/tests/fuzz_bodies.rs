//! Hostile request bodies parsed in core: a new session, knowledge-base entries and bulk
//! imports (JSON and CSV), canned replies, notes, a person's profile (invites and team
//! changes), passwords, and every step of the agent directory with any text. Each is
//! refused with a typed error or accepted, never a panic.

#[allow(dead_code)]
mod hostile;

use caravan_core::agents::account::Profile;
use caravan_core::agents::canned::{CannedReply, fill};
use caravan_core::agents::directory::Directory;
use caravan_core::agents::note::Note;
use caravan_core::agents::password::{PasswordRecord, acceptable};
use caravan_core::knowledge::base::{KbError, KnowledgeBase, MAX_ENTRIES, validate_all};
use caravan_core::knowledge::entry::{Entry, MAX_TAGS};
use caravan_core::knowledge::import::{from_csv, from_json};
use caravan_core::session::opening::{CreateSession, choose_locale};
use caravan_core::store::merchant::MerchantDirectory;
use proptest::prelude::*;
use serde_json::{Value, json};

fn entry() -> Value {
    json!({
        "id": "returns", "questions": { "en": ["How do I return an item?", "return policy"], "pt-br": ["Como devolvo?"] },
        "answers": { "en": "Within 30 days.", "pt-BR": "Em 30 dias." }, "tags": ["returns", "policy"],
        "link": "https://shop.example/returns"
    })
}

const CSV: &str = "id,locale,question,answer,tags,link\r\n\
returns,en,How do I return an item?,\"You can return it within 30 days, free.\",returns;policy,https://shop.example/returns\r\n\
returns,en,\"return policy, please\",,,\r\n\
shipping,en,How long is shipping?,\"3 to 5 days (\"\"express\"\": 1 to 2)\",shipping,\r\n";

fn profile() -> Value {
    json!({
        "email": "Bea@Shop.example", "name": "Bea", "role": "agent", "languages": ["pt-BR", "en"],
        "regions": ["eu", "us"], "can_reveal": true, "teams": ["Lisbon"]
    })
}

fn canned() -> Value {
    json!({ "id": "parcel-on-its-way", "title": "Parcel on its way",
        "texts": { "en": "Hi, {name} here: order {order} ships today.", "th": "สวัสดี {name}" } })
}

/// Reads `json` as the edge does: serde first, then core's checks.
fn read<T: serde::de::DeserializeOwned>(json: &str) -> Option<T> {
    serde_json::from_str(json).ok()
}

fn merchant() -> MerchantDirectory {
    MerchantDirectory::parse(r#"{"d":{"name":"D","default_region":"eu","default_locale":"de"}}"#)
        .expect("valid")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn session_requests_never_panic(
        body in hostile::json_input(vec![json!({ "merchant": "demo", "locales": ["pt-BR", "en-US", "zh_Hant_TW"] })]),
        accept_language in proptest::option::of(prop_oneof![
            hostile::text(),
            hostile::mutated(vec!["en;q=0.5, ar-SA, ja;q=0.8, fr;q=0, *;q=0.1".into()]),
        ]),
    ) {
        if let Ok(request) = CreateSession::parse(&body) {
            let dir = merchant();
            let m = dir.get("d").expect("merchant");
            let _ = choose_locale(&request, accept_language.as_deref(), m);
        }
    }

    #[test]
    fn entries_never_panic(json in hostile::json_input(vec![entry()])) {
        if let Some(e) = read::<Entry>(&json) {
            let mut kb = KnowledgeBase::default();
            if let Ok(valid) = e.validated() {
                prop_assert!(kb.put(valid.clone()).is_ok());
                prop_assert_eq!(valid.clone().validated(), Ok(valid));
            }
        }
    }

    #[test]
    fn json_imports_never_panic(json in hostile::json_input(vec![
        json!([entry(), { "id": "b", "questions": { "en": ["q"] }, "answers": { "en": "a" } }]),
        json!({ "entries": [entry()] }),
    ])) {
        if let Ok(entries) = from_json(&json) {
            let _ = KnowledgeBase::default().merge(entries);
        }
    }

    #[test]
    fn csv_imports_never_panic(csv in prop_oneof![
        hostile::mutated(vec![CSV.into(), format!("\u{feff}{CSV}")]),
        hostile::text(),
        prop::collection::vec(prop_oneof![
            Just(",".to_owned()), Just("\"".to_owned()), Just("\r\n".to_owned()), Just(";".to_owned()),
            "[a-z ]{0,4}".prop_map(String::from),
        ], 0..40).prop_map(|parts| format!("id,locale,question,answer,tags,link\n{}", parts.concat())),
    ]) {
        if let Ok(entries) = from_csv(&csv) {
            prop_assert!(entries.iter().all(|e| e.tags.len() <= MAX_TAGS + 1));
            let _ = KnowledgeBase::default().replace(entries);
        }
    }

    #[test]
    fn canned_replies_never_panic(
        json in hostile::json_input(vec![canned()]),
        name in hostile::text(),
        order in proptest::option::of(hostile::text()),
    ) {
        if let Some(Ok(reply)) = read::<CannedReply>(&json).map(CannedReply::validated) {
            let agent = vec!["de".to_owned(), "en".to_owned()];
            if let Some((_, text)) = reply.text_for("th", &agent) {
                let _ = fill(text, &[("name", Some(&name)), ("order", order.as_deref())]);
            }
        }
    }

    #[test]
    fn profiles_never_panic(json in hostile::json_input(vec![profile()])) {
        if let Some(Ok(p)) = read::<Profile>(&json).map(Profile::validated) {
            let _ = p.check_teams(&["Lisbon", "Bangkok"]);
            prop_assert_eq!(p.clone().validated(), Ok(p));
        }
    }

    #[test]
    fn notes_and_passwords_never_panic(text in hostile::text(), email in hostile::text()) {
        if let Ok(note) = Note::new(&email, &text, 1) {
            prop_assert!(!note.text.is_empty() && note.text.trim() == note.text);
        }
        let _ = acceptable(&text, &email);
    }

    #[test]
    fn the_directory_takes_any_text(
        ops in prop::collection::vec((0u8..8, hostile::text(), hostile::text()), 1..12),
        profile_json in hostile::json_input(vec![profile()]),
    ) {
        let mut dir = Directory { seed: "seed".into(), ..Directory::default() };
        let now = 1_780_000_000_000u64;
        let record = PasswordRecord { iterations: 1, salt: b"salt".to_vec(), hash: vec![7; 32] };
        if let Some(Ok(p)) = read::<Profile>(&profile_json).map(Profile::validated) {
            let _ = dir.invite(p.clone(), "invite-token", now);
            let _ = dir.accept("invite-token", record.clone(), now);
            let _ = dir.update(p);
        }
        for (op, a, b) in ops {
            match op {
                0 => { let _ = dir.invite_for(&a, now); }
                1 => { let _ = dir.accept(&a, record.clone(), now); }
                2 => { let _ = dir.challenge(&a); }
                3 => { let _ = dir.login(&a, &b, &[7; 32], (&b, &a), now).map(|s| s.id.clone()); }
                4 => { let _ = dir.sso_login(&a, (&b, &a), now).map(|s| s.id.clone()); }
                5 => { let _ = dir.session(&a, now); dir.logout(&b); }
                6 => { let _ = dir.revoke(&a, b.is_empty()); let _ = dir.reinstate(&b); }
                _ => { let _ = dir.members(now); }
            }
        }
        let challenge = dir.challenge("anyone@shop.example");
        prop_assert_eq!(challenge.salt.len(), 16);
    }
}

#[test]
fn the_valid_bodies_the_mutations_start_from_are_valid() {
    let e = read::<Entry>(&entry().to_string()).expect("entry");
    assert!(e.validated().is_ok());
    assert_eq!(from_csv(CSV).map(|e| e.len()), Ok(2));
    let p = read::<Profile>(&profile().to_string()).expect("profile");
    assert!(p.validated().is_ok());
    let c = read::<CannedReply>(&canned().to_string()).expect("canned");
    assert!(c.validated().is_ok());
}

#[test]
fn a_csv_row_stuffed_with_tags_keeps_only_enough_to_refuse() {
    // 44,000 distinct tags on one row took 6 s in a debug build: each was compared with
    // every tag kept before it. More than MAX_TAGS are refused anyway.
    let tags: Vec<String> = (0..44_000).map(|i| format!("t{i}")).collect();
    let csv = format!(
        "id,locale,question,answer,tags,link\na,en,q,a,{},\n",
        tags.join(";")
    );
    let entries = from_csv(&csv).expect("csv");
    assert_eq!(entries[0].tags.len(), MAX_TAGS + 1);
    assert!(matches!(validate_all(entries), Err(KbError::Entry { .. })));
}

#[test]
fn an_import_of_more_entries_than_a_base_holds_is_refused_before_validating() {
    // 16,000 entries took 1.4 s to validate in a debug build (each id was compared with
    // every one before it); a base holds MAX_ENTRIES.
    let entries: Vec<Entry> = (0..=MAX_ENTRIES)
        .map(|i| {
            read(&json!({ "id": format!("e{i}"), "questions": { "en": ["q"] }, "answers": { "en": "a" } }).to_string())
                .expect("entry")
        })
        .collect();
    assert_eq!(validate_all(entries.clone()), Err(KbError::Full));
    assert_eq!(
        KnowledgeBase::default().replace(entries),
        Err(KbError::Full)
    );
}
