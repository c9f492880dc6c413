//! What a person does to a conversation: joins it (replying, or "assign"), hands it back to
//! the bot, closes it (the shopper is then asked for a rating), writes a private note, or
//! types (each side sees the other typing; nothing of it is stored). Each moves core's
//! dialogue, says what it says in the shopper's language, updates the conversation's inbox
//! row, and takes the conversation off its region's handoff queue.

use caravan_core::agents::inbox::Status;
use caravan_core::agents::note::Note;
use caravan_core::bot::dialogue::Stage;
use caravan_core::conversation::bot_turn;
use caravan_core::language::language_id;
use caravan_core::language::locale::Locale;
use caravan_core::residency::region::Region;
use caravan_core::wire::protocol::{Author, ErrorCode, ServerFrame};
use serde::Deserialize;
use serde_json::json;
use worker::{Request, Response};

use crate::api_error::{ApiError, json_response};
use crate::config::Config;
use crate::conversation_object::Conversation;
use crate::locales::bot_words;
use crate::object_session::{self, Session};
use crate::sql_log::{SqlLog, SqlLogError};
use crate::{dialogue_store, handoff_queue, notes};

/// The shopper's typing reaches the agents at most this often.
const TYPING_EVERY_MS: u64 = 2_500;

/// A person's action, as the console sends it (`/agent/action`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case", deny_unknown_fields)]
pub enum Action {
    /// A reply was sent: a person has the conversation now.
    Join,
    /// Taken by this person (an account's e-mail).
    Assign {
        assignee: String,
    },
    HandBack,
    Close,
}

impl Conversation {
    /// `POST /agent/action`: the action, then the conversation's state as the console shows it.
    pub(crate) async fn agent_action(&self, mut req: Request) -> Result<Response, ApiError> {
        let action: Action = serde_json::from_str(&req.text().await?).map_err(|e| {
            ApiError::new(
                ErrorCode::InvalidRequest,
                format!("the action must be assign (with assignee), hand_back or close: {e}"),
            )
        })?;
        let done = self.act(&action).await?;
        if !done {
            return Err(ApiError::new(
                ErrorCode::NotFound,
                "this conversation has had no shopper yet",
            ));
        }
        let row = crate::inbox_row_store::read(&self.state.storage().sql())?;
        Ok(json_response(
            &json!({ "status": row.status, "assignee": row.assignee }).to_string(),
            200,
        )?)
    }

    /// `POST /agent/note` with `{author, text}`: stored apart from the messages, never framed.
    pub(crate) async fn agent_note(&self, mut req: Request) -> Result<Response, ApiError> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Body {
            author: String,
            text: String,
        }
        let body: Body = serde_json::from_str(&req.text().await?).map_err(|e| {
            ApiError::new(
                ErrorCode::InvalidRequest,
                format!(r#"the body must be {{"author", "text"}}: {e}"#),
            )
        })?;
        let note = Note::new(&body.author, &body.text, crate::clock::now_ms())
            .map_err(|e| ApiError::new(e.code(), e.to_string()))?;
        // A note is about the shopper: what it says of them is stored as their messages.
        let stored = Note {
            text: self.stored().apply(&note.text),
            ..note.clone()
        };
        notes::add(&self.state.storage().sql(), &stored)?;
        Ok(json_response(&json!({ "note": note }).to_string(), 201)?)
    }

