//! Understanding one message, in layers as open NLU engines do it: high-precision rules
//! first (an explicit request for a person; a bare order number), then the compiled-in
//! model, and below its confidence the bot does not guess: it asks, offering the likeliest
//! intents as quick replies.

use crate::bot::human_request::HumanWords;
use crate::bot::intent::Intent;
use crate::bot::intent_model::Scores;
use crate::bot::order_reference::order_number;
use crate::language::folding::{fold, words};
use std::sync::OnceLock;

/// Sure enough to act when the likeliest intent has at least this probability...
pub const CONFIDENT: f32 = 0.5;
/// ...and leads the runner-up by at least this much. Both set before measuring, from the
/// cost of each mistake (a wrong answer costs more than one question), never tuned on the
/// held-out set.
pub const MARGIN: f32 = 0.15;
/// Quick replies offered when unsure.
pub const OPTIONS: usize = 3;

/// What the bot makes of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Understanding {
    /// Act on it.
    Sure { intent: Intent, by: Reason },
    /// Ask which one, offering `options` (likeliest first; never `none`, greeting or thanks).
    Unsure {
        likeliest: Intent,
        options: Vec<Intent>,
    },
}

/// Why the bot is sure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The shopper asked for a person in so many words.
    AskedForPerson,
    /// The message is only an order number, or carries one and the model leans that way.
    OrderNumber,
    /// The model, above its thresholds.
    Model,
}

impl Understanding {
    /// The single best reading: what the bot acts on, or would have guessed.
    pub fn best(&self) -> Intent {
        match self {
            Understanding::Sure { intent, .. } => *intent,
            Understanding::Unsure { likeliest, .. } => *likeliest,
        }
    }
}

fn human_words() -> &'static HumanWords {
    static WORDS: OnceLock<HumanWords> = OnceLock::new();
    WORDS.get_or_init(HumanWords::shipped)
}

/// Reads one shopper message.
pub fn understand(text: &str) -> Understanding {
    if human_words().asks_for_person(text) {
        return Understanding::Sure {
            intent: Intent::HumanAgent,
            by: Reason::AskedForPerson,
        };
    }
    let message = words(&fold(text));
    if !message.is_empty() && message.iter().all(|w| w == "00") {
        return Understanding::Sure {
            intent: Intent::OrderStatus,
            by: Reason::OrderNumber,
        };
    }
    match decide(&Scores::of(text)) {
        // Unsure, but an order number is there and an order question is among the
        // likeliest: shoppers who paste a number want that order.
        Understanding::Unsure { options, .. }
            if options.contains(&Intent::OrderStatus) && order_number(text).is_some() =>
        {
            Understanding::Sure {
                intent: Intent::OrderStatus,
                by: Reason::OrderNumber,
            }
        }
        reading => reading,
    }
}

/// The model's part: sure above both thresholds, else a question.
pub fn decide(scores: &Scores) -> Understanding {
    let ranked = scores.ranked();
    let (first, p1) = ranked[0];
    let p2 = ranked.get(1).map_or(0.0, |r| r.1);
    if p1 >= CONFIDENT && p1 - p2 >= MARGIN {
        return Understanding::Sure {
            intent: first,
            by: Reason::Model,
        };
    }
    let options = ranked
        .iter()
        .map(|r| r.0)
        .filter(|i| !matches!(i, Intent::None | Intent::Greeting | Intent::Thanks))
        .take(OPTIONS)
        .collect();
    Understanding::Unsure {
        likeliest: first,
        options,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_explicit_request_for_a_person_wins() {
        for text in [
            "I want a human",
            "AGENT",
            "转人工",
            "quero falar com um atendente agora",
        ] {
            assert_eq!(
                understand(text),
                Understanding::Sure {
                    intent: Intent::HumanAgent,
                    by: Reason::AskedForPerson
                },
                "{text}"
            );
        }
    }

    #[test]
    fn a_bare_order_number_is_an_order_question() {
        for text in ["#1001", "10293", "١٠٢٩٣"] {
            assert_eq!(
                understand(text),
                Understanding::Sure {
                    intent: Intent::OrderStatus,
                    by: Reason::OrderNumber
                },
                "{text}"
            );
        }
        assert_ne!(understand("12").best(), Intent::HumanAgent);
    }

    #[test]
    fn unsure_offers_only_actionable_intents() {
        // None first, then greeting, then three actionable intents close together.
        let mut p = [0.0f32; 13];
        p[Intent::None.index()] = 0.30;
        p[Intent::Greeting.index()] = 0.20;
        p[Intent::ReturnRefund.index()] = 0.18;
        p[Intent::OrderStatus.index()] = 0.12;
        p[Intent::Thanks.index()] = 0.08;
        p[Intent::DamagedItem.index()] = 0.07;
        p[Intent::CancelOrder.index()] = 0.05;
        assert_eq!(
            decide(&Scores::from_probabilities(p)),
            Understanding::Unsure {
                likeliest: Intent::None,
                options: vec![
                    Intent::ReturnRefund,
                    Intent::OrderStatus,
                    Intent::DamagedItem
                ],
            }
        );
        let mut sure = [0.02f32; 13];
        sure[Intent::ShippingTime.index()] = 0.76;
        assert_eq!(
            decide(&Scores::from_probabilities(sure)),
            Understanding::Sure {
                intent: Intent::ShippingTime,
                by: Reason::Model
            }
        );
    }
}
