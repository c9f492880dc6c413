//! The pinned tools (see ../shared/TOOLCHAIN.md), installed only when missing or at
//! another version. Nothing is downloaded from GitHub: Rust tools come from crates.io,
//! Node tools from npm (tests/package-lock.json), Chromium from Debian.

use std::path::Path;
use std::time::Instant;

use sha2::{Digest, Sha256};

use crate::process::{Result, cmd, exec, home, output, root};

/// `cargo install` targets, with the version their `--version` must print.
const CARGO_TOOLS: &[(&str, &str, &str, bool)] = &[
    // (crate, binary, version, --locked)
    // wasm-bindgen-cli's lockfile wants a webpki-roots release the registry lacks.
    ("wasm-bindgen-cli", "wasm-bindgen", "0.2.130", false),
    ("worker-build", "worker-build", "0.8.7", true),
    ("trunk", "trunk", "0.21.14", true),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Build and serve: Rust and Node tools.
    Build,
    /// Also the browser the tests drive.
    Test,
}

pub fn ensure(purpose: Purpose) -> Result {
    wasm_target()?;
    npm_packages()?;
    cargo_tools()?;
    if purpose == Purpose::Test {
        chromium()?;
    }
    Ok(())
}

fn wasm_target() -> Result {
    let installed = output(cmd("rustup", &root()).args(["target", "list", "--installed"]));
    if installed.is_some_and(|t| t.lines().any(|l| l == "wasm32-unknown-unknown")) {
        return Ok(());
    }
    exec(cmd("rustup", &root()).args(["target", "add", "wasm32-unknown-unknown"]))
}

/// Installs tests/package-lock.json when node_modules was not installed from exactly it.
/// `npm install` rather than `npm ci`: the lockfile holds two workerd versions (Miniflare 4
/// for the harness, wrangler's own), and npm does not record the nested one's packages for
/// other platforms, so `npm ci` refuses a lockfile that `npm install` follows exactly.
/// npm versions spell a lockfile differently (npm 10 drops the `libc` fields npm 11
/// writes), so the committed one is put back afterwards: the two commands leave a clean
/// work tree. A stamp with the lockfile's digest says what node_modules was installed from.
fn npm_packages() -> Result {
    let tests = root().join("tests");
    let lock = tests.join("package-lock.json");
    let stamp = tests.join("node_modules/.caravan-lockfile-sha256");
    let committed = std::fs::read(&lock).map_err(|e| format!("{}: {e}", lock.display()))?;
    let digest: String = Sha256::digest(&committed)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    if std::fs::read_to_string(&stamp).is_ok_and(|s| s.trim() == digest) {
        return Ok(());
    }
    eprintln!("xtask: installing Node tools (npm install in tests/, from its lockfile)");
    // The system npm installs; Node 22 itself comes in as the pinned `node` package.
    let mut c = std::process::Command::new("npm");
    c.current_dir(&tests)
        .args(["install", "--no-audit", "--no-fund"]);
    let installed = exec(&mut c);
    if std::fs::read(&lock).ok().as_deref() != Some(&committed[..]) {
        std::fs::write(&lock, &committed).map_err(|e| format!("{}: {e}", lock.display()))?;
    }
    installed?;
    std::fs::write(&stamp, digest).map_err(|e| format!("{}: {e}", stamp.display()))
}

fn installed_version(binary: &str) -> Option<String> {
    output(cmd(binary, &root()).arg("--version"))
}

fn cargo_tools() -> Result {
    // One target dir outside the clone: the three tools share most dependencies.
    let target = home().join(".cache/caravan/tool-target");
    for (krate, binary, version, locked) in CARGO_TOOLS {
        if installed_version(binary).is_some_and(|v| v.split_whitespace().any(|w| w == *version)) {
            continue;
        }
        eprintln!("xtask: installing {krate} {version} (compiles from crates.io; minutes)");
        let started = Instant::now();
        let mut c = cmd("cargo", &root());
        c.args(["install", krate, "--version", version])
            .env("CARGO_TARGET_DIR", &target);
        if *locked {
            c.arg("--locked");
        }
        exec(&mut c)?;
        eprintln!(
            "xtask: installed {krate} {version} in {:.0?}",
            started.elapsed()
        );
    }
    Ok(())
}

/// Debian's Chromium and ChromeDriver, which the browser tests drive.
fn chromium() -> Result {
    if Path::new("/usr/bin/chromium").exists() && Path::new("/usr/bin/chromedriver").exists() {
        return Ok(());
    }
    eprintln!("xtask: installing Debian chromium and chromium-driver");
    let apt = |args: &[&str]| {
        let mut c = std::process::Command::new("apt-get");
        c.args(args).env("DEBIAN_FRONTEND", "noninteractive");
        exec(&mut c)
    };
    apt(&["update", "-qq"])?;
    apt(&[
        "install",
        "-y",
        "-qq",
        "chromium",
        "chromium-driver",
        "fonts-noto-color-emoji",
        "fonts-noto-core",
        "fonts-noto-cjk",
    ])
    .map_err(|e| format!("{e}; install chromium and chromium-driver as root, then retry"))
}

/// Environment for worker-build: our pinned binaries instead of its downloads.
pub fn worker_build_env(c: &mut std::process::Command) {
    let bin = root().join("tests/node_modules/.bin");
    c.env("WASM_BINDGEN_BIN", home().join(".cargo/bin/wasm-bindgen"))
        .env("WASM_OPT_BIN", bin.join("wasm-opt"))
        .env("ESBUILD_BIN", bin.join("esbuild"));
}
