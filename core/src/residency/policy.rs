//! The residency policy: which region the law (or, failing a law, proximity) puts a
//! shopper's conversation in, decided from the platform's geo data only.
//!
//! The policy is data: `core/data/residency.tsv`, one reviewed row per country. This file
//! reads it and answers; it holds no country knowledge of its own beyond the fallbacks for
//! countries the platform cannot name.

use std::sync::OnceLock;

use thiserror::Error;

use crate::residency::region::Region;

const TABLE: &str = include_str!("../../data/residency.tsv");

/// Why a country's conversations live where they do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    Gdpr,
    Eea,
    UkGdpr,
    SwissFadp,
    EuAdequacy,
    UsLaw,
    Lgpd,
    Dpdp,
    Pdpa,
    PrivacyAct,
    /// No rule of ours: the nearest region.
    Nearest,
    /// A territory without a rule of its own: the merchant's default region.
    Unassigned,
    /// The platform did not name a country (missing, `XX`, Tor's `T1`).
    UnknownCountry,
    /// A country code the table does not know: the continent's region.
    Continent,
}

impl Basis {
    const NAMES: [(Basis, &'static str); 14] = [
        (Basis::Gdpr, "gdpr"),
        (Basis::Eea, "eea"),
        (Basis::UkGdpr, "uk_gdpr"),
        (Basis::SwissFadp, "swiss_fadp"),
        (Basis::EuAdequacy, "eu_adequacy"),
        (Basis::UsLaw, "us_law"),
        (Basis::Lgpd, "lgpd"),
        (Basis::Dpdp, "dpdp"),
        (Basis::Pdpa, "pdpa"),
        (Basis::PrivacyAct, "privacy_act"),
        (Basis::Nearest, "nearest"),
        (Basis::Unassigned, "unassigned"),
        (Basis::UnknownCountry, "unknown_country"),
        (Basis::Continent, "continent"),
    ];

    pub fn as_str(self) -> &'static str {
        Self::NAMES
            .iter()
            .find(|(b, _)| *b == self)
            .map_or("unknown", |(_, n)| n)
    }

    fn parse(s: &str) -> Option<Basis> {
        Self::NAMES.iter().find(|(_, n)| *n == s).map(|(b, _)| *b)
    }

    /// A sentence for merchants reading `GET /v1/route`.
    pub fn explain(self) -> &'static str {
        match self {
            Basis::Gdpr => "EU member state or EU territory: GDPR keeps the data in the EU",
            Basis::Eea => "EEA country: GDPR applies through the EEA Agreement",
            Basis::UkGdpr => "United Kingdom: UK GDPR; served from the EU region",
            Basis::SwissFadp => "Switzerland: revised FADP; served from the EU region",
            Basis::EuAdequacy => "covered by an EU adequacy decision; served from the EU region",
            Basis::UsLaw => "United States or US territory: US federal and state law",
            Basis::Lgpd => "Brazil: LGPD",
            Basis::Dpdp => "India: DPDP Act",
            Basis::Pdpa => "Singapore: PDPA",
            Basis::PrivacyAct => "Australia or New Zealand: Privacy Act",
            Basis::Nearest => "no residency rule applies: the nearest region",
            Basis::Unassigned => "territory without a rule: the merchant's default region",
            Basis::UnknownCountry => "the country is unknown: the merchant's default region",
            Basis::Continent => "country not in the policy table: the continent's region",
        }
    }

    /// Is this placement required by a law (as opposed to chosen for proximity)?
    pub fn is_legal(self) -> bool {
        !matches!(
            self,
            Basis::Nearest | Basis::Unassigned | Basis::UnknownCountry | Basis::Continent
        )
    }
}

/// One row of the policy table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountryRule {
    pub code: String,
    /// `None`: the merchant's default region.
    pub region: Option<Region>,
    pub basis: Basis,
    /// Regions a new session may move to while `region` is down.
    pub failover: Vec<Region>,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TableError {
    #[error("line {0}: expected 5 tab-separated columns")]
    Columns(usize),
    #[error("line {0}: {1:?} is not a two-letter upper-case code")]
    Code(usize, String),
    #[error("line {0}: unknown region {1:?}")]
    Region(usize, String),
    #[error("line {0}: unknown basis {1:?}")]
    Basis(usize, String),
    #[error("line {0}: country {1} appears twice")]
    Duplicate(usize, String),
    #[error("line {0}: a country placed by law ({1}) must not fail over")]
    LegalFailover(usize, String),
}

