//! Trains the bot's intent model from `data/intents/train/*.tsv` at build time and writes
//! its quantized weights to `OUT_DIR`, where `src/bot/intent_model.rs` includes them.
//! A malformed example fails the build with its file and line: data is code.

#[path = "src/language/folding.rs"]
#[allow(dead_code)]
mod folding;
#[path = "src/bot/intent.rs"]
#[allow(dead_code)]
mod intent;
/// `crate::language::folding`, as the included files spell it.
mod language {
    pub(crate) use super::folding;
}
#[path = "src/bot/intent_features.rs"]
#[allow(dead_code)]
mod intent_features;
#[path = "build/intent_training.rs"]
mod intent_training;

use intent::Intent;
use intent_training::Example;
use std::{env, fs, path::Path};

fn main() {
    for watched in [
        "data/intents/train",
        "src/bot/intent.rs",
        "src/bot/intent_features.rs",
        "src/language/folding.rs",
        "build",
    ] {
        println!("cargo:rerun-if-changed={watched}");
    }
    let examples = read_examples(Path::new("data/intents/train"));
    let model = intent_training::train(&examples, Intent::ALL.len(), intent_features::BUCKETS);
    let (scale, weights) = model.quantized();
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    fs::write(out.join("intent_weights.bin"), &weights).expect("write the weights");
    let source = format!(
        "/// Trained from {} examples.\npub const EXAMPLES: usize = {};\npub const SCALE: f32 = {scale:e};\npub const BIAS: [f32; {}] = {:?};\npub static WEIGHTS: &[u8; {}] = include_bytes!(concat!(env!(\"OUT_DIR\"), \"/intent_weights.bin\"));\n",
        examples.len(),
        examples.len(),
        model.bias.len(),
        model.bias,
        weights.len(),
    );
    fs::write(out.join("intent_model.rs"), source).expect("write the model");
}

fn read_examples(dir: &Path) -> Vec<Example> {
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    let mut examples = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let (name, message) = line.split_once('\t').unwrap_or_else(|| {
                panic!("{}:{}: want <intent><TAB><text>", file.display(), n + 1)
            });
            let intent = Intent::from_name(name)
                .unwrap_or_else(|| panic!("{}:{}: unknown intent {name:?}", file.display(), n + 1));
            examples.push(Example {
                class: intent.index(),
                features: intent_features::features(message),
            });
        }
    }
    examples
}
