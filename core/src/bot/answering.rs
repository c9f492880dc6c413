//! Answering: shipping, duties and returns from the store's settings and the shopper's
//! country (`commerce::answer`) when they cover it; otherwise from the store's knowledge
//! base: search the shopper's words in the shopper's
//! language; when the base has no entry there, the shell translates the words into the
//! store's language and searches again; an answer that exists only in the store's language
//! is translated back, and marked as such. The link, when the entry has one, follows the
//! answer.

use crate::bot::dialogue::Answered;
use crate::bot::intent::Intent;
use crate::bot::reply::OwnWords;
use crate::commerce::answer::Topic;
use crate::knowledge::base::KnowledgeBase;
use crate::knowledge::entry::Entry;
use crate::knowledge::retrieval::search;
use crate::language::locale::Locale;

/// The country-dependent topic of an intent, answered from the store's commerce settings
/// and the country's rules before the knowledge base is searched.
pub fn topic(intent: Intent) -> Option<Topic> {
    match intent {
        Intent::ShippingTime => Some(Topic::Shipping),
        Intent::CustomsDuties => Some(Topic::Duties),
        Intent::ReturnRefund => Some(Topic::Returns),
        _ => None,
    }
}

/// Do the store's settings answer `topic` on their own? Shipping times and duties are
/// the store's to say; returns also have the store's own words in its knowledge base.
pub fn settled_by_rules(topic: Option<Topic>, have_rules: bool) -> bool {
    have_rules && matches!(topic, Some(Topic::Shipping | Topic::Duties))
}

/// The answer when the knowledge base was searched too: a returns entry comes with the
/// country's law before it; without an entry, the settings' answer (law and the store's
/// window), if any.
pub fn choose(
    topic: Option<Topic>,
    rules: Option<OwnWords>,
    law: Option<OwnWords>,
    found: Answered,
) -> Answered {
    match found {
        Answered::Knowledge { entry, words, .. } => {
            let before = if topic == Some(Topic::Returns) {
                law
            } else {
                None
            };
            Answered::Knowledge {
                entry,
                words,
                before,
            }
        }
        other => match rules {
            Some(words) if topic.is_some() => Answered::Rules(words),
            _ => other,
        },
    }
}

/// What the knowledge base offers for a shopper's question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FromKnowledge {
    /// An entry, answered in the shopper's language.
    Answer {
        entry: String,
        text: String,
    },
    /// An entry whose answer exists only in the store's language: translate `text`.
    Translate {
        entry: String,
        text: String,
    },
    /// Nothing matched in the shopper's language and the base has entries in the store's:
    /// translate the question and call [`again`].
    SearchStoreLanguage,
    Nothing,
}

/// The answer text of `entry` in `locale`, with its link.
fn answer_text(entry: &Entry, locale: Locale) -> Option<String> {
    let answer = entry.answer(locale)?;
    Some(match &entry.link {
        Some(link) => format!("{answer}\n{link}"),
        None => answer.to_owned(),
    })
}

fn found(kb: &KnowledgeBase, id: &str, shopper: Locale, store: Locale) -> FromKnowledge {
    let Some(entry) = kb.entries.get(id) else {
        return FromKnowledge::Nothing;
    };
    if let Some(text) = answer_text(entry, shopper) {
        return FromKnowledge::Answer {
            entry: id.to_owned(),
            text,
        };
    }
    match answer_text(entry, store).or_else(|| {
        entry
            .answers
            .keys()
            .next()
            .and_then(|t| Locale::from_tag(t))
            .and_then(|l| answer_text(entry, l))
    }) {
        Some(text) => FromKnowledge::Translate {
            entry: id.to_owned(),
            text,
        },
        None => FromKnowledge::Nothing,
    }
}

/// The first search: the shopper's words among the questions in their language.
pub fn first(kb: &KnowledgeBase, query: &str, shopper: Locale, store: Locale) -> FromKnowledge {
    if query.trim().is_empty() {
        return FromKnowledge::Nothing;
    }
    if let Some(hit) = search(kb, query, shopper) {
        return found(kb, &hit.entry, shopper, store);
    }
    let store_has_questions = kb
        .entries
        .values()
        .any(|e| e.questions.contains_key(store.tag()));
    if shopper != store && store_has_questions {
        FromKnowledge::SearchStoreLanguage
    } else {
        FromKnowledge::Nothing
    }
}

