//! Hostile words from a shopper: every reader of a message's text (the message check, its
//! language, the bot's understanding and mood, an order number or contact in it, the
//! knowledge-base search, the personal data found and masked (and the inbox's preview), the text a provider sees),
//! and the languages a browser names (`Accept-Language`, `navigator.languages`). Any
//! Unicode at all: nothing panics.

#[allow(dead_code)]
mod hostile;

use caravan_core::agents::inbox::InboxRow;
use caravan_core::bot::frustration::Frustration;
use caravan_core::bot::order_reference::{contact, order_number};
use caravan_core::bot::understanding::understand;
use caravan_core::conversation::message::{MAX_MESSAGE_CHARS, validate_text};
use caravan_core::knowledge::base::KnowledgeBase;
use caravan_core::knowledge::entry::Entry;
use caravan_core::knowledge::retrieval::search;
use caravan_core::language::folding::{fold, words};
use caravan_core::language::language_id::identify;
use caravan_core::language::locale::Locale;
use caravan_core::language::locale_choice::{best_match, fallback_chain, parse_accept_language};
use caravan_core::privacy::{masking, redaction};
use caravan_core::translation::glossary::Glossary;
use caravan_core::translation::pipeline::protect;
use caravan_core::translation::placeholders::restore;
use caravan_core::wire::protocol::Author;
use proptest::prelude::*;
use std::sync::OnceLock;

/// What shoppers write, and what they could: real messages mutated, and anything at all.
fn message() -> impl Strategy<Value = String> {
    prop_oneof![
        hostile::text(),
        hostile::mutated(vec![
            "Where is my order #1001? ana@example.com".into(),
            "pesanan saya belum sampai, nomor 10293, +62 812 3456 7890".into(),
            "ฉันต้องการคุยกับพนักงาน!!! 😡 4242 4242 4242 4242".into(),
            "طلبي رقم ORD-55812 لم يصل \u{202E}".into(),
            "注文番号１２３４５はどこですか".into(),
        ]),
    ]
}

/// Read once: building them is not what is tested.
fn kb() -> &'static KnowledgeBase {
    static KB: OnceLock<KnowledgeBase> = OnceLock::new();
    KB.get_or_init(build_kb)
}

fn frustration() -> &'static Frustration {
    static LEXICON: OnceLock<Frustration> = OnceLock::new();
    LEXICON.get_or_init(Frustration::shipped)
}

fn build_kb() -> KnowledgeBase {
    let mut kb = KnowledgeBase::default();
    for (id, q) in [
        ("returns", "How do I return an item?"),
        ("shipping", "How long is shipping to Thailand?"),
    ] {
        let entry: Entry = serde_json::from_value(serde_json::json!({
            "id": id, "questions": { "en": [q], "th": ["คืนสินค้า"] }, "answers": { "en": "a" }
        }))
        .expect("entry");
        kb.put(entry).expect("valid");
    }
    kb
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn a_message_is_checked_without_panicking(text in message()) {
        match validate_text(&text) {
            Ok(stored) => {
                prop_assert!(!stored.is_empty() && stored.chars().count() <= MAX_MESSAGE_CHARS);
                prop_assert!(!stored.contains('\r'));
            }
            Err(e) => { let _ = e.code(); }
        }
    }

    #[test]
    fn personal_data_is_found_within_the_text(text in message()) {
        let spans = redaction::find(&text);
        let mut at = 0;
        for s in &spans {
            prop_assert!(at <= s.start && s.start < s.end && s.end <= text.len());
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            at = s.end;
        }
        let _ = masking::masked(&text);
        let _ = masking::revealed(&text);
        let mut row = InboxRow::default();
        row.message(Author::Shopper, &text, 1);
        prop_assert!(row.last_text.chars().count() <= 161, "a preview is 160 characters and …");
    }

    #[test]
    fn what_a_provider_sees_restores_to_the_message(text in message(), terms in prop::collection::vec(hostile::text(), 0..3)) {
        let glossary = Glossary::new(terms.iter().chain(&["Caravan".to_owned()]));
        let masked = protect(&text, &glossary);
        prop_assert_eq!(restore(&masked.text, &masked.slots), Ok(text));
    }

    #[test]
    fn any_languages_named_never_panic(header in prop_oneof![
        hostile::text(),
        hostile::mutated(vec![
            "en;q=0.5, ar-SA, ja;q=0.8, fr;q=0, *;q=0.1".into(),
            "zh_Hant_TW, pt-AO;q=0.9, es-MX;q=.5, iw".into(),
        ]),
    ]) {
        let ranges = parse_accept_language(&header);
        prop_assert!(ranges.len() <= 32);
        for range in &ranges {
            let chain = fallback_chain(range);
            prop_assert!(chain.len() <= 64, "{} tags for {:?}", chain.len(), range);
            let _ = best_match(range);
            let _ = Locale::from_tag(range);
        }
    }
}

proptest! {
    // The model and the mood read a long message in milliseconds (debug build): fewer cases.
    #![proptest_config(ProptestConfig { cases: 150, ..ProptestConfig::default() })]

    #[test]
    fn the_bot_reads_any_message(text in message()) {
        // What reaches the bot passed the message check.
        let Ok(text) = validate_text(&text) else { return Ok(()) };
        let _ = identify(&text, Locale::Th);
        let _ = understand(&text).best();
        let _ = frustration().score(&text, &[Locale::En, Locale::Th, Locale::Ar]);
        let _ = words(&fold(&text));
        let _ = search(kb(), &text, Locale::En);
        if let Some(number) = order_number(&text) {
            prop_assert!(number.len() <= 20 && number.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'));
        }
        let _ = contact(&text);
    }
}

#[test]
fn a_language_tag_longer_than_any_we_match_is_refused_unread() {
    // A 32 KB tag ("en-a-a-a…") walked 16,000 fallbacks, each a copy of the one before
    // (1.5 s in a debug build); an Accept-Language header is anyone's to send.
    let tag = format!("en{}", "-a".repeat(16_000));
    assert!(fallback_chain(&tag).is_empty());
    assert_eq!(best_match(&tag), None);
    let header = format!("{tag}, de;q=0.5");
    assert_eq!(
        parse_accept_language(&header)
            .iter()
            .find_map(|t| best_match(t)),
        Some(Locale::De)
    );
    assert_eq!(
        best_match("zh-Hant-TW-u-ca-chinese-nu-hanidec"),
        Some(Locale::ZhHant)
    );
}
