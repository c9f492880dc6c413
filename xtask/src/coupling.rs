//! How the code may depend on itself, checked by `cargo xtask tidy`: core's rooms import
//! only the rooms before them, the shells' modules import each other one way, the shells use core's names instead of copies (constants,
//! the locales the edge compiles), and the workspace's stand-in for a registry crate
//! serves only the crate it was written for.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use caravan_core::language::locale::SUPPORTED;

use crate::process::Result;
use crate::sources::{files, read};

const SHELLS: [&str; 3] = ["edge/src", "widget/src", "console/src"];

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

/// The rooms `text` imports: `crate::room` paths and `crate::{room::..., ...}` groups
/// (over any number of lines), outside comments. `super::super` would hide a room, so it
/// is reported as one.
fn imported_rooms(text: &str) -> BTreeSet<String> {
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
            .collect()
    };
    let code: Vec<&str> = text
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect();
    let code = code.join("\n");
    let mut rooms = BTreeSet::new();
    if code.contains("super::super") {
        rooms.insert("super::super".to_owned());
    }
    for (i, m) in code.match_indices("crate::") {
        let rest = &code[i + m.len()..];
        let Some(group) = rest.strip_prefix('{') else {
            rooms.insert(ident(rest));
            continue;
        };
        // Each item of the group starts with its room: after `{` or a comma at depth 0.
        let mut depth = 0;
        let mut item = 0;
        for (at, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => {
                    rooms.insert(ident(&group[item..at]));
                    break;
                }
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    rooms.insert(ident(&group[item..at]));
                    item = at + 1;
                }
                _ => {}
            }
        }
    }
    rooms.retain(|r| !r.is_empty());
    rooms
}

pub fn room_order(root: &Path) -> Result<Vec<String>> {
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
pub fn edge_locales(root: &Path) -> Result<Vec<String>> {
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
pub fn shared_constants(root: &Path) -> Result<Vec<String>> {
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

/// `widget/patch/wasm-streams` stands in for wasm-streams 0.5 across the whole workspace
/// (`[patch.crates-io]`), with only the part server_fn calls: anything else that came to
/// depend on that version would silently get the stand-in.
pub fn patched_crates(root: &Path) -> Result<Vec<String>> {
    const PATCHED: &str = "wasm-streams 0.5.0";
    const FOR: &str = "server_fn";
    let lock: toml::Table =
        toml::from_str(&read(&root.join("Cargo.lock"))?).map_err(|e| format!("Cargo.lock: {e}"))?;
    let packages = lock.get("package").and_then(|p| p.as_array());
    let users: Vec<String> = packages
        .into_iter()
        .flatten()
        .filter(|p| {
            p.get("dependencies")
                .and_then(|d| d.as_array())
                .is_some_and(|d| d.iter().any(|d| d.as_str() == Some(PATCHED)))
        })
        .filter_map(|p| Some(p.get("name")?.as_str()?.to_owned()))
        .filter(|name| name != FOR)
        .collect();
    Ok(users
        .into_iter()
        .map(|name| {
            format!(
                "{name} depends on {PATCHED}, which this workspace replaces with \
                 widget/patch/wasm-streams (written for {FOR} only)"
            )
        })
        .collect())
}

/// The shells' modules import each other one way: a loop (a → b → a) means neither can
/// be read, changed or moved without the other.
pub fn shell_loops(root: &Path) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    for shell in SHELLS {
        let dir = root.join(shell);
        let mut imports: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for file in files(&dir, &[".rs"])? {
            let module = file.with_extension("").to_string_lossy().replace('/', "::");
            let used = imported_rooms(&read(&dir.join(&file))?);
            imports.insert(module, used);
        }
        let modules: BTreeSet<String> = imports.keys().cloned().collect();
        for deps in imports.values_mut() {
            deps.retain(|d| modules.contains(d));
        }
        if let Some(path) = first_loop(&imports) {
            problems.push(format!("{shell}: import loop {}", path.join(" → ")));
        }
    }
    Ok(problems)
}

/// A loop in `graph`, as the modules along it (the first repeated at the end).
fn first_loop(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == node) {
            let mut found = path[at..].to_vec();
            found.push(node.to_owned());
            return Some(found);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if next != node
                && let Some(found) = visit(next, graph, path, done)
            {
                return Some(found);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|start| visit(start, graph, &mut Vec::new(), &mut done))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loops_are_found_with_their_path() {
        let graph = |edges: &[(&str, &str)]| {
            let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
            for (a, b) in edges {
                g.entry((*a).into()).or_default().insert((*b).into());
                g.entry((*b).into()).or_default();
            }
            g
        };
        let one_way = graph(&[
            ("routes", "sessions"),
            ("sessions", "access"),
            ("routes", "access"),
        ]);
        assert_eq!(first_loop(&one_way), None);
        let looped = graph(&[
            ("routes", "sessions"),
            ("sessions", "access"),
            ("access", "routes"),
        ]);
        assert_eq!(
            first_loop(&looped),
            Some(vec![
                "access".into(),
                "routes".into(),
                "sessions".into(),
                "access".into()
            ])
        );
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
    }
}
