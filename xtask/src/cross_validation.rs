//! `cargo xtask eval-intents --cross-validate`: 5-fold cross-validation on the training
//! examples, with the very trainer `core/build.rs` runs and the shipped 4-bit weights. This
//! is where the model's settings were chosen (bucket count, n-gram ranges, epochs), never
//! on the held-out set; it prints per-language accuracy and how often the bot would be sure.

use std::collections::BTreeMap;

use caravan_core::bot::intent::Intent;
use caravan_core::bot::intent_features::{BUCKETS, features};
use caravan_core::bot::intent_model::nibble;
use caravan_core::bot::understanding::{CONFIDENT, MARGIN};

use crate::process::{Result, root};

#[path = "../../core/build/intent_training.rs"]
#[allow(dead_code)]
mod intent_training;

use intent_training::{Example, Model};

const FOLDS: usize = 5;

pub fn run() -> Result {
    let dir = root().join("core/data/intents/train");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    let mut all: Vec<(String, usize, String)> = Vec::new();
    for file in &files {
        let tag = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
        for line in text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let (name, message) = line
                .split_once('\t')
                .ok_or_else(|| format!("{}: a line without a tab", file.display()))?;
            let intent = Intent::from_name(name)
                .ok_or_else(|| format!("{}: intent {name:?}", file.display()))?;
            all.push((tag.clone(), intent.index(), message.to_owned()));
        }
    }
    eprintln!(
        "xtask: {FOLDS}-fold cross-validation over {} training examples (a few minutes)",
        all.len()
    );
    let mut by_lang: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (mut sure, mut sure_right) = (0usize, 0usize);
    for fold in 0..FOLDS {
        let train: Vec<Example> = all
            .iter()
            .enumerate()
            .filter(|(i, _)| i % FOLDS != fold)
            .map(|(_, (_, class, text))| Example {
                class: *class,
                features: features(text),
            })
            .collect();
        let model = intent_training::train(&train, Intent::ALL.len(), BUCKETS);
        let shipped = dequantized(&model);
        let mut probs = vec![0.0f32; Intent::ALL.len()];
        for (_, (tag, class, text)) in all.iter().enumerate().filter(|(i, _)| i % FOLDS == fold) {
            shipped.probabilities(&features(text), &mut probs);
            let mut ranked: Vec<(usize, f32)> = probs.iter().copied().enumerate().collect();
            ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
            let right = ranked[0].0 == *class;
            let tally = by_lang.entry(tag.clone()).or_default();
            tally.1 += 1;
            tally.0 += usize::from(right);
            if ranked[0].1 >= CONFIDENT && ranked[0].1 - ranked[1].1 >= MARGIN {
                sure += 1;
                sure_right += usize::from(right);
            }
        }
    }
    let (mut correct, mut total) = (0, 0);
    for (tag, (c, t)) in &by_lang {
        println!(
            "{tag:<8} {:>10} {:>6.1}%",
            format!("{c}/{t}"),
            100.0 * *c as f64 / *t as f64
        );
        correct += c;
        total += t;
    }
    println!(
        "overall  {:>10} {:>6.1}%",
        format!("{correct}/{total}"),
        100.0 * correct as f64 / total.max(1) as f64
    );
    println!(
        "sure of {:.1}% of messages, right on {:.1}% of those (model only; the rules come first in the bot)",
        100.0 * sure as f64 / total.max(1) as f64,
        100.0 * sure_right as f64 / sure.max(1) as f64
    );
    Ok(())
}

/// The model as shipped: its 4-bit weights brought back to floats.
fn dequantized(model: &Model) -> Model {
    let (scale, packed) = model.quantized();
    let weights = (0..model.weights.len())
        .map(|k| f32::from(nibble(&packed, k)) * scale)
        .collect();
    Model {
        classes: model.classes,
        bias: model.bias.clone(),
        weights,
    }
}
