//! The project's source files as git lists them (tracked, or new and not ignored), read by
//! the checks that look at the code itself (`tidy.rs`, `coupling.rs`).

use std::path::{Path, PathBuf};

use crate::process::Result;

pub fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Every file under `dir` with one of `extensions` that git tracks or would (ignored files
/// such as test artifacts and builds are not sources), as paths relative to `dir`.
pub fn files(dir: &Path, extensions: &[&str]) -> Result<Vec<PathBuf>> {
    let listed = std::process::Command::new("git")
        .current_dir(dir)
        .args([
            "ls-files",
            "--cached",
            "--others",
            "--exclude-standard",
            "-z",
            ".",
        ])
        .output()
        .map_err(|e| format!("git ls-files in {}: {e}", dir.display()))?;
    if !listed.status.success() {
        return Err(format!("git ls-files failed in {}", dir.display()));
    }
    let mut found: Vec<PathBuf> = String::from_utf8_lossy(&listed.stdout)
        .split('\0')
        .filter(|name| extensions.iter().any(|x| name.ends_with(x)))
        // A file deleted but not yet staged is still listed as cached.
        .filter(|name| dir.join(name).is_file())
        .map(PathBuf::from)
        .collect();
    found.sort();
    found.dedup();
    Ok(found)
}
