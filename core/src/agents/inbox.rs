//! The console's inbox: a row per conversation, kept per store and region by an index
//! object in that region (updated by the conversation objects), read region by region and
//! merged in the agent's browser, so no region's data is copied into another to build it.
//! The row says what an agent needs to pick a conversation: status, language and country,
//! the shopper's zone, why it was handed off, the last message masked, unread count.

use serde::{Deserialize, Serialize};

use crate::privacy::masking;
use crate::wire::protocol::Author;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The bot has it.
    #[default]
    Bot,
    /// Handed off: a person is awaited.
    Waiting,
    /// A person has it.
    Open,
    Closed,
}

/// How the shopper's messages reach us: the widget over a live socket, or polling over
/// HTTP (the lite chat, and the widget on a weak network). Agents keep replies short for
/// the second.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Socket,
    Polling,
}

/// Longest last-message preview kept (characters).
const PREVIEW: usize = 160;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InboxRow {
    pub conversation: String,
    pub region: String,
    pub status: Status,
    /// The shopper's locale (BCP 47), country (ISO 3166-1) and IANA zone.
    pub language: String,
    pub country: Option<String>,
    pub time_zone: Option<String>,
    /// Why it was handed off (`asked`, `frustration`, `vip`…).
    pub trigger: Option<String>,
    /// When the handoff happened (Unix ms): the waiting time counts from it.
    pub waiting_since_ms: Option<u64>,
    /// The last message, personal data masked, in the agents' language when translated.
    pub last_text: String,
    pub last_author: String,
    pub last_at_ms: u64,
    /// Shopper messages since a person last wrote.
    pub unread: u32,
    /// The account key of the person who has it.
    pub assignee: Option<String>,
    /// The shopper's rating after closing, 1-5.
    pub rating: Option<u8>,
    /// How their last message came (rows stored before it was kept have none).
    pub channel: Option<Channel>,
}

fn preview(text: &str) -> String {
    let masked = masking::masked(text);
    let mut out: String = masked.chars().take(PREVIEW).collect();
    if masked.chars().count() > PREVIEW {
        out.push('…');
    }
    out
}

impl InboxRow {
    /// A message was stored: `text` as agents read it (the translation when there is one).
    pub fn message(&mut self, author: Author, text: &str, at_ms: u64) {
        self.last_text = preview(text);
        self.last_author = author.as_str().to_owned();
        self.last_at_ms = at_ms;
        match author {
            Author::Shopper => {
                self.unread = self.unread.saturating_add(1);
                // A closed conversation reopens with the shopper's next message.
                if self.status == Status::Closed {
                    self.status = if self.assignee.is_some() {
                        Status::Open
                    } else {
                        Status::Bot
                    };
                    self.rating = None;
                }
            }
            Author::Agent => {
                self.unread = 0;
                self.status = Status::Open;
                self.waiting_since_ms = None;
            }
            Author::Bot => {}
        }
    }

    /// The last message again, now in the agents' language (its translation arrived).
    pub fn retell(&mut self, text: &str) {
        self.last_text = preview(text);
    }

    /// Handed off to a person, for `trigger`.
    pub fn handed_off(&mut self, trigger: &str, at_ms: u64) {
        self.status = Status::Waiting;
        self.trigger = Some(trigger.to_owned());
        self.waiting_since_ms.get_or_insert(at_ms);
    }
}

/// What an agent filters the inbox by; `None` for any.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filter {
    pub status: Option<Status>,
    pub language: Option<String>,
    pub country: Option<String>,
    pub region: Option<String>,
    pub assignee: Option<String>,
    pub unread_only: bool,
}

impl Filter {
    pub fn matches(&self, row: &InboxRow) -> bool {
        self.status.is_none_or(|s| s == row.status)
            && self.language.as_ref().is_none_or(|l| *l == row.language)
            && self
                .country
                .as_ref()
                .is_none_or(|c| row.country.as_ref() == Some(c))
            && self.region.as_ref().is_none_or(|r| *r == row.region)
            && self
                .assignee
                .as_ref()
                .is_none_or(|a| row.assignee.as_ref() == Some(a))
            && (!self.unread_only || row.unread > 0)
    }
}

/// How many conversations are in each state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub bot: usize,
    pub waiting: usize,
    pub open: usize,
    pub closed: usize,
    /// Conversations with unread shopper messages.
    pub unread: usize,
}

pub fn counts<'a>(rows: impl IntoIterator<Item = &'a InboxRow>) -> Counts {
    rows.into_iter().fold(Counts::default(), |mut c, row| {
        match row.status {
            Status::Bot => c.bot += 1,
            Status::Waiting => c.waiting += 1,
            Status::Open => c.open += 1,
            Status::Closed => c.closed += 1,
        }
        c.unread += usize::from(row.unread > 0);
        c
    })
}

/// The lists of several regions as one inbox: people waiting first, longest wait first;
/// then the most recent.
pub fn merge(lists: impl IntoIterator<Item = Vec<InboxRow>>) -> Vec<InboxRow> {
    let mut rows: Vec<InboxRow> = lists.into_iter().flatten().collect();
    rows.sort_by(|a, b| {
        let waiting = |r: &InboxRow| r.status != Status::Waiting;
        waiting(a)
            .cmp(&waiting(b))
            .then(
                a.waiting_since_ms
                    .unwrap_or(u64::MAX)
                    .cmp(&b.waiting_since_ms.unwrap_or(u64::MAX)),
            )
            .then(b.last_at_ms.cmp(&a.last_at_ms))
            .then(a.conversation.cmp(&b.conversation))
    });
    rows
}

#[cfg(test)]
#[path = "inbox_tests.rs"]
mod tests;

/// Does `row`, pushed live, announce a new handoff (a sound, a notification)? Only when it
/// starts waiting: not for each message while it waits, nor for one already seen waiting.
pub fn is_new_handoff(before: Option<&InboxRow>, row: &InboxRow) -> bool {
    row.status == Status::Waiting
        && before.is_none_or(|b| {
            b.status != Status::Waiting || b.waiting_since_ms != row.waiting_since_ms
        })
}
