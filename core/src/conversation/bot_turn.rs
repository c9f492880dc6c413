//! The bot's turn in a conversation: what the dialogue says, put into the shopper's words
//! and stored as bot messages with their quick replies and stage; the rest of its steps
//! (answer from the store's knowledge, look an order up, queue for a person) go back to the
//! shell, whose results the dialogue hears next.

use crate::bot::dialogue::Step;
use crate::bot::reply::{Say, Words};
use crate::conversation::rules::{ConversationLog, StoredMessage};
use crate::wire::card::CardLine;
use crate::wire::protocol::{Author, ServerFrame};
use crate::wire::quick_reply::QuickReply;

/// Looks a bot message up by catalog key, with its arguments, in the session's locale.
pub trait BotWords {
    fn text(&self, key: &str, args: &[(&str, String)]) -> Option<String>;
}

impl<F: Fn(&str, &[(&str, String)]) -> Option<String>> BotWords for F {
    fn text(&self, key: &str, args: &[(&str, String)]) -> Option<String> {
        self(key, args)
    }
}

/// What a turn produced: frames for every socket, and the steps the shell performs.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct BotTurn {
    pub broadcast: Vec<ServerFrame>,
    pub pending: Vec<Step>,
}

/// Stores each `Say` of `steps` as a bot message written in `lang` (the session's
/// language); a message whose words are missing is left out rather than sent empty.
pub fn say<L: ConversationLog>(
    log: &mut L,
    steps: Vec<Step>,
    words: &impl BotWords,
    lang: &str,
    now_ms: u64,
) -> Result<BotTurn, L::Error> {
    let mut turn = BotTurn::default();
    for step in steps {
        let Step::Say(say) = step else {
            turn.pending.push(step);
            continue;
        };
        let Some(message) = message(log.last_seq()? + 1, &say, words, lang, now_ms) else {
            continue;
        };
        log.append(&message)?;
        turn.broadcast.push(ServerFrame::Message(message));
    }
    Ok(turn)
}

fn message(
    seq: u64,
    say: &Say,
    words: &impl BotWords,
    lang: &str,
    now_ms: u64,
) -> Option<StoredMessage> {
    let (mut text, lang, translation) = match &say.own {
        Some(own) => (own.text.clone(), own.lang.as_str(), own.translation.clone()),
        None => (words.text(say.key, &say.args)?, lang, None),
    };
    fn put(words: &impl BotWords, w: &Words) -> Option<String> {
        match w {
            Words::Key(key, args) => words.text(key, args),
            Words::Text(text) => Some(text.clone()),
            Words::Joined(parts) => {
                let parts: Option<Vec<String>> = parts.iter().map(|p| put(words, p)).collect();
                Some(parts?.join(" · "))
            }
        }
    }
    let card: Vec<CardLine> = say
        .card
        .iter()
        .filter_map(|line| {
            Some(CardLine {
                label: put(words, &line.label)?,
                value: put(words, &line.value)?,
                link: line.link.clone(),
            })
        })
        .collect();
    // The card's lines in plain words: text mode and the lite chat show only the text.
    for line in &card {
        text.push_str(&format!("\n{}: {}", line.label, line.value));
        if let Some(link) = &line.link {
            text.push_str(&format!(" {link}"));
        }
    }
    let choices = say
        .choices
        .iter()
        .filter_map(|c| {
            Some(QuickReply {
                id: c.name(),
                label: words.text(&c.label_key(), &[])?,
            })
        })
        .collect();
    Some(StoredMessage {
        seq,
        author: Author::Bot,
        text,
        at: now_ms,
        id: None,
        lang: Some(lang.to_owned()),
        translation,
        choices,
        stage: say.stage,
        card,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bot::dialogue::Step;
    use crate::bot::handoff::Trigger;
    use crate::bot::reply::{Choice, keys};
    use crate::conversation::memory_log::MemoryLog;
    use crate::wire::quick_reply::Stage;

    fn words(key: &str, args: &[(&str, String)]) -> Option<String> {
        (key != "missing").then(|| {
            format!(
                "<{key}{}>",
                args.iter()
                    .map(|(k, v)| format!(" {k}={v}"))
                    .collect::<String>()
            )
        })
    }

    #[test]
    fn says_are_stored_with_labels_and_stage_the_rest_goes_back() {
        let mut log = MemoryLog::default();
        let steps = vec![
            Step::HandOff(Trigger::Asked),
            Step::Say(Say {
                args: vec![("minutes", "4".into())],
                stage: Some(Stage::Waiting),
                ..Say::key(keys::HANDOFF_WAIT)
            }),
            Step::Say(Say::key("missing")),
            Step::Say(Say::key(keys::CANNOT_ANSWER).with(vec![Choice::Person])),
        ];
        let Ok(turn) = say(&mut log, steps, &words, "th", 7);
        assert_eq!(turn.pending, vec![Step::HandOff(Trigger::Asked)]);
        assert_eq!(turn.broadcast.len(), 2);
        let stored = log.messages();
        assert_eq!(stored[0].text, "<bot-handoff-wait minutes=4>");
        assert_eq!(stored[0].stage, Some(Stage::Waiting));
        assert_eq!((stored[0].seq, stored[1].seq), (1, 2));
        assert_eq!(
            stored[1].choices,
            vec![QuickReply {
                id: "person".into(),
                label: "<choice-person>".into()
            }]
        );
        assert_eq!(stored[1].lang.as_deref(), Some("th"));
    }

    #[test]
    fn a_card_is_said_in_the_text_too() {
        use crate::bot::reply::{SayLine, Words};
        let mut log = MemoryLog::default();
        let card = Say {
            args: vec![("number", "#1001".into())],
            card: vec![
                SayLine {
                    label: Words::Key("order-status", Vec::new()),
                    value: Words::Joined(vec![
                        Words::Key("order-status-shipped", Vec::new()),
                        Words::Text("1 Dec".into()),
                    ]),
                    link: None,
                },
                SayLine {
                    label: Words::Key("order-tracking", Vec::new()),
                    value: Words::Text("JD014600006".into()),
                    link: Some("https://dhl.example/JD014600006".into()),
                },
            ],
            ..Say::key(keys::ORDER_FOUND)
        };
        let Ok(turn) = say(&mut log, vec![Step::Say(card)], &words, "th", 7);
        assert_eq!(turn.broadcast.len(), 1);
        let stored = &log.messages()[0];
        assert_eq!(
            stored.text,
            "<bot-order-found number=#1001>\n<order-status>: <order-status-shipped> · 1 Dec\n<order-tracking>: JD014600006 https://dhl.example/JD014600006"
        );
        assert_eq!(stored.card.len(), 2);
        assert_eq!(
            stored.card[1].link.as_deref(),
            Some("https://dhl.example/JD014600006")
        );
    }
}
