//! Assembles what the edge serves, `target/site`: the loader (`caravan.js`), the demo
//! storefront and `_headers` at fixed names, and everything the loader fetches after it —
//! the widget's module and wasm, the lite chat and the locale files — under content-hashed
//! names in `widget/`, which `_headers` lets browsers and the CDN keep for a year. The
//! loader, the one fixed URL (cached for minutes), names the current hashed files.
//!
//! A browser may still run a loader it cached before a deploy (served stale while it
//! revalidates), so hashed files of earlier builds stay in the site for a week after they
//! were last current: a stale loader never asks for a file that is gone.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use crate::process::{Result, root};
use crate::site_files::{content_hash, hashed_name, minified, read, rename_once, write};

pub const SITE: &str = "target/site";
/// Where the site's files are listed by what they are (`cargo xtask size` reads it).
pub const MANIFEST: &str = "target/site-manifest.json";
/// When each hashed file of an earlier build stopped being current.
const RETIRED: &str = "target/site-retired.tsv";
/// Longer than the loader's stale-while-revalidate window (a day), with room to spare.
const KEEP_RETIRED_SECS: u64 = 7 * 24 * 3600;

/// Which retired hashed files stay: those retired less than a week ago. `previous` is
/// what the last build left in `widget/`, `current` what this build wrote, `retired` the
/// recorded retirement times. Returns the new record (entries kept, with their times).
fn still_retired(
    previous: &[String],
    current: &BTreeSet<String>,
    retired: &BTreeMap<String, u64>,
    now: u64,
) -> BTreeMap<String, u64> {
    previous
        .iter()
        .filter(|name| !current.contains(*name))
        .map(|name| (name.clone(), retired.get(name).copied().unwrap_or(now)))
        .filter(|(_, at)| now.saturating_sub(*at) < KEEP_RETIRED_SECS)
        .collect()
}

fn entries(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    Ok(paths)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Builds `target/site` from public/, the widget build (`trunk`) and locales/, and what
/// `also` adds to it (with its manifest entries): in a staging folder first, so a build
/// that fails half-way leaves the served site (and the earlier hashed files it keeps) as
/// it was.
pub fn assemble(
    trunk: &Path,
    also: impl FnOnce(&Path, &mut BTreeMap<&'static str, String>) -> Result,
) -> Result {
    let root = root();
    let site = root.join(SITE);
    let next = root.join("target/site-next");
    if next.exists() {
        fs::remove_dir_all(&next).map_err(|e| format!("{}: {e}", next.display()))?;
    }

    let mut manifest: BTreeMap<&'static str, String> = BTreeMap::new();
    let mut hashed = |logical: &'static str, name: &str, bytes: &[u8]| -> Result<String> {
        let served = format!("widget/{}", hashed_name(name, &content_hash([bytes])));
        write(&next.join(&served), bytes)?;
        manifest.insert(logical, served.clone());
        Ok(served)
    };
    let widget_wasm = hashed(
        "widget_wasm",
        "caravan-widget_bg.wasm",
        &read(&trunk.join("caravan-widget_bg.wasm"))?,
    )?;
    // The module finds its wasm beside itself (wasm-bindgen's default), by the hashed name.
    let glue = String::from_utf8(minified(&trunk.join("caravan-widget.js"))?)
        .map_err(|e| format!("caravan-widget.js: {e}"))?;
    let glue = rename_once(
        "the widget's module",
        &glue,
        "\"caravan-widget_bg.wasm\"",
        &format!("\"{}\"", widget_wasm.trim_start_matches("widget/")),
    )?;
    let widget_js = hashed("widget_js", "caravan-widget.js", glue.as_bytes())?;
    let lite = hashed(
        "lite_js",
        "caravan-lite.js",
        &minified(&root.join("public/caravan-lite.js"))?,
    )?;

    // The locale files move together under one hash: the loader names one directory.
    let mut locales: Vec<(String, Vec<u8>)> = Vec::new();
    for dir in entries(&root.join("locales"))? {
        let ftl = dir.join("widget.ftl");
        if ftl.exists() {
            locales.push((file_name(&dir), read(&ftl)?));
        }
    }
    let hash = content_hash(
        locales
            .iter()
            .flat_map(|(tag, text)| [tag.as_bytes(), text.as_slice()]),
    );
    let locale_dir = format!("widget/locales.{hash}/");
    for (tag, text) in &locales {
        write(&next.join(&locale_dir).join(tag).join("widget.ftl"), text)?;
    }
    manifest.insert("locales", locale_dir.clone());

    let mut loader = String::from_utf8(minified(&root.join("public/caravan.js"))?)
        .map_err(|e| format!("caravan.js: {e}"))?;
    for (from, to) in [
        ("widget/caravan-widget.js", &widget_js),
        ("widget/caravan-lite.js", &lite),
        ("widget/locales/", &locale_dir),
    ] {
        loader = rename_once("the minified loader", &loader, from, to)?;
    }
    write(&next.join("caravan.js"), loader.as_bytes())?;
    manifest.insert("loader", "caravan.js".into());
    for name in ["index.html", "_headers"] {
        write(&next.join(name), &read(&root.join("public").join(name))?)?;
    }

    also(&next, &mut manifest)?;
    keep_retired(&site.join("widget"), &next.join("widget"))?;
    if site.exists() {
        fs::remove_dir_all(&site).map_err(|e| format!("{}: {e}", site.display()))?;
    }
    fs::rename(&next, &site).map_err(|e| format!("{}: {e}", next.display()))?;
    let json = serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())?;
    write(&root.join(MANIFEST), json.as_bytes())
}

