//! Language identification on a labelled sample of shopper messages in the 35 languages
//! we serve. Prints the accuracy (`cargo test -p caravan-core --test language_id --
//! --nocapture`) and fails below the floor.

use caravan_core::language::language_id::{Basis, identify};
use caravan_core::language::locale::Locale;

const SAMPLE: &str = include_str!("data/language_sample.tsv");

fn sample() -> Vec<(&'static str, &'static str)> {
    SAMPLE
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split_once('\t').expect("tag<TAB>text"))
        .collect()
}

/// A session locale whose language is not the message's, so a fallback counts as a miss.
fn other_session(tag: &str) -> Locale {
    if tag == "en" { Locale::De } else { Locale::En }
}

#[test]
fn identifies_shopper_messages_in_every_language_we_serve() {
    let sample = sample();
    let mut languages: Vec<&str> = sample.iter().map(|(t, _)| *t).collect();
    languages.dedup();
    assert!(
        languages.len() >= 20,
        "the sample covers {} languages",
        languages.len()
    );
    let mut correct = 0;
    let mut misses = Vec::new();
    for (tag, text) in &sample {
        let d = identify(text, other_session(tag));
        if d.language == *tag && d.basis == Basis::Text {
            correct += 1;
        } else {
            misses.push(format!(
                "{tag} → {} ({:.2}): {text}",
                d.language, d.confidence
            ));
        }
    }
    let accuracy = correct as f64 / sample.len() as f64;
    println!(
        "language identification: {correct}/{} correct ({:.1}%) over {} languages",
        sample.len(),
        accuracy * 100.0,
        languages.len()
    );
    for miss in &misses {
        println!("  miss: {miss}");
    }
    assert!(
        accuracy >= 0.9,
        "accuracy {:.1}% is below 90%",
        accuracy * 100.0
    );
}
