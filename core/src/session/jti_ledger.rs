//! The replay rule of identity tokens: a `jti` is taken once, and remembered until the
//! token could no longer be taken anyway; then it is forgotten. The ledger is a store
//! trait (the edge keeps one per merchant in a Durable Object's SQLite, where the check
//! and the write are one step); [`MemoryLedger`] keeps one in memory for tests.
//!
//! A ledger holds digests of `jti`s and times, nothing else: whatever a store puts in a
//! `jti`, no personal data is kept.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

/// Where spent `jti`s are remembered.
pub trait JtiLedger {
    /// Why the store behind it failed.
    type Error;
    /// Until when `key` is remembered, if it is.
    fn until(&self, key: &str) -> Result<Option<u64>, Self::Error>;
    /// Remembers `key` until `until_s` (Unix seconds).
    fn record(&mut self, key: &str, until_s: u64) -> Result<(), Self::Error>;
    /// Forgets every key remembered until `now_s` or before.
    fn forget_before(&mut self, now_s: u64) -> Result<(), Self::Error>;
}

/// The ledger's key of a `jti`: its SHA-256, hex (fixed length; the `jti` itself is not
/// kept).
pub fn key(jti: &str) -> String {
    Sha256::digest(jti.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Spends `key` at `now_s`, to be remembered until `until_s`: `true` when it was not
/// spent before (it is now), `false` for a replay. Forgets what has run out first, so the
/// ledger never outgrows the tokens still alive. The caller makes it one step (the edge:
/// no await inside its object).
pub fn spend<L: JtiLedger>(
    ledger: &mut L,
    key: &str,
    until_s: u64,
    now_s: u64,
) -> Result<bool, L::Error> {
    ledger.forget_before(now_s)?;
    if ledger.until(key)?.is_some() {
        return Ok(false);
    }
    ledger.record(key, until_s)?;
    Ok(true)
}

/// Is `key` one [`key`] made (64 lower-case hex digits)?
pub fn is_key(key: &str) -> bool {
    key.len() == 64 && key.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// A ledger in memory.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemoryLedger {
    spent: BTreeMap<String, u64>,
}

impl MemoryLedger {
    pub fn len(&self) -> usize {
        self.spent.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spent.is_empty()
    }
}

impl JtiLedger for MemoryLedger {
    type Error = std::convert::Infallible;

    fn until(&self, key: &str) -> Result<Option<u64>, Self::Error> {
        Ok(self.spent.get(key).copied())
    }

    fn record(&mut self, key: &str, until_s: u64) -> Result<(), Self::Error> {
        self.spent.insert(key.to_owned(), until_s);
        Ok(())
    }

    fn forget_before(&mut self, now_s: u64) -> Result<(), Self::Error> {
        self.spent.retain(|_, until| *until > now_s);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_jti_is_taken_once_until_it_runs_out() {
        let mut ledger = MemoryLedger::default();
        let k = key("order-page-1");
        assert_eq!(spend(&mut ledger, &k, 1_660, 1_000), Ok(true));
        assert_eq!(spend(&mut ledger, &k, 1_660, 1_001), Ok(false), "replayed");
        assert_eq!(
            spend(&mut ledger, &k, 1_660, 1_659),
            Ok(false),
            "remembered"
        );
        let other = key("order-page-2");
        assert_eq!(spend(&mut ledger, &other, 1_700, 1_100), Ok(true));
        // Past its time the token is refused as expired anyway; the ledger lets go.
        assert_eq!(spend(&mut ledger, &k, 2_400, 1_660), Ok(true));
        assert_eq!(ledger.len(), 2);
    }

    #[test]
    fn what_ran_out_is_forgotten_at_the_next_write() {
        let mut ledger = MemoryLedger::default();
        for n in 0..50u64 {
            assert_eq!(
                spend(&mut ledger, &key(&n.to_string()), 100 + n, 0),
                Ok(true)
            );
        }
        assert_eq!(spend(&mut ledger, &key("late"), 500, 140), Ok(true));
        assert_eq!(ledger.len(), 10, "keys 41..49 and the new one");
    }

    #[test]
    fn keys_are_digests_not_what_the_store_wrote() {
        let k = key("ana@example.com-1780000000");
        assert!(is_key(&k) && !k.contains("ana"));
        assert!(!is_key("ABC") && !is_key(&"g".repeat(64)) && !is_key(&k[1..]));
        assert_eq!(
            key("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    proptest! {
        /// Against a model: a key is fresh exactly when it was never spent or its time ran
        /// out, whatever the order of spends and clocks.
        #[test]
        fn spends_match_the_model(
            spends in prop::collection::vec((0u8..6, 0u64..50, 1u64..30), 1..60),
        ) {
            let mut ledger = MemoryLedger::default();
            let mut model: BTreeMap<String, u64> = BTreeMap::new();
            let mut now = 0;
            for (jti, step, life) in spends {
                now += step;
                let k = key(&jti.to_string());
                let fresh = model.get(&k).is_none_or(|&until| until <= now);
                prop_assert_eq!(spend(&mut ledger, &k, now + life, now), Ok(fresh));
                if fresh {
                    model.insert(k, now + life);
                }
                prop_assert!(ledger.spent.values().all(|&until| until > now));
            }
        }
    }
}
