//! Magento 2's REST API: the order search by increment id (`GET /rest/V1/orders` with
//! `searchCriteria`), its shipments' tracks (`GET /rest/V1/shipments`), and what the
//! answers mean. Authentication is the caller's: the integration token as a bearer, or
//! OAuth 1.0a (`orders::oauth1`) where the store keeps bearer use off.

use serde_json::Value;

use crate::orders::oauth1::encode;
use crate::orders::order::{Answer, Money, Order, Shipment, Status, clean_number};

/// `searchCriteria` for one field equal to `value`.
fn criteria(field: &str, value: &str) -> String {
    let key = |part: &str| {
        encode(&format!(
            "searchCriteria[filterGroups][0][filters][0][{part}]"
        ))
    };
    format!(
        "{}={}&{}={}&{}=eq",
        key("field"),
        field,
        key("value"),
        encode(value),
        key("conditionType")
    )
}

/// The order search for `number` on the store at `base` (`https://shop.example`); `None`
/// when the number is not a clean one.
pub fn orders_url(base: &str, number: &str) -> Option<String> {
    let number = clean_number(number)?;
    Some(format!(
        "{}/rest/V1/orders?{}",
        base.trim_end_matches('/'),
        criteria("increment_id", &number)
    ))
}

/// The shipments of the order with entity id `order_id`.
pub fn shipments_url(base: &str, order_id: u64) -> String {
    format!(
        "{}/rest/V1/shipments?{}",
        base.trim_end_matches('/'),
        criteria("order_id", &order_id.to_string())
    )
}

fn text(v: &Value) -> Option<String> {
    v.as_str().map(str::to_owned).filter(|s| !s.is_empty())
}

/// Reads an order search's 200 answer: the order (without its shipments' tracks, which the
/// shipments answer adds) and its entity id.
pub fn read_orders(body: &str) -> (Answer, Option<u64>) {
    let Ok(v) = serde_json::from_str::<Value>(body) else {
        return (Answer::Unreadable("not JSON".into()), None);
    };
    let Some(items) = v["items"].as_array() else {
        return (Answer::Unreadable("no items".into()), None);
    };
    let Some(item) = items.first() else {
        return (Answer::NotFound, None);
    };
    let status = match item["status"].as_str().unwrap_or_default() {
        "pending" | "pending_payment" | "processing" | "holded" | "payment_review" => {
            Status::Processing
        }
        "complete" => Status::Shipped,
        "canceled" => Status::Cancelled,
        other => Status::Other(other.to_owned()),
    };
    let order = Order {
        number: text(&item["increment_id"]).unwrap_or_default(),
        status,
        email: text(&item["customer_email"]),
        phone: text(&item["billing_address"]["telephone"]),
        shipping_country: text(
            &item["extension_attributes"]["shipping_assignments"][0]["shipping"]["address"]["country_id"],
        ),
        shipments: Vec::new(),
        total: item["grand_total"]
            .as_f64()
            .zip(text(&item["order_currency_code"]))
            .map(|(amount, currency)| Money {
                amount: format!("{amount:.2}"),
                currency,
            }),
        customer_tags: item["customer_group_id"]
            .as_u64()
            .map(|group| vec![format!("group:{group}")])
            .unwrap_or_default(),
    };
    (Answer::Found(order), item["entity_id"].as_u64())
}

/// The shipments of a shipments search's 200 answer (Magento keeps carrier and number; no
/// events or links).
pub fn read_shipments(body: &str) -> Vec<Shipment> {
    let Ok(v) = serde_json::from_str::<Value>(body) else {
        return Vec::new();
    };
    v["items"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|shipment| {
            let shipped_at = text(&shipment["created_at"]);
            let tracks = shipment["tracks"].as_array().cloned().unwrap_or_default();
            tracks.into_iter().map(move |track| Shipment {
                carrier: text(&track["title"]).or_else(|| text(&track["carrier_code"])),
                tracking_number: text(&track["track_number"]),
                tracking_url: None,
                latest_event: None,
                estimated_delivery: None,
                shipped_at: shipped_at.clone(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_names_only_a_clean_number() {
        let url = orders_url("https://shop.example/", "000000123").expect("clean");
        assert_eq!(
            url,
            "https://shop.example/rest/V1/orders?searchCriteria%5BfilterGroups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bfield%5D=increment_id&searchCriteria%5BfilterGroups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bvalue%5D=000000123&searchCriteria%5BfilterGroups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5BconditionType%5D=eq"
        );
        assert!(orders_url("https://shop.example", "1' OR '1'='1").is_none());
    }

    #[test]
    fn reads_an_order_and_its_tracks() {
        let body = r#"{"items":[{"entity_id":42,"increment_id":"000000123","status":"complete","customer_email":"ana@example.com",
            "grand_total":612.5,"order_currency_code":"EUR","customer_group_id":4,
            "billing_address":{"telephone":"+66 81 234 5678"},
            "extension_attributes":{"shipping_assignments":[{"shipping":{"address":{"country_id":"TH"}}}]}}],"total_count":1}"#;
        let (Answer::Found(order), Some(42)) = read_orders(body) else {
            panic!("found")
        };
        assert_eq!(
            (order.number.as_str(), order.status.clone()),
            ("000000123", Status::Shipped)
        );
        assert_eq!(order.phone.as_deref(), Some("+66 81 234 5678"));
        assert_eq!(order.shipping_country.as_deref(), Some("TH"));
        assert_eq!(order.total.and_then(|m| m.thousandths()), Some(612_500));
        assert_eq!(order.customer_tags, vec!["group:4"]);
        let tracks = r#"{"items":[{"created_at":"2026-11-28 10:15:00","tracks":[{"track_number":"EE123456789TH","title":"Thailand Post","carrier_code":"custom"}]},
            {"tracks":[{"track_number":"1Z999","title":"","carrier_code":"ups"}]}]}"#;
        let shipments = read_shipments(tracks);
        assert_eq!(shipments.len(), 2);
        assert_eq!(shipments[0].carrier.as_deref(), Some("Thailand Post"));
        assert_eq!(shipments[1].carrier.as_deref(), Some("ups"));
        assert_eq!(
            shipments[0].shipped_at.as_deref(),
            Some("2026-11-28 10:15:00")
        );
        assert_eq!(
            read_orders(r#"{"items":[],"total_count":0}"#).0,
            Answer::NotFound
        );
        assert!(matches!(
            read_orders(r#"{"message":"The consumer isn't authorized"}"#).0,
            Answer::Unreadable(_)
        ));
    }
}
