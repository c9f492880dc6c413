//! A conversation handed back to the person it is about (GDPR art. 15 and 20): a JSON
//! document machines read, and a text file people read in their own language. The
//! shopper's export holds what is stored, as stored (masked parts stay masked: the original
//! was never kept); the team's private notes are the merchant's and not part of it.

use serde_json::{Value, json};

use crate::conversation::rules::StoredMessage;
use crate::teams::calendar::civil_from_days;
use crate::wire::protocol::Author;

/// A conversation's export, before it is written out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export<'a> {
    pub conversation: &'a str,
    /// The store's name: who runs the chat.
    pub store: &'a str,
    /// Where the conversation is stored (`eu`).
    pub region: &'a str,
    /// Unix ms.
    pub exported_at: u64,
    pub messages: &'a [StoredMessage],
}

/// The text file's words in the reader's language, put into words by the shell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labels {
    /// "Your conversation with Caravan Demo Store".
    pub title: String,
    /// "Stored in the EU".
    pub stored: String,
    /// "Exported on 2026-12-02 03:04 UTC".
    pub exported: String,
    pub you: String,
    pub bot: String,
    pub team: String,
}

/// `2026-12-02T03:04:05Z`.
pub fn iso_time(ms: u64) -> String {
    let secs = ms / 1000;
    let date = civil_from_days((secs / 86_400) as i64);
    let s = secs % 86_400;
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        date.year,
        date.month,
        date.day,
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}

/// `2026-12-02 03:04 UTC`, as the text file shows times.
pub fn readable_time(ms: u64) -> String {
    let iso = iso_time(ms);
    format!("{} {} UTC", &iso[..10], &iso[11..16])
}

fn author(author: Author) -> &'static str {
    match author {
        Author::Shopper => "you",
        Author::Bot => "bot",
        Author::Agent => "team",
    }
}

/// The JSON document.
pub fn json(export: &Export<'_>) -> Value {
    let messages: Vec<Value> = export
        .messages
        .iter()
        .map(|m| {
            let mut message = json!({
                "seq": m.seq,
                "at": iso_time(m.at),
                "from": author(m.author),
                "text": m.text,
            });
            if let Some(lang) = &m.lang {
                message["language"] = json!(lang);
            }
            if let Some(text) = m.translation.as_ref().and_then(|t| t.text.as_ref()) {
                message["translation"] = json!({
                    "language": m.translation.as_ref().map(|t| t.lang.as_str()),
                    "text": text,
                });
            }
            message
        })
        .collect();
    json!({
        "conversation": export.conversation,
        "store": export.store,
        "stored_in": export.region,
        "exported_at": iso_time(export.exported_at),
        "messages": messages,
    })
}

/// The text file: a heading, then one paragraph per message, oldest first.
pub fn text(export: &Export<'_>, labels: &Labels) -> String {
    let mut out = format!("{}\n{}\n{}\n", labels.title, labels.stored, labels.exported);
    for m in export.messages {
        let who = match m.author {
            Author::Shopper => &labels.you,
            Author::Bot => &labels.bot,
            Author::Agent => &labels.team,
        };
        out.push_str(&format!("\n[{}] {who}:\n{}\n", readable_time(m.at), m.text));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::message_translation::{MessageTranslation, TranslationState};

    fn message(seq: u64, author: Author, text: &str, at: u64) -> StoredMessage {
        StoredMessage {
            seq,
            author,
            text: text.into(),
            at,
            id: None,
            lang: Some("de".into()),
            translation: None,
            choices: Vec::new(),
            stage: None,
            card: Vec::new(),
        }
    }

    #[test]
    fn both_files_hold_every_message_in_order() {
        let mut first = message(
            1,
            Author::Shopper,
            "Wo ist meine Bestellung?",
            1_764_644_645_000,
        );
        first.translation = Some(MessageTranslation {
            state: TranslationState::Done,
            lang: "en".into(),
            text: Some("Where is my order?".into()),
            via: Some("memory".into()),
            reason: None,
        });
        let messages = [
            first,
            message(2, Author::Bot, "Ihre Bestellnummer?", 1_764_644_646_000),
            message(3, Author::Agent, "<b>Hallo</b>", 1_764_644_700_000),
        ];
        let export = Export {
            conversation: "c1",
            store: "Demo",
            region: "eu",
            exported_at: 1_764_644_800_000,
            messages: &messages,
        };
        let doc = json(&export);
        assert_eq!(doc["stored_in"], "eu");
        assert_eq!(doc["exported_at"], "2025-12-02T03:06:40Z");
        assert_eq!(doc["messages"][0]["from"], "you");
        assert_eq!(doc["messages"][0]["at"], "2025-12-02T03:04:05Z");
        assert_eq!(
            doc["messages"][0]["translation"]["text"],
            "Where is my order?"
        );
        assert_eq!(doc["messages"][2]["text"], "<b>Hallo</b>");
        let labels = Labels {
            title: "Ihr Gespräch mit Demo".into(),
            stored: "Gespeichert in der EU".into(),
            exported: "Exportiert".into(),
            you: "Sie".into(),
            bot: "Assistent".into(),
            team: "Team".into(),
        };
        let file = text(&export, &labels);
        assert!(file.starts_with("Ihr Gespräch mit Demo\nGespeichert in der EU\n"));
        assert!(file.contains("\n[2025-12-02 03:04 UTC] Sie:\nWo ist meine Bestellung?\n"));
        assert!(file.contains("] Team:\n<b>Hallo</b>\n"));
        assert_eq!(readable_time(0), "1970-01-01 00:00 UTC");
    }
}
