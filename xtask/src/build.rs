//! Builds everything the edge serves: the widget (Trunk), the static site (`site.rs`) and
//! the worker (worker-build).

use crate::process::{Result, cmd, exec, root};
use crate::{site, tools};

/// What `cargo xtask build` produces, relative to the root.
pub const TRUNK_OUT: &str = "target/trunk";
pub const WORKER_OUT: &str = "edge/build";

pub fn run() -> Result {
    crate::config_check::run()?;
    widget()?;
    site::assemble(&root().join(TRUNK_OUT))?;
    worker()
}

fn widget() -> Result {
    eprintln!("xtask: building the widget (trunk, release)");
    exec(cmd("trunk", &root()).args(["build", "--release"]))
}

fn worker() -> Result {
    eprintln!("xtask: building the worker (worker-build, release)");
    let mut c = cmd("worker-build", &root().join("edge"));
    c.arg("--release");
    tools::worker_build_env(&mut c);
    exec(&mut c)
}
