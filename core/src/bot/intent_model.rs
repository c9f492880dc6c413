//! The intent model compiled into the worker: weights trained by `core/build.rs` from
//! `core/data/intents/train/`, four bits each. Scoring a message is a few hundred
//! hashed features times 13 classes; no network, no allocation beyond the features.

use crate::bot::intent::Intent;
use crate::bot::intent_features::features;

// `WEIGHTS` is `&[u8; BUCKETS * CLASSES / 2]`, its length fixed by the build script's output.
mod trained {
    include!(concat!(env!("OUT_DIR"), "/intent_model.rs"));
}

const CLASSES: usize = Intent::ALL.len();

/// How many examples the shipped model learned from.
pub const TRAINING_EXAMPLES: usize = trained::EXAMPLES;

/// The `k`th of 4-bit weights packed two to a byte, the even one low (as `core/build.rs`
/// packs them).
pub fn nibble(packed: &[u8], k: usize) -> i8 {
    let byte = packed[k / 2];
    let nibble = if k.is_multiple_of(2) {
        byte << 4
    } else {
        byte & 0xf0
    };
    // Shifting the nibble into the high half and back extends its sign.
    (nibble as i8) >> 4
}

fn weight(k: usize) -> i8 {
    nibble(trained::WEIGHTS, k)
}

/// The model's belief in each intent for one message; the probabilities sum to 1.
#[derive(Clone, Debug, PartialEq)]
pub struct Scores([f32; CLASSES]);

impl Scores {
    pub fn of(text: &str) -> Scores {
        let mut logits = [0i32; CLASSES];
        let mut floats = trained::BIAS;
        // Integer sums per feature value: every value of a message is the same ±1/√n.
        let features = features(text);
        for &(bucket, value) in &features {
            let sign = if value < 0.0 { -1 } else { 1 };
            let first = bucket as usize * CLASSES;
            for (class, l) in logits.iter_mut().enumerate() {
                *l += sign * i32::from(weight(first + class));
            }
        }
        let magnitude = features.first().map_or(0.0, |f| f.1.abs()) * trained::SCALE;
        for (f, l) in floats.iter_mut().zip(logits) {
            *f += l as f32 * magnitude;
        }
        let max = floats.iter().copied().fold(f32::MIN, f32::max);
        let mut sum = 0.0;
        for f in &mut floats {
            *f = (*f - max).exp();
            sum += *f;
        }
        for f in &mut floats {
            *f /= sum;
        }
        Scores(floats)
    }

    /// Scores as given (tests of what is decided from them).
    #[cfg(test)]
    pub(crate) fn from_probabilities(probabilities: [f32; CLASSES]) -> Scores {
        Scores(probabilities)
    }

    pub fn probability(&self, intent: Intent) -> f32 {
        self.0[intent.index()]
    }

    /// Intents from likeliest to least likely (ties in class order).
    pub fn ranked(&self) -> Vec<(Intent, f32)> {
        let mut ranked: Vec<(Intent, f32)> = Intent::ALL
            .into_iter()
            .map(|i| (i, self.probability(i)))
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
        ranked
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probabilities_sum_to_one_even_for_nothing() {
        for text in ["", "   ", "where is my order #1001?", "ขอบคุณครับ", "🙏"]
        {
            let sum: f32 = Scores::of(text).ranked().iter().map(|r| r.1).sum();
            assert!((sum - 1.0).abs() < 1e-4, "{text:?}: {sum}");
        }
    }

    #[test]
    fn the_model_learned_something() {
        const { assert!(TRAINING_EXAMPLES > 0) };
        let top = |t: &str| Scores::of(t).ranked()[0].0;
        assert_eq!(top("where is my order"), Intent::OrderStatus);
        assert_eq!(top("thank you so much!"), Intent::Thanks);
    }
}
