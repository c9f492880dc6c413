//! What a bot message offers beyond its text, and where the conversation stands: quick
//! replies the shopper can tap, and the stage a message announces. Frames stay flat: the
//! quick replies travel as one string field `ch`, one `id<TAB>label` per line (ids and
//! labels are ours, never the shopper's, so neither holds a tab or line break).

/// One quick reply: the id the widget sends back (`intent:order_status`, `person`,
/// `helpful:yes`) and its label in the shopper's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuickReply {
    pub id: String,
    pub label: String,
}

/// Quick replies offered under one message, at most.
pub const MAX_QUICK_REPLIES: usize = 6;
/// Longest quick-reply id a client may send back.
pub const MAX_CHOICE_LEN: usize = 64;

/// Where a conversation stands: the bot has it, a person is awaited, a person has it, or
/// it is closed.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    #[default]
    Bot,
    Waiting,
    Agent,
    Closed,
}

impl Stage {
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Bot => "bot",
            Stage::Waiting => "waiting",
            Stage::Agent => "agent",
            Stage::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<Stage> {
        match s {
            "bot" => Some(Stage::Bot),
            "waiting" => Some(Stage::Waiting),
            "agent" => Some(Stage::Agent),
            "closed" => Some(Stage::Closed),
            _ => None,
        }
    }
}

/// The `ch` field's value; `None` when there are no quick replies.
pub fn encode(replies: &[QuickReply]) -> Option<String> {
    if replies.is_empty() {
        return None;
    }
    let lines: Vec<String> = replies
        .iter()
        .map(|r| format!("{}\t{}", clean(&r.id), clean(&r.label)))
        .collect();
    Some(lines.join("\n"))
}

/// Quick replies from a `ch` field; malformed lines are dropped, not fatal (an older
/// widget must still show the message).
pub fn decode(field: &str) -> Vec<QuickReply> {
    field
        .lines()
        .filter_map(|line| {
            let (id, label) = line.split_once('\t')?;
            (!id.is_empty() && !label.is_empty()).then(|| QuickReply {
                id: id.to_owned(),
                label: label.to_owned(),
            })
        })
        .take(MAX_QUICK_REPLIES)
        .collect()
}

fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_replies_round_trip_through_one_string() {
        let replies = vec![
            QuickReply {
                id: "intent:order_status".into(),
                label: "สถานะคำสั่งซื้อ".into(),
            },
            QuickReply {
                id: "person".into(),
                label: "Talk to a person".into(),
            },
        ];
        let field = encode(&replies).expect("two replies");
        assert_eq!(decode(&field), replies);
        assert_eq!(encode(&[]), None);
    }

    #[test]
    fn separators_inside_a_label_cannot_forge_a_reply() {
        let replies = vec![QuickReply {
            id: "person".into(),
            label: "a\nhelpful:yes\tYes".into(),
        }];
        assert_eq!(decode(&encode(&replies).expect("one")).len(), 1);
        assert_eq!(
            decode("no-tab\n\tempty id\nok\tOK"),
            vec![QuickReply {
                id: "ok".into(),
                label: "OK".into()
            }]
        );
    }

    #[test]
    fn stages_have_names() {
        for s in [Stage::Bot, Stage::Waiting, Stage::Agent, Stage::Closed] {
            assert_eq!(Stage::parse(s.as_str()), Some(s));
        }
    }
}
