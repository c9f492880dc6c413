//! The timeline's cases: sending, acks, echoes, gaps, refusals.

use crate::delivery::timeline::*;
use crate::wire::ids::ClientMessageId;

use crate::wire::protocol::{Author, ClientFrame, ErrorCode, MessageView, ServerFrame};

fn id(n: u8) -> ClientMessageId {
    ClientMessageId::v7(1_000 + u64::from(n), [n; 10])
}

fn stored(seq: u64, author: Author, id: Option<ClientMessageId>) -> ServerFrame {
    ServerFrame::Message(MessageView {
        seq,
        author,
        text: format!("m{seq}"),
        at: 0,
        id,
        lang: None,
        translation: None,
        choices: Vec::new(),
        stage: None,
        card: Vec::new(),
    })
}

#[test]
fn sending_then_sent_then_delivered() {
    let mut t = Timeline::default();
    assert!(t.write(id(1), "hi".into(), 0).is_empty(), "nothing is open");
    assert_eq!(t.entries()[0].delivery, Delivery::Sending);
    let frames = t.opened(100);
    assert_eq!(
        frames,
        vec![
            ClientFrame::Resume { after: 0 },
            ClientFrame::Send {
                id: id(1),
                text: "hi".into(),
                choice: None
            }
        ]
    );
    assert_eq!(t.entries()[0].delivery, Delivery::Sent);
    let reaction = t.apply(&ServerFrame::Ack { id: id(1), seq: 1 }, 350);
    assert_eq!(reaction.ack_rtt_ms, Some(250));
    assert_eq!(t.entries()[0].delivery, Delivery::Delivered);
    t.apply(&stored(1, Author::Shopper, Some(id(1))), 351);
    t.apply(&stored(2, Author::Bot, None), 351);
    t.apply(&ServerFrame::Synced { last_seq: 2 }, 352);
    let entries = t.entries();
    assert_eq!(entries.len(), 2, "the echo replaces the pending copy");
    assert_eq!(
        entries[0].key,
        id(1).to_string(),
        "the key survives delivery"
    );
    assert_eq!(entries[1].author, Author::Bot);
    assert_eq!(t.resume_from(), 2);
    assert!(t.is_synced());
}

#[test]
fn a_lost_connection_resends_unacknowledged_in_order() {
    let mut t = Timeline::default();
    t.opened(0);
    t.write(id(1), "a".into(), 1);
    t.write(id(2), "b".into(), 2);
    t.write(id(3), "c".into(), 3);
    t.apply(&ServerFrame::Ack { id: id(1), seq: 1 }, 4);
    t.closed();
    assert!(!t.is_synced());
    let frames = t.opened(5);
    let sends: Vec<String> = frames
        .iter()
        .filter_map(|f| match f {
            ClientFrame::Send { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(sends, vec!["b", "c"]);
}

#[test]
fn resume_starts_below_the_first_hole_not_after_the_newest() {
    let mut t = Timeline::default();
    t.opened(0);
    t.apply(&stored(1, Author::Shopper, None), 0);
    t.apply(&ServerFrame::Synced { last_seq: 1 }, 0);
    // A live message overtakes a missing one: ask for the gap once.
    let reaction = t.apply(&stored(3, Author::Agent, None), 0);
    assert_eq!(reaction.frames, vec![ClientFrame::Resume { after: 1 }]);
    assert!(
        t.apply(&stored(4, Author::Agent, None), 0)
            .frames
            .is_empty()
    );
    t.closed();
    assert_eq!(t.resume_from(), 1, "a reconnect still fetches seq 2");
    t.opened(0);
    t.apply(&stored(2, Author::Bot, None), 0);
    assert_eq!(t.resume_from(), 4);
    let texts: Vec<String> = t.entries().into_iter().map(|e| e.text).collect();
    assert_eq!(texts, vec!["m1", "m2", "m3", "m4"]);
}

#[test]
fn a_synced_beyond_what_arrived_asks_again_but_never_twice_for_the_same_gap() {
    let mut t = Timeline::default();
    t.opened(0);
    let r = t.apply(&ServerFrame::Synced { last_seq: 3 }, 0);
    assert!(r.frames.is_empty(), "resume after 0 is already on its way");
    t.apply(&stored(1, Author::Bot, None), 0);
    let r = t.apply(&ServerFrame::Synced { last_seq: 3 }, 0);
    assert_eq!(r.frames, vec![ClientFrame::Resume { after: 1 }]);
}

#[test]
fn replayed_history_is_ordered_and_deduplicated() {
    let mut t = Timeline::default();
    t.opened(0);
    t.apply(&stored(3, Author::Agent, None), 0);
    t.apply(&stored(1, Author::Shopper, Some(id(1))), 0);
    t.apply(&stored(2, Author::Bot, None), 0);
    t.apply(&stored(2, Author::Bot, None), 0);
    t.apply(&ServerFrame::Synced { last_seq: 3 }, 0);
    let texts: Vec<String> = t.entries().into_iter().map(|e| e.text).collect();
    assert_eq!(texts, vec!["m1", "m2", "m3"]);
    assert!(t.is_synced());
}

#[test]
fn refusals_fail_visibly_and_hiccups_are_retried() {
    let mut t = Timeline::default();
    t.opened(0);
    t.write(id(1), "x".into(), 0);
    t.write(id(2), "y".into(), 0);
    t.apply(
        &ServerFrame::Error {
            code: ErrorCode::MessageTooLong,
            message: String::new(),
            id: Some(id(1)),
        },
        1,
    );
    assert_eq!(
        t.entries()[0].delivery,
        Delivery::Failed(ErrorCode::MessageTooLong)
    );
    let r = t.apply(
        &ServerFrame::Error {
            code: ErrorCode::Internal,
            message: String::new(),
            id: Some(id(2)),
        },
        2,
    );
    assert!(r.retry_later && r.frames.is_empty());
    assert_eq!(
        t.flush(3),
        vec![ClientFrame::Send {
            id: id(2),
            text: "y".into(),
            choice: None
        }],
        "only the retryable one goes again"
    );
}
