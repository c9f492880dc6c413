//! Hostile answers from systems we call: a store's order platform (Shopify, Magento: any
//! body, status and Retry-After, through the whole lookup and the card the bot shows),
//! the dates in them, and translation providers (DeepL, LibreTranslate, Workers AI, and
//! the markers in what they send back). Nothing panics; a lookup always ends.

#[allow(dead_code)]
mod hostile;

use caravan_core::bot::order_answer::{Moments, checked};
use caravan_core::bot::order_reference::Contact;
use caravan_core::commerce::policy::{CommercePolicy, RawPolicy};
use caravan_core::orders::lookup::{Next, OrderLookup, Outcome, Signing};
use caravan_core::orders::order::Answer;
use caravan_core::orders::source::{Credentials, OrderSource, Platform};
use caravan_core::orders::vip::{RawVipRule, VipRule};
use caravan_core::orders::{magento, shopify};
use caravan_core::teams::calendar::parse_instant;
use caravan_core::translation::placeholders::{mask, restore};
use caravan_core::translation::provider_api::{deepl, libretranslate, workers_ai};
use proptest::prelude::*;
use serde_json::Value;

const SHOPIFY_FOUND: &str = r##"{"data":{"orders":{"nodes":[{"name":"#1001","email":"ana@example.com","phone":"+66 81 234 5678",
    "displayFulfillmentStatus":"PARTIALLY_FULFILLED","cancelledAt":null,"shippingAddress":{"countryCodeV2":"TH"},
    "totalPriceSet":{"shopMoney":{"amount":"129.90","currencyCode":"EUR"}},"customer":{"tags":["VIP"]},
    "fulfillments":[{"displayStatus":"IN_TRANSIT","estimatedDeliveryAt":"2026-12-05T00:00:00+07:00","createdAt":"2026-11-30T10:00:00Z",
      "trackingInfo":[{"company":"DHL","number":"JD014600006","url":"https://www.dhl.com/track?id=JD014600006"}],
      "events":{"nodes":[{"status":"IN_TRANSIT","happenedAt":"2026-12-01T08:12:00.123Z","message":"Departed Leipzig hub"}]}}]}]}},
    "extensions":{"cost":{"requestedQueryCost":12,"throttleStatus":{"currentlyAvailable":1992,"restoreRate":100}}}}"##;
const SHOPIFY_THROTTLED: &str = r#"{"errors":[{"message":"Throttled","extensions":{"code":"THROTTLED"}}],
    "extensions":{"cost":{"requestedQueryCost":152,"throttleStatus":{"currentlyAvailable":2,"restoreRate":50}}}}"#;
const MAGENTO_ORDERS: &str = r#"{"items":[{"entity_id":42,"increment_id":"000000123","status":"complete","customer_email":"ana@example.com",
    "grand_total":612.5,"order_currency_code":"EUR","customer_group_id":4,"billing_address":{"telephone":"+66 81 234 5678"},
    "extension_attributes":{"shipping_assignments":[{"shipping":{"address":{"country_id":"TH"}}}]}}],"total_count":1}"#;
const MAGENTO_TRACKS: &str = r#"{"items":[{"created_at":"2026-11-28 10:15:00","tracks":[{"track_number":"EE123456789TH","title":"Thailand Post"}]}]}"#;

fn docs(texts: &[&str]) -> Vec<Value> {
    texts
        .iter()
        .map(|t| serde_json::from_str(t).expect("valid answer"))
        .collect()
}

/// Anything a store's API could answer.
fn store_body() -> impl Strategy<Value = String> {
    hostile::json_input(docs(&[
        SHOPIFY_FOUND,
        SHOPIFY_THROTTLED,
        MAGENTO_ORDERS,
        MAGENTO_TRACKS,
    ]))
}

fn signing() -> Signing {
    Signing {
        now_s: 1_764_547_200,
        nonce: "n0nce".into(),
    }
}

struct Iso;

impl Moments for Iso {
    fn day(&self, at_ms: u64) -> String {
        format!("day {at_ms}")
    }
    fn moment(&self, at_ms: u64) -> String {
        format!("moment {at_ms}")
    }
}

