//! A store's agent directory, kept in its home region: accounts, invites (single use,
//! expiring, stored as digests), console sessions (revocable) and login limits; the entries
//! of its audit log of revealed personal data (stored apart, as rows). A pure state
//! machine: the edge stores it, makes the random secrets and derives passwords (Web
//! Crypto), and asks it every decision.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::agents::account::{Account, Profile, account_key};
use crate::agents::console_session::{ConsoleSession, SESSION_MS, digest};
use crate::agents::login_limit::LoginLimit;
use crate::agents::password::{ITERATIONS, PasswordRecord, SALT_BYTES};

/// How long an invite link works.
pub const INVITE_MS: u64 = 7 * 24 * 3_600_000;
/// Audit entries kept (the oldest go first); an admin reads them through the API.
pub const MAX_AUDIT: usize = 100_000;
const MAX_SESSIONS: usize = 5_000;
/// Sessions one person keeps (browsers, devices); a new one ends their oldest, never
/// someone else's.
pub const SESSIONS_PER_ACCOUNT: usize = 20;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invite {
    /// [`digest`] of the link's token.
    pub token: String,
    pub profile: Profile,
    pub expires_ms: u64,
}

/// Who revealed what, when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub at_ms: u64,
    pub account: String,
    /// `reveal`.
    pub action: String,
    /// What was revealed: `<region>/<conversation>#<seq>`.
    pub target: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DirectoryError {
    #[error("this invite link is unknown or was used already")]
    UnknownInvite,
    #[error("this invite link has expired; ask your admin for a new one")]
    ExpiredInvite,
    #[error("an account with this e-mail address exists already")]
    AccountExists,
    #[error("no such account")]
    UnknownAccount,
    #[error("wrong e-mail address or password")]
    WrongLogin,
    #[error("too many failed logins; try again in {} minutes", .0.div_ceil(60_000))]
    Limited(u64),
}

/// A person as the team page lists them: their profile and where their account stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub profile: Profile,
    pub state: MemberState,
    /// When the invite stops working (an invited person only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invite_expires_ms: Option<u64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MemberState {
    Active,
    Invited,
    Disabled,
}

impl MemberState {
    /// As the API spells it (`active`, `invited`, `disabled`).
    pub fn as_str(self) -> &'static str {
        match self {
            MemberState::Active => "active",
            MemberState::Invited => "invited",
            MemberState::Disabled => "disabled",
        }
    }
}

/// How an attempt's password must be derived: the account's salt and iterations (made up,
/// but always the same, for an unknown address: logins tell no one who has an account).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Challenge {
    pub salt: Vec<u8>,
    pub iterations: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Directory {
    /// By [`account_key`].
    pub accounts: std::collections::BTreeMap<String, Account>,
    pub invites: Vec<Invite>,
    pub sessions: Vec<ConsoleSession>,
    pub limit: LoginLimit,
    /// Random, made once: the made-up salts of unknown addresses come from it.
    pub seed: String,
}

impl Directory {
    /// Invites `profile` with a link whose token is `token`; an unused invite for the same
    /// address is replaced.
    pub fn invite(
        &mut self,
        profile: Profile,
        token: &str,
        now_ms: u64,
    ) -> Result<(), DirectoryError> {
        if self.accounts.contains_key(&profile.email) {
            return Err(DirectoryError::AccountExists);
        }
        self.invites
            .retain(|i| i.profile.email != profile.email && i.expires_ms > now_ms);
        self.invites.push(Invite {
            token: digest(token),
            profile,
            expires_ms: now_ms + INVITE_MS,
        });
        Ok(())
    }

    /// The invite a link's `token` opens, if it still works.
    pub fn invite_for(&self, token: &str, now_ms: u64) -> Result<&Invite, DirectoryError> {
        let token = digest(token);
        let invite = self
            .invites
            .iter()
            .find(|i| i.token == token)
            .ok_or(DirectoryError::UnknownInvite)?;
        if invite.expires_ms <= now_ms {
            return Err(DirectoryError::ExpiredInvite);
        }
        Ok(invite)
    }

    /// Accepts the invite: the account exists from now on with `password`; the link is
    /// spent.
    pub fn accept(
        &mut self,
        token: &str,
        password: PasswordRecord,
        now_ms: u64,
    ) -> Result<&Account, DirectoryError> {
        let profile = self.invite_for(token, now_ms)?.profile.clone();
        let spent = digest(token);
        self.invites.retain(|i| i.token != spent);
        let key = profile.email.clone();
        self.accounts.insert(
            key.clone(),
            Account {
                profile,
                password: Some(password.encode()),
                disabled: false,
            },
        );
        Ok(&self.accounts[&key])
    }

    /// What a login attempt for `email` must derive its password with.
    pub fn challenge(&self, email: &str) -> Challenge {
        let key = account_key(email);
        let record = self
            .accounts
            .get(&key)
            .and_then(|a| a.password.as_deref())
            .and_then(PasswordRecord::parse);
        match record {
            Some(r) => Challenge {
                salt: r.salt,
                iterations: r.iterations,
            },
            None => Challenge {
                salt: digest(&format!("{}:{key}", self.seed)).as_bytes()[..SALT_BYTES].to_vec(),
                iterations: ITERATIONS,
            },
        }
    }

