//! The translation providers at the edge: Workers AI through its binding, DeepL and
//! LibreTranslate over HTTP. Each call is timed out; whatever goes wrong becomes a
//! [`ProviderError`] and the pipeline moves on (next provider, or "unavailable").

use std::time::Duration;

use caravan_core::language::locale::Locale;
use caravan_core::translation::pipeline::Translator;
use caravan_core::translation::provider_api::{ProviderError, deepl, libretranslate, workers_ai};
use caravan_core::translation::translators::{Access, ProviderKind, TranslatorSpec};
use futures_util::future::{Either, select};
use wasm_bindgen::JsValue;
use worker::{AbortController, Ai, Delay, Env, Fetch, Headers, Method, Request, RequestInit};

use crate::config;

/// Longest wait for one provider; the pipeline's own deadline bounds the sum.
pub const PROVIDER_TIMEOUT: Duration = Duration::from_secs(3);

#[allow(missing_debug_implementations)] // `Ai` holds a JS object.
pub enum EdgeTranslator {
    WorkersAi {
        name: String,
        ai: Ai,
        model: String,
    },
    Http {
        name: String,
        kind: ProviderKind,
        origin: String,
        key: Option<String>,
    },
}

impl EdgeTranslator {
    /// The provider `spec` describes, with its binding or secret from `env`.
    pub fn new(spec: &TranslatorSpec, env: &Env) -> Result<Self, String> {
        match &spec.access {
            Access::Binding { binding, model } => Ok(EdgeTranslator::WorkersAi {
                name: spec.name.clone(),
                ai: env
                    .ai(binding)
                    .map_err(|e| format!("binding {binding}: {e}"))?,
                model: model.clone(),
            }),
            Access::Http { origin, key_secret } => {
                let key = match key_secret {
                    None => None,
                    Some(name) => Some(
                        config::secret(env, name)
                            .ok_or_else(|| format!("secret {name} is not set"))?,
                    ),
                };
                Ok(EdgeTranslator::Http {
                    name: spec.name.clone(),
                    kind: spec.kind,
                    origin: origin.clone(),
                    key,
                })
            }
        }
    }

    async fn http(
        kind: ProviderKind,
        origin: &str,
        key: Option<&str>,
        masked: &str,
        source: &str,
        target: Locale,
    ) -> Result<String, ProviderError> {
        let (path, body) = match kind {
            ProviderKind::DeepL => (deepl::PATH, deepl::request(masked, source, target)),
            _ => (
                libretranslate::PATH,
                libretranslate::request(masked, source, target, key),
            ),
        };
        let unreachable = |e: worker::Error| ProviderError::Unreachable(e.to_string());
        let headers = Headers::new();
        headers
            .set("content-type", "application/json")
            .map_err(unreachable)?;
        if let (ProviderKind::DeepL, Some(key)) = (kind, key) {
            headers
                .set("authorization", &format!("DeepL-Auth-Key {key}"))
                .map_err(unreachable)?;
        }
        let mut init = RequestInit::new();
        init.with_method(Method::Post)
            .with_headers(headers)
            .with_body(Some(JsValue::from_str(&body)));
        let request =
            Request::new_with_init(&format!("{origin}{path}"), &init).map_err(unreachable)?;
        let controller = AbortController::default();
        let signal = controller.signal();
        let call = std::pin::pin!(async move {
            let mut response = Fetch::Request(request).send_with_signal(&signal).await?;
            let status = response.status_code();
            Ok::<_, worker::Error>((status, response.text().await?))
        });
        let timer = std::pin::pin!(Delay::from(PROVIDER_TIMEOUT));
        let (status, body) = match select(call, timer).await {
            Either::Left((result, _)) => result.map_err(unreachable)?,
            Either::Right(_) => {
                controller.abort();
                return Err(ProviderError::Timeout);
            }
        };
        match kind {
            ProviderKind::DeepL => deepl::answer(status, &body),
            _ => libretranslate::answer(status, &body),
        }
    }

    async fn ai(
        ai: &Ai,
        model: &str,
        masked: &str,
        source: &str,
        target: Locale,
    ) -> Result<String, ProviderError> {
        let call = std::pin::pin!(
            ai.run::<_, workers_ai::Output>(model, workers_ai::input(masked, source, target))
        );
        let timer = std::pin::pin!(Delay::from(PROVIDER_TIMEOUT));
        match select(call, timer).await {
            Either::Left((Ok(output), _)) => workers_ai::answer(output),
            // Workers AI reports capacity limits as error 3040.
            Either::Left((Err(e), _)) if e.to_string().contains("3040") => {
                Err(ProviderError::RateLimited)
            }
            Either::Left((Err(e), _)) => Err(ProviderError::Unreachable(e.to_string())),
            Either::Right(_) => Err(ProviderError::Timeout),
        }
    }
}

impl Translator for EdgeTranslator {
    fn name(&self) -> &str {
        match self {
            EdgeTranslator::WorkersAi { name, .. } | EdgeTranslator::Http { name, .. } => name,
        }
    }

    async fn translate(
        &self,
        masked: &str,
        source: &str,
        target: Locale,
    ) -> Result<String, ProviderError> {
        let result = match self {
            EdgeTranslator::WorkersAi { ai, model, .. } => {
                Self::ai(ai, model, masked, source, target).await
            }
            EdgeTranslator::Http {
                kind, origin, key, ..
            } => Self::http(*kind, origin, key.as_deref(), masked, source, target).await,
        };
        if let Err(e) = &result {
            worker::console_warn!("translator {}: {e}", self.name());
        }
        result
    }
}
