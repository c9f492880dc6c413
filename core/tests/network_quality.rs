//! Properties of the network-quality classifier: one slow ack never changes the mode, and
//! whatever the signals do, text mode never flips back to full sooner than its minimum
//! stay (no flapping).

use caravan_core::delivery::network_quality::{
    EffectiveType, FAST_ACK_MS, MIN_TEXT_MS, NetworkQuality, Preference, Quality, Signals,
};
use proptest::prelude::*;

fn fourg() -> Signals {
    Signals {
        effective_type: Some(EffectiveType::FourG),
        ..Signals::default()
    }
}

#[derive(Debug, Clone)]
enum Event {
    Signals(Option<EffectiveType>, bool),
    Ack(u64),
    Trouble,
    Wait,
}

fn event() -> impl Strategy<Value = Event> {
    let kind = prop_oneof![
        Just(None),
        Just(Some(EffectiveType::Slow2g)),
        Just(Some(EffectiveType::TwoG)),
        Just(Some(EffectiveType::ThreeG)),
        Just(Some(EffectiveType::FourG)),
    ];
    prop_oneof![
        (kind, any::<bool>()).prop_map(|(t, save)| Event::Signals(t, save)),
        (0u64..20_000).prop_map(Event::Ack),
        Just(Event::Trouble),
        Just(Event::Wait),
    ]
}

proptest! {
    #[test]
    fn a_single_slow_ack_never_leaves_full(
        fast in proptest::collection::vec(0..FAST_ACK_MS, 0..40),
        at in any::<prop::sample::Index>(),
        slow in any::<u64>(),
    ) {
        let mut acks = fast;
        let i = at.index(acks.len() + 1);
        acks.insert(i, slow);
        let mut q = NetworkQuality::new(fourg(), Preference::Auto, 0);
        for (t, rtt) in acks.into_iter().enumerate() {
            prop_assert_eq!(q.ack(rtt, t as u64 * 100), Quality::Full);
        }
    }

    #[test]
    fn text_mode_never_flaps(events in proptest::collection::vec((event(), 0u64..20_000), 1..200)) {
        let mut q = NetworkQuality::new(fourg(), Preference::Auto, 0);
        let mut now = 0;
        let mut last = q.current();
        let mut entered_text_at = 0;
        for (event, dt) in events {
            now += dt;
            let quality = match event {
                Event::Signals(effective_type, save_data) => q.signals(
                    Signals { effective_type, save_data, ..Signals::default() },
                    now,
                ),
                Event::Ack(rtt) => q.ack(rtt, now),
                Event::Trouble => q.trouble(now),
                Event::Wait => q.evaluate(now),
            };
            prop_assert_ne!(quality, Quality::Offline, "only the browser says offline");
            match (last, quality) {
                (Quality::Full, Quality::TextOnly) => entered_text_at = now,
                (Quality::TextOnly, Quality::Full) => prop_assert!(
                    now - entered_text_at >= MIN_TEXT_MS,
                    "back to full after {} ms", now - entered_text_at
                ),
                _ => {}
            }
            last = quality;
        }
    }
}
