//! `cargo xtask dev`: tools, build, then the local edge (workerd via `wrangler dev`) with
//! its embedded Durable Object storage and the demo storefront on http://127.0.0.1:8787.

use std::io::Read;

use base64::Engine;

use crate::process::{Result, cmd, exec, root};
use crate::{build, tools};

/// edge/.dev.vars (git-ignored): a random local signing key and a random agent token for
/// the demo store, made once so sessions survive restarts and no secret is ever committed,
/// and the local regions (no jurisdictions, which workerd lacks), rewritten from
/// wrangler.toml on every start. Returns the agent token.
fn dev_vars() -> Result<String> {
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
    let token = agents.split('"').nth(3).unwrap_or_default().to_owned();
    let regions = crate::config_check::local_regions_json()?;
    std::fs::write(
        &path,
        format!("{keys}\n{agents}\nCARAVAN_REGIONS='{regions}'\n"),
    )
    .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(token)
}

/// 32 random bytes, base64url.
fn random_secret() -> Result<String> {
    let mut key = [0u8; 32];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut key))
        .map_err(|e| format!("cannot read /dev/urandom: {e}"))?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(key))
}

fn run_server(agent_token: &str) -> Result {
    let state = root().join("target/wrangler");
    std::fs::create_dir_all(&state).map_err(|e| e.to_string())?;
    println!(
        "\nCaravan is starting on http://127.0.0.1:8787 (demo store at /). Ctrl-C stops it.\n\
         The demo store's agents reply with\n  curl -H 'authorization: Bearer {agent_token}' \\\n    \
         http://127.0.0.1:8787/v1/agent/conversations/<region>/<conversation>/messages\n"
    );
    // Wrangler and workerd stay in this terminal's process group, so Ctrl-C reaches them all.
    exec(
        cmd("wrangler", &root().join("edge"))
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
            .stdin(std::process::Stdio::null()),
    )
}

pub fn run() -> Result {
    tools::ensure(tools::Purpose::Build)?;
    build::run()?;
    let agent_token = dev_vars()?;
    run_server(&agent_token)
}
