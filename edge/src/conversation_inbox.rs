//! A conversation's row in its store's inbox index: kept in the conversation object's own
//! SQLite (`inbox_row_store.rs`), changed by what happens here (a message stored, a
//! handoff), and put whole into the store's index in the same region (the `HandoffQueue`
//! object of that region). A put that fails is logged; the next change puts the whole row
//! again, so nothing stays behind for long.

use caravan_core::agents::inbox::{Channel, InboxRow};
use caravan_core::residency::region::Region;
use caravan_core::wire::message_translation::TranslationState;
use caravan_core::wire::protocol::{MessageView, ServerFrame};

use crate::config::Config;
use crate::conversation_object::Conversation;
use crate::handoff_queue;
use crate::inbox_row_store::{read, write};
use crate::object_session::Session;

/// A message as agents read it: a shopper's in the agents' language once translated.
fn for_agents(m: &MessageView) -> &str {
    match &m.translation {
        Some(t) if t.state == TranslationState::Done => t.text.as_deref().unwrap_or(&m.text),
        _ => &m.text,
    }
}

impl Conversation {
    /// Changes this conversation's inbox row and puts it in the store's index.
    pub(crate) async fn inbox(&self, session: &Session, change: impl FnOnce(&mut InboxRow)) {
        let sql = self.state.storage().sql();
        let mut row = match read(&sql) {
            Ok(row) => row,
            Err(e) => return worker::console_error!("inbox row: {e}"),
        };
        row.conversation = session
            .conversation
            .clone()
            .unwrap_or_else(|| self.state.id().to_string());
        row.region.clone_from(&session.region);
        row.language.clone_from(&session.locale);
        row.country.clone_from(&session.country);
        row.time_zone.clone_from(&session.time_zone);
        change(&mut row);
        if let Err(e) = write(&sql, &row) {
            return worker::console_error!("inbox row: {e}");
        }
        let config = Config::of(&self.env);
        let Some(region) = Region::parse(&session.region) else {
            return;
        };
        let Some(backend) = config.backends().ok().and_then(|b| b.get(region)) else {
            return;
        };
        let put = match handoff_queue::stub(&self.env, backend, region, &session.merchant) {
            Ok(stub) => handoff_queue::put_row(&stub, &session.merchant, &row).await,
            Err(e) => Err(e),
        };
        if let Err(e) = put {
            worker::console_warn!("inbox row not indexed yet: {e}");
        }
    }

    /// The messages among `frames` change the row (last message, unread, status); `via`:
    /// how the shopper's own message among them came.
    pub(crate) async fn inbox_messages(
        &self,
        session: &Session,
        frames: &[ServerFrame],
        via: Option<Channel>,
    ) {
        let messages: Vec<&MessageView> = frames
            .iter()
            .filter_map(|f| match f {
                ServerFrame::Message(m) => Some(m),
                _ => None,
            })
            .collect();
        if messages.is_empty() {
            return;
        }
        self.inbox(session, |row| {
            if via.is_some() {
                row.channel = via;
            }
            for m in messages {
                row.message(m.author, for_agents(m), m.at);
            }
        })
        .await;
    }
}
