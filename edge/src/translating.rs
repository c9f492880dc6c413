//! Runs core's translation pipeline for a message of a conversation in `region`: the
//! merchant's providers that residency allows, its glossary, the locales' phrasebook and
//! the region's memory, all within one deadline.

use std::time::Duration;

use caravan_core::language::locale::Locale;
use caravan_core::residency::region::Region;
use caravan_core::store::merchant::Merchant;
use caravan_core::translation::glossary::Glossary;
use caravan_core::translation::pipeline::{
    self as translation, Resources, Translation, Unavailable,
};
use caravan_core::translation::translators::{self, Refusal, Translators};
use futures_util::future::{Either, select};
use worker::{Delay, Env};

use crate::config;
use crate::locales::phrasebook;
use crate::translation_memory::RegionMemory;
use crate::translators::EdgeTranslator;

/// No message waits longer than this for its translation; it is then delivered marked
/// "translation unavailable".
pub const DEADLINE: Duration = Duration::from_secs(6);

pub async fn translate(
    env: &Env,
    merchant: &Merchant,
    region: Region,
    text: &str,
    source: &str,
    target: Locale,
) -> Translation {
    // The pipeline says so too; asking first spares reading the configuration.
    if !translation::needed(source, target) {
        return Translation::NotNeeded;
    }
    let configured = config::translators(env).unwrap_or_else(|e| {
        worker::console_error!("{}", e.message);
        Translators::default()
    });
    let choice = translators::choose(&configured, &merchant.translation, region);
    for (name, refusal) in &choice.refused {
        match refusal {
            Refusal::OutsideRegion { processes_in } => worker::console_log!(
                "translator {name} refused: it processes text in {}, the session lives in {region}",
                processes_in.as_str()
            ),
            Refusal::Unknown => worker::console_warn!("translator {name} is not configured"),
        }
    }
    let providers: Vec<EdgeTranslator> = choice
        .usable
        .iter()
        .filter_map(|spec| {
            EdgeTranslator::new(spec, env)
                .map_err(|e| worker::console_error!("translator {}: {e}", spec.name))
                .ok()
        })
        .collect();
    let backends = config::backends(env).ok();
    let memory = RegionMemory::of(env, backends.as_ref().and_then(|b| b.get(region)));
    let glossary = Glossary::new(
        merchant
            .translation
            .glossary
            .iter()
            .map(String::as_str)
            .chain([merchant.name.as_str()]),
    );
    let resources = Resources {
        glossary: &glossary,
        phrasebook: phrasebook(),
        memory: &memory,
    };
    let none = Unavailable::without_providers(&choice.refused);
    let pipeline = std::pin::pin!(translation::translate(
        text, source, target, &resources, &providers, none
    ));
    let deadline = std::pin::pin!(Delay::from(DEADLINE));
    match select(pipeline, deadline).await {
        Either::Left((outcome, _)) => outcome,
        Either::Right(_) => Translation::Unavailable(Unavailable::Timeout),
    }
}