fn policy() -> CommercePolicy {
    let raw: RawPolicy =
        serde_json::from_str(r#"{"shipping_days":{"*":[5,120],"TH":[3,5]}}"#).expect("json");
    CommercePolicy::from_raw(raw).expect("valid")
}

fn vip() -> VipRule {
    let raw: RawVipRule = serde_json::from_str(
        r#"{"min_total":{"amount":"100","currency":"EUR"},"customer_tags":["VIP"]}"#,
    )
    .expect("json");
    VipRule::from_raw(raw).expect("valid")
}

/// A number as a JSON answer or a header could carry it, extremes first.
fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        prop::sample::select(vec![0.0, -0.0, -1.0, 1e-300, 1e300, f64::MAX, 1.8e19, 0.5]),
        any::<f64>(),
        any::<u64>().prop_map(|n| n as f64),
    ]
}

/// One answer of the store to a call: its status, Retry-After and body.
fn answer() -> impl Strategy<Value = (u16, Option<String>, String)> {
    (
        prop_oneof![
            3 => Just(200u16),
            3 => prop::sample::select(vec![429u16, 500, 503, 401, 404]),
            1 => any::<u16>(),
        ],
        proptest::option::of(prop_oneof![
            number().prop_map(|n| n.to_string()),
            prop::sample::select(vec![
                "1e300".to_owned(),
                "NaN".into(),
                "inf".into(),
                " 2 ".into()
            ]),
            hostile::text(),
        ]),
        prop_oneof![
            3 => store_body(),
            1 => (number(), number(), number()).prop_map(|(r, a, s)| throttled(r, a, s)),
        ],
    )
}

/// Shopify's throttling answer with these numbers.
fn throttled(requested: f64, available: f64, restore_rate: f64) -> String {
    serde_json::json!({
        "errors": [{ "message": "Throttled", "extensions": { "code": "THROTTLED" } }],
        "extensions": { "cost": { "requestedQueryCost": requested, "throttleStatus": {
            "currentlyAvailable": available, "restoreRate": restore_rate } } }
    })
    .to_string()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn store_answers_never_panic(body in store_body()) {
        match shopify::read(&body) {
            Answer::Throttled { wait_ms } => prop_assert!(wait_ms >= 100),
            Answer::Unreadable(why) => prop_assert!(why.chars().count() <= 200),
            Answer::Found(_) | Answer::NotFound => {}
        }
        let _ = magento::read_orders(&body);
        let _ = magento::read_shipments(&body);
    }

    #[test]
    fn any_throttling_numbers_mean_a_wait(requested in number(), available in number(), rate in number()) {
        let answer = shopify::read(&throttled(requested, available, rate));
        prop_assert!(matches!(answer, Answer::Throttled { wait_ms } if wait_ms >= 100), "{:?}", answer);
    }

    #[test]
    fn a_lookup_always_ends_and_its_card_never_panics(
        platform in prop::sample::select(vec![Platform::Shopify, Platform::MagentoBearer]),
        answers in prop::collection::vec(answer(), 1..6),
        contact in prop_oneof![
            Just(Contact::Email("ana@example.com".into())),
            Just(Contact::Phone("66812345678".into())),
            hostile::text().prop_map(Contact::Email),
        ],
    ) {
        let source = OrderSource {
            platform,
            origin: "https://shop.example".into(),
            secret: "ORDERS_SHOP".into(),
        };
        let (mut lookup, _) = OrderLookup::start(&source, Credentials::Token("t".into()), "1001", &signing())
            .expect("a clean number");
        let mut waited = 0u64;
        let mut outcome = None;
        for (status, retry_after, body) in &answers {
            match lookup.answered(*status, retry_after.as_deref(), body, &signing()) {
                Next::Call { after_ms, .. } => {
                    waited = waited.saturating_add(after_ms);
                    prop_assert!(waited <= 4_000, "waited {} ms", waited);
                }
                Next::Done(done) => {
                    outcome = Some(done);
                    break;
                }
            }
        }
        if let Some(outcome) = outcome {
            let _ = checked(outcome, &contact, &vip(), &policy(), Some("DE"), &Iso);
        }
    }

    #[test]
    fn dates_from_stores_never_panic(text in prop_oneof![
        hostile::text(),
        hostile::mutated(vec![
            "2026-12-05T00:00:00Z".into(),
            "2026-12-01T08:12:00.123+07:00".into(),
            "2026-11-28 10:15:00".into(),
            "2026-02-29".into(),
        ]),
        "[0-9+-]{4}-[0-9+-]{2}-[0-9+-]{2}[T ][0-9+-]{2}:[0-9+-]{2}:[0-9+-]{2}[.0-9]{0,4}[Zz+-]{0,1}[0-9:+-]{0,6}",
    ]) {
        let _ = parse_instant(&text);
    }

    #[test]
    fn provider_answers_never_panic(
        status in prop_oneof![Just(200u16), any::<u16>()],
        body in hostile::json_input(docs(&[
            r#"{"translations":[{"detected_source_language":"TH","text":"Hello <x id=\"1\"/>"}]}"#,
            r#"{"translatedText":"Hola <x id='1' />"}"#,
            r#"{"message":"Quota exceeded"}"#,
            r#"{"error":"Invalid API key"}"#,
            r#"{"translated_text":"Bonjour"}"#,
        ])),
    ) {
        let _ = deepl::answer(status, &body);
        let _ = libretranslate::answer(status, &body);
        if let Ok(output) = serde_json::from_str::<workers_ai::Output>(&body) {
            let _ = workers_ai::answer(output);
        }
    }

    #[test]
    fn markers_in_a_translation_never_panic(
        translated in prop_oneof![
            hostile::text(),
            hostile::mutated(vec![
                "Olá <x id=\"1\"/>, pedido <x id=\"2\"/> &amp; &lt;b&gt;".into(),
                "<x id = '2' /><x id=\"1\"/>".into(),
            ]),
        ],
        slots in prop::collection::vec(hostile::text(), 0..3),
    ) {
        if let Ok(text) = restore(&translated, &slots) {
            for slot in &slots {
                prop_assert!(text.contains(slot.as_str()));
            }
        }
    }

    #[test]
    fn masked_text_restores_to_itself(text in hostile::text(), cuts in prop::collection::vec(any::<usize>(), 0..6)) {
        // Spans on character boundaries, sorted (overlaps are skipped by `mask`).
        let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        let mut points: Vec<usize> = cuts.iter().map(|c| bounds[c % bounds.len()]).collect();
        points.sort_unstable();
        let spans: Vec<(usize, usize)> = points.chunks(2).filter_map(|p| Some((p[0], *p.get(1)?))).collect();
        let masked = mask(&text, &spans);
        prop_assert_eq!(restore(&masked.text, &masked.slots), Ok(text));
    }
}

