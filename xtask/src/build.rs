//! Builds everything the edge serves: the widget (Trunk), the static site (`site.rs`) and
//! the worker (worker-build).

use std::path::Path;
use std::time::SystemTime;

use crate::process::{Result, cmd, exec, root};
use crate::{console_site, site, tools};

/// What `cargo xtask build` produces, relative to the root.
pub const TRUNK_OUT: &str = "target/trunk";
pub const WORKER_OUT: &str = "edge/build";
pub const CONSOLE_OUT: &str = "target/trunk-console";

pub fn run() -> Result {
    crate::config_check::run()?;
    widget()?;
    console()?;
    let console = root().join(CONSOLE_OUT);
    site::assemble(&root().join(TRUNK_OUT), |next, manifest| {
        console_site::assemble(&console, next, manifest)
    })?;
    worker()
}

fn widget() -> Result {
    eprintln!("xtask: building the widget (trunk, release)");
    exec(cmd("trunk", &root()).args(["build", "--release"]))
}

/// The agent console: Trunk.toml's settings (offline, pinned tools), its own manifest.
fn console() -> Result {
    eprintln!("xtask: building the console (trunk, release)");
    exec(cmd("trunk", &root()).args([
        "build",
        "console/index.html",
        "--release",
        "--dist",
        CONSOLE_OUT,
        "--public-url",
        "/console/assets/",
    ]))
}

fn worker() -> Result {
    eprintln!("xtask: building the worker (worker-build, release)");
    let mut c = cmd("worker-build", &root().join("edge"));
    c.arg("--release");
    tools::worker_build_env(&mut c);
    exec(&mut c)?;
    // worker-build keeps the function names (226 KB raw, 59 KB gzip of the worker's
    // budget); a panic aborts the isolate either way, so they would name nothing useful.
    let wasm = format!("{WORKER_OUT}/index_bg.wasm");
    exec(cmd("wasm-opt", &root()).args([
        "--strip-debug",
        "--strip-producers",
        "--enable-bulk-memory",
        "--enable-nontrapping-float-to-int",
        "--enable-sign-ext",
        "--enable-mutable-globals",
        &wasm,
        "-o",
        &wasm,
    ]))
}

/// What the build reads: a change to any of them makes the build stale.
const INPUTS: [&str; 12] = [
    "Cargo.toml",
    "Cargo.lock",
    "Trunk.toml",
    "core/src",
    "core/data",
    "widget",
    "console",
    "edge/src",
    "edge/Cargo.toml",
    "edge/wrangler.toml",
    "public",
    "locales",
];

fn newest(path: &Path) -> Option<SystemTime> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_dir() {
        return meta.modified().ok();
    }
    std::fs::read_dir(path)
        .ok()?
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name() != "target")
        .filter_map(|e| newest(&e.path()))
        .max()
}

/// Builds unless the build is there and newer than everything it is built from, so what
/// is measured is what the sources make now.
pub fn fresh() -> Result {
    if !stale() {
        return Ok(());
    }
    eprintln!("xtask: the build is missing or older than its sources; building first");
    crate::tools::ensure(crate::tools::Purpose::Build)?;
    run()
}

/// Is the build missing, or older than something it is built from?
fn stale() -> bool {
    let root = root();
    let built = [
        root.join(crate::site::MANIFEST),
        root.join(WORKER_OUT).join("index_bg.wasm"),
    ]
    .iter()
    .map(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
    .collect::<Option<Vec<_>>>()
    .and_then(|times| times.into_iter().min());
    let source = INPUTS.iter().filter_map(|i| newest(&root.join(i))).max();
    match (built, source) {
        (Some(built), Some(source)) => source > built,
        _ => true,
    }
}