/// The parsed policy table, sorted by code.
#[derive(Debug, Clone)]
pub struct ResidencyTable {
    rules: Vec<CountryRule>,
}

fn parse_region(line: usize, s: &str) -> Result<Region, TableError> {
    Region::parse(s).ok_or_else(|| TableError::Region(line, s.to_owned()))
}

impl ResidencyTable {
    /// The table compiled into this build.
    pub fn builtin() -> &'static ResidencyTable {
        static BUILTIN: OnceLock<ResidencyTable> = OnceLock::new();
        // The table's own tests prove it parses; an empty table would only ever send
        // everyone to the merchant's default region.
        BUILTIN.get_or_init(|| Self::parse(TABLE).unwrap_or(ResidencyTable { rules: Vec::new() }))
    }

    pub fn parse(text: &str) -> Result<Self, TableError> {
        let mut rules: Vec<CountryRule> = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let n = i + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let [code, region, basis, failover, name] = cols[..] else {
                return Err(TableError::Columns(n));
            };
            if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(TableError::Code(n, code.to_owned()));
            }
            let region = match region {
                "default" => None,
                r => Some(parse_region(n, r)?),
            };
            let basis = Basis::parse(basis).ok_or_else(|| TableError::Basis(n, basis.into()))?;
            let failover = match failover {
                "-" => Vec::new(),
                list => list
                    .split(',')
                    .map(|r| parse_region(n, r.trim()))
                    .collect::<Result<_, _>>()?,
            };
            if basis.is_legal() && !failover.is_empty() {
                return Err(TableError::LegalFailover(n, code.to_owned()));
            }
            if rules.iter().any(|r| r.code == code) {
                return Err(TableError::Duplicate(n, code.to_owned()));
            }
            rules.push(CountryRule {
                code: code.to_owned(),
                region,
                basis,
                failover,
                name: name.to_owned(),
            });
        }
        rules.sort_by(|a, b| a.code.cmp(&b.code));
        Ok(Self { rules })
    }

    pub fn get(&self, code: &str) -> Option<&CountryRule> {
        self.rules
            .binary_search_by(|r| r.code.as_str().cmp(code))
            .ok()
            .map(|i| &self.rules[i])
    }

    pub fn rules(&self) -> &[CountryRule] {
        &self.rules
    }
}

/// What the platform says about where a request comes from (Cloudflare's `request.cf`).
/// Never filled from anything the client sends.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Geo<'a> {
    /// ISO 3166-1 alpha-2, `XX` when unknown, `T1` for Tor.
    pub country: Option<&'a str>,
    /// `EU`, `NA`, `SA`, `AS`, `OC`, `AF`, `AN`, or `T1`.
    pub continent: Option<&'a str>,
    /// `isEUCountry`.
    pub is_eu: bool,
}

/// The policy's answer for one request, before merchant restrictions and health.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Residency {
    /// The country as the platform named it, if it named a real one.
    pub country: Option<String>,
    /// `None`: the merchant's default region.
    pub region: Option<Region>,
    pub basis: Basis,
    pub failover: Vec<Region>,
}

fn continent_region(continent: &str) -> Option<Region> {
    match continent {
        "EU" => Some(Region::Eu),
        "NA" => Some(Region::Us),
        "SA" => Some(Region::Sa),
        "AS" => Some(Region::Apac),
        "OC" => Some(Region::Oc),
        "AF" => Some(Region::Af),
        _ => None,
    }
}

