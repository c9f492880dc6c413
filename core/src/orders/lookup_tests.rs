use super::*;
use crate::orders::order::Status;

fn signing() -> Signing {
    Signing {
        now_s: 1_764_547_200,
        nonce: "n0nce".into(),
    }
}

fn shopify() -> (OrderLookup, HttpCall) {
    let source = OrderSource {
        platform: Platform::Shopify,
        origin: "https://demo.myshopify.com".into(),
        secret: "ORDERS_DEMO".into(),
    };
    OrderLookup::start(
        &source,
        Credentials::Token("shpat_1".into()),
        "#1001",
        &signing(),
    )
    .expect("clean number")
}

fn magento(platform: Platform, credentials: Credentials) -> (OrderLookup, HttpCall) {
    let source = OrderSource {
        platform,
        origin: "https://magento.example".into(),
        secret: "ORDERS_M".into(),
    };
    OrderLookup::start(&source, credentials, "000000123", &signing()).expect("clean number")
}

const FOUND: &str = r##"{"data":{"orders":{"nodes":[{"name":"#1001","email":"a@example.com","displayFulfillmentStatus":"UNFULFILLED","cancelledAt":null,"fulfillments":[]}]}}}"##;
const THROTTLED: &str = r#"{"errors":[{"message":"Throttled","extensions":{"code":"THROTTLED"}}],"extensions":{"cost":{"requestedQueryCost":100,"throttleStatus":{"maximumAvailable":1000,"currentlyAvailable":0,"restoreRate":50}}}}"#;

#[test]
fn shopify_is_one_authenticated_post() {
    let (mut lookup, call) = shopify();
    assert_eq!(call.method, "POST");
    assert_eq!(
        call.url,
        "https://demo.myshopify.com/admin/api/2025-10/graphql.json"
    );
    assert!(
        call.headers
            .contains(&("x-shopify-access-token", "shpat_1".into()))
    );
    assert!(
        call.body
            .as_deref()
            .is_some_and(|b| b.contains("name:#1001"))
    );
    let Next::Done(Outcome::Found(order)) = lookup.answered(200, None, FOUND, &signing()) else {
        panic!("found")
    };
    assert_eq!(order.status, Status::Processing);
}

#[test]
fn throttling_waits_as_told_then_gives_up() {
    let (mut lookup, _) = shopify();
    // (100 - 0) / 50 per second = 2 s, plus a margin.
    assert!(matches!(
        lookup.answered(200, None, THROTTLED, &signing()),
        Next::Call {
            after_ms: 2_100,
            ..
        }
    ));
    // A second 2.1 s wait would pass the 4 s of waiting allowed in all.
    assert!(matches!(
        lookup.answered(200, None, THROTTLED, &signing()),
        Next::Done(Outcome::Unavailable(_))
    ));
    let (mut lookup, _) = shopify();
    assert!(matches!(
        lookup.answered(429, Some("1.5"), "", &signing()),
        Next::Call {
            after_ms: 1_500,
            ..
        }
    ));
}

#[test]
fn server_errors_back_off_and_credentials_errors_do_not_retry() {
    let (mut lookup, _) = shopify();
    let waits: Vec<Next> = (0..3)
        .map(|_| lookup.answered(503, None, "", &signing()))
        .collect();
    assert!(matches!(waits[0], Next::Call { after_ms: 250, .. }));
    assert!(matches!(waits[1], Next::Call { after_ms: 500, .. }));
    assert!(matches!(&waits[2], Next::Done(Outcome::Unavailable(why)) if why.contains("503")));
    let (mut lookup, _) = shopify();
    assert!(matches!(
        lookup.answered(401, None, r#"{"errors":"[API] Invalid API key or access token"}"#, &signing()),
        Next::Done(Outcome::Unavailable(why)) if why.contains("credentials")
    ));
    let (mut lookup, _) = shopify();
    assert!(matches!(
        lookup.failed(Failure::Timeout, &signing()),
        Next::Done(Outcome::Unavailable(_))
    ));
    let (mut lookup, _) = shopify();
    assert!(matches!(
        lookup.failed(Failure::Network, &signing()),
        Next::Call { after_ms: 250, .. }
    ));
}

#[test]
fn magento_reads_the_order_then_its_shipments() {
    let (mut lookup, call) = magento(Platform::MagentoBearer, Credentials::Token("tok".into()));
    assert_eq!(call.method, "GET");
    assert!(
        call.url
            .starts_with("https://magento.example/rest/V1/orders?searchCriteria")
    );
    assert!(
        call.headers
            .contains(&("authorization", "Bearer tok".into()))
    );
    let order = r#"{"items":[{"entity_id":42,"increment_id":"000000123","status":"complete","customer_email":"a@example.com"}],"total_count":1}"#;
    let Next::Call { call, after_ms: 0 } = lookup.answered(200, None, order, &signing()) else {
        panic!("shipments next")
    };
    assert!(call.url.contains("/rest/V1/shipments?") && call.url.contains("=42&"));
    let tracks = r#"{"items":[{"tracks":[{"track_number":"EE1TH","title":"Thailand Post"}]}]}"#;
    let Next::Done(Outcome::Found(order)) = lookup.answered(200, None, tracks, &signing()) else {
        panic!("found")
    };
    assert_eq!(order.shipments.len(), 1);
}

#[test]
fn magento_shows_the_order_when_its_shipments_fail_and_signs_with_oauth() {
    let creds = crate::orders::oauth1::Credentials {
        consumer_key: "ck".into(),
        consumer_secret: "cs".into(),
        token: "at".into(),
        token_secret: "ats".into(),
    };
    let (mut lookup, call) = magento(Platform::MagentoOAuth1, Credentials::OAuth1(creds));
    let auth = &call
        .headers
        .iter()
        .find(|(k, _)| *k == "authorization")
        .expect("signed")
        .1;
    assert!(auth.starts_with("OAuth ") && auth.contains("oauth_signature_method=\"HMAC-SHA256\""));
    let order = r#"{"items":[{"entity_id":7,"increment_id":"000000123","status":"processing"}]}"#;
    assert!(matches!(
        lookup.answered(200, None, order, &signing()),
        Next::Call { .. }
    ));
    assert!(matches!(
        lookup.answered(401, None, "{}", &signing()),
        Next::Done(Outcome::Found(order)) if order.shipments.is_empty()
    ));
    let (mut lookup, _) = magento(Platform::MagentoBearer, Credentials::Token("t".into()));
    assert_eq!(
        lookup.answered(200, None, r#"{"items":[],"total_count":0}"#, &signing()),
        Next::Done(Outcome::NotFound)
    );
}

#[test]
fn a_number_with_markup_or_queries_is_never_sent() {
    let source = OrderSource {
        platform: Platform::Shopify,
        origin: "https://demo.myshopify.com".into(),
        secret: "S".into(),
    };
    for bad in [
        "1001' OR 1=1 --",
        "<script>alert(1)</script>",
        "1001 OR name:*",
        "",
    ] {
        assert!(
            OrderLookup::start(&source, Credentials::Token("t".into()), bad, &signing()).is_none()
        );
    }
}
