//! The bot's answer about shipping, duties or returns for one country: the store's
//! settings and the country's rules put into sentences (catalog keys of
//! `locales/<tag>/bot.ftl` with their arguments). The answer names the country it is about;
//! `None` when the store configured nothing that answers (the knowledge base may).

use crate::commerce::import_taxes::{ImportTaxes, SmallImports};
use crate::commerce::policy::{CommercePolicy, Incoterm};
use crate::commerce::withdrawal::WithdrawalLaws;

/// What a shopper asks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    Shipping,
    Duties,
    Returns,
}

/// One sentence of an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
}

pub mod keys {
    pub const SHIPPING_TIME: &str = "bot-shipping-time";
    pub const SHIPPING_NONE: &str = "bot-shipping-none";
    pub const DUTIES_INCLUDED: &str = "bot-duties-included";
    pub const DUTIES_ON_DELIVERY: &str = "bot-duties-on-delivery";
    pub const DUTIES_VAT_AT_CHECKOUT: &str = "bot-duties-vat-at-checkout";
    pub const DUTIES_NO_THRESHOLD: &str = "bot-duties-no-threshold";
    pub const DUTIES_THRESHOLD: &str = "bot-duties-threshold";
    pub const WITHDRAWAL_LAW: &str = "bot-withdrawal-law";
    pub const RETURNS_POLICY: &str = "bot-returns-policy";
}

/// The country's rules the answers read.
#[derive(Debug, Clone, Copy)]
pub struct Rules<'a> {
    pub withdrawal: &'a WithdrawalLaws,
    pub import_taxes: &'a ImportTaxes,
}

fn sentence(key: &'static str, args: &[(&'static str, String)]) -> Sentence {
    Sentence {
        key,
        args: args.to_vec(),
    }
}

