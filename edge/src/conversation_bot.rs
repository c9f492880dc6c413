//! The bot's side of a `Conversation` object: after a shopper message is stored, core's
//! dialogue decides what happens; this file only performs its steps (store what it says,
//! queue the conversation for a person) and keeps its state. A handoff that could not reach
//! the queue is retried by the object's alarm until it has. Answers come from the store's
//! knowledge base (`bot_answers.rs`), orders from the store's system (`order_lookup.rs`),
//! shown only to the shopper who gave the checkout contact or whose address the store
//! vouched for.

use caravan_core::agents::handoff_summary::{HandoffSummary, LAST_MESSAGES, Whereabouts};
use caravan_core::agents::inbox::Status;
use caravan_core::bot::dialogue::{Availability, Dialogue, Lookup, Stage, Step, Turn};
use caravan_core::bot::frustration::Frustration;
use caravan_core::bot::handoff::HandoffRules;
use caravan_core::bot::order_answer;
use caravan_core::bot::order_reference::Contact;
use caravan_core::bot::reply::{Choice, Say};
use caravan_core::conversation::bot_turn;
use caravan_core::conversation::rules::ConversationLog;
use caravan_core::language::language_id;
use caravan_core::language::locale::Locale;
use caravan_core::residency::region::Region;
use caravan_core::teams::availability::{Staffing, staffing};
use caravan_core::wire::protocol::ServerFrame;
use std::sync::OnceLock;

use crate::abuse_limits;
use crate::config::Config;
use crate::conversation_object::Conversation;
use crate::locales::bot_words;
use crate::object_session::{self, Session};
use crate::sql_log::{SqlLog, SqlLogError};
use crate::time_zones::{IntlMoments, IntlZones, local_moment};
use crate::{bot_answers, dialogue_store, handoff_queue, order_lookup, pending_turns};

/// Rounds of steps one message may cause (say, answer, say…): a bound, not a budget.
const MAX_ROUNDS: usize = 4;
/// A handoff the queue did not take is tried again after this long.
const RETRY_MS: u64 = 30_000;

/// Who is there to take a handoff, from the store's teams; a time to be back told in the
/// shopper's language and zone.
fn availability(env: &worker::Env, session: &Session, shopper: Locale, now: u64) -> Availability {
    let config = Config::of(env);
    let Some(merchant) = session.store(&config) else {
        return Availability::Unknown;
    };
    match staffing(&merchant.teams, shopper, now, &IntlZones) {
        Staffing::Unknown => Availability::Unknown,
        Staffing::Open { typical_wait_min } => Availability::Open { typical_wait_min },
        Staffing::Away { back_ms } => Availability::Away {
            back: local_moment(&session.locale, session.time_zone.as_deref(), back_ms),
        },
    }
}

fn handoff_rules() -> &'static HandoffRules {
    static RULES: OnceLock<HandoffRules> = OnceLock::new();
    RULES.get_or_init(HandoffRules::shipped)
}

fn frustration() -> &'static Frustration {
    static LEXICON: OnceLock<Frustration> = OnceLock::new();
    LEXICON.get_or_init(Frustration::shipped)
}

impl Conversation {
    /// The bot's turns owed (`owed`: a stored message may have added one), oldest first,
    /// each broadcast and put in the inbox; a failure here loses nothing the shopper wrote.
    /// One runner at a time (the turns' lock).
    pub(crate) async fn answer(&self, session: &Session, owed: bool) {
        if !owed {
            return;
        }
        let _turns = self.bot_turns.lock().await;
        let sql = self.state.storage().sql();
        loop {
            let (seq, text, choice) = match pending_turns::oldest(&sql) {
                Ok(Some(turn)) => turn,
                Ok(None) => return,
                Err(e) => return worker::console_error!("bot turn: {e}"),
            };
            let text = self.originals.borrow_mut().remove(&seq).unwrap_or(text);
            match self.bot_turn(session, seq, &text, choice.as_deref()).await {
                Ok(frames) => {
                    self.broadcast(&frames);
                    self.inbox_messages(session, &frames, None).await;
                }
                Err(e) => worker::console_error!("bot turn: {e}"),
            }
            // Run once, whatever came of it (the turn settles itself when it speaks): a turn
            // that fails every time must not block the ones after it.
            if let Err(e) = pending_turns::done(&sql, seq) {
                return worker::console_error!("bot turn: {e}");
            }
        }
    }

