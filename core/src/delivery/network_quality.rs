//! How good the shopper's network is, from what the browser says (`navigator.connection`,
//! `online`/`offline`) and what the chat measures (ack round trips, failed sends, dropped
//! connections) → `Full`, `TextOnly` or `Offline`.
//!
//! Hysteresis keeps it from flapping: it goes to text mode on a weak hint, on the *median*
//! of recent acks being slow (one slow ack cannot move a median of five), or on repeated
//! trouble; it comes back only when every signal is clearly good again *and* text mode has
//! lasted a while. The shopper's own choice overrides it either way.

/// What the widget should be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Quality {
    Full,
    /// Text only: no images, avatars, rich cards, animations or typing indicators.
    TextOnly,
    Offline,
}

impl Quality {
    pub fn as_str(self) -> &'static str {
        match self {
            Quality::Full => "full",
            Quality::TextOnly => "text",
            Quality::Offline => "offline",
        }
    }
}

/// `navigator.connection.effectiveType`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EffectiveType {
    Slow2g,
    TwoG,
    ThreeG,
    FourG,
}

impl EffectiveType {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "slow-2g" => Some(EffectiveType::Slow2g),
            "2g" => Some(EffectiveType::TwoG),
            "3g" => Some(EffectiveType::ThreeG),
            "4g" => Some(EffectiveType::FourG),
            _ => None,
        }
    }
}

/// What the browser reports. Fields it does not support are `None` / `false`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Signals {
    pub online: bool,
    pub effective_type: Option<EffectiveType>,
    /// Estimated bandwidth, megabits per second.
    pub downlink_mbps: Option<f64>,
    /// Estimated round trip, milliseconds.
    pub rtt_ms: Option<f64>,
    /// The shopper asked the browser to save data.
    pub save_data: bool,
}

impl Default for Signals {
    fn default() -> Self {
        Self {
            online: true,
            effective_type: None,
            downlink_mbps: None,
            rtt_ms: None,
            save_data: false,
        }
    }
}

/// The shopper's toggle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Preference {
    #[default]
    Auto,
    Text,
    Full,
}

/// Recent acks kept for the median.
const ACK_WINDOW: usize = 5;
/// Fewer acks than this say nothing yet.
const MIN_ACKS: usize = 3;
/// A median ack slower than this means text mode.
pub const SLOW_ACK_MS: u64 = 2_500;
/// Back to full only below this (the gap between the two is the hysteresis).
pub const FAST_ACK_MS: u64 = 1_000;
/// Failed sends and dropped connections count within this window...
const TROUBLE_WINDOW_MS: u64 = 120_000;
/// ...and this many of them mean text mode.
const TROUBLE_LIMIT: usize = 3;
/// Text mode lasts at least this long before going back to full.
pub const MIN_TEXT_MS: u64 = 30_000;
/// Chromium's own 2G boundaries, for browsers that give rtt/downlink but no type.
const WEAK_RTT_MS: f64 = 1_400.0;
const WEAK_DOWNLINK_MBPS: f64 = 0.07;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Hint {
    Weak,
    Fine,
    Unknown,
}

#[derive(Debug, Clone)]
pub struct NetworkQuality {
    signals: Signals,
    /// The last acks' round trips, oldest first (a `Vec`: tiny, and no deque in the WASM).
    acks: Vec<u64>,
    troubles: Vec<u64>,
    /// The automatic level, `Full` or `TextOnly`.
    auto: Quality,
    /// When `auto` last changed.
    since_ms: u64,
    preference: Preference,
}

impl Default for NetworkQuality {
    fn default() -> Self {
        Self {
            signals: Signals::default(),
            acks: Vec::with_capacity(ACK_WINDOW),
            troubles: Vec::new(),
            auto: Quality::Full,
            since_ms: 0,
            preference: Preference::Auto,
        }
    }
}

