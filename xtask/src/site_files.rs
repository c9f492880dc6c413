//! Writing the site's files: content hashes and hashed names, reading and writing with
//! the path in every error, minifying with esbuild, renaming a name a file must hold once.

use std::fs;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::process::{Result, cmd, exec, root};

/// The first 8 hex digits of the SHA-256 of `parts` (a name changes when any part does).
pub fn content_hash<'a>(parts: impl IntoIterator<Item = &'a [u8]>) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part);
    }
    hasher.finalize()[..4]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `caravan-widget.js` + hash → `caravan-widget.1a2b3c4d.js`.
pub fn hashed_name(name: &str, hash: &str) -> String {
    match name.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}.{hash}.{ext}"),
        None => format!("{name}.{hash}"),
    }
}

pub fn read(path: &Path) -> Result<Vec<u8>> {
    fs::read(path).map_err(|e| format!("{}: {e}", path.display()))
}

pub fn write(path: &Path, bytes: &[u8]) -> Result {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

pub fn minified(from: &Path) -> Result<Vec<u8>> {
    let out = root()
        .join("target/esbuild")
        .join(from.file_name().unwrap_or_default());
    exec(
        cmd("esbuild", &root())
            .arg(from)
            .arg("--minify")
            .arg(format!("--outfile={}", out.display()))
            .arg("--log-level=warning"),
    )?;
    read(&out)
}

/// Replaces `from` in `text` (`what`), which must name it exactly once.
pub fn rename_once(what: &str, text: &str, from: &str, to: &str) -> Result<String> {
    match text.matches(from).count() {
        1 => Ok(text.replacen(from, to, 1)),
        n => Err(format!(
            "{what} names {from:?} {n} times; it must name it once"
        )),
    }
}