/// The answer about `topic` for `country` (ISO 3166-1 alpha-2), whose name in the
/// shopper's language is `name`.
pub fn answer(
    topic: Topic,
    country: &str,
    name: &str,
    policy: &CommercePolicy,
    rules: Rules,
) -> Option<Vec<Sentence>> {
    let c = ("country", name.to_owned());
    match topic {
        Topic::Shipping => match (policy.ships_to(country)?, policy.days_to(country)) {
            (false, _) => Some(vec![sentence(keys::SHIPPING_NONE, &[c])]),
            (true, Some((min, max))) => Some(vec![sentence(
                keys::SHIPPING_TIME,
                &[c, ("min", min.to_string()), ("max", max.to_string())],
            )]),
            (true, None) => None,
        },
        Topic::Duties => {
            let incoterm = policy.incoterm(country)?;
            let mut said = vec![match incoterm {
                Incoterm::Ddp => sentence(keys::DUTIES_INCLUDED, std::slice::from_ref(&c)),
                Incoterm::Dap => sentence(keys::DUTIES_ON_DELIVERY, std::slice::from_ref(&c)),
            }];
            match (incoterm, rules.import_taxes.of(country)) {
                (Incoterm::Ddp, Some(SmallImports::TaxAtCheckout(amount))) => {
                    said.push(sentence(
                        keys::DUTIES_VAT_AT_CHECKOUT,
                        &[c, ("amount", amount.clone())],
                    ));
                }
                (Incoterm::Dap, Some(SmallImports::FreeUpTo(amount))) => {
                    said.push(sentence(
                        keys::DUTIES_THRESHOLD,
                        &[c, ("amount", amount.clone())],
                    ));
                }
                (Incoterm::Dap, Some(SmallImports::AlwaysTaxed)) => {
                    said.push(sentence(keys::DUTIES_NO_THRESHOLD, &[c]))
                }
                _ => {}
            }
            Some(said)
        }
        Topic::Returns => {
            let law = rules.withdrawal.of(country);
            let mut said = Vec::new();
            if let Some(law) = law {
                said.push(sentence(
                    keys::WITHDRAWAL_LAW,
                    &[c, ("days", law.days.to_string())],
                ));
            }
            // The store's own window, when it says more than the law (or there is no law).
            if let Some(days) = policy
                .return_days
                .filter(|d| law.is_none_or(|l| *d > l.days))
            {
                said.push(sentence(
                    keys::RETURNS_POLICY,
                    &[("days", days.to_string())],
                ));
            }
            (!said.is_empty()).then_some(said)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commerce::policy::RawPolicy;

    fn policy(json: &str) -> CommercePolicy {
        CommercePolicy::from_raw(serde_json::from_str::<RawPolicy>(json).expect("json"))
            .expect("valid")
    }

    fn keys_of(said: Option<Vec<Sentence>>) -> Vec<&'static str> {
        said.unwrap_or_default().iter().map(|s| s.key).collect()
    }

    #[test]
    fn returns_follow_the_shoppers_country() {
        let (laws, taxes) = (WithdrawalLaws::shipped(), ImportTaxes::shipped());
        let rules = Rules {
            withdrawal: &laws,
            import_taxes: &taxes,
        };
        let store = policy(r#"{"return_days":30}"#);
        let de = answer(Topic::Returns, "DE", "Deutschland", &store, rules).expect("an answer");
        assert_eq!(
            de[0],
            sentence(
                keys::WITHDRAWAL_LAW,
                &[("country", "Deutschland".into()), ("days", "14".into())]
            )
        );
        assert_eq!(
            de[1].key,
            keys::RETURNS_POLICY,
            "30 days say more than the law's 14"
        );
        assert_eq!(
            keys_of(answer(Topic::Returns, "US", "United States", &store, rules)),
            vec![keys::RETURNS_POLICY]
        );
        let short = policy(r#"{"return_days":10}"#);
        assert_eq!(
            keys_of(answer(Topic::Returns, "BR", "Brasil", &short, rules)),
            vec![keys::WITHDRAWAL_LAW, keys::RETURNS_POLICY]
        );
        assert_eq!(
            keys_of(answer(Topic::Returns, "FR", "France", &short, rules)),
            vec![keys::WITHDRAWAL_LAW]
        );
        assert_eq!(
            answer(
                Topic::Returns,
                "US",
                "United States",
                &CommercePolicy::default(),
                rules
            ),
            None
        );
    }

    #[test]
    fn shipping_and_duties_from_the_stores_settings() {
        let (laws, taxes) = (WithdrawalLaws::shipped(), ImportTaxes::shipped());
        let rules = Rules {
            withdrawal: &laws,
            import_taxes: &taxes,
        };
        let store = policy(
            r#"{"shipping_days":{"*":[5,10],"DE":[2,4]},"no_shipping":["RU"],"ddp":["DE","GB"]}"#,
        );
        let de = answer(Topic::Shipping, "DE", "Germany", &store, rules).expect("answer");
        assert_eq!(
            de[0].args,
            vec![
                ("country", "Germany".to_owned()),
                ("min", "2".to_owned()),
                ("max", "4".to_owned())
            ]
        );
        assert_eq!(
            keys_of(answer(Topic::Shipping, "RU", "Russia", &store, rules)),
            vec![keys::SHIPPING_NONE]
        );
        assert_eq!(
            keys_of(answer(Topic::Duties, "DE", "Germany", &store, rules)),
            vec![keys::DUTIES_INCLUDED, keys::DUTIES_VAT_AT_CHECKOUT]
        );
        assert_eq!(
            keys_of(answer(Topic::Duties, "US", "United States", &store, rules)),
            vec![keys::DUTIES_ON_DELIVERY, keys::DUTIES_NO_THRESHOLD]
        );
        assert_eq!(
            keys_of(answer(Topic::Duties, "JP", "Japan", &store, rules)),
            vec![keys::DUTIES_ON_DELIVERY, keys::DUTIES_THRESHOLD]
        );
        assert_eq!(
            keys_of(answer(Topic::Duties, "TH", "Thailand", &store, rules)),
            vec![keys::DUTIES_ON_DELIVERY]
        );
        assert_eq!(
            answer(
                Topic::Duties,
                "DE",
                "Germany",
                &CommercePolicy::default(),
                rules
            ),
            None
        );
    }
}
