//! `cargo xtask bench`: figures, not pass/fail. Bytes a shopper downloads before they can
//! send a first message and the time until it is stored, for the full widget and the lite
//! chat, unthrottled (the baseline, same run) and under emulated slow 3G and slow 2G; the
//! protocol's bytes per message and per resume; and the CPU time the bot takes to
//! understand a message.

use std::process::Stdio;

use caravan_core::conversation::memory_log::MemoryLog;
use caravan_core::conversation::rules as conversation;
use caravan_core::wire::ids::ClientMessageId;
use caravan_core::wire::long_poll;
use caravan_core::wire::protocol::{ClientFrame, ServerFrame};

use crate::process::{Result, cmd, root};
use crate::{build, tools};

struct Run {
    variant: String,
    network: String,
    composer_ms: u64,
    delivered_ms: u64,
    bytes_to_composer: u64,
    bytes_to_delivered: u64,
}

fn parse(line: &str) -> Option<Run> {
    let v: serde_json::Value = serde_json::from_str(line).ok()?;
    let n = |k: &str| v[k].as_u64();
    Some(Run {
        variant: v["variant"].as_str()?.to_owned(),
        network: v["network"].as_str()?.to_owned(),
        composer_ms: n("composer_ms")?,
        delivered_ms: n("delivered_ms")?,
        bytes_to_composer: n("bytes_to_composer")?,
        bytes_to_delivered: n("bytes_to_delivered")?,
    })
}

/// CPU time to understand one message (rules, then the model), over every held-out
/// message: this xtask is an unoptimized build, so the figures are an upper bound.
fn intent_figures() -> Result {
    let texts = crate::eval_intents::held_out_texts()?;
    let mut times: Vec<std::time::Duration> = texts
        .iter()
        .map(|t| {
            let started = std::time::Instant::now();
            std::hint::black_box(caravan_core::bot::understanding::understand(t));
            started.elapsed()
        })
        .collect();
    times.sort();
    let mean = times.iter().sum::<std::time::Duration>() / times.len().max(1) as u32;
    let p99 = times
        .get(times.len() * 99 / 100)
        .copied()
        .unwrap_or_default();
    println!(
        "\nintent understanding, {} held-out messages (unoptimized build): mean {mean:?}, p99 {p99:?}, max {:?} per message",
        times.len(),
        times.last().copied().unwrap_or_default()
    );
    Ok(())
}

/// Bytes of one shopper message's round trip and of resumes, from core's real encoders.
fn protocol_figures() {
    let id = ClientMessageId::v7(1_763_700_000_000, [7; 10]);
    let text = "Where is my order #1234?";
    let mut log = MemoryLog::default();
    let send = ClientFrame::Send {
        id,
        text: text.into(),
        choice: None,
    };
    let Ok(outcome) = conversation::handle(
        &mut log,
        send.clone(),
        caravan_core::conversation::rules::Languages {
            shopper: caravan_core::language::locale::Locale::En,
            agent: caravan_core::language::locale::Locale::En,
        },
        1_763_700_000_000,
    );
    let frame_bytes =
        |frames: &[ServerFrame]| frames.iter().map(|f| f.encode().len()).sum::<usize>();
    let (up, ack, echo) = (
        send.encode().len(),
        frame_bytes(&outcome.reply),
        frame_bytes(&outcome.broadcast),
    );
    println!("\nprotocol bytes (a {}-byte message):", text.len());
    println!(
        "  send {up} B, ack {ack} B, echo {echo} B: {} B per message round trip",
        up + ack + echo
    );
    for n in [1u8, 50, 200] {
        let mut log = MemoryLog::default();
        for i in 0..n {
            let send = ClientFrame::Send {
                id: ClientMessageId::v7(1_763_700_000_000 + u64::from(i), [i; 10]),
                text: text.into(),
                choice: None,
            };
            let _ = conversation::handle(
                &mut log,
                send,
                caravan_core::conversation::rules::Languages {
                    shopper: caravan_core::language::locale::Locale::En,
                    agent: caravan_core::language::locale::Locale::En,
                },
                1_763_700_000_000,
            );
        }
        let resume = ClientFrame::Resume { after: 0 };
        let Ok(replay) = conversation::handle(
            &mut log,
            resume.clone(),
            caravan_core::conversation::rules::Languages {
                shopper: caravan_core::language::locale::Locale::En,
                agent: caravan_core::language::locale::Locale::En,
            },
            0,
        );
        let ws = resume.encode().len() + frame_bytes(&replay.reply);
        let http = long_poll::encode_server_batch(&replay.reply).len();
        println!(
            "  resume of {n:>3} messages: {ws} B over WebSocket ({} B per message), {http} B of poll body",
            ws / usize::from(n)
        );
    }
}

pub fn run() -> Result {
    tools::ensure(tools::Purpose::Test)?;
    build::run()?;
    protocol_figures();
    intent_figures()?;
    eprintln!("\nxtask: first message, in Chromium against wrangler dev (about 2 minutes)");
    let tests = root().join("tests");
    let out = cmd("node", &tests)
        .arg("bench/first_message.mjs")
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("node: {e}"))?;
    if !out.status.success() {
        return Err("the browser benchmark failed".into());
    }
    let runs: Vec<Run> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(parse)
        .collect();
    println!(
        "\n{:<6} {:<12} {:>14} {:>14} {:>16} {:>16}",
        "chat", "network", "bytes→compose", "bytes→stored", "ms→composer", "ms→stored"
    );
    for r in &runs {
        println!(
            "{:<6} {:<12} {:>14} {:>14} {:>16} {:>16}",
            r.variant,
            r.network,
            r.bytes_to_composer,
            r.bytes_to_delivered,
            r.composer_ms,
            r.delivered_ms
        );
    }
    let find = |v: &str, n: &str| runs.iter().find(|r| r.variant == v && r.network == n);
    println!();
    for network in ["unthrottled", "slow3G", "slow2G"] {
        if let (Some(full), Some(lite)) = (find("full", network), find("lite", network)) {
            println!(
                "{network:<12} lite downloads {:.1}% of the full widget's bytes; first message stored in {:.0}% of its time",
                100.0 * lite.bytes_to_composer as f64 / full.bytes_to_composer.max(1) as f64,
                100.0 * lite.delivered_ms as f64 / full.delivered_ms.max(1) as f64,
            );
        }
    }
    for variant in ["full", "lite"] {
        if let Some(base) = find(variant, "unthrottled") {
            for network in ["slow3G", "slow2G"] {
                if let Some(r) = find(variant, network) {
                    println!(
                        "{variant:<5} {network:<7} first message stored {:.1}x slower than unthrottled",
                        r.delivered_ms as f64 / base.delivered_ms.max(1) as f64
                    );
                }
            }
        }
    }
    if runs.len() == 6 {
        Ok(())
    } else {
        Err(format!("expected 6 runs, got {}", runs.len()))
    }
}
