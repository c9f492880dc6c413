//! A store's knowledge base: its entries and a version that grows with every change, so a
//! conversation that read version N knows to read again when the store says N+1.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::knowledge::entry::{Entry, EntryError};

/// Entries a store may keep.
pub const MAX_ENTRIES: usize = 1_000;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum KbError {
    #[error("entry {id:?}: {error}")]
    Entry { id: String, error: EntryError },
    #[error("a knowledge base holds at most {MAX_ENTRIES} entries")]
    Full,
    #[error("entry {0:?} appears twice")]
    Duplicate(String),
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnowledgeBase {
    pub version: u64,
    pub entries: BTreeMap<String, Entry>,
}

/// Validates each entry, naming the one at fault. More entries than a base holds are
/// refused before any is read (each id is compared with the ones before it).
pub fn validate_all(entries: Vec<Entry>) -> Result<Vec<Entry>, KbError> {
    if entries.len() > MAX_ENTRIES {
        return Err(KbError::Full);
    }
    let mut seen: Vec<String> = Vec::new();
    let mut valid = Vec::with_capacity(entries.len());
    for entry in entries {
        let id = entry.id.clone();
        let entry = entry.validated().map_err(|error| KbError::Entry {
            id: id.clone(),
            error,
        })?;
        if seen.contains(&entry.id) {
            return Err(KbError::Duplicate(id));
        }
        seen.push(entry.id.clone());
        valid.push(entry);
    }
    Ok(valid)
}

impl KnowledgeBase {
    /// Adds or replaces one entry.
    pub fn put(&mut self, entry: Entry) -> Result<(), KbError> {
        let entry = entry.validated().map_err(|error| KbError::Entry {
            id: String::new(),
            error,
        })?;
        if !self.entries.contains_key(&entry.id) && self.entries.len() >= MAX_ENTRIES {
            return Err(KbError::Full);
        }
        self.entries.insert(entry.id.clone(), entry);
        self.version += 1;
        Ok(())
    }

    /// Adds or replaces many entries at once (an import): all or none.
    pub fn merge(&mut self, entries: Vec<Entry>) -> Result<usize, KbError> {
        let entries = validate_all(entries)?;
        let new = entries
            .iter()
            .filter(|e| !self.entries.contains_key(&e.id))
            .count();
        if self.entries.len() + new > MAX_ENTRIES {
            return Err(KbError::Full);
        }
        let count = entries.len();
        for entry in entries {
            self.entries.insert(entry.id.clone(), entry);
        }
        self.version += 1;
        Ok(count)
    }

    /// Replaces every entry: all or none.
    pub fn replace(&mut self, entries: Vec<Entry>) -> Result<usize, KbError> {
        let entries = validate_all(entries)?;
        if entries.len() > MAX_ENTRIES {
            return Err(KbError::Full);
        }
        let count = entries.len();
        self.entries = entries.into_iter().map(|e| (e.id.clone(), e)).collect();
        self.version += 1;
        Ok(count)
    }

    /// Removes one entry; whether it was there.
    pub fn delete(&mut self, id: &str) -> bool {
        let removed = self.entries.remove(id).is_some();
        if removed {
            self.version += 1;
        }
        removed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str) -> Entry {
        Entry {
            id: id.into(),
            questions: [("en".to_owned(), vec!["q".to_owned()])].into(),
            answers: [("en".to_owned(), "a".to_owned())].into(),
            tags: Vec::new(),
            link: None,
        }
    }

    #[test]
    fn every_change_is_a_new_version() {
        let mut kb = KnowledgeBase::default();
        kb.put(entry("a")).expect("put");
        assert_eq!(kb.version, 1);
        assert_eq!(kb.merge(vec![entry("a"), entry("b")]), Ok(2));
        assert_eq!(kb.version, 2);
        assert!(kb.delete("a"));
        assert!(!kb.delete("a"));
        assert_eq!(kb.version, 3);
        assert_eq!(kb.replace(vec![entry("c")]), Ok(1));
        assert_eq!(kb.entries.keys().collect::<Vec<_>>(), vec!["c"]);
    }

    #[test]
    fn a_bad_import_changes_nothing() {
        let mut kb = KnowledgeBase::default();
        kb.put(entry("a")).expect("put");
        let mut bad = entry("b");
        bad.answers.clear();
        assert_eq!(
            kb.merge(vec![entry("c"), bad]),
            Err(KbError::Entry {
                id: "b".into(),
                error: EntryError::NoAnswer
            })
        );
        assert_eq!(
            kb.merge(vec![entry("c"), entry("c")]),
            Err(KbError::Duplicate("c".into()))
        );
        assert_eq!(kb.entries.len(), 1);
        assert_eq!(kb.version, 1);
    }

    #[test]
    fn a_full_base_takes_no_more() {
        let mut kb = KnowledgeBase::default();
        let many: Vec<Entry> = (0..MAX_ENTRIES).map(|n| entry(&format!("e{n}"))).collect();
        assert_eq!(kb.replace(many), Ok(MAX_ENTRIES));
        assert_eq!(kb.put(entry("one-more")), Err(KbError::Full));
        assert_eq!(kb.put(entry("e1")), Ok(()), "replacing an entry is fine");
    }
}