    /// `POST /agent/typing`: the shopper's open chats show that the team is typing.
    pub(crate) fn agent_typing(&self) -> Result<Response, ApiError> {
        self.broadcast(&[ServerFrame::Typing {
            author: Author::Agent,
        }]);
        // Polls waiting now carry it too (the lite chat, the widget on a weak link).
        self.agent_typing_at.set(crate::clock::now_ms());
        self.changes.notify();
        Ok(json_response(r#"{"ok":true}"#, 200)?)
    }

    /// The shopper is typing: passed on to the consoles watching the region's inbox, at
    /// most every [`TYPING_EVERY_MS`], and only while a person is awaited or has it.
    pub(crate) async fn shopper_typing(&self, session: &Session) {
        let now = crate::clock::now_ms();
        if now.saturating_sub(self.typing_passed_at.get()) < TYPING_EVERY_MS {
            return;
        }
        let sql = self.state.storage().sql();
        let person = dialogue_store::read(&sql)
            .is_ok_and(|d| matches!(d.stage, Stage::Waiting | Stage::Agent));
        let config = Config::of(&self.env);
        let (Some(region), Some(conversation)) = (
            Region::parse(&session.region),
            session.conversation.as_deref(),
        ) else {
            return;
        };
        let Some(backend) = config.backends().ok().and_then(|b| b.get(region)) else {
            return;
        };
        if !person {
            return;
        }
        self.typing_passed_at.set(now);
        let told = match handoff_queue::stub(&self.env, backend, region, &session.merchant) {
            Ok(stub) => handoff_queue::typing(&stub, conversation).await,
            Err(e) => Err(e),
        };
        if let Err(e) = told {
            worker::console_warn!("typing not passed on: {e}");
        }
    }

    /// Performs `action`; `false` when the conversation has no session to speak to.
    pub(crate) async fn act(&self, action: &Action) -> Result<bool, SqlLogError> {
        let _turn = self.bot_turns.lock().await;
        let sql = self.state.storage().sql();
        let mut dialogue = dialogue_store::read(&sql)?;
        let Some(session) = object_session::last(&sql)? else {
            return Ok(false);
        };
        let steps = match action {
            // Every reply after the first: nothing to change.
            Action::Join if dialogue.stage == Stage::Agent => return Ok(true),
            Action::Assign { .. } if dialogue.stage == Stage::Agent => Vec::new(),
            Action::Join | Action::Assign { .. } => dialogue.agent_joined(),
            Action::HandBack => dialogue.handed_back(),
            Action::Close => dialogue.closed_by_agent(),
        };
        let now = crate::clock::now_ms();
        let shopper = Locale::from_tag(&session.locale).unwrap_or(Locale::En);
        let words = bot_words(&session.locale, session.country.clone(), now);
        let said = bot_turn::say(
            &mut SqlLog::new(&sql, self.stored()),
            steps,
            &words,
            language_id::session_language(shopper),
            now,
        )?;
        dialogue_store::write(&sql, &dialogue, self.stored())?;
        self.broadcast(&said.broadcast);
        self.inbox_messages(&session, &said.broadcast, None).await;
        let action = action.clone();
        self.inbox(&session, move |row| match action {
            Action::Join => {}
            Action::Assign { assignee } => {
                row.assignee = Some(assignee);
                row.status = Status::Open;
                row.waiting_since_ms = None;
            }
            Action::HandBack => {
                row.status = Status::Bot;
                row.assignee = None;
                row.trigger = None;
                row.waiting_since_ms = None;
            }
            Action::Close => {
                row.status = Status::Closed;
                row.waiting_since_ms = None;
                row.unread = 0;
            }
        })
        .await;
        self.off_queue(&session).await;
        Ok(true)
    }

    /// Off its region's queue, and off the queue older releases shared between regions.
    async fn off_queue(&self, session: &Session) {
        let config = Config::of(&self.env);
        let region = Region::parse(&session.region);
        let backend = region.and_then(|r| Some((r, config.backends().ok()?.get(r)?)));
        let (Some((region, backend)), Some(conversation)) =
            (backend, session.conversation.as_deref())
        else {
            return;
        };
        let stubs = [
            handoff_queue::stub(&self.env, backend, region, &session.merchant),
            handoff_queue::legacy_stub(&self.env, backend, &session.merchant),
        ];
        for stub in stubs {
            let dequeued = match stub {
                Ok(stub) => handoff_queue::dequeue(&stub, conversation).await,
                Err(e) => Err(e),
            };
            if let Err(e) = dequeued {
                worker::console_warn!("conversation not taken off its queue: {e}");
            }
        }
    }
}
