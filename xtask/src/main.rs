//! `cargo xtask <command>`: the project's automation, so a newcomer needs two commands.
//!
//! - `dev`   install missing pinned tools, build, serve the edge and demo store on :8787;
//!   `--origin URL` (repeatable) also allows that storefront for the demo store
//! - `test`  everything CI checks
//! - `tidy`  the architecture map, file lengths, room order, shared names (part of `test`)
//! - `build` build the widget, the site and the worker
//! - `size`  measure the loader, widget, lite chat and worker against their budgets;
//!   `--profile [ROWS]` lists the widget's biggest functions and data (twiggy)
//! - `bench` bytes and time to a first message (full and lite, slow 3G/2G), protocol bytes
//! - `tools` install missing pinned tools only
//! - `eval-intents FILE.jsonl... [--json] [--check]` the bot's understanding on labelled
//!   messages: accuracy per language, confusions; `--check` fails below the targets;
//!   `eval-intents --cross-validate` 5-fold cross-validation on the training examples

mod bench;
mod build;
mod config_check;
mod console_site;
mod coupling;
mod cross_validation;
mod dev;
mod dev_invite;
mod eval_intents;
mod process;
mod profile;
mod site;
mod site_files;
mod size;
mod sources;
mod test;
mod tidy;
mod tools;

use std::process::ExitCode;

/// `crate::intent_features`, as core's trainer (included by `cross_validation`) spells it.
pub(crate) use caravan_core::bot::intent_features;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("dev") => dev::run(&args[1..]),
        Some("test") => test::run(),
        Some("build") => tools::ensure(tools::Purpose::Build).and_then(|()| build::run()),
        Some("size") if args.get(1).is_some_and(|a| a == "--profile") => {
            profile::run(args.get(2).map_or("25", String::as_str))
        }
        Some("size") => size::run(),
        Some("tidy") => tidy::run(),
        Some("eval-intents") if args.get(1).is_some_and(|a| a == "--cross-validate") => {
            cross_validation::run()
        }
        Some("eval-intents") => eval_intents::run(&args[1..]),
        Some("bench") => bench::run(),
        Some("tools") => tools::ensure(tools::Purpose::Test),
        _ => {
            eprintln!(
                "usage: cargo xtask <dev [--origin URL]...|test|tidy|build|size [--profile [ROWS]]|bench|tools|eval-intents FILE...>"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
