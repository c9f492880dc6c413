//! A store's people in the console: admins and agents, the languages they write, the
//! regions whose conversations they may see, and whether they may reveal a shopper's
//! masked personal data. Invited first; an account has a password once the invite is
//! accepted.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::language::locale::Locale;
use crate::residency::region::Region;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Invites and manages agents, revokes sessions, reads the audit log, reveals.
    Admin,
    /// Answers conversations; reveals only when allowed to.
    Agent,
}

/// What an admin says about a person they invite.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub email: String,
    pub name: String,
    pub role: Role,
    /// BCP 47 tags of shipped locales; the first is the console's language.
    pub languages: Vec<String>,
    /// Region names (`eu`, `apac`…) whose conversations they see.
    pub regions: Vec<String>,
    #[serde(default)]
    pub can_reveal: bool,
    /// Names of the store's teams whose hours they work (their shift); none: no shift
    /// is known for them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub teams: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ProfileError {
    #[error("email must be an address like ana@shop.example")]
    Email,
    #[error("name must be 1-80 characters")]
    Name,
    #[error("languages must be 1-10 shipped locales; {0:?} is not one")]
    Language(String),
    #[error("regions must be 1-8 known regions; {0:?} is not one")]
    Region(String),
    #[error("teams must be names of the store's teams; {0:?} is not one")]
    Team(String),
}

/// An e-mail address as accounts are keyed: trimmed, lower case.
pub fn account_key(email: &str) -> String {
    email.trim().to_lowercase()
}

impl Profile {
    /// The profile, cleaned, or what is wrong with it.
    pub fn validated(mut self) -> Result<Profile, ProfileError> {
        self.email = account_key(&self.email);
        let ok_email = self.email.len() <= 254
            && self.email.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty() && domain.contains('.') && !domain.contains('@')
            })
            && !self
                .email
                .chars()
                .any(|c| c.is_whitespace() || c.is_control());
        if !ok_email {
            return Err(ProfileError::Email);
        }
        self.name = self.name.trim().to_owned();
        if self.name.is_empty()
            || self.name.chars().count() > 80
            || self.name.chars().any(char::is_control)
        {
            return Err(ProfileError::Name);
        }
        if self.languages.is_empty() || self.languages.len() > 10 {
            return Err(ProfileError::Language(String::new()));
        }
        for tag in &self.languages {
            if Locale::from_tag(tag).is_none() {
                return Err(ProfileError::Language(tag.clone()));
            }
        }
        if self.regions.is_empty() || self.regions.len() > Region::ALL.len() {
            return Err(ProfileError::Region(String::new()));
        }
        for name in &self.regions {
            if Region::parse(name).is_none() {
                return Err(ProfileError::Region(name.clone()));
            }
        }
        Ok(self)
    }

    /// Are the teams named the store's (`known`), and at most ten?
    pub fn check_teams(&self, known: &[&str]) -> Result<(), ProfileError> {
        if self.teams.len() > 10 {
            return Err(ProfileError::Team(String::new()));
        }
        match self.teams.iter().find(|t| !known.contains(&t.as_str())) {
            Some(unknown) => Err(ProfileError::Team(unknown.clone())),
            None => Ok(()),
        }
    }

    /// May this person see conversations placed in `region`?
    pub fn sees(&self, region: Region) -> bool {
        self.regions.iter().any(|r| r == region.as_str())
    }

    /// May this person reveal masked personal data?
    pub fn may_reveal(&self) -> bool {
        self.role == Role::Admin || self.can_reveal
    }
}

/// An account: the profile and, once the invite is accepted, the password record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Account {
    pub profile: Profile,
    /// `PasswordRecord::encode`d; `None` until the invite is accepted.
    pub password: Option<String>,
    /// An admin switched it off: no login, no sessions.
    #[serde(default)]
    pub disabled: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile() -> Profile {
        Profile {
            email: " Ana@Shop.Example ".into(),
            name: "Ana".into(),
            role: Role::Agent,
            languages: vec!["en".into(), "pt-PT".into()],
            regions: vec!["eu".into()],
            can_reveal: false,
            teams: vec!["Lisbon".into()],
        }
    }

    #[test]
    fn profiles_are_cleaned_and_checked() {
        let p = profile().validated().expect("valid");
        assert_eq!(p.email, "ana@shop.example");
        assert!(p.sees(Region::Eu) && !p.sees(Region::Apac));
        assert!(!p.may_reveal());
        assert!(
            Profile {
                role: Role::Admin,
                ..p.clone()
            }
            .may_reveal()
        );
        let bad = |f: fn(&mut Profile)| {
            let mut p = profile();
            f(&mut p);
            p.validated()
        };
        assert_eq!(bad(|p| p.email = "ana".into()), Err(ProfileError::Email));
        assert_eq!(bad(|p| p.name = " ".into()), Err(ProfileError::Name));
        assert_eq!(
            bad(|p| p.languages = vec!["tlh".into()]),
            Err(ProfileError::Language("tlh".into()))
        );
        assert_eq!(
            bad(|p| p.regions = vec!["mars".into()]),
            Err(ProfileError::Region("mars".into()))
        );
        assert_eq!(
            bad(|p| p.regions.clear()),
            Err(ProfileError::Region(String::new()))
        );
        let known = ["Lisbon", "Bangkok"];
        assert_eq!(p.check_teams(&known), Ok(()));
        assert_eq!(
            p.check_teams(&["Bangkok"]),
            Err(ProfileError::Team("Lisbon".into()))
        );
    }

    #[test]
    fn profiles_stored_before_teams_existed_still_read() {
        let old =
            r#"{"email":"a@b.co","name":"A","role":"agent","languages":["en"],"regions":["eu"]}"#;
        let p: Profile = serde_json::from_str(old).expect("reads");
        assert!(p.teams.is_empty() && !p.can_reveal);
        assert!(!serde_json::to_string(&p).expect("json").contains("teams"));
    }
}
