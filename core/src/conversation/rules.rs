//! One conversation's rules: append shopper messages idempotently, number them, let the
//! bot answer, replay history. Storage sits behind [`ConversationLog`]; the edge implements
//! it on a Durable Object's SQLite, tests on [`MemoryLog`](crate::conversation::memory_log::MemoryLog).

use crate::conversation::message::validate_text;
use crate::language::language_id;
use crate::language::locale::Locale;
use crate::translation::pipeline as translation;
use crate::wire::ids::ClientMessageId;
use crate::wire::message_translation::MessageTranslation;
use crate::wire::protocol::{Author, ClientFrame, MessageView, ServerFrame};

/// How many messages one replay page reads from storage.
const REPLAY_PAGE: usize = 256;

/// A message as stored, numbered by the conversation.
pub type StoredMessage = MessageView;

/// Append-only, sequence-numbered storage of one conversation.
pub trait ConversationLog {
    type Error: std::error::Error;

    /// The highest sequence number stored, 0 when empty.
    fn last_seq(&self) -> Result<u64, Self::Error>;
    /// The sequence number of the message a client sent with `id`, if stored.
    fn seq_of(&self, id: ClientMessageId) -> Result<Option<u64>, Self::Error>;
    /// Stores `message` with the sequence number it carries (always `last_seq() + 1`).
    fn append(&mut self, message: &StoredMessage) -> Result<(), Self::Error>;
    /// Up to `limit` messages with a sequence number above `after`, in order.
    fn after(&self, after: u64, limit: usize) -> Result<Vec<StoredMessage>, Self::Error>;
    /// Stores the translation of message `seq`, replacing a pending one (`None`: it
    /// turned out to need none).
    fn set_translation(
        &mut self,
        seq: u64,
        translation: Option<&MessageTranslation>,
    ) -> Result<(), Self::Error>;
    /// Up to `limit` messages whose translation is pending, oldest first.
    fn pending_translations(&self, limit: usize) -> Result<Vec<StoredMessage>, Self::Error>;
}

/// The languages a conversation is held in: the shopper's locale and the one the
/// merchant's agents work in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Languages {
    pub shopper: Locale,
    pub agent: Locale,
}

/// What handling one client frame produced.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Frames for the socket that sent the frame only.
    pub reply: Vec<ServerFrame>,
    /// Frames for every socket of the conversation, the sender included.
    pub broadcast: Vec<ServerFrame>,
    /// A new shopper message for the bot's turn: its text and the quick reply tapped.
    pub for_bot: Option<(String, Option<String>)>,
}

