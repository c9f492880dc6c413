//! A person closes a conversation: the shopper is asked, in their language, for a rating
//! (quick replies 1-5, which the widget and the lite chat already draw), then may add a
//! comment. A shopper who writes instead of rating reopens the conversation, as any new
//! message to a closed conversation does; the rating of the earlier close is kept.

use serde::{Deserialize, Serialize};

use crate::bot::dialogue::{Awaiting, Dialogue, Stage, Step};
use crate::bot::reply::{Choice, Say, keys};

/// Longest comment kept (characters); the message itself is stored whole.
const COMMENT_CHARS: usize = 1_000;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Rating {
    /// 1-5.
    pub stars: u8,
    pub comment: Option<String>,
    /// When it was given (Unix ms).
    pub at_ms: u64,
}

impl Dialogue {
    /// A person closed the conversation: it is closed, and the shopper asked to rate it.
    pub fn closed_by_agent(&mut self) -> Vec<Step> {
        self.stage = Stage::Closed;
        self.awaiting = Awaiting::Rating;
        self.trigger = None;
        let stars = (1..=5).map(Choice::Rate).collect();
        vec![Step::Say(Say {
            stage: Some(Stage::Closed),
            ..Say::key(keys::CLOSED_RATE).with(stars)
        })]
    }

    /// The shopper tapped a rating. Only the rating asked for counts (a tap on an old
    /// prompt after the conversation went on is ignored).
    pub(crate) fn rated(&mut self, stars: u8) -> Vec<Step> {
        if self.awaiting != Awaiting::Rating || !(1..=5).contains(&stars) {
            return Vec::new();
        }
        self.rating = Some(Rating {
            stars,
            comment: None,
            at_ms: 0,
        });
        self.awaiting = Awaiting::Comment;
        vec![Step::Say(Say::key(keys::RATED_COMMENT))]
    }

    /// The shopper's comment after rating.
    pub(crate) fn commented(&mut self, text: &str) -> Vec<Step> {
        self.awaiting = Awaiting::Nothing;
        if let Some(rating) = &mut self.rating {
            rating.comment = Some(text.trim().chars().take(COMMENT_CHARS).collect());
        }
        vec![Step::Say(Say::key(keys::COMMENT_THANKS))]
    }

    /// When the rating was given, stamped by the shell (the dialogue has no clock).
    pub fn stamp_rating(&mut self, now_ms: u64) {
        if let Some(rating) = &mut self.rating
            && rating.at_ms == 0
        {
            rating.at_ms = now_ms;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bot::reply::keys;

    fn said(steps: &[Step]) -> Vec<&'static str> {
        steps
            .iter()
            .filter_map(|s| match s {
                Step::Say(say) => Some(say.key),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn closing_asks_for_a_rating_with_five_choices() {
        let mut d = Dialogue {
            stage: Stage::Agent,
            trigger: Some("asked".into()),
            ..Dialogue::default()
        };
        let steps = d.closed_by_agent();
        assert_eq!(said(&steps), vec![keys::CLOSED_RATE]);
        let Step::Say(say) = &steps[0] else {
            unreachable!()
        };
        assert_eq!(say.stage, Some(Stage::Closed));
        let names: Vec<String> = say.choices.iter().map(|c| c.name()).collect();
        assert_eq!(names, ["rate:1", "rate:2", "rate:3", "rate:4", "rate:5"]);
        assert_eq!(d.stage, Stage::Closed);
        assert_eq!(d.trigger, None);
    }

    #[test]
    fn a_rating_then_a_comment_are_kept() {
        let mut d = Dialogue::default();
        d.closed_by_agent();
        assert_eq!(said(&d.rated(4)), vec![keys::RATED_COMMENT]);
        d.stamp_rating(1_000);
        assert_eq!(
            said(&d.commented("  Fast and kind.  ")),
            vec![keys::COMMENT_THANKS]
        );
        assert_eq!(
            d.rating,
            Some(Rating {
                stars: 4,
                comment: Some("Fast and kind.".into()),
                at_ms: 1_000
            })
        );
        assert_eq!(d.awaiting, Awaiting::Nothing);
        // A second tap on the old prompt changes nothing.
        assert!(d.rated(1).is_empty());
        assert_eq!(d.rating.as_ref().map(|r| r.stars), Some(4));
    }

    #[test]
    fn only_one_to_five_and_only_when_asked() {
        let mut d = Dialogue::default();
        assert!(d.rated(5).is_empty(), "not closed: nothing asked");
        d.closed_by_agent();
        assert!(d.rated(0).is_empty());
        assert!(d.rated(6).is_empty());
        assert_eq!(d.rating, None);
        assert_eq!(Choice::parse("rate:9"), None);
        assert_eq!(Choice::parse("rate:x"), None);
        assert_eq!(Choice::parse("rate:3"), Some(Choice::Rate(3)));
    }
}
