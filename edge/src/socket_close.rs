//! Completing a WebSocket's closing handshake from a Durable Object.

use worker::WebSocket;

/// Answers a close with the peer's code; codes 1005/1006 (no code, abnormal) may not be
/// sent back, and neither may codes outside the range a close frame carries.
pub fn answer(ws: &WebSocket, code: usize) {
    let code = if (1000..=4999).contains(&code) && code != 1005 && code != 1006 {
        code as u16
    } else {
        1000
    };
    let _ = ws.close(Some(code), Some("closing"));
}