/// Handles a decoded client frame of a session held in `languages`; `now_ms` is the Unix
/// time in milliseconds. A shopper message needing translation for the agents is stored
/// with a pending translation, which the caller makes after answering; a new one is handed
/// on for the bot's turn (`conversation::bot_turn`).
pub fn handle<L: ConversationLog>(
    log: &mut L,
    frame: ClientFrame,
    languages: Languages,
    now_ms: u64,
) -> Result<Outcome, L::Error> {
    match frame {
        ClientFrame::Ping => Ok(Outcome {
            reply: vec![ServerFrame::Pong],
            ..Outcome::default()
        }),
        // Passed on by the shell to the agents watching; nothing to store or answer.
        ClientFrame::Typing => Ok(Outcome::default()),
        ClientFrame::Resume { after } => {
            let mut reply = Vec::new();
            let mut cursor = after;
            loop {
                let page = log.after(cursor, REPLAY_PAGE)?;
                let full = page.len() == REPLAY_PAGE;
                for message in page {
                    cursor = message.seq;
                    reply.push(ServerFrame::Message(message));
                }
                if !full {
                    break;
                }
            }
            let last_seq = log.last_seq()?;
            reply.push(ServerFrame::Synced { last_seq });
            Ok(Outcome {
                reply,
                ..Outcome::default()
            })
        }
        ClientFrame::Send { id, text, choice } => {
            let text = match validate_text(&text) {
                Ok(text) => text,
                Err(e) => {
                    let error = ServerFrame::Error {
                        code: e.code(),
                        message: e.to_string(),
                        id: Some(id),
                    };
                    return Ok(Outcome {
                        reply: vec![error],
                        ..Outcome::default()
                    });
                }
            };
            // A resend of a stored message is acknowledged again, never stored twice.
            if let Some(seq) = log.seq_of(id)? {
                return Ok(Outcome {
                    reply: vec![ServerFrame::Ack { id, seq }],
                    ..Outcome::default()
                });
            }
            let before = log.last_seq()?;
            let locale = languages.shopper;
            let lang = language_id::identify(&text, locale).language.to_owned();
            let translation = translation::needed(&lang, languages.agent)
                .then(|| MessageTranslation::pending(languages.agent));
            let shopper = StoredMessage {
                seq: before + 1,
                author: Author::Shopper,
                text,
                at: now_ms,
                id: Some(id),
                lang: Some(lang),
                translation,
                choices: Vec::new(),
                stage: None,
                card: Vec::new(),
            };
            log.append(&shopper)?;
            let outcome = Outcome {
                reply: vec![ServerFrame::Ack {
                    id,
                    seq: shopper.seq,
                }],
                broadcast: vec![ServerFrame::Message(shopper.clone())],
                for_bot: Some((shopper.text.clone(), choice)),
            };
            Ok(outcome)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conversation::memory_log::MemoryLog;
    use crate::wire::protocol::ErrorCode;

    fn id(n: u8) -> ClientMessageId {
        ClientMessageId::v7(1_700_000_000_000 + u64::from(n), [n; 10])
    }

    const JA: Languages = Languages {
        shopper: Locale::Ja,
        agent: Locale::Ja,
    };

    fn send(log: &mut MemoryLog, n: u8, text: &str) -> Outcome {
        let frame = ClientFrame::Send {
            id: id(n),
            text: text.into(),
            choice: None,
        };
        let Ok(outcome) = handle(log, frame, JA, 5);
        outcome
    }

    #[test]
    fn a_message_is_acked_stored_and_handed_to_the_bot() {
        let mut log = MemoryLog::default();
        let out = send(&mut log, 1, " hi ");
        assert_eq!(out.reply, vec![ServerFrame::Ack { id: id(1), seq: 1 }]);
        assert_eq!(out.broadcast.len(), 1);
        assert_eq!(out.for_bot, Some(("hi".to_owned(), None)));
        assert_eq!(log.messages()[0].text, "hi");
        // Too short to judge: the session's language is stored with it.
        assert_eq!(log.messages()[0].lang.as_deref(), Some("ja"));

        let frame = ClientFrame::Send {
            id: id(2),
            text: "Yes".into(),
            choice: Some("helpful:yes".into()),
        };
        let Ok(out) = handle(&mut log, frame, JA, 6);
        assert_eq!(out.reply, vec![ServerFrame::Ack { id: id(2), seq: 2 }]);
        assert_eq!(
            out.for_bot,
            Some(("Yes".to_owned(), Some("helpful:yes".to_owned())))
        );
    }

    #[test]
    fn the_language_of_each_message_is_stored_with_it() {
        let mut log = MemoryLog::default();
        send(
            &mut log,
            1,
            "สวัสดีค่ะ คำสั่งซื้อของฉันยังไม่มาถึงเลย ช่วยตรวจสอบให้หน่อย",
        );
        send(
            &mut log,
            2,
            "Could you tell me where my parcel is right now?",
        );
        let langs: Vec<_> = log.messages().iter().map(|m| m.lang.clone()).collect();
        let want = |s: &str| Some(s.to_owned());
        assert_eq!(langs, vec![want("th"), want("en")]);
    }

    #[test]
    fn resend_is_acked_but_not_stored_twice() {
        let mut log = MemoryLog::default();
        send(&mut log, 1, "hi");
        let out = send(&mut log, 1, "hi");
        assert_eq!(out.reply, vec![ServerFrame::Ack { id: id(1), seq: 1 }]);
        assert!(out.broadcast.is_empty());
        assert_eq!(out.for_bot, None, "the bot answered the first time");
        assert_eq!(log.messages().len(), 1);
    }

    #[test]
    fn invalid_text_is_refused_and_nothing_stored() {
        let mut log = MemoryLog::default();
        let out = send(&mut log, 1, &"x".repeat(4_001));
        assert!(matches!(
            &out.reply[..],
            [ServerFrame::Error {
                code: ErrorCode::MessageTooLong,
                id: Some(_),
                ..
            }]
        ));
        let out = send(&mut log, 2, "   ");
        assert!(matches!(
            &out.reply[..],
            [ServerFrame::Error {
                code: ErrorCode::EmptyMessage,
                ..
            }]
        ));
        assert!(log.messages().is_empty());
    }

    #[test]
    fn resume_replays_the_gap_across_pages() {
        let mut log = MemoryLog::default();
        for n in 0..=200u8 {
            send(&mut log, n, "m");
        }
        send(&mut log, 201, "m");
        // 202 messages: long enough to need two replay pages.
        let last = 202;
        let Ok(out) = handle(&mut log, ClientFrame::Resume { after: 0 }, JA, 9);
        assert_eq!(out.reply.len(), last + 1);
        assert_eq!(
            out.reply.last(),
            Some(&ServerFrame::Synced {
                last_seq: last as u64
            })
        );
        let Ok(out) = handle(&mut log, ClientFrame::Resume { after: 200 }, JA, 9);
        assert_eq!(out.reply.len(), 3);
        let Ok(out) = handle(&mut log, ClientFrame::Ping, JA, 9);
        assert_eq!(out.reply, vec![ServerFrame::Pong]);
    }

    #[test]
    fn messages_for_agents_of_another_language_wait_for_their_translation() {
        let mut log = MemoryLog::default();
        let thai_shop = Languages {
            shopper: Locale::Th,
            agent: Locale::En,
        };
        let frame = |n, text: &str| ClientFrame::Send {
            id: id(n),
            text: text.into(),
            choice: None,
        };
        let thai = "สวัสดีค่ะ คำสั่งซื้อของฉันยังไม่มาถึงเลย ช่วยตรวจสอบให้หน่อย";
        let Ok(_) = handle(&mut log, frame(1, thai), thai_shop, 5);
        let Ok(_) = handle(
            &mut log,
            frame(2, "Could you tell me where my parcel is right now?"),
            thai_shop,
            6,
        );
        let pending = |log: &MemoryLog| log.pending_translations(10).map(|p| p.len());
        assert_eq!(
            pending(&log),
            Ok(1),
            "only the Thai message, not the bot's or English: {:?}",
            log.messages()
        );
        assert_eq!(
            log.messages()[0].translation,
            Some(MessageTranslation::pending(Locale::En))
        );
        let done = MessageTranslation {
            state: crate::wire::message_translation::TranslationState::Done,
            lang: "en".into(),
            text: Some("Hello, my order has not arrived yet".into()),
            via: Some("provider:x".into()),
            reason: None,
        };
        let Ok(()) = log.set_translation(1, Some(&done));
        assert_eq!(pending(&log), Ok(0));
    }
}
