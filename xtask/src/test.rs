//! `cargo xtask test`: everything CI checks, in order, continuing past failures so one run
//! reports all of them. Exits non-zero on any failure and ends with the Node suites'
//! `N passed, N failed`.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::process::{Result, cmd, describe, root};
use crate::{build, eval_intents, size, tidy, tools};

#[derive(Default)]
struct Counts {
    passed: u64,
    failed: u64,
}

struct Step {
    name: &'static str,
    ok: bool,
    seconds: f64,
}

/// Runs a command, echoing its output, and reads TAP (`# pass N`) or cargo (`N passed;
/// M failed`) totals from it.
fn run_counted(c: &mut Command) -> (bool, Counts) {
    let mut counts = Counts::default();
    eprintln!("$ {}", describe(c));
    let child = c.stdout(Stdio::piped()).stderr(Stdio::inherit()).spawn();
    let Ok(mut child) = child else {
        eprintln!("cannot start {}", describe(c));
        return (false, counts);
    };
    if let Some(out) = child.stdout.take() {
        for line in BufReader::new(out)
            .lines()
            .map_while(std::result::Result::ok)
        {
            println!("{line}");
            let number = |prefix: &str| {
                line.strip_prefix(prefix)
                    .and_then(|n| n.trim().parse::<u64>().ok())
            };
            if let Some(n) = number("# pass ") {
                counts.passed += n;
            } else if let Some(n) = number("# fail ") {
                counts.failed += n;
            }
        }
    }
    let ok = child.wait().is_ok_and(|s| s.success());
    (ok && counts.failed == 0, counts)
}

fn node_suite(dir: &str) -> Command {
    let tests = root().join("tests");
    let mut files: Vec<String> = std::fs::read_dir(tests.join(dir))
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".test.mjs"))
        .map(|n| format!("{dir}/{n}"))
        .collect();
    files.sort();
    let mut c = cmd("node", &tests);
    c.args([
        "--test",
        "--test-concurrency=1",
        "--test-timeout=300000",
        "--test-reporter=tap",
    ])
    .args(files);
    c
}

pub fn run() -> Result {
    let root = root();
    let mut steps: Vec<Step> = Vec::new();
    let mut node = Counts::default();
    let mut step = |name: &'static str, f: &mut dyn FnMut() -> bool| {
        eprintln!("\n==> {name}");
        let started = Instant::now();
        let ok = f();
        steps.push(Step {
            name,
            ok,
            seconds: started.elapsed().as_secs_f64(),
        });
        ok
    };
    let plain = |c: &mut Command| {
        eprintln!("$ {}", describe(c));
        c.status().is_ok_and(|s| s.success())
    };

    step("tidy", &mut || {
        tidy::run().map_err(|e| eprintln!("{e}")).is_ok()
    });
    let tools_ok = step("pinned tools", &mut || {
        tools::ensure(tools::Purpose::Test)
            .map_err(|e| eprintln!("{e}"))
            .is_ok()
    });
    step("cargo fmt --check", &mut || {
        plain(cmd("cargo", &root).args(["fmt", "--all", "--", "--check"]))
    });
    step("clippy (host)", &mut || {
        plain(cmd("cargo", &root).args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]))
    });
    step("clippy (wasm32)", &mut || {
        plain(cmd("cargo", &root).args([
            "clippy",
            "--target",
            "wasm32-unknown-unknown",
            "-p",
            "caravan-widget",
            "-p",
            "caravan-edge",
            "-p",
            "caravan-core",
            "-p",
            "wasm-streams@0.5.0",
            "--lib",
            "--",
            "-D",
            "warnings",
        ]))
    });
    step("native tests", &mut || {
        plain(cmd("cargo", &root).args(["test", "--workspace"]))
    });
    step("intents on the held-out set", &mut || {
        eval_intents::held_out_check()
            .map_err(|e| eprintln!("{e}"))
            .is_ok()
    });
    let built = tools_ok
        && step("build", &mut || {
            build::run().map_err(|e| eprintln!("{e}")).is_ok()
        });
    step("size budgets", &mut || {
        built && size::run().map_err(|e| eprintln!("{e}")).is_ok()
    });
    step("widget in Chromium (wasm-bindgen-test)", &mut || {
        tools_ok
            && run_counted(
                cmd("cargo", &root)
                    .args([
                        "test",
                        "-p",
                        "caravan-widget",
                        "--target",
                        "wasm32-unknown-unknown",
                    ])
                    .env("CHROMEDRIVER", "/usr/bin/chromedriver"),
            )
            .0
    });
    for (name, dir) in [
        ("edge suite (Miniflare, workerd)", "edge"),
        ("end-to-end suite (Chromium, wrangler dev)", "e2e"),
    ] {
        step(name, &mut || {
            // Both suites run the built worker and site.
            let (ok, counts) = if built {
                run_counted(&mut node_suite(dir))
            } else {
                (false, Counts::default())
            };
            node.passed += counts.passed;
            node.failed += counts.failed;
            ok
        });
    }

    println!("\n{:<45} {:>8}  result", "step", "seconds");
    for s in &steps {
        println!(
            "{:<45} {:>8.1}  {}",
            s.name,
            s.seconds,
            if s.ok { "ok" } else { "FAILED" }
        );
    }
    let failed: Vec<&str> = steps.iter().filter(|s| !s.ok).map(|s| s.name).collect();
    println!("{} passed, {} failed", node.passed, node.failed);
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("failed: {}", failed.join(", ")))
    }
}
