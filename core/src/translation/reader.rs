//! Which language an agent reads a shopper's (or the bot's) message in. A shopper's message
//! is translated once, when it is stored, into the store's agents' language; the bot's are
//! written in the shopper's and stored so. An agent has either told in their language when
//! they read (through the same pipeline, memory and glossary) unless the stored translation
//! is already in it, or reads the original when it is written in their language.

use crate::language::locale::Locale;
use crate::translation::pipeline::needed;

/// Shopper messages told again in one read, newest first: each may ask the region's memory
/// and a provider, and a read must stay within a request's budget of subrequests. Older
/// ones keep the store's translation (the original is a click away).
pub const PER_READ: usize = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retelling {
    /// The translation stored with the message is in the reader's language.
    Stored,
    /// Written in the reader's language: the original, untranslated.
    Original,
    /// Translated again, for this reader.
    Translate,
}

/// How a message written in `written_in` (as identified when stored) reads for an agent
/// reading in `reader` at a store whose agents' language is `store_agents`; `stored`: the
/// message carries a translation for the store's agents (a shopper's does, the bot's not).
pub fn retelling(
    store_agents: Locale,
    reader: Locale,
    written_in: Option<&str>,
    stored: bool,
) -> Retelling {
    match written_in {
        Some(source) if !needed(source, reader) => Retelling::Original,
        _ if stored && reader == store_agents => Retelling::Stored,
        // Nothing known of its language: the stored translation, as before.
        None => Retelling::Stored,
        Some(_) => Retelling::Translate,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lisbon_agent_reads_a_thai_message_in_portuguese_at_an_english_store() {
        assert_eq!(
            retelling(Locale::En, Locale::PtPt, Some("th"), true),
            Retelling::Translate
        );
        assert_eq!(
            retelling(Locale::En, Locale::En, Some("th"), true),
            Retelling::Stored
        );
        assert_eq!(
            retelling(Locale::En, Locale::Th, Some("th"), true),
            Retelling::Original,
            "a Thai agent reads Thai as written"
        );
        assert_eq!(
            retelling(Locale::En, Locale::PtPt, Some("pt"), true),
            Retelling::Original
        );
        assert_eq!(
            retelling(Locale::En, Locale::PtPt, None, true),
            Retelling::Stored
        );
    }

    #[test]
    fn the_bots_words_in_thai_are_told_to_every_agent_who_does_not_read_thai() {
        assert_eq!(
            retelling(Locale::En, Locale::En, Some("th"), false),
            Retelling::Translate,
            "no stored translation to fall back on"
        );
        assert_eq!(
            retelling(Locale::En, Locale::Th, Some("th"), false),
            Retelling::Original
        );
    }
}
