//! Finding what the bot answers with: shipping, duties and returns from the store's
//! settings and the shopper's country (core's `commerce::answer`); then the store's
//! knowledge base, searched and translated
//! as core's `bot::answering` says (the shopper's words into the store's language when the
//! base has nothing in theirs; an answer the store wrote only in its language back into
//! the shopper's, marked as translated).

use std::sync::OnceLock;

use caravan_core::bot::answering::{self, FromKnowledge};
use caravan_core::bot::dialogue::Answered;
use caravan_core::bot::intent::Intent;
use caravan_core::bot::reply::OwnWords;
use caravan_core::commerce;
use caravan_core::commerce::answer::{Rules, Topic};
use caravan_core::commerce::import_taxes::ImportTaxes;
use caravan_core::commerce::withdrawal::WithdrawalLaws;
use caravan_core::language::language_id;
use caravan_core::language::locale::Locale;
use caravan_core::residency::region::Region;
use caravan_core::translation::pipeline::Translation;
use worker::Env;

use crate::config::Config;
use crate::locales::{bot_words, country_name};
use crate::object_session::Session;
use crate::{knowledge_cache, translating};

fn laws() -> &'static WithdrawalLaws {
    static LAWS: OnceLock<WithdrawalLaws> = OnceLock::new();
    LAWS.get_or_init(WithdrawalLaws::shipped)
}

fn taxes() -> &'static ImportTaxes {
    static TAXES: OnceLock<ImportTaxes> = OnceLock::new();
    TAXES.get_or_init(ImportTaxes::shipped)
}

/// The answer to the shopper's `question` about `intent`: the store's settings and the
/// rules of `country` (a verified order's, else the session's), its knowledge base, or
/// both, as core's `bot::answering` decides.
pub async fn answer(
    env: &Env,
    session: &Session,
    country: Option<&str>,
    intent: Intent,
    question: &str,
    now_ms: u64,
) -> Answered {
    let topic = answering::topic(intent);
    let (rules, law) = topic
        .and_then(|t| from_rules(env, session, country, t, now_ms))
        .map_or((None, None), |(rules, law)| (Some(rules), law));
    if answering::settled_by_rules(topic, rules.is_some()) {
        return rules.map_or(Answered::Nothing, Answered::Rules);
    }
    let found = from_knowledge(env, session, question).await;
    answering::choose(topic, rules, law, found)
}

/// What the store's settings and `country`'s rules say about `topic`, in the shopper's
/// language: all of it, and the country's law alone (when it has one).
fn from_rules(
    env: &Env,
    session: &Session,
    country: Option<&str>,
    topic: Topic,
    now_ms: u64,
) -> Option<(OwnWords, Option<OwnWords>)> {
    let country = country?;
    let config = Config::of(env);
    let merchant = session.store(&config)?;
    let name = country_name(&session.locale, country);
    let rules = Rules {
        withdrawal: laws(),
        import_taxes: taxes(),
    };
    let sentences = commerce::answer::answer(topic, country, &name, &merchant.commerce, rules)?;
    let words = bot_words(&session.locale, session.country.clone(), now_ms);
    let shopper = Locale::from_tag(&session.locale).unwrap_or(Locale::En);
    let said = |law_only: bool| {
        let text: Vec<String> = sentences
            .iter()
            .filter(|s| !law_only || s.key == commerce::answer::keys::WITHDRAWAL_LAW)
            .filter_map(|s| words(s.key, &s.args))
            .collect();
        (!text.is_empty()).then(|| OwnWords {
            text: text.join(" "),
            lang: language_id::session_language(shopper).to_owned(),
            translation: None,
        })
    };
    Some((said(false)?, said(true)))
}

/// The answer to the shopper's `question` from the store's knowledge base, if it has one.
async fn from_knowledge(env: &Env, session: &Session, question: &str) -> Answered {
    let config = Config::of(env);
    let Some(merchant) = session.store(&config) else {
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
            before: None,
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
                before: None,
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
