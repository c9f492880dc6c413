//! Shopify's Admin GraphQL API (pinned version): the query that finds an order by its name
//! (`orders(first: 1, query: "name:#1001")`), and what its answer means: the order, none,
//! or "throttled, wait this long" (from `extensions.cost.throttleStatus`, or an error whose
//! code is `THROTTLED`).

use serde_json::{Value, json};

pub use crate::orders::order::Answer;
use crate::orders::order::{Event, Money, Order, Shipment, Status, clean_number, safe_link};

/// The API version every request names (Shopify supports each for a year).
pub const API_VERSION: &str = "2025-10";

const QUERY: &str = "query Order($q: String!) { orders(first: 1, query: $q) { nodes { \
name email phone displayFulfillmentStatus cancelledAt shippingAddress { countryCodeV2 } \
totalPriceSet { shopMoney { amount currencyCode } } customer { tags } \
fulfillments(first: 10) { displayStatus createdAt estimatedDeliveryAt trackingInfo(first: 1) { company number url } \
events(first: 1, sortKey: HAPPENED_AT, reverse: true) { nodes { status happenedAt message } } } } } }";

/// `/admin/api/<version>/graphql.json` of the shop at `origin` (`https://x.myshopify.com`).
pub fn endpoint_at(origin: &str) -> String {
    format!(
        "{}/admin/api/{API_VERSION}/graphql.json",
        origin.trim_end_matches('/')
    )
}

/// The request body for order `number` (`None` when the number is not a clean one).
pub fn request_body(number: &str) -> Option<String> {
    let number = clean_number(number)?;
    Some(json!({ "query": QUERY, "variables": { "q": format!("name:#{number}") } }).to_string())
}

fn text(v: &Value) -> Option<String> {
    v.as_str().map(str::to_owned).filter(|s| !s.is_empty())
}

/// How long until the query's cost is available again.
fn wait_ms(extensions: &Value) -> u64 {
    let cost = &extensions["cost"];
    let requested = cost["requestedQueryCost"].as_f64().unwrap_or(50.0);
    let status = &cost["throttleStatus"];
    let available = status["currentlyAvailable"].as_f64().unwrap_or(0.0);
    let rate = status["restoreRate"]
        .as_f64()
        .filter(|r| *r > 0.0)
        .unwrap_or(50.0);
    // The numbers are the store's: a huge cost or a tiny rate saturates (the lookup gives
    // up on a wait that long), it must not overflow.
    ((((requested - available).max(0.0) / rate) * 1000.0).ceil() as u64).saturating_add(100)
}

/// Reads a 200 answer's body.
pub fn read(body: &str) -> Answer {
    let Ok(v) = serde_json::from_str::<Value>(body) else {
        return Answer::Unreadable("not JSON".into());
    };
    if let Some(errors) = v["errors"].as_array() {
        if errors
            .iter()
            .any(|e| e["extensions"]["code"] == "THROTTLED")
        {
            return Answer::Throttled {
                wait_ms: wait_ms(&v["extensions"]),
            };
        }
        let first = errors
            .first()
            .and_then(|e| e["message"].as_str())
            .unwrap_or("error");
        return Answer::Unreadable(first.chars().take(200).collect());
    }
    let Some(nodes) = v["data"]["orders"]["nodes"].as_array() else {
        return Answer::Unreadable("no data.orders".into());
    };
    let Some(node) = nodes.first() else {
        return Answer::NotFound;
    };
    let shipments: Vec<Shipment> = node["fulfillments"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            let tracking = &f["trackingInfo"][0];
            let event = &f["events"]["nodes"][0];
            Shipment {
                carrier: text(&tracking["company"]),
                tracking_number: text(&tracking["number"]),
                tracking_url: safe_link(tracking["url"].as_str()),
                latest_event: text(&event["status"]).map(|status| Event {
                    status,
                    at: text(&event["happenedAt"]).unwrap_or_default(),
                    message: text(&event["message"]),
                }),
                estimated_delivery: text(&f["estimatedDeliveryAt"]),
                shipped_at: text(&f["createdAt"]),
            }
        })
        .collect();
    let delivered = !shipments.is_empty()
        && shipments.iter().all(|s| {
            s.latest_event
                .as_ref()
                .is_some_and(|e| e.status == "DELIVERED")
        });
    let status = if !node["cancelledAt"].is_null() {
        Status::Cancelled
    } else if delivered {
        Status::Delivered
    } else {
        match node["displayFulfillmentStatus"]
            .as_str()
            .unwrap_or_default()
        {
            "FULFILLED" => Status::Shipped,
            "PARTIALLY_FULFILLED" => Status::PartlyShipped,
            "UNFULFILLED" | "IN_PROGRESS" | "SCHEDULED" | "ON_HOLD" | "OPEN" => Status::Processing,
            other => Status::Other(other.to_owned()),
        }
    };
    Answer::Found(Order {
        number: text(&node["name"]).unwrap_or_default(),
        status,
        email: text(&node["email"]),
        phone: text(&node["phone"]),
        shipping_country: text(&node["shippingAddress"]["countryCodeV2"]),
        shipments,
        total: money(&node["totalPriceSet"]["shopMoney"]),
        customer_tags: node["customer"]["tags"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(text)
            .collect(),
    })
}

