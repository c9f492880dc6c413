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

/// Installs tests/package-lock.json when node_modules was not installed from exactly it
/// (and package.json).
/// `npm install` rather than `npm ci`: the lockfile holds two workerd versions (Miniflare 4
/// for the harness, wrangler's own), and npm does not record the nested one's packages for
/// other platforms, so `npm ci` refuses a lockfile that `npm install` follows exactly.
/// npm versions spell a lockfile differently (npm 10 drops the `libc` fields npm 11
/// writes): a rewrite that only respells it is undone, so the two commands leave a clean
/// work tree; a real change (a dependency added to package.json) is kept.
fn npm_packages() -> Result {
    let tests = root().join("tests");
    let lock = tests.join("package-lock.json");
    let stamp = tests.join("node_modules/.caravan-install-sha256");
    let read = |p: &Path| std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()));
    let digest = |manifest: &[u8], lockfile: &[u8]| -> String {
        Sha256::new()
            .chain_update(manifest)
            .chain_update(lockfile)
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    };
    let manifest = read(&tests.join("package.json"))?;
    let before = read(&lock)?;
    if std::fs::read_to_string(&stamp).is_ok_and(|s| s.trim() == digest(&manifest, &before)) {
        return Ok(());
    }
    eprintln!("xtask: installing Node tools (npm install in tests/, from its lockfile)");
    // The system npm installs; Node 22 itself comes in as the pinned `node` package.
    let mut c = std::process::Command::new("npm");
    c.current_dir(&tests)
        .args(["install", "--no-audit", "--no-fund"]);
    let installed = exec(&mut c);
    let mut after = read(&lock)?;
    if after != before && same_packages(&before, &after) {
        std::fs::write(&lock, &before).map_err(|e| format!("{}: {e}", lock.display()))?;
        after = before;
    }
    installed?;
    std::fs::write(&stamp, digest(&manifest, &after))
        .map_err(|e| format!("{}: {e}", stamp.display()))
}

/// Do two lockfiles pin the same packages, whatever npm version wrote them?
fn same_packages(a: &[u8], b: &[u8]) -> bool {
    fn respelled(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::Object(map) => {
                map.remove("libc");
                map.values_mut().for_each(respelled);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(respelled),
            _ => {}
        }
    }
    let parse = |bytes: &[u8]| {
        serde_json::from_slice::<serde_json::Value>(bytes)
            .ok()
            .map(|mut v| {
                respelled(&mut v);
                v
            })
    };
    matches!((parse(a), parse(b)), (Some(a), Some(b)) if a == b)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lockfile_respelled_by_another_npm_is_the_same() {
        let npm11 =
            br#"{"packages": {"node_modules/@x/linux": {"version": "1", "libc": ["glibc"]}}}"#;
        let npm10 = br#"{"packages": {"node_modules/@x/linux": {"version": "1"}}}"#;
        let updated = br#"{"packages": {"node_modules/@x/linux": {"version": "2"}}}"#;
        assert!(same_packages(npm11, npm10));
        assert!(!same_packages(npm11, updated));
        assert!(!same_packages(npm11, b"not json"));
    }
}
