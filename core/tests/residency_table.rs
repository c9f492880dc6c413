//! The residency table against an independent list of countries, and the EU promise under
//! every failover state.

use caravan_core::residency::policy::{Basis, Geo, ResidencyTable, resolve};
use caravan_core::residency::region::Region;
use caravan_core::session::placement::{Placement, place};
use caravan_core::store::merchant::Merchant;
use proptest::prelude::*;

/// ISO 3166-1 alpha-2, all 249 codes, from Debian's iso-codes 4.15.
const ISO_3166_1: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/// EU member states and the other countries GDPR reaches (EEA), plus CH and GB.
const EU_EEA_CH_GB: &str = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT \
    RO SK SI ES SE IS LI NO CH GB";

#[test]
fn every_iso_country_has_exactly_one_row() {
    let table = ResidencyTable::builtin();
    let iso: Vec<&str> = ISO_3166_1.split_whitespace().collect();
    assert_eq!(iso.len(), 249);
    let missing: Vec<&&str> = iso.iter().filter(|c| table.get(c).is_none()).collect();
    assert!(missing.is_empty(), "countries without a rule: {missing:?}");
    // Rows beyond ISO are only codes Cloudflare sends (XK, Kosovo).
    let extra: Vec<&str> = table
        .rules()
        .iter()
        .map(|r| r.code.as_str())
        .filter(|c| !iso.contains(c))
        .collect();
    assert_eq!(extra, ["XK"]);
}

#[test]
fn the_fixed_rules_hold() {
    let table = ResidencyTable::builtin();
    let region = |c| table.get(c).and_then(|r| r.region);
    for c in EU_EEA_CH_GB.split_whitespace() {
        assert_eq!(region(c), Some(Region::Eu), "{c}");
    }
    for (c, r) in [
        ("US", Region::Us),
        ("IN", Region::In),
        ("BR", Region::Sa),
        ("SG", Region::Apac),
        ("AU", Region::Oc),
        ("NZ", Region::Oc),
    ] {
        assert_eq!(region(c), Some(r), "{c}");
        assert!(
            table
                .get(c)
                .is_some_and(|r| r.basis.is_legal() && r.failover.is_empty())
        );
    }
}

#[test]
fn every_region_is_reachable_and_every_failover_leaves_its_region() {
    let table = ResidencyTable::builtin();
    for region in Region::ALL {
        assert!(
            table.rules().iter().any(|r| r.region == Some(region)),
            "{region} is never chosen"
        );
    }
    for rule in table.rules() {
        if let Some(region) = rule.region {
            assert!(
                !rule.failover.contains(&region),
                "{} fails over to itself",
                rule.code
            );
        }
        if rule.region == Some(Region::Eu) {
            assert!(rule.failover.is_empty(), "{} would leave the EU", rule.code);
        }
        if rule.basis == Basis::Unassigned {
            assert_eq!(rule.region, None, "{}", rule.code);
        }
    }
}

fn region_strategy() -> impl Strategy<Value = Region> {
    prop::sample::select(Region::ALL.to_vec())
}

proptest! {
    /// Whatever is up or down, whatever the merchant's default, and whatever the platform's
    /// continent and EU flag say, an EU/EEA/CH/GB shopper's session is placed in the EU or
    /// not at all (for merchants that allow the EU).
    #[test]
    fn eu_shoppers_stay_in_the_eu_under_any_failover_state(
        country in prop::sample::select(EU_EEA_CH_GB.split_whitespace().collect::<Vec<_>>()),
        up in prop::collection::vec(any::<bool>(), Region::ALL.len()),
        default_region in region_strategy(),
        extra_allowed in prop::collection::vec(region_strategy(), 0..4),
        restricted in any::<bool>(),
        continent in prop::sample::select(vec![None, Some("EU"), Some("AS"), Some("T1")]),
        is_eu in any::<bool>(),
    ) {
        let mut allowed = extra_allowed;
        allowed.extend([Region::Eu, default_region]);
        let merchant = Merchant {
            name: "M".into(),
            default_region,
            allowed_regions: restricted.then_some(allowed),
            default_locale: "en".into(),
            origins: Vec::new(),
            translation: Default::default(),
            commerce: Default::default(),
            teams: Vec::new(),
            orders: None,
            access: None,
            privacy: Default::default(),
            identity: None,
        };
        let residency = resolve(
            ResidencyTable::builtin(),
            Geo { country: Some(country), continent, is_eu },
        );
        let placement = place(&residency, &merchant, |r| up[r.index()]);
        prop_assert_eq!(placement.region(), Region::Eu);
        prop_assert_eq!(
            matches!(placement, Placement::Serve { .. }),
            up[Region::Eu.index()]
        );
    }
}
