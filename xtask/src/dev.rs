//! `cargo xtask dev`: tools, build, then the local edge (workerd via `wrangler dev`) with
//! its embedded Durable Object storage and the demo storefront on http://127.0.0.1:8787.

use std::io::Read;

use base64::Engine;

use crate::process::{Result, cmd, exec, root};
use crate::{build, tools};

/// A random local signing key in edge/.dev.vars (git-ignored), made once, so sessions
/// survive restarts of the dev server and no key is ever committed.
fn dev_vars() -> Result {
    let path = root().join("edge/.dev.vars");
    if path.exists() {
        return Ok(());
    }
    let mut key = [0u8; 32];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut key))
        .map_err(|e| format!("cannot read /dev/urandom: {e}"))?;
    let secret = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(key);
    std::fs::write(&path, format!("CARAVAN_SESSION_KEYS=\"dev:{secret}\"\n"))
        .map_err(|e| format!("{}: {e}", path.display()))
}

fn run_server() -> Result {
    let state = root().join("target/wrangler");
    std::fs::create_dir_all(&state).map_err(|e| e.to_string())?;
    println!(
        "\nCaravan is starting on http://127.0.0.1:8787 (demo store at /). Ctrl-C stops it.\n"
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
    dev_vars()?;
    run_server()
}
