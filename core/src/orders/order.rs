//! An order as the bot may tell a shopper about it, whichever store system it came from:
//! its number, status, the contact it was placed with (for the check, never shown), where
//! it ships, and each shipment with its carrier, tracking and latest event.

/// Where an order stands, as both Shopify and Magento can say it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Paid and waiting to ship.
    Processing,
    /// Some shipments left, not all.
    PartlyShipped,
    Shipped,
    Delivered,
    Cancelled,
    /// Anything else, as the store named it.
    Other(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// The carrier's status (`IN_TRANSIT`, `OUT_FOR_DELIVERY`, …).
    pub status: String,
    /// ISO 8601.
    pub at: String,
    pub message: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shipment {
    pub carrier: Option<String>,
    pub tracking_number: Option<String>,
    /// Only an https link is kept.
    pub tracking_url: Option<String>,
    pub latest_event: Option<Event>,
    /// ISO 8601.
    pub estimated_delivery: Option<String>,
    /// When the parcel left (ISO 8601): with the store's shipping times, an estimate when the
    /// carrier gives none.
    pub shipped_at: Option<String>,
}

/// An amount as the store states it: a decimal string and an ISO 4217 currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Money {
    pub amount: String,
    pub currency: String,
}

impl Money {
    /// The amount in thousandths (`"499.9"` → 499 900), for comparisons; `None` for
    /// anything that is not a plain non-negative decimal.
    pub fn thousandths(&self) -> Option<u64> {
        let (whole, fraction) = self
            .amount
            .trim()
            .split_once('.')
            .unwrap_or((self.amount.trim(), ""));
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || whole.len() > 12 || !digits(whole) || !digits(fraction) {
            return None;
        }
        let mut milli: String = fraction.chars().chain("000".chars()).take(3).collect();
        milli.insert_str(0, whole);
        milli.parse().ok()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Order {
    pub number: String,
    pub status: Status,
    /// For the contact check only.
    pub email: Option<String>,
    pub phone: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub shipping_country: Option<String>,
    pub shipments: Vec<Shipment>,
    /// What the order came to (for the merchant's VIP rule).
    pub total: Option<Money>,
    /// The customer's tags (Shopify) or `group:<id>` (Magento's customer group).
    pub customer_tags: Vec<String>,
}

/// What a store's answer to an order lookup says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Found(Order),
    NotFound,
    /// Asked too fast: try again after this many milliseconds.
    Throttled {
        wait_ms: u64,
    },
    /// Not an answer this API gives (the caller says "unavailable").
    Unreadable(String),
}

/// A tracking link worth showing: https, no spaces or markup characters.
pub fn safe_link(url: Option<&str>) -> Option<String> {
    let url = url?.trim();
    let ok = url.starts_with("https://")
        && url.len() <= 500
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | '"' | '`'));
    ok.then(|| url.to_owned())
}

/// The order number as a store's search may receive it: letters, digits and `-` only.
pub fn clean_number(number: &str) -> Option<String> {
    let number = number.trim().trim_start_matches('#');
    let ok = !number.is_empty()
        && number.len() <= 32
        && number
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-');
    ok.then(|| number.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_clean_numbers_and_safe_links_pass() {
        assert_eq!(clean_number("#1001").as_deref(), Some("1001"));
        assert_eq!(clean_number("ORD-55812").as_deref(), Some("ORD-55812"));
        assert_eq!(clean_number("1001\" OR name:*"), None);
        assert_eq!(clean_number(""), None);
        assert_eq!(
            safe_link(Some("https://track.example/1Z")).as_deref(),
            Some("https://track.example/1Z")
        );
        assert_eq!(safe_link(Some("javascript:alert(1)")), None);
        let money = |amount: &str| Money {
            amount: amount.into(),
            currency: "EUR".into(),
        };
        assert_eq!(money("499.9").thousandths(), Some(499_900));
        assert_eq!(money("12").thousandths(), Some(12_000));
        assert_eq!(money("0.0049").thousandths(), Some(4));
        assert_eq!(money("-5").thousandths(), None);
        assert_eq!(money("1e9").thousandths(), None);
        assert_eq!(safe_link(Some("https://x.example/\"><script>")), None);
    }
}
