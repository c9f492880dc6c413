//! The statutory right to withdraw from an online purchase by country, from
//! `core/data/commerce/withdrawal.tsv` (EU and EEA 14 days, UK 14, Brazil 7, Turkey 14);
//! elsewhere the store's own policy is all there is.

use std::collections::BTreeMap;

use crate::commerce::country_table::{TableError, rows};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Withdrawal {
    pub days: u32,
    /// The law that grants it.
    pub basis: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WithdrawalLaws {
    by_country: BTreeMap<String, Withdrawal>,
}

const SHIPPED: &str = include_str!("../../data/commerce/withdrawal.tsv");

impl WithdrawalLaws {
    pub fn shipped() -> WithdrawalLaws {
        WithdrawalLaws::parse(SHIPPED).unwrap_or_default()
    }

    pub fn parse(tsv: &str) -> Result<WithdrawalLaws, TableError> {
        let mut by_country = BTreeMap::new();
        for (n, countries, middle) in rows(tsv, 5)? {
            let days = middle[0]
                .parse()
                .ok()
                .filter(|d| (1..=365).contains(d))
                .ok_or_else(|| {
                    TableError::Value(n, format!("{:?} is not a number of days", middle[0]))
                })?;
            for country in countries {
                by_country.insert(
                    country,
                    Withdrawal {
                        days,
                        basis: middle[1].clone(),
                    },
                );
            }
        }
        Ok(WithdrawalLaws { by_country })
    }

    /// The law of `country` (ISO 3166-1 alpha-2), if it grants one.
    pub fn of(&self, country: &str) -> Option<&Withdrawal> {
        self.by_country.get(country)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_reads() {
        let laws = WithdrawalLaws::parse(SHIPPED).expect("withdrawal.tsv");
        assert_eq!(laws.of("DE").map(|w| w.days), Some(14));
        assert_eq!(laws.of("NO").map(|w| w.days), Some(14));
        assert_eq!(laws.of("GB").map(|w| w.days), Some(14));
        assert_eq!(laws.of("BR").map(|w| w.days), Some(7));
        assert_eq!(laws.of("US"), None);
        assert_eq!(laws.by_country.len(), 27 + 3 + 3);
    }
}
