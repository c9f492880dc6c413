//! `cargo xtask eval-intents FILE.jsonl... [--json] [--check]`: the bot's understanding
//! measured on labelled messages (`{"lang":"<locale>","intent":"<intent>","text":"..."}`
//! per line): accuracy per language and overall, the most confused pairs, how often the
//! bot was sure and how often it was right then. `--check` fails below the targets (the
//! held-out set in `core/data/intents/heldout/` is checked by `cargo xtask test`).

use std::collections::BTreeMap;
use std::time::Instant;

use caravan_core::bot::intent::Intent;
use caravan_core::bot::understanding::{Understanding, understand};
use caravan_core::language::locale::{Locale, SUPPORTED};
use serde_json::{Value, json};

use crate::process::Result;

/// The bar cross-border service buyers hold vendors to: 90 % on these, 80 % elsewhere.
const FIRST_TIER: [&str; 12] = [
    "en", "es", "fr", "de", "it", "pt-BR", "ru", "ja", "ko", "zh-Hans", "ar", "hi",
];
const FIRST_TIER_TARGET: f64 = 0.90;
const TARGET: f64 = 0.80;
/// The held-out set holds at least this many messages per intent per locale.
const PER_INTENT: usize = 10;

struct Labelled {
    locale: Locale,
    intent: Intent,
    text: String,
}

#[derive(Default, Clone, Copy)]
struct Tally {
    correct: usize,
    total: usize,
}

impl Tally {
    fn add(&mut self, right: bool) {
        self.total += 1;
        self.correct += usize::from(right);
    }
    fn rate(self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.correct as f64 / self.total as f64
        }
    }
    fn json(self) -> Value {
        json!({"correct": self.correct, "total": self.total})
    }
}

pub fn run(args: &[String]) -> Result {
    let as_json = args.iter().any(|a| a == "--json");
    let check = args.iter().any(|a| a == "--check");
    let files: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    if files.is_empty()
        || args
            .iter()
            .any(|a| a.starts_with("--") && a != "--json" && a != "--check")
    {
        return Err("usage: cargo xtask eval-intents FILE.jsonl... [--json] [--check]".into());
    }
    let mut labelled = Vec::new();
    for file in files {
        labelled.extend(read(file)?);
    }
    let started = Instant::now();
    let readings: Vec<Understanding> = labelled.iter().map(|l| understand(&l.text)).collect();
    let per_message = started.elapsed() / labelled.len().max(1) as u32;

    let (mut overall, mut sure) = (Tally::default(), Tally::default());
    let mut by_lang: BTreeMap<usize, Tally> = BTreeMap::new();
    let mut confusions: BTreeMap<(Intent, Intent), usize> = BTreeMap::new();
    let mut counts: BTreeMap<(usize, Intent), usize> = BTreeMap::new();
    for (l, reading) in labelled.iter().zip(&readings) {
        let right = reading.best() == l.intent;
        overall.add(right);
        by_lang.entry(l.locale as usize).or_default().add(right);
        if matches!(reading, Understanding::Sure { .. }) {
            sure.add(right);
        }
        if !right {
            *confusions.entry((l.intent, reading.best())).or_default() += 1;
        }
        *counts.entry((l.locale as usize, l.intent)).or_default() += 1;
    }
    let mut confused: Vec<((Intent, Intent), usize)> = confusions.into_iter().collect();
    confused.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    confused.truncate(12);

    if as_json {
        let by_lang: serde_json::Map<String, Value> = by_lang
            .iter()
            .map(|(&l, t)| (SUPPORTED[l].tag().to_owned(), t.json()))
            .collect();
        let confusions: Vec<Value> = confused
            .iter()
            .map(|((e, p), n)| json!({"expected": e.name(), "predicted": p.name(), "count": n}))
            .collect();
        let report = json!({"overall": overall.json(), "by_lang": by_lang, "confusions": confusions, "sure": sure.json()});
        println!("{report}");
    } else {
        println!("{:<8} {:>8} {:>7}  target", "locale", "correct", "acc");
        for (&l, t) in &by_lang {
            let tag = SUPPORTED[l].tag();
            println!(
                "{tag:<8} {:>8} {:>6.1}%  {:.0}%",
                format!("{}/{}", t.correct, t.total),
                100.0 * t.rate(),
                100.0 * target(tag)
            );
        }
        println!(
            "overall  {:>8} {:>6.1}%",
            format!("{}/{}", overall.correct, overall.total),
            100.0 * overall.rate()
        );
        println!(
            "sure of {:.1}% of messages, right on {:.1}% of those; the rest asked with quick replies",
            100.0 * sure.total as f64 / overall.total.max(1) as f64,
            100.0 * sure.rate()
        );
        println!("most confused (expected → predicted):");
        for ((e, p), n) in &confused {
            println!("  {n:>4}  {} → {}", e.name(), p.name());
        }
        println!(
            "{per_message:?} per message (this build of xtask; `cargo xtask bench` times the optimised one)"
        );
    }
    if check {
        let mut failures = Vec::new();
        for locale in SUPPORTED {
            let tally = by_lang
                .get(&(*locale as usize))
                .copied()
                .unwrap_or_default();
            if tally.rate() < target(locale.tag()) {
                failures.push(format!(
                    "{}: {:.1}% is below {:.0}%",
                    locale.tag(),
                    100.0 * tally.rate(),
                    100.0 * target(locale.tag())
                ));
            }
            for intent in Intent::ALL {
                let n = counts
                    .get(&(*locale as usize, intent))
                    .copied()
                    .unwrap_or(0);
                if n < PER_INTENT {
                    failures.push(format!(
                        "{}: {} has {n} held-out messages, fewer than {PER_INTENT}",
                        locale.tag(),
                        intent.name()
                    ));
                }
            }
        }
        if !failures.is_empty() {
            return Err(failures.join("\n"));
        }
    }
    Ok(())
}

/// The held-out files, `core/data/intents/heldout/*.jsonl`, in order.
pub fn held_out_files() -> Result<Vec<String>> {
    let dir = crate::process::root().join("core/data/intents/heldout");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .map(|p| p.display().to_string())
        .collect();
    files.sort();
    Ok(files)
}

/// Every held-out message's text.
pub fn held_out_texts() -> Result<Vec<String>> {
    let mut texts = Vec::new();
    for file in held_out_files()? {
        texts.extend(read(&file)?.into_iter().map(|l| l.text));
    }
    Ok(texts)
}

/// `eval-intents core/data/intents/heldout/*.jsonl --check`, as `cargo xtask test` runs it.
pub fn held_out_check() -> Result {
    let mut args = held_out_files()?;
    args.push("--check".into());
    run(&args)
}

fn target(tag: &str) -> f64 {
    if FIRST_TIER.contains(&tag) {
        FIRST_TIER_TARGET
    } else {
        TARGET
    }
}

fn read(file: &str) -> Result<Vec<Labelled>> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = format!("{file}:{}", i + 1);
        let v: Value = serde_json::from_str(line).map_err(|e| format!("{at}: {e}"))?;
        let field = |k: &str| {
            v[k].as_str()
                .ok_or_else(|| format!("{at}: \"{k}\" must be a string"))
        };
        let (lang, intent, text) = (field("lang")?, field("intent")?, field("text")?);
        out.push(Labelled {
            locale: Locale::from_tag(lang)
                .ok_or_else(|| format!("{at}: {lang:?} is not a shipped locale"))?,
            intent: Intent::from_name(intent)
                .ok_or_else(|| format!("{at}: {intent:?} is not an intent"))?,
            text: text.to_owned(),
        });
    }
    Ok(out)
}
