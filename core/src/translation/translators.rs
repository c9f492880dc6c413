//! The machine-translation providers a deployment may use (var `CARAVAN_TRANSLATORS`),
//! where each one processes the text it is sent, and which of them a session may use: a
//! provider outside the session's region is refused unless the merchant allows it.

use std::collections::BTreeMap;

use serde::Deserialize;
use thiserror::Error;

use crate::residency::region::Region;
use crate::store::merchant::TranslationSettings;
use crate::store::origin::WebOrigin;

/// The Workers AI translation model.
pub const DEFAULT_AI_MODEL: &str = "@cf/meta/m2m100-1.2b";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProviderKind {
    /// Cloudflare Workers AI through the `AI` binding.
    WorkersAi,
    /// DeepL API (`POST /v2/translate`).
    DeepL,
    /// LibreTranslate API (`POST /translate`), self-hostable.
    LibreTranslate,
}

/// Where a provider processes text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Processing {
    /// Only inside this region (a DeepL or LibreTranslate deployment hosted there).
    Region(Region),
    /// Wherever the provider has capacity: no residency promise at all.
    Anywhere,
}

impl Processing {
    pub fn as_str(self) -> &'static str {
        match self {
            Processing::Region(r) => r.as_str(),
            Processing::Anywhere => "anywhere",
        }
    }
}

/// How the edge reaches a provider.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Access {
    /// A Workers binding and the model it runs.
    Binding { binding: String, model: String },
    /// An HTTP API at `origin`; the key is read from the secret named `key_secret`.
    Http {
        origin: String,
        key_secret: Option<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslatorSpec {
    pub name: String,
    pub kind: ProviderKind,
    pub processes_in: Processing,
    pub access: Access,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTranslator {
    kind: String,
    processes_in: String,
    #[serde(default)]
    binding: Option<String>,
    #[serde(default)]
    model: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    key_secret: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TranslatorConfigError {
    #[error("translator configuration is not valid JSON: {0}")]
    Json(String),
    #[error("translator {0:?}: unknown kind {1:?} (workers_ai, deepl, libretranslate)")]
    Kind(String, String),
    #[error("translator {0:?}: processes_in must be a region or \"anywhere\", not {1:?}")]
    Processing(String, String),
    #[error(
        "translator {0:?}: Workers AI runs models wherever Cloudflare has capacity, so it \
         processes \"anywhere\"; it cannot promise a region"
    )]
    AiClaimsRegion(String),
    #[error("translator {0:?}: {1}")]
    Access(String, &'static str),
}

/// The configured providers by name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Translators {
    specs: BTreeMap<String, TranslatorSpec>,
}

impl Translators {
    /// Parses `{"<name>": {"kind", "processes_in", "binding"?, "model"?, "url"?,
    /// "key_secret"?}, ...}`.
    pub fn parse(json: &str) -> Result<Self, TranslatorConfigError> {
        let raw: BTreeMap<String, RawTranslator> =
            serde_json::from_str(json).map_err(|e| TranslatorConfigError::Json(e.to_string()))?;
        let specs = raw
            .into_iter()
            .map(|(name, raw)| validate(&name, raw).map(|s| (name, s)))
            .collect::<Result<_, _>>()?;
        Ok(Self { specs })
    }

    pub fn get(&self, name: &str) -> Option<&TranslatorSpec> {
        self.specs.get(name)
    }
}

fn validate(name: &str, raw: RawTranslator) -> Result<TranslatorSpec, TranslatorConfigError> {
    let kind = match raw.kind.as_str() {
        "workers_ai" => ProviderKind::WorkersAi,
        "deepl" => ProviderKind::DeepL,
        "libretranslate" => ProviderKind::LibreTranslate,
        other => return Err(TranslatorConfigError::Kind(name.into(), other.into())),
    };
    let processes_in = match raw.processes_in.as_str() {
        "anywhere" => Processing::Anywhere,
        region => Processing::Region(
            Region::parse(region)
                .ok_or_else(|| TranslatorConfigError::Processing(name.into(), region.into()))?,
        ),
    };
    let access_error = |what| TranslatorConfigError::Access(name.into(), what);
    let access = match kind {
        ProviderKind::WorkersAi => {
            if processes_in != Processing::Anywhere {
                return Err(TranslatorConfigError::AiClaimsRegion(name.into()));
            }
            if raw.url.is_some() || raw.key_secret.is_some() {
                return Err(access_error("Workers AI is reached by binding, not url"));
            }
            Access::Binding {
                binding: raw
                    .binding
                    .ok_or_else(|| access_error("Workers AI needs its binding name"))?,
                model: raw.model.unwrap_or_else(|| DEFAULT_AI_MODEL.to_owned()),
            }
        }
        ProviderKind::DeepL | ProviderKind::LibreTranslate => {
            if raw.binding.is_some() || raw.model.is_some() {
                return Err(access_error("an HTTP API takes url and key_secret"));
            }
            let url = raw.url.ok_or_else(|| access_error("url is required"))?;
            let origin = WebOrigin::parse_configured(&url).ok_or_else(|| {
                access_error("url must be an https origin (http only on loopback), no path")
            })?;
            if kind == ProviderKind::DeepL && raw.key_secret.is_none() {
                return Err(access_error("DeepL needs key_secret"));
            }
            Access::Http {
                origin: origin.as_str().to_owned(),
                key_secret: raw.key_secret,
            }
        }
    };
    Ok(TranslatorSpec {
        name: name.to_owned(),
        kind,
        processes_in,
        access,
    })
}

/// Why a provider the merchant lists may not translate for a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// It processes text outside the session's region and the merchant did not allow that.
    OutsideRegion { processes_in: Processing },
    /// No provider of that name is configured.
    Unknown,
}

