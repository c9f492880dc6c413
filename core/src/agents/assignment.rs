//! Whom a conversation can be handed to, and who first: people who may see its region and
//! whose account works, those who write the shopper's language and are on shift (one of
//! their teams is in now, by the teams' hours) ahead of the rest. The console shows the
//! list; the edge checks the one chosen with [`may_take`].

use serde::{Deserialize, Serialize};

use crate::agents::directory::{Member, MemberState};
use crate::language::locale::Locale;
use crate::residency::region::Region;
use crate::teams::availability::{Zones, on_duty};
use crate::teams::schedule::Team;

/// One person the conversation could go to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    pub email: String,
    pub name: String,
    /// They write the shopper's language (the same language; `pt-PT` writes `pt-BR`).
    pub writes: bool,
    /// One of their teams is in now; `None`: they belong to no team with known hours.
    pub on_shift: Option<bool>,
}

impl Suggestion {
    /// Lower is suggested first: writes and on shift, then on shift, then writes.
    fn rank(&self) -> u8 {
        let shift = match self.on_shift {
            Some(true) => 0,
            None => 1,
            Some(false) => 2,
        };
        shift * 2 + u8::from(!self.writes)
    }
}

/// May this person take a conversation placed in `region`? Their account must work (not
/// disabled, invite accepted) and see the region.
pub fn may_take(member: &Member, region: Region) -> bool {
    member.state == MemberState::Active && member.profile.sees(region)
}

/// Does `profile_languages` hold the shopper's language?
fn writes(languages: &[String], shopper: Locale) -> bool {
    languages
        .iter()
        .filter_map(|t| Locale::from_tag(t))
        .any(|l| l.language() == shopper.language())
}

/// Is one of the teams named in; `None` when no named team's hours are known.
fn on_shift(names: &[String], teams: &[Team], now_ms: u64, zones: &impl Zones) -> Option<bool> {
    teams
        .iter()
        .filter(|t| names.contains(&t.name))
        .filter_map(|t| on_duty(t, now_ms, zones))
        .reduce(|a, b| a || b)
}

/// The people who may take a conversation of a `shopper` placed in `region`, best first
/// (then by name, so the list reads the same each time).
pub fn suggestions<'a>(
    members: impl IntoIterator<Item = &'a Member>,
    teams: &[Team],
    shopper: Locale,
    region: Region,
    now_ms: u64,
    zones: &impl Zones,
) -> Vec<Suggestion> {
    let mut list: Vec<Suggestion> = members
        .into_iter()
        .filter(|a| may_take(a, region))
        .map(|a| Suggestion {
            email: a.profile.email.clone(),
            name: a.profile.name.clone(),
            writes: writes(&a.profile.languages, shopper),
            on_shift: on_shift(&a.profile.teams, teams, now_ms, zones),
        })
        .collect();
    list.sort_by(|a, b| {
        (a.rank(), a.name.to_lowercase(), &a.email).cmp(&(
            b.rank(),
            b.name.to_lowercase(),
            &b.email,
        ))
    });
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agents::account::{Profile, Role};
    use crate::teams::availability::Fixed;
    use crate::teams::calendar::{Date, days_from_civil};

    fn team(name: &str, zone: &str) -> Team {
        let raw = format!(
            r#"{{"name":"{name}","time_zone":"{zone}","hours":{{"mon":"09:00-18:00","tue":"09:00-18:00","wed":"09:00-18:00","thu":"09:00-18:00","fri":"09:00-18:00"}}}}"#
        );
        Team::from_raw(serde_json::from_str(&raw).expect("json")).expect("team")
    }

    fn account(email: &str, languages: &[&str], regions: &[&str], teams: &[&str]) -> Member {
        Member {
            profile: Profile {
                email: email.into(),
                name: email.split('@').next().unwrap_or_default().into(),
                role: Role::Agent,
                languages: languages.iter().map(|s| s.to_string()).collect(),
                regions: regions.iter().map(|s| s.to_string()).collect(),
                can_reveal: false,
                teams: teams.iter().map(|s| s.to_string()).collect(),
            },
            state: MemberState::Active,
            invite_expires_ms: None,
        }
    }

    /// Tuesday 2026-12-01 at `hour` UTC.
    fn at(hour: u64) -> u64 {
        let day = days_from_civil(Date {
            year: 2026,
            month: 12,
            day: 1,
        }) as u64;
        day * 86_400_000 + hour * 3_600_000
    }

    #[test]
    fn the_one_who_writes_thai_and_is_on_shift_comes_first() {
        let teams = [
            team("Lisbon", "Europe/Lisbon"),
            team("Bangkok", "Asia/Bangkok"),
        ];
        let people = [
            account("ana@s.co", &["pt-PT", "en"], &["eu", "apac"], &["Lisbon"]),
            account("somchai@s.co", &["th", "en"], &["apac"], &["Bangkok"]),
            account("kim@s.co", &["th"], &["apac"], &[]),
            account("eve@s.co", &["th"], &["eu"], &["Bangkok"]),
        ];
        // 10:00 UTC: 17:00 in Bangkok, 10:00 in Lisbon; both teams in.
        let list = suggestions(&people, &teams, Locale::Th, Region::Apac, at(10), &Fixed);
        let order: Vec<&str> = list.iter().map(|s| s.email.as_str()).collect();
        assert_eq!(
            order,
            ["somchai@s.co", "ana@s.co", "kim@s.co"],
            "eve sees eu only"
        );
        assert_eq!(list[2].on_shift, None);
        // 12:00 UTC: Bangkok is out; Ana (in, but no Thai) now leads.
        let list = suggestions(&people, &teams, Locale::Th, Region::Apac, at(12), &Fixed);
        let order: Vec<&str> = list.iter().map(|s| s.email.as_str()).collect();
        assert_eq!(order, ["ana@s.co", "kim@s.co", "somchai@s.co"]);
        assert_eq!(list[2].on_shift, Some(false));
        assert!(list[2].writes && !list[0].writes);
    }

    #[test]
    fn disabled_and_invited_only_people_take_nothing() {
        let mut off = account("off@s.co", &["th"], &["apac"], &[]);
        off.state = MemberState::Disabled;
        let mut invited = account("new@s.co", &["th"], &["apac"], &[]);
        invited.state = MemberState::Invited;
        assert!(!may_take(&off, Region::Apac) && !may_take(&invited, Region::Apac));
        assert!(may_take(
            &account("a@s.co", &["th"], &["apac"], &[]),
            Region::Apac
        ));
        assert!(suggestions(&[off, invited], &[], Locale::Th, Region::Apac, 0, &Fixed).is_empty());
    }

    #[test]
    fn portuguese_writers_write_brazilian_portuguese() {
        assert!(writes(&["pt-PT".into()], Locale::PtBr));
        assert!(!writes(&["es".into()], Locale::PtBr));
    }
}
