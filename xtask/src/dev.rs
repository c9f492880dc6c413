//! `cargo xtask dev [--origin URL]...`: tools, build, then the local edge (workerd via
//! `wrangler dev`) with its embedded Durable Object storage and the demo storefront on
//! http://127.0.0.1:8787. Each `--origin` adds a storefront origin to the demo store for
//! this run, so the snippet can be tried on a page served from anywhere else.

use std::io::Read;

use base64::Engine;
use caravan_core::store::merchant::MerchantDirectory;
use caravan_core::store::origin::WebOrigin;

use crate::process::{Result, cmd, exec, root};
use crate::{build, config_check, tools};

/// The edge's local address, and the store `--origin` adds storefronts to.
const EDGE: &str = "http://127.0.0.1:8787";
const DEMO: &str = "demo";

/// Reads `--origin URL` / `--origin=URL` (repeatable); anything else is refused.
pub fn parse_origins(args: &[String]) -> Result<Vec<WebOrigin>> {
    let mut origins = Vec::new();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let value = match arg.strip_prefix("--origin=") {
            Some(value) => value.to_owned(),
            None if arg == "--origin" => args
                .next()
                .cloned()
                .ok_or("--origin needs a URL, e.g. --origin http://localhost:3000")?,
            None => return Err(format!("cargo xtask dev: unknown argument {arg:?}")),
        };
        let origin = WebOrigin::parse_configured(value.trim_end_matches('/')).ok_or_else(|| {
            format!(
                "--origin {value:?}: a storefront origin is https://host[:port] (http:// only \
                 for localhost or 127.0.0.1), without a path"
            )
        })?;
        if !origins.contains(&origin) {
            origins.push(origin);
        }
    }
    Ok(origins)
}

/// The configured merchants with `extra` storefront origins added to the demo store.
pub fn with_demo_origins(merchants: &str, extra: &[WebOrigin]) -> Result<String> {
    let mut value: serde_json::Value =
        serde_json::from_str(merchants).map_err(|e| format!("CARAVAN_MERCHANTS: {e}"))?;
    let demo = value
        .get_mut(DEMO)
        .and_then(serde_json::Value::as_object_mut)
        .ok_or_else(|| format!("CARAVAN_MERCHANTS has no {DEMO:?} store to add origins to"))?;
    let origins = demo
        .entry("origins")
        .or_insert_with(|| serde_json::Value::Array(Vec::new()))
        .as_array_mut()
        .ok_or("CARAVAN_MERCHANTS: the demo store's origins must be a list")?;
    for origin in extra {
        let origin = serde_json::Value::from(origin.as_str());
        if !origins.contains(&origin) {
            origins.push(origin);
        }
    }
    let json = value.to_string();
    // What the edge will parse: refuse here, not on a shopper's first message.
    MerchantDirectory::parse(&json).map_err(|e| format!("CARAVAN_MERCHANTS: {e}"))?;
    Ok(json)
}

/// edge/.dev.vars (git-ignored): a random local signing key and random agent and admin
/// tokens for the demo store, made once so sessions survive restarts and no secret is ever
/// committed, and the local regions (no jurisdictions, which workerd lacks), rewritten from
/// wrangler.toml on every start. Returns the agent and admin tokens.
fn dev_vars() -> Result<(String, String)> {
    let path = root().join("edge/.dev.vars");
    let existing = std::fs::read_to_string(&path).unwrap_or_default();
    let kept = |name: &str| {
        existing
            .lines()
            .find(|l| l.starts_with(&format!("{name}=")))
            .map(str::to_owned)
    };
    let keys = match kept("CARAVAN_SESSION_KEYS") {
        Some(line) => line,
        None => format!("CARAVAN_SESSION_KEYS=\"dev:{}\"", random_secret()?),
    };
    let agents = match kept("CARAVAN_AGENT_TOKENS") {
        Some(line) => line,
        None => format!(
            "CARAVAN_AGENT_TOKENS='{{\"demo\":\"{}\"}}'",
            random_secret()?
        ),
    };
    let admins = match kept("CARAVAN_ADMIN_TOKENS") {
        Some(line) => line,
        None => format!(
            "CARAVAN_ADMIN_TOKENS='{{\"demo\":\"{}\"}}'",
            random_secret()?
        ),
    };
    let token = |line: &str| line.split('"').nth(3).unwrap_or_default().to_owned();
    let regions = config_check::local_regions_json()?;
    let vars = format!("{keys}\n{agents}\n{admins}\nCARAVAN_REGIONS='{regions}'\n");
    std::fs::write(&path, vars).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok((token(&agents), token(&admins)))
}

/// 32 random bytes, base64url.
fn random_secret() -> Result<String> {
    let mut key = [0u8; 32];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut key))
        .map_err(|e| format!("cannot read /dev/urandom: {e}"))?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(key))
}