/// Found by `any_throttling_numbers_mean_a_wait` and `a_lookup_always_ends_and_its_card_never_panics`
/// (seeds in fuzz_answers.proptest-regressions): a store's huge cost or tiny restore rate,
/// or a huge Retry-After, overflowed the wait (a panic in debug builds; in release a wrap
/// to a wait of 99 ms and, in the lookup, a sum that could pass the 4 s budget).
#[test]
fn huge_waits_from_a_store_saturate_and_the_lookup_gives_up() {
    assert_eq!(
        shopify::read(&throttled(1e300, 0.0, 0.0)),
        Answer::Throttled { wait_ms: u64::MAX }
    );
    let source = OrderSource {
        platform: Platform::Shopify,
        origin: "https://shop.example".into(),
        secret: "ORDERS_SHOP".into(),
    };
    let start = || {
        OrderLookup::start(&source, Credentials::Token("t".into()), "1001", &signing())
            .expect("a clean number")
            .0
    };
    let mut lookup = start();
    let first = lookup.answered(200, None, &throttled(0.0, 0.0, 0.0), &signing());
    assert!(matches!(first, Next::Call { after_ms: 100, .. }));
    let tiny_rate = throttled(1.0, 0.0, 3.714960654069798e-195);
    let second = lookup.answered(200, None, &tiny_rate, &signing());
    assert!(
        matches!(second, Next::Done(Outcome::Unavailable(_))),
        "{second:?}"
    );
    let mut lookup = start();
    assert!(matches!(
        lookup.answered(503, None, "", &signing()),
        Next::Call { .. }
    ));
    let huge = lookup.answered(429, Some("1e300"), "", &signing());
    assert!(
        matches!(huge, Next::Done(Outcome::Unavailable(_))),
        "{huge:?}"
    );
}

#[test]
fn the_valid_answers_the_mutations_start_from_are_valid() {
    assert!(matches!(shopify::read(SHOPIFY_FOUND), Answer::Found(_)));
    assert!(matches!(
        shopify::read(SHOPIFY_THROTTLED),
        Answer::Throttled { .. }
    ));
    assert!(matches!(
        magento::read_orders(MAGENTO_ORDERS),
        (Answer::Found(_), Some(42))
    ));
    assert_eq!(magento::read_shipments(MAGENTO_TRACKS).len(), 1);
}