    /// The bot's turn after the shopper's `text` (or tapped `choice`), stored as message
    /// `owed`: the frames it broadcast. The caller holds `bot_turns`. The turn stops being
    /// owed in the same write as its first message, so a turn cut short after speaking is
    /// not run twice, and one cut short before speaking runs again.
    pub(crate) async fn bot_turn(
        &self,
        session: &Session,
        owed: u64,
        text: &str,
        choice: Option<&str>,
    ) -> Result<Vec<ServerFrame>, SqlLogError> {
        let sql = self.state.storage().sql();
        let mut dialogue = dialogue_store::read(&sql)?;
        let now = crate::clock::now_ms();
        let shopper = Locale::from_tag(&session.locale).unwrap_or(Locale::En);
        let written_in = Locale::from_tag(language_id::identify(text, shopper).language);
        let locales: Vec<Locale> = [Some(shopper), written_in, Some(Locale::En)]
            .into_iter()
            .flatten()
            .collect();
        let availability = availability(&self.env, session, shopper, now);
        let turn = Turn {
            now_ms: now,
            availability: &availability,
            locales: &locales,
            frustration: frustration(),
            rules: handoff_rules(),
            // The shopper logged in at the store: their address is the order's contact.
            vouched_email: session.vouched_email(now / 1000),
        };
        let words = bot_words(&session.locale, session.country.clone(), now);
        let lang = language_id::session_language(shopper);

        let mut steps = match choice.and_then(Choice::parse) {
            Some(choice) => dialogue.on_choice(choice, turn),
            None => dialogue.on_message(text, turn),
        };
        let mut frames = Vec::new();
        // The dialogue is saved whatever happens below: what it said is stored already.
        let mut failure = None;
        for _ in 0..MAX_ROUNDS {
            let said = match bot_turn::say(
                &mut SqlLog::new(&sql, self.stored()),
                steps,
                &words,
                lang,
                now,
            ) {
                Ok(said) => said,
                Err(e) => {
                    failure = Some(e);
                    break;
                }
            };
            // No await since `say`: committed together with what it stored.
            if frames.is_empty() && !said.broadcast.is_empty() {
                pending_turns::done(&sql, owed)?;
            }
            frames.extend(said.broadcast);
            steps = Vec::new();
            for pending in said.pending {
                match pending {
                    Step::HandOff(trigger) => {
                        self.inbox(session, |row| row.handed_off(trigger.name(), now))
                            .await;
                        dialogue.queued = self.enqueue(&dialogue, session).await;
                        if !dialogue.queued
                            && let Err(e) = self.retry_later().await
                        {
                            worker::console_error!("could not schedule the handoff retry: {e}");
                        }
                    }
                    Step::Answer { intent, text } => {
                        let country = dialogue
                            .order_country
                            .as_deref()
                            .or(session.country.as_deref());
                        let found =
                            bot_answers::answer(&self.env, session, country, intent, &text, now)
                                .await;
                        steps.extend(dialogue.answered(found, turn));
                    }
                    Step::LookUp { order, contact } => {
                        let (card, heard) = self.look_up(session, &order, &contact).await;
                        steps.extend(card.map(Step::Say));
                        steps.extend(dialogue.looked_up(heard, turn));
                    }
                    Step::Say(_) => {}
                }
            }
            if steps.is_empty() {
                break;
            }
        }
        dialogue.stamp_rating(now);
        dialogue_store::write(&sql, &dialogue, self.stored())?;
        pending_turns::done(&sql, owed)?;
        // A closed conversation stays closed while it is rated and commented on.
        if dialogue.stage == Stage::Closed {
            let stars = dialogue.rating.as_ref().map(|r| r.stars);
            self.inbox(session, |row| {
                row.status = Status::Closed;
                row.rating = stars;
            })
            .await;
        }
        match failure {
            Some(e) => Err(e),
            None => Ok(frames),
        }
    }

