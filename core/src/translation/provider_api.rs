//! What each translation provider's API expects and answers, as documented by the
//! provider; the edge only sends the bytes. Text is our masked markup, so each API is
//! told to keep the `<x id="N"/>` markers in place.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::language::locale::Locale;

/// Why a provider gave no translation.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ProviderError {
    #[error("the provider is rate limiting (429)")]
    RateLimited,
    #[error("the provider's quota is used up")]
    QuotaExceeded,
    #[error("the provider refused the credentials ({0})")]
    Unauthorized(u16),
    #[error("the provider refused the request: {0}")]
    Rejected(String),
    #[error("the provider is failing ({0})")]
    Unavailable(u16),
    #[error("the provider did not answer in time")]
    Timeout,
    #[error("the provider could not be reached: {0}")]
    Unreachable(String),
    #[error("the provider's answer is not what its API documents: {0}")]
    BadAnswer(String),
}

impl ProviderError {
    /// A short machine-readable code for storage and the agent API.
    pub fn code(&self) -> &'static str {
        match self {
            ProviderError::RateLimited => "rate_limited",
            ProviderError::QuotaExceeded => "quota_exceeded",
            ProviderError::Unauthorized(_) => "unauthorized",
            ProviderError::Rejected(_) => "rejected",
            ProviderError::Unavailable(_) => "provider_failing",
            ProviderError::Timeout => "timeout",
            ProviderError::Unreachable(_) => "unreachable",
            ProviderError::BadAnswer(_) => "bad_answer",
        }
    }
}

/// Status codes every HTTP provider shares.
fn common_status(status: u16, message: String) -> ProviderError {
    match status {
        401 | 403 => ProviderError::Unauthorized(status),
        429 => ProviderError::RateLimited,
        400..=499 => ProviderError::Rejected(message),
        _ => ProviderError::Unavailable(status),
    }
}

/// DeepL `POST /v2/translate`, header `Authorization: DeepL-Auth-Key <key>`.
pub mod deepl {
    use super::*;

    pub const PATH: &str = "/v2/translate";

    /// DeepL's codes: sources are bare languages (`ZH`, `PT`), targets name a variant
    /// where DeepL has one.
    pub fn source_code(lang: &str) -> String {
        lang.split('-').next().unwrap_or(lang).to_ascii_uppercase()
    }

    pub fn target_code(target: Locale) -> String {
        match target {
            Locale::En => "EN-US".into(),
            Locale::ZhHans => "ZH-HANS".into(),
            Locale::ZhHant => "ZH-HANT".into(),
            other => other.tag().to_ascii_uppercase(),
        }
    }

    pub fn request(text: &str, source: &str, target: Locale) -> String {
        serde_json::json!({
            "text": [text],
            "source_lang": source_code(source),
            "target_lang": target_code(target),
            "tag_handling": "xml",
            "ignore_tags": ["x"],
        })
        .to_string()
    }

    #[derive(Deserialize)]
    struct Answer {
        translations: Vec<Translation>,
    }

    #[derive(Deserialize)]
    struct Translation {
        text: String,
    }

    #[derive(Deserialize)]
    struct Failure {
        message: Option<String>,
    }

    pub fn answer(status: u16, body: &str) -> Result<String, ProviderError> {
        if status == 200 {
            let answer: Answer =
                serde_json::from_str(body).map_err(|e| ProviderError::BadAnswer(e.to_string()))?;
            return answer
                .translations
                .into_iter()
                .next()
                .map(|t| t.text)
                .ok_or_else(|| ProviderError::BadAnswer("no translations".into()));
        }
        let message = serde_json::from_str::<Failure>(body)
            .ok()
            .and_then(|f| f.message)
            .unwrap_or_else(|| format!("status {status}"));
        Err(match status {
            456 => ProviderError::QuotaExceeded,
            _ => common_status(status, message),
        })
    }
}

/// LibreTranslate `POST /translate`.
pub mod libretranslate {
    use super::*;

    pub const PATH: &str = "/translate";

    /// LibreTranslate's codes: ISO 639-1, Chinese by script, Filipino as `tl`.
    pub fn code(lang: &str) -> String {
        match lang {
            "zh-Hans" | "zh-Hant" | "pt-BR" => lang.into(),
            "fil" => "tl".into(),
            other => other.split('-').next().unwrap_or(other).to_owned(),
        }
    }

    pub fn request(text: &str, source: &str, target: Locale, api_key: Option<&str>) -> String {
        let mut body = serde_json::json!({
            "q": text,
            "source": code(source),
            "target": code(target.tag()),
            "format": "html",
        });
        if let Some(key) = api_key {
            body["api_key"] = key.into();
        }
        body.to_string()
    }

