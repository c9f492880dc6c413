//! Hostile configuration: the merchants document (translation, commerce policy, teams and
//! their hours, order lookups with the VIP rule, single sign-on, privacy, the store's
//! identity keys), regional backends,
//! translation providers, an order platform's credentials, storefront origins, and the
//! locales' strings. Mutated valid documents and arbitrary JSON are refused with a typed
//! error, never a panic.

#[allow(dead_code)]
mod hostile;

use caravan_core::language::catalog::{Arg, Catalog, PlainRules};
use caravan_core::orders::source::{Credentials, Platform};
use caravan_core::residency::backends::Backends;
use caravan_core::residency::region::Region;
use caravan_core::store::merchant::MerchantDirectory;
use caravan_core::store::origin::{WebOrigin, origin_allowed};
use caravan_core::translation::translators::Translators;
use proptest::prelude::*;
use serde_json::{Value, json};

/// A store with every part of its configuration set, and a minimal one.
fn merchants() -> Vec<Value> {
    vec![
        json!({
            "shop": {
                "name": "Sunny Days",
                "default_region": "eu",
                "default_locale": "pt-BR",
                "allowed_regions": ["eu", "us"],
                "origins": ["https://shop.example", "http://localhost:3000"],
                "translation": {
                    "agent_locale": "en",
                    "providers": ["deepl", "ai"],
                    "allow_outside_region": true,
                    "glossary": ["AirFlex", "SKU-123"]
                },
                "commerce": {
                    "shipping_days": { "*": [5, 10], "DE": [2, 4] },
                    "no_shipping": ["KP"],
                    "ddp": ["DE", "FR"],
                    "return_days": 30
                },
                "teams": [{
                    "name": "Lisbon",
                    "time_zone": "Europe/Lisbon",
                    "languages": ["pt-BR", "en"],
                    "hours": { "mon": "09:00-18:00", "sat": "10:00-24:00" },
                    "holidays": ["2026-12-25"],
                    "typical_wait_min": 15
                }],
                "orders": {
                    "platform": "magento-oauth1",
                    "url": "https://shop.example",
                    "secret": "ORDERS_SHOP",
                    "vip": {
                        "min_total": { "amount": "499.90", "currency": "EUR" },
                        "customer_tags": ["VIP"]
                    }
                },
                "access": {
                    "team_domain": "https://myteam.cloudflareaccess.com/",
                    "aud": "4714c1358e65fe4b408ad6d432a5f878"
                },
                "privacy": {
                    "store_personal_data": { "eu": "masked", "default": "original" },
                    "retention": { "eu": "90d", "default": "365d" },
                    "policy_url": "https://shop.example/privacy?lang=pt"
                },
                "identity": {
                    "hs256_secret": "IDENTITY_SHOP",
                    "es256_key": {
                        "kty": "EC", "crv": "P-256",
                        "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
                        "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"
                    }
                }
            },
            "demo": { "name": "Demo", "default_region": "apac", "default_locale": "th" }
        }),
        json!({ "d": { "name": "D", "default_region": "eu", "default_locale": "en" } }),
    ]
}

fn backends() -> Vec<Value> {
    vec![json!({
        "eu": { "durable_object": "CONVERSATIONS", "jurisdiction": "eu", "location_hint": "weur" },
        "apac": { "durable_object": "CONVERSATIONS", "location_hint": "apac" },
        "in": { "origin": "https://in.caravan.example/" },
        "us": { "origin": "http://127.0.0.1:8788" }
    })]
}

