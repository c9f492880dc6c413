//! The directory's cases: invites, logins, sessions, limits.

use crate::agents::account::Profile;
use crate::agents::account::Role;
use crate::agents::console_session::SESSION_MS;
use crate::agents::directory::*;
use crate::agents::login_limit::{PER_ACCOUNT, WINDOW_MS};
use crate::agents::password::derive;
use crate::agents::password::{PasswordRecord, SALT_BYTES};

const PASSWORD: &str = "lisbon tram 28 at dawn";

fn profile(email: &str) -> Profile {
    Profile {
        email: email.into(),
        name: "Ana".into(),
        role: Role::Agent,
        languages: vec!["en".into()],
        regions: vec!["eu".into()],
        can_reveal: false,
        teams: Vec::new(),
    }
    .validated()
    .expect("valid")
}

fn record(password: &str) -> PasswordRecord {
    let salt = vec![3u8; SALT_BYTES];
    PasswordRecord {
        iterations: 2,
        hash: derive(password, &salt, 2),
        salt,
    }
}

/// A directory with Ana's account (invite accepted at 0).
fn with_ana() -> Directory {
    let mut d = Directory {
        seed: "seed".into(),
        ..Directory::default()
    };
    d.invite(profile("ana@shop.example"), "invite-token", 0)
        .expect("invited");
    d.accept("invite-token", record(PASSWORD), 1)
        .expect("accepted");
    d
}

fn attempt(d: &Directory, email: &str, password: &str) -> Vec<u8> {
    let c = d.challenge(email);
    derive(password, &c.salt, c.iterations)
}

#[test]
fn an_invite_works_once_and_expires() {
    let mut d = Directory::default();
    d.invite(profile("bo@shop.example"), "t1", 0)
        .expect("invited");
    assert!(d.invite_for("t1", INVITE_MS - 1).is_ok());
    assert_eq!(
        d.invite_for("t1", INVITE_MS),
        Err(DirectoryError::ExpiredInvite)
    );
    assert_eq!(d.invite_for("t2", 0), Err(DirectoryError::UnknownInvite));
    assert!(
        !d.invites.iter().any(|i| i.token == "t1"),
        "stored as a digest"
    );
    d.accept("t1", record(PASSWORD), 5).expect("accepted");
    assert_eq!(
        d.accept("t1", record(PASSWORD), 6).map(|_| ()),
        Err(DirectoryError::UnknownInvite)
    );
    assert_eq!(
        d.invite(profile("BO@shop.example"), "t3", 7),
        Err(DirectoryError::AccountExists)
    );
}

#[test]
fn login_opens_a_session_the_cookie_finds_until_it_expires_or_is_revoked() {
    let mut d = with_ana();
    let derived = attempt(&d, "Ana@Shop.example", PASSWORD);
    let session = d
        .login(
            "Ana@Shop.example",
            "198.51.100.7",
            &derived,
            ("sid-1", "csrf-1"),
            10,
        )
        .expect("logged in")
        .clone();
    assert_eq!(session.account, "ana@shop.example");
    let (found, account) = d.session("sid-1", 11).expect("live");
    assert_eq!(
        (found.csrf.as_str(), account.profile.name.as_str()),
        ("csrf-1", "Ana")
    );
    assert!(d.session("sid-2", 11).is_none());
    assert!(d.session("sid-1", 10 + SESSION_MS).is_none(), "expired");
    assert_eq!(d.revoke("ana@shop.example", false), Ok(1));
    assert!(d.session("sid-1", 12).is_none(), "revoked");
    d.login(
        "ana@shop.example",
        "198.51.100.7",
        &derived,
        ("sid-3", "c"),
        13,
    )
    .expect("again");
    d.logout("sid-3");
    assert!(d.session("sid-3", 14).is_none());
    d.revoke("ana@shop.example", true).expect("disabled");
    assert_eq!(
        d.login(
            "ana@shop.example",
            "198.51.100.7",
            &derived,
            ("sid-4", "c"),
            15
        )
        .map(|_| ()),
        Err(DirectoryError::WrongLogin)
    );
}

#[test]
fn wrong_passwords_and_unknown_addresses_look_alike_and_are_limited() {
    let mut d = with_ana();
    let unknown = d.challenge("nobody@shop.example");
    assert_eq!(
        unknown,
        d.challenge("nobody@shop.example"),
        "the same made-up salt each time"
    );
    // As many iterations as a new password gets (the test account was made with fewer).
    assert_eq!(unknown.iterations, crate::agents::password::ITERATIONS);
    let wrong = attempt(&d, "nobody@shop.example", PASSWORD);
    assert_eq!(
        d.login(
            "nobody@shop.example",
            "198.51.100.7",
            &wrong,
            ("s", "c"),
            10
        )
        .map(|_| ()),
        Err(DirectoryError::WrongLogin)
    );
    for n in 0..PER_ACCOUNT as u64 {
        let wrong = attempt(&d, "ana@shop.example", "guess");
        let _ = d.login(
            "ana@shop.example",
            "203.0.113.9",
            &wrong,
            ("s", "c"),
            20 + n,
        );
    }
    let right = attempt(&d, "ana@shop.example", PASSWORD);
    assert!(matches!(
        d.login("ana@shop.example", "192.0.2.1", &right, ("s", "c"), 30),
        Err(DirectoryError::Limited(_))
    ));
    assert!(
        d.login(
            "ana@shop.example",
            "192.0.2.1",
            &right,
            ("s", "c"),
            20 + WINDOW_MS
        )
        .is_ok()
    );
}