fn run_server((agent_token, admin_token): &(String, String), origins: &[WebOrigin]) -> Result {
    let state = root().join("target/wrangler");
    std::fs::create_dir_all(&state).map_err(|e| e.to_string())?;
    println!(
        "\nCaravan is starting on {EDGE} (demo store at /). Ctrl-C stops it.\n\
         The demo store's agents reply with\n  curl -H 'authorization: Bearer {agent_token}' \\\n    \
         {EDGE}/v1/agent/conversations/<region>/<conversation>/messages\n\
         and its admins edit the bot's knowledge base with\n  curl -X PUT -H 'authorization: Bearer {admin_token}' \\\n    \
         -H 'content-type: application/json' -d @entry.json {EDGE}/v1/admin/merchants/{DEMO}/kb/<entry>\n"
    );
    if !origins.is_empty() {
        let list: Vec<&str> = origins.iter().map(WebOrigin::as_str).collect();
        println!(
            "Storefronts allowed for the {DEMO} store in this run: {}\nPaste on their pages:\n  \
             <script src=\"{EDGE}/caravan.js\" data-merchant=\"{DEMO}\" async></script>\n",
            list.join(", ")
        );
    }
    // Wrangler and workerd stay in this terminal's process group, so Ctrl-C reaches them all.
    let mut wrangler = cmd("wrangler", &root().join("edge"));
    wrangler
        .args([
            "dev",
            "--local",
            "--ip",
            "127.0.0.1",
            "--port",
            "8787",
            "--show-interactive-dev-session=false",
        ])
        .arg("--persist-to")
        .arg(state.join("state"))
        .env("WRANGLER_SEND_METRICS", "false")
        .env("DO_NOT_TRACK", "1")
        .env("CLOUDFLARE_CF_FETCH_ENABLED", "false")
        .env("XDG_CONFIG_HOME", state.join("config"))
        .stdin(std::process::Stdio::null());
    if !origins.is_empty() {
        // For this run only (never in .dev.vars, which the test suites' wrangler reads too).
        let merchants = with_demo_origins(&config_check::merchants_json()?, origins)?;
        wrangler
            .arg("--var")
            .arg(format!("CARAVAN_MERCHANTS:{merchants}"));
    }
    let regions: Vec<String> =
        serde_json::from_str::<serde_json::Value>(&config_check::local_regions_json()?)
            .ok()
            .and_then(|v| v.as_object().map(|o| o.keys().cloned().collect()))
            .unwrap_or_default();
    let admin = admin_token.clone();
    std::thread::spawn(move || crate::dev_invite::print_invite(EDGE, DEMO, &admin, &regions));
    exec(&mut wrangler)
}

pub fn run(args: &[String]) -> Result {
    // Bad arguments fail before minutes of building.
    let origins = parse_origins(args)?;
    tools::ensure(tools::Purpose::Build)?;
    build::run()?;
    let tokens = dev_vars()?;
    run_server(&tokens, &origins)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn origins_are_read_validated_and_deduplicated() {
        let origins = parse_origins(&args(&[
            "--origin",
            "http://localhost:3000/",
            "--origin=https://Shop.example",
            "--origin",
            "http://localhost:3000",
        ]))
        .expect("valid");
        let names: Vec<&str> = origins.iter().map(WebOrigin::as_str).collect();
        assert_eq!(names, ["http://localhost:3000", "https://shop.example"]);
        assert!(parse_origins(&args(&["--origin"])).is_err());
        assert!(parse_origins(&args(&["--origin", "http://shop.example"])).is_err());
        assert!(parse_origins(&args(&["--origin", "https://shop.example/path"])).is_err());
        assert!(parse_origins(&args(&["--port", "9000"])).is_err());
        assert_eq!(parse_origins(&[]), Ok(Vec::new()));
    }

    #[test]
    fn origins_join_the_demo_store_only() {
        let merchants = r#"{"demo":{"name":"Demo","default_region":"eu","default_locale":"en",
            "origins":["https://shop.example"]},
            "other":{"name":"Other","default_region":"eu","default_locale":"en"}}"#;
        let extra = parse_origins(&args(&["--origin", "http://127.0.0.1:9000"])).expect("valid");
        let json = with_demo_origins(merchants, &extra).expect("merged");
        let dir = MerchantDirectory::parse(&json).expect("valid");
        let demo: Vec<&str> = dir
            .get("demo")
            .expect("demo")
            .origins
            .iter()
            .map(WebOrigin::as_str)
            .collect();
        assert_eq!(demo, ["https://shop.example", "http://127.0.0.1:9000"]);
        assert!(dir.get("other").expect("other").origins.is_empty());
        assert!(
            with_demo_origins(
                r#"{"shop":{"name":"S","default_region":"eu","default_locale":"en"}}"#,
                &extra
            )
            .is_err()
        );
    }

    #[test]
    fn the_wrangler_configuration_takes_origins() {
        let extra = parse_origins(&args(&["--origin", "http://localhost:5173"])).expect("valid");
        let merchants = config_check::merchants_json().expect("wrangler.toml");
        assert!(with_demo_origins(&merchants, &extra).is_ok());
    }
}
