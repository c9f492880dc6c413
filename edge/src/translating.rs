//! Runs core's translation pipeline for a message of a conversation in `region`: the
//! merchant's providers that residency allows, its glossary, the locales' phrasebook and
//! the region's memory, all within one deadline.

use caravan_core::language::locale::Locale;
use caravan_core::residency::region::Region;
use caravan_core::store::merchant::Merchant;
use caravan_core::translation::glossary::Glossary;
use caravan_core::translation::pipeline::{
    self as translation, DEADLINE, Resources, Translation, Unavailable,
};
use caravan_core::translation::translators::{self, Refusal, Translators};
use futures_util::future::{Either, select};
use worker::{Delay, Env};

use crate::config::Config;
use crate::locales::phrasebook;
use crate::translation_memory::RegionMemory;
use crate::translators::EdgeTranslator;

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
    let config = Config::of(env);
    let none_configured = Translators::default();
    let configured = config.translators().unwrap_or_else(|e| {
        worker::console_error!("{}", e.message);
        &none_configured
    });
    let choice = translators::choose(configured, &merchant.translation, region);
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
    let backend = config.backends().ok().and_then(|b| b.get(region));
    let memory = RegionMemory::of(env, region, backend);
    let glossary = Glossary::for_store(merchant);
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