fn money(v: &Value) -> Option<Money> {
    Some(Money {
        amount: text(&v["amount"])?,
        currency: text(&v["currencyCode"])?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_names_only_a_clean_number() {
        let body = request_body("#1001").expect("clean");
        let v: Value = serde_json::from_str(&body).expect("json");
        assert_eq!(v["variables"]["q"], "name:#1001");
        assert!(request_body("1001 OR email:*").is_none());
        assert_eq!(
            endpoint_at("https://shop.example"),
            "https://shop.example/admin/api/2025-10/graphql.json"
        );
    }

    #[test]
    fn reads_an_order_with_two_shipments() {
        let body = r##"{"data":{"orders":{"nodes":[{"name":"#1001","email":"ana@example.com","phone":null,
            "displayFulfillmentStatus":"PARTIALLY_FULFILLED","cancelledAt":null,"shippingAddress":{"countryCodeV2":"TH"},
            "totalPriceSet":{"shopMoney":{"amount":"129.90","currencyCode":"EUR"}},"customer":{"tags":["VIP","newsletter"]},
            "fulfillments":[
              {"displayStatus":"IN_TRANSIT","estimatedDeliveryAt":"2026-12-05T00:00:00Z","trackingInfo":[{"company":"DHL Express","number":"JD014600006","url":"https://www.dhl.com/track?id=JD014600006"}],
               "events":{"nodes":[{"status":"IN_TRANSIT","happenedAt":"2026-12-01T08:12:00Z","message":"Departed Leipzig hub"}]}},
              {"displayStatus":"CONFIRMED","estimatedDeliveryAt":null,"trackingInfo":[],"events":{"nodes":[]}}]}]}},
            "extensions":{"cost":{"requestedQueryCost":12,"actualQueryCost":8,"throttleStatus":{"maximumAvailable":2000,"currentlyAvailable":1992,"restoreRate":100}}}}"##;
        let Answer::Found(order) = read(body) else {
            panic!("found")
        };
        assert_eq!(order.number, "#1001");
        assert_eq!(order.status, Status::PartlyShipped);
        assert_eq!(order.shipping_country.as_deref(), Some("TH"));
        assert_eq!(order.shipments.len(), 2);
        assert_eq!(order.shipments[0].carrier.as_deref(), Some("DHL Express"));
        assert_eq!(
            order.shipments[0]
                .latest_event
                .as_ref()
                .map(|e| e.status.as_str()),
            Some("IN_TRANSIT")
        );
        assert_eq!(order.shipments[1].tracking_number, None);
        assert_eq!(order.total.and_then(|m| m.thousandths()), Some(129_900));
        assert_eq!(order.customer_tags, vec!["VIP", "newsletter"]);
    }

    #[test]
    fn none_throttled_and_errors() {
        assert_eq!(
            read(r#"{"data":{"orders":{"nodes":[]}}}"#),
            Answer::NotFound
        );
        let throttled = r#"{"errors":[{"message":"Throttled","extensions":{"code":"THROTTLED"}}],
            "extensions":{"cost":{"requestedQueryCost":152,"throttleStatus":{"maximumAvailable":1000,"currentlyAvailable":2,"restoreRate":50}}}}"#;
        assert_eq!(read(throttled), Answer::Throttled { wait_ms: 3_100 });
        assert!(
            matches!(read(r#"{"errors":[{"message":"Access denied"}]}"#), Answer::Unreadable(m) if m == "Access denied")
        );
        assert!(matches!(read("<html>"), Answer::Unreadable(_)));
    }
}
