//! Which languages a conversation is held in, and when its Durable Object translates.
//! A shopper message needing the agents' language is stored and acknowledged first,
//! marked pending; the object wakes right after (its alarm) and translates a batch, waking
//! again while a full batch was done — so no shopper waits for a provider, and no message
//! stays pending for good.

use crate::conversation::rules::{Languages, Outcome};
use crate::language::locale::Locale;
use crate::store::merchant::Merchant;
use crate::wire::message_translation::TranslationState;
use crate::wire::protocol::ServerFrame;

/// Pending messages translated per wake-up.
pub const BATCH: usize = 16;

impl Languages {
    /// The shopper's locale and the store's agents' one. Without the store's settings (it
    /// is no longer configured) nothing is marked for translation.
    pub fn of(shopper: Locale, store: Option<&Merchant>) -> Self {
        Self {
            shopper,
            agent: store.map_or(shopper, |m| m.translation.agent_locale),
        }
    }
}

impl Outcome {
    /// Does a message of this outcome wait for its translation? Then the object wakes
    /// right after answering to translate it.
    pub fn awaits_translation(&self) -> bool {
        self.broadcast.iter().any(|f| {
            matches!(f, ServerFrame::Message(m)
                if m.translation.as_ref().is_some_and(|t| t.state == TranslationState::Pending))
        })
    }
}

/// After translating `done` pending messages: must the object wake again for more?
pub fn wake_again(done: usize) -> bool {
    done >= BATCH
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conversation::memory_log::MemoryLog;
    use crate::conversation::rules::{ConversationLog, handle};
    use crate::wire::ids::ClientMessageId;
    use crate::wire::protocol::ClientFrame;

    fn send(log: &mut MemoryLog, n: u8, text: &str, languages: Languages) -> Outcome {
        let frame = ClientFrame::Send {
            id: ClientMessageId::v7(1_700_000_000_000, [n; 10]),
            text: text.into(),
            choice: None,
        };
        handle(log, frame, languages, 1_700_000_000_000).expect("stored")
    }

    #[test]
    fn a_message_in_another_language_than_the_agents_waits_for_translation() {
        let mut log = MemoryLog::default();
        let thai = Languages::of(Locale::Th, None);
        let out = send(&mut log, 1, "สวัสดีครับ อยากทราบว่าสินค้าจะมาถึงเมื่อไหร่", thai);
        assert!(
            !out.awaits_translation(),
            "no store settings: nothing to translate"
        );
        let mut store = crate::store::merchant::Merchant {
            name: "M".into(),
            default_region: crate::residency::region::Region::Eu,
            allowed_regions: None,
            default_locale: "en".into(),
            origins: Vec::new(),
            translation: Default::default(),
            commerce: Default::default(),
            teams: Vec::new(),
            orders: None,
            access: None,
            privacy: Default::default(),
            identity: None,
        };
        store.translation.agent_locale = Locale::PtPt;
        let languages = Languages::of(Locale::Th, Some(&store));
        assert_eq!(languages.agent, Locale::PtPt);
        let out = send(&mut log, 2, "สวัสดีครับ อยากทราบว่าสินค้าจะมาถึงเมื่อไหร่", languages);
        assert!(out.awaits_translation());
        assert_eq!(log.pending_translations(BATCH).map(|p| p.len()), Ok(1));
    }

    #[test]
    fn acks_and_resumes_never_wake_the_translator() {
        let mut log = MemoryLog::default();
        let out = handle(
            &mut log,
            ClientFrame::Resume { after: 0 },
            Languages::of(Locale::En, None),
            0,
        )
        .expect("replayed");
        assert!(!out.awaits_translation());
    }

    #[test]
    fn a_full_batch_wakes_again() {
        assert!(wake_again(BATCH));
        assert!(!wake_again(BATCH - 1));
        assert!(!wake_again(0));
    }
}