/// The providers a session in `region` may use, in the merchant's order, and the ones
/// refused with why.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Choice<'a> {
    pub usable: Vec<&'a TranslatorSpec>,
    pub refused: Vec<(String, Refusal)>,
}

pub fn choose<'a>(
    translators: &'a Translators,
    settings: &TranslationSettings,
    region: Region,
) -> Choice<'a> {
    let mut choice = Choice::default();
    for name in &settings.providers {
        match translators.get(name) {
            None => choice.refused.push((name.clone(), Refusal::Unknown)),
            Some(spec)
                if spec.processes_in == Processing::Region(region)
                    || settings.allow_outside_region =>
            {
                choice.usable.push(spec);
            }
            Some(spec) => choice.refused.push((
                name.clone(),
                Refusal::OutsideRegion {
                    processes_in: spec.processes_in,
                },
            )),
        }
    }
    choice
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONFIG: &str = r#"{
        "deepl-eu": {"kind": "deepl", "processes_in": "eu", "url": "https://api.deepl.com",
                     "key_secret": "DEEPL_KEY"},
        "ai": {"kind": "workers_ai", "processes_in": "anywhere", "binding": "AI"},
        "libre-sg": {"kind": "libretranslate", "processes_in": "apac",
                     "url": "http://127.0.0.1:5000"}
    }"#;

    fn settings(providers: &[&str], allow_outside_region: bool) -> TranslationSettings {
        TranslationSettings {
            providers: providers.iter().map(|p| (*p).to_owned()).collect(),
            allow_outside_region,
            ..TranslationSettings::default()
        }
    }

    #[test]
    fn parses_each_kind() {
        let t = Translators::parse(CONFIG).expect("valid");
        let ai = t.get("ai").expect("ai");
        assert_eq!(
            ai.access,
            Access::Binding {
                binding: "AI".into(),
                model: DEFAULT_AI_MODEL.into()
            }
        );
        let libre = t.get("libre-sg").expect("libre");
        assert_eq!(libre.processes_in, Processing::Region(Region::Apac));
        assert!(
            matches!(&libre.access, Access::Http { origin, key_secret: None } if origin == "http://127.0.0.1:5000")
        );
    }

    #[test]
    fn refuses_configs_that_would_misstate_where_text_goes() {
        let bad = [
            r#"{"a":{"kind":"workers_ai","processes_in":"eu","binding":"AI"}}"#,
            r#"{"a":{"kind":"deepl","processes_in":"eu","url":"http://api.deepl.com","key_secret":"K"}}"#,
            r#"{"a":{"kind":"deepl","processes_in":"eu","url":"https://api.deepl.com"}}"#,
            r#"{"a":{"kind":"libretranslate","processes_in":"mars","url":"https://t.example"}}"#,
            r#"{"a":{"kind":"google","processes_in":"eu","url":"https://t.example"}}"#,
            r#"{"a":{"kind":"libretranslate","processes_in":"eu","url":"https://t.example","x":1}}"#,
        ];
        for config in bad {
            assert!(Translators::parse(config).is_err(), "{config}");
        }
    }

    #[test]
    fn residency_refuses_providers_outside_the_sessions_region() {
        let t = Translators::parse(CONFIG).expect("valid");
        let strict = settings(&["ai", "deepl-eu", "libre-sg", "gone"], false);
        let eu = choose(&t, &strict, Region::Eu);
        let names: Vec<_> = eu.usable.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, vec!["deepl-eu"]);
        assert_eq!(
            eu.refused,
            vec![
                (
                    "ai".to_owned(),
                    Refusal::OutsideRegion {
                        processes_in: Processing::Anywhere
                    }
                ),
                (
                    "libre-sg".to_owned(),
                    Refusal::OutsideRegion {
                        processes_in: Processing::Region(Region::Apac)
                    }
                ),
                ("gone".to_owned(), Refusal::Unknown),
            ]
        );
        let apac = choose(&t, &strict, Region::Apac);
        assert_eq!(apac.usable.len(), 1);
        assert_eq!(apac.usable[0].name, "libre-sg");
        let relaxed = settings(&["ai", "deepl-eu"], true);
        assert_eq!(choose(&t, &relaxed, Region::Us).usable.len(), 2);
    }
}
