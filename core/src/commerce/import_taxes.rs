//! How small imports are taxed by destination, from `core/data/commerce/import_taxes.tsv`:
//! the seller collects the tax at checkout up to an amount (EU IOSS, UK, Norway's VOEC,
//! Australia, New Zealand), parcels up to an amount enter free (Japan), or every parcel
//! pays (the United States since its de minimis was suspended).

use std::collections::BTreeMap;

use crate::commerce::country_table::{TableError, rows};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SmallImports {
    /// Import tax on parcels up to this amount is charged at checkout by the seller.
    TaxAtCheckout(String),
    /// Parcels up to this amount usually enter without duty or tax.
    FreeUpTo(String),
    /// Duty and tax on every parcel.
    AlwaysTaxed,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportTaxes {
    by_country: BTreeMap<String, SmallImports>,
}

const SHIPPED: &str = include_str!("../../data/commerce/import_taxes.tsv");

impl ImportTaxes {
    pub fn shipped() -> ImportTaxes {
        ImportTaxes::parse(SHIPPED).unwrap_or_default()
    }

    pub fn parse(tsv: &str) -> Result<ImportTaxes, TableError> {
        let mut by_country = BTreeMap::new();
        for (n, countries, middle) in rows(tsv, 5)? {
            let amount = middle[1].trim();
            let rule = match (middle[0].as_str(), amount) {
                ("none", "-") => SmallImports::AlwaysTaxed,
                ("at_checkout", a) if a != "-" && !a.is_empty() => {
                    SmallImports::TaxAtCheckout(a.to_owned())
                }
                ("threshold", a) if a != "-" && !a.is_empty() => {
                    SmallImports::FreeUpTo(a.to_owned())
                }
                (kind, _) => {
                    return Err(TableError::Value(
                        n,
                        format!("kind {kind:?} with amount {amount:?}"),
                    ));
                }
            };
            for country in countries {
                by_country.insert(country, rule.clone());
            }
        }
        Ok(ImportTaxes { by_country })
    }

    pub fn of(&self, country: &str) -> Option<&SmallImports> {
        self.by_country.get(country)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_reads() {
        let taxes = ImportTaxes::parse(SHIPPED).expect("import_taxes.tsv");
        assert_eq!(
            taxes.of("DE"),
            Some(&SmallImports::TaxAtCheckout("€150".into()))
        );
        assert_eq!(
            taxes.of("JP"),
            Some(&SmallImports::FreeUpTo("¥10,000".into()))
        );
        assert_eq!(taxes.of("US"), Some(&SmallImports::AlwaysTaxed));
        assert_eq!(taxes.of("TH"), None);
    }

    #[test]
    fn a_kind_needs_its_amount() {
        let bad = "US\tthreshold\t-\thttps://a.example\t2026-12-01";
        assert!(matches!(
            ImportTaxes::parse(bad),
            Err(TableError::Value(1, _))
        ));
    }
}
