//! A verified order as the bot tells it: "Here is your order #1001:" and a card of its
//! status and, per shipment, the carrier, the tracking number (a link when the carrier
//! gave an https one), the latest event and the estimated delivery. The estimate is the
//! carrier's when it gave one; otherwise, for a parcel on its way, the store's shipping
//! times to the order's country counted in business days from the day it left.

use crate::bot::order_reference::Contact;
use crate::bot::reply::{Say, SayLine, Words};
use crate::bot::turn::{Lookup, Verified};
use crate::commerce::policy::CommercePolicy;
use crate::orders::contact_match::{masked, matches};
use crate::orders::lookup::Outcome;
use crate::orders::order::{Order, Shipment, Status};
use crate::orders::vip::VipRule;
use crate::teams::calendar::{parse_instant, weekday};

/// Shipments listed at most (the rest are the store's to tell).
const MAX_SHIPMENTS: usize = 5;
const DAY_MS: u64 = 86_400_000;

/// Dates put into the shopper's words and time zone by the shell (Intl at the edge).
pub trait Moments {
    /// A day: "Sat 5 Dec".
    fn day(&self, at_ms: u64) -> String;
    /// A day and time: "1 Dec, 15:12".
    fn moment(&self, at_ms: u64) -> String;
}

fn key(key: &'static str) -> Words {
    Words::Key(key, Vec::new())
}

fn status(status: &Status) -> Words {
    match status {
        Status::Processing => key("order-status-processing"),
        Status::PartlyShipped => key("order-status-partly-shipped"),
        Status::Shipped => key("order-status-shipped"),
        Status::Delivered => key("order-status-delivered"),
        Status::Cancelled => key("order-status-cancelled"),
        Status::Other(name) => Words::Text(name.replace('_', " ").to_lowercase()),
    }
}

/// A carrier event in the shopper's words (Shopify's `FulfillmentEventStatus`); one we do
/// not know is shown as the store named it.
fn event(status: &str) -> Words {
    match status {
        "LABEL_PRINTED" | "LABEL_PURCHASED" => key("order-event-label-created"),
        "CONFIRMED" => key("order-event-confirmed"),
        "CARRIER_PICKED_UP" => key("order-event-picked-up"),
        "IN_TRANSIT" => key("order-event-in-transit"),
        "OUT_FOR_DELIVERY" => key("order-event-out-for-delivery"),
        "ATTEMPTED_DELIVERY" => key("order-event-attempted-delivery"),
        "READY_FOR_PICKUP" => key("order-event-ready-for-pickup"),
        "DELAYED" => key("order-event-delayed"),
        // Collected by the shopper at a pickup point.
        "DELIVERED" | "PICKED_UP" => key("order-event-delivered"),
        "FAILURE" => key("order-event-failure"),
        other => Words::Text(other.replace('_', " ").to_lowercase()),
    }
}

/// `days` business days (Monday to Friday) after the day of `from_ms`.
fn business_days_after(from_ms: u64, days: u32) -> u64 {
    let mut day = (from_ms / DAY_MS) as i64;
    let mut left = days;
    while left > 0 {
        day += 1;
        if weekday(day) < 5 {
            left -= 1;
        }
    }
    day as u64 * DAY_MS + 12 * 3_600_000
}

fn estimate(
    shipment: &Shipment,
    days: Option<(u32, u32)>,
    moments: &impl Moments,
) -> Option<Words> {
    if let Some(at) = shipment
        .estimated_delivery
        .as_deref()
        .and_then(parse_instant)
    {
        return Some(Words::Text(moments.day(at)));
    }
    let shipped = shipment.shipped_at.as_deref().and_then(parse_instant)?;
    let (min, max) = days?;
    let (from, to) = (
        business_days_after(shipped, min),
        business_days_after(shipped, max),
    );
    Some(if from == to {
        Words::Text(moments.day(to))
    } else {
        Words::Key(
            "order-delivery-between",
            vec![("from", moments.day(from)), ("to", moments.day(to))],
        )
    })
}

