//! A conversation told in the reading agent's language: each shopper message is stored with
//! its translation into the store's agents' language, the bot's in the shopper's language;
//! an agent who reads in another (their console's) has the newest told here through the
//! same pipeline, memory and glossary, or reads the original when it is in their language
//! (core's `translation::reader`).

use caravan_core::language::locale::Locale;
use caravan_core::residency::region::Region;
use caravan_core::store::merchant::Merchant;
use caravan_core::translation::reader::{PER_READ, Retelling, retelling};
use caravan_core::wire::message_translation::MessageTranslation;
use serde_json::{Value, json};

use crate::translating;

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

/// The shopper's and the bot's `messages` (as `agent_view` shows them) told for `reader`,
/// newest first, at most [`PER_READ`] of them.
pub async fn retell(
    env: &worker::Env,
    merchant: &Merchant,
    region: Region,
    messages: &mut [Value],
    reader: Locale,
) {
    let store_agents = merchant.translation.agent_locale;
    let theirs = messages
        .iter_mut()
        .rev()
        .filter(|m| m["author"] == "shopper" || m["author"] == "bot")
        .take(PER_READ);
    for message in theirs {
        let written_in = message["lang"].as_str().map(str::to_owned);
        let stored = message["author"] == "shopper";
        match retelling(store_agents, reader, written_in.as_deref(), stored) {
            Retelling::Stored => {}
            Retelling::Original => message["translation"] = Value::Null,
            Retelling::Translate => {
                let (Some(text), Some(source)) = (message["text"].as_str(), written_in) else {
                    continue;
                };
                let told = translating::translate(env, merchant, region, text, &source, reader)
                    .await
                    .for_message(reader);
                message["translation"] = told.as_ref().map_or(Value::Null, translation_view);
            }
        }
    }
}
