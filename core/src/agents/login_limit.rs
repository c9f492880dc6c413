//! Slows password guessing: failed logins are counted per account and per address over a
//! window; past the limit, logins from there are refused until the oldest failure ages out,
//! whether the password would have been right or not.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub const WINDOW_MS: u64 = 15 * 60_000;
/// Failures per account in a window (someone guessing one agent's password).
pub const PER_ACCOUNT: usize = 5;
/// Failures per address in a window (someone trying many accounts).
pub const PER_ADDRESS: usize = 20;
/// Keys kept at most; the stalest go first (an attacker cannot grow the state forever).
const MAX_KEYS: usize = 10_000;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoginLimit {
    /// `a:<account>` or `ip:<address>` → failure times (Unix ms), oldest first.
    failures: BTreeMap<String, Vec<u64>>,
}

fn keys(account: &str, address: &str) -> [(String, usize); 2] {
    [
        (format!("a:{account}"), PER_ACCOUNT),
        (format!("ip:{address}"), PER_ADDRESS),
    ]
}

impl LoginLimit {
    /// `Err(wait_ms)` while either the account or the address is over its limit.
    pub fn check(&mut self, account: &str, address: &str, now_ms: u64) -> Result<(), u64> {
        self.forget(now_ms);
        let wait = keys(account, address)
            .into_iter()
            .filter_map(|(key, limit)| {
                let times = self.failures.get(&key)?;
                (times.len() >= limit).then(|| times[times.len() - limit] + WINDOW_MS - now_ms)
            })
            .max();
        wait.map_or(Ok(()), Err)
    }

    pub fn failed(&mut self, account: &str, address: &str, now_ms: u64) {
        for (key, _) in keys(account, address) {
            self.failures.entry(key).or_default().push(now_ms);
        }
        while self.failures.len() > MAX_KEYS {
            let stalest = self
                .failures
                .iter()
                .min_by_key(|(_, t)| t.last().copied().unwrap_or(0))
                .map(|(k, _)| k.clone());
            if let Some(key) = stalest {
                self.failures.remove(&key);
            }
        }
    }

    /// A right password clears the account's failures (not the address's).
    pub fn succeeded(&mut self, account: &str) {
        self.failures.remove(&format!("a:{account}"));
    }

    fn forget(&mut self, now_ms: u64) {
        for times in self.failures.values_mut() {
            times.retain(|&t| now_ms.saturating_sub(t) < WINDOW_MS);
        }
        self.failures.retain(|_, t| !t.is_empty());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_locks_after_five_failures_until_the_first_ages_out() {
        let mut limit = LoginLimit::default();
        for n in 0..PER_ACCOUNT as u64 {
            assert_eq!(
                limit.check("ana@shop.example", "198.51.100.7", n * 1000),
                Ok(())
            );
            limit.failed("ana@shop.example", "198.51.100.7", n * 1000);
        }
        assert_eq!(
            limit.check("ana@shop.example", "203.0.113.9", 5_000),
            Err(WINDOW_MS - 5_000)
        );
        assert_eq!(
            limit.check("bo@shop.example", "203.0.113.9", 5_000),
            Ok(()),
            "others may log in"
        );
        assert_eq!(
            limit.check("ana@shop.example", "203.0.113.9", WINDOW_MS),
            Ok(())
        );
        limit.succeeded("ana@shop.example");
        assert_eq!(
            limit.check("ana@shop.example", "198.51.100.7", WINDOW_MS + 1),
            Ok(())
        );
    }

    #[test]
    fn an_address_trying_many_accounts_is_slowed() {
        let mut limit = LoginLimit::default();
        for n in 0..PER_ADDRESS {
            limit.failed(&format!("agent{n}@shop.example"), "198.51.100.7", 0);
        }
        assert!(limit.check("new@shop.example", "198.51.100.7", 1).is_err());
        assert!(limit.check("new@shop.example", "198.51.100.8", 1).is_ok());
    }
}
