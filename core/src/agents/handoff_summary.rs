//! What a person needs when a conversation reaches them: who the shopper is (language,
//! country), what they wanted (intents so far, the trigger), how they feel (the trend of
//! their frustration), what the bot already showed, and the last messages with their
//! translations. Built once at the handoff, queued per region for the merchant's agents.

use serde::{Deserialize, Serialize};

use crate::bot::dialogue::Dialogue;
use crate::conversation::rules::StoredMessage;

/// Messages a summary carries (the agent reads the rest from the conversation).
pub const LAST_MESSAGES: usize = 10;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandoffSummary {
    pub conversation: String,
    pub region: String,
    /// The shopper's locale tag.
    pub language: String,
    /// The session's country (ISO 3166-1 alpha-2), when known.
    pub country: Option<String>,
    /// The shopper's local day and time when the conversation was queued, in their
    /// language ("Tuesday 03:12"), when their time zone is known.
    #[serde(default)]
    pub shopper_time: Option<String>,
    /// Where the shopper asked to be answered while nobody was in.
    #[serde(default)]
    pub email: Option<String>,
    /// Why the bot handed off (`asked`, `misses`, `repeated`, `frustrated`, `vip`, `lookups`).
    pub trigger: String,
    /// Intents understood so far, oldest first.
    pub intents: Vec<String>,
    /// `calm`, `tense` or `upset`, and whether it is `rising`, `falling` or `steady`.
    pub mood: String,
    pub mood_trend: String,
    /// Knowledge-base entries already shown.
    pub shown: Vec<String>,
    /// The verified order, masked; none yet.
    pub order: Option<String>,
    pub last_messages: Vec<SummaryMessage>,
    /// Unix ms.
    pub queued_at: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryMessage {
    pub seq: u64,
    pub author: String,
    pub text: String,
    pub lang: Option<String>,
    /// `text` in the agents' language, when translated.
    pub translation: Option<String>,
}

/// Where a conversation is, as the summary names it.
#[derive(Debug, Clone, Copy)]
pub struct Whereabouts<'a> {
    pub conversation: &'a str,
    pub region: &'a str,
    pub language: &'a str,
    pub country: Option<&'a str>,
    pub shopper_time: Option<&'a str>,
}

impl HandoffSummary {
    /// The summary of a handed-off `dialogue` whose latest messages are `recent` (oldest
    /// first; only the last [`LAST_MESSAGES`] are kept).
    pub fn of(
        dialogue: &Dialogue,
        at: Whereabouts,
        recent: &[StoredMessage],
        now_ms: u64,
    ) -> HandoffSummary {
        let (mood, mood_trend) = mood(&dialogue.moods);
        let skip = recent.len().saturating_sub(LAST_MESSAGES);
        HandoffSummary {
            conversation: at.conversation.to_owned(),
            region: at.region.to_owned(),
            language: at.language.to_owned(),
            country: at.country.map(str::to_owned),
            shopper_time: at.shopper_time.map(str::to_owned),
            email: dialogue.email.clone(),
            trigger: dialogue.trigger.clone().unwrap_or_else(|| "asked".into()),
            intents: dialogue.intents.clone(),
            mood: mood.into(),
            mood_trend: mood_trend.into(),
            shown: dialogue.shown.clone(),
            order: dialogue.order.clone(),
            last_messages: recent[skip..]
                .iter()
                .map(|m| SummaryMessage {
                    seq: m.seq,
                    author: m.author.as_str().into(),
                    text: m.text.clone(),
                    lang: m.lang.clone(),
                    translation: m.translation.as_ref().and_then(|t| t.text.clone()),
                })
                .collect(),
            queued_at: now_ms,
        }
    }
}

/// The mood over the last three messages, and where it is heading (the latest against
/// the average of the ones before).
fn mood(moods: &[u32]) -> (&'static str, &'static str) {
    let window = &moods[moods.len().saturating_sub(3)..];
    let level = match window.iter().sum::<u32>() {
        0 => "calm",
        1..=3 => "tense",
        _ => "upset",
    };
    let trend = match window.split_last() {
        Some((last, before)) if !before.is_empty() => {
            let avg = before.iter().sum::<u32>() as f32 / before.len() as f32;
            if (*last as f32) > avg + 0.5 {
                "rising"
            } else if (*last as f32) < avg - 0.5 {
                "falling"
            } else {
                "steady"
            }
        }
        _ => "steady",
    };
    (level, trend)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::protocol::Author;

    fn message(seq: u64, author: Author, text: &str) -> StoredMessage {
        StoredMessage {
            seq,
            author,
            text: text.into(),
            at: 0,
            id: None,
            lang: Some("th".into()),
            translation: None,
            choices: Vec::new(),
            stage: None,
            card: Vec::new(),
        }
    }

    #[test]
    fn carries_what_the_person_needs() {
        let dialogue = Dialogue {
            intents: vec!["order_status".into(), "return_refund".into()],
            moods: vec![0, 1, 3],
            shown: vec!["returns".into()],
            trigger: Some("frustrated".into()),
            ..Dialogue::default()
        };
        let recent: Vec<StoredMessage> = (1..=12)
            .map(|n| {
                message(
                    n,
                    if n % 2 == 1 {
                        Author::Shopper
                    } else {
                        Author::Bot
                    },
                    &format!("m{n}"),
                )
            })
            .collect();
        let at = Whereabouts {
            conversation: "c1",
            region: "apac",
            language: "th",
            country: Some("TH"),
            shopper_time: Some("Tuesday 03:12"),
        };
        let s = HandoffSummary::of(&dialogue, at, &recent, 99);
        assert_eq!(s.trigger, "frustrated");
        assert_eq!(
            (s.mood.as_str(), s.mood_trend.as_str()),
            ("upset", "rising")
        );
        assert_eq!(s.last_messages.len(), LAST_MESSAGES);
        assert_eq!(s.last_messages[0].seq, 3);
        assert_eq!(s.last_messages[0].author, "shopper");
        assert_eq!(s.intents, vec!["order_status", "return_refund"]);
        assert_eq!(s.country.as_deref(), Some("TH"));
    }

    #[test]
    fn moods() {
        assert_eq!(mood(&[]), ("calm", "steady"));
        assert_eq!(mood(&[2, 0, 0]), ("tense", "falling"));
        assert_eq!(mood(&[1, 1, 1]), ("tense", "steady"));
    }
}