    /// Looks order `number` up in the session's store and checks `contact` against it: the
    /// card to show (only to its owner) and what the dialogue hears.
    async fn look_up(
        &self,
        session: &Session,
        number: &str,
        contact: &Contact,
    ) -> (Option<Say>, Lookup) {
        let config = Config::of(&self.env);
        let Some(merchant) = session.store(&config) else {
            return (None, Lookup::Unavailable);
        };
        let Some(settings) = &merchant.orders else {
            return (None, Lookup::Unavailable);
        };
        // The store's lookups together: past the limit the bot says it cannot look now.
        let limit = abuse_limits::Limit::LookupsPerStore;
        if abuse_limits::count(&self.env, limit, &session.merchant)
            .await
            .is_err()
        {
            return (None, Lookup::Unavailable);
        }
        let outcome = order_lookup::look_up(&self.env, settings, number).await;
        let moments = IntlMoments {
            tag: session.locale.clone(),
            zone: session.time_zone.clone(),
        };
        order_answer::checked(
            outcome,
            contact,
            &settings.vip,
            &merchant.commerce,
            session.country.as_deref(),
            &moments,
        )
    }

    /// What the agents are told of this conversation: its handoff summary, once handed off.
    pub(crate) fn summary(&self) -> Result<Option<HandoffSummary>, SqlLogError> {
        let sql = self.state.storage().sql();
        let dialogue = dialogue_store::read(&sql)?;
        if dialogue.trigger.is_none() {
            return Ok(None);
        }
        Ok(object_session::last(&sql)?.and_then(|s| self.summary_of(&dialogue, &s)))
    }

    fn summary_of(&self, dialogue: &Dialogue, session: &Session) -> Option<HandoffSummary> {
        let sql = self.state.storage().sql();
        let log = SqlLog::new(&sql, self.stored());
        let recent = log
            .last_seq()
            .and_then(|last| log.after(last.saturating_sub(LAST_MESSAGES as u64), LAST_MESSAGES))
            .ok()?;
        let shopper_time = session
            .time_zone
            .as_deref()
            .map(|zone| local_moment(&session.locale, Some(zone), crate::clock::now_ms()));
        let id = self.state.id().to_string();
        let at = Whereabouts {
            conversation: session.conversation.as_deref().unwrap_or(&id),
            region: &session.region,
            language: &session.locale,
            country: session.country.as_deref(),
            shopper_time: shopper_time.as_deref(),
        };
        let mut summary = HandoffSummary::of(dialogue, at, &recent, crate::clock::now_ms());
        // Its messages come from the log, stored as the store says; the address too.
        summary.email = summary.email.map(|e| self.stored().apply(&e));
        Some(summary)
    }

    /// Puts this conversation's summary in its merchant's queue, in its region; `false`
    /// when the queue could not be reached (the alarm tries again).
    async fn enqueue(&self, dialogue: &Dialogue, session: &Session) -> bool {
        let (Some(summary), Some(region)) = (
            self.summary_of(dialogue, session),
            Region::parse(&session.region),
        ) else {
            return false;
        };
        let config = Config::of(&self.env);
        let Some(backend) = config.backends().ok().and_then(|b| b.get(region)) else {
            return false;
        };
        let queued = match handoff_queue::stub(&self.env, backend, region, &session.merchant) {
            Ok(stub) => handoff_queue::enqueue(&stub, &summary).await,
            Err(e) => Err(e),
        };
        queued
            .map_err(|e| worker::console_warn!("handoff not queued yet: {e}"))
            .is_ok()
    }

    /// The alarm's part: a handoff still waiting for the queue is queued now.
    pub(crate) async fn retry_handoff(&self) -> worker::Result<()> {
        let _turn = self.bot_turns.lock().await;
        let sql = self.state.storage().sql();
        let mut dialogue =
            dialogue_store::read(&sql).map_err(|e| worker::Error::RustError(e.to_string()))?;
        if dialogue.stage != Stage::Waiting || dialogue.queued {
            return Ok(());
        }
        let Some(session) =
            object_session::last(&sql).map_err(|e| worker::Error::RustError(e.to_string()))?
        else {
            return Ok(());
        };
        dialogue.queued = self.enqueue(&dialogue, &session).await;
        dialogue_store::write(&sql, &dialogue, self.stored())
            .map_err(|e| worker::Error::RustError(e.to_string()))?;
        if !dialogue.queued {
            self.retry_later().await?;
        }
        Ok(())
    }

    /// Wakes the object in [`RETRY_MS`] unless an alarm is due sooner (a translation's,
    /// set for now, must not be pushed back).
    pub(crate) async fn retry_later(&self) -> worker::Result<()> {
        let storage = self.state.storage();
        let due = crate::clock::now_ms() as i64 + RETRY_MS as i64;
        match storage.get_alarm().await? {
            Some(at) if at <= due => Ok(()),
            _ => storage.set_alarm(RETRY_MS as i64).await,
        }
    }
}
