//! Builds everything the edge serves: the widget (Trunk), the static site (loader, demo
//! store, widget files, locales; minified with esbuild) and the worker (worker-build).

use std::fs;
use std::path::{Path, PathBuf};

use crate::process::{Result, cmd, exec, root};
use crate::tools;

/// What `cargo xtask build` produces, relative to the root.
pub const SITE: &str = "target/site";
pub const TRUNK_OUT: &str = "target/trunk";
pub const WORKER_OUT: &str = "edge/build";

pub fn run() -> Result {
    crate::config_check::run()?;
    widget()?;
    site()?;
    worker()
}

fn widget() -> Result {
    eprintln!("xtask: building the widget (trunk, release)");
    exec(cmd("trunk", &root()).args(["build", "--release"]))
}

fn esbuild_minify(from: &Path, to: &Path) -> Result {
    exec(
        cmd("esbuild", &root())
            .arg(from)
            .arg("--minify")
            .arg(format!("--outfile={}", to.display()))
            .arg("--log-level=warning"),
    )
}

fn copy(from: &Path, to: &Path) -> Result {
    if let Some(dir) = to.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| format!("{} -> {}: {e}", from.display(), to.display()))
}

fn entries(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    Ok(paths)
}

/// Assembles target/site from public/, the widget build and locales/.
fn site() -> Result {
    let root = root();
    let site = root.join(SITE);
    let trunk = root.join(TRUNK_OUT);
    if site.exists() {
        fs::remove_dir_all(&site).map_err(|e| format!("{}: {e}", site.display()))?;
    }
    for path in entries(&root.join("public"))? {
        let name = path.file_name().unwrap_or_default();
        let to = site.join(name);
        if path.extension().is_some_and(|e| e == "js") {
            esbuild_minify(&path, &to)?;
        } else if path.is_file() {
            copy(&path, &to)?;
        }
    }
    // Trunk cannot minify wasm-bindgen 0.2.130's glue; esbuild can (JS and CSS).
    esbuild_minify(
        &trunk.join("caravan-widget.js"),
        &site.join("widget/caravan-widget.js"),
    )?;
    esbuild_minify(&trunk.join("widget.css"), &site.join("widget/widget.css"))?;
    copy(
        &trunk.join("caravan-widget_bg.wasm"),
        &site.join("widget/caravan-widget_bg.wasm"),
    )?;
    for locale in entries(&root.join("locales"))? {
        let Some(tag) = locale.file_name() else {
            continue;
        };
        let ftl = locale.join("widget.ftl");
        if ftl.exists() {
            copy(&ftl, &site.join("locales").join(tag).join("widget.ftl"))?;
        }
    }
    Ok(())
}

fn worker() -> Result {
    eprintln!("xtask: building the worker (worker-build, release)");
    let mut c = cmd("worker-build", &root().join("edge"));
    c.arg("--release");
    tools::worker_build_env(&mut c);
    exec(&mut c)
}
