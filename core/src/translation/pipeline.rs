//! The translation pipeline: personal data into placeholders → glossary terms protected →
//! the locales' phrasebook → the region's translation memory → machine-translation
//! providers in the merchant's order → placeholders restored. Providers and the memory
//! are traits the edge implements; nothing here does I/O.
//!
//! A message is never held back or changed by translation: the caller stores the original
//! and whatever this returns beside it, [`Translation::Unavailable`] included.

use std::time::Duration;

use crate::language::language_id::session_language;
use crate::language::locale::Locale;
use crate::privacy::redaction;
use crate::translation::glossary::Glossary;
use crate::translation::memory::{MemoryKey, MemoryStore, Phrasebook};
use crate::translation::placeholders::{self, Masked, RestoreError};
use crate::translation::provider_api::ProviderError;
use crate::translation::translators::Refusal;
use crate::wire::message_translation::{MessageTranslation, TranslationState};

/// A machine-translation provider. `masked` is markup with `<x id="N"/>` markers to keep.
#[allow(async_fn_in_trait)] // Used single-threaded (WASM) and in tests; no Send bound needed.
pub trait Translator {
    fn name(&self) -> &str;
    async fn translate(
        &self,
        masked: &str,
        source: &str,
        target: Locale,
    ) -> Result<String, ProviderError>;
}

/// No message waits longer than this for its translation; it is then delivered marked
/// "translation unavailable" (`timeout`).
pub const DEADLINE: Duration = Duration::from_secs(6);

/// Where a translation came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Via {
    /// The locales' own human translation of a bot or template phrase.
    Phrasebook,
    /// The region's memory of an earlier provider answer.
    Memory,
    /// A provider, by configured name.
    Provider(String),
}

impl Via {
    pub fn label(&self) -> String {
        match self {
            Via::Phrasebook => "phrasebook".into(),
            Via::Memory => "memory".into(),
            Via::Provider(name) => format!("provider:{name}"),
        }
    }
}

/// Why a message has no translation although it needed one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unavailable {
    /// The merchant lists no usable provider.
    NoProvider,
    /// Every provider listed processes text outside the session's region.
    OutsideRegion,
    /// The last provider tried failed so.
    Failed(ProviderError),
    /// Providers answered but lost or repeated a placeholder.
    PlaceholdersLost(RestoreError),
    /// No answer within the edge's time limit.
    Timeout,
}

impl Unavailable {
    /// Why no provider could be asked, from the residency check's refusals.
    pub fn without_providers(refused: &[(String, Refusal)]) -> Self {
        if refused
            .iter()
            .any(|(_, r)| matches!(r, Refusal::OutsideRegion { .. }))
        {
            Unavailable::OutsideRegion
        } else {
            Unavailable::NoProvider
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            Unavailable::NoProvider => "no_provider",
            Unavailable::OutsideRegion => "outside_region",
            Unavailable::Failed(e) => e.code(),
            Unavailable::PlaceholdersLost(_) => "placeholders_lost",
            Unavailable::Timeout => "timeout",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Translation {
    /// Already in the target language, or nothing but data to translate.
    NotNeeded,
    Done {
        text: String,
        via: Via,
    },
    Unavailable(Unavailable),
}

impl Translation {
    /// What to store beside the message for this answer; `None` when no translation was
    /// needed.
    pub fn for_message(self, target: Locale) -> Option<MessageTranslation> {
        let lang = target.tag().to_owned();
        match self {
            Translation::NotNeeded => None,
            Translation::Done { text, via } => Some(MessageTranslation {
                state: TranslationState::Done,
                lang,
                text: Some(text),
                via: Some(via.label()),
                reason: None,
            }),
            Translation::Unavailable(why) => Some(MessageTranslation {
                state: TranslationState::Unavailable,
                lang,
                text: None,
                via: None,
                reason: Some(why.code().to_owned()),
            }),
        }
    }
}

/// Does text identified as `source` need translating for a reader of `target`?
pub fn needed(source: &str, target: Locale) -> bool {
    source != session_language(target) && source != target.language()
}

/// The message as a provider may see it: personal data and glossary terms as markers.
pub fn protect(text: &str, glossary: &Glossary) -> Masked {
    let mut spans: Vec<(usize, usize)> = redaction::find(text)
        .into_iter()
        .map(|s| (s.start, s.end))
        .chain(glossary.find(text))
        .collect();
    // Where two spans start together the longer wins; `mask` skips any span overlapping
    // an earlier one.
    spans.sort_by_key(|&(start, end)| (start, std::cmp::Reverse(end)));
    placeholders::mask(text, &spans)
}

/// What the memory holds of `text` written in `source`, whatever it was translated into:
/// the language and masked text an erasure asks the memory to forget.
pub fn memory_text(text: &str, source: &str, glossary: &Glossary) -> (String, String) {
    let key = MemoryKey::new(source, Locale::En, &protect(text, glossary).text);
    (key.source, key.text)
}

/// What the pipeline works with besides the providers.
#[derive(Debug)]
pub struct Resources<'a, M> {
    pub glossary: &'a Glossary,
    pub phrasebook: &'a Phrasebook,
    pub memory: &'a M,
}

/// Translates `text`, identified as `source`, for a reader of `target`. `providers` are
/// the ones the residency check allows, in order; when it is empty, `none` says why.
pub async fn translate<M: MemoryStore, T: Translator>(
    text: &str,
    source: &str,
    target: Locale,
    resources: &Resources<'_, M>,
    providers: &[T],
    none: Unavailable,
) -> Translation {
    if !needed(source, target) {
        return Translation::NotNeeded;
    }
    let masked = protect(text, resources.glossary);
    if !masked.has_words() {
        return Translation::NotNeeded;
    }
    if masked.slots.is_empty()
        && let Some(phrase) = resources.phrasebook.lookup(text, target)
    {
        return Translation::Done {
            text: phrase.to_owned(),
            via: Via::Phrasebook,
        };
    }
    let key = MemoryKey::new(source, target, &masked.text);
    if let Some(known) = resources.memory.get(&key).await
        && let Ok(text) = placeholders::restore(&known, &masked.slots)
    {
        return Translation::Done {
            text,
            via: Via::Memory,
        };
    }
    let mut why = none;
    for provider in providers {
        match provider.translate(&masked.text, source, target).await {
            Ok(answer) => match placeholders::restore(&answer, &masked.slots) {
                Ok(text) => {
                    resources.memory.put(&key, &answer).await;
                    return Translation::Done {
                        text,
                        via: Via::Provider(provider.name().to_owned()),
                    };
                }
                Err(e) => why = Unavailable::PlaceholdersLost(e),
            },
            Err(e) => why = Unavailable::Failed(e),
        }
    }
    Translation::Unavailable(why)
}
