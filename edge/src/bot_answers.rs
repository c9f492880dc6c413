//! Finding what the bot answers with: the store's knowledge base, searched and translated
//! as core's `bot::answering` says (the shopper's words into the store's language when the
//! base has nothing in theirs; an answer the store wrote only in its language back into
//! the shopper's, marked as translated).

use caravan_core::bot::answering::{self, FromKnowledge};
use caravan_core::bot::dialogue::Answered;
use caravan_core::bot::reply::OwnWords;
use caravan_core::language::language_id;
use caravan_core::language::locale::Locale;
use caravan_core::residency::region::Region;
use caravan_core::translation::pipeline::Translation;
use worker::Env;

use crate::config::Config;
use crate::object_session::Session;
use crate::{knowledge_cache, translating};

/// The answer to the shopper's `question` from the store's knowledge base, if it has one.
pub async fn from_knowledge(env: &Env, session: &Session, question: &str) -> Answered {
    let config = Config::of(env);
    let Some(merchant) = config
        .merchants()
        .ok()
        .and_then(|m| m.get(&session.merchant))
    else {
        return Answered::Nothing;
    };
    let Some(kb) = knowledge_cache::base(env, &session.merchant).await else {
        return Answered::Nothing;
    };
    let shopper = Locale::from_tag(&session.locale).unwrap_or(Locale::En);
    let store = Locale::from_tag(&merchant.default_locale).unwrap_or(Locale::En);
    let region = Region::parse(&session.region);
    let mut found = answering::first(&kb, question, shopper, store);
    if found == FromKnowledge::SearchStoreLanguage {
        let source = language_id::identify(question, shopper).language;
        found = match region {
            Some(region) => {
                match translating::translate(env, merchant, region, question, source, store).await {
                    Translation::Done { text, .. } => answering::again(&kb, &text, shopper, store),
                    // The words are the store's language already, or cannot be translated.
                    Translation::NotNeeded => answering::again(&kb, question, shopper, store),
                    Translation::Unavailable(_) => FromKnowledge::Nothing,
                }
            }
            None => FromKnowledge::Nothing,
        };
    }
    match found {
        FromKnowledge::Answer { entry, text } => Answered::Knowledge {
            entry,
            words: OwnWords {
                text,
                lang: shopper.tag().to_owned(),
                translation: None,
            },
        },
        FromKnowledge::Translate { entry, text } => {
            let written = answering::answer_locale(&kb, &entry, store);
            let translation = match region {
                Some(region) => {
                    translating::translate(
                        env,
                        merchant,
                        region,
                        &text,
                        language_id::session_language(written),
                        shopper,
                    )
                    .await
                }
                None => Translation::NotNeeded,
            };
            Answered::Knowledge {
                entry,
                words: OwnWords {
                    text,
                    lang: written.tag().to_owned(),
                    translation: translation.for_message(shopper),
                },
            }
        }
        FromKnowledge::SearchStoreLanguage | FromKnowledge::Nothing => Answered::Nothing,
    }
}
