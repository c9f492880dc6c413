//! Build-time validation of the edge's configuration (`edge/wrangler.toml` and the local
//! overrides `cargo xtask dev` writes): merchants, regional backends, and the Durable
//! Object bindings they name, with core's own parsers, so a bad deploy fails here and not
//! on a shopper's first message.

use std::collections::BTreeMap;

use caravan_core::residency::backends::Backends;
use caravan_core::store::merchant::MerchantDirectory;
use caravan_core::translation::translators::Translators;
use serde::Deserialize;

use crate::process::{Result, root};

#[derive(Deserialize)]
struct Wrangler {
    #[serde(default)]
    vars: BTreeMap<String, String>,
    durable_objects: Option<DurableObjects>,
}

#[derive(Deserialize)]
struct DurableObjects {
    bindings: Vec<Binding>,
}

#[derive(Deserialize)]
struct Binding {
    name: String,
}

/// The namespaces every deployment needs beside the regions' own: the regions'
/// translation memories, the merchants' handoff queues, knowledge bases, agent
/// directories and identity ledgers.
const REQUIRED_BINDINGS: [&str; 5] = [
    "TRANSLATION_MEMORY",
    "HANDOFF_QUEUES",
    "KNOWLEDGE",
    "AGENT_DIRECTORIES",
    "IDENTITY_LEDGERS",
];

/// Checks merchants, regions and translators against each other and the declared Durable
/// Object bindings.
pub fn check(
    merchants: &str,
    regions: &str,
    translators: &str,
    bindings: &[String],
    source: &str,
) -> Result {
    let merchants = MerchantDirectory::parse(merchants)
        .map_err(|e| format!("{source}: CARAVAN_MERCHANTS: {e}"))?;
    let translators = Translators::parse(translators)
        .map_err(|e| format!("{source}: CARAVAN_TRANSLATORS: {e}"))?;
    for (id, merchant) in merchants.iter() {
        // The worker reads zones from the runtime's ICU data, the same IANA names; a
        // misspelt zone would make a team look closed forever.
        if let Some(team) = merchant
            .teams
            .iter()
            .find(|t| t.time_zone.parse::<chrono_tz::Tz>().is_err())
        {
            return Err(format!(
                "{source}: merchant {id:?}: team {:?} has time zone {:?}, which the IANA \
                 database does not know",
                team.name, team.time_zone
            ));
        }
        if let Some(name) = merchant
            .translation
            .providers
            .iter()
            .find(|p| translators.get(p).is_none())
        {
            return Err(format!(
                "{source}: merchant {id:?} lists translation provider {name:?}, which                  CARAVAN_TRANSLATORS does not configure"
            ));
        }
    }
    for required in REQUIRED_BINDINGS {
        if !bindings.iter().any(|b| b == required) {
            return Err(format!(
                "{source}: wrangler.toml must declare the {required} Durable Object binding"
            ));
        }
    }
    let backends =
        Backends::parse(regions).map_err(|e| format!("{source}: CARAVAN_REGIONS: {e}"))?;
    for binding in backends.bindings() {
        if !bindings.iter().any(|b| b == binding) {
            return Err(format!(
                "{source}: CARAVAN_REGIONS names Durable Object binding {binding:?}, which \
                 wrangler.toml does not declare"
            ));
        }
    }
    for (id, merchant) in merchants.iter() {
        let uncovered = merchant.uncovered(&backends);
        if !uncovered.is_empty() {
            let names: Vec<&str> = uncovered.iter().map(|r| r.as_str()).collect();
            return Err(format!(
                "{source}: merchant {id:?} may be placed in {names:?}, which have no backend; \
                 add them to CARAVAN_REGIONS or restrict its allowed_regions"
            ));
        }
    }
    Ok(())
}

fn wrangler() -> Result<Wrangler> {
    let path = root().join("edge/wrangler.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn bindings(w: &Wrangler) -> Vec<String> {
    w.durable_objects
        .as_ref()
        .map(|d| d.bindings.iter().map(|b| b.name.clone()).collect())
        .unwrap_or_default()
}

fn var<'a>(w: &'a Wrangler, name: &str) -> Result<&'a str> {
    w.vars
        .get(name)
        .map(String::as_str)
        .ok_or_else(|| format!("edge/wrangler.toml: [vars] has no {name}"))
}

/// Checks the deployable configuration.
pub fn run() -> Result {
    let w = wrangler()?;
    let translators = w
        .vars
        .get("CARAVAN_TRANSLATORS")
        .map_or("{}", String::as_str);
    check(
        var(&w, "CARAVAN_MERCHANTS")?,
        var(&w, "CARAVAN_REGIONS")?,
        translators,
        &bindings(&w),
        "edge/wrangler.toml",
    )?;
    check(
        var(&w, "CARAVAN_MERCHANTS")?,
        &local_regions(&w)?,
        translators,
        &bindings(&w),
        "local regions",
    )?;
    eprintln!("xtask: edge configuration is valid");
    Ok(())
}

/// The merchants `edge/wrangler.toml` configures (JSON).
pub fn merchants_json() -> Result<String> {
    var(&wrangler()?, "CARAVAN_MERCHANTS").map(str::to_owned)
}

/// The deployable regions with jurisdictions removed: workerd (wrangler dev) implements
/// none, so locally every region is a location hint, and `GET /v1/route` says so.
pub fn local_regions_json() -> Result<String> {
    local_regions(&wrangler()?)
}

fn local_regions(w: &Wrangler) -> Result<String> {
    let regions = var(w, "CARAVAN_REGIONS")?;
    let mut value: BTreeMap<String, BTreeMap<String, String>> = serde_json::from_str(regions)
        .map_err(|e| format!("edge/wrangler.toml: CARAVAN_REGIONS: {e}"))?;
    for backend in value.values_mut() {
        backend.remove("jurisdiction");
    }
    serde_json::to_string(&value).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merchants(zone: &str) -> String {
        format!(
            r#"{{"demo":{{"name":"D","default_region":"eu","default_locale":"en","allowed_regions":["eu"],"teams":[{{"name":"EU","time_zone":"{zone}","hours":{{"mon":"09:00-17:00"}}}}]}}}}"#
        )
    }

    #[test]
    fn a_team_in_a_zone_the_iana_database_lacks_fails_the_build() {
        let regions = r#"{"eu":{"durable_object":"CONVERSATIONS","location_hint":"weur"}}"#;
        let bindings: Vec<String> = [
            "CONVERSATIONS",
            "TRANSLATION_MEMORY",
            "HANDOFF_QUEUES",
            "KNOWLEDGE",
            "AGENT_DIRECTORIES",
            "IDENTITY_LEDGERS",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            check(
                &merchants("Europe/Lisbon"),
                regions,
                "{}",
                &bindings,
                "test"
            ),
            Ok(())
        );
        let err = check(&merchants("Europe/Lisbn"), regions, "{}", &bindings, "test")
            .expect_err("misspelt zone");
        assert!(err.contains("Europe/Lisbn"), "{err}");
    }
}
