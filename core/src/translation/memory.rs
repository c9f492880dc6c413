//! Translations already known: the locales' own human-translated bot and template phrases
//! ([`Phrasebook`]), and every provider answer kept per region ([`MemoryStore`]). Both
//! match on normalized text, so "thank you for waiting." finds "Thank you for waiting.".
//! The memory holds masked text only (personal data is a placeholder), keyed by language
//! pair.

use std::cell::RefCell;
use std::collections::BTreeMap;

use crate::language::catalog::Catalog;
use crate::language::locale::Locale;

/// Case folded, whitespace collapsed and trimmed.
pub fn normalize(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A memory entry's key: the source language as identified, the target locale's tag,
/// and the normalized masked text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct MemoryKey {
    pub source: String,
    pub target: String,
    pub text: String,
}

impl MemoryKey {
    pub fn new(source: &str, target: Locale, masked: &str) -> Self {
        Self {
            source: source.to_owned(),
            target: target.tag().to_owned(),
            text: normalize(masked),
        }
    }
}

/// Where provider answers are kept (one store per region). A store that fails is a miss,
/// never a failed translation, so its methods report nothing.
#[allow(async_fn_in_trait)] // Used single-threaded (WASM) and in tests; no Send bound needed.
pub trait MemoryStore {
    async fn get(&self, key: &MemoryKey) -> Option<String>;
    async fn put(&self, key: &MemoryKey, translation: &str);
}

/// A [`MemoryStore`] in memory, for tests and native tools.
#[derive(Debug, Default)]
pub struct InMemoryStore {
    entries: RefCell<BTreeMap<MemoryKey, String>>,
}

impl InMemoryStore {
    pub fn len(&self) -> usize {
        self.entries.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl MemoryStore for InMemoryStore {
    async fn get(&self, key: &MemoryKey) -> Option<String> {
        self.entries.borrow().get(key).cloned()
    }

    async fn put(&self, key: &MemoryKey, translation: &str) {
        self.entries
            .borrow_mut()
            .insert(key.clone(), translation.to_owned());
    }
}

/// The human translations of the locales' bot and template phrases: an agent who sends a
/// template reply gets the locale's own wording (and register), not a machine's.
#[derive(Debug, Clone, Default)]
pub struct Phrasebook {
    /// (locale, message id, normalized text, text)
    entries: Vec<(Locale, String, String, String)>,
}

impl Phrasebook {
    /// Adds the messages without placeables of one locale's catalog.
    pub fn add(&mut self, locale: Locale, catalog: &Catalog) {
        for id in catalog.ids() {
            if !catalog.variables(id).is_empty() || catalog.variant_keys(id).len() > 1 {
                continue;
            }
            if let Some(text) = catalog.format(id, &[], &crate::language::catalog::PlainRules) {
                self.entries
                    .push((locale, id.to_owned(), normalize(&text), text));
            }
        }
    }

    /// `text` in `target`'s words, when it is one of the phrases of any locale.
    pub fn lookup(&self, text: &str, target: Locale) -> Option<&str> {
        let wanted = normalize(text);
        let (_, id, _, _) = self.entries.iter().find(|(_, _, n, _)| *n == wanted)?;
        self.entries
            .iter()
            .find(|(l, i, _, _)| *l == target && i == id)
            .map(|(_, _, _, text)| text.as_str())
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_case_and_spacing() {
        assert_eq!(
            normalize("  Thank YOU\n for   waiting. "),
            "thank you for waiting."
        );
        assert_eq!(normalize("Ärger"), "ärger");
    }

    #[test]
    fn phrasebook_finds_a_phrase_of_any_locale() {
        let mut book = Phrasebook::default();
        let en = Catalog::parse("a = Thank you for waiting.\nb = Hi { $name }\n").expect("en");
        let th = Catalog::parse("a = ขอบคุณที่รอค่ะ\nb = สวัสดี { $name }\n").expect("th");
        book.add(Locale::En, &en);
        book.add(Locale::Th, &th);
        assert_eq!(book.len(), 2, "messages with placeables are left out");
        assert_eq!(
            book.lookup("thank you  for waiting.", Locale::Th),
            Some("ขอบคุณที่รอค่ะ")
        );
        assert_eq!(
            book.lookup("ขอบคุณที่รอค่ะ", Locale::En),
            Some("Thank you for waiting.")
        );
        assert_eq!(book.lookup("Thank you", Locale::Th), None);
        assert_eq!(book.lookup("Thank you for waiting.", Locale::Ja), None);
    }
}