    /// A login from `address` whose password, derived per [`Directory::challenge`], is
    /// `derived`: a session with id `session_id` and CSRF token `csrf`, or why not.
    pub fn login(
        &mut self,
        email: &str,
        address: &str,
        derived: &[u8],
        (session_id, csrf): (&str, &str),
        now_ms: u64,
    ) -> Result<&ConsoleSession, DirectoryError> {
        let key = account_key(email);
        self.limit
            .check(&key, address, now_ms)
            .map_err(DirectoryError::Limited)?;
        let right = self.accounts.get(&key).is_some_and(|a| {
            !a.disabled
                && a.password
                    .as_deref()
                    .and_then(PasswordRecord::parse)
                    .is_some_and(|r| r.matches(derived))
        });
        if !right {
            self.limit.failed(&key, address, now_ms);
            return Err(DirectoryError::WrongLogin);
        }
        self.limit.succeeded(&key);
        Ok(self.open_session(key, session_id, csrf, now_ms))
    }

    /// A login the store's identity provider vouched for (a verified Cloudflare Access
    /// token for `email`): a session like [`Directory::login`]'s, without a password. Not
    /// counted by the login limit, which slows password guessing: a signed token is not a
    /// guess, and a lockout someone caused by guessing should not lock out SSO. An unknown
    /// or disabled account is told as a wrong login, so no one learns who has an account.
    pub fn sso_login(
        &mut self,
        email: &str,
        (session_id, csrf): (&str, &str),
        now_ms: u64,
    ) -> Result<&ConsoleSession, DirectoryError> {
        let key = account_key(email);
        if self.accounts.get(&key).is_none_or(|a| a.disabled) {
            return Err(DirectoryError::WrongLogin);
        }
        Ok(self.open_session(key, session_id, csrf, now_ms))
    }

    fn open_session(
        &mut self,
        account: String,
        session_id: &str,
        csrf: &str,
        now_ms: u64,
    ) -> &ConsoleSession {
        self.sessions.retain(|s| s.live(now_ms));
        let theirs = self
            .sessions
            .iter()
            .filter(|s| s.account == account)
            .count();
        if theirs >= SESSIONS_PER_ACCOUNT
            && let Some(oldest) = self.sessions.iter().position(|s| s.account == account)
        {
            self.sessions.remove(oldest);
        } else if self.sessions.len() >= MAX_SESSIONS {
            self.sessions.remove(0);
        }
        self.sessions.push(ConsoleSession {
            id: digest(session_id),
            account,
            csrf: csrf.to_owned(),
            created_ms: now_ms,
            expires_ms: now_ms + SESSION_MS,
        });
        self.sessions.last().expect("just pushed")
    }

    /// The live session a cookie's `session_id` names, with its account.
    pub fn session(&self, session_id: &str, now_ms: u64) -> Option<(&ConsoleSession, &Account)> {
        let id = digest(session_id);
        let session = self
            .sessions
            .iter()
            .find(|s| s.id == id && s.live(now_ms))?;
        let account = self
            .accounts
            .get(&session.account)
            .filter(|a| !a.disabled)?;
        Some((session, account))
    }

    pub fn logout(&mut self, session_id: &str) {
        let id = digest(session_id);
        self.sessions.retain(|s| s.id != id);
    }

    /// Everyone: accounts by name, then the invites still open.
    pub fn members(&self, now_ms: u64) -> Vec<Member> {
        let mut accounts: Vec<Member> = self
            .accounts
            .values()
            .map(|a| Member {
                profile: a.profile.clone(),
                state: if a.disabled {
                    MemberState::Disabled
                } else {
                    MemberState::Active
                },
                invite_expires_ms: None,
            })
            .collect();
        accounts.sort_by_key(|m| m.profile.name.to_lowercase());
        let invited = self
            .invites
            .iter()
            .filter(|i| i.expires_ms > now_ms)
            .map(|i| Member {
                profile: i.profile.clone(),
                state: MemberState::Invited,
                invite_expires_ms: Some(i.expires_ms),
            });
        accounts.extend(invited);
        accounts
    }

    /// An admin changes what a person is (name, role, languages, regions, teams, reveal):
    /// an account's profile, or an open invite's. Their sessions read it at once.
    pub fn update(&mut self, profile: Profile) -> Result<(), DirectoryError> {
        if let Some(account) = self.accounts.get_mut(&profile.email) {
            account.profile = profile;
            return Ok(());
        }
        let invite = self
            .invites
            .iter_mut()
            .find(|i| i.profile.email == profile.email)
            .ok_or(DirectoryError::UnknownAccount)?;
        invite.profile = profile;
        Ok(())
    }

    /// An admin switches a disabled account on again (its old sessions stay ended).
    pub fn reinstate(&mut self, email: &str) -> Result<(), DirectoryError> {
        let account = self
            .accounts
            .get_mut(&account_key(email))
            .ok_or(DirectoryError::UnknownAccount)?;
        account.disabled = false;
        Ok(())
    }

    /// An admin ends every session of `email` (and, with `disable`, the account).
    pub fn revoke(&mut self, email: &str, disable: bool) -> Result<usize, DirectoryError> {
        let key = account_key(email);
        let account = self
            .accounts
            .get_mut(&key)
            .ok_or(DirectoryError::UnknownAccount)?;
        account.disabled |= disable;
        let before = self.sessions.len();
        self.sessions.retain(|s| s.account != key);
        Ok(before - self.sessions.len())
    }
}
