//! Which transport carries the chat: WebSocket first; HTTP long-polling when WebSockets do
//! not get through (a proxy refuses or holds the upgrade, or sockets keep dropping); and
//! from long-polling, a WebSocket probe now and then to climb back up.
//!
//! Both transports carry the same frames with the same semantics (resume, idempotent
//! sends, acks), so switching never loses or doubles a message; the ladder only decides.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Transport {
    WebSocket,
    LongPoll,
}

impl Transport {
    pub fn as_str(self) -> &'static str {
        match self {
            Transport::WebSocket => "websocket",
            Transport::LongPoll => "long-poll",
        }
    }
}

/// A WebSocket that has not opened by then has stalled (a proxy holding the upgrade).
pub const OPEN_TIMEOUT_MS: u64 = 10_000;
/// An open socket that has not answered `resume` with `synced` by then has stalled too.
pub const SYNC_TIMEOUT_MS: u64 = 15_000;
/// Consecutive WebSocket attempts that never worked before falling back.
const FAILURES_TO_FALL: u32 = 2;
/// Working sockets that dropped within the window before falling back.
const DROPS_TO_FALL: usize = 3;
const DROP_WINDOW_MS: u64 = 120_000;
/// The first probe back up waits this long; each failed probe doubles it, up to the cap.
pub const FIRST_PROBE_MS: u64 = 30_000;
const MAX_PROBE_MS: u64 = 300_000;

#[derive(Debug, Clone)]
pub struct TransportLadder {
    current: Transport,
    failures: u32,
    drops: Vec<u64>,
    probe_interval_ms: u64,
    next_probe_ms: u64,
}

impl Default for TransportLadder {
    fn default() -> Self {
        Self {
            current: Transport::WebSocket,
            failures: 0,
            drops: Vec::new(),
            probe_interval_ms: FIRST_PROBE_MS,
            next_probe_ms: 0,
        }
    }
}

impl TransportLadder {
    pub fn current(&self) -> Transport {
        self.current
    }

    /// The transport for the next connection attempt: the current one, or a WebSocket
    /// probe when long-polling has lasted long enough.
    pub fn attempt(&self, now_ms: u64) -> Transport {
        if self.should_probe(now_ms) {
            Transport::WebSocket
        } else {
            self.current
        }
    }

    /// Long-polling, and time to try a WebSocket again.
    pub fn should_probe(&self, now_ms: u64) -> bool {
        self.current == Transport::LongPoll && now_ms >= self.next_probe_ms
    }

    fn fall_back(&mut self, now_ms: u64) {
        self.current = Transport::LongPoll;
        self.failures = 0;
        self.drops.clear();
        self.next_probe_ms = now_ms + self.probe_interval_ms;
    }

    /// A WebSocket opened and answered `synced`: it works (a probe succeeded, or all is well).
    pub fn ws_worked(&mut self) -> Transport {
        self.current = Transport::WebSocket;
        self.failures = 0;
        self.probe_interval_ms = FIRST_PROBE_MS;
        self.current
    }

    /// A WebSocket was refused, never opened, or opened but stalled, while plain HTTP to
    /// the same session works (the caller checks that, so an outage is not blamed on it).
    pub fn ws_failed(&mut self, now_ms: u64) -> Transport {
        match self.current {
            Transport::LongPoll => {
                // A failed probe: wait longer before the next one.
                self.probe_interval_ms = (self.probe_interval_ms * 2).min(MAX_PROBE_MS);
                self.next_probe_ms = now_ms + self.probe_interval_ms;
            }
            Transport::WebSocket => {
                self.failures += 1;
                if self.failures >= FAILURES_TO_FALL {
                    self.fall_back(now_ms);
                }
            }
        }
        self.current
    }

    /// A working WebSocket closed.
    pub fn ws_dropped(&mut self, now_ms: u64) -> Transport {
        if self.current != Transport::WebSocket {
            return self.current;
        }
        self.drops
            .retain(|&t| now_ms.saturating_sub(t) <= DROP_WINDOW_MS);
        self.drops.push(now_ms);
        if self.drops.len() >= DROPS_TO_FALL {
            self.fall_back(now_ms);
        }
        self.current
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blocked_upgrade_falls_back_then_probes_with_growing_patience() {
        let mut l = TransportLadder::default();
        assert_eq!(l.attempt(0), Transport::WebSocket);
        assert_eq!(
            l.ws_failed(0),
            Transport::WebSocket,
            "one failure is not a pattern"
        );
        assert_eq!(l.ws_failed(1_000), Transport::LongPoll);
        assert_eq!(l.attempt(1_000 + FIRST_PROBE_MS - 1), Transport::LongPoll);
        let probe_at = 1_000 + FIRST_PROBE_MS;
        assert_eq!(l.attempt(probe_at), Transport::WebSocket);
        assert_eq!(l.ws_failed(probe_at), Transport::LongPoll);
        assert_eq!(
            l.attempt(probe_at + FIRST_PROBE_MS),
            Transport::LongPoll,
            "doubled"
        );
        assert_eq!(
            l.attempt(probe_at + 2 * FIRST_PROBE_MS),
            Transport::WebSocket
        );
        assert_eq!(l.ws_worked(), Transport::WebSocket);
        assert_eq!(
            l.attempt(probe_at + 2 * FIRST_PROBE_MS),
            Transport::WebSocket
        );
    }

    #[test]
    fn a_success_between_failures_resets_the_count() {
        let mut l = TransportLadder::default();
        l.ws_failed(0);
        l.ws_worked();
        assert_eq!(l.ws_failed(10), Transport::WebSocket);
    }

    #[test]
    fn sockets_that_keep_dropping_fall_back_but_occasional_drops_do_not() {
        let mut l = TransportLadder::default();
        l.ws_dropped(0);
        l.ws_dropped(DROP_WINDOW_MS);
        assert_eq!(l.ws_dropped(3 * DROP_WINDOW_MS), Transport::WebSocket);
        l.ws_dropped(3 * DROP_WINDOW_MS + 10);
        assert_eq!(l.ws_dropped(3 * DROP_WINDOW_MS + 20), Transport::LongPoll);
        assert_eq!(l.ws_dropped(3 * DROP_WINDOW_MS + 30), Transport::LongPoll);
    }
}