fn shipment_lines(
    shipment: &Shipment,
    n: usize,
    total: usize,
    days: Option<(u32, u32)>,
    moments: &impl Moments,
) -> Vec<SayLine> {
    let mut lines = Vec::new();
    let line = |label: Words, value: Words| SayLine {
        label,
        value,
        link: None,
    };
    let carrier = shipment.carrier.clone().map(Words::Text);
    if total > 1 {
        let label = Words::Key(
            "order-shipment",
            vec![("n", n.to_string()), ("total", total.to_string())],
        );
        let value = carrier.unwrap_or_else(|| key("order-status-processing"));
        lines.push(line(label, value));
    } else if let Some(carrier) = carrier {
        lines.push(line(key("order-carrier"), carrier));
    }
    if let Some(number) = &shipment.tracking_number {
        lines.push(SayLine {
            link: shipment.tracking_url.clone(),
            ..line(key("order-tracking"), Words::Text(number.clone()))
        });
    }
    let delivered = shipment
        .latest_event
        .as_ref()
        .is_some_and(|e| matches!(event(&e.status), Words::Key("order-event-delivered", _)));
    if let Some(latest) = &shipment.latest_event {
        let mut parts = vec![event(&latest.status)];
        if let Some(at) = parse_instant(&latest.at) {
            parts.push(Words::Text(moments.moment(at)));
        }
        if let Some(message) = &latest.message {
            parts.push(Words::Text(message.chars().take(120).collect()));
        }
        lines.push(line(key("order-latest"), Words::Joined(parts)));
    }
    if !delivered && let Some(when) = estimate(shipment, days, moments) {
        lines.push(line(key("order-delivery"), when));
    }
    lines
}

/// `#1001`, as shoppers read order numbers.
fn number(order: &Order) -> String {
    if order.number.starts_with('#') {
        order.number.clone()
    } else {
        format!("#{}", order.number)
    }
}

/// What the bot says about `order`; `country`, where it ships when the order does not say.
pub fn show(
    order: &Order,
    policy: &CommercePolicy,
    country: Option<&str>,
    moments: &impl Moments,
) -> Say {
    let country = order.shipping_country.as_deref().or(country);
    let days = country.and_then(|c| policy.days_to(c));
    let mut card = vec![SayLine {
        label: key("order-status"),
        value: status(&order.status),
        link: None,
    }];
    let shipments = &order.shipments[..order.shipments.len().min(MAX_SHIPMENTS)];
    let settled = matches!(order.status, Status::Cancelled | Status::Delivered);
    for (i, shipment) in shipments.iter().enumerate() {
        let mut lines = shipment_lines(shipment, i + 1, shipments.len(), days, moments);
        if settled {
            lines.retain(|l| !matches!(l.label, Words::Key("order-delivery", _)));
        }
        card.extend(lines);
    }
    Say {
        args: vec![("number", number(order))],
        card,
        ..Say::key(crate::bot::reply::keys::ORDER_FOUND)
    }
}

/// What a lookup's `outcome` means for the shopper who gave `contact`: the card to show,
/// if any, and what the dialogue hears. An order that is not theirs is "no match", exactly
/// as one that does not exist.
pub fn checked(
    outcome: Outcome,
    contact: &Contact,
    vip: &VipRule,
    policy: &CommercePolicy,
    country: Option<&str>,
    moments: &impl Moments,
) -> (Option<Say>, Lookup) {
    let given = match contact {
        Contact::Email(text) | Contact::Phone(text) => text.as_str(),
    };
    match outcome {
        Outcome::Found(order) if matches(given, order.email.as_deref(), order.phone.as_deref()) => {
            let say = show(&order, policy, country, moments);
            let verified = Verified {
                number: number(&order),
                masked: format!("{} · {}", number(&order), masked(given)),
                country: order.shipping_country.clone(),
                vip: vip.applies(&order),
            };
            (Some(say), Lookup::Shown(verified))
        }
        Outcome::Found(_) | Outcome::NotFound => (None, Lookup::NoMatch),
        Outcome::Unavailable(_) => (None, Lookup::Unavailable),
    }
}

#[cfg(test)]
#[path = "order_answer_tests.rs"]
mod tests;
