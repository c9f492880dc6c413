//! The console's part of `target/site`: `console/index.html` (from console/page.html, never
//! cached) and, under `console/assets/`, the module, its wasm, the boot module, the
//! stylesheet and the locales, each named by its content (cached for a year).
//! The page has no inline script or style: its CSP (public/_headers) forbids both.

use std::collections::BTreeMap;
use std::path::Path;

use crate::process::{Result, root};
use crate::site_files::{content_hash, hashed_name, minified, read, rename_once, write};

pub fn assemble(
    trunk: &Path,
    next: &Path,
    manifest: &mut BTreeMap<&'static str, String>,
) -> Result {
    let root = root();
    let mut hashed = |logical: &'static str, name: &str, bytes: &[u8]| -> Result<String> {
        let served = format!(
            "console/assets/{}",
            hashed_name(name, &content_hash([bytes]))
        );
        write(&next.join(&served), bytes)?;
        manifest.insert(logical, served.clone());
        Ok(served)
    };
    let wasm = hashed(
        "console_wasm",
        "caravan-console_bg.wasm",
        &read(&trunk.join("caravan-console_bg.wasm"))?,
    )?;
    let glue = String::from_utf8(minified(&trunk.join("caravan-console.js"))?)
        .map_err(|e| format!("caravan-console.js: {e}"))?;
    let glue = rename_once(
        "the console's module",
        &glue,
        "\"caravan-console_bg.wasm\"",
        &format!("\"{}\"", wasm.trim_start_matches("console/assets/")),
    )?;
    let module = hashed("console_js", "caravan-console.js", glue.as_bytes())?;
    let css = hashed(
        "console_css",
        "console.css",
        &read(&root.join("console/style/console.css"))?,
    )?;

    let mut locales: Vec<(String, Vec<u8>)> = Vec::new();
    for entry in std::fs::read_dir(root.join("locales")).map_err(|e| e.to_string())? {
        let dir = entry.map_err(|e| e.to_string())?.path();
        let ftl = dir.join("console.ftl");
        if ftl.exists() {
            let tag = dir
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            locales.push((tag, read(&ftl)?));
        }
    }
    locales.sort();
    let hash = content_hash(
        locales
            .iter()
            .flat_map(|(tag, text)| [tag.as_bytes(), text.as_slice()]),
    );
    let locale_dir = format!("console/assets/locales.{hash}/");
    for (tag, text) in &locales {
        write(&next.join(&locale_dir).join(tag).join("console.ftl"), text)?;
    }

    let boot = format!(
        "import init, {{ start }} from '/{module}';\nawait init();\nstart('/{locale_dir}');\n"
    );
    let boot = hashed("console_boot", "boot.js", boot.as_bytes())?;
    let page = String::from_utf8(read(&root.join("console/page.html"))?)
        .map_err(|e| format!("console/page.html: {e}"))?;
    let page = rename_once("console/page.html", &page, "{{css}}", &format!("/{css}"))?;
    let page = rename_once("console/page.html", &page, "{{boot}}", &format!("/{boot}"))?;
    write(&next.join("console/index.html"), page.as_bytes())?;
    manifest.insert("console_page", "console/index.html".into());
    manifest.insert("console_locales", locale_dir);
    Ok(())
}