/// The second search: the shopper's words translated into the store's language.
pub fn again(
    kb: &KnowledgeBase,
    translated: &str,
    shopper: Locale,
    store: Locale,
) -> FromKnowledge {
    match search(kb, translated, store) {
        Some(hit) => found(kb, &hit.entry, shopper, store),
        None => FromKnowledge::Nothing,
    }
}

/// The locale an answer of [`FromKnowledge::Translate`] is written in.
pub fn answer_locale(kb: &KnowledgeBase, entry: &str, store: Locale) -> Locale {
    let Some(entry) = kb.entries.get(entry) else {
        return store;
    };
    if entry.answer(store).is_some() {
        return store;
    }
    entry
        .answers
        .keys()
        .next()
        .and_then(|t| Locale::from_tag(t))
        .unwrap_or(store)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kb() -> KnowledgeBase {
        let returns = Entry {
            id: "returns".into(),
            questions: [
                ("en".to_owned(), vec!["How do I return an item?".to_owned()]),
                ("th".to_owned(), vec!["คืนสินค้าอย่างไร".to_owned()]),
            ]
            .into(),
            answers: [("en".to_owned(), "Within 30 days, free.".to_owned())].into(),
            tags: vec![],
            link: Some("https://shop.example/returns".into()),
        };
        let mut kb = KnowledgeBase::default();
        kb.replace(vec![returns]).expect("valid");
        kb
    }

    #[test]
    fn returns_put_the_law_before_the_stores_words() {
        let w = |t: &str| OwnWords {
            text: t.into(),
            lang: "en".into(),
            translation: None,
        };
        let found = || Answered::Knowledge {
            entry: "returns".into(),
            words: w("30 days"),
            before: None,
        };
        assert_eq!(
            choose(
                Some(Topic::Returns),
                Some(w("law + 30")),
                Some(w("law")),
                found()
            ),
            Answered::Knowledge {
                entry: "returns".into(),
                words: w("30 days"),
                before: Some(w("law"))
            }
        );
        assert_eq!(
            choose(
                Some(Topic::Returns),
                Some(w("law + 30")),
                Some(w("law")),
                Answered::Nothing
            ),
            Answered::Rules(w("law + 30"))
        );
        assert_eq!(
            choose(None, None, None, Answered::Nothing),
            Answered::Nothing
        );
        assert!(settled_by_rules(Some(Topic::Shipping), true));
        assert!(!settled_by_rules(Some(Topic::Returns), true));
        assert!(!settled_by_rules(Some(Topic::Duties), false));
    }

    #[test]
    fn answers_in_the_shoppers_language_or_says_what_to_translate() {
        let kb = kb();
        assert_eq!(
            first(&kb, "how can I return this?", Locale::En, Locale::En),
            FromKnowledge::Answer {
                entry: "returns".into(),
                text: "Within 30 days, free.\nhttps://shop.example/returns".into()
            }
        );
        // Found by the Thai question, answered only in English: translate the answer.
        assert!(matches!(
            first(&kb, "คืนสินค้าอย่างไรคะ", Locale::Th, Locale::En),
            FromKnowledge::Translate { .. }
        ));
        // No German questions: search again in the store's language.
        assert_eq!(
            first(&kb, "Wie kann ich zurückgeben?", Locale::De, Locale::En),
            FromKnowledge::SearchStoreLanguage
        );
        assert!(matches!(
            again(&kb, "How can I return it?", Locale::De, Locale::En),
            FromKnowledge::Translate { .. }
        ));
        assert_eq!(answer_locale(&kb, "returns", Locale::En), Locale::En);
        assert_eq!(
            first(&kb, "is the shop open on sunday", Locale::En, Locale::En),
            FromKnowledge::Nothing
        );
        assert_eq!(
            first(&kb, " ", Locale::En, Locale::En),
            FromKnowledge::Nothing
        );
    }
}
