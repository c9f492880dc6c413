use super::*;
use crate::commerce::policy::RawPolicy;
use crate::orders::order::Event;

struct Iso;

impl Moments for Iso {
    fn day(&self, at_ms: u64) -> String {
        let d = crate::teams::calendar::civil_from_days((at_ms / DAY_MS) as i64);
        format!("{}-{:02}-{:02}", d.year, d.month, d.day)
    }
    fn moment(&self, at_ms: u64) -> String {
        format!("{} {:02}h", self.day(at_ms), at_ms % DAY_MS / 3_600_000)
    }
}

fn policy() -> CommercePolicy {
    let raw: RawPolicy =
        serde_json::from_str(r#"{"shipping_days":{"*":[5,10],"TH":[3,5]}}"#).expect("json");
    CommercePolicy::from_raw(raw).expect("valid")
}

fn shipment() -> Shipment {
    Shipment {
        carrier: Some("DHL Express".into()),
        tracking_number: Some("JD014600006".into()),
        tracking_url: Some("https://www.dhl.com/track?id=JD014600006".into()),
        latest_event: Some(Event {
            status: "IN_TRANSIT".into(),
            at: "2026-12-01T08:12:00Z".into(),
            message: Some("Departed Leipzig hub".into()),
        }),
        estimated_delivery: Some("2026-12-05T00:00:00Z".into()),
        shipped_at: Some("2026-11-30T10:00:00Z".into()),
    }
}

fn order(status: Status, shipments: Vec<Shipment>) -> Order {
    Order {
        number: "1001".into(),
        status,
        email: Some("ana@example.com".into()),
        phone: None,
        shipping_country: Some("TH".into()),
        shipments,
        total: None,
        customer_tags: Vec::new(),
    }
}

fn labels(say: &Say) -> Vec<&'static str> {
    say.card
        .iter()
        .map(|l| match l.label {
            Words::Key(k, _) => k,
            _ => "text",
        })
        .collect()
}

#[test]
fn one_shipment_shows_carrier_tracking_latest_and_the_carriers_estimate() {
    let say = show(
        &order(Status::Shipped, vec![shipment()]),
        &policy(),
        None,
        &Iso,
    );
    assert_eq!(say.key, "bot-order-found");
    assert_eq!(say.args, vec![("number", "#1001".to_owned())]);
    assert_eq!(
        labels(&say),
        vec![
            "order-status",
            "order-carrier",
            "order-tracking",
            "order-latest",
            "order-delivery"
        ]
    );
    assert_eq!(
        say.card[2].link.as_deref(),
        Some("https://www.dhl.com/track?id=JD014600006")
    );
    assert_eq!(
        say.card[3].value,
        Words::Joined(vec![
            Words::Key("order-event-in-transit", Vec::new()),
            Words::Text("2026-12-01 08h".into()),
            Words::Text("Departed Leipzig hub".into()),
        ])
    );
    assert_eq!(say.card[4].value, Words::Text("2026-12-05".into()));
}

#[test]
fn without_a_carrier_estimate_the_stores_times_count_business_days() {
    let mut parcel = shipment();
    parcel.estimated_delivery = None;
    // Shipped Monday 30 Nov to TH (3-5 business days): Thu 3 Dec to Mon 7 Dec.
    let say = show(
        &order(Status::Shipped, vec![parcel.clone()]),
        &policy(),
        None,
        &Iso,
    );
    assert_eq!(
        say.card.last().map(|l| &l.value),
        Some(&Words::Key(
            "order-delivery-between",
            vec![("from", "2026-12-03".into()), ("to", "2026-12-07".into())]
        ))
    );
    // No country anywhere and no "*" row would mean no estimate; here "*" applies.
    let mut abroad = order(Status::Shipped, vec![parcel]);
    abroad.shipping_country = None;
    let say = show(&abroad, &policy(), Some("BR"), &Iso);
    assert!(matches!(
        say.card.last().map(|l| &l.value),
        Some(Words::Key("order-delivery-between", _))
    ));
}

#[test]
fn several_shipments_are_numbered_and_delivered_ones_have_no_estimate() {
    let mut delivered = shipment();
    delivered.latest_event = Some(Event {
        status: "DELIVERED".into(),
        at: "2026-12-02T09:00:00Z".into(),
        message: None,
    });
    let pending = Shipment {
        carrier: None,
        tracking_number: None,
        tracking_url: None,
        latest_event: None,
        estimated_delivery: None,
        shipped_at: None,
    };
    let say = show(
        &order(Status::PartlyShipped, vec![delivered, pending]),
        &policy(),
        None,
        &Iso,
    );
    assert_eq!(
        labels(&say),
        vec![
            "order-status",
            "order-shipment",
            "order-tracking",
            "order-latest",
            "order-shipment"
        ]
    );
    assert_eq!(
        say.card[1].label,
        Words::Key(
            "order-shipment",
            vec![("n", "1".into()), ("total", "2".into())]
        )
    );
}

#[test]
fn unknown_statuses_are_shown_as_named_and_cancelled_orders_promise_nothing() {
    let say = show(
        &order(Status::Other("ON_HOLD".into()), Vec::new()),
        &policy(),
        None,
        &Iso,
    );
    assert_eq!(say.card[0].value, Words::Text("on hold".into()));
    let say = show(
        &order(Status::Cancelled, vec![shipment()]),
        &policy(),
        None,
        &Iso,
    );
    assert!(!labels(&say).contains(&"order-delivery"));
}

#[test]
fn only_the_asker_sees_the_order_and_a_stranger_hears_no_match() {
    use crate::bot::order_reference::Contact;
    use crate::orders::lookup::Outcome;
    use crate::orders::vip::VipRule;
    let found = || Outcome::Found(order(Status::Shipped, vec![shipment()]));
    let vip = VipRule::default();
    let email = |e: &str| Contact::Email(e.into());
    let (say, heard) = checked(
        found(),
        &email("ANA@example.com"),
        &vip,
        &policy(),
        None,
        &Iso,
    );
    assert!(say.is_some());
    assert_eq!(
        heard,
        Lookup::Shown(Verified {
            number: "#1001".into(),
            masked: "#1001 · A***@example.com".into(),
            country: Some("TH".into()),
            vip: false
        })
    );
    let stranger = checked(
        found(),
        &email("eve@example.com"),
        &vip,
        &policy(),
        None,
        &Iso,
    );
    let missing = checked(
        Outcome::NotFound,
        &email("eve@example.com"),
        &vip,
        &policy(),
        None,
        &Iso,
    );
    assert_eq!(stranger, (None, Lookup::NoMatch));
    assert_eq!(stranger, missing);
    let down = checked(
        Outcome::Unavailable("HTTP 503".into()),
        &email("ana@example.com"),
        &vip,
        &policy(),
        None,
        &Iso,
    );
    assert_eq!(down, (None, Lookup::Unavailable));
}