impl NetworkQuality {
    /// Starts from the browser's first report and the shopper's remembered choice.
    pub fn new(signals: Signals, preference: Preference, now_ms: u64) -> Self {
        let mut q = Self {
            preference,
            since_ms: now_ms,
            ..Self::default()
        };
        q.signals(signals, now_ms);
        q
    }

    /// The browser reported (load, `change` on `navigator.connection`, `online`, `offline`).
    pub fn signals(&mut self, signals: Signals, now_ms: u64) -> Quality {
        self.signals = signals;
        self.evaluate(now_ms)
    }

    /// An ack came back this long after its message was written to the connection.
    pub fn ack(&mut self, rtt_ms: u64, now_ms: u64) -> Quality {
        if self.acks.len() == ACK_WINDOW {
            self.acks.remove(0);
        }
        self.acks.push(rtt_ms);
        self.evaluate(now_ms)
    }

    /// A send failed, a connection dropped or a reconnect failed.
    pub fn trouble(&mut self, now_ms: u64) -> Quality {
        self.troubles.push(now_ms);
        self.evaluate(now_ms)
    }

    pub fn set_preference(&mut self, preference: Preference, now_ms: u64) -> Quality {
        self.preference = preference;
        self.evaluate(now_ms)
    }

    /// The current level, re-evaluated at `now_ms` (text mode may have lasted long enough).
    pub fn evaluate(&mut self, now_ms: u64) -> Quality {
        self.troubles
            .retain(|&t| now_ms.saturating_sub(t) <= TROUBLE_WINDOW_MS);
        match self.auto {
            Quality::Full if self.wants_text() => {
                self.auto = Quality::TextOnly;
                self.since_ms = now_ms;
            }
            Quality::TextOnly
                if self.allows_full() && now_ms.saturating_sub(self.since_ms) >= MIN_TEXT_MS =>
            {
                self.auto = Quality::Full;
                self.since_ms = now_ms;
            }
            _ => {}
        }
        self.current()
    }

    /// The level without re-evaluating.
    pub fn current(&self) -> Quality {
        if !self.signals.online {
            return Quality::Offline;
        }
        match self.preference {
            Preference::Auto => self.auto,
            Preference::Text => Quality::TextOnly,
            Preference::Full => Quality::Full,
        }
    }

    fn hint(&self) -> Hint {
        let s = &self.signals;
        if s.save_data {
            return Hint::Weak;
        }
        match s.effective_type {
            Some(t) if t <= EffectiveType::TwoG => return Hint::Weak,
            Some(_) => return Hint::Fine,
            None => {}
        }
        let weak_rtt = s.rtt_ms.is_some_and(|r| r >= WEAK_RTT_MS);
        let weak_downlink = s
            .downlink_mbps
            .is_some_and(|d| d > 0.0 && d < WEAK_DOWNLINK_MBPS);
        if weak_rtt || weak_downlink {
            Hint::Weak
        } else if s.rtt_ms.is_some() || s.downlink_mbps.is_some() {
            Hint::Fine
        } else {
            Hint::Unknown
        }
    }

    fn median_ack(&self) -> Option<u64> {
        if self.acks.len() < MIN_ACKS {
            return None;
        }
        // Insertion sort of at most five: the library sort would add kilobytes of WASM.
        let mut sorted = [0u64; ACK_WINDOW];
        let n = self.acks.len();
        for (i, &rtt) in self.acks.iter().enumerate() {
            let mut j = i;
            while j > 0 && sorted[j - 1] > rtt {
                sorted[j] = sorted[j - 1];
                j -= 1;
            }
            sorted[j] = rtt;
        }
        Some(sorted[n / 2])
    }

    fn wants_text(&self) -> bool {
        self.hint() == Hint::Weak
            || self.median_ack().is_some_and(|m| m >= SLOW_ACK_MS)
            || self.troubles.len() >= TROUBLE_LIMIT
    }