    #[derive(Deserialize)]
    struct Answer {
        #[serde(rename = "translatedText")]
        translated_text: String,
    }

    #[derive(Deserialize)]
    struct Failure {
        error: Option<String>,
    }

    pub fn answer(status: u16, body: &str) -> Result<String, ProviderError> {
        if status == 200 {
            return serde_json::from_str::<Answer>(body)
                .map(|a| a.translated_text)
                .map_err(|e| ProviderError::BadAnswer(e.to_string()));
        }
        let message = serde_json::from_str::<Failure>(body)
            .ok()
            .and_then(|f| f.error)
            .unwrap_or_else(|| format!("status {status}"));
        Err(common_status(status, message))
    }
}

/// Workers AI `env.AI.run("@cf/meta/m2m100-1.2b", input)`.
pub mod workers_ai {
    use super::*;

    /// m2m100's codes: ISO 639-1, one Chinese, Norwegian as `no`, Filipino as `tl`.
    pub fn code(lang: &str) -> String {
        match lang.split('-').next().unwrap_or(lang) {
            "nb" => "no".into(),
            "fil" => "tl".into(),
            other => other.to_owned(),
        }
    }

    #[derive(Debug, Serialize)]
    pub struct Input {
        pub text: String,
        pub source_lang: String,
        pub target_lang: String,
    }

    pub fn input(text: &str, source: &str, target: Locale) -> Input {
        Input {
            text: text.to_owned(),
            source_lang: code(source),
            target_lang: code(target.tag()),
        }
    }

    #[derive(Debug, Deserialize)]
    pub struct Output {
        pub translated_text: Option<String>,
    }

    pub fn answer(output: Output) -> Result<String, ProviderError> {
        output
            .translated_text
            .ok_or_else(|| ProviderError::BadAnswer("no translated_text".into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deepl_shapes() {
        let body: serde_json::Value =
            serde_json::from_str(&deepl::request("hi <x id=\"1\"/>", "zh-Hant", Locale::PtBr))
                .expect("json");
        assert_eq!(body["text"][0], "hi <x id=\"1\"/>");
        assert_eq!(body["source_lang"], "ZH");
        assert_eq!(body["target_lang"], "PT-BR");
        assert_eq!(body["tag_handling"], "xml");
        assert_eq!(
            deepl::answer(
                200,
                r#"{"translations":[{"detected_source_language":"TH","text":"Hello"}]}"#
            ),
            Ok("Hello".into())
        );
        assert_eq!(deepl::answer(456, "{}"), Err(ProviderError::QuotaExceeded));
        assert_eq!(deepl::answer(429, ""), Err(ProviderError::RateLimited));
        assert_eq!(
            deepl::answer(403, "{}"),
            Err(ProviderError::Unauthorized(403))
        );
        assert_eq!(
            deepl::answer(
                400,
                r#"{"message":"Value for 'target_lang' not supported."}"#
            ),
            Err(ProviderError::Rejected(
                "Value for 'target_lang' not supported.".into()
            ))
        );
        assert_eq!(
            deepl::answer(503, "busy"),
            Err(ProviderError::Unavailable(503))
        );
        assert!(matches!(
            deepl::answer(200, "{}"),
            Err(ProviderError::BadAnswer(_))
        ));
    }

    #[test]
    fn libretranslate_shapes() {
        let body: serde_json::Value = serde_json::from_str(&libretranslate::request(
            "สวัสดี",
            "th",
            Locale::Fil,
            Some("k"),
        ))
        .expect("json");
        assert_eq!(
            (
                &body["source"],
                &body["target"],
                &body["format"],
                &body["api_key"]
            ),
            (
                &"th".into(),
                &"tl".into(),
                &"html".into(),
                &serde_json::Value::from("k")
            )
        );
        assert_eq!(
            libretranslate::answer(200, r#"{"translatedText":"Hello"}"#),
            Ok("Hello".into())
        );
        assert_eq!(
            libretranslate::answer(400, r#"{"error":"th is not supported"}"#),
            Err(ProviderError::Rejected("th is not supported".into()))
        );
        assert_eq!(
            libretranslate::answer(500, r#"{"error":"boom"}"#),
            Err(ProviderError::Unavailable(500))
        );
    }

    #[test]
    fn workers_ai_shapes() {
        let input = workers_ai::input("hei", "nb", Locale::ZhHant);
        assert_eq!(
            (input.source_lang.as_str(), input.target_lang.as_str()),
            ("no", "zh")
        );
        let out = workers_ai::Output {
            translated_text: Some("hi".into()),
        };
        assert_eq!(workers_ai::answer(out), Ok("hi".into()));
    }
}
