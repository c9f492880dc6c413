//! `cargo xtask size --profile`: where the widget's bytes go. The release build's module
//! keeps its function names until wasm-bindgen and wasm-opt strip them; this runs both as
//! the build does (`widget/index.html`), names kept (`-g`), and asks twiggy for the biggest
//! items. Figures of shipped bytes are `cargo xtask size`'s; this says which code they are.

use crate::process::{Result, cmd, exec, output, root};

/// twiggy is a profiler, not a build tool: installed on demand, never by `cargo xtask tools`.
const TWIGGY: &str = "cargo install twiggy --version 0.8.0 --locked";
const WASM: &str = "target/wasm32-unknown-unknown/release/caravan_widget.wasm";
const OUT: &str = "target/profile";

pub fn run(rows: &str) -> Result {
    crate::build::fresh()?;
    if output(cmd("twiggy", &root()).arg("--version")).is_none() {
        return Err(format!("the profile needs twiggy: {TWIGGY}"));
    }
    let root = root();
    let out = root.join(OUT);
    let _ = std::fs::remove_dir_all(&out);
    exec(cmd("wasm-bindgen", &root).args([
        "--target=web",
        "--no-demangle",
        "--no-typescript",
        "--out-name=caravan-widget",
        &format!("--out-dir={OUT}"),
        WASM,
    ]))?;
    let named = format!("{OUT}/named.wasm");
    exec(cmd("wasm-opt", &root).args([
        "-g",
        "-Oz",
        "--converge",
        "--strip-producers",
        "--strip-target-features",
        &format!("{OUT}/caravan-widget_bg.wasm"),
        "-o",
        &named,
    ]))?;
    println!("names kept: {named} (the shipped module is the same code without its names)");
    exec(cmd("twiggy", &root).args(["top", "-n", rows, &named]))
}
