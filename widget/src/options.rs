//! What the loader tells the widget, and the locale it implies.

use caravan_core::locale::{self, Locale};
use serde::Deserialize;
use wasm_bindgen::JsValue;

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WidgetOptions {
    pub merchant: String,
    /// Origin of the Caravan edge, e.g. `https://chat.example.com`.
    pub api_base: String,
    /// Where the widget's files live, ending in `/`.
    pub asset_base: String,
    /// The merchant's locale override from the snippet (`data-locale`).
    #[serde(default)]
    pub locale: Option<String>,
}

impl WidgetOptions {
    pub fn from_js(value: &JsValue) -> Result<Self, String> {
        let json = js_sys::JSON::stringify(value)
            .ok()
            .and_then(|s| s.as_string())
            .ok_or("widget options must be an object")?;
        let mut options: WidgetOptions =
            serde_json::from_str(&json).map_err(|e| format!("invalid widget options: {e}"))?;
        options.api_base = options.api_base.trim_end_matches('/').to_owned();
        if !options.asset_base.ends_with('/') {
            options.asset_base.push('/');
        }
        Ok(options)
    }

    /// The shopper's language preferences, most preferred first: the merchant's override,
    /// then the browser's languages.
    pub fn locale_preferences(&self) -> Vec<String> {
        let mut prefs: Vec<String> = self.locale.iter().cloned().collect();
        if let Some(window) = web_sys::window() {
            prefs.extend(
                window
                    .navigator()
                    .languages()
                    .iter()
                    .filter_map(|l| l.as_string()),
            );
        }
        prefs
    }

    pub fn locale(&self) -> Locale {
        let prefs = self.locale_preferences();
        locale::negotiate(prefs.iter().map(String::as_str), Locale::En)
    }
}
