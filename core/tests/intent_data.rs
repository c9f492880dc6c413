//! The intent examples' shape: every shipped locale has training examples (enough of each
//! intent, with who wrote them and when) and a held-out file, and no held-out message is
//! also a training example (the held-out set is never trained on).

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use caravan_core::bot::intent::Intent;
use caravan_core::language::folding::fold;
use caravan_core::language::locale::SUPPORTED;

/// Training examples per intent and locale, at least.
/// (Greetings and thanks are a closed set: their commonest phrases sit in the held-out set
/// and were taken out of training.)
const MIN_TRAINING: usize = 20;
/// Held-out messages per intent and locale, at least.
const MIN_HELD_OUT: usize = 10;

fn read(relative: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("data/intents")
        .join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn training(tag: &str) -> Vec<(Intent, String)> {
    let text = read(&format!("train/{tag}.tsv"));
    let first = text.lines().next().unwrap_or_default();
    assert!(
        first.starts_with('#') && first.contains("as of"),
        "train/{tag}.tsv: the first line says who wrote it and as of when"
    );
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(n, l)| {
            let (intent, message) = l
                .split_once('\t')
                .unwrap_or_else(|| panic!("train/{tag}.tsv:{}: no tab", n + 1));
            let intent = Intent::from_name(intent)
                .unwrap_or_else(|| panic!("train/{tag}.tsv:{}: intent {intent:?}", n + 1));
            assert!(
                !message.trim().is_empty() && !message.contains('\t'),
                "train/{tag}.tsv:{}: bad text",
                n + 1
            );
            (intent, message.to_owned())
        })
        .collect()
}

fn held_out(tag: &str) -> Vec<(Intent, String)> {
    read(&format!("heldout/{tag}.jsonl"))
        .lines()
        .enumerate()
        .map(|(n, l)| {
            let v: serde_json::Value = serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("heldout/{tag}.jsonl:{}: {e}", n + 1));
            assert_eq!(
                v["lang"].as_str(),
                Some(tag),
                "heldout/{tag}.jsonl:{}: lang",
                n + 1
            );
            let intent = v["intent"]
                .as_str()
                .and_then(Intent::from_name)
                .unwrap_or_else(|| panic!("heldout/{tag}.jsonl:{}: intent", n + 1));
            let text = v["text"]
                .as_str()
                .unwrap_or_else(|| panic!("heldout/{tag}.jsonl:{}: text", n + 1));
            (intent, text.to_owned())
        })
        .collect()
}

fn counts(examples: &[(Intent, String)]) -> BTreeMap<Intent, usize> {
    let mut counts = BTreeMap::new();
    for (intent, _) in examples {
        *counts.entry(*intent).or_default() += 1;
    }
    counts
}

#[test]
fn every_locale_has_enough_training_examples_of_every_intent() {
    for locale in SUPPORTED {
        let counts = counts(&training(locale.tag()));
        for intent in Intent::ALL {
            let n = counts.get(&intent).copied().unwrap_or(0);
            assert!(
                n >= MIN_TRAINING,
                "{}: {} has {n} training examples",
                locale.tag(),
                intent.name()
            );
        }
    }
}

#[test]
fn every_locale_has_a_held_out_set_never_trained_on() {
    let trained: BTreeSet<String> = SUPPORTED
        .iter()
        .flat_map(|l| training(l.tag()))
        .map(|(_, t)| fold(t.trim()))
        .collect();
    for locale in SUPPORTED {
        let held = held_out(locale.tag());
        let counts = counts(&held);
        for intent in Intent::ALL {
            let n = counts.get(&intent).copied().unwrap_or(0);
            assert!(
                n >= MIN_HELD_OUT,
                "{}: {} has {n} held-out messages",
                locale.tag(),
                intent.name()
            );
        }
        let leaked: Vec<&String> = held
            .iter()
            .map(|(_, t)| t)
            .filter(|t| trained.contains(&fold(t.trim())))
            .collect();
        assert!(
            leaked.is_empty(),
            "{}: held-out messages also in training: {leaked:?}",
            locale.tag()
        );
    }
}