fn translators() -> Vec<Value> {
    vec![json!({
        "deepl": { "kind": "deepl", "processes_in": "eu", "url": "https://api.deepl.com", "key_secret": "DEEPL_KEY" },
        "libre": { "kind": "libretranslate", "processes_in": "us", "url": "http://localhost:5000" },
        "ai": { "kind": "workers_ai", "processes_in": "anywhere", "binding": "AI", "model": "@cf/meta/m2m100-1.2b" }
    })]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1_000, ..ProptestConfig::default() })]

    #[test]
    fn merchants_never_panic(json in hostile::json_input(merchants())) {
        if let Ok(dir) = MerchantDirectory::parse(&json) {
            for (_, m) in dir.iter() {
                prop_assert!(m.allows(m.default_region));
                for region in Region::ALL {
                    let kept = m.privacy.retention_secs(region);
                    prop_assert!((1..=3650 * 86_400).contains(&kept));
                }
                if let Some(url) = &m.privacy.policy_url {
                    prop_assert!(url.starts_with("https://") || url.starts_with("http://"));
                }
                for team in &m.teams {
                    prop_assert!(team.week.iter().flatten().all(|(open, close)| open < close && *close <= 1_440));
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn team_hours_and_holidays_never_panic(
        spans in prop::collection::btree_map(
            prop::sample::select(vec!["mon", "tue", "sun", "xyz"]),
            "[0-9]{1,10}:[0-9]{1,10}-[0-9]{1,10}:[0-9]{1,10}|[0-9: +-]{0,12}",
            0..4,
        ),
        holidays in prop::collection::vec("[0-9+]{1,5}-[0-9+]{1,3}-[0-9+]{1,3}", 0..3),
        wait in prop_oneof![any::<u32>().prop_map(Value::from), hostile::json_value()],
    ) {
        let team = json!({
            "name": "T", "time_zone": "Asia/Bangkok", "hours": spans, "holidays": holidays,
            "typical_wait_min": wait,
        });
        let doc = json!({ "d": { "name": "D", "default_region": "apac", "default_locale": "th", "teams": [team] } });
        let _ = MerchantDirectory::parse(&doc.to_string());
    }

    #[test]
    fn backends_never_panic(json in hostile::json_input(backends())) {
        if let Ok(b) = Backends::parse(&json) {
            for region in Region::ALL {
                let _ = b.get(region).map(|backend| backend.guarantee());
            }
        }
    }

    #[test]
    fn translators_never_panic(json in hostile::json_input(translators())) {
        let _ = Translators::parse(&json);
    }

    #[test]
    fn credentials_never_panic(text in prop_oneof![
        hostile::text(),
        hostile::json_input(vec![json!({
            "consumer_key": "ck", "consumer_secret": "cs", "access_token": "at", "access_token_secret": "ats"
        })]),
    ]) {
        for platform in [Platform::Shopify, Platform::MagentoBearer, Platform::MagentoOAuth1] {
            if let Ok(Credentials::Token(token)) = Credentials::parse(platform, &text) {
                prop_assert!(!token.is_empty() && token.bytes().all(|b| b.is_ascii_graphic()));
            }
        }
    }

    #[test]
    fn origins_never_panic(text in prop_oneof![
        hostile::text(),
        hostile::mutated(vec!["https://shop.example".into(), "http://[::1]:8787".into()]),
    ]) {
        let own = WebOrigin::parse("https://caravan.example").expect("origin");
        if let Some(o) = WebOrigin::parse(&text) {
            prop_assert_eq!(WebOrigin::parse(o.as_str()), Some(o.clone()));
            prop_assert!(origin_allowed(Some(&text), &own, std::slice::from_ref(&o)));
        }
        let _ = WebOrigin::parse_configured(&text);
    }

    #[test]
    fn locale_strings_never_panic(
        source in hostile::mutated(vec![
            include_str!("../../locales/en/widget.ftl").into(),
            include_str!("../../locales/ar/bot.ftl").into(),
        ]),
        arg in hostile::text(),
        n in any::<f64>(),
    ) {
        if let Ok(catalog) = Catalog::parse(&source) {
            let ids: Vec<String> = catalog.ids().map(str::to_owned).collect();
            for id in ids.iter().take(40) {
                let vars = catalog.variables(id);
                let args: Vec<(&str, Arg)> = vars
                    .iter()
                    .enumerate()
                    .map(|(i, v)| (*v, if i % 2 == 0 { Arg::Num(n) } else { Arg::Str(&arg) }))
                    .collect();
                prop_assert!(catalog.format(id, &args, &PlainRules).is_some());
            }
        }
    }
}

#[test]
fn hours_out_of_range_are_refused_not_overflowed() {
    // Found by `team_hours_and_holidays_never_panic`: minutes past 2^32 / 60 overflowed
    // the sum before the range check could refuse them (a panic in debug builds).
    for span in [
        "4490000:4025570000-0:0",
        "4294967295:00-10:00",
        "09:00-71582789:00",
    ] {
        let doc = json!({ "d": { "name": "D", "default_region": "eu", "default_locale": "en",
            "teams": [{ "name": "T", "time_zone": "UTC", "hours": { "mon": span } }] } });
        assert!(
            MerchantDirectory::parse(&doc.to_string())
                .is_err_and(|e| e.to_string().contains("hours are")),
            "{span}"
        );
    }
}

#[test]
fn the_valid_documents_the_mutations_start_from_are_valid() {
    for doc in merchants() {
        assert!(MerchantDirectory::parse(&doc.to_string()).is_ok(), "{doc}");
    }
    assert!(Backends::parse(&backends()[0].to_string()).is_ok());
    assert!(Translators::parse(&translators()[0].to_string()).is_ok());
}
