//! Property: every frame survives encode → decode unchanged, and any resend sequence
//! stores each client message exactly once.

use caravan_core::conversation::memory_log::MemoryLog;
use caravan_core::conversation::rules as conversation;
use caravan_core::wire::card::{CardLine, MAX_CARD_LINES};
use caravan_core::wire::ids::ClientMessageId;
use caravan_core::wire::protocol::{Author, ClientFrame, ErrorCode, MessageView, ServerFrame};
use caravan_core::wire::quick_reply::{MAX_QUICK_REPLIES, QuickReply, Stage};
use proptest::prelude::*;

fn client_id() -> impl Strategy<Value = ClientMessageId> {
    (any::<u64>().prop_map(|t| t >> 16), any::<[u8; 10]>())
        .prop_map(|(ms, rand)| ClientMessageId::v7(ms, rand))
}

fn author() -> impl Strategy<Value = Author> {
    prop_oneof![
        Just(Author::Shopper),
        Just(Author::Bot),
        Just(Author::Agent)
    ]
}

fn error_code() -> impl Strategy<Value = ErrorCode> {
    prop_oneof![
        Just(ErrorCode::MalformedFrame),
        Just(ErrorCode::UnknownFrame),
        Just(ErrorCode::MessageTooLong),
        Just(ErrorCode::Unauthorized),
        Just(ErrorCode::Internal),
    ]
}

fn client_frame() -> impl Strategy<Value = ClientFrame> {
    prop_oneof![
        (
            client_id(),
            any::<String>(),
            proptest::option::of("[a-z:_]{1,64}")
        )
            .prop_map(|(id, text, choice)| ClientFrame::Send { id, text, choice }),
        any::<u64>().prop_map(|after| ClientFrame::Resume { after }),
        Just(ClientFrame::Ping),
    ]
}

fn server_frame() -> impl Strategy<Value = ServerFrame> {
    prop_oneof![
        (client_id(), any::<u64>()).prop_map(|(id, seq)| ServerFrame::Ack { id, seq }),
        (
            any::<u64>(),
            author(),
            any::<String>(),
            any::<u64>(),
            proptest::option::of(client_id()),
            proptest::collection::vec(("[a-z:_]{1,20}", "[^\t\n\r]{1,30}"), 0..MAX_QUICK_REPLIES),
            proptest::option::of(prop_oneof![
                Just(Stage::Bot),
                Just(Stage::Waiting),
                Just(Stage::Agent),
                Just(Stage::Closed)
            ]),
            proptest::collection::vec(
                (
                    "[^\t\n\r]{1,20}",
                    "[^\t\n\r]{1,30}",
                    proptest::option::of("https://[a-z./]{1,20}")
                ),
                0..MAX_CARD_LINES
            ),
        )
            .prop_map(|(seq, author, text, at, id, choices, stage, card)| {
                ServerFrame::Message(MessageView {
                    seq,
                    author,
                    text,
                    at,
                    id,
                    lang: None,
                    translation: None,
                    choices: choices
                        .into_iter()
                        .map(|(id, label)| QuickReply { id, label })
                        .collect(),
                    stage,
                    card: card
                        .into_iter()
                        .map(|(label, value, link)| CardLine { label, value, link })
                        .collect(),
                })
            }),
        any::<u64>().prop_map(|last_seq| ServerFrame::Synced { last_seq }),
        (
            error_code(),
            any::<String>(),
            proptest::option::of(client_id())
        )
            .prop_map(|(code, message, id)| ServerFrame::Error { code, message, id }),
        Just(ServerFrame::Pong),
    ]
}

proptest! {
    #[test]
    fn client_frames_round_trip(frame in client_frame()) {
        prop_assert_eq!(ClientFrame::decode(&frame.encode()), Ok(frame));
    }

    #[test]
    fn server_frames_round_trip(frame in server_frame()) {
        prop_assert_eq!(ServerFrame::decode(&frame.encode()), Ok(frame));
    }

    #[test]
    fn decoding_arbitrary_text_never_panics(text in any::<String>()) {
        let _ = ClientFrame::decode(&text);
    }

    #[test]
    fn resends_never_duplicate(order in proptest::collection::vec(0u8..8, 1..60)) {
        let mut log = MemoryLog::default();
        for n in &order {
            let id = ClientMessageId::v7(1_000 + u64::from(*n), [*n; 10]);
            let frame = ClientFrame::Send { id, text: format!("message {n}"), choice: None };
            let Ok(_) = conversation::handle(&mut log, frame, caravan_core::conversation::rules::Languages { shopper: caravan_core::language::locale::Locale::En, agent: caravan_core::language::locale::Locale::En }, 1);
        }
        let mut distinct = order.clone();
        distinct.sort_unstable();
        distinct.dedup();
        let shopper: Vec<_> =
            log.messages().iter().filter(|m| m.author == Author::Shopper).collect();
        prop_assert_eq!(shopper.len(), distinct.len());
        for (i, m) in log.messages().iter().enumerate() {
            prop_assert_eq!(m.seq, i as u64 + 1);
        }
    }
}
