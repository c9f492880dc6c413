//! The tidy check (`cargo xtask test` runs it first; it reads files only, in well under a
//! second): ARCHITECTURE.md lists exactly the modules that exist, no source file passes
//! 400 lines, core's rooms import only the rooms before them, the edge compiles in every
//! locale core ships, and no shell crate defines a constant core also defines.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use caravan_core::language::locale::SUPPORTED;

use crate::process::{Result, root};

/// Where ARCHITECTURE.md lists each crate's modules: a heading `### <dir>` followed by a
/// table whose first column names each file (`` `room/file.rs` ``, a room as `` `room/` ``).
const CRATES: [&str; 4] = ["core/src", "edge/src", "widget/src", "xtask/src"];
/// Crate roots are the crate itself, described in the table of crates.
const ROOTS: [&str; 2] = ["lib.rs", "main.rs"];
const MAX_LINES: usize = 400;
const SHELLS: [&str; 2] = ["edge/src", "widget/src"];

pub fn run() -> Result {
    let root = root();
    let mut problems = Vec::new();
    let architecture = read(&root.join("ARCHITECTURE.md"))?;
    for dir in CRATES {
        problems.extend(listed_modules(&root, &architecture, dir)?);
    }
    problems.extend(long_files(&root)?);
    problems.extend(room_order(&root)?);
    problems.extend(edge_locales(&root)?);
    problems.extend(shared_constants(&root)?);
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

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// Every file under `dir` with one of `extensions`, as paths relative to `dir`.
fn files(dir: &Path, extensions: &[&str]) -> Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        let entries = std::fs::read_dir(&at).map_err(|e| format!("{}: {e}", at.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if path.is_dir() {
                if !matches!(name, "node_modules" | "target" | "build" | ".git") {
                    stack.push(path);
                }
            } else if extensions.iter().any(|x| name.ends_with(x)) {
                found.push(path.strip_prefix(dir).unwrap_or(&path).to_path_buf());
            }
        }
    }
    found.sort();
    Ok(found)
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

/// Core's rooms in their order, from the line of `core/src/lib.rs`'s doc that starts with
/// `//! Rooms:` (`language → privacy → ...`; rustfmt sorts the `mod` lines themselves).
fn rooms(root: &Path) -> Result<Vec<String>> {
    let lib = read(&root.join("core/src/lib.rs"))?;
    let start = lib
        .lines()
        .position(|l| l.starts_with("//! Rooms:"))
        .ok_or("core/src/lib.rs has no `//! Rooms: a → b → ...` line giving the rooms' order")?;
    // The order may wrap onto further doc lines, up to an empty one.
    let order: String = lib
        .lines()
        .skip(start)
        .map_while(|l| l.strip_prefix("//!").filter(|l| !l.trim().is_empty()))
        .collect::<Vec<_>>()
        .join(" ");
    let order = order.trim().trim_start_matches("Rooms:");
    let rooms: Vec<String> = order
        .split('→')
        .map(|r| r.trim().trim_end_matches('.').trim_matches('`').to_owned())
        .collect();
    let declared: BTreeSet<String> = lib
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub mod ")?.strip_suffix(';'))
        .map(str::to_owned)
        .collect();
    if declared != rooms.iter().cloned().collect() {
        return Err(format!(
            "core/src/lib.rs: the Rooms line names {rooms:?}, the crate declares {declared:?}"
        ));
    }
    Ok(rooms)
}

/// The rooms `text` imports (`crate::room`).
fn imported_rooms(text: &str) -> BTreeSet<String> {
    text.match_indices("crate::")
        .map(|(i, m)| {
            text[i + m.len()..]
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                .collect::<String>()
        })
        .filter(|r| !r.is_empty())
        .collect()
}

fn room_order(root: &Path) -> Result<Vec<String>> {
    let rooms = rooms(root)?;
    let mut problems = Vec::new();
    for (position, room) in rooms.iter().enumerate() {
        let dir = root.join("core/src").join(room);
        for file in files(&dir, &[".rs"])? {
            for used in imported_rooms(&read(&dir.join(&file))?) {
                let Some(at) = rooms.iter().position(|r| *r == used) else {
                    continue;
                };
                if at > position {
                    problems.push(format!(
                        "core/src/{room}/{} imports {used}, a room after {room} \
                         (core/src/lib.rs: rooms import only the rooms before them)",
                        file.display()
                    ));
                }
            }
        }
    }
    Ok(problems)
}

/// `edge/src/locales.rs` compiles one `bot.ftl` per locale, in core's order.
fn edge_locales(root: &Path) -> Result<Vec<String>> {
    let text = read(&root.join("edge/src/locales.rs"))?;
    let compiled: Vec<&str> = text
        .match_indices("locales/")
        .filter_map(|(i, m)| text[i + m.len()..].split_once("/bot.ftl").map(|(t, _)| t))
        .filter(|tag| !tag.contains(['"', '\n', '/', '<']))
        .collect();
    let shipped: Vec<&str> = SUPPORTED.iter().map(|l| l.tag()).collect();
    if compiled == shipped {
        return Ok(Vec::new());
    }
    let missing: Vec<&&str> = shipped.iter().filter(|t| !compiled.contains(t)).collect();
    let extra: Vec<&&str> = compiled.iter().filter(|t| !shipped.contains(t)).collect();
    Ok(vec![format!(
        "edge/src/locales.rs compiles bot.ftl for {} locales, core ships {} \
         (missing {missing:?}, not shipped {extra:?}; the order must be core's SUPPORTED)",
        compiled.len(),
        shipped.len()
    )])
}

/// `const NAME` and `static NAME` definitions in a crate, with their values' text.
fn constants(root: &Path, dir: &str) -> Result<BTreeMap<String, (String, String)>> {
    let mut found = BTreeMap::new();
    for file in files(&root.join(dir), &[".rs"])? {
        let text = read(&root.join(dir).join(&file))?;
        for line in text.lines() {
            let line = line.trim_start();
            let line = line.strip_prefix("pub ").unwrap_or(line);
            let line = line.strip_prefix("pub(crate) ").unwrap_or(line);
            let Some(rest) = line
                .strip_prefix("const ")
                .or_else(|| line.strip_prefix("static "))
            else {
                continue;
            };
            let Some((name, value)) = rest.split_once(':') else {
                continue;
            };
            let value = value.split_once('=').map_or("", |(_, v)| v.trim());
            let place = format!("{dir}/{}", file.display());
            found.insert(name.trim().to_owned(), (place, value.to_owned()));
        }
    }
    Ok(found)
}

fn shared_constants(root: &Path) -> Result<Vec<String>> {
    let core = constants(root, "core/src")?;
    let core_strings: BTreeMap<&str, &str> = core
        .iter()
        .filter(|(_, (_, v))| v.starts_with('"') && v.len() > 3)
        .map(|(name, (_, v))| (v.as_str(), name.as_str()))
        .collect();
    let mut problems = Vec::new();
    for shell in SHELLS {
        for (name, (place, value)) in constants(root, shell)? {
            if let Some((core_place, core_value)) = core.get(&name)
                && *core_value == value
            {
                problems.push(format!(
                    "{place} defines {name} = {value}, which {core_place} defines too: use core's"
                ));
            } else if let Some(core_name) = core_strings.get(value.as_str()) {
                problems.push(format!(
                    "{place} defines {name} = {value}, which is core's {core_name}: use core's"
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
    fn rooms_are_read_from_crate_paths() {
        let text = "use crate::wire::ids::X;\nuse crate::language::locale::Locale;\n// crate::";
        assert_eq!(
            imported_rooms(text).into_iter().collect::<Vec<_>>(),
            ["language", "wire"]
        );
        assert_eq!(module_name(Path::new("wire/json/mod.rs")), "wire/json/");
        assert_eq!(module_name(Path::new("bot/greeting.rs")), "bot/greeting.rs");
    }
}
