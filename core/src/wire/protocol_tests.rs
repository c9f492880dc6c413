//! The frames' wire format: versions, types, round trips, errors.

use super::*;

fn id() -> ClientMessageId {
    ClientMessageId::parse("0190f5a2-7b3c-7def-8123-456789abcdef").expect("valid id")
}

#[test]
fn send_frame_has_version_and_type() {
    let text = ClientFrame::Send {
        id: id(),
        text: "hi".into(),
        choice: None,
    }
    .encode();
    let value: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert_eq!(value["v"], 1);
    assert_eq!(value["type"], "send");
    assert_eq!(value["text"], "hi");
}

#[test]
fn decode_tells_apart_malformed_unknown_and_version() {
    assert_eq!(ClientFrame::decode("{nope"), Err(FrameError::Malformed));
    assert_eq!(ClientFrame::decode("[1,2]"), Err(FrameError::Malformed));
    assert_eq!(
        ClientFrame::decode(r#"{"v":1}"#),
        Err(FrameError::Malformed)
    );
    assert_eq!(
        ClientFrame::decode(r#"{"type":"ping"}"#),
        Err(FrameError::Malformed)
    );
    assert_eq!(
        ClientFrame::decode(r#"{"v":1,"type":"dance"}"#),
        Err(FrameError::Unknown("dance".into()))
    );
    assert_eq!(
        ClientFrame::decode(r#"{"v":2,"type":"ping"}"#),
        Err(FrameError::UnsupportedVersion(2))
    );
    let invalid = ClientFrame::decode(r#"{"v":1,"type":"send","id":"x","text":"a"}"#);
    assert!(matches!(invalid, Err(FrameError::Invalid { .. })));
    assert_eq!(
        invalid.map_err(|e| e.code()),
        Err(ErrorCode::MalformedFrame)
    );
}

#[test]
fn server_frames_are_not_client_frames() {
    let ack = ServerFrame::Ack { id: id(), seq: 3 }.encode();
    assert_eq!(
        ClientFrame::decode(&ack),
        Err(FrameError::Unknown("ack".into()))
    );
}

#[test]
fn typing_frames_round_trip() {
    assert_eq!(
        ClientFrame::decode(&ClientFrame::Typing.encode()),
        Ok(ClientFrame::Typing)
    );
    let typing = ServerFrame::Typing {
        author: Author::Agent,
    };
    assert_eq!(ServerFrame::decode(&typing.encode()), Ok(typing));
    assert!(ServerFrame::decode(r#"{"v":1,"type":"typing","author":"ghost"}"#).is_err());
}
