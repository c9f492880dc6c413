//! Identifiers: client message ids (UUIDv7, chosen by the sender) and server-made ids.
//!
//! Randomness and time come from the caller, so this stays pure and testable.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use uuid::Uuid;

/// The id a client gives a message when it is written, before it is ever sent. Resending
/// the same id never creates a second message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClientMessageId(Uuid);

impl ClientMessageId {
    /// Accepts any RFC 9562 UUID in its hyphenated form.
    pub fn parse(s: &str) -> Option<Self> {
        if s.len() != 36 {
            return None;
        }
        Uuid::try_parse(s).ok().map(ClientMessageId)
    }

    /// A UUIDv7 from the Unix time in milliseconds and 10 random bytes: sortable by
    /// creation time, unguessable.
    pub fn v7(unix_ms: u64, random: [u8; 10]) -> Self {
        ClientMessageId(new_v7(unix_ms, random))
    }

    pub fn as_uuid(&self) -> Uuid {
        self.0
    }
}

impl std::fmt::Display for ClientMessageId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.hyphenated().fmt(f)
    }
}

impl Serialize for ClientMessageId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ClientMessageId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        ClientMessageId::parse(&s)
            .ok_or_else(|| serde::de::Error::custom("id must be a hyphenated UUID"))
    }
}

/// A random (v4) UUID string for server-made ids such as sessions and conversations.
pub fn random_id(random: [u8; 16]) -> String {
    uuid::Builder::from_random_bytes(random)
        .into_uuid()
        .hyphenated()
        .to_string()
}

/// Is `s` shaped like an id [`random_id`] makes (lowercase hyphenated UUID)? Anything
/// else names no conversation, so it is refused before any object is addressed.
pub fn is_server_id(s: &str) -> bool {
    s.len() == 36
        && s.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_digit() || ('a'..='f').contains(&c),
        })
}

fn new_v7(unix_ms: u64, random: [u8; 10]) -> Uuid {
    let mut counter = [0u8; 10];
    counter.copy_from_slice(&random);
    uuid::Builder::from_unix_timestamp_millis(unix_ms, &counter).into_uuid()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_ids_have_one_shape() {
        assert!(is_server_id(&random_id([7; 16])));
        assert!(is_server_id(&random_id([0xff; 16])));
        for bad in [
            "",
            "demo",
            "0000000-00000-0000-0000-000000000000",
            "00000000-0000-0000-0000-00000000000G",
            "00000000-0000-0000-0000-00000000000A",
            "00000000_0000_0000_0000_000000000000",
            "../00000-0000-0000-0000-000000000000",
        ] {
            assert!(!is_server_id(bad), "{bad}");
        }
    }

    #[test]
    fn v7_ids_sort_by_time_and_round_trip() {
        let a = ClientMessageId::v7(1_700_000_000_000, [9; 10]);
        let b = ClientMessageId::v7(1_700_000_000_001, [0; 10]);
        assert!(a < b);
        assert_eq!(a.as_uuid().get_version_num(), 7);
        assert_eq!(ClientMessageId::parse(&a.to_string()), Some(a));
    }

    #[test]
    fn rejects_non_uuids() {
        assert_eq!(ClientMessageId::parse("x"), None);
        assert_eq!(
            ClientMessageId::parse("0190f5a27b3c7def8123456789abcdef"),
            None
        );
        assert_eq!(ClientMessageId::parse("../../etc/passwd"), None);
    }

    #[test]
    fn random_ids_are_v4() {
        let id = random_id([7; 16]);
        assert!(ClientMessageId::parse(&id).is_some());
        assert_eq!(&id[14..15], "4");
    }
}