    fn allows_full(&self) -> bool {
        self.hint() != Hint::Weak
            && self.median_ack().is_none_or(|m| m < FAST_ACK_MS)
            && self.troubles.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(t: &str) -> Signals {
        Signals {
            effective_type: EffectiveType::parse(t),
            ..Signals::default()
        }
    }

    #[test]
    fn browser_hints_switch_at_once_and_come_back_after_a_while() {
        let mut q = NetworkQuality::new(typed("4g"), Preference::Auto, 0);
        assert_eq!(q.current(), Quality::Full);
        assert_eq!(q.signals(typed("2g"), 1_000), Quality::TextOnly);
        assert_eq!(q.signals(typed("4g"), 2_000), Quality::TextOnly, "not yet");
        assert_eq!(q.evaluate(1_000 + MIN_TEXT_MS), Quality::Full);
        let save = Signals {
            save_data: true,
            ..typed("4g")
        };
        assert_eq!(q.signals(save, 40_000), Quality::TextOnly);
        assert_eq!(q.evaluate(10_000_000), Quality::TextOnly, "save-data stays");
    }

    #[test]
    fn rtt_and_downlink_count_when_the_type_is_missing() {
        let slow = Signals {
            rtt_ms: Some(2_000.0),
            ..Signals::default()
        };
        assert_eq!(
            NetworkQuality::new(slow, Preference::Auto, 0).current(),
            Quality::TextOnly
        );
        let thin = Signals {
            downlink_mbps: Some(0.05),
            ..Signals::default()
        };
        assert_eq!(
            NetworkQuality::new(thin, Preference::Auto, 0).current(),
            Quality::TextOnly
        );
        let unknown = NetworkQuality::new(Signals::default(), Preference::Auto, 0);
        assert_eq!(unknown.current(), Quality::Full);
    }

    #[test]
    fn one_slow_ack_does_not_flip_but_a_slow_median_does() {
        let mut q = NetworkQuality::new(typed("4g"), Preference::Auto, 0);
        for (i, rtt) in [200, 9_000, 250, 180, 300].into_iter().enumerate() {
            assert_eq!(q.ack(rtt, i as u64), Quality::Full);
        }
        q.ack(4_000, 10);
        q.ack(5_000, 11);
        assert_eq!(q.ack(3_000, 12), Quality::TextOnly);
        // Between the thresholds: stays text.
        for t in 0..5 {
            q.ack(1_500, 100_000 + t);
        }
        assert_eq!(q.current(), Quality::TextOnly);
        for t in 0..5 {
            q.ack(200, 200_000 + t);
        }
        assert_eq!(q.current(), Quality::Full);
    }

    #[test]
    fn repeated_trouble_means_text_until_it_ages_out() {
        let mut q = NetworkQuality::new(typed("4g"), Preference::Auto, 0);
        q.trouble(1_000);
        q.trouble(2_000);
        assert_eq!(q.current(), Quality::Full);
        assert_eq!(q.trouble(3_000), Quality::TextOnly);
        assert_eq!(
            q.evaluate(60_000),
            Quality::TextOnly,
            "troubles still recent"
        );
        assert_eq!(q.evaluate(3_000 + TROUBLE_WINDOW_MS + 1), Quality::Full);
    }

    #[test]
    fn offline_wins_and_the_shopper_choice_overrides() {
        let mut q = NetworkQuality::new(typed("2g"), Preference::Full, 0);
        assert_eq!(q.current(), Quality::Full);
        let offline = Signals {
            online: false,
            ..typed("4g")
        };
        assert_eq!(q.signals(offline, 1), Quality::Offline);
        assert_eq!(q.set_preference(Preference::Text, 2), Quality::Offline);
        assert_eq!(q.signals(typed("4g"), 3), Quality::TextOnly);
        assert_eq!(
            q.set_preference(Preference::Auto, 4),
            Quality::TextOnly,
            "2g earlier"
        );
    }
}
