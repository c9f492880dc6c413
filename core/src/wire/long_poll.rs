//! The HTTP transport for networks that block WebSockets: the same frames, carried as
//! newline-delimited JSON.
//!
//! - `POST /v1/frames` carries client frames (one per line, in order) and answers with
//!   their replies (acks, errors, replays) in order.
//! - `GET /v1/poll?after=N&wait=S` is a `resume` that waits: it answers at once with every
//!   message after `N` and `synced`, or, when there is none, holds the request up to `S`
//!   seconds for the next one.
//!
//! One line per frame keeps core's flat JSON codec (and so the widget) free of arrays.

use thiserror::Error;

use crate::wire::protocol::{ClientFrame, FrameError, ServerFrame};

/// Most frames one `POST /v1/frames` may carry.
pub const MAX_BATCH_FRAMES: usize = 64;
/// Largest `POST /v1/frames` body (64 frames of the largest message fit).
pub const MAX_BATCH_BYTES: usize = 1024 * 1024;
/// Longest a poll is held: below common proxy and mobile-carrier idle timeouts.
pub const MAX_WAIT_SECS: u64 = 25;
/// The media type of both directions.
pub const CONTENT_TYPE: &str = "application/x-ndjson";

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum BatchError {
    #[error("a batch may carry at most {MAX_BATCH_FRAMES} frames")]
    TooManyFrames,
    #[error("a batch may be at most {MAX_BATCH_BYTES} bytes")]
    TooLarge,
    #[error("a batch needs at least one frame")]
    Empty,
    #[error("`after` must be a whole number and `wait` at most {MAX_WAIT_SECS} seconds")]
    BadQuery,
}

/// Client frames, one per non-blank line; each line decodes (or fails) on its own, so one
/// bad frame is answered with its error and the rest still count.
pub fn decode_client_batch(body: &str) -> Result<Vec<Result<ClientFrame, FrameError>>, BatchError> {
    if body.len() > MAX_BATCH_BYTES {
        return Err(BatchError::TooLarge);
    }
    let lines: Vec<&str> = body.lines().filter(|l| !l.trim().is_empty()).collect();
    if lines.is_empty() {
        return Err(BatchError::Empty);
    }
    if lines.len() > MAX_BATCH_FRAMES {
        return Err(BatchError::TooManyFrames);
    }
    Ok(lines.into_iter().map(ClientFrame::decode).collect())
}

pub fn encode_client_batch(frames: &[ClientFrame]) -> String {
    lines(frames.iter().map(ClientFrame::encode))
}

pub fn encode_server_batch(frames: &[ServerFrame]) -> String {
    lines(frames.iter().map(ServerFrame::encode))
}

/// Server frames of an answer; lines that do not decode are skipped (a newer server may
/// send frame types this client does not know).
pub fn decode_server_batch(body: &str) -> Vec<ServerFrame> {
    body.lines()
        .filter_map(|l| ServerFrame::decode(l).ok())
        .collect()
}

fn lines(frames: impl Iterator<Item = String>) -> String {
    let mut out = String::new();
    for frame in frames {
        out.push_str(&frame);
        out.push('\n');
    }
    out
}

/// A poll's query: `after` (required) and `wait` (seconds, default and cap
/// [`MAX_WAIT_SECS`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PollQuery {
    pub after: u64,
    pub wait_secs: u64,
}

impl PollQuery {
    pub fn parse(query: &str) -> Result<Self, BatchError> {
        let mut after = None;
        let mut wait_secs = MAX_WAIT_SECS;
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let number = value.parse::<u64>().map_err(|_| BatchError::BadQuery)?;
            match key {
                "after" => after = Some(number),
                "wait" if number <= MAX_WAIT_SECS => wait_secs = number,
                "wait" => return Err(BatchError::BadQuery),
                _ => {}
            }
        }
        Ok(Self {
            after: after.ok_or(BatchError::BadQuery)?,
            wait_secs,
        })
    }

    pub fn to_query(self) -> String {
        format!("after={}&wait={}", self.after, self.wait_secs)
    }
}

/// Does a poll that started waiting at `waiting_since_ms` carry the team's typing sign made
/// at `signed_at_ms`? Only a sign made while it waited: a poll that answered one and asks
/// again is not answered at once with the same sign (which would spin until it aged).
pub fn carries_typing(signed_at_ms: u64, waiting_since_ms: u64) -> bool {
    signed_at_ms >= waiting_since_ms && signed_at_ms > 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::ids::ClientMessageId;

    #[test]
    fn batches_round_trip_in_order_and_bad_lines_stand_alone() {
        let id = ClientMessageId::v7(1, [1; 10]);
        let frames = vec![
            ClientFrame::Resume { after: 3 },
            ClientFrame::Send {
                id,
                text: "line\nbreak".into(),
                choice: None,
            },
        ];
        let body = encode_client_batch(&frames);
        assert_eq!(body.lines().count(), 2, "newlines inside text are escaped");
        let decoded = decode_client_batch(&format!("{body}\n{{nope\n")).expect("batch");
        assert_eq!(decoded.len(), 3);
        assert_eq!(decoded[0], Ok(frames[0].clone()));
        assert_eq!(decoded[1], Ok(frames[1].clone()));
        assert_eq!(decoded[2], Err(FrameError::Malformed));
        let server = vec![ServerFrame::Ack { id, seq: 9 }, ServerFrame::Pong];
        assert_eq!(decode_server_batch(&encode_server_batch(&server)), server);
    }

    #[test]
    fn batch_limits() {
        assert_eq!(decode_client_batch(" \n"), Err(BatchError::Empty));
        let many = encode_client_batch(&vec![ClientFrame::Ping; MAX_BATCH_FRAMES + 1]);
        assert_eq!(decode_client_batch(&many), Err(BatchError::TooManyFrames));
        let huge = "x".repeat(MAX_BATCH_BYTES + 1);
        assert_eq!(decode_client_batch(&huge), Err(BatchError::TooLarge));
    }

    #[test]
    fn poll_queries() {
        assert_eq!(
            PollQuery::parse("after=12&wait=5"),
            Ok(PollQuery {
                after: 12,
                wait_secs: 5
            })
        );
        assert_eq!(PollQuery::parse("after=0").map(|q| q.wait_secs), Ok(25));
        assert_eq!(PollQuery::parse("wait=5"), Err(BatchError::BadQuery));
        assert_eq!(PollQuery::parse("after=-1"), Err(BatchError::BadQuery));
        assert_eq!(
            PollQuery::parse("after=1&wait=26"),
            Err(BatchError::BadQuery)
        );
        let q = PollQuery {
            after: 7,
            wait_secs: 0,
        };
        assert_eq!(PollQuery::parse(&q.to_query()), Ok(q));
    }

    #[test]
    fn a_typing_sign_reaches_the_poll_that_waited_for_it_once() {
        assert!(carries_typing(1_000, 900), "signed while waiting");
        assert!(
            !carries_typing(1_000, 1_001),
            "the next poll does not spin on it"
        );
        assert!(!carries_typing(0, 0), "no sign at all");
    }
}