#[test]
fn the_team_page_lists_accounts_and_open_invites_and_admins_change_them() {
    let mut d = with_ana();
    d.invite(profile("bo@shop.example"), "t2", 10)
        .expect("invited");
    d.invite(profile("old@shop.example"), "t3", 0)
        .expect("invited");
    let now = INVITE_MS + 5;
    let members = d.members(now);
    let states: Vec<(&str, MemberState)> = members
        .iter()
        .map(|m| (m.profile.email.as_str(), m.state))
        .collect();
    assert_eq!(
        states,
        [
            ("ana@shop.example", MemberState::Active),
            ("bo@shop.example", MemberState::Invited)
        ],
        "an expired invite is gone"
    );
    assert_eq!(members[1].invite_expires_ms, Some(INVITE_MS + 10));

    let mut changed = profile("ana@shop.example");
    changed.languages = vec!["pt-PT".into(), "en".into()];
    d.update(changed.clone()).expect("updated");
    assert_eq!(d.accounts["ana@shop.example"].profile, changed);
    let mut bo = profile("bo@shop.example");
    bo.role = Role::Admin;
    d.update(bo).expect("an invite is changed too");
    assert_eq!(d.invites[0].profile.role, Role::Admin);
    assert_eq!(
        d.update(profile("nobody@shop.example")),
        Err(DirectoryError::UnknownAccount)
    );

    d.revoke("ana@shop.example", true).expect("disabled");
    assert_eq!(d.members(now)[0].state, MemberState::Disabled);
    d.reinstate("ANA@shop.example").expect("reinstated");
    assert_eq!(d.members(now)[0].state, MemberState::Active);
    assert_eq!(
        d.reinstate("nobody@shop.example"),
        Err(DirectoryError::UnknownAccount)
    );
}

#[test]
fn a_single_sign_on_opens_a_session_for_an_enabled_account_only() {
    let mut d = with_ana();
    let session = d
        .sso_login(" ANA@shop.example", ("sso-session", "sso-csrf"), 10)
        .expect("known")
        .clone();
    assert_eq!(session.account, "ana@shop.example");
    assert_eq!(session.expires_ms, 10 + SESSION_MS);
    let (found, account) = d.session("sso-session", 11).expect("live");
    assert_eq!(
        (found.csrf.as_str(), account.profile.name.as_str()),
        ("sso-csrf", "Ana")
    );
    assert_eq!(
        d.sso_login("nobody@shop.example", ("s2", "c2"), 12)
            .map(|_| ()),
        Err(DirectoryError::WrongLogin),
        "told as a wrong password"
    );
    // Someone guessing Ana's password locks out passwords, not her single sign-on.
    for n in 0..PER_ACCOUNT as u64 {
        let _ = d.login("ana@shop.example", "203.0.113.9", b"x", ("s", "c"), 20 + n);
    }
    assert!(d.sso_login("ana@shop.example", ("s3", "c3"), 30).is_ok());
    d.revoke("ana@shop.example", true).expect("revoked");
    assert!(d.session("s3", 31).is_none());
    assert_eq!(
        d.sso_login("ana@shop.example", ("s4", "c4"), 32)
            .map(|_| ()),
        Err(DirectoryError::WrongLogin),
        "a disabled account"
    );
}

#[test]
fn one_person_signing_in_again_and_again_ends_only_their_own_oldest_sessions() {
    let mut d = with_ana();
    d.invite(profile("bo@shop.example"), "t2", 2)
        .expect("invited");
    d.accept("t2", record(PASSWORD), 3).expect("accepted");
    d.sso_login("bo@shop.example", ("bo-session", "bo-csrf"), 4)
        .expect("bo");
    for n in 0..(SESSIONS_PER_ACCOUNT as u64 + 5) {
        d.sso_login("ana@shop.example", (&format!("ana-{n}"), "c"), 10 + n)
            .expect("ana");
    }
    assert!(d.session("bo-session", 100).is_some(), "Bo's session stays");
    assert!(d.session("ana-0", 100).is_none(), "Ana's oldest went");
    let last = format!("ana-{}", SESSIONS_PER_ACCOUNT + 4);
    assert!(d.session(&last, 100).is_some());
    let anas = d
        .sessions
        .iter()
        .filter(|s| s.account == "ana@shop.example")
        .count();
    assert_eq!(anas, SESSIONS_PER_ACCOUNT);
}
