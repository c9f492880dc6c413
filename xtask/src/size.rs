//! `cargo xtask size`: raw, gzip and brotli bytes of what shoppers download, checked
//! against the product's budgets (peers ship 150 KB–1 MB of JavaScript).

use std::io::Write;
use std::path::PathBuf;

use crate::build::WORKER_OUT;
use crate::process::{Result, root};
use crate::site::{self, SITE};

struct Bundle {
    name: &'static str,
    files: Vec<PathBuf>,
    budget: Budget,
}

#[derive(Clone, Copy)]
enum Budget {
    Brotli(usize),
    Gzip(usize),
}

#[derive(Default, Clone, Copy)]
struct Sizes {
    raw: usize,
    gzip: usize,
    brotli: usize,
}

fn measure(bytes: &[u8]) -> Sizes {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let gzip = gz
        .write_all(bytes)
        .and_then(|()| gz.finish())
        .map_or(usize::MAX, |v| v.len());
    let mut br = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    let brotli =
        brotli::BrotliCompress(&mut &bytes[..], &mut br, &params).map_or(usize::MAX, |_| br.len());
    Sizes {
        raw: bytes.len(),
        gzip,
        brotli,
    }
}

/// The biggest locale file, so "one locale" is measured at its worst.
fn largest_locale(dir: &str, file: &str) -> Result<PathBuf> {
    let dir = root().join(SITE).join(dir);
    let mut best: Option<(u64, PathBuf)> = None;
    for entry in std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e} (run `cargo xtask build`)", dir.display()))?
    {
        let path = entry.map_err(|e| e.to_string())?.path().join(file);
        let len = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        if best.as_ref().is_none_or(|(l, _)| len > *l) {
            best = Some((len, path));
        }
    }
    best.map(|(_, p)| p)
        .ok_or_else(|| "no locales in the site".into())
}

pub fn run() -> Result {
    crate::build::fresh()?;
    let site = root().join(SITE);
    let worker = root().join(WORKER_OUT);
    // The hashed names of this build's files.
    let files = site::manifest()?;
    let file = |logical: &str| -> Result<PathBuf> {
        files
            .get(logical)
            .map(|path| site.join(path))
            .ok_or_else(|| format!("{}: no {logical} (run `cargo xtask build`)", site::MANIFEST))
    };
    let locale = largest_locale(
        files.get("locales").map_or("", String::as_str),
        "widget.ftl",
    )?;
    let console_locale = largest_locale(
        files.get("console_locales").map_or("", String::as_str),
        "console.ftl",
    )?;
    let bundles = [
        Bundle {
            name: "loader",
            files: vec![file("loader")?],
            budget: Budget::Brotli(1_536),
        },
        Bundle {
            name: "widget",
            // The stylesheet is inside the wasm.
            files: vec![file("widget_wasm")?, file("widget_js")?, locale.clone()],
            budget: Budget::Brotli(90 * 1_024),
        },
        // What the weakest links download instead of the widget: the loader, the lite chat
        // and one locale; no WebAssembly.
        Bundle {
            name: "lite",
            files: vec![file("loader")?, file("lite_js")?, locale],
            budget: Budget::Brotli(12 * 1_024),
        },
        // Agents, not shoppers, download it: once per release on an office connection,
        // then from cache (hashed names, a year). Peers' agent workspaces ship megabytes.
        // 240 KiB (all of it: the inbox, conversations, and the admins' team, audit and
        // canned-reply pages) is under a second on a 2 Mbit/s link (250 KB/s); it was 200
        // KiB before the admin pages, which are in the same WebAssembly (Trunk builds no
        // per-screen chunks).
        Bundle {
            name: "console",
            files: vec![
                file("console_page")?,
                file("console_boot")?,
                file("console_js")?,
                file("console_wasm")?,
                file("console_css")?,
                console_locale,
            ],
            budget: Budget::Brotli(240 * 1_024),
        },
        Bundle {
            name: "worker",
            files: vec![worker.join("index.js"), worker.join("index_bg.wasm")],
            budget: Budget::Gzip(1_024 * 1_024),
        },
    ];
    println!(
        "{:<8} {:>10} {:>10} {:>10}   budget",
        "bundle", "raw", "gzip", "brotli"
    );
    let mut over = Vec::new();
    for bundle in &bundles {
        let mut total = Sizes::default();
        for file in &bundle.files {
            let bytes = std::fs::read(file)
                .map_err(|e| format!("{}: {e} (run `cargo xtask build`)", file.display()))?;
            let s = measure(&bytes);
            total = Sizes {
                raw: total.raw + s.raw,
                gzip: total.gzip + s.gzip,
                brotli: total.brotli + s.brotli,
            };
            let name = file
                .strip_prefix(root())
                .unwrap_or(file)
                .display()
                .to_string();
            println!("  {name:<42} {:>8} {:>8} {:>8}", s.raw, s.gzip, s.brotli);
        }
        let (limit, actual, kind) = match bundle.budget {
            Budget::Brotli(l) => (l, total.brotli, "brotli"),
            Budget::Gzip(l) => (l, total.gzip, "gzip"),
        };
        let verdict = if actual <= limit { "ok" } else { "OVER" };
        println!(
            "{:<8} {:>10} {:>10} {:>10}   {verdict}: {actual} of {limit} bytes {kind} ({:.0}%)",
            bundle.name,
            total.raw,
            total.gzip,
            total.brotli,
            100.0 * actual as f64 / limit as f64
        );
        if actual > limit {
            over.push(bundle.name);
        }
    }
    if over.is_empty() {
        Ok(())
    } else {
        Err(format!("over budget: {}", over.join(", ")))
    }
}
