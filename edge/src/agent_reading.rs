//! A conversation told in the reading agent's language: each shopper message is stored with
//! its translation into the store's agents' language, the bot's in the shopper's language;
//! an agent who reads in another (their console's) has the newest told here through the
//! same pipeline, memory and glossary, or reads the original when it is in their language
//! (core's `translation::reader`).

use std::pin::pin;
use std::time::Duration;

use caravan_core::language::locale::Locale;
use caravan_core::residency::region::Region;
use caravan_core::store::merchant::Merchant;
use caravan_core::translation::reader::{PER_READ, Retelling, retelling};
use caravan_core::wire::message_translation::{MessageTranslation, TranslationState};
use futures_util::future::{Either, join_all, select};
use serde_json::{Value, json};
use worker::Delay;

use crate::{clock, translating};

/// A message's translation as the agent API shows it.
pub fn translation_view(t: &MessageTranslation) -> Value {
    json!({
        "state": t.state.as_str(),
        "lang": t.lang,
        "text": t.text,
        "via": t.via,
        "reason": t.reason,
    })
}

/// A read's whole budget for telling messages: well under the object call's timeout, so a
/// slow provider leaves some messages with what was stored rather than failing the read.
const BUDGET: Duration = Duration::from_millis(4_000);
/// Messages told at once (each may ask the region's memory, then a provider).
const AT_ONCE: usize = 6;

/// The shopper's and the bot's `messages` (as `agent_view` shows them) told for `reader`,
/// newest first, at most [`PER_READ`] of them, within [`BUDGET`]. A message whose telling
/// is unavailable keeps its stored translation.
pub async fn retell(
    env: &worker::Env,
    merchant: &Merchant,
    region: Region,
    messages: &mut [Value],
    reader: Locale,
) {
    let store_agents = merchant.translation.agent_locale;
    let mut jobs: Vec<(usize, String, String)> = Vec::new();
    let theirs = messages
        .iter_mut()
        .enumerate()
        .rev()
        .filter(|(_, m)| m["author"] == "shopper" || m["author"] == "bot")
        .take(PER_READ);
    for (at, message) in theirs {
        let written_in = message["lang"].as_str().map(str::to_owned);
        let stored = message["author"] == "shopper";
        match retelling(store_agents, reader, written_in.as_deref(), stored) {
            Retelling::Stored => {}
            Retelling::Original => message["translation"] = Value::Null,
            Retelling::Translate => {
                if let (Some(text), Some(source)) = (message["text"].as_str(), written_in) {
                    jobs.push((at, text.to_owned(), source));
                }
            }
        }
    }
    let started = clock::now_ms();
    let budget = BUDGET.as_millis() as u64;
    for batch in jobs.chunks(AT_ONCE) {
        let left = budget.saturating_sub(clock::now_ms().saturating_sub(started));
        if left == 0 {
            break;
        }
        let told = join_all(batch.iter().map(|(_, text, source)| {
            translating::translate(env, merchant, region, text, source, reader)
        }));
        let timer = Delay::from(Duration::from_millis(left));
        let Either::Left((told, _)) = select(pin!(told), pin!(timer)).await else {
            break;
        };
        for ((at, ..), translation) in batch.iter().zip(told) {
            let message = &mut messages[*at];
            match translation.for_message(reader) {
                None => message["translation"] = Value::Null,
                Some(t) if t.state == TranslationState::Done => {
                    message["translation"] = translation_view(&t);
                }
                // Nothing better than what was stored, when something was.
                Some(t) if message["translation"].is_null() => {
                    message["translation"] = translation_view(&t);
                }
                Some(_) => {}
            }
        }
    }
}
