//! A merchant's VIP rule: which verified orders go straight to a person after the bot has
//! shown them (a big order, or a customer the store tagged). Only a verified order counts:
//! nothing the shopper merely says makes them a VIP.

use serde::Deserialize;
use thiserror::Error;

use crate::orders::order::{Money, Order};

/// The rule, validated. Empty (the default) matches nobody.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VipRule {
    /// Orders of at least this amount, in thousandths of `currency`.
    pub min_total: Option<(u64, String)>,
    /// Customers with any of these tags (case ignored); Magento's groups as `group:<id>`.
    pub customer_tags: Vec<String>,
}

/// `{"min_total": {"amount": "500", "currency": "EUR"}, "customer_tags": ["VIP"]}`.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawVipRule {
    #[serde(default)]
    min_total: Option<RawMoney>,
    #[serde(default)]
    customer_tags: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMoney {
    amount: String,
    currency: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum VipError {
    #[error("vip.min_total: {0:?} is not an amount like \"500\" or \"499.90\"")]
    Amount(String),
    #[error("vip.min_total: {0:?} is not an ISO 4217 currency code")]
    Currency(String),
    #[error("vip.customer_tags: tags are 1-64 characters")]
    Tag,
}

impl VipRule {
    pub fn from_raw(raw: RawVipRule) -> Result<VipRule, VipError> {
        let min_total = match raw.min_total {
            None => None,
            Some(RawMoney { amount, currency }) => {
                let money = Money {
                    amount: amount.clone(),
                    currency: currency.clone(),
                };
                let thousandths = money.thousandths().ok_or(VipError::Amount(amount))?;
                if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_uppercase()) {
                    return Err(VipError::Currency(currency));
                }
                Some((thousandths, currency))
            }
        };
        if raw
            .customer_tags
            .iter()
            .any(|t| t.trim().is_empty() || t.len() > 64)
        {
            return Err(VipError::Tag);
        }
        Ok(VipRule {
            min_total,
            customer_tags: raw.customer_tags,
        })
    }

    /// Does this verified order make its customer a VIP? An amount in another currency
    /// than the rule's does not count (no exchange rates are guessed).
    pub fn applies(&self, order: &Order) -> bool {
        let by_total = match (&self.min_total, &order.total) {
            (Some((min, currency)), Some(total)) => {
                total.currency.eq_ignore_ascii_case(currency)
                    && total.thousandths().is_some_and(|t| t >= *min)
            }
            _ => false,
        };
        let by_tag = order.customer_tags.iter().any(|tag| {
            self.customer_tags
                .iter()
                .any(|wanted| wanted.trim().eq_ignore_ascii_case(tag.trim()))
        });
        by_total || by_tag
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::orders::order::Status;

    fn order(amount: &str, currency: &str, tags: &[&str]) -> Order {
        Order {
            number: "#1001".into(),
            status: Status::Processing,
            email: None,
            phone: None,
            shipping_country: None,
            shipments: Vec::new(),
            total: Some(Money {
                amount: amount.into(),
                currency: currency.into(),
            }),
            customer_tags: tags.iter().map(|t| t.to_string()).collect(),
        }
    }

    fn rule(json: &str) -> Result<VipRule, VipError> {
        VipRule::from_raw(serde_json::from_str(json).expect("json"))
    }

    #[test]
    fn big_orders_and_tagged_customers_are_vips() {
        let rule =
            rule(r#"{"min_total":{"amount":"500","currency":"EUR"},"customer_tags":["VIP"]}"#)
                .expect("valid");
        assert!(rule.applies(&order("500.00", "EUR", &[])));
        assert!(!rule.applies(&order("499.99", "EUR", &[])));
        assert!(
            !rule.applies(&order("900", "USD", &[])),
            "no guessed exchange rate"
        );
        assert!(rule.applies(&order("10", "EUR", &["vip"])));
        assert!(!VipRule::default().applies(&order("99999", "EUR", &["VIP"])));
    }

    #[test]
    fn bad_rules_are_refused() {
        assert!(matches!(
            rule(r#"{"min_total":{"amount":"lots","currency":"EUR"}}"#),
            Err(VipError::Amount(_))
        ));
        assert!(matches!(
            rule(r#"{"min_total":{"amount":"5","currency":"euro"}}"#),
            Err(VipError::Currency(_))
        ));
        assert!(matches!(
            rule(r#"{"customer_tags":[" "]}"#),
            Err(VipError::Tag)
        ));
    }
}
