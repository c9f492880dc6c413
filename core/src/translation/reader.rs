//! Which language an agent reads a shopper's message in. A message is translated once, when
//! it is stored, into the store's agents' language; an agent who reads in another language
//! has it told again when they read (through the same pipeline, memory and glossary), or
//! reads the original when it is written in their language.

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
/// reading in `reader` at a store whose agents' language is `store_agents`.
pub fn retelling(store_agents: Locale, reader: Locale, written_in: Option<&str>) -> Retelling {
    match written_in {
        Some(source) if !needed(source, reader) => Retelling::Original,
        _ if reader == store_agents => Retelling::Stored,
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
            retelling(Locale::En, Locale::PtPt, Some("th")),
            Retelling::Translate
        );
        assert_eq!(
            retelling(Locale::En, Locale::En, Some("th")),
            Retelling::Stored
        );
        assert_eq!(
            retelling(Locale::En, Locale::Th, Some("th")),
            Retelling::Original,
            "a Thai agent reads Thai as written"
        );
        assert_eq!(
            retelling(Locale::En, Locale::PtPt, Some("pt")),
            Retelling::Original
        );
        assert_eq!(retelling(Locale::En, Locale::PtPt, None), Retelling::Stored);
    }
}
