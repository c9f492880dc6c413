//! The tidy check (`cargo xtask test` runs it first; it reads files only, in well under a
//! second): ARCHITECTURE.md lists exactly the modules that exist, no source file passes
//! 400 lines, core's rooms import only the rooms before them, the edge compiles in every
//! locale core ships, no shell crate defines a constant core also defines, and the
//! workspace's stand-in for a registry crate serves only the crate it was written for.

use std::collections::BTreeSet;
use std::path::Path;

use crate::coupling;
use crate::process::{Result, root};
use crate::sources::{files, read};

/// Where ARCHITECTURE.md lists each crate's modules: a heading ``### `<dir>` `` followed by a
/// table whose first column names each file (`` `room/file.rs` ``, a room as `` `room/` ``).
const CRATES: [&str; 5] = [
    "core/src",
    "edge/src",
    "widget/src",
    "console/src",
    "xtask/src",
];
/// Crate roots are the crate itself, described in the table of crates.
const ROOTS: [&str; 2] = ["lib.rs", "main.rs"];
const MAX_LINES: usize = 400;

pub fn run() -> Result {
    let root = root();
    let mut problems = Vec::new();
    let architecture = read(&root.join("ARCHITECTURE.md"))?;
    for dir in CRATES {
        problems.extend(listed_modules(&root, &architecture, dir)?);
    }
    problems.extend(long_files(&root)?);
    problems.extend(coupling::room_order(&root)?);
    problems.extend(coupling::shell_loops(&root)?);
    problems.extend(coupling::edge_locales(&root)?);
    problems.extend(coupling::shared_constants(&root)?);
    problems.extend(coupling::patched_crates(&root)?);
    if problems.is_empty() {
        eprintln!("tidy: ok");
        Ok(())
    } else {
        for p in &problems {
            eprintln!("tidy: {p}");
        }
        Err(format!("{} tidy problem(s)", problems.len()))
    }
}

/// A module as ARCHITECTURE.md names it: `room/` for a room's `mod.rs`.
fn module_name(file: &Path) -> String {
    let name = file.to_string_lossy().replace('\\', "/");
    match name.strip_suffix("mod.rs") {
        Some(room) => room.to_owned(),
        None => name,
    }
}

/// The first-column names of the table under `### <dir>`.
fn table_under(architecture: &str, dir: &str) -> Option<BTreeSet<String>> {
    let heading = format!("### `{dir}`");
    let start = architecture.lines().position(|l| l.trim() == heading)?;
    let mut names = BTreeSet::new();
    for line in architecture.lines().skip(start + 1) {
        let line = line.trim();
        if line.starts_with("## ") || line.starts_with("### ") {
            break;
        }
        let Some(cell) = line.strip_prefix('|').and_then(|l| l.split('|').next()) else {
            continue;
        };
        if let Some(name) = cell
            .trim()
            .strip_prefix('`')
            .and_then(|c| c.strip_suffix('`'))
        {
            names.insert(name.to_owned());
        }
    }
    Some(names)
}

fn listed_modules(root: &Path, architecture: &str, dir: &str) -> Result<Vec<String>> {
    let Some(listed) = table_under(architecture, dir) else {
        return Ok(vec![format!(
            "ARCHITECTURE.md has no `### `{dir}`` section listing its modules"
        )]);
    };
    let existing: BTreeSet<String> = files(&root.join(dir), &[".rs"])?
        .iter()
        .filter(|f| !ROOTS.contains(&f.to_string_lossy().as_ref()))
        .map(|f| module_name(f))
        .collect();
    let mut problems = Vec::new();
    for m in existing.difference(&listed) {
        let file = if m.ends_with('/') {
            format!("{m}mod.rs")
        } else {
            m.clone()
        };
        problems.push(format!("{dir}/{file} is not in ARCHITECTURE.md"));
    }
    for m in listed.difference(&existing) {
        problems.push(format!(
            "ARCHITECTURE.md lists {dir}/{m}, which does not exist"
        ));
    }
    Ok(problems)
}

fn long_files(root: &Path) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    let sources = [
        ("core", &[".rs"][..]),
        ("edge/src", &[".rs"]),
        ("widget", &[".rs"]),
        ("console", &[".rs", ".css"]),
        ("xtask/src", &[".rs"]),
        ("public", &[".js"]),
        ("tests", &[".mjs", ".js"]),
    ];
    for (dir, extensions) in sources {
        for file in files(&root.join(dir), extensions)? {
            let lines = read(&root.join(dir).join(&file))?.lines().count();
            if lines > MAX_LINES {
                problems.push(format!(
                    "{dir}/{} has {lines} lines (at most {MAX_LINES}): split it by concept",
                    file.display()
                ));
            }
        }
    }
    Ok(problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_list_first_column_names_under_their_heading() {
        let doc = "### `core/src`\n\n| module | x |\n|---|---|\n| `bot/` | doc |\n\
                   | `bot/intent.rs` | y |\n\n### `edge/src`\n| `routes.rs` | z |\n";
        let core = table_under(doc, "core/src").expect("section");
        assert_eq!(
            core.into_iter().collect::<Vec<_>>(),
            ["bot/", "bot/intent.rs"]
        );
        assert!(table_under(doc, "widget/src").is_none());
    }

    #[test]
    fn rooms_are_named_by_their_folder() {
        assert_eq!(module_name(Path::new("wire/json/mod.rs")), "wire/json/");
        assert_eq!(module_name(Path::new("bot/greeting.rs")), "bot/greeting.rs");
    }
}