fn copy_all(from: &Path, to: &Path) -> Result {
    if from.is_dir() {
        fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
        for entry in entries(from)? {
            copy_all(&entry, &to.join(file_name(&entry)))?;
        }
        Ok(())
    } else {
        fs::copy(from, to)
            .map(|_| ())
            .map_err(|e| format!("{} -> {}: {e}", from.display(), to.display()))
    }
}

/// Copies into the new site the hashed files of earlier builds still within their week.
fn keep_retired(served: &Path, next: &Path) -> Result {
    let record = root().join(RETIRED);
    let retired: BTreeMap<String, u64> = fs::read_to_string(&record)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| {
            let (name, at) = l.split_once('\t')?;
            Some((name.to_owned(), at.parse().ok()?))
        })
        .collect();
    let previous: Vec<String> = if served.exists() {
        entries(served)?.iter().map(|p| file_name(p)).collect()
    } else {
        Vec::new()
    };
    let current: BTreeSet<String> = entries(next)?.iter().map(|p| file_name(p)).collect();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let kept = still_retired(&previous, &current, &retired, now);
    for name in kept.keys() {
        copy_all(&served.join(name), &next.join(name))?;
    }
    let lines: String = kept.iter().map(|(n, at)| format!("{n}\t{at}\n")).collect();
    write(&record, lines.as_bytes())
}

/// What `cargo xtask build` listed in the manifest: logical name → path in the site.
pub fn manifest() -> Result<BTreeMap<String, String>> {
    let path = root().join(MANIFEST);
    let text = fs::read_to_string(&path)
        .map_err(|e| format!("{}: {e} (run `cargo xtask build`)", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_carry_the_content_hash() {
        let a = content_hash([b"one".as_slice()]);
        assert_eq!(a.len(), 8);
        assert_ne!(a, content_hash([b"two".as_slice()]));
        // Parts are length-prefixed: moving a byte between two files changes the hash.
        assert_ne!(
            content_hash([b"ab".as_slice(), b"c".as_slice()]),
            content_hash([b"a".as_slice(), b"bc".as_slice()])
        );
        assert_eq!(
            hashed_name("caravan-widget_bg.wasm", "0a1b2c3d"),
            "caravan-widget_bg.0a1b2c3d.wasm"
        );
    }

    #[test]
    fn the_loader_must_name_each_file_once() {
        let rename = |text: &str, from: &str, to: &str| rename_once("loader", text, from, to);
        assert_eq!(
            rename("import(`${b}widget/x.js`)", "widget/x.js", "widget/x.1.js"),
            Ok("import(`${b}widget/x.1.js`)".into())
        );
        assert!(rename("no name here", "widget/x.js", "y").is_err());
        assert!(rename("widget/x.js widget/x.js", "widget/x.js", "y").is_err());
    }

    #[test]
    fn retired_files_stay_a_week_after_they_stopped_being_current() {
        let day = 24 * 3600;
        let now = 100 * day;
        let previous: Vec<String> = ["a.1.js", "a.2.js", "a.3.js", "a.4.js"]
            .map(String::from)
            .to_vec();
        let current: BTreeSet<String> = ["a.4.js".to_owned()].into();
        let retired: BTreeMap<String, u64> = [
            ("a.1.js".to_owned(), now - 8 * day),
            ("a.2.js".to_owned(), now - 6 * day),
        ]
        .into();
        let kept = still_retired(&previous, &current, &retired, now);
        // a.1 is older than a week; a.2 keeps its date; a.3 retires now; a.4 is current.
        assert_eq!(
            kept,
            [
                ("a.2.js".to_owned(), now - 6 * day),
                ("a.3.js".to_owned(), now)
            ]
            .into()
        );
    }
}