/// Where the policy puts a shopper described by `geo`.
///
/// The EU flag wins over everything: if the platform says the request is from the EU, the
/// conversation lives in the EU even when the table, or a missing country, would say
/// otherwise.
pub fn resolve(table: &ResidencyTable, geo: Geo<'_>) -> Residency {
    let country = geo
        .country
        .map(str::trim)
        .filter(|c| c.len() == 2 && !matches!(*c, "XX" | "T1"))
        .map(str::to_ascii_uppercase);
    let rule = country.as_deref().and_then(|c| table.get(c));
    let mut residency = match (rule, &country) {
        (Some(rule), _) => Residency {
            country: country.clone(),
            region: rule.region,
            basis: rule.basis,
            failover: rule.failover.clone(),
        },
        (None, Some(_)) => Residency {
            country: country.clone(),
            region: geo.continent.and_then(continent_region),
            basis: Basis::Continent,
            failover: Vec::new(),
        },
        (None, None) => Residency {
            country: None,
            region: None,
            basis: Basis::UnknownCountry,
            failover: Vec::new(),
        },
    };
    if residency.basis == Basis::Continent && residency.region.is_none() {
        residency.basis = Basis::UnknownCountry;
    }
    if geo.is_eu && residency.region != Some(Region::Eu) {
        residency.region = Some(Region::Eu);
        residency.basis = Basis::Gdpr;
        residency.failover.clear();
    }
    residency
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(country: &str) -> Residency {
        resolve(
            ResidencyTable::builtin(),
            Geo {
                country: Some(country),
                ..Geo::default()
            },
        )
    }

    #[test]
    fn the_builtin_table_parses() {
        let table = ResidencyTable::parse(TABLE).expect("residency.tsv parses");
        assert!(table.rules().len() >= 249);
    }

    #[test]
    fn fixed_rules() {
        for c in ["DE", "FR", "IE", "IS", "LI", "NO", "CH", "GB"] {
            assert_eq!(at(c).region, Some(Region::Eu), "{c}");
            assert!(at(c).failover.is_empty(), "{c}");
        }
        assert_eq!(at("US").region, Some(Region::Us));
        assert_eq!(at("IN").region, Some(Region::In));
        assert_eq!(at("BR").region, Some(Region::Sa));
        assert_eq!(at("SG").region, Some(Region::Apac));
        assert_eq!(at("AU").region, Some(Region::Oc));
        assert_eq!(at("NZ").region, Some(Region::Oc));
        assert_eq!(at("TH").region, Some(Region::Apac));
        assert_eq!(at("AE").region, Some(Region::Me));
        assert_eq!(at("GB").basis, Basis::UkGdpr);
        assert_eq!(at("BR").basis, Basis::Lgpd);
    }

    #[test]
    fn unknown_countries_go_to_the_merchant_default() {
        for c in ["XX", "T1", "", "zzz"] {
            let r = at(c);
            assert_eq!(r.region, None, "{c:?}");
            assert_eq!(r.basis, Basis::UnknownCountry);
        }
        let none = resolve(ResidencyTable::builtin(), Geo::default());
        assert_eq!(none.region, None);
        assert_eq!(at("AQ").basis, Basis::Unassigned);
    }

    #[test]
    fn codes_outside_the_table_use_the_continent() {
        let geo = |continent| Geo {
            country: Some("QZ"),
            continent: Some(continent),
            is_eu: false,
        };
        let table = ResidencyTable::builtin();
        assert_eq!(resolve(table, geo("AS")).region, Some(Region::Apac));
        assert_eq!(resolve(table, geo("AS")).basis, Basis::Continent);
        assert_eq!(resolve(table, geo("AN")).region, None);
        assert_eq!(resolve(table, geo("AN")).basis, Basis::UnknownCountry);
    }

    #[test]
    fn the_eu_flag_always_wins() {
        let r = resolve(
            ResidencyTable::builtin(),
            Geo {
                country: Some("T1"),
                continent: Some("T1"),
                is_eu: true,
            },
        );
        assert_eq!((r.region, r.basis), (Some(Region::Eu), Basis::Gdpr));
        let r = resolve(
            ResidencyTable::builtin(),
            Geo {
                country: Some("TH"),
                continent: Some("AS"),
                is_eu: true,
            },
        );
        assert_eq!(r.region, Some(Region::Eu));
        assert!(r.failover.is_empty());
    }

    #[test]
    fn lower_case_codes_are_accepted() {
        assert_eq!(at("de").region, Some(Region::Eu));
    }

    #[test]
    fn bad_tables_are_refused_with_their_line() {
        let bad = "DE\teu\tgdpr\tus\tGermany\n";
        assert_eq!(
            ResidencyTable::parse(bad).err(),
            Some(TableError::LegalFailover(1, "DE".into()))
        );
        assert_eq!(
            ResidencyTable::parse("# c\nDE\tmars\tgdpr\t-\tGermany").err(),
            Some(TableError::Region(2, "mars".into()))
        );
        assert_eq!(
            ResidencyTable::parse("DE\teu\tgdpr\t-\tG\nDE\teu\tgdpr\t-\tG").err(),
            Some(TableError::Duplicate(2, "DE".into()))
        );
        assert_eq!(
            ResidencyTable::parse("DE eu gdpr - G").err(),
            Some(TableError::Columns(1))
        );
    }
}
