//! The tidy check (`cargo xtask test` runs it first; it reads files only, in well under a
//! second): ARCHITECTURE.md lists exactly the modules that exist, no source file passes
//! 400 lines, core's rooms import only the rooms before them, the edge compiles in every
//! locale core ships, and no shell crate defines a constant core also defines.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use caravan_core::language::locale::SUPPORTED;

use crate::process::{Result, root};

/// Where ARCHITECTURE.md lists each crate's modules: a heading ``### `<dir>` `` followed by a
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

/// Every file under `dir` with one of `extensions` that git tracks or would (ignored files
/// such as test artifacts and builds are not sources), as paths relative to `dir`.
fn files(dir: &Path, extensions: &[&str]) -> Result<Vec<PathBuf>> {
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

/// The rooms `text` imports: `crate::room` paths and `crate::{room::..., ...}` groups,
/// outside comments. `super::super` would hide a room, so it is reported as one.
fn imported_rooms(text: &str) -> BTreeSet<String> {
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
            .collect()
    };
    let mut rooms = BTreeSet::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        if code.contains("super::super") {
            rooms.insert("super::super".to_owned());
        }
        for (i, m) in code.match_indices("crate::") {
            let rest = &code[i + m.len()..];
            match rest.strip_prefix('{') {
                // A group may span lines: its first lines are enough for `use` groups
                // rustfmt writes one path per line, each read as its own line below.
                Some(group) => rooms.extend(group.split(',').map(ident)),
                None => {
                    rooms.insert(ident(rest));
                }
            }
        }
    }
    // The lines of a multi-line group: `    room::item,` after a `crate::{` line.
    let mut in_group = false;
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("").trim();
        if code.ends_with("crate::{") {
            in_group = true;
        } else if in_group {
            if code.starts_with('}') {
                in_group = false;
            } else if code.contains("::") {
                rooms.insert(ident(code));
            }
        }
    }
    rooms.retain(|r| !r.is_empty());
    rooms
}

fn room_order(root: &Path) -> Result<Vec<String>> {
    let rooms = rooms(root)?;
    let mut problems = Vec::new();
    for (position, room) in rooms.iter().enumerate() {
        let dir = root.join("core/src").join(room);
        for file in files(&dir, &[".rs"])? {
            for used in imported_rooms(&read(&dir.join(&file))?) {
                if used == "super::super" {
                    problems.push(format!(
                        "core/src/{room}/{} reaches out with super::super: name the room \
                         (crate::room) so its order can be checked",
                        file.display()
                    ));
                    continue;
                }
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

/// A `const` or `static` definition: where, its name, and its value's text.
struct Constant {
    place: String,
    name: String,
    value: String,
}

/// The `const` and `static` definitions of a crate whose value fits on their line.
fn constants(root: &Path, dir: &str) -> Result<Vec<Constant>> {
    let mut found = Vec::new();
    for file in files(&root.join(dir), &[".rs"])? {
        let text = read(&root.join(dir).join(&file))?;
        for line in text.lines() {
            let mut line = line.trim_start();
            // Any visibility: `pub`, `pub(crate)`, `pub(super)`, `pub(in path)`.
            if let Some(rest) = line.strip_prefix("pub") {
                line = match rest.strip_prefix('(') {
                    Some(scoped) => scoped.split_once(')').map_or("", |(_, r)| r),
                    None => rest,
                }
                .trim_start();
            }
            let Some(rest) = line
                .strip_prefix("const ")
                .or_else(|| line.strip_prefix("static "))
            else {
                continue;
            };
            let (Some((name, _)), Some((_, value))) = (rest.split_once(':'), rest.split_once('='))
            else {
                continue;
            };
            let Some(value) = value
                .split("//")
                .next()
                .and_then(|v| v.trim().strip_suffix(';'))
            else {
                continue; // the value goes on over more lines
            };
            found.push(Constant {
                place: format!("{dir}/{}", file.display()),
                name: name.trim().to_owned(),
                value: value.trim().to_owned(),
            });
        }
    }
    Ok(found)
}

/// A shell constant that copies one of core's: the same name and value, or the same
/// string (numbers alone coincide too often to tell).
fn shared_constants(root: &Path) -> Result<Vec<String>> {
    let core = constants(root, "core/src")?;
    let mut problems = Vec::new();
    for shell in SHELLS {
        for c in constants(root, shell)? {
            let is_string = c.value.starts_with('"') && c.value.len() > 3;
            let copied = core
                .iter()
                .find(|k| k.value == c.value && (k.name == c.name || is_string));
            if let Some(k) = copied {
                problems.push(format!(
                    "{} defines {} = {}, which is {}'s {}: use core's",
                    c.place, c.name, c.value, k.place, k.name
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
        let text = "use crate::wire::ids::X;\nuse crate::language::locale::Locale;\n// crate::bot\n\
                    use crate::{store::merchant::M, session::token::T};\nuse crate::{\n    \
                    delivery::outbox::O,\n    agents::reply,\n};\nuse super::super::x;";
        assert_eq!(
            imported_rooms(text).into_iter().collect::<Vec<_>>(),
            [
                "agents",
                "delivery",
                "language",
                "session",
                "store",
                "super::super",
                "wire"
            ]
        );
        assert_eq!(module_name(Path::new("wire/json/mod.rs")), "wire/json/");
        assert_eq!(module_name(Path::new("bot/greeting.rs")), "bot/greeting.rs");
    }
}
